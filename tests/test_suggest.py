"""The suggestion rules, one family at a time, on claims built by hand (no model)."""
from dataclasses import dataclass, replace

import pytest

import claims
from claims.model import Quantity
from factcheck.pairing.figures import interval
from factcheck.pairing.suggest import suggest_label
from tests.pairing_helpers import quantity


@dataclass(frozen=True)
class C:
    text: str
    side: str = "reporter"
    stance: str = "assertion"
    quantities: tuple[Quantity, ...] = ()
    document_id: int = 1
    published: str = ""


def figure(text, figure, kind, value, unit, qualifier="exact", counted="", **kw):
    return C(text, quantities=(quantity(text, figure, kind, value, unit, qualifier, counted),), **kw)


# -- figures with qualifiers ------------------------------------------------


def test_roughly_and_more_than_the_same_count_agree():
    a = figure("Roughly 75,000 workers walked off the job.", "Roughly 75,000", "count", 75000, "people", "approximately", "workers")
    b = figure("More than 75,000 workers walked out.", "More than 75,000", "count", 75000, "people", "more than", "workers", document_id=2)
    s = suggest_label(a, b, 0.7)
    assert s.label == "agree"
    assert any("same measure" in r and "agree" in r for r in s.reasons)


def test_96_and_95_percent_of_one_vote_conflict():
    a = figure("Members backed the strike with 96% of the vote.", "96%", "percent", 96, "percent", counted="vote")
    b = figure("Members backed the strike with 95% of the vote.", "95%", "percent", 95, "percent", counted="vote", document_id=2)
    s = suggest_label(a, b, 0.9)
    assert s.label == "conflict"
    assert any("96 vs 95" in r for r in s.reasons)


def test_as_much_as_39_percent_less_and_10_percent_less_conflict():
    a = figure("New hires would earn as much as 39% less.", "as much as 39%", "percent", 39, "percent", "at most",
               "new hires", side="union")
    b = figure("New hires would earn 10% less.", "10%", "percent", 10, "percent", counted="new hires", document_id=2,
               side="employer")
    assert suggest_label(a, b, 0.8).label == "conflict"


@pytest.mark.parametrize("measure", ["new hires", "strikers"])
def test_figures_far_apart_from_no_two_opposing_parties_are_unverifiable_unless_crowds_or_tolls(measure):
    # "12% less" against "30% less", two outlets' words: most often two figures (two groups, two years), not one
    a = figure(f"Lakeport's {measure} would earn 30% less.", "30%", "percent", 30, "percent", counted=measure)
    b = figure(f"Lakeport's {measure} would earn 12% less.", "12%", "percent", 12, "percent", counted=measure,
               document_id=2)
    s = suggest_label(a, b, 0.8)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "far apart")
    assert any("far apart" in r for r in s.reasons)
    # the same two figures from the two opposing parties are at odds
    assert suggest_label(replace(a, side="union"), replace(b, side="employer"), 0.8).label == "conflict"
    # figures at odds but nearer are still a conflict between two outlets
    near = figure(f"Lakeport's {measure} would earn 20% less.", "20%", "percent", 20, "percent", counted=measure,
                  document_id=2)
    assert suggest_label(a, near, 0.8).label == "conflict"


@pytest.mark.parametrize("a_text, b_text", [
    ("Some 40,000 people marched in Harwell on Saturday.", "About 120,000 people marched in Harwell on Saturday."),
    ("At least 9 people were killed in the clashes in Harwell.", "The clashes in Harwell killed 31 people."),
])
def test_two_outlets_crowd_counts_or_tolls_far_apart_still_conflict(a_text, b_text):
    # their counters (police, organisers, ministries, watchdogs) can be this far apart on one march or one toll
    (a,), (b,) = claims.extract(a_text), claims.extract(b_text)
    s = suggest_label(C(a.text, quantities=a.quantities), C(b.text, quantities=b.quantities, document_id=2), 0.8)
    assert s.label == "conflict"


