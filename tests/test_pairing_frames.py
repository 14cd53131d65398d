"""Pairing by the fact a figure states: candidates from frames, intervals from frames (claims built by hand)."""
from dataclasses import replace

import numpy as np
import pytest

from claims.model import Frame, Quantity
from factcheck.pairing.frames import frame_candidates, shared_measures
from factcheck.pairing.suggest import suggest_label
from test_suggest import C
from tests.pairing_helpers import pair_usefulness


def framed(text, span, value, unit, measure, low=None, high=None, kind="count", owner_side="reporter", **kw) -> C:
    start = text.index(span)
    frame = Frame(owner_side=owner_side, measure=measure, low=low, high=high)
    q = Quantity(span, start, start + len(span), kind, value, unit, frame=frame)
    return C(text, side=owner_side, quantities=(q,), **kw)


def orthogonal(n: int) -> np.ndarray:
    return np.eye(n, dtype=np.float32)  # every claim unlike every other: only frames can pair them


def test_figures_of_one_measure_are_candidates_whatever_their_wording():
    claims = [
        framed("Some 12,000 nurses walked out on Monday.", "12,000", 12000, "people", "workers on strike", document_id=1),
        framed("The union put the strikers at 14,000.", "14,000", 14000, "people", "workers on strike", document_id=2),
        framed("The hospital group has 90,000 patients.", "90,000", 90000, "people", "patients treated", document_id=2),
    ]
    assert (0, 1) in frame_candidates(claims, orthogonal(3), related=lambda a, b: True)
    # With room for one partner, the claim stating the same measure comes before another count of people.
    one_each = frame_candidates(claims, orthogonal(3), related=lambda a, b: True, per_claim=1)
    assert (0, 1) in one_each and len(one_each) == 2  # 0 and 1 chose each other; 2 took one of them


def test_claims_of_two_disputes_are_not_paired_by_their_measure():
    claims = [
        framed("Some 12,000 nurses walked out.", "12,000", 12000, "people", "workers on strike", document_id=1),
        framed("About 4,000 dockworkers walked out.", "4,000", 4000, "people", "workers on strike", document_id=2),
    ]
    assert frame_candidates(claims, orthogonal(2), related=lambda a, b: a == b) == {}


