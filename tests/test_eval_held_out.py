"""The yardstick on disputes the rules were not written from, and on the seeds: floors that catch a regression.

Every set in tests/data/ (real articles paraphrased in our own words, and older sets written for the project)
is scored by ../shared/eval/score.py through the real command line, as `tools/quality.py` scores it for the
README's table. Each floor sits at most one item under what factcheck reaches today, for figures (strict,
side with and without the parties file) and for pairs (found, and right per label, so that answering
"conflict" to every pair cannot pass); the number of pairs shown is capped by a number written here, not by
the product's own budget. A frozen set's misses are never printed: only its totals.
"""
from __future__ import annotations

import functools
import importlib.util
import json

import pytest
from conftest import ROOT, SHARED

spec = importlib.util.spec_from_file_location("quality", ROOT / "tools" / "quality.py")
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared is not beside the checkout")

# Written from `tools/quality.py --floors`: today's scores less one item at most. Raise them as factcheck improves.
FLOORS = {
    'seeds': {'strict': 22, 'side': 22, 'side_parties': 22, 'found': 12, 'agree': 3, 'conflict': 3, 'unverifiable': 3, 'max_pairs': 102},
    'nurses_autoworkers': {'strict': 39, 'side': 33, 'side_parties': 35, 'found': 9, 'agree': 2, 'conflict': 3, 'unverifiable': 0, 'max_pairs': 121},
    'other_disputes': {'strict': 30, 'side': 33, 'side_parties': 34, 'found': 9, 'agree': 3, 'conflict': 1, 'unverifiable': 1, 'max_pairs': 116},
    'ports_universities': {'strict': 39, 'side': 38, 'side_parties': 37, 'found': 10, 'agree': 3, 'conflict': 4, 'unverifiable': 0, 'max_pairs': 121},
    'rail_grocery': {'strict': 39, 'side': 35, 'side_parties': 37, 'found': 9, 'agree': 0, 'conflict': 6, 'unverifiable': 0, 'max_pairs': 138},
    'real_air_canada_flight_attendants_2025': {'strict': 53, 'side': 45, 'side_parties': 38, 'found': 44, 'agree': 34, 'conflict': 0, 'unverifiable': 5, 'max_pairs': 132},
    'real_air_france_2018': {'strict': 73, 'side': 70, 'side_parties': 70, 'found': 40, 'agree': 18, 'conflict': 0, 'unverifiable': 10, 'max_pairs': 100},
    'real_alberta_teachers_strike_2025': {'strict': 58, 'side': 39, 'side_parties': 45, 'found': 75, 'agree': 71, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 128},
    'real_algeria_hirak_2019': {'strict': 35, 'side': 24, 'side_parties': 31, 'found': 28, 'agree': 23, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 110},
    'real_amazon_teamsters_2024': {'strict': 35, 'side': 28, 'side_parties': 28, 'found': 27, 'agree': 9, 'conflict': 8, 'unverifiable': 2, 'max_pairs': 128},
    'real_argentina_milei_protests_2024': {'strict': 34, 'side': 32, 'side_parties': 33, 'found': 38, 'agree': 17, 'conflict': 9, 'unverifiable': 0, 'max_pairs': 117},
    'real_argentina_teachers_2017': {'strict': 45, 'side': 32, 'side_parties': 42, 'found': 26, 'agree': 9, 'conflict': 1, 'unverifiable': 6, 'max_pairs': 86},
    'real_arizona_teachers_2018': {'strict': 38, 'side': 23, 'side_parties': 23, 'found': 34, 'agree': 22, 'conflict': 2, 'unverifiable': 1, 'max_pairs': 130},
    'real_bangladesh_quota_protests_2024': {'strict': 47, 'side': 33, 'side_parties': 37, 'found': 44, 'agree': 25, 'conflict': 5, 'unverifiable': 0, 'max_pairs': 96},
    'real_bc_ports_ilwu_2023': {'strict': 42, 'side': 35, 'side_parties': 36, 'found': 34, 'agree': 20, 'conflict': 3, 'unverifiable': 6, 'max_pairs': 102},
    'real_belarus_protests_2020': {'strict': 40, 'side': 32, 'side_parties': 31, 'found': 40, 'agree': 16, 'conflict': 0, 'unverifiable': 2, 'max_pairs': 114},
    'real_birmingham_bin_strike_2025': {'strict': 33, 'side': 30, 'side_parties': 32, 'found': 31, 'agree': 22, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 105},
    'real_boeing_iam_2024': {'strict': 50, 'side': 45, 'side_parties': 45, 'found': 27, 'agree': 20, 'conflict': 0, 'unverifiable': 2, 'max_pairs': 146},
    'real_bolivia_protests_2019': {'strict': 49, 'side': 35, 'side_parties': 46, 'found': 50, 'agree': 10, 'conflict': 3, 'unverifiable': 5, 'max_pairs': 111},
    'real_british_airways_cabin_crew_2010': {'strict': 85, 'side': 78, 'side_parties': 81, 'found': 38, 'agree': 21, 'conflict': 1, 'unverifiable': 2, 'max_pairs': 157},
    'real_canada_post_cupw_2024': {'strict': 39, 'side': 32, 'side_parties': 33, 'found': 20, 'agree': 10, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 132},
    'real_canada_rail_lockout_2024': {'strict': 37, 'side': 28, 'side_parties': 30, 'found': 40, 'agree': 35, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 122},
    'real_charter_ibew_2017': {'strict': 31, 'side': 27, 'side_parties': 31, 'found': 28, 'agree': 15, 'conflict': 8, 'unverifiable': 0, 'max_pairs': 105},
    'real_chicago_teachers_2012': {'strict': 45, 'side': 41, 'side_parties': 41, 'found': 33, 'agree': 16, 'conflict': 6, 'unverifiable': 2, 'max_pairs': 107},
    'real_chicago_teachers_2019': {'strict': 23, 'side': 31, 'side_parties': 31, 'found': 10, 'agree': 5, 'conflict': 0, 'unverifiable': 1, 'max_pairs': 78},
    'real_chile_protests_2019': {'strict': 58, 'side': 52, 'side_parties': 47, 'found': 48, 'agree': 32, 'conflict': 6, 'unverifiable': 0, 'max_pairs': 102},
    'real_chile_teachers_2019': {'strict': 42, 'side': 35, 'side_parties': 38, 'found': 21, 'agree': 8, 'conflict': 3, 'unverifiable': 5, 'max_pairs': 95},
    'real_cn_rail_2019': {'strict': 37, 'side': 32, 'side_parties': 33, 'found': 26, 'agree': 18, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 110},
    'real_colombia_national_strike_2021': {'strict': 77, 'side': 72, 'side_parties': 73, 'found': 65, 'agree': 37, 'conflict': 8, 'unverifiable': 0, 'max_pairs': 132},
    'real_columbia_grad_strike_2021': {'strict': 41, 'side': 45, 'side_parties': 45, 'found': 67, 'agree': 54, 'conflict': 0, 'unverifiable': 9, 'max_pairs': 111},
    'real_denver_teachers_2019': {'strict': 59, 'side': 52, 'side_parties': 52, 'found': 41, 'agree': 25, 'conflict': 3, 'unverifiable': 3, 'max_pairs': 119},
    'real_deutsche_bahn_gdl': {'strict': 30, 'side': 26, 'side_parties': 27, 'found': 10, 'agree': 9, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 79},
    'real_ecuador_protests_2019': {'strict': 58, 'side': 20, 'side_parties': 43, 'found': 75, 'agree': 34, 'conflict': 7, 'unverifiable': 5, 'max_pairs': 92},
    'real_escondida_strike_2017': {'strict': 62, 'side': 53, 'side_parties': 54, 'found': 39, 'agree': 21, 'conflict': 1, 'unverifiable': 2, 'max_pairs': 103},
    'real_felixstowe_unite_2022': {'strict': 55, 'side': 50, 'side_parties': 49, 'found': 81, 'agree': 60, 'conflict': 4, 'unverifiable': 2, 'max_pairs': 134},
    'real_france_pensions_2010': {'strict': 28, 'side': 28, 'side_parties': 28, 'found': 36, 'agree': 19, 'conflict': 11, 'unverifiable': 4, 'max_pairs': 53},
    'real_france_pensions_2023': {'strict': 55, 'side': 45, 'side_parties': 49, 'found': 20, 'agree': 13, 'conflict': 3, 'unverifiable': 0, 'max_pairs': 52},
    'real_georgia_foreign_agents_2024': {'strict': 31, 'side': 19, 'side_parties': 21, 'found': 25, 'agree': 13, 'conflict': 3, 'unverifiable': 0, 'max_pairs': 101},
    'real_gilets_jaunes_2018': {'strict': 47, 'side': 23, 'side_parties': 29, 'found': 24, 'agree': 11, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 103},
    'real_greece_tempi_protests_2025': {'strict': 42, 'side': 29, 'side_parties': 32, 'found': 48, 'agree': 24, 'conflict': 7, 'unverifiable': 1, 'max_pairs': 136},
    'real_guinea_protests_2019': {'strict': 43, 'side': 40, 'side_parties': 40, 'found': 26, 'agree': 10, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 122},
    'real_haiti_fuel_protests_2018': {'strict': 45, 'side': 42, 'side_parties': 41, 'found': 21, 'agree': 5, 'conflict': 0, 'unverifiable': 3, 'max_pairs': 112},
    'real_honduras_election_protests_2017': {'strict': 37, 'side': 30, 'side_parties': 32, 'found': 36, 'agree': 4, 'conflict': 0, 'unverifiable': 16, 'max_pairs': 112},
    'real_hong_kong_march_2019': {'strict': 19, 'side': 22, 'side_parties': 23, 'found': 57, 'agree': 34, 'conflict': 20, 'unverifiable': 0, 'max_pairs': 71},
    'real_hyundai_motor_union_2016': {'strict': 75, 'side': 64, 'side_parties': 68, 'found': 33, 'agree': 6, 'conflict': 0, 'unverifiable': 16, 'max_pairs': 92},
    'real_iatse_amptp_2021': {'strict': 52, 'side': 48, 'side_parties': 48, 'found': 24, 'agree': 19, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 144},
    'real_india_farmers_protest_2020': {'strict': 44, 'side': 27, 'side_parties': 40, 'found': 55, 'agree': 34, 'conflict': 4, 'unverifiable': 5, 'max_pairs': 136},
    'real_indonesia_protests_2025': {'strict': 49, 'side': 42, 'side_parties': 47, 'found': 57, 'agree': 37, 'conflict': 0, 'unverifiable': 1, 'max_pairs': 126},
    'real_iran_mahsa_amini_protests_2022': {'strict': 54, 'side': 45, 'side_parties': 47, 'found': 69, 'agree': 36, 'conflict': 8, 'unverifiable': 0, 'max_pairs': 119},
    'real_iraq_protests_2019': {'strict': 39, 'side': 34, 'side_parties': 39, 'found': 30, 'agree': 4, 'conflict': 4, 'unverifiable': 12, 'max_pairs': 88},
    'real_irish_nurses_inmo_2019': {'strict': 46, 'side': 45, 'side_parties': 45, 'found': 24, 'agree': 14, 'conflict': 5, 'unverifiable': 0, 'max_pairs': 112},
    'real_israel_judicial_protests_2023': {'strict': 11, 'side': 12, 'side_parties': 12, 'found': 19, 'agree': 15, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 49},
    'real_john_deere_uaw_2021': {'strict': 71, 'side': 55, 'side_parties': 55, 'found': 67, 'agree': 63, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 119},
    'real_kaiser_permanente_2023': {'strict': 76, 'side': 63, 'side_parties': 65, 'found': 92, 'agree': 89, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 132},
    'real_kazakhstan_unrest_2022': {'strict': 52, 'side': 33, 'side_parties': 46, 'found': 92, 'agree': 50, 'conflict': 1, 'unverifiable': 18, 'max_pairs': 116},
    'real_kellogg_bctgm_2021': {'strict': 24, 'side': 26, 'side_parties': 26, 'found': 13, 'agree': 10, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 71},
    'real_kenya_doctors_2017': {'strict': 56, 'side': 36, 'side_parties': 41, 'found': 40, 'agree': 18, 'conflict': 0, 'unverifiable': 8, 'max_pairs': 122},
    'real_kenya_finance_bill_2024': {'strict': 51, 'side': 39, 'side_parties': 46, 'found': 36, 'agree': 24, 'conflict': 7, 'unverifiable': 3, 'max_pairs': 121},
    'real_king_soopers_ufcw_2025': {'strict': 40, 'side': 35, 'side_parties': 33, 'found': 39, 'agree': 29, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 135},
    'real_korea_doctors_walkout_2024': {'strict': 41, 'side': 31, 'side_parties': 35, 'found': 20, 'agree': 15, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 92},
    'real_la_teachers_2019': {'strict': 52, 'side': 56, 'side_parties': 57, 'found': 11, 'agree': 7, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 112},
    'real_lausd_seiu99_2023': {'strict': 65, 'side': 54, 'side_parties': 53, 'found': 104, 'agree': 95, 'conflict': 5, 'unverifiable': 1, 'max_pairs': 144},
    'real_lebanon_protests_2019': {'strict': 22, 'side': 18, 'side_parties': 18, 'found': 28, 'agree': 18, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 111},
    'real_lufthansa_verdi_2024': {'strict': 30, 'side': 28, 'side_parties': 28, 'found': 8, 'agree': 5, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 59},
    'real_mack_trucks_uaw_2019': {'strict': 68, 'side': 61, 'side_parties': 62, 'found': 57, 'agree': 40, 'conflict': 8, 'unverifiable': 0, 'max_pairs': 116},
    'real_marriott_unite_here_2018': {'strict': 67, 'side': 74, 'side_parties': 75, 'found': 42, 'agree': 27, 'conflict': 8, 'unverifiable': 0, 'max_pairs': 139},
    'real_mexico_cnte_2016': {'strict': 47, 'side': 31, 'side_parties': 42, 'found': 53, 'agree': 18, 'conflict': 6, 'unverifiable': 0, 'max_pairs': 101},
    'real_minnesota_nurses_2022': {'strict': 52, 'side': 46, 'side_parties': 46, 'found': 103, 'agree': 97, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 119},
    'real_myanmar_protests_2021': {'strict': 36, 'side': 34, 'side_parties': 43, 'found': 39, 'agree': 14, 'conflict': 4, 'unverifiable': 8, 'max_pairs': 106},
    'real_nabisco_bctgm_2021': {'strict': 38, 'side': 42, 'side_parties': 42, 'found': 15, 'agree': 7, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 136},
    'real_neu_teachers_england_2023': {'strict': 85, 'side': 42, 'side_parties': 53, 'found': 58, 'agree': 38, 'conflict': 0, 'unverifiable': 3, 'max_pairs': 143},
    'real_new_york_nurses_2023': {'strict': 41, 'side': 37, 'side_parties': 36, 'found': 68, 'agree': 62, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 144},
    'real_nicaragua_protests_2018': {'strict': 39, 'side': 35, 'side_parties': 35, 'found': 37, 'agree': 13, 'conflict': 6, 'unverifiable': 5, 'max_pairs': 121},
    'real_nigeria_endsars_2020': {'strict': 70, 'side': 72, 'side_parties': 70, 'found': 42, 'agree': 29, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 103},
    'real_nigeria_minimum_wage_2024': {'strict': 58, 'side': 35, 'side_parties': 38, 'found': 47, 'agree': 40, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 101},
    'real_nigeria_resident_doctors_2021': {'strict': 21, 'side': 21, 'side_parties': 21, 'found': 12, 'agree': 5, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 83},
    'real_nj_transit_engineers_2025': {'strict': 57, 'side': 53, 'side_parties': 53, 'found': 53, 'agree': 23, 'conflict': 17, 'unverifiable': 0, 'max_pairs': 143},
    'real_no_kings_protests_2025': {'strict': 59, 'side': 45, 'side_parties': 55, 'found': 65, 'agree': 49, 'conflict': 2, 'unverifiable': 0, 'max_pairs': 124},
    'real_nz_nurses_2018': {'strict': 48, 'side': 25, 'side_parties': 37, 'found': 49, 'agree': 30, 'conflict': 2, 'unverifiable': 7, 'max_pairs': 130},
    'real_nz_teachers_2019': {'strict': 78, 'side': 39, 'side_parties': 47, 'found': 31, 'agree': 10, 'conflict': 1, 'unverifiable': 7, 'max_pairs': 145},
    'real_oakland_teachers_2023': {'strict': 49, 'side': 47, 'side_parties': 45, 'found': 32, 'agree': 23, 'conflict': 3, 'unverifiable': 1, 'max_pairs': 115},
    'real_oklahoma_teachers_2018': {'strict': 49, 'side': 54, 'side_parties': 55, 'found': 60, 'agree': 37, 'conflict': 1, 'unverifiable': 7, 'max_pairs': 125},
    'real_ontario_college_faculty_2017': {'strict': 35, 'side': 29, 'side_parties': 31, 'found': 41, 'agree': 38, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 122},
    'real_ontario_education_workers_2022': {'strict': 33, 'side': 32, 'side_parties': 32, 'found': 18, 'agree': 10, 'conflict': 1, 'unverifiable': 3, 'max_pairs': 49},
    'real_peru_protests_2022': {'strict': 30, 'side': 27, 'side_parties': 27, 'found': 63, 'agree': 28, 'conflict': 5, 'unverifiable': 4, 'max_pairs': 97},
    'real_philadelphia_dc33_2025': {'strict': 55, 'side': 56, 'side_parties': 59, 'found': 67, 'agree': 32, 'conflict': 9, 'unverifiable': 1, 'max_pairs': 136},
    'real_portland_teachers_strike_2023': {'strict': 54, 'side': 41, 'side_parties': 41, 'found': 37, 'agree': 24, 'conflict': 4, 'unverifiable': 2, 'max_pairs': 144},
    'real_psac_canada_strike_2023': {'strict': 52, 'side': 44, 'side_parties': 44, 'found': 78, 'agree': 62, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 136},
    'real_qantas_grounding_2011': {'strict': 78, 'side': 73, 'side_parties': 73, 'found': 47, 'agree': 33, 'conflict': 4, 'unverifiable': 1, 'max_pairs': 139},
    'real_quebec_front_commun_2023': {'strict': 50, 'side': 24, 'side_parties': 40, 'found': 52, 'agree': 34, 'conflict': 6, 'unverifiable': 2, 'max_pairs': 101},
    'real_rmt_network_rail_2022': {'strict': 61, 'side': 59, 'side_parties': 59, 'found': 58, 'agree': 47, 'conflict': 0, 'unverifiable': 1, 'max_pairs': 183},
    'real_royal_mail_cwu_2022': {'strict': 52, 'side': 42, 'side_parties': 43, 'found': 35, 'agree': 16, 'conflict': 1, 'unverifiable': 5, 'max_pairs': 146},
    'real_rwj_nurses_2023': {'strict': 41, 'side': 34, 'side_parties': 34, 'found': 53, 'agree': 24, 'conflict': 18, 'unverifiable': 5, 'max_pairs': 135},
    'real_ryanair_pilots_2018': {'strict': 81, 'side': 81, 'side_parties': 83, 'found': 32, 'agree': 19, 'conflict': 4, 'unverifiable': 0, 'max_pairs': 132},
    'real_sag_aftra_strike_2023': {'strict': 37, 'side': 32, 'side_parties': 32, 'found': 18, 'agree': 9, 'conflict': 0, 'unverifiable': 2, 'max_pairs': 132},
    'real_sagaftra_video_games_2016': {'strict': 42, 'side': 32, 'side_parties': 33, 'found': 25, 'agree': 15, 'conflict': 0, 'unverifiable': 5, 'max_pairs': 138},
    'real_samsung_nseu_strike_2024': {'strict': 44, 'side': 38, 'side_parties': 38, 'found': 60, 'agree': 50, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 111},
    'real_scotland_teachers_eis_2022': {'strict': 79, 'side': 45, 'side_parties': 50, 'found': 52, 'agree': 38, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 119},
    'real_septa_twu_2016': {'strict': 41, 'side': 33, 'side_parties': 31, 'found': 48, 'agree': 26, 'conflict': 4, 'unverifiable': 1, 'max_pairs': 111},
    'real_serbia_protests_2025': {'strict': 40, 'side': 37, 'side_parties': 36, 'found': 82, 'agree': 49, 'conflict': 11, 'unverifiable': 8, 'max_pairs': 121},
    'real_south_africa_public_wage_2023': {'strict': 25, 'side': 13, 'side_parties': 16, 'found': 51, 'agree': 24, 'conflict': 2, 'unverifiable': 6, 'max_pairs': 101},
    'real_south_korea_truckers_2022': {'strict': 58, 'side': 55, 'side_parties': 53, 'found': 23, 'agree': 10, 'conflict': 1, 'unverifiable': 4, 'max_pairs': 116},
    'real_sri_lanka_protests_2022': {'strict': 39, 'side': 35, 'side_parties': 39, 'found': 59, 'agree': 31, 'conflict': 9, 'unverifiable': 0, 'max_pairs': 128},
    'real_starbucks_workers_united': {'strict': 62, 'side': 53, 'side_parties': 58, 'found': 55, 'agree': 38, 'conflict': 7, 'unverifiable': 0, 'max_pairs': 124},
    'real_stop_and_shop_ufcw_2019': {'strict': 55, 'side': 47, 'side_parties': 50, 'found': 48, 'agree': 33, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 124},
    'real_sudan_protests_2019': {'strict': 45, 'side': 41, 'side_parties': 49, 'found': 54, 'agree': 19, 'conflict': 12, 'unverifiable': 5, 'max_pairs': 107},
    'real_sydney_trains_rtbu_2022': {'strict': 26, 'side': 16, 'side_parties': 20, 'found': 10, 'agree': 4, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 103},
    'real_togo_protests_2017': {'strict': 46, 'side': 44, 'side_parties': 48, 'found': 14, 'agree': 6, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 129},
    'real_tunisia_ugtt_2018': {'strict': 43, 'side': 31, 'side_parties': 34, 'found': 34, 'agree': 17, 'conflict': 1, 'unverifiable': 4, 'max_pairs': 103},
    'real_uaw_detroit_three_2023': {'strict': 58, 'side': 49, 'side_parties': 53, 'found': 40, 'agree': 30, 'conflict': 1, 'unverifiable': 1, 'max_pairs': 126},
    'real_uaw_gm_2019': {'strict': 42, 'side': 40, 'side_parties': 40, 'found': 49, 'agree': 32, 'conflict': 7, 'unverifiable': 0, 'max_pairs': 149},
    'real_uc_academic_workers_2022': {'strict': 67, 'side': 66, 'side_parties': 66, 'found': 60, 'agree': 51, 'conflict': 1, 'unverifiable': 1, 'max_pairs': 122},
    'real_uk_ambulance_strikes_2022': {'strict': 45, 'side': 34, 'side_parties': 36, 'found': 30, 'agree': 8, 'conflict': 0, 'unverifiable': 2, 'max_pairs': 122},
    'real_uk_junior_doctors_2016': {'strict': 50, 'side': 37, 'side_parties': 42, 'found': 34, 'agree': 13, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 139},
    'real_uk_junior_doctors_2023': {'strict': 43, 'side': 35, 'side_parties': 36, 'found': 78, 'agree': 75, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 105},
    'real_uk_rcn_nurses_2022': {'strict': 44, 'side': 25, 'side_parties': 27, 'found': 31, 'agree': 18, 'conflict': 1, 'unverifiable': 1, 'max_pairs': 132},
    'real_uk_uss_pensions_strike_2018': {'strict': 44, 'side': 36, 'side_parties': 36, 'found': 22, 'agree': 16, 'conflict': 5, 'unverifiable': 0, 'max_pairs': 112},
    'real_unite_here_hotels_2024': {'strict': 51, 'side': 50, 'side_parties': 51, 'found': 57, 'agree': 48, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 129},
    'real_ups_teamsters_2023': {'strict': 38, 'side': 38, 'side_parties': 38, 'found': 64, 'agree': 63, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 183},
    'real_us_freight_rail_2022': {'strict': 35, 'side': 35, 'side_parties': 35, 'found': 7, 'agree': 2, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 83},
    'real_us_ports_ila_2024': {'strict': 37, 'side': 28, 'side_parties': 35, 'found': 34, 'agree': 23, 'conflict': 1, 'unverifiable': 0, 'max_pairs': 114},
    'real_verizon_cwa_2016': {'strict': 35, 'side': 37, 'side_parties': 37, 'found': 16, 'agree': 10, 'conflict': 4, 'unverifiable': 0, 'max_pairs': 91},
    'real_volkswagen_ig_metall_2024': {'strict': 55, 'side': 42, 'side_parties': 44, 'found': 24, 'agree': 7, 'conflict': 6, 'unverifiable': 1, 'max_pairs': 110},
    'real_volvo_uaw_2021': {'strict': 59, 'side': 54, 'side_parties': 54, 'found': 46, 'agree': 43, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 126},
    'real_warrior_met_coal_2021': {'strict': 30, 'side': 24, 'side_parties': 24, 'found': 25, 'agree': 10, 'conflict': 2, 'unverifiable': 3, 'max_pairs': 132},
    'real_west_virginia_teachers_2018': {'strict': 42, 'side': 29, 'side_parties': 34, 'found': 26, 'agree': 23, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 122},
    'real_westjet_amfa_2024': {'strict': 51, 'side': 49, 'side_parties': 49, 'found': 41, 'agree': 14, 'conflict': 1, 'unverifiable': 12, 'max_pairs': 136},
    'real_wga_strike_2023': {'strict': 26, 'side': 27, 'side_parties': 28, 'found': 31, 'agree': 29, 'conflict': 0, 'unverifiable': 0, 'max_pairs': 114},
    'real_wisconsin_act10_2011': {'strict': 38, 'side': 38, 'side_parties': 45, 'found': 30, 'agree': 17, 'conflict': 6, 'unverifiable': 0, 'max_pairs': 132},
    'real_womens_march_2017': {'strict': 34, 'side': 31, 'side_parties': 31, 'found': 13, 'agree': 8, 'conflict': 4, 'unverifiable': 0, 'max_pairs': 74},
    'real_zimbabwe_fuel_protests_2019': {'strict': 34, 'side': 31, 'side_parties': 32, 'found': 37, 'agree': 13, 'conflict': 4, 'unverifiable': 9, 'max_pairs': 107},
}