def test_hourly_wages_far_apart_conflict_with_the_gap_in_words():
    a = figure("Their average wage is $34.97 an hour.", "$34.97", "money", 34.97, "USD/hour", counted="hourly wage", side="employer")
    b = figure("Their average wage is $23 an hour.", "$23", "money", 23, "USD/hour", counted="hourly wage", side="union")
    s = suggest_label(a, b, 0.8)
    assert s.label == "conflict"
    assert "same measure (hourly wage, USD/hour): 34.97 vs 23, 34% apart" in s.reasons


def test_figures_of_different_measures_are_not_compared():
    a = figure("The offer is $25 an hour.", "$25", "money", 25, "USD/hour")
    b = figure("The offer is $25 a year more.", "$25", "money", 25, "USD/year")
    assert not any("same measure" in r for r in suggest_label(a, b, 0.8).reasons)


def test_an_offer_that_changed_between_two_dates_is_unverifiable():
    a = C("In 2021 the company offered a 2% raise.", quantities=(
        quantity("In 2021 the company offered a 2% raise.", "2%", "percent", 2, "percent", counted="raise"),
        quantity("In 2021 the company offered a 2% raise.", "2021", "date", 20210000, "date")))
    b = C("In 2023 the company offered a 4% raise.", quantities=(
        quantity("In 2023 the company offered a 4% raise.", "4%", "percent", 4, "percent", counted="raise"),
        quantity("In 2023 the company offered a 4% raise.", "2023", "date", 20230000, "date")), document_id=2)
    s = suggest_label(a, b, 0.9)
    assert s.label == "unverifiable"
    assert any("different dates: 2021 and 2023" in r for r in s.reasons)


@pytest.mark.parametrize("qualifier, low, high", [("approximately", 95, 105), ("more than", 100, 125), ("at most", 75, 100)])
def test_qualifiers_become_intervals(qualifier, low, high):
    q = Quantity("100", 0, 3, "count", 100, "people", qualifier)
    assert interval(q) == pytest.approx((low, high))


# -- polarity: negation and antonyms ----------------------------------------


def test_paying_the_market_rate_against_refusing_to_pay_it_is_two_positions_not_a_conflict():
    a = C("We currently pay these employees the market rate.", side="employer")
    b = C("The workers say the company is refusing to pay them the going rate.", side="union")
    s = suggest_label(a, b, 0.4)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "opposed negation")
    assert any("denies what the other states" in r and "pay" in r for r in s.reasons)


def test_two_parties_positions_with_a_not_are_unverifiable_and_a_clash_of_directions_a_conflict():
    pays = C("We currently pay these employees the market rate.", side="employer")
    refuses = C("The workers say the company is refusing to pay them the going rate.", side="union", document_id=2)
    above = C("Managers say above-market pay is hurting the company.", side="employer")
    not_above = C("The union counters that the company does not pay above its competitors.", side="union",
                  document_id=2)
    negation, directions = suggest_label(pays, refuses, 0.5), suggest_label(above, not_above, 0.5)
    assert (negation.label, directions.label) == ("unverifiable", "conflict")


def test_above_market_pay_against_not_above_conflicts():
    a = C("Managers say above-market pay is hurting the company.", side="employer")
    b = C("The union counters that the company does not pay above its competitors.", side="union")
    s = suggest_label(a, b, 0.6)
    assert s.label == "conflict"
    assert "opposite polarity: 'above-market' / 'not above'" in s.reasons


def test_opposite_words_about_two_different_things_are_no_clash():
    cuts = C("The union said the minister's plan means cuts to classroom support staff.", side="union")
    raise_ = C("The minister said the offer gives workers an increase in hourly pay.", side="employer", document_id=2)
    assert "opposite polarity" not in " ".join(suggest_label(cuts, raise_, 0.6).reasons)
    lower = C("The union said workers' hourly pay would be lower under the offer.", side="union")
    assert "opposite polarity" in " ".join(suggest_label(lower, raise_, 0.6).reasons)