def test_a_measure_many_claims_state_gives_each_its_few_most_alike_partners():
    # one crowd, twenty outlets giving near figures: the cosine alone orders each claim's partners
    claims = [framed(f"Count {n}: {100 + n},000 marched.", f"{100 + n},000", (100 + n) * 1000, "people", "crowd size",
                     document_id=n) for n in range(1, 21)]
    vectors = np.random.default_rng(7).normal(size=(20, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    found = frame_candidates(claims, vectors, related=lambda a, b: True, per_claim=3)
    per_claim = np.bincount(np.array(list(found)).ravel(), minlength=20)
    assert per_claim.min() >= 3 and len(found) <= 3 * 20 < 20 * 19 // 2  # each takes its 3, not all 190 pairs
    for i in range(20):  # and the 3 it takes are its most alike
        best = sorted((j for j in range(20) if j != i), key=lambda j: -float(vectors[i] @ vectors[j]))[:3]
        assert all((min(i, j), max(i, j)) in found for j in best)


def test_a_headcount_every_outlet_gives_pairs_each_claim_with_the_other_outlets_giving_it():
    # Fifteen articles give one union's 46,000 members: each claim meets the fourteen others however unlike they read.
    claims = [framed(f"Outlet {n}: the HDU represents 46,000 workers.", "46,000", 46000, "people",
                     "workers represented", document_id=n) for n in range(15)]
    vectors = np.random.default_rng(3).normal(size=(15, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    found = frame_candidates(claims, vectors, related=lambda a, b: True)
    assert len(found) == 15 * 14 // 2


def test_a_raise_that_hangs_on_a_condition_is_no_rival_to_an_unconditional_one():
    import claims

    second_year, conditional, offered = (
        claims.extract(text)[0] for text in (
            "Base pay would then rise by 2% in the second year.",
            "That would be followed by a possible 3% the year after if staff accept new rosters.",
            "Base pay would then rise by 3% in the second year.",
        )
    )
    assert conditional.quantities[0].frame.basis == "conditional"
    s = suggest_label(second_year, conditional, 0.6)
    assert s.label == "unverifiable" and "conditional" in " ".join(s.reasons)
    assert suggest_label(second_year, offered, 0.6).label == "conflict"  # no condition either side: rival figures


def test_as_many_as_and_more_than_one_number_conflict_on_their_intervals():
    a = framed("As many as 8,000 workers struck.", "8,000", 8000, "people", "workers on strike", high=8000, owner_side="union")
    b = framed("More than 8,000 workers struck.", "8,000", 8000, "people", "workers on strike", low=8000.5,
               owner_side="employer", document_id=2)
    s = suggest_label(a, b, 0.8)
    assert s.label == "conflict" and s.signals["measures"] == 1


def test_at_least_and_up_to_one_number_agree_for_both_allow_it():
    import claims

    at_least, up_to, more_than, as_many_as = (
        claims.extract(text)[0] for text in (
            "At least 14 porters were hurt on the Harwell picket line.",
            "Up to 14 porters were hurt on the Harwell picket line.",
            "More than 14 porters were hurt on the Harwell picket line.",
            "As many as 14 porters were hurt on the Harwell picket line.",
        )
    )
    assert suggest_label(at_least, up_to, 0.9).label == "agree"
    assert suggest_label(more_than, as_many_as, 0.9).label == "conflict"  # "more than 14" leaves 14 out


def test_stated_precision_decides_91_3_against_91_and_92():
    def share(value, low, high, doc):
        return framed(f"{value}% voted to reject.", f"{value}%", value, "percent", "vote to reject", low, high,
                      kind="percent", document_id=doc)

    assert suggest_label(share(91.3, 91.25, 91.35, 1), share(91, 90.5, 91.5, 2), 0.9).label == "agree"
    assert suggest_label(share(92, 91.5, 92.5, 1), share(91, 90.5, 91.5, 2), 0.9).label == "conflict"


def test_one_share_rounded_two_ways_agrees_but_a_whole_point_apart_does_not():
    def share(value, half, doc):
        return framed(f"The deal is worth {value}% over two years.", f"{value}%", value, "percent", "raise offered",
                      value - half, value + half, kind="percent", document_id=doc)

    # 8.45% rounded to one decimal place either way
    assert suggest_label(share(8.4, 0.05, 1), share(8.5, 0.05, 2), 0.9).label == "agree"
    assert suggest_label(share(4.71, 0.005, 1), share(4.72, 0.005, 2), 0.9).label == "agree"
    # two tenths apart is two shares, and so is one whole point where the unit is a larger part of the share
    assert suggest_label(share(8.4, 0.05, 1), share(8.6, 0.05, 2), 0.9).label == "conflict"
    assert suggest_label(share(47, 0.5, 1), share(48, 0.5, 2), 0.9).label == "conflict"


def test_one_partys_figure_at_two_dates_is_a_change_of_its_own_position():
    a = framed("The company offered a 6.5% raise on April 1.", "6.5%", 6.5, "percent", "raise offered", 6.45, 6.55,
               kind="percent", owner_side="employer", published="2016-04-01")
    b = framed("The company offered a 7.5% raise.", "7.5%", 7.5, "percent", "raise offered", 7.45, 7.55,
               kind="percent", owner_side="employer", published="2016-05-20", document_id=2)
    s = suggest_label(a, b, 0.9)
    assert s.label == "unverifiable" and any("changed its own figure" in r for r in s.reasons)


def test_different_measures_in_one_unit_are_not_compared():
    a = framed("The union wants 6.5%.", "6.5%", 6.5, "percent", "raise demanded", kind="percent", owner_side="union")
    b = framed("The district offered 6%.", "6%", 6, "percent", "raise offered", kind="percent", owner_side="employer", document_id=2)
    assert shared_measures(a.quantities, b.quantities) == []
    assert suggest_label(a, b, 0.9).signals["figures"] == 0
    assert suggest_label(a, replace(b, quantities=(replace(b.quantities[0], frame=None),)), 0.9).signals["measures"] == 0


def test_one_march_counted_five_times_apart_is_still_one_count():
    police = framed("Police put the crowd at more than 100,000.", "100,000", 100000, "count", "crowd size", 100000, None,
                    owner_side="police")
    organisers = framed("Organizers said 500,000 marched.", "500,000", 500000, "count", "crowd size", 499500, 500500,
                        owner_side="organizers", document_id=2)
    s = suggest_label(police, organisers, 0.4)
    assert s.label == "conflict" and s.signals["measures"] == 1
    # Without frames naming one measure, counts that far apart are taken for two groups.
    bare = [replace(c, quantities=(replace(c.quantities[0], frame=None),)) for c in (police, organisers)]
    assert suggest_label(*bare, 0.4).signals["figures"] == 0


def test_a_bare_count_and_a_count_of_people_of_one_crowd_are_compared():
    # "put the crowd at more than 100,000" is a bare count; "approximately 100,000 people" a count of people.
    a = framed("Police put the crowd at more than 100,000.", "100,000", 100000, "count", "crowd size", low=100000,
               owner_side="police")
    b = framed("The fire department said approximately 100,000 people came.", "100,000", 100000, "people",
               "crowd size", low=95000, high=105000, owner_side="government", document_id=2)
    assert (0, 1) in frame_candidates([a, b], orthogonal(2), related=lambda x, y: True)
    s = suggest_label(a, b, 0.4)
    assert s.signals["basis"] == "figures" and s.label == "agree"


def test_a_share_of_output_and_a_share_of_production_are_one_measure():
    a = framed("The Lakeport yards build nearly 8 percent of the country's ship output.", "8 percent", 8, "percent",
               "share of output", 7.5, 8.0, kind="percent")
    b = framed("Strikers shut yards that make about 8% of national ship production.", "8%", 8, "percent",
               "share of production", 7.5, 8.5, kind="percent", document_id=2)
    assert (0, 1) in frame_candidates([a, b], orthogonal(2), related=lambda x, y: True)
    assert suggest_label(a, b, 0.4).signals["measures"] == 1


def test_a_count_of_people_is_not_compared_with_a_count_of_things():
    a = framed("The union said 60 people picketed.", "60", 60, "people", "people")
    b = framed("The chain closed 50 stores.", "50", 50, "stores", "stores closed", document_id=2)
    assert suggest_label(a, b, 0.4).signals["figures"] == 0
    strikers = framed("The union said 60 strikers picketed.", "60", 60, "strikers", "workers on strike")
    assert suggest_label(a, strikers, 0.4).signals["figures"] == 1


def test_one_particular_figure_in_two_claims_is_one_fact_whatever_each_calls_it():
    a = framed("The union wants a one-off payment of 1,740 euros.", "1,740 euros", 1740, "EUR", "raise demanded",
               kind="money", owner_side="union")
    b = framed("Each worker would get 1,740 euros under the plan.", "1,740 euros", 1740, "EUR", "sum per worker",
               kind="money", document_id=2)
    assert (0, 1) in frame_candidates([a, b], orthogonal(2), related=lambda x, y: True)
    assert suggest_label(a, b, 0.3).signals["figures"] == 1
    # A round figure is no such proof: "5%" raise demanded and "5%" of shifts cancelled are two measures.
    c = framed("The union wants 5% more.", "5%", 5, "percent", "raise demanded", kind="percent")
    d = framed("5% of shifts were cancelled.", "5%", 5, "percent", "share of shifts", kind="percent", document_id=2)
    assert suggest_label(c, d, 0.3).signals["figures"] == 0


def test_one_count_in_thousands_in_two_claims_makes_them_partners_whatever_each_calls_it():
    # Each claim has room for one partner; the one giving the same count in thousands comes first.
    pair = framed("Geographers put the march at 470,000.", "470,000", 470000, "people", "crowd size", document_id=1)
    same = framed("An earlier tally of 470,000 came from a British firm.", "470,000", 470000, "count", "items",
                  owner_side="analyst", document_id=2)
    other = framed("Organisers said 750,000 came.", "750,000", 750000, "people", "crowd size", document_id=3)
    vectors = np.array([[1, 0], [0, 1], [0.9, 0.436]], dtype=np.float32)  # the other claim reads far more alike
    found = frame_candidates([pair, same, other], vectors, related=lambda x, y: True, per_claim=1)
    assert (0, 1) in found
    assert suggest_label(pair, same, 0.2).label == "agree"


def test_a_partner_told_within_days_comes_before_one_told_weeks_later():
    # A toll told over weeks: with room for one partner, a claim meets the count given the next day, though the
    # count a month later reads a little more alike; neither figure is near its own.
    first = framed("Health officials counted 14 dead.", "14", 14, "people", "people killed", document_id=1)
    next_day = framed("A rights group put the toll at 31.", "31", 31, "people", "people killed", document_id=2)
    month_on = framed("Health officials counted 58 dead.", "58", 58, "people", "people killed", document_id=3)
    vectors = np.array([[1, 0, 0], [0.1, 0.995, 0], [0.3, 0, 0.954]], dtype=np.float32)
    claims = [first, next_day, month_on]
    assert (0, 2) in frame_candidates(claims, vectors, related=lambda x, y: True, per_claim=1)  # undated: alike first
    dated = frame_candidates(claims, vectors, related=lambda x, y: True, per_claim=1, days=[700000, 700001, 700030])
    assert (0, 1) in dated


def test_an_estimate_or_a_tally_is_a_count_of_anything():
    estimate = framed("Officials had expected a 200,000 estimate.", "200,000", 200000, "estimates", "estimate",
                      owner_side="government")
    people = framed("Organisers had a permit for 200,000 people.", "200,000", 200000, "people", "people",
                    document_id=2)
    assert suggest_label(estimate, people, 0.4).signals["figures"] == 1


def test_counts_of_two_places_are_not_one_fact():
    lyon = framed("In Lyon the unions counted 70,000.", "70,000", 70000, "people", "crowd size", owner_side="union")
    nation = framed("Nationwide, police counted 140,000.", "140,000", 140000, "people", "crowd size",
                    owner_side="police", document_id=2)
    lyon = replace(lyon, quantities=(replace(lyon.quantities[0], frame=replace(lyon.quantities[0].frame, place="Lyon")),))
    nation = replace(nation, quantities=(replace(nation.quantities[0], frame=replace(nation.quantities[0].frame, place="nationwide")),))
    assert suggest_label(lyon, nation, 0.5).signals["figures"] == 0
    unsaid = replace(nation, quantities=(replace(nation.quantities[0], frame=replace(nation.quantities[0].frame, place="")),))
    assert suggest_label(lyon, unsaid, 0.5).label == "conflict"  # no place said: it may be Lyon's count


def test_opposing_views_of_one_offer_in_two_articles_are_candidates_whatever_their_cosine():
    from factcheck.pairing.candidates import position_candidates

    claims = [
        C("The union called the company's offer an insult.", side="union", document_id=1),
        C("The company said no fairer offer exists.", side="employer", document_id=2),
        C("The union said its members rejected the offer.", side="union", document_id=3),
        C("The weather was fine for the march.", side="employer", document_id=2),
    ]
    found = position_candidates(claims, orthogonal(4), related=lambda a, b: True)
    assert (0, 1) in found and (1, 2) in found  # each union claim meets the company's view of the offer
    assert (0, 2) not in found and not any(3 in key for key in found)  # one camp, or no offer named


def test_a_large_store_takes_each_claims_ten_nearest_neighbours_not_twenty(monkeypatch):
    import factcheck.pairing.candidates as candidates
    from factcheck.pairing.clustering import Neighbours

    claims = [C(f"Claim {n} says nothing in particular.", document_id=n) for n in range(22)]
    # Claim 0's neighbours in order of similarity: claims 1 to 21, all above the threshold.
    rows = np.full((22, 21), -1, dtype=np.int64)
    scores = np.zeros((22, 21), dtype=np.float32)
    rows[0] = np.arange(1, 22)
    scores[0] = np.linspace(0.95, 0.75, 21)
    neighbours = Neighbours(rows, scores)
    small = candidates.candidate_rows(claims, orthogonal(22), neighbours, 0.5)
    assert {(0, j) for j in range(1, 22)} <= set(small)  # a small store: every neighbour it was given
    monkeypatch.setattr(candidates, "LARGE_STORE", 10)
    large = candidates.candidate_rows(claims, orthogonal(22), neighbours, 0.5)
    assert {key for key in large if key[0] == 0} == {(0, j) for j in range(1, 1 + candidates.NEIGHBOURS_AT_SCALE)}



def test_tens_of_thousands_agrees_with_a_count_inside_it_and_is_no_conflict_with_one_above_it():
    import claims as extractor
    march = extractor.extract("Tens of thousands of people marched to the Knesset on Saturday.")[0]
    police = extractor.extract("Police said 40,000 people marched to the Knesset on Saturday.")[0]
    organisers = extractor.extract("Organisers said 250,000 people marched to the Knesset on Saturday.")[0]
    assert suggest_label(march, police, 0.6).label == "agree"
    above = suggest_label(march, organisers, 0.6)
    assert (above.label, above.signals["basis"]) == ("agree", "rough figures")
    assert "rough size" in " ".join(above.reasons)



def test_the_workers_a_union_represents_and_those_on_strike_are_one_count_when_the_number_is_the_same():
    struck = framed("The strike involved 1,400 workers at four plants.", "1,400", 1400, "people", "workers on strike",
                    low=1350, high=1450)
    represented = framed("The union represents the 1,400 workers covered by the contract.", "1,400", 1400, "people",
                         "workers represented", low=1350, high=1450, owner_side="union", document_id=2)
    assert suggest_label(struck, represented, 0.5).label == "agree"
    more = framed("The union represents 3,000 workers in all.", "3,000", 3000, "people", "workers represented",
                  low=2950, high=3050, owner_side="union", document_id=3)
    assert suggest_label(struck, more, 0.5).signals["figures"] == 0  # two measures: no conflict


def test_the_parties_figures_at_odds_are_shown_beside_a_claim_that_has_its_fill_of_pairs():
    from factcheck.pairing.candidates import MAX_FRAMED_PAIRS_PER_CLAIM, Ranked, select
    from factcheck.records import StoredClaim

    def stored(i, side):
        return StoredClaim(i, 1, i, 0, 1, f"claim {i}", "", side, 0.5, "")

    hub = stored(1, "police")
    others = [stored(i, "reporter") for i in range(2, 2 + MAX_FRAMED_PAIRS_PER_CLAIM)]
    union_count = stored(99, "union")
    claims = {c.id: c for c in [hub, *others, union_count, *(stored(i, "reporter") for i in range(200, 260))]}
    ordinary = [Ranked(0.9, 1, c.id, 0.9, True, (0, 0), framed=True) for c in others]
    contested = Ranked(0.5, 1, 99, 0.3, True, (0, 0), framed=True, contested=True)
    chosen = {(r.claim_a, r.claim_b) for r in select([*ordinary, contested], claims)}
    assert (1, 99) in chosen
    # The cap still holds for every other pair.
    plain = Ranked(0.5, 1, 99, 0.3, True, (0, 0), framed=True)
    assert (1, 99) not in {(r.claim_a, r.claim_b) for r in select([*ordinary, plain], claims)}


def test_one_figure_told_twice_ranks_above_a_rough_size_that_agrees_with_it():
    count = framed("Some 9,000 porters walked out at Harbourline.", "9,000", 9000, "people", "workers on strike",
                   8500, 9500, document_id=1)
    again = framed("About 9,000 porters are on strike.", "9,000", 9000, "people", "workers on strike", 8500, 9500,
                   document_id=2)
    rough = framed("Thousands of porters are on strike.", "Thousands", 2000, "people", "workers on strike", 2000,
                   20000, document_id=3)
    assert suggest_label(count, again, 0.6).label == suggest_label(count, rough, 0.6).label == "agree"
    assert pair_usefulness(count, again, 0.6) > pair_usefulness(count, rough, 0.6)


def test_one_claims_allegation_or_a_shared_date_settles_nothing_between_two_claims():
    from factcheck.pairing.candidates import decisive
    from factcheck.pairing.suggest import Suggestion

    def found(basis):
        return decisive(Suggestion("unverifiable", 0.5, (), {"basis": basis}))

    assert not found("allegation") and not found("same date") and not found("similar")
    assert found("allegation and denial") and found("figures") and found("opposed clash")


def test_a_figure_many_articles_give_is_compared_with_a_dozen_of_them_and_a_plain_claim_with_fewer():
    from factcheck.pairing.candidates import MAX_FRAMED_PAIRS_PER_CLAIM, MAX_PAIRS_PER_CLAIM, Ranked, select
    from factcheck.records import StoredClaim

    def stored(i):
        return StoredClaim(i, i, i, 0, 1, f"claim {i}", "", "reporter", 0.5, "")

    claims = {c.id: c for c in map(stored, range(1, 200))}

    def pairs_of_claim_1(framed, usefulness=0.5):
        ranked = [Ranked(usefulness, 1, j, 0.9, True, (0, 0), framed=framed) for j in range(2, 22)]
        return sum(1 for r in select(ranked, claims) if r.claim_a == 1)

    # one count that a dozen articles give is set against each of them
    assert pairs_of_claim_1(framed=True) == MAX_FRAMED_PAIRS_PER_CLAIM >= 12
    assert pairs_of_claim_1(framed=False) == MAX_PAIRS_PER_CLAIM < MAX_FRAMED_PAIRS_PER_CLAIM


def test_a_pair_useful_enough_passes_its_claims_cap():
    from factcheck.pairing.candidates import MAX_PAIRS_PER_CLAIM, USEFUL_PAST_CAP, Ranked, select
    from factcheck.records import StoredClaim

    claims = {i: StoredClaim(i, i, i, 0, 1, f"claim {i}", "", "reporter", 0.5, "") for i in range(1, 200)}
    # claim 1's places are full of weak pairs of one measure; the one pair that restates it word for word still comes in
    weak = [Ranked(0.3, 1, j, 0.5, True, (0, 0), framed=True) for j in range(2, 2 + MAX_PAIRS_PER_CLAIM + 6)]
    strong = Ranked(USEFUL_PAST_CAP + 0.5, 1, 150, 0.9, True, (0, 0))
    below = Ranked(USEFUL_PAST_CAP - 0.1, 1, 151, 0.9, True, (0, 0))
    chosen = {(r.claim_a, r.claim_b) for r in select([*weak, strong, below], claims)}
    assert (1, 150) in chosen
    assert (1, 151) not in chosen


def test_a_share_that_does_not_say_of_what_is_compared_but_not_paired_first():
    from factcheck.pairing.figures import compare_figures

    vague = framed("Strikes cut as much as 50 per cent of capacity.", "as much as 50 per cent", 50, "percent",
                   "percentage", kind="percent", low=0, high=50)
    staff = framed("Northline said 40.4 per cent of its staff were on strike.", "40.4 per cent", 40.4, "percent",
                   "share of staff", kind="percent", low=40.35, high=40.45, document_id=2)
    staff_again = framed("About 40 per cent of the staff walked out.", "About 40 per cent", 40, "percent",
                         "share of staff", kind="percent", low=35, high=45, document_id=3)
    [loose] = compare_figures(vague.quantities, staff.quantities)
    [named] = compare_figures(staff.quantities, staff_again.quantities)
    assert loose.agree and not loose.framed
    assert named.agree and named.framed


def test_a_claim_that_tells_a_crowd_in_words_is_paired_with_the_counts_of_it():
    counted = framed("The HFU says 1.4 million people marched in Lakeport.", "1.4 million", 1.4e6, "people", "crowd size",
                     owner_side="organizers", document_id=1)
    in_words = C("Unions say the protests drew a record crowd.", side="union", document_id=2)
    other = framed("The HFU has 90,000 members.", "90,000", 90000, "people", "members", document_id=2)
    assert (0, 1) in frame_candidates([counted, in_words, other], orthogonal(3), related=lambda a, b: True, per_claim=1)
    s = suggest_label(in_words, counted, 0.2)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "rank and count")  # a count cannot check a record
    assert suggest_label(in_words, other, 0.2).signals["basis"] not in ("measure in words", "rank and count")


@pytest.mark.parametrize("count, label", [
    ("The HFU says 1.4 million people marched in Lakeport.", "unverifiable"),
    ("The HFU says 1.4 million people marched in Lakeport, far more than at earlier protests.", "agree"),
    ("The ministry's count of 610,000 marchers was higher than its count from earlier this month.", "agree"),
])
def test_a_record_crowd_in_words_agrees_with_a_ranking_and_cannot_be_checked_by_a_count(count, label):
    figure_text = next(w for w in ("1.4 million", "610,000") if w in count)
    value = 1.4e6 if figure_text == "1.4 million" else 610000
    counted = framed(count, figure_text, value, "people", "crowd size", owner_side="organizers", document_id=1)
    in_words = C("Unions say the protests drew the biggest crowds so far.", side="union", document_id=2)
    assert suggest_label(in_words, counted, 0.3).label == label
    assert suggest_label(counted, in_words, 0.3).label == label


@pytest.mark.parametrize("text, spoken", [
    ("Unions say the protests drew a record crowd.", True),
    ("Trade unions are claiming a record turnout for the street protests.", True),
    ("Strike turnout fell in schools, where protests were few.", False),  # a strike's share, not a crowd
    ("The crowd of shoppers thinned before the holidays.", False),  # a crowd, but of no march or protest
])
def test_what_speaks_of_a_crowd_in_words(text, spoken):
    from claims.frames import measures_spoken_of

    assert bool(measures_spoken_of(text)) is spoken


@pytest.mark.parametrize("measure, published_b, label", [
    ("crowd size", "2026-03-12", "unverifiable"),  # five days on: most often another march
    ("crowd size", "2026-03-08", "conflict"),  # the next day's paper: the same march
    ("crowd size", "2026-03-09", "conflict"),  # two days on: still most often the same march
    ("crowd size", "2026-03-10", "unverifiable"),  # three days on: most often another
    ("raise offered", "2026-03-12", "conflict"),  # an offer stands until it changes
    ("people killed", "2026-03-12", "unverifiable"),  # a toll, like a crowd, is a count of its day
    ("workers on strike", "2026-03-12", "conflict"),  # the workers out on one strike: one count while it lasts
])
def test_a_days_count_in_articles_days_apart_is_most_often_another_days(measure, published_b, label):
    a = framed("Police counted 80,000 in the streets.", "80,000", 80000, "people", measure, owner_side="police",
               published="2026-03-07")
    b = framed("Organisers said 300,000 took part.", "300,000", 300000, "people", measure, owner_side="organizers",
               published=published_b, document_id=2)
    s = suggest_label(a, b, 0.4)
    assert s.label == label
    assert any("days apart" in r for r in s.reasons) is (label == "unverifiable")
    assert (s.signals["basis"] == "days apart") is (label == "unverifiable")  # ranked below a clash of one day


@pytest.mark.parametrize("published_b, label", [
    ("2026-03-14", "unverifiable"),  # a week on: the same strike, longer
    ("2026-03-07", "conflict"),  # the same day: two accounts of one length
])
def test_a_strikes_length_told_days_apart_is_one_strike_at_two_moments(published_b, label):
    a = framed("The strike at Lakeport has run for 11 days.", "11 days", 11, "days", "strike length", kind="duration",
               published="2026-03-07")
    b = framed("Porters in Lakeport have now been on strike for 20 days.", "20 days", 20, "days",
               "strike length", kind="duration", published=published_b, document_id=2)
    s = suggest_label(a, b, 0.5)
    assert s.label == label
    assert any("grows while it lasts" in r for r in s.reasons) is (label == "unverifiable")


@pytest.mark.parametrize("first_text, label", [
    ("The strike at Lakeport came to an end on Thursday after 27 days.", "conflict"),  # over: its length is final
    ("The strike at Lakeport has run for 27 days.", "unverifiable"),  # still going on when first told
    ("A deal was reached in a strike that has lasted 27 days.", "unverifiable"),
])
def test_a_strike_told_as_over_has_a_length_that_no_longer_grows(first_text, label):
    a = framed(first_text, "27 days", 27, "days", "strike length", 26.5, 27.5, kind="duration", published="2026-03-24")
    b = framed("Harbourline lost business during the 28-day strike.", "28-day", 28, "days",
               "strike length", 27.5, 28.5, kind="duration", published="2026-07-01", document_id=2)
    assert suggest_label(a, b, 0.4).label == label


@pytest.mark.parametrize("other_value, label", [(50, "unverifiable"), (9, "conflict")])
def test_a_yearly_rate_against_a_much_larger_figure_with_no_term_may_be_its_total(other_value, label):
    rate = framed("What the union wants is an 11.7 per cent raise each year.", "11.7 per cent", 11.7, "percent",
                  "raise demanded", low=11.65, high=11.75, kind="percent", owner_side="union")
    rate = replace(rate, quantities=(replace(rate.quantities[0], frame=replace(rate.quantities[0].frame, period="each year")),))
    text = f"The ministry said the union demands a raise of nearly {other_value} per cent."
    other = framed(text, f"{other_value} per cent", other_value, "percent", "raise demanded", low=other_value - 0.5,
                   high=other_value + 0.5, kind="percent", owner_side="employer", document_id=2)
    assert suggest_label(rate, other, 0.6).label == label


def test_one_span_told_in_days_and_in_months_is_compared():
    import claims

    days, months, weeks = (
        claims.extract(text)[0] for text in (
            "The last strike at Harbourline went on for 100 days.",
            "The last strike at Harbourline took three months to settle.",
            "The last strike at Harbourline lasted ten weeks.",
        )
    )
    assert suggest_label(days, months, 0.5).label == "agree"  # three months is about 91 days, as written
    assert suggest_label(days, weeks, 0.5).label == "conflict"  # ten weeks is 70 days


def test_a_bonus_and_bonuses_are_one_measure():
    import claims

    one, several = (claims.extract(text)[0] for text in (
        "The signing bonus would be at least $5,000.", "Signing bonuses would be $6,000 for senior drivers."))
    s = suggest_label(one, several, 0.5)
    assert (s.label, s.signals["measures"]) == ("agree", 1)


def test_a_unions_members_and_its_strikers_near_in_number_are_one_workforce():
    import claims

    members, strikers, plant = (claims.extract(text)[0] for text in (
        "The HRU has more than 8,000 members.", "About 7,600 HRU drivers walked out on Monday.",
        "About 900 HRU drivers walked out at the Lakeport depot on Monday."))
    assert suggest_label(members, strikers, 0.5).label == "conflict"  # one workforce, told two ways
    assert not suggest_label(members, plant, 0.5).signals.get("measures")  # a part of it


def test_nurses_to_be_hired_and_new_nursing_positions_are_one_count_of_jobs():
    import claims

    hired, positions = (claims.extract(text)[0] for text in (
        "Harbour General agreed to hire 120 more nurses.", "The deal adds more than 120 new nursing positions."))
    s = suggest_label(hired, positions, 0.5)
    assert (s.label, s.signals["measures"]) == ("agree", 1)


def test_of_a_measures_partners_the_one_with_a_near_figure_comes_first():
    claims = [
        framed("More than 7,000 nurses struck on Monday.", "7,000", 7000, "people", "workers on strike", document_id=1),
        framed("About 7,100 nurses walked out.", "7,100", 7100, "people", "workers on strike", document_id=2),
        framed("Some 2,000 nurses struck at one site.", "2,000", 2000, "people", "workers on strike", document_id=3),
    ]
    vectors = np.array([[1.0, 0.0], [0.6, 0.8], [0.9, 0.436]], dtype=np.float32)  # the far count reads more alike
    one_each = frame_candidates(claims, vectors, related=lambda a, b: True, per_claim=1)
    assert (0, 1) in one_each  # by the cosine alone, the first two would each have taken the far count


def test_a_count_of_each_of_several_sites_is_no_rival_to_their_total():
    import claims

    each, total = (claims.extract(text)[0] for text in (
        "Both hospitals have at least 3,500 union nurses each.", "The union represents more than 7,000 nurses at the two hospitals."))
    assert each.quantities[0].frame.basis == "each"
    s = suggest_label(each, total, 0.5)
    assert s.label == "unverifiable" and "each" in " ".join(s.reasons)


def test_one_unions_two_ballots_days_apart_are_two_ballots_not_a_change_of_position():
    a = framed("Turnout in the ballot was over 85%.", "over 85%", 85, "percent", "vote", 85, 100,
               kind="percent", owner_side="union", published="2025-03-03")
    b = framed("Turnout was 64 percent.", "64 percent", 64, "percent", "vote", 63.5, 64.5,
               kind="percent", owner_side="union", published="2025-04-14", document_id=2)
    s = suggest_label(a, b, 0.9)
    assert s.label == "unverifiable" and not any("changed its own figure" in r for r in s.reasons)


def test_one_analysts_two_cost_estimates_months_apart_are_not_a_change_of_position():
    a = framed("The state's economy has lost about $2 billion, an economist estimated.", "about $2 billion", 2e9, "USD",
               "cost", 1.5e9, 2.5e9, kind="money", owner_side="analyst", published="2025-05-10")
    b = framed("The economist estimated the damage at $5 billion.", "$5 billion", 5e9, "USD", "cost", 4.5e9, 5.5e9, kind="money",
               owner_side="analyst", published="2025-08-02", document_id=2)
    s = suggest_label(a, b, 0.9)
    assert not any("changed its own figure" in r for r in s.reasons)
    assert s.label == "unverifiable"


def test_one_sides_demand_against_the_others_offer_is_two_positions_whatever_their_shared_period():
    demand = framed("The union wants raises of 14% over three years.", "14%", 14, "percent", "raise demanded", 13.5, 14.5,
                    kind="percent", owner_side="union")
    offer = framed("Harbour Post offered 8% over three years.", "8%", 8, "percent", "raise offered", 7.5, 8.5,
                   kind="percent", owner_side="employer", document_id=2)
    four_years = Quantity("three years", 0, 0, "duration", 3, "years", frame=Frame(owner_side="union", measure="duration"))
    demand = replace(demand, quantities=demand.quantities + (four_years,))
    offer = replace(offer, quantities=offer.quantities + (replace(four_years, frame=Frame(owner_side="employer", measure="duration")),))
    s = suggest_label(demand, offer, 0.7)
    assert s.label == "unverifiable" and s.signals["basis"] == "demand and offer"
    same_side = replace(offer, side="union")
    assert suggest_label(demand, same_side, 0.7).signals["basis"] != "demand and offer"


def test_ages_are_compared_with_ages_in_years_and_the_age_before_a_change_is_not_its_rival():
    import claims

    target, also_target, earlier, towns = (
        claims.extract(text)[0] for text in (
            "The senate voted for the key parts of the bill, among them raising the retirement age to 63.",
            "The Harwell union said the plan to lift the retirement age from 61 to 63 would hit manual workers hardest.",
            "Under the bill the retirement age would rise from 61, the minister said.",
            "Strikes go on today at 63 local transport authorities.",
        )
    )
    s = suggest_label(target, also_target, 0.5)
    assert s.label == "agree" and "same measure (retirement age, years): '63' and '63' agree" in s.reasons
    rival = claims.extract("The senate voted for the key parts of the bill, among them raising the retirement age to 64.")[0]
    assert "same measure (retirement age, years): 63 vs 64, 2% apart" in suggest_label(target, rival, 0.5).reasons
    assert "retirement age" not in " ".join(suggest_label(target, earlier, 0.5).reasons)  # 61 before, 63 after
    assert "same measure" not in " ".join(suggest_label(also_target, towns, 0.5).reasons)  # 63 towns are no age


def test_a_ballots_share_that_does_not_say_what_it_was_for_is_compared_with_any_votes_share():
    a = framed("The deal passed 54% to 46%.", "54%", 54, "percent", "vote", 53.5, 54.5, kind="percent", document_id=1)
    b = framed("Some 58% voted to accept the deal.", "58%", 58, "percent", "vote to accept", 57.5, 58.5, kind="percent",
               document_id=2)
    assert suggest_label(a, b, 0.5).label == "conflict"
    # but a vote to strike is no vote to accept
    c = framed("Some 58% voted to strike.", "58%", 58, "percent", "vote to strike", 57.5, 58.5, kind="percent",
               document_id=2)
    assert not any("same measure" in r for r in suggest_label(c, b, 0.5).reasons)


def test_a_raise_that_does_not_say_whose_step_it_is_is_compared_with_a_raise_offered_or_agreed():
    told = framed("The Lakeport contract brings nurses a 14% wage increase.", "14%", 14, "percent", "raise", 13.5, 14.5,
                  kind="percent", document_id=1)
    agreed = framed("Harwell Health said its deal gives nurses a 14% raise.", "14%", 14, "percent", "raise agreed", 13.5,
                    14.5, kind="percent", document_id=2)
    offered = framed("Harwell Health offered a 14% raise.", "14%", 14, "percent", "raise offered", 13.5, 14.5,
                     kind="percent", document_id=2)
    assert "same measure (raise, percent): '14%' and '14%' agree" in suggest_label(told, agreed, 0.3).reasons
    assert "same measure" in " ".join(suggest_label(told, offered, 0.3).reasons)
    # two parties' steps stay two measures: an offer is not the deal
    assert "same measure" not in " ".join(suggest_label(agreed, offered, 0.3).reasons)


def test_a_raise_that_does_not_say_whose_step_it_is_at_odds_with_an_offer_may_be_another_raise():
    told = framed("Porters at Lakeport will get a 3% raise next year.", "3%", 3, "percent", "raise", 2.5, 3.5,
                  kind="percent", document_id=1)
    offered = framed("Harbourline offered a 5% raise.", "5%", 5, "percent", "raise offered", 4.5, 5.5, kind="percent",
                     document_id=2)
    s = suggest_label(told, offered, 0.5)
    assert s.label == "unverifiable" and s.signals["basis"] == "maybe another figure"
    # two offers at odds are still a conflict
    rival = framed("Harbourline offered a 3% raise.", "3%", 3, "percent", "raise offered", 2.5, 3.5, kind="percent",
                   document_id=1)
    assert suggest_label(rival, offered, 0.5).label == "conflict"


def test_a_share_that_does_not_say_of_what_at_odds_with_a_named_one_may_be_another_share():
    bare = framed("Some 40 per cent said no.", "40 per cent", 40, "percent", "percentage", 39.5, 40.5, kind="percent",
                  document_id=1)
    vote = framed("The strike vote passed with 71%.", "71%", 71, "percent", "vote to strike", 70.5, 71.5,
                  kind="percent", document_id=2)
    assert suggest_label(bare, vote, 0.5).label == "unverifiable"


def test_a_sum_that_does_not_say_what_it_pays_against_the_other_sides_figure_may_be_another_sum():
    union = framed("The HPU said porters would lose $6,000.", "$6,000", 6000, "USD", "sum", 5999.5, 6000.5,
                   kind="money", owner_side="union", document_id=1)
    employer = framed("Harbourline said its offer was worth $9,000 a porter.", "$9,000", 9000, "USD", "raise offered",
                      8999.5, 9000.5, kind="money", owner_side="employer", document_id=2)
    assert suggest_label(union, employer, 0.5).label == "unverifiable"
    # told by one side, the two sums are compared as they were
    outlet = replace(employer, side="reporter")
    assert suggest_label(union, outlet, 0.5).label == "conflict"


def placed(claim: C, place: str) -> C:
    q = claim.quantities[0]
    return replace(claim, quantities=(replace(q, frame=replace(q.frame, place=place)),))


def test_a_strikes_length_is_compared_wherever_it_is_told():
    wessex = placed(framed("Porters in Wessex will strike for 48 hours.", "48 hours", 48, "hours", "strike length",
                           47.5, 48.5, kind="duration", document_id=1), "Wessex")
    nation = placed(framed("An unprecedented 48-hour walkout across Wessex begins today.", "48-hour", 48, "hours",
                           "strike length", 47.5, 48.5, kind="duration", document_id=2), "nationwide")
    assert "same measure" in " ".join(suggest_label(wessex, nation, 0.3).reasons)
    # while a count in one city is not the nation's
    city = placed(framed("In Lakeport 9,000 marched.", "9,000", 9000, "people", "crowd size", 8999.5, 9000.5,
                         document_id=1), "Lakeport")
    whole = placed(framed("Across the country 9,000 marched.", "9,000", 9000, "people", "crowd size", 8999.5, 9000.5,
                          document_id=2), "nationwide")
    assert "same measure" not in " ".join(suggest_label(city, whole, 0.3).reasons)


def test_a_place_named_more_fully_by_its_police_is_the_same_place():
    # "in Harwell" / "the Harwell Metropolitan Police": the city, once by itself and once in its police's name
    city = placed(framed("The ministry put the march in Harwell at 35,000.", "35,000", 35000, "people", "crowd size",
                         owner_side="government", document_id=1), "Harwell")
    police = placed(framed("The Harwell Metropolitan Police counted 120,000.", "120,000", 120000, "people",
                           "crowd size", owner_side="police", document_id=2), "Harwell Metropolitan")
    assert suggest_label(city, police, 0.5).label == "conflict"
    other = placed(police, "Lakeport Metropolitan")
    assert suggest_label(city, other, 0.5).signals["figures"] == 0  # another city's count


def test_a_strikes_length_in_hours_is_compared_with_one_in_days_but_hours_of_work_are_not():
    import claims
    from factcheck.pairing.figures import compare_figures

    def figures(text):
        return claims.extract(text)[0].quantities

    hours, days = figures("The Harwell Porters Union confirmed a full 48-hour walkout in March."), figures(
        "Porters to stage a two-day walkout")
    assert [f.reason for f in compare_figures(hours, days)] == [
        "same measure (strike length, days): '48-hour' and 'a two-day' agree"]
    assert compare_figures(figures("The union wants a 35-hour week."), figures("The union wants a four-day week.")) == []


def test_counts_of_one_workforce_are_partners_before_a_closer_claim_of_another_count():
    claims = [
        framed("The deal must pass a vote by the more than 8,000 workers.", "8,000", 8_000, "people", "workers",
               document_id=1),
        framed("The Harbour Drivers Union represents 8,600 drivers.", "8,600", 8_600, "people", "workers represented",
               document_id=2),
        framed("The deal must pass by 12 March, with 40 depots voting.", "40", 40, "depots", "depots", document_id=3),
    ]
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.436]], dtype=np.float32)  # the depots' claim reads closest
    assert (0, 1) in frame_candidates(claims, vectors, related=lambda a, b: True, per_claim=1)