LABELS = ("agree", "conflict", "unverifiable")


@functools.lru_cache(maxsize=None)
def scored(name: str) -> dict:
    return quality.seeds() if name == "seeds" else quality.score_set(quality.DATA / name)


def totals(result: dict) -> str:
    return json.dumps({k: v for k, v in result.items() if k not in ("misses", "false_conflicts")})


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_stay_above_their_floors(name):
    floor, result = FLOORS[name], scored(name)
    without, with_parties = result["figures_without_parties"], result["figures_with_parties"]
    assert without["strict"] >= floor["strict"], totals(without)
    assert without["side_right"] >= floor["side"], totals(without)
    assert with_parties["side_right"] >= floor["side_parties"], totals(with_parties)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_pairs_stay_above_their_floors(name):
    floor, pairs = FLOORS[name], scored(name)["pairs_without_parties"]
    assert pairs["found"] >= floor["found"], totals(pairs)
    for label in LABELS:
        assert pairs["per_label"].get(label, {}).get("right", 0) >= floor[label], (label, totals(pairs))
    assert pairs["pairs"] <= floor["max_pairs"], totals(pairs)


# Gold pairs bfloat16's rounding may swap out of a set's chosen pairs: two since the Peru set, whose thirteen tellings
# of one day's toll make many near-ties (at 5d203d7, before this round's rules, it found 43 in bfloat16 against
# float32's 45, and 44 against 46 today).
NEAR_TIES_AT_THE_BUDGET_EDGE = 2