def test_a_clash_without_two_opposing_parties_is_unverifiable():
    a = C("The committee approved the safety proposals.")
    b = C("Management rejected the joint safety recommendation.", side="union")
    s = suggest_label(a, b, 0.5)
    assert s.label == "unverifiable"


def test_cutting_and_lower_pay_for_new_hires_agree():
    a = C("The proposal would pay new hires less than current staff.", side="union")
    b = C("Management proposed slashing wages for new hires.", side="union")
    s = suggest_label(a, b, 0.45)
    assert s.label == "agree"
    assert any(r.startswith("same direction") for r in s.reasons)


def test_plans_said_on_different_days_are_unverifiable_not_a_conflict():
    a = C("Talks are set to resume Thursday.", side="employer", document_id=1)
    b = C("No further talks have been scheduled.", side="union", document_id=2)
    assert suggest_label(a, b, 0.5).label == "unverifiable"


# -- allegation and denial ---------------------------------------------------


def test_an_allegation_and_a_denial_are_unverifiable():
    a = C("The union accused the company of bargaining in bad faith.", side="union", stance="allegation")
    b = C("The company denied negotiating unfairly.", side="employer", stance="denial")
    s = suggest_label(a, b, 0.6)
    assert s.label == "unverifiable"
    assert "allegation and denial" in s.reasons


def test_one_party_disputing_the_others_account_is_unverifiable_not_a_conflict():
    account = C("The district said its offer guarantees a nurse in every school.", side="employer")
    disputed = C("The union disputed that and said the offer does not guarantee a nurse in every school.",
                 side="union", stance="denial")
    s = suggest_label(account, disputed, 0.6)
    assert s.label == "unverifiable" and "disputes the other's account" in s.reasons[-1]
    plain = C("The union said the offer does not guarantee a nurse in every school.", side="union")
    assert suggest_label(account, plain, 0.6).signals["basis"] == "opposed negation"  # two positions, still


def test_an_accusation_against_an_account_of_talks_is_unverifiable():
    a = C("Staff accuse the company of stalling negotiations.", side="union", stance="allegation")
    b = C("We are in bargaining over an initial contract.", side="employer")
    assert suggest_label(a, b, 0.3).label == "unverifiable"


def _extracted(text, document_id):
    claim = claims.extract(text)[0]
    return C(claim.text, claim.side, claim.stance, claim.quantities, document_id)


def test_one_figure_told_twice_in_words_of_two_measures_agrees():
    # "grocery stores" and "stores closed" are no measure of one name, yet 64 of them twice is one fact told twice,
    # even where one telling alleges something besides.
    pickets = _extracted("Pickets stood outside 64 Harbourline grocery stores across Wessex.", 1)
    alleged = _extracted("Porters alleged unfair practices during a strike that closed 64 Harbourline stores in Wessex.", 2)
    s = suggest_label(pickets, alleged, 0.4)
    assert (s.label, s.signals["basis"]) == ("agree", "one figure")
    other = _extracted("Porters alleged unfair practices during a strike that closed 65 Harbourline stores in Wessex.", 2)
    assert suggest_label(pickets, other, 0.4).signals["basis"] != "one figure"


def test_parts_of_two_totals_that_agree_are_not_set_against_each_other():
    forum = _extracted("The Wessex Rights Forum counts 30 dead since March, 21 of them at the hands of the police.", 1)
    officials = _extracted("Officials say at least 29 have died, 8 of them in Harwell.", 2)
    s = suggest_label(forum, officials, 0.7)
    assert s.label == "agree", s.reasons


# -- dates -------------------------------------------------------------------


def test_the_same_expiry_date_agrees():
    a = C("The contract expires September 30.", quantities=(quantity("The contract expires September 30.", "September 30", "date", 930, "date"),))
    b = C("Both agreements expire Sept. 30, 2021.", quantities=(quantity("Both agreements expire Sept. 30, 2021.", "Sept. 30, 2021", "date", 20210930, "date"),), document_id=2)
    s = suggest_label(a, b, 0.5)
    assert s.label == "agree"
    assert any(r.startswith("same date") for r in s.reasons)