def test_a_raise_whose_role_goes_unsaid_is_no_demand():
    import claims as extractor
    from factcheck.pairing.figures import same_measure

    [award] = extractor.extract("The cabinet accepted the pay board's advice: a rise of about 3.8%.")[0].quantities
    [demand] = extractor.extract("The union wants a pay rise of 12%.")[0].quantities
    [offer] = extractor.extract("Harbourline offered a pay rise of 3%.")[0].quantities
    assert (award.frame.measure, demand.frame.measure, offer.frame.measure) == ("raise", "raise demanded", "raise offered")
    assert not same_measure(award, demand)
    assert same_measure(award, offer)


def test_two_spans_of_time_that_say_not_of_what_are_not_one_measure():
    import claims as extractor
    from factcheck.pairing.figures import same_measure

    [wait] = [q for c in extractor.extract("Getting back to normal could take up to five days, Harbourline said.")
              for q in c.quantities]
    [ruling] = [q for c in extractor.extract("The board ruled two days after the minister asked it to.")
                for q in c.quantities]
    [strike] = [q for c in extractor.extract("Porters walked out for three days in May.") for q in c.quantities]
    [other] = [q for c in extractor.extract("Porters at Harbourline walked out for four days.") for q in c.quantities]
    assert (wait.frame.measure, ruling.frame.measure) == ("duration", "duration")
    assert not same_measure(wait, ruling)
    assert same_measure(strike, other)  # a strike's days are one measure