@functools.lru_cache(maxsize=1)
def bfloat16_is_the_default() -> bool:
    from embeddings import SentenceTransformerEncoder

    return SentenceTransformerEncoder().uses_bf16


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_bfloat16_finds_and_labels_as_many_gold_pairs_as_float32(name):
    """Where the default embeds in bfloat16, pairing finds all but at most two of the gold pairs float32 finds, and
    labels right every one float32 labels right but the pairs so lost: bfloat16 moves a cosine by about 0.003, enough
    to swap a near-tie at the edge of the review budget (on an AMD EPYC with native bfloat16, the Deutsche Bahn set
    found 9 gold pairs against float32's 10, and nurses_autoworkers 10 against 11, with as many labelled right; the
    King Soopers set 30 against 31, and the pair it lost was one float32 labelled right). A swap can also trade a
    gold pair for another, so that as many are found but one labelled right is lost (a set of 266 gold pairs found
    63 either way, 59 and 58 right): the pairs so lost are at most the near-ties, whatever the totals show."""
    if not bfloat16_is_the_default():
        pytest.skip("this processor has no native bfloat16: the default is float32 already")
    default = scored(name)["pairs_without_parties"]
    float32 = quality.pair_score(name, env={"FACTCHECK_PRECISION": "fp32"})
    summary = {k: (float32[k], default[k]) for k in ("gold", "found", "right", "pairs")}
    assert default["found"] >= float32["found"] - NEAR_TIES_AT_THE_BUDGET_EDGE, summary
    assert default["right"] >= float32["right"] - NEAR_TIES_AT_THE_BUDGET_EDGE, summary


def test_the_seeds_keep_every_figure():
    result = scored("seeds")
    for key in ("figures_without_parties", "figures_with_parties"):
        assert result[key]["strict"] == result[key]["gold"] == 23, totals(result[key])
    assert result["figures_with_parties"]["side_right"] == 23, totals(result["figures_with_parties"])


def test_every_set_has_floors_and_the_real_sets_a_first_contact_score():
    names = {folder.name for folder in quality.sets()}
    assert names | {"seeds"} == set(FLOORS)
    real = [quality.DATA / n for n in names if n.startswith("real_")]
    assert len(real) >= 6
    assert all(quality.first_contact(folder) for folder in real)
    assert sum(quality.is_frozen(folder) for folder in real) >= 3
    assert sum(quality.is_exhaustive(folder) for folder in real) >= 2