def test_different_publication_dates_are_named_and_nothing_at_odds_agrees():
    a = C("The strike is the largest in years.", published="2021-08-01")
    b = C("The strike is the largest in years, organisers say.", published="2023-10-05", document_id=2)
    s = suggest_label(a, b, 0.5)
    assert "different dates: 2021-08-01 and 2023-10-05" in s.reasons
    assert (s.label, s.signals["basis"]) == ("agree", "different dates")


def test_opposite_directions_told_at_two_dates_stay_unverifiable():
    a = C("The committee approved the safety proposals.", published="2021-08-01")
    b = C("Management rejected the joint safety recommendation.", published="2023-10-05", document_id=2)
    s = suggest_label(a, b, 0.5)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "different dates")


def test_a_negation_in_one_telling_without_opposing_parties_agrees():
    # The "no" of one account is no denial of the other: both tell of the deal lapsing.
    a = C("The porters' pay deal lapsed on Friday with no new agreement signed.")
    b = C("The guild has been bargaining since spring for a new agreement to follow the deal that lapses on Friday.",
          document_id=2)
    s = suggest_label(a, b, 0.6)
    assert (s.label, s.signals["basis"]) == ("agree", "clash") and "negation" in s.reasons[-1]


def test_confidence_is_a_probability_and_reasons_are_words():
    s = suggest_label(C("Wages rose."), C("Wages fell.", document_id=2), 0.9)
    assert 0 < s.confidence < 1
    assert all(isinstance(r, str) and r for r in s.reasons)


def test_a_figure_one_side_states_and_the_other_denies_is_unverifiable():
    a = figure("The union contends that the district is holding $38 million in unspent reserves.", "$38 million",
               "money", 38e6, "USD", side="union")
    b = figure("The district does not have $38 million available for raises.", "$38 million", "money", 38e6, "USD",
               side="employer", document_id=2)
    s = suggest_label(a, b, 0.7)
    assert s.label == "unverifiable"
    assert "one side denies the figure the other states" in s.reasons
    same_voice = suggest_label(a, C(b.text, "union", quantities=b.quantities, document_id=2), 0.7)
    assert "one side denies the figure the other states" not in same_voice.reasons  # one voice: no dispute


def test_percentages_tenfold_apart_are_not_one_measure():
    vote = figure("Members had voted 96% in favour of a strike.", "96%", "percent", 96, "percent", side="union")
    offer = figure("The alliance has offered 2%.", "2%", "percent", 2, "percent", side="employer", document_id=2)
    s = suggest_label(vote, offer, 0.5)
    assert not any("same measure" in r for r in s.reasons)
    assert s.label != "conflict"


def test_each_figure_is_matched_once():
    """Repeating the other's $23,800 and adding a rent of $42,000 is agreement, not a contradiction."""
    a = C("Assistants earn $23,800 a year; a single person needs $42,000.", "union", quantities=(
        quantity("Assistants earn $23,800 a year; a single person needs $42,000.", "$23,800 a year", "money", 23800, "USD/year"),
        quantity("Assistants earn $23,800 a year; a single person needs $42,000.", "$42,000", "money", 42000, "USD/year"),
    ))
    b = figure("Its members earn an average of $23,800 a year.", "$23,800 a year", "money", 23800, "USD/year",
               side="union", document_id=2)
    s = suggest_label(a, b, 0.6)
    assert s.label == "agree", s.reasons


def test_classes_and_sections_are_one_count():
    a = figure("More than 1,100 classes were cancelled.", "More than 1,100", "count", 1100, "classes", "more than",
               "classes", side="union")
    b = figure("Just over 400 sections were cancelled.", "Just over 400", "count", 400, "sections", "more than",
               "sections", side="employer", document_id=2)
    s = suggest_label(a, b, 0.5)
    assert s.label == "conflict" and any("same measure" in r for r in s.reasons)