@pytest.mark.parametrize("earlier, later, label", [
    (14, 39, "unverifiable"),  # the toll of the day before, counted again a day on: it grew
    (39, 14, "conflict"),  # a toll that fell overnight: one of the two counts is wrong
])
def test_a_toll_a_day_later_may_add_to_the_earlier_count(earlier, later, label):
    a = framed(f"Rights groups said {earlier} people were killed.", str(earlier), earlier, "people", "people killed",
               owner_side="analyst", published="2026-03-07")
    b = framed(f"A monitoring group said {later} people were killed.", str(later), later, "people", "people killed",
               owner_side="analyst", published="2026-03-08", document_id=2)
    assert suggest_label(a, b, 0.4).label == label
    assert suggest_label(b, a, 0.4).label == label


@pytest.mark.parametrize("later_day, label", [
    ("2026-03-09", "conflict"),  # the police's toll and a rights group's, two days apart: two accounts at odds
    ("2026-04-20", "unverifiable"),  # six weeks on, a higher toll may be a new count
])
def test_opposing_counters_tolls_told_within_days_are_at_odds(later_day, label):
    police = framed("Police said 4 people were killed.", "4", 4, "people", "people killed", owner_side="police",
                    published="2026-03-07")
    rights = framed("Rights groups said at least 15 people were killed.", "15", 15, "people", "people killed",
                    owner_side="analyst", published=later_day, document_id=2)
    assert suggest_label(police, rights, 0.4).label == label
    assert suggest_label(rights, police, 0.4).label == label