def test_the_parties_figures_at_odds_are_a_conflict_and_an_echo_of_one_agrees():
    union = figure("A cashier makes $17.40 an hour.", "$17.40 an hour", "money", 17.4, "USD/hour", side="union")
    company = figure("The average wage is $21.15 an hour.", "$21.15 an hour", "money", 21.15, "USD/hour",
                     side="employer", document_id=2)
    echo = figure("Cashiers make about $17 an hour.", "about $17 an hour", "money", 17, "USD/hour", "approximately",
                  side="union", document_id=3)
    odds = suggest_label(union, company, 0.4)
    same = suggest_label(union, echo, 0.4)
    assert odds.label == "conflict" and same.label == "agree"
    assert odds.signals["opposed"] and not same.signals["opposed"]


def test_a_strike_held_and_a_strike_planned_are_two_events_not_a_conflict():
    held = figure("The union held a three-day strike last week.", "three-day", "duration", 3, "days", side="union")
    planned = figure("The union has called a seven-day strike for November.", "seven-day", "duration", 7, "days",
                     side="union", document_id=2)
    s = suggest_label(held, planned, 0.7)
    assert s.label == "unverifiable" and any("plan" in r for r in s.reasons)
    again = figure("The union's strike last week lasted four days.", "four days", "duration", 4, "days", document_id=3)
    assert suggest_label(held, again, 0.7).label == "conflict"  # two accounts of the one strike


def test_a_strike_only_made_more_likely_and_the_strike_held_are_two_events():
    likely = figure("A walkout by as many as 9,000 porters now looks more likely.", "as many as 9,000", "count", 9000,
                    "people", "at most")
    held = figure("Some 12,000 porters walked out on Monday.", "Some 12,000", "count", 12000, "people",
                  "approximately", document_id=2)
    s = suggest_label(likely, held, 0.7)
    assert s.label == "unverifiable" and any("plan" in r for r in s.reasons)


def test_what_a_sum_is_spent_on_is_no_direction():
    words = C("\u201cThey are nickel and diming us,\u201d the union president said.", side="union")
    sum_ = figure("The company said it has offered more than $1 million in raises.", "more than $1 million", "money",
                  1e6, "USD", "more than", side="employer", document_id=2)
    assert suggest_label(words, sum_, 0.5).label != "conflict"


def test_two_sides_views_of_one_contract_are_unverifiable_and_say_so():
    union = C("The union's director called the contract a historic win on every issue that mattered.", side="union")
    company = C("A company spokesman said the proposed contract gives it most of what it asked for.",
                side="employer", document_id=2)
    s = suggest_label(union, company, 0.3)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "positions") and "contract" in s.reasons[-1]
    same_side = C("The union's president called the contract a win.", side="union", document_id=3)
    assert suggest_label(union, same_side, 0.3).signals["basis"] != "positions"


def test_raises_for_two_groups_are_unverifiable_not_a_conflict():
    from claims.model import Frame
    from dataclasses import replace as with_

    def for_group(claim, group):
        q = claim.quantities[0]
        frame = Frame(measure="raise agreed", population=group, low=q.value - 0.005, high=q.value + 0.005)
        return with_(claim, quantities=(with_(q, frame=frame),))

    low = for_group(figure("For part-time clerks the raise is 5.1 per cent.", "5.1 per cent", "percent", 5.1,
                           "percent", side="government"), "part-time clerks")
    mean = for_group(figure("It comes to 4.4 per cent for the average clerk.", "4.4 per cent", "percent", 4.4,
                            "percent", side="union", document_id=2), "average clerk")
    s = suggest_label(low, mean, 0.5)
    assert s.label == "unverifiable" and "two groups" in s.reasons[-1]
    same = for_group(mean, "part-time clerks")
    assert suggest_label(low, same, 0.5).label == "conflict"


def test_raises_on_two_bases_are_unverifiable_not_a_conflict():
    from dataclasses import replace as with_

    from claims.model import Frame

    def on_basis(claim, basis):
        q = claim.quantities[0]
        frame = Frame(measure="raise demanded", basis=basis, low=q.value - 0.5, high=q.value + 0.5)
        return with_(claim, quantities=(with_(q, frame=frame),))

    package = on_basis(figure("The port says the union wants a compensation increase of 40 per cent.", "40 per cent",
                              "percent", 40, "percent", side="employer"), "compensation")
    wages = on_basis(figure("The union is asking for a 9 per cent wage increase.", "9 per cent", "percent", 9,
                            "percent", side="union", document_id=2), "wages")
    s = suggest_label(package, wages, 0.5)
    assert s.label == "unverifiable" and "two bases (compensation / wages)" in s.reasons[-1]
    assert suggest_label(package, on_basis(wages, "compensation"), 0.5).label == "conflict"


def test_a_yearly_raise_and_a_total_over_the_contract_are_two_terms_not_a_conflict():
    import claims

    def said(text, document_id):
        claim = claims.extract(text)[0]
        return C(claim.text, claim.side, quantities=claim.quantities, document_id=document_id)

    yearly = said("The Harbour Workers Union wants an 11.7 per cent raise each year.", 1)
    total = said("The minister said the Harbour Workers Union demanded a 50 per cent raise over four years.", 2)
    s = suggest_label(yearly, total, 0.5)
    assert s.label == "unverifiable" and "two bases (a year / over four years)" in s.reasons[-1]
    annual = said("The minister said the Harbour Workers Union demanded 20 per cent annually.", 2)
    assert suggest_label(yearly, annual, 0.5).label == "conflict"


def test_two_outlets_counts_of_one_strike_weeks_apart_still_clash_unless_the_claims_date_them():
    early = figure("Classes were called off for some 400,000 students.", "some 400,000", "count", 400000, "people",
                   "approximately", "students", published="2025-10-17")
    late = figure("More than 300,000 students felt the effects.", "300,000", "count", 300000, "people", "exact",
                  "students", published="2025-11-16", document_id=2)
    assert suggest_label(early, late, 0.5).label == "conflict"
    # Dates the claims themselves state are another matter: the count may have changed in between.
    dated_early = replace(early, quantities=early.quantities + (quantity("on Oct. 17", "Oct. 17", "date", 20251017, "date"),),
                          text="On Oct. 17 classes were called off for some 400,000 students.")
    dated_late = replace(late, quantities=late.quantities + (quantity("on Nov. 16", "Nov. 16", "date", 20251116, "date"),),
                         text="On Nov. 16 more than 300,000 students felt the effects.")
    assert suggest_label(dated_early, dated_late, 0.5).label == "unverifiable"


def test_two_outlets_telling_one_event_alike_agree_and_two_parties_in_one_article_do_not():
    a = C("The marchers set up tents in the park beside parliament.", document_id=1)
    b = C("Volunteers began pitching a tent camp in the park near parliament.", document_id=2)
    assert suggest_label(a, b, 0.55).label == "agree"
    assert suggest_label(a, b, 0.3).label == "unverifiable"  # too unlike to be one account
    union, employer = replace(a, side="union"), replace(b, side="employer")
    assert suggest_label(union, employer, 0.55).label == "agree"  # two articles give each side's words alike
    assert suggest_label(union, employer, 0.3).label == "unverifiable"
    employer_beside = replace(employer, document_id=1)  # one article setting the two sides' words side by side
    assert suggest_label(union, employer_beside, 0.55).label == "unverifiable"


def said(text, document_id):
    """A claim as extraction reads it, figures framed."""
    import claims

    return C(text, quantities=claims.extract(text)[0].quantities, document_id=document_id)