def test_the_years_a_raise_is_spread_over_are_no_fact_of_their_own():
    five = framed("The airline offered 12.7% over five years.", "five years", 5, "years", "term of a raise",
                  kind="duration", document_id=1)
    three = framed("The guild wants 20% across three years.", "three years", 3, "years", "term of a raise",
                   kind="duration", document_id=2)
    assert shared_measures(five.quantities, three.quantities) == []
    assert suggest_label(five, three, 0.6).label != "conflict"


def test_the_very_same_count_comes_before_a_near_one_among_a_claims_partners():
    # Each claim has room for one partner. Both others count the porters near 6,400, and one reads far more alike;
    # the one giving the very same count is one fact told twice and comes first.
    strike = framed("Dockside porters stayed away from the quays: 6,400 by the port's count.", "6,400", 6400, "people",
                    "workers on strike", document_id=1)
    same = framed("HPU says it speaks for 6,400 porters at Lakeport.", "6,400", 6400, "people", "workers",
                  document_id=2)
    near = framed("About 6,500 porters walked off the quays.", "6,500", 6500, "people", "workers on strike",
                  document_id=3)
    vectors = np.array([[1, 0], [0, 1], [0.9, 0.436]], dtype=np.float32)
    found = frame_candidates([strike, same, near], vectors, related=lambda x, y: True, per_claim=1)
    assert (0, 1) in found