def test_figures_at_odds_that_name_no_measure_are_no_conflict():
    bare = said("By Friday the tally had reached 300, the monitor said.", 1)
    other = said("On Saturday the count was 120, the monitor said.", 2)
    s = suggest_label(bare, other, 0.7)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "unnamed measure")
    added = said("Another 120 were added to the tally on Saturday.", 2)  # on top of a total: none to set against it
    assert suggest_label(bare, added, 0.7).label != "conflict"
    # figures of one named measure still clash
    crowd = said("Some 90,000 people marched to Lakeport on Saturday.", 1)
    assert suggest_label(crowd, said("Some 200,000 people marched on Saturday evening.", 2), 0.7).label == "conflict"


def test_an_order_of_magnitude_settles_no_count_outside_it_and_reads_as_consistent_with_it():
    rough = said("Tens of thousands of people marched to Lakeport on Saturday.", 1)
    count = said("Some 200,000 people marched on Saturday evening.", 2)
    s = suggest_label(rough, count, 0.7)
    assert (s.label, s.signals["basis"]) == ("agree", "rough figures")
    assert any("tens of thousands" in r.lower() for r in s.reasons)
    # A count against a count still clashes.
    assert suggest_label(said("Some 90,000 people marched to Lakeport on Saturday.", 1), count, 0.7).label == "conflict"


def test_sums_the_texts_do_not_name_clash_with_nothing_where_the_figures_they_share_agree():
    first = C("A strike would cost $60 million on the first day and $90 million on the second.",
              quantities=(quantity("A strike would cost $60 million on the first day and $90 million on the second.",
                                   "$60 million", "money", 60e6, "USD"),
                          quantity("A strike would cost $60 million on the first day and $90 million on the second.",
                                   "$90 million", "money", 90e6, "USD")))
    text = "The analysis put the first day at approximately $60 million, made up of $30.9 million in lost freight."
    parts = C(text, document_id=2, quantities=(quantity(text, "approximately $60 million", "money", 60e6, "USD", "approximately"),
                                               quantity(text, "$30.9 million", "money", 30.9e6, "USD")))
    s = suggest_label(first, parts, 0.6)
    assert s.label == "agree"
    assert any("parts or other sums" in r for r in s.reasons)


def _claim(text, side="analyst", document_id=1):
    import claims
    [found] = claims.extract(text)
    return C(found.text, side=side, quantities=found.quantities, document_id=document_id)


def test_two_estimates_of_what_a_strike_costs_are_unverifiable_unless_the_parties_give_them():
    so_far = _claim("Economists say the strike has already cost Lakeport about $3 billion.")
    projected = _claim("If the strike runs to October, the cost could climb upwards of $5 billion, economists said.",
                       document_id=2)
    s = suggest_label(so_far, projected, 0.6)
    assert s.label == "unverifiable" and any("two estimates" in r for r in s.reasons)
    # the two sides' own costings of one proposal at odds are the dispute itself
    union = replace(_claim("The union estimated the plan would cost $500 million a year."), side="union")
    studios = replace(_claim("The studios estimated the plan would cost $800 million a year.", document_id=2),
                      side="employer")
    assert suggest_label(union, studios, 0.6).label == "conflict"
    # a sixth of the other is no second reckoning of one cost: the clash stands
    small = _claim("Economists estimate the strike could cost $1 billion.", document_id=3)
    large = _claim("Economists estimate the strike could cost $6 billion.", document_id=4)
    assert suggest_label(small, large, 0.6).label == "conflict"


def test_a_part_of_a_total_set_against_a_total_is_no_conflict():
    total = _claim("Rights groups say 33 people have been killed during the protests.")
    part = _claim("Lakeport accounts for 21 of these deaths, most of them in the first week.", document_id=2)
    s = suggest_label(total, part, 0.6)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "part and whole")
    # two totals at odds still clash
    other = _claim("The ministry says 27 people have been killed during the protests.", document_id=3)
    assert suggest_label(total, other, 0.6).label == "conflict"
    # two counts a sentence adds up ("29 marchers and two officers") are each a part of its toll
    groups = _claim("The ministry said 29 marchers and two officers were killed.", document_id=4)
    s = suggest_label(total, groups, 0.6)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "part and whole")
    # "12 of the arrests" refers back to a total of arrests
    arrests = _claim("Officials said police had arrested 52 people in the protests.")
    in_lakeport = _claim("Lakeport saw 17 of the arrests, the same official said.", document_id=2)
    s = suggest_label(arrests, in_lakeport, 0.6)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "part and whole")


def test_one_days_toll_set_against_a_toll_kept_since_the_unrest_began_is_no_conflict():
    running = _claim("The Harwell Rights Centre says 64 marchers have died since the curfew began.")
    one_day = _claim("Troops shot dead at least 9 marchers in Lakeport on Thursday.", document_id=2)
    s = suggest_label(running, one_day, 0.6)
    assert (s.label, s.signals["basis"]) == ("unverifiable", "part and whole")
    # a day's toll larger than the running one still clashes with it
    larger = _claim("Troops shot dead at least 90 marchers in Lakeport on Thursday.", document_id=3)
    assert suggest_label(running, larger, 0.6).label == "conflict"


def test_a_starting_salary_and_a_top_salary_are_pay_of_two_groups():
    starting = _claim("First-year teachers will see their starting salaries rise to $48,210.")
    top = _claim("Teachers will also be able to reach a top salary of $91,400 after 20 years.", document_id=2)
    s = suggest_label(starting, top, 0.6)
    assert s.label == "unverifiable" and any("two groups" in r for r in s.reasons)
    other = _claim("The deal sets a starting salary of $47,900 for new teachers.", document_id=3)
    assert suggest_label(starting, other, 0.6).label == "conflict"


def test_what_a_strike_has_cost_told_days_later_and_higher_is_the_same_tally_grown():
    def told(text, published, document_id):
        return replace(_claim(text, side="reporter", document_id=document_id), published=published)

    early = told("The stoppage has cost Corvane Motors $120 million in lost sales.", "2024-08-01", 1)
    later = told("The walkouts have cost Corvane Motors $210 million in lost sales.", "2024-08-20", 2)
    s = suggest_label(early, later, 0.8)
    assert s.label == "unverifiable" and any("what it has cost grows" in r for r in s.reasons)
    # a lower sum told later is no tally grown: the two clash
    lower = told("The walkouts have cost Corvane Motors $90 million in lost sales.", "2024-08-20", 2)
    assert suggest_label(early, lower, 0.8).label == "conflict"


def test_goods_not_made_counted_in_cars_and_in_vehicles_are_one_figure():
    cars = _claim("The strike has meant a production loss of 12,000 cars at Corvane Motors.", side="reporter")
    vehicles = _claim("Stoppages have kept Corvane Motors from building 12,000 vehicles.", side="reporter", document_id=2)
    s = suggest_label(cars, vehicles, 0.6)
    assert s.label == "agree" and s.signals["measures"] == 1


@pytest.mark.parametrize("earlier", [
    "Before that, Lakeport officials had said 19 marchers were killed.",
    "Lakeport officials had initially put the number of marchers killed at 19.",
    "An earlier count from Lakeport officials put the number of marchers killed at 19.",
])
def test_a_figure_told_as_an_earlier_one_is_no_conflict_with_a_later_count(earlier):
    later = _claim("Twenty-three marchers were killed in the unrest, Lakeport officials said.", side="reporter", document_id=2)
    s = suggest_label(_claim(earlier, side="reporter"), later, 0.7)
    assert s.label == "unverifiable" and any("told as an earlier one" in r for r in s.reasons)
    told_now = _claim("Lakeport officials said 19 marchers were killed.", side="reporter")
    assert suggest_label(told_now, later, 0.7).label == "conflict"


def test_pay_lifted_for_two_groups_on_one_scale_is_no_conflict():
    night = _claim("The deal lifts pay for night porters from $41,000 to $45,500.", side="employer")
    top = _claim("The deal lifts pay at the top of the porters' pay scale from $70,500 to $79,000.", side="employer",
                 document_id=2)
    s = suggest_label(night, top, 0.6)
    assert s.label == "unverifiable" and any("two groups" in r for r in s.reasons)