def test_an_articles_parties_views_of_one_thing_take_no_place_ahead_of_more_useful_pairs():
    from factcheck.pairing.candidates import Ranked, review_budget, select
    from factcheck.pairing.ranking import settles
    from factcheck.pairing.suggest import Suggestion
    from factcheck.records import StoredClaim

    # one article's union and employer claims, and eight claims each in its own article
    claims = {i: StoredClaim(i, i, i, 0, 1, f"claim {i}", "", "reporter", 0.5, "") for i in range(3, 11)}
    claims[1] = StoredClaim(1, 50, 1, 0, 1, "claim 1", "", "union", 0.5, "")
    claims[2] = StoredClaim(2, 50, 2, 0, 1, "claim 2", "", "employer", 0.5, "")
    useful = [Ranked(0.8 - k / 100, i, j, 0.7, True, (0, 0)) for k, (i, j) in
              enumerate((i, j) for i in range(3, 11) for j in range(i + 1, 11))][:review_budget(len(claims))]

    def shown(basis):
        s = Suggestion("unverifiable", 0.5, (), {"basis": basis})
        counterpoint = Ranked(0.2, 1, 2, 0.4, settles(s), (0, 0))
        return (1, 2) in {(r.claim_a, r.claim_b) for r in select([*useful, counterpoint], claims)}

    assert not shown("positions") and not shown("opposed negation")
    assert shown("allegation and denial")  # a point to settle: still served first as the article's counterpoint
