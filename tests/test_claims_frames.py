"""Frames: whose figure it is, what it measures, the period it holds for and the interval it states."""
import pytest

import claims
from claims.frames import interval


def figure(found, text):
    for claim in found:
        for q in claim.quantities:
            if q.text == text:
                return claim, q
    raise AssertionError([(c.text, [q.text for q in c.quantities]) for c in found])


def assert_offsets(document, found):
    for claim in found:
        assert document[claim.start:claim.end] == claim.text
        for q in claim.quantities:
            assert claim.text[q.start:q.end] == q.text


# --- intervals -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "value, qualifier, text, low, high",
    [
        (91, "exact", "91%", 90.5, 91.5),  # a round figure covers its rounding
        (91.3, "exact", "91.3%", 91.25, 91.35),  # a precise one only its last digit
        (1.1e6, "exact", "1.1 million", 1.05e6, 1.15e6),
        (8000, "exact", "8,000", 7600, 8400),  # a round figure covers at most 5% either way
        (1e6, "exact", "1 million", 950_000, 1_050_000),  # written with its scale or in words alike
        (1e6, "approximately", "about a million", 950_000, 1_050_000),
        (8000, "at most", "as many as 8,000", 0.0, 8000),
        (8000, "more than", "more than 8,000", 8000, None),
        (8000, "less than", "fewer than 8,000", 0.0, 8000),
        (47000, "approximately", "about 47,000", 46500, 47500),  # a count about a number: that number's rounding
        (9, "approximately", "nearly 9%", 8.5, 9),
        (40000, "approximately", "almost 40,000", 38000, 40000),  # a round figure: a twentieth at most  # nearly: under the figure, not around it
        (27.5, "exact", "$27.50", 27.495, 27.505),
    ],
)
def test_interval_from_qualifier_and_stated_precision(value, qualifier, text, low, high):
    got = interval(value, qualifier, text)
    assert got[0] == pytest.approx(low) if low is not None else got[0] is None
    assert got[1] == pytest.approx(high) if high is not None else got[1] is None


def test_about_a_count_covers_its_rounding_and_about_a_share_one_unit_of_its_last_digit():
    porters, striking = interval(2300, "approximately", "about 2,300", "count"), interval(2200, "exact", "2,200", "count")
    assert porters == (2250, 2350) and striking[1] <= porters[0]  # two counts of the porters: a conflict
    assert interval(96, "approximately", "about 96%", "percent") == (95, 97)  # meets "nearly 97%"


def test_as_many_as_and_more_than_the_same_number_only_touch():
    _, upper = interval(8000, "at most", "as many as 8,000")
    lower, _ = interval(8000, "more than", "more than 8,000")
    assert upper <= lower


def test_a_precise_figure_sits_inside_its_rounded_one_and_not_the_next():
    low, high = interval(91, "exact", "91%")
    low2, high2 = interval(91.3, "exact", "91.3%")
    assert low <= low2 < high2 <= high
    assert interval(92, "exact", "92%")[0] >= high


# --- owners ----------------------------------------------------------------------------------------------------

def test_an_offer_reported_in_the_outlets_voice_is_the_offerers():
    document = "The Harbor Freight Company said talks would resume. The carrier proposed raising pay 9% over three years."
    claim, q = figure(claims.extract(document), "9%")
    assert q.frame.owner_side == "employer" and claim.side == "employer"
    assert q.frame.measure == "raise offered"


def test_a_demand_reported_in_the_outlets_voice_is_the_guilds():
    document = "Members of the Screen Animators Guild met on Monday. The guild is seeking 15% over three years."
    claim, q = figure(claims.extract(document), "15%")
    assert claim.side == "union" and q.frame.measure == "raise demanded"


@pytest.mark.parametrize("refusal, text", [
    ("Harbourline has refused to go above 3% in the talks.", "above 3%"),
    ("The port authority told the union it would not go beyond 3%.", "beyond 3%"),
    ("Harbourline says it won't go above 3% this year.", "above 3%"),
])
def test_the_most_a_party_will_go_to_is_an_offers_ceiling(refusal, text):
    document = f"Dock workers of the Harbour Workers Union struck at Harbourline on Monday. {refusal}"
    _, q = figure(claims.extract(document), text)
    assert (q.frame.measure, q.qualifier, q.frame.high) == ("raise offered", "at most", 3)


def test_according_to_the_union_a_vote_is_the_unions():
    claim, q = figure(claims.extract("According to the union, 91.3% of members voted to reject the deal."), "91.3%")
    assert claim.side == "union"
    assert q.frame.measure == "vote to reject"
    assert (q.frame.low, q.frame.high) == pytest.approx((91.25, 91.35))


def test_a_possessive_position_names_its_owner():
    document = "Talks with the province stalled. The province's opening proposal had been two per cent a year."
    claim, q = figure(claims.extract(document), "two per cent")
    assert claim.side == "employer"  # the province bargains with the union here: it is the employer
    assert q.frame.owner == "The province"


def test_a_party_that_speaks_owns_the_figure_it_reports_of_the_other():
    document = (
        "The Riverton Teachers Union and the Riverton School District have bargained since May. "
        "Dana Cole, president of the Riverton Teachers Union, said the district offered a raise of 2% a year."
    )
    claim, q = figure(claims.extract(document), "2%")
    assert claim.side == "union" and q.frame.owner_side == "union"


# --- sides of parties that are not a union or an employer ---------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, figure_text, side",
    [
        ("Police put the crowd at 80,000.", "80,000", "police"),
        ("Organisers said 250,000 marched in the capital.", "250,000", "organizers"),
        # a body that exists to campaign, by what its name says it is, and the person who speaks for it
        ("Thousands marched on Sunday.\n\nAccording to Ada Quill of the Clean Harbour Front, the group counted "
         "210,000 marchers.", "210,000", "organizers"),
        ("The Lakeport Fair Rent Movement said 12,000 people joined the rally.", "12,000", "organizers"),
        ("The interior ministry counted 1.28 million protesters nationwide.", "1.28 million", "police"),
        # a national police named as a security directorate
        ("The General Directorate of Public Security said 31 officers had been hurt.", "31", "police"),
        ("The security directorate said 14 people had been arrested in Lakeport.", "14", "police"),
        ("Economists at the Pelham Institute estimated the walkout cost $25 million a day.", "$25 million a day", "analyst"),
        ("A state-appointed fact-finder recommended a 6% raise.", "6%", "analyst"),
        ("The transport ministry said 120 trains ran on Saturday.", "120", "government"),
        # a governor or senator known by the title's short form, later by surname alone
        ("Lakeport Gov. Ada Quill met the dockers' union on Monday.\n\nAccording to Quill, 4,000 port jobs are at "
         "stake.", "4,000", "government"),
        ("Sen. Rafe Mott spoke on Monday.\n\nMott said the port would lose $2 million a day.", "$2 million a day",
         "government"),
        # an estimate the outlet goes on to give without its estimator, after the estimator's own, in one paragraph
        ("Porters struck against Harbour Rail.\n\nPelham Economic Group said the second week cost more.\n\nAn "
         "earlier Pelham Economic Group analysis put costs in the first week at $572 million. Further losses for "
         "suppliers and for workers in Lakeport were estimated at $144 million and $25 million, respectively.",
         "$144 million", "analyst"),
        # those who record what a state does to its people keep a count of their own, even when the state funds them
        ("Marchers filled the square in Corvane.\n\nThe publicly funded Corvane Commission on Human Rights counted "
         "14 dead in the clashes.", "14", "analyst"),
        ("According to the Harwell Rights Watchdog, at least nine marchers were shot.", "at least nine", "analyst"),
        ("Two rights groups put the death toll at 17.", "17", "analyst"),
        # those who serve a head of state speak for the government; a union president's staff do not
        ("Ada Quill, the new president's chief of staff, said about 900 marchers reached the bridge.", "about 900",
         "government"),
        ("Ada Quill, the union president's chief of staff, said about 900 members walked out.", "about 900",
         "union"),
        # a police force that discloses its figure states it
        ("The Lakeport police disclosed on Friday that 40 of its officers were injured.", "40", "police"),
        # official statistics and the offices that keep them, whatever their names say of labour
        ("Federal data show that ports handle 40% of the country's trade.", "40%", "government"),
        ("According to the Lakeport Office for National Statistics, 843,000 working days were lost.", "843,000",
         "government"),
        ("Figures from the Bureau of Labor Statistics show 33 major stoppages began last year.", "33", "government"),
        # what became of a statement, or who passed it on, set between it and its verb
        ("A Lakeport health ministry report, since withdrawn, said at least 52 marchers had died.", "at least 52",
         "government"),
        ("A bulletin from the Lakeport health ministry, cited by local radio, said 9 people were treated.", "9",
         "government"),
        # a firm that reckons for others, by its name or by what the text says it does, and the people who speak for it
        ("Harbour Rail porters struck against Harbour Rail.\n\nEstimates released by Pelham Economic Group put the "
         "cost at $1.25 billion.", "$1.25 billion", "analyst"),
        ("Harbour Rail porters struck against Harbour Rail.\n\nBo Lind, principal and CEO of Pelham Economic Group, "
         "said the second week cost $600 million.", "$600 million", "analyst"),
        ("Harbour Rail porters struck against Harbour Rail.\n\nEstimates by Bo Lind of the economic analysis and "
         "modeling company Pelmo put the fallout at $1 billion.\n\nLind calculates that $700 million of it is in "
         "Lakeport.", "$700 million", "analyst"),
    ],
)
def test_police_organisers_analysts_and_governments_are_their_own_parties(sentence, figure_text, side):
    claim, q = figure(claims.extract(sentence), figure_text)
    assert claim.side == side and q.frame.owner_side == side


def test_a_government_that_bargains_is_the_employer_otherwise_the_government():
    bargaining = "Bargaining with the government broke down. The minister said the offer was worth 3 per cent."
    marching = "Thousands marched against the reform. The minister said 3 per cent of schools closed."
    assert figure(claims.extract(bargaining), "3 per cent")[0].side == "employer"
    assert figure(claims.extract(marching), "3 per cent")[0].side == "government"


@pytest.mark.parametrize(
    "context, side",
    [
        # Talks over a law do not make the government an employer...
        ("Talks between the government and the unions over the pension reform broke down.", "government"),
        ("The unions held negotiations with the government on the retirement age.", "government"),
        ("The government's proposal to raise the retirement age to 64 angered the unions.", "government"),
        # ...a labour dispute with it, contract talks or an offer of pay do.
        ("Students could miss school because of a labour dispute between the state government and the union.",
         "employer"),
        ("The province offered her coworkers a raise of one dollar an hour.", "employer"),
        ("Contract talks with the province resumed on Monday.", "employer"),
    ],
)
def test_a_government_is_the_employer_only_where_it_pays_the_workers(context, side):
    found = claims.extract(f"{context} The minister said 3 per cent of schools closed.")
    assert figure(found, "3 per cent")[0].side == side


def test_an_acronym_a_union_is_known_by_is_labour_not_an_employer():
    document = (
        "The Canadian Union of Postal Clerks (CUPC) served a strike notice. "
        "Some 9,000 CUPC workers could walk out. According to CUPC, 95% of members backed a strike."
    )
    claim, _ = figure(claims.extract(document), "95%")
    assert claim.side == "union"


def test_an_organisation_whose_members_ratify_is_a_union():
    document = "OPWA members must still vote to ratify the deal. According to OPWA, the raise is 3.5% a year."
    claim, _ = figure(claims.extract(document), "3.5%")
    assert claim.side == "union"


def test_a_person_described_after_a_plural_role_takes_its_side():
    document = (
        "Two crowd scientists at Westbrook University, Anna Lind and Pavel Sorokin, estimated that 160,000 people "
        "stood on the square."
    )
    claim, _ = figure(claims.extract(document), "160,000")
    assert claim.side == "analyst"


# --- one claim per owner -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, owners",
    [
        # An owner written right after its figure is that figure's, whoever speaks the sentence.
        ("In Lakeport, the figures were 40,000 (unions) and 8,700 (police).", {"40,000": "union", "8,700": "police"}),
        ("The turnout was 1.2 million according to the ministry and 3.1 million according to the Harbor Workers Union.",
         {"1.2 million": "government", "3.1 million": "organizers"}),  # a union's turnout: its march's
        ("Police counted 57,000 in Lakeport, against 400,000 according to the organisers.",
         {"57,000": "police", "400,000": "organizers"}),
        ("The ministry gave a figure of 740,000, well below the 2 million put forward by the unions.",
         {"740,000": "government", "2 million": "union"}),
        ("Police estimated the crowd at 20,000, while organisers said 80,000 took part.",
         {"20,000": "police", "80,000": "organizers"}),
        ("The 1.28 million counted by the ministry was the highest yet.", {"1.28 million": "government"}),
        ("The unions, who claimed 3.5 million, called a new day of action.", {"3.5 million": "union"}),
        ("The organisers' figure of 3.5 million was far above the police estimate.", {"3.5 million": "organizers"}),
        ("Teachers would get a 6% raise under the district's plan.", {"6%": "employer"}),
        ("The district's negotiator said it cannot afford the 6.5% raise the union wants.", {"6.5%": "union"}),
        ("Porters left work on Friday in what the Harbour Porters Association says will be a five-day strike.",
         {"a five-day": "union"}),
        # A count's owner after "for", a gapped clause's subject, and the party that puts a figure on "a figure".
        ("Police counted 57,000 marchers, against 400,000 for the organisers.", {"57,000": "police", "400,000": "organizers"}),
        ("Police counted 57,000 people and the organisers 400,000.", {"57,000": "police", "400,000": "organizers"}),
        ("According to the organisers, 400,000 marched in Lakeport, a figure the police put at 57,000.",
         {"400,000": "organizers", "57,000": "police"}),
        # A party named before its count, another's count set against it, a gapped clause after a comma.
        ("In Lakeport the police headcount was 57,000, while the organisers claimed 400,000.",
         {"57,000": "police", "400,000": "organizers"}),
        ("The police tally of 57,000 was well below the 400,000 claimed by the organisers.",
         {"57,000": "police", "400,000": "organizers"}),
        ("Police estimated the crowd at 57,000, the organisers at 400,000.", {"57,000": "police", "400,000": "organizers"}),
        ("Turnout was 1.27 million nationwide by the ministry's count.", {"1.27 million": "government"}),
        ("Police said 57,000 marched in Lakeport, organisers 400,000.", {"57,000": "police", "400,000": "organizers"}),
        ("The organisers spoke of 400,000 demonstrators in Lakeport.", {"400,000": "organizers"}),
        # A bracketed figure with its own source, a "with X claiming" clause, "X, which said", a bare count possessed.
        ("In Lakeport, 400,000 marched according to the organisers (57,000 according to police).",
         {"400,000": "organizers", "57,000": "police"}),
        ("The protests drew 1.28 million people, with the organisers claiming 3.5 million.",
         {"1.28 million": "reporter", "3.5 million": "organizers"}),
        ("The organisers, who said 3.5 million people marched, called for more strikes.", {"3.5 million": "organizers"}),
        ("The organisers counted more than 2 million marchers, well above the police's 963,000.",
         {"more than 2 million": "organizers", "963,000": "police"}),
        # A live report's "Source: figure" line, a subject with a relative clause, an appositive naming the count's party.
        ("Organisers: 3.5 million demonstrators across the country.", {"3.5 million": "organizers"}),
        ("The organisers, which called the marches, counted 3.5 million.", {"3.5 million": "organizers"}),
        ("Nearly 3.5 million people took part, the organisers' highest figure yet.",
         {"Nearly 3.5 million": "organizers"}),
        # A party before its bracketed count; a plural possessive on a bare count after "well short of".
        ("The police count of marchers (57,000) was far below that of the organisers (400,000).",
         {"57,000": "police", "400,000": "organizers"}),
        ("Police counted 57,000 marchers, well short of the organisers' 400,000.",
         {"57,000": "police", "400,000": "organizers"}),
        # An organisation the article does not place, counting a march against the police, is its organiser.
        ("Police said 93,000 people marched in Lakeport, where the HFU counted 500,000.",
         {"93,000": "police", "500,000": "organizers"}),
        ("Police said 93,000 people marched in Lakeport \u2014 the HFU said 500,000.",
         {"93,000": "police", "500,000": "organizers"}),
        ("Police counted 93,000 marchers in Lakeport (the HFU said 500,000).", {"93,000": "police", "500,000": "organizers"}),
        ("The interior ministry counted 1.28 million marchers nationwide, and the HFU more than 3.5 million.",
         {"1.28 million": "police", "more than 3.5 million": "organizers"}),
        ("Police reported 1.28 million demonstrators and the unions, 3.5 million.",
         {"1.28 million": "police", "3.5 million": "organizers"}),
        ("The labour ministry counted 1.1 million marchers, where the HFU counted 3 million.",
         {"1.1 million": "government", "3 million": "organizers"}),
        # An outlet that reports the police's count counts for no side.
        ("The Lakeport Times reported that police put the crowd closer to 500,000, while the organisers gave 750,000.",
         {"closer to 500,000": "police", "750,000": "organizers"}),
        ("The interior ministry counted 1.28 million marchers; the HFU, for its part, counted 3.5 million.",
         {"1.28 million": "police", "3.5 million": "organizers"}),
    ],
)
def test_each_figure_belongs_to_the_owner_named_beside_it(sentence, owners):
    found = claims.extract(sentence)
    for text, side in owners.items():
        claim, q = figure(found, text)
        assert (q.frame.owner_side, claim.side) == (side, side), text


def test_two_owners_in_one_sentence_give_two_claims_with_exact_offsets():
    document = "Intro line here.\nPolice put the crowd at 80,000, while organisers claimed 200,000 marched."
    found = claims.extract(document)
    assert_offsets(document, found)
    police, q1 = figure(found, "80,000")
    organisers, q2 = figure(found, "200,000")
    assert police is not organisers
    assert (police.side, organisers.side) == ("police", "organizers")
    assert q1.frame.measure == q2.frame.measure == "crowd size"


def test_a_bare_count_after_another_measures_the_same():
    found = claims.extract("The interior ministry counted 1.28 million protesters, while the CGT union claimed 3.5 million.")
    _, second = figure(found, "3.5 million")
    assert second.frame.measure == "crowd size" and second.frame.owner_side == "organizers"


@pytest.mark.parametrize("later", [
    "The labour ministry's figure was 610,000.",
    "Police put the number far lower, at 600,000.",
])
def test_a_bare_count_given_as_the_figure_counts_what_an_earlier_sentence_counted(later):
    found = claims.extract(f"The HFU said 1.4 million people marched in Lakeport on Thursday.\n\n{later}")
    _, q = figure(found, next(w.rstrip(".,") for w in later.split() if w[0].isdigit()))
    assert q.frame.measure == "crowd size"


@pytest.mark.parametrize("text, figure_text", [
    ("Unions vow more strikes after a million-strong march in Lakeport.", "a million"),
    ("A 50,000-strong crowd rallied outside Harwell town hall.", "50,000"),
    # a bare estimate of the police or of the organisers, with no count named before it: they count crowds
    ("The police offered a conservative estimate of 95,000.", "95,000"),
    ("The organisers' own figure was 410,000.", "410,000"),
])
def test_a_crowd_so_many_strong_or_a_bare_estimate_of_those_who_count_crowds_is_a_crowd_size(text, figure_text):
    _, q = figure(claims.extract(text), figure_text)
    assert q.frame.measure == "crowd size"


def test_a_bare_count_that_refers_to_nothing_earlier_stays_bare():
    found = claims.extract("The ministry's figure was 610,000.")
    _, q = figure(found, "610,000")
    assert q.frame.measure != "crowd size"


def test_a_bare_percentage_after_a_raise_measures_the_raise():
    found = claims.extract("The county offered 3 percent to clerks earning under $50,000 and 2 percent to the rest.")
    _, second = figure(found, "2 percent")
    assert second.frame.measure == "raise offered"
    found = claims.extract("The union said each member gets a raise of $2 an hour, or 4.1 percent, under the deal.")
    _, percent = figure(found, "4.1 percent")
    assert percent.frame.measure.startswith("raise")


def test_a_bare_percentage_with_nothing_before_it_stays_a_percentage():
    found = claims.extract("The survey found that 64 percent of parents backed the teachers, the paper reported.")
    _, only = figure(found, "64 percent")
    assert not only.frame.measure.startswith("raise")


@pytest.mark.parametrize(
    "sentence, figure_text, side",
    [
        ("A new analysis from Lakeport Aerial Mapping Service gives a firm estimate: 52,000 people.", "52,000", "analyst"),
        ("The count sits near an earlier tally of 48,000 from a Dutch group that the paper hired.", "48,000", "analyst"),
        ("A study by the union found that 30% of members earn less than $20 an hour.", "30%", "union"),
        ("An estimate from the interior ministry put the crowd at 20,000.", "20,000", "police"),
        ("Some 170,000 filled Main Street for the weekly rally, by the estimates of the Verdant Counting firm that a news "
         "channel cited.", "Some 170,000", "analyst"),
        ("Some 20,000 marched in Lakeport, by the count of the police.", "Some 20,000", "police"),
        ("About 900 nurses walked out, according to a count by Channel 9 reporters on the picket lines.", "About 900",
         "reporter"),
    ],
)
def test_the_author_of_an_analysis_or_tally_owns_its_figure(sentence, figure_text, side):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.owner_side == side


def test_the_head_of_an_organisation_speaks_for_it():
    document = ("The dockers' union NDWU called a strike on Monday. Olsen, the head of the NDWU, said members want "
                "a raise of 600 kroner a month.")
    said = [c for c in claims.extract(document) if "600" in c.text]
    assert said and said[0].side == "union"


def test_a_person_of_a_place_keeps_the_side_their_description_gives():
    found = claims.extract("Ada Quill of Lakeport, who speaks for the union, said the city offered a raise of $900 a year.")
    assert found[0].side == "union"


def test_an_acronym_beside_the_word_union_is_a_union_for_the_rest_of_the_article():
    document = ("The dockers' NDWU union called a strike. Port operator Baltic Quay said most berths stayed open. "
                "The NDWU said 4,000 members walked out. The SPL, Norway's largest union, backed them. "
                "The SPL said 1,200 of its members joined.")
    found = {c.text: c.side for c in claims.extract(document)}
    assert found["The NDWU said 4,000 members walked out."] == "union"
    assert found["The SPL said 1,200 of its members joined."] == "union"


def test_a_sentence_that_sets_the_outlets_figure_beside_one_partys_is_that_partys_claim():
    found = claims.extract("The count sits within 10 percent of an earlier tally of 48,000 from a Dutch research group.")
    assert figure(found, "48,000")[0].side == "analyst"


def test_a_time_before_the_subject_is_no_part_of_the_owner():
    found = claims.extract("On Saturday the ministry claimed that 42,000 people had marched.")
    assert found[0].speaker.lower() == "the ministry"


@pytest.mark.parametrize(
    "sentence, figure_text, place",
    [
        ("In Lyon, police counted 19,000 marchers; the unions put the figure at 70,000.", "70,000", "Lyon"),
        ("Some 1.1 million people marched across Spain, including 81,000 in Madrid, the ministry said.", "81,000",
         "Madrid"),
        ("Some 1.1 million people marched across Spain, including 81,000 in Madrid, the ministry said.",
         "Some 1.1 million", "nationwide"),
        ("Between 50,000 and 75,000 people filled downtown Portland on Saturday.", "75,000", "Portland"),
        ("Across the country, 300,000 marched, the ministry said.", "300,000", "nationwide"),
        ("Nationwide, the unions counted 2 million strikers.", "2 million", "nationwide"),
        ("In January, 5,000 nurses struck.", "5,000", ""),
        ("The union said 5,000 nurses struck.", "5,000", ""),
        ("Lakeport police put the crowd at 9,000.", "9,000", "Lakeport"),
        ("A spokesman for the Harbor City Fire Department put the crowd at about 4,000.", "about 4,000", "Harbor City"),
        ("The police said 5,000 marched.", "5,000", ""),
        # The place a crowd fills is nearer the count than a place named clauses before it.
        ("Beside the march in Harwell, believed to have drawn some 90,000 on its last leg, some 170,000 demonstrators "
         "filled Lakeport's Main Street.", "some 170,000", "Lakeport"),
    ],
)
def test_a_figure_holds_where_its_sentence_says(sentence, figure_text, place):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.place == place


# --- measures ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence, figure_text",
    [
        ("About 7,400 employees walked off the job on Monday.", "About 7,400"),
        ("The strike by 7,400 information technology workers entered its third day.", "7,400"),
        ("Some 7,400 healthcare IT workers are on strike.", "Some 7,400"),
    ],
)
def test_different_wordings_of_one_strike_count_share_a_measure(sentence, figure_text):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == "workers on strike"


@pytest.mark.parametrize(
    "sentence, figure_text, measure, period",
    [
        ("Drivers earn $27.50 an hour on average.", "$27.50 an hour", "hourly wage", "an hour"),
        ("The strike costs the city $2 million a day.", "$2 million a day", "cost per day", "a day"),
        ("The chain said 45 stores closed on the first day.", "45", "stores closed", ""),
        ("About 55,000 postal workers went on strike on Friday.", "About 55,000", "workers on strike", ""),
        ("The union wants a 35-hour week for station staff.", "35-hour", "working week", ""),
        # the head of the phrase a duration is of, past the words that qualify it
        ("Members ratified a five-year labor agreement on Friday.", "a five-year", "contract length", ""),
        ("The five-year collective agreement was signed on Friday.", "five-year", "contract length", ""),
        ("Drivers began a 24-hour general strike on Monday.", "24-hour", "strike length", ""),
        ("Porters will stage a 48-hour withdrawal of their labour from Monday.", "48-hour", "strike length", ""),
        ("The new contract with the HDU runs for four years.", "four years", "contract length", ""),
        # a strike notice warns of a strike: its days are no strike's length
        ("Porters handed 12-day strike notices to four depots.", "12-day", "notice length", ""),
        ("The guild gave 48 hours' notice of its walkout.", "48 hours", "notice length", ""),
        ("Talks ran for five days.", "five days", "duration", ""),
        # a span of talks is no strike's length, whatever strike the sentence names
        ("The porters rejected an offer worth 5% after three months of talks and went on strike.", "three months",
         "duration", ""),
        ("The strike ended after the negotiations ran for 13 hours.", "13 hours", "duration", ""),
        # a workforce is not the part of it that strikes, and a union that speaks for workers represents them
        ("Harbourline has more than 12,000 employees in Wessex.", "more than 12,000", "workers employed", ""),
        ("The firm employs 4,000 porters.", "4,000", "workers employed", ""),
        ("Police said the march had 24,000 people on it at its peak.", "24,000", "crowd size", ""),
        ("Talks pitted Harbourline against the HPU, the union that speaks for about 9,000 of its porters.",
         "about 9,000", "workers represented", ""),
        # a sum on top of pay is a raise, whichever way it is said
        ("Drivers will receive $1.25 more per hour in 2026.", "$1.25 more per hour", "raise", "an hour"),
        ("Drivers will get $3 per hour more by 2029.", "$3 per hour", "raise", "an hour"),
        ("Drivers will get an extra $3 an hour.", "$3 an hour", "raise", "an hour"),
        ("The HDU wants monthly pay to rise by at least 300 euros.", "at least 300 euros", "raise demanded", "a month"),
        # the figure's own clause says what it counts: the guild's members, not the strikers its next clause names
        ("The Harbour Writers Guild has more than 9,000 members, and their strike halts most series.",
         "more than 9,000", "workers represented", ""),
        ("The guild's 9,000 members walked out on Monday, the guild said.", "9,000", "workers on strike", ""),
        ("The guild's 9,000 members stopped work on Tuesday.", "9,000", "workers on strike", ""),
        # those who strike are workers whatever their trade; those a strike keeps home are not
        ("About 3,000 doctors walked out on Monday.", "About 3,000", "workers on strike", ""),
        ("About 7,100 nurses at Harbour General Hospital in the Lakeport district and the Lakeport Clinic walked out.",
         "About 7,100", "workers on strike", ""),
        ("The strike kept more than 40,000 students out of class.", "more than 40,000", "students", ""),
        # a count on top of one told before is no total
        ("Another 23 marchers died in hospital overnight.", "23", "more people killed", ""),
        ("Word of 12 more deaths reached Lakeport.", "12", "more people killed", ""),
        ("Officers detained a further 60 protesters in Lakeport.", "60", "more people arrested", ""),
        # jobs a deal creates or keeps, however they are counted
        ("Harbour General agreed to hire 120 more nurses.", "120", "jobs", ""),
        ("The offer adds the hiring of 300 more porters.", "300", "jobs", ""),
        ("The deal adds more than 120 new nursing positions.", "more than 120", "jobs", ""),
        ("It contains 6,000 new or retained jobs.", "6,000", "jobs", ""),
        # "the first strike in 12 years" tells the span since the last one, not how long this one lasts
        ("Harbourline's first strike in 12 years began on Monday.", "12 years", "time since the last strike", ""),
        # "the longest strike in two decades": a record's span, neither a length nor the time since the last one
        ("Dockers began the longest strike at the port in two decades.", "two decades", "record span of the strike", ""),
        ("It is the biggest walkout for 18 years, the HDU said.", "18 years", "record span of the strike", ""),
        # ... and so is an organisation's whole life: "the first strike in the guild's 90 years"
        ("It is the first nationwide strike in the guild's 90 years.", "90 years", "time since the last strike", ""),
        ("It is the biggest walkout in its 60 years, the HDU said.", "60 years", "record span of the strike", ""),
        # a stoppage and industrial action are strikes too
        ("Dockers began the longest stoppage at the port in two decades.", "two decades", "record span of the strike", ""),
        # a record is told in weeks or years: a stoppage at "the largest port" lasting days is the stoppage's length
        ("Striking dockers shut the biggest container port on the coast for 19 days.", "19 days", "strike length", ""),
        # the opening part of a span is no event's whole length
        ("During the strike, Harbourline handled 9,100 containers in the first two months of the year.",
         "two months", "duration", ""),
        # two counts joined by "and" before what befell them: both are of the hurt; and "the number hurt" is a toll
        ("The ministry said 64 officers and nine marchers had been injured.", "64", "people injured", ""),
        ("Street fighting in Lakeport left 18 officers and 11 marchers hurt.", "18", "people injured", ""),
        ("Some 9,000 porters marched and 40 were arrested.", "Some 9,000", "workers", ""),
        ("The shooting left one person dead and 12 others injured.", "one", "people killed", ""),
        ("The ministry put the number hurt at 23 by Sunday night.", "23", "people injured", ""),
        # a sum named what a dispute cost after it
        ("Harbourline put the $420 million cost of the strike in its accounts.", "$420 million", "cost", ""),
        ("The walkout cost the port about $90 million in lost revenue.", "about $90 million", "cost", ""),
        # an age a rule sets is an age, in years: the one a change starts from is another measure than its target
        ("The reform raises the retirement age to 63.", "63", "retirement age", ""),
        ("Staff at Harbour Post may retire at 57 under the old scheme, the union said.", "57", "retirement age", ""),
        ("The bill lifts the minimum pension age from 61 to 63.", "61", "retirement age before the change", ""),
        ("The bill lifts the minimum pension age from 61 to 63.", "63", "retirement age", ""),
        ("It moves the age for a full pension from 66 to 68.", "68", "full pension age", ""),
        # what strikers live on is what they are paid, whatever the strike costs the company
        ("The strike was costing Harbourline millions, leaving drivers to live on $190 a week.", "$190 a week", "pay",
         "a week"),
        # a qualifier between the raise and its figure, and a demand "pushed for"
        ("The HDU had initially pushed for raises of about 40%.", "about 40%", "raise demanded", ""),
        ("The HDU pushed for a raise of up to 12%.", "up to 12%", "raise demanded", ""),
    ],
)
def test_measures_are_a_head_noun_and_its_role(sentence, figure_text, measure, period):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure
    assert q.frame.period == period


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("The clashes in Corvane left 14 people killed.", "14", "people killed"),
    ("A monitoring group set the death toll at 17 after the marches.", "17", "people killed"),
    ("In a week of marches 90 people were wounded, 450 detained and 12 abducted.", "450", "people arrested"),
    ("In a week of marches 90 people were wounded, 450 detained and 12 abducted.", "12", "people missing"),
    ("The city police said 40 of its officers were injured at the rally.", "40", "people injured"),
    # held as the detained are, in detention or in custody, and after an aside
    ("Some 15 people were held by police in Corvane on Monday.", "Some 15", "people arrested"),
    ("The clashes ended with at least 370 people in detention.", "at least 370", "people arrested"),
    ("About 40 people, most of them students, were detained overnight.", "About 40", "people arrested"),
    # a toll above a figure, and the number of the dead or held its subject names, told at the sentence's end
    ("The security council puts the protest death toll above 240", "above 240", "people killed"),
    ("As of Friday, the number of people killed in the Corvane protests had climbed to at least 377.", "at least 377",
     "people killed"),
    ("The number of protesters arrested since the march rose to 1,150.", "1,150", "people arrested"),
    # the hurt as those who treat them count them
    ("The authorities said 23 people received medical attention.", "23", "people injured"),
    ("Because of the clashes, 31 people went to hospitals in Corvane.", "31", "people injured"),
    # a toll whose words name what it is of before its figure
    ("A Corvane general put the death toll of the week's protests at over 310", "over 310", "people killed"),
    ("The ministry puts the death toll from the clashes in Harwell at 23.", "23", "people killed"),
    # a toll told bare counts the dead
    ("The earlier toll of 9 rose when three of the wounded died.", "9", "people killed"),
    # a march's turnout is still its crowd, after a toll too
    ("Police said 80,000 people marched, while the organisers claimed 3.5 million.", "3.5 million", "crowd size"),
    ("The death toll rose to 12 as 6,500 marched in Corvane.", "6,500", "crowd size"),
    # a toll whose words run long before its figure, or that a count is given "as"
    ("Medics said the death toll from three nights of clashes in Corvane stood at 41.", "41", "people killed"),
    ("Officials listed the death toll across the region as 52 on Friday.", "52", "people killed"),
    # the dead named by their deaths or their bodies
    ("A court in Corvane began hearing the cases of the deaths of 90 marchers on Monday.", "90", "people killed"),
    ("Undertakers in Corvane said they had buried the bodies of 61 marchers.", "61", "people killed"),
    ("Marchers said 17 people were murdered by the guards.", "17", "people killed"),
    # a headline's dead before its hurt: each its own word, not the hurt's across the comma
    ("Rights monitors count 14 dead, 2,300 wounded and 600 detained across Corvane.", "14", "people killed"),
    # a crowd by the streets it fills or the turnout a march brings out
    ("Some 2 million people packed Corvane's old streets on Sunday.", "Some 2 million", "crowd size"),
    ("The day of action brought out about 640,000 people, the organisers said.", "about 640,000", "crowd size"),
])
def test_the_dead_hurt_held_and_missing_of_a_protest_are_counts_of_their_own(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("Eight out of 10 of the Harwell Teachers Union's (HTU) tutor members voted to strike.", "Eight out of 10",
     "vote to strike"),
    ("In the ballot, 181,400 teachers rejected the offer from Harbourline.", "181,400", "vote to reject"),
])
def test_a_ballots_share_or_count_told_by_what_its_voters_did_is_a_vote(sentence, figure_text, measure):
    document = "Teachers of the Harwell Teachers Union plan to strike against Harbourline.\n\n" + sentence
    claim, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == measure
    assert claim.side == "union"  # the union ran the ballot and gave out its count


@pytest.mark.parametrize("sentence, figure_text", [
    ("Under Wessex law, a strike ballot is valid only if it clears a 45 per cent turnout threshold.", "45 per cent"),
    ("The union gave its result a week after a ballot at Harbourline fell short of the 45% turnout threshold.", "45%"),
])
def test_a_threshold_the_law_sets_is_no_ballots_result_and_the_outlet_tells_it(sentence, figure_text):
    document = "Teachers of the Harwell Teachers Union voted to strike against Harbourline.\n\n" + sentence
    claim, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == "threshold"
    assert claim.side == "reporter"


def test_people_who_held_something_are_not_held():
    _, q = figure(claims.extract("Some 2,000 people held a vigil in Corvane on Monday."), "Some 2,000")
    assert q.frame.measure != "people arrested"
    _, q = figure(claims.extract("At least 260 rallies are being held in Corvane."), "At least 260")
    assert q.frame.measure != "people arrested"


def test_a_group_named_before_a_figure_is_its_population():
    found = claims.extract("The minister noted that for the newest clerk, using that group's average salary, "
                           "the increase works out to 5.1 per cent a year.")
    assert figure(found, "5.1 per cent")[1].frame.population == "newest clerk"
    found = claims.extract("For years the union has asked for 5%.")
    assert figure(found, "5%")[1].frame.population == ""


def test_an_average_or_every_worker_is_the_group_a_raise_is_for():
    found = claims.extract("According to the guild, every pilot gets a flat raise of $2 an hour, or 4.1 per cent a year "
                           "once averaged over the whole membership.")
    assert figure(found, "$2 an hour")[1].frame.population == "all workers"
    assert figure(found, "4.1 per cent")[1].frame.population == "average worker"


@pytest.mark.parametrize(
    "sentence, figure_text, basis",
    [
        ("The port said the union refused to move from its demand for a compensation increase of about 40 per cent.",
         "about 40 per cent", "compensation"),
        ("The union is asking for a 9 per cent wage increase.", "9 per cent", "wages"),
        ("Under the offer, pay and benefits would rise 17%, while wages would go up 9%.", "17%", "compensation"),
        ("Under the offer, pay and benefits would rise 17%, while wages would go up 9%.", "9%", "wages"),
        ("The union wants a 6.5% raise next year.", "6.5%", ""),
    ],
)
def test_a_sum_or_a_raise_says_what_it_is_reckoned_on(sentence, figure_text, basis):
    assert figure(claims.extract(sentence), figure_text)[1].frame.basis == basis


def test_population_and_period_from_the_words_after_a_raise():
    _, q = figure(claims.extract("The district offered a 4% raise for new teachers over three years."), "4%")
    assert q.frame.population == "new teachers"
    assert q.frame.measure == "raise offered"


def test_every_figure_extraction_returns_has_a_frame():
    document = "The union said 3,000 nurses struck on May 3, 2023. Management offered 4%. It will cost $9 million."
    for claim in claims.extract(document):
        for q in claim.quantities:
            assert q.frame is not None and q.frame.measure


def test_an_acronym_in_brackets_stands_for_its_name_whatever_its_letters():
    document = (
        "The Nordic Rail Drivers' Union (LFS) called a strike. "
        "According to LFS, 97% of drivers backed the walkout."
    )
    claim, _ = figure(claims.extract(document), "97%")
    assert claim.side == "union"


def test_a_city_whose_schools_are_struck_owns_the_offer_it_makes():
    document = ("Teachers of the Lakeport Teachers Union walked out of Lakeport Public Schools. "
                "Observers described as historic the city's offer of a 16% raise. The city offered a 16% raise.")
    assert {c.side for c in claims.extract(document) if c.quantities} == {"employer"}
    # Where no city employs the marchers, "the city" is the place.
    assert figure(claims.extract("The city saw 10,000 marchers on Friday."), "10,000")[0].side == "reporter"


def test_money_a_party_sets_aside_or_pledges_is_its_figure():
    document = ("Nurses of the Harbour Nurses Union struck Harbour Health. "
                "On top of that, the hospital set aside $20 million to hire nurses by 2025.")
    claim, q = figure(claims.extract(document), "$20 million")
    assert (claim.side, q.frame.owner_side) == ("employer", "employer")


@pytest.mark.parametrize(
    "sentence, figure_text",
    [
        ("The Metalworkers Federation put the turnout at 400,000.", "400,000"),
        ("Some 400,000 people took to the streets, the Metalworkers Federation said.", "Some 400,000"),
        ("For the Metalworkers Federation, 400,000 marched.", "400,000"),
        ("More than 400,000 people protested nationwide on Thursday (Metalworkers Federation figures).", "More than 400,000"),
        ("The Metalworkers Federation said 400,000 people had taken part nationwide.", "400,000"),
    ],
)
def test_a_union_counting_the_crowd_of_its_march_is_the_organiser(sentence, figure_text):
    document = f"The Metalworkers Federation union called a day of action against the reform. {sentence}"
    claim, q = figure(claims.extract(document), figure_text)
    assert (claim.side, q.frame.owner_side, q.frame.measure) == ("organizers", "organizers", "crowd size")


def test_a_business_named_in_a_strike_story_is_the_employer_and_a_named_site_is_not():
    document = ("Workers United said more than 1,000 baristas at 100 stores had walked out on Friday. "
                "Starline Coffee said fewer than 200 stores were affected. "
                "Lakeport Gazette said 150 stores had closed early.")
    found = claims.extract(document)
    assert figure(found, "fewer than 200")[0].side == "employer"
    assert figure(found, "150")[0].side != "employer"


def test_a_union_named_after_the_word_union_an_association_of_operators_and_a_data_source():
    document = ("Members of the services union Verband walked out at six airports in Lakeland on Monday. "
                "Verband is demanding a 12.5% pay rise. "
                "The airport operators' association ADV said about 300,000 passengers were affected. "
                "Some 2,300 flights were cancelled, according to data from the tracking firm FlightRadar.")
    found = claims.extract(document)
    assert figure(found, "12.5%")[0].side == "union"
    assert figure(found, "about 300,000")[0].side == "employer"
    assert figure(found, "Some 2,300")[0].side == "analyst"


def test_a_trade_association_is_of_firms_and_a_trades_council_of_unions():
    document = ("Drivers in the Wessex Haulage Union walked out over pay. "
                "The Wessex Freight Trade Association estimated that hauliers lost 45 million pounds in the first week. "
                "The Lakeport Trades Council said 350 members joined the picket.")
    found = claims.extract(document)
    assert figure(found, "45 million pounds")[0].side == "employer"
    assert figure(found, "350")[0].side == "union"


def test_an_organisation_an_estimate_is_by_is_an_analyst_wherever_it_is_named_again():
    document = ("The Harbour Train Drivers Union began a six-day strike against Harbour Rail on Wednesday. "
                "According to estimates by the IES, the strike could cost up to 1 billion euros. "
                "The IES put the daily cost at 100 million euros.")
    found = claims.extract(document)
    assert figure(found, "up to 1 billion euros")[0].side == "analyst"
    assert figure(found, "100 million euros")[0].side == "analyst"


def test_a_sentence_that_names_the_source_of_the_one_before_gives_it_its_figures():
    document = ("The Metalworkers Federation union called a day of action against the reform. "
                "More than 3 million people marched across the country on Tuesday. "
                "That is according to the Metalworkers Federation. "
                "Police counted 1.1 million. Those figures came from the interior ministry.")
    claim, q = figure(claims.extract(document), "More than 3 million")
    assert (claim.side, q.frame.owner_side) == ("organizers", "organizers")  # a union counting its own march
    assert figure(claims.extract(document), "1.1 million")[0].side == "police"  # its own party already: kept


def test_a_union_counting_its_strikers_stays_the_union():
    document = "The Metalworkers Federation union called a strike. The union said 1,400 workers were on strike."
    assert figure(claims.extract(document), "1,400")[0].side == "union"


def test_a_phrase_opening_with_for_that_names_no_party_owns_nothing():
    assert figure(claims.extract("For the first time, 2 million people marched."), "2 million")[0].side == "reporter"


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("President Lena Varga said 1.5 million people came.", "government"),
        ("Former President Lena Varga said 1.5 million people came.", "government"),
        ("Union President Lena Varga said 1,400 workers voted.", "union"),
        ("The union's President Lena Varga said 1,400 workers voted.", "union"),
    ],
)
def test_a_president_of_no_organisation_is_the_government(sentence, side):
    document = f"Workers of the Harbour Workers Union marched on the capital. {sentence}"
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == side


# --- whose figure: documents that teach who a party is ----------------------------------------------------------------
@pytest.mark.parametrize(
    "document, figure_text, side",
    [
        # A quotation between a subject's first verb and "said" is that verb's object.
        ('The Lakeport union called the day an "exceptional" success and said 3.5 million people had marched.',
         "3.5 million", "organizers"),
        # "its" and "their" stand for the party the sentence opens with, else the nearest party before them.
        ("Workers at Skyway Air are on strike.\n\nHarwell Securities has cut its rating on Skyway Air and lowered its price "
         "target to 7 euros.", "7 euros", "analyst"),
        ("The unions hope to make the government retreat on its proposal to lift the retirement age to 64.",
         "64", "government"),
        # A company's own guidance is its figure.
        ("Workers at Skyway Air are on strike.\n\nSkyway Air's own guidance is 2.2 billion euros.", "2.2 billion euros",
         "employer"),
        # An organisation that counts its own staff on strike employs them.
        ("Northline said 30 per cent of its staff were on strike.", "30 per cent", "employer"),
        # "the Verdant union" names a union, which keeps its side where the word union is not beside it.
        ("The Verdant union called a strike at Skyway Air.\n\nVerdant wants a 12.5% pay rise.", "12.5%", "union"),
        # A firm whose name says it reckons for others is an analyst: "Economic", "Analytics", "Research".
        ("Workers at Harbour Rail are on strike.\n\nA strike would cost $60 million a day, Harwell Economic Group said.",
         "$60 million a day", "analyst"),
        ("Workers at Harbour Rail are on strike.\n\nHarwell Analytics estimated the cost at $2 billion.", "$2 billion",
         "analyst"),
        # A source that opens the sentence; an association of railroads is the employers'.
        ("Workers at Harbour Rail are on strike.\n\nBy the estimate of the Association of Coastal Railroads, the "
         "economy would lose $2 billion a day.", "$2 billion a day", "employer"),
        # "The analysis" is the one named before it.
        ("A strike could cost $1 billion in its first week, according to an analysis from Harwell Partners.\n\n"
         "The analysis put the first-day cost at approximately $60 million.", "approximately $60 million", "analyst"),
        # An acronym after "The" is still the name of the organisation that counts its own staff.
        ("The HRX said 40.4 per cent of its staff were on strike.", "40.4 per cent", "employer"),
        # An offer named by a relative clause, and the term it runs over, are the offer's party's.
        ("Workers at Skyway Air are on strike.\n\nThe union turned down Skyway Air's proposal, which offered "
         "increases of \"more than 13 percent\" over three years.", "three years", "employer"),
        ("Workers at Skyway Air are on strike.\n\nThe union turned down Skyway Air's proposal, which offered "
         "increases of \"more than 13 percent\" over three years.", "more than 13 percent", "employer"),
        # "cautioned" reports what its subject says.
        ("Workers at Skyway Air are on strike.\n\nThe country's largest airline has cautioned that the strikes "
         "could cost it 100 million euros.", "100 million euros", "employer"),
        # Each acronym of a list before "unions" is a union's; a union counting people in the streets organised them.
        ("The HFU, LDF and MTU unions called a new strike.\n\nThe HFU said there had been 2 million demonstrators.",
         "2 million", "organizers"),
        ("The HFU and LDF unions called a new strike.\n\nLena Varga, head of the LDF, said 1.5 million people were "
         "out on the streets.", "1.5 million", "organizers"),
        # What a government's reform or bill sets is the government's figure, whoever reports it.
        ("Unions marched against the pension reform.\n\nUnder the reform, the legal retirement age rises to 64 by 2030.",
         "64", "government"),
        ("Unions marched against the pension reform.\n\nThe bill would push back the minimum retirement age to 64.",
         "64", "government"),
        ("Unions marched against the changes.\n\nUnder the pension changes, the retirement age would rise to 64.",
         "64", "government"),
        # A sentence that opens on "It" goes on about the party the sentence before opened with.
        ("The HFU union, which represents 2,000 Skyway ground staff, called them out on strike.\n\nIt wants monthly "
         "pay to rise by at least 500 euros.", "at least 500 euros", "union"),
        ("The Harwell Nurses Union walked out on Monday.\n\nIts terms include a raise of 9%.", "9%", "union"),
        # What will be under a deal, told right after a party's account of it in one paragraph, goes on with that
        # account; a new paragraph, or what is today, is the outlet's again.
        ("The Harwell Nurses Union said that if members approve the deal, porters will earn at least $19 an hour. "
         "Theatre nurses will earn an average of $52 an hour.", "$52 an hour", "union"),
        ("The Harwell Nurses Union said members will get $3 more an hour. Starting pay will also rise to $19 an hour. "
         "Theatre nurses will get an average of $52 an hour.", "$52 an hour", "union"),
        # The members of a company's union do not make the company labour.
        ("The deal must now be ratified by Skyway's union members. Skyway says it carries 4% of the freight.", "4%",
         "employer"),
        # What a strike would cost "the U.S. economy", by a source no party's name spells out: an analyst's.
        ("According to press reports, a week-long Skyway strike would have cost the U.S. economy an estimated $2 billion.",
         "an estimated $2 billion", "analyst"),
        ("The Harwell Nurses Union said porters will earn at least $19 an hour.\n\nTheatre nurses will earn "
         "an average of $52 an hour.", "$52 an hour", "reporter"),
        ("The Harwell Nurses Union said porters will earn at least $19 an hour. Theatre nurses earn $44 an "
         "hour today.", "$44 an hour", "reporter"),
        # What an employer's offer would give is the employer's figure, even in the outlet's voice; a deal is both
        # parties', and its terms stay the outlet's.
        ("The HRU union struck at Harbourline Rail in June.\n\nThe state-owned Harbourline Rail has put a new pay offer on the "
         "table for its 9,000 staff.\n\nUnder the offer, "
         "base pay would rise by 3% in the first year.", "3%", "employer"),
        ("Harbourline Rail tabled a fresh offer on Monday.\n\nEach driver would get a bonus of about £400.",
         "about £400", "employer"),
        ("Harbourline Rail tabled a fresh offer on Monday.\n\nA further 1.5% would follow if new rosters are agreed.",
         "1.5%", "employer"),
        # an offer presented "with" to the union; the employer called by its trade or its size
        ("Porters struck against Boxworth Aero.\n\nBoxworth Aero presented the union with what it described as its "
         "\u201cbest and final\u201d offer.\n\nThe proposal would bring a 30% pay increase.", "30%", "employer"),
        ("Porters struck against Boxworth Aero.\n\nBoxworth Aero said it valued its staff.\n\nCompared with the "
         "aerospace giant's previous offer of a 25% increase, it is better.", "25%", "employer"),
        ("Porters struck against Boxworth Aero.\n\nBoxworth Aero said it valued its staff.\n\nThe airplane maker "
         "offered a 20% raise.", "20%", "employer"),
        ("Porters struck against Boxworth Aero.\n\nBoxworth Aero said it valued its staff.\n\nThe consulting firm "
         "said the strike cost $5 million.", "$5 million", "analyst"),
        # only a union gives notice of a strike: its notice is its figure, told in the outlet's voice
        ("Porters at Harbour General struck against the hospital group.\n\nThe porters handed 12-day strike notices "
         "to four depots in May.", "12-day", "union"),
        # the union telling of the offer made to its members: the offer is its maker's
        ("Porters at Harbour General struck against the hospital group.\n\nThe union said porters had been offered a "
         "rise of 3% this year, which it called insulting.", "3%", "employer"),
        ("Porters at Harbour General struck against the hospital group.\n\nAccording to the union, this year's offer "
         "of 3% leaves porters worse off.", "3%", "employer"),
        ("Porters at Harbour General struck against the hospital group.\n\nThe union said its offer of 5% still "
         "stands.", "5%", "union"),
        # an offer its maker holds as "the company's", named again as "the contract offer", then told in the past
        ("Porters rejected the company\u2019s latest contract offer.\n\nSome 71% of the porters who voted turned down "
         "the contract offer.\n\nThe rejected offer contained raises of 27% over three years.", "27%", "employer"),
        ("Porters rejected the company's latest offer.\n\nThe most recent rejected offer included a bonus of $2,500.",
         "$2,500", "employer"),
        # a union pushing for a figure states its own demand
        ("The HRU union struck at Harbourline Rail in June.\n\nThe union pushed for a raise of about 40%.", "about 40%",
         "union"),
        # what the offer in view holds, told in the present, and a share written "pc"
        ("Harbourline Rail tabled a fresh offer on Monday.\n\nIt includes a 3% raise this year.", "3%", "employer"),
        ("Harbourline Rail tabled a fresh offer on Monday.\n\nA further 2pc will be added if new rosters are agreed.",
         "2pc", "employer"),
        # a party binding itself to do something states its own position; a union agreeing to a raise does not: the
        # raise agreed is what the employer put on the table
        ("The HRU union struck at Harbourline Rail in June.\n\nHarbourline Rail agreed to hire 140 more porters.",
         "140", "employer"),
        ("The HRU union struck at Harbourline Rail in June.\n\nThe HRU union agreed to a 5% raise.", "5%", "employer"),
        ("The HRU union struck at Harbourline Rail in June.\n\nHarbourline Rail says porters pay less for cover, an "
         "arrangement the HRU union agreed to in 2015, than office staff pay.", "2015", "employer"),
        ("The HRU union struck at Harbourline Rail in June.\n\nThe HRU union turned down an offer of a 3% raise from ferry "
         "operator Harbourline Rail.", "3%", "employer"),
        ("Harbourline and the HRU union reached a deal on Monday.\n\nUnder the deal, staff get a raise of 4% this "
         "year.", "4%", "employer"),
        # "were offered by X": X's offer, whoever was offered it
        ("The HRU union struck at Harbourline Rail in June.\n\nPorters of the HRU union earning under £20,000 were offered "
         "by Harbourline Rail the equivalent of a 9 per cent rise.", "9 per cent", "employer"),
        # A union named with commas and its title in lower case is known by its acronym; "X, all HRU members ..."
        # is no description of X.
        ("The Harbour, Ferry and Dock Workers' union (HFDW) rejected it.\n\nHFDW general secretary Ada Quill "
         "said the offer meant a 2% pay cut.", "2%", "union"),
        ("The Harbour, Ferry and Dock Workers' union (HFDW) struck at Harbourline Rail.\n\nAccording to Harbourline Rail, all HFDW "
         "members would get a rise of over 5%.", "over 5%", "employer"),
        # A body a government sets up to weigh a dispute is the government's; what its terms would include is its own.
        ("A presidential board of inquiry has recommended raises of 6% over three years. Its terms would include a "
         "salary increase of 9%.", "9%", "government"),
        ("A presidential board of inquiry has recommended raises of 6% over three years.", "6%", "government"),
        ("A federal mediator proposed a raise of 7%.", "7%", "government"),
        # the verb after a relative clause and its asides is the main one: the phrase the sentence opened on owns it
        ("A presidential board that the president, a friend of the unions, set up in June has recommended raises of "
         "6%. Its terms would include a salary increase of 9%.", "9%", "government"),
        ("A presidential board that the president, a friend of the unions, set up in June has recommended raises of "
         "6%.", "6%", "government"),
        ("A presidential board that the president set up in June has recommended raises of 6%. Its terms would reach "
         "back to 2021, run until 2025 and include an immediate salary increase of 4%.", "4%", "government"),
        # "is what X is campaigning for" after the figure; "according to them" after a union spoke.
        ("Junior doctors have voted to strike, the Lakeport Medical Association (LMA) said.\n\nA 30 per cent pay rise "
         "is what the LMA is campaigning for.", "30 per cent", "union"),
        ("The HFU union said its members would walk out.\n\nAccording to them, 5,000 members voted to strike.",
         "5,000", "union"),
        # "the group" alone names no kind of organisation.
        ("The group said 400 people had signed its petition.", "400", "unknown"),
        # A source no party's name spells out, putting a cost on the dispute, is an analyst; a party stays itself.
        ("Drivers of the HDU union walked out.\n\nKarl Brenner said the damage would reach 100 million euros a day.",
         "100 million euros a day", "analyst"),
        ("Drivers of the HDU union walked out.\n\nThe union said members lost 200 euros each.", "200 euros", "union"),
        ("Harwell Economics estimated the strike would cost 60 million euros on its first day.\n\nLosses on the second "
         "day would climb to 90 million euros.", "90 million euros", "analyst"),
        ("The HDU union said 5,000 drivers walked out.\n\nThe strike cost the railway 3 million euros.", "3 million euros",
         "reporter"),
        # A figure "given by" a party, a count by security forces, what polls show.
        ("The figure given by the interior ministry was 1.27 million.", "1.27 million", "police"),
        ("Security forces counted 963,000 demonstrators nationwide.", "963,000", "police"),
        ("Polls show two thirds of the public oppose the reform.", "two thirds", "analyst"),
        # An economist described after her name puts a cost on a strike; an institute reckons; a bank estimates.
        ("Ada Quill, an economist at the Harwell Institute, put the daily cost at 30 million euros.",
         "30 million euros", "analyst"),
        ("The strike could cost as much as 100 million euros per day, the Harwell Institute calculated.",
         "as much as 100 million euros per day", "analyst"),
        ("Drivers of the HDU union struck at Harbourline.\n\nLakebank estimated the cost at 25 million euros a day.",
         "25 million euros a day", "analyst"),
        ("Harbourline said 40 per cent of its staff were on strike against the pension reform.\n\nThe Senate has voted "
         "for the law, among them raising the retirement age to 62.", "62", "government"),
        # The two camps speaking as one: neither side's figure; "the union" after them is the union alone.
        ("Drivers of the Harbour Rail Union have struck against Harbour Motors for a month.\n\nHarbour Motors and the "
         "Harbour Rail Union announced a tentative agreement on Wednesday, day 31 of the strike.", "31", "reporter"),
        ("Drivers of the Harbour Rail Union have struck against Harbour Motors for a month.\n\nOn Wednesday the Harbour "
         "Rail Union and Harbour Motors said they had reached a deal covering 4,000 drivers.", "4,000", "reporter"),
        ("Harbour Motors and the HRU union said they had reached a deal.\n\nThe union said drivers will earn at least "
         "$31 an hour.", "at least $31 an hour", "union"),
        ("The Lakeport Food and Dock Workers Union said 4,000 members walked out at Harbour Motors.", "4,000", "union"),
        # An offer's maker, named before "to the union, which offered"; a contract agreed is no longer one side's offer.
        ("The HRU union struck at Harbour Motors.\n\nThe deal improves on Harbour Motors's first proposal to the "
         "union, which offered a $2 billion investment.", "$2 billion", "employer"),
        ("The HRU union struck at Harbour Motors.\n\nThe deal improves on Harbour Motors's first proposal to the "
         "union, which offered a $2 billion investment, leading to 5,400 new jobs.", "5,400", "employer"),
        ("The HRU union struck at Harbour Motors.\n\nHarbour Motors has put a new pay offer on the table.\n\nOn "
         "Friday the two sides reached a tentative agreement. The main points of the proposed contract follow.\n\n"
         "Wages would rise by 3% a year.", "3%", "reporter"),
        ("The HRU union struck at Harbour Motors.\n\nHarbour Motors has put a new pay offer on the table.\n\n"
         "Wages would rise by 3% a year.", "3%", "employer"),
        # A person known only by a role is "he" and "the spokesman" after.
        ("The HRU union struck at Harbour Motors.\n\nA Harbour Motors spokesman said money was tight. He said the "
         "lowest paid would get more than 10%.", "more than 10%", "employer"),
        ("The HRU union struck at Harbour Motors.\n\nA Harbour Motors spokesman said money was tight.\n\nAccording "
         "to the spokesman, 2,000 drivers would get a bonus.", "2,000", "employer"),
        # Workers are offered pay; they do not offer it, even in a headline's passive with no "are".
        ("The HRU union struck at Harbour Motors.\n\nDrivers are being offered a 5pc pay rise.", "5pc", "employer"),
        ("Harbour drivers offered a 5pc rise in a bid to head off new strikes", "5pc", "employer"),
        # Workers whose pay a figure raises do not own it: "a deal that raises teachers' salaries by 5 percent" is the
        # lawmakers' who made it.
        ("On Tuesday, Lakeport lawmakers finally reached a deal that raises teachers' salaries by 5 percent.",
         "5 percent", "government"),
        # What a party means to do and what a legislature enacts are theirs, the verb after an adverb, or after
        # an aside and another verb of the same subject.
        ("Unions marched against the pension reform.\n\nThe government plans to raise the retirement age from 63 "
         "to 66.", "66", "government"),
        ("Unions marched against the pension reform.\n\nThe House and Senate unanimously approved a retirement age "
         "of 63.", "63", "government"),
        ("Unions marched against the pension reform.\n\nThe Senate, however, struck the clause out and approved a "
         "retirement age of 63.", "63", "government"),
        # A legislature votes laws, it does not bargain: the government's, even where a government employs.
        ("Teachers of the Lakeport Teachers Union walked out of Lakeport Public Schools after the state offered them "
         "2%.\n\nThe state Senate, however, "
         "turned the bill down and approved a 3 percent raise of its own.", "3 percent", "government"),
        ("Nurses of the Harbour Nurses Union struck Harbour Health.\n\nHarbour Health intends to cut 500 jobs.",
         "500", "employer"),
        # A reform sets no crowd: those who march against it are counted by someone else.
        ("Unions marched against the pension reform.\n\nTurnout against the reform reached 3.5 million.",
         "3.5 million", "reporter"),
        # What a governor or a legislature enacts holds their figures, told in the outlet's voice; so does what a
        # governor offered, proposed or promised, with whom it is for and when between the figure and the maker.
        ("Wessex nurses walked out.\n\nThe Assembly voted the rises through at midnight, and Governor Ada Quill then "
         "signed the measure, which lifts nurses' pay by 6% this spring and 5% a year after that.", "5%", "government"),
        ("Wessex nurses walked out.\n\nUnder the plan now moving through the state Legislature, nurses get a "
         "7 percent raise next year.", "7 percent", "government"),
        ("Wessex nurses walked out.\n\nGovernor Ada Quill spoke on Monday.\n\nBeyond the 12 percent rise in 2031 "
         "that Quill offered, nurses want more staff.", "12 percent", "government"),
        ("Wessex nurses walked out.\n\nGovernor Ada Quill spoke on Monday.\n\nThe final budget goes further "
         "than the 2 percent rise for nurses that Quill proposed in March.", "2 percent", "government"),
        # "the X and Y Union" is one union, whatever nouns it is made of; an association of colleges employs.
        ("Lecturers walked out.\n\nAccording to the College and Clinic Union, the change leaves a lecturer "
         "9,000 pounds a year worse off.", "9,000 pounds a year", "union"),
        ("Lecturers at 64 universities walked out.\n\nColleges Wessex, however, says it has to tackle a deficit "
         "of 5 billion pounds in the fund.", "5 billion pounds", "employer"),
        # "what X offered" names the offer's maker, whatever comes between it and the figure.
        ("Lakeport teachers walked out.\n\nThe Lakeport Teachers Union said that until a strike date was set, what the "
         "board offered as back pay for 2029 came to 1.2 percent for most members.", "1.2 percent", "employer"),
        # A state that pays its workers by law legislates as the state, not as an employer at the table.
        ("Wessex nurses have been on strike for a week.\n\nGov. Ada Quill signed a bill that gives all state "
         "employees a 4 percent pay increase.", "4 percent", "government"),
    ],
)
def test_the_document_says_whose_figure_it_is(document, figure_text, side):
    claim, q = figure(claims.extract(document), figure_text)
    assert (q.frame.owner_side, claim.side) == (side, side)


@pytest.mark.parametrize("sentence, figure_text", [
    ("In that guild, the contract passed 53.4% to 46.6%.", "46.6%"),
    ("The contract was approved by a vote of 212 to 175.", "212"),
    ("The combined vote for the deal was 301 (54%) to 256 (46%).", "54%"),
    ("By 88.2%, members voted the offer down.", "88.2%"),
    ("Members backed a walkout by a 93% margin.", "93%"),
])
def test_a_bare_figure_in_a_ballots_tally_measures_the_vote(sentence, figure_text):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure.startswith("vote")


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("The porters turned the pay deal down by 87.5%, while 92% backed a walkout.", "87.5%", "vote to reject"),
    ("The union's lead officer said 97% of those who voted had rejected the latest deal.", "97%", "vote to reject"),
    ("The porters turned the pay deal down by 87.5%, while 92% backed a walkout.", "92%", "vote to strike"),
    ("Some 72 percent of the eligible voters returned a ballot this time.", "Some 72 percent", "turnout"),
    ("Some 84 per cent of the members who took part in the ballot backed a walkout.", "Some 84 per cent",
     "vote to strike"),
    ("Only 41% of its members took part in the national vote.", "41%", "turnout"),
    ("Over both ballots, 61.2% of the members voted yes and 38.8% voted no.", "61.2%", "vote to accept"),
    ("Over both ballots, 61.2% of the members voted yes and 38.8% voted no.", "38.8%", "vote to reject"),
    ("Counted by heads, the result was 47.1 percent yes to 52.9 percent no.", "52.9 percent", "vote to reject"),
    ("Backed by 93% approval, the walkout will go on until the port improves its offer.", "93%", "vote to strike"),
    ("In the spring, 90% of its members backed calling a strike.", "90%", "vote to strike"),
])
def test_a_ballots_share_told_by_what_the_voters_did_is_the_unions_vote(sentence, figure_text, measure):
    document = "Dockers of the Harbour Workers Union struck Harbourline on Monday.\n\n" + sentence
    claim, q = figure(claims.extract(document), figure_text)
    assert (q.frame.measure, q.frame.owner_side, claim.side) == (measure, "union", "union")


@pytest.mark.parametrize(
    "document, figure_text, side",
    [
        # what workers want is their union's demand, told in the outlet's voice
        ("Dockers at Harbourline walked out on Monday.\n\nHarbourline workers want their base pay lifted by up to 25% "
         "over two years.", "up to 25%", "union"),
        # an economist set apart by an aside who puts a cost at a figure
        ("Dockers at Harbourline walked out on Monday.\n\nBo Lind, an economist at Pelham Analytics, puts the direct "
         "economic cost of the strike at $75 million a day.", "$75 million a day", "analyst"),
        # a source named again by what it is: the last party to give a figure
        ("Dockers at Harbourline walked out on Monday.\n\nPelham Economics put the cost of the first week at $500 "
         "million.\n\nSome 300 ships were held at anchor, according to the same body.", "Some 300", "analyst"),
        # a source that warned, in a clause the sentence sets against its own words
        ("Dockers at Harbourline walked out on Monday.\n\nWhat the shutdown cost is still unclear, even though Pelmo "
         "cautioned that Lakeport could lose $40 million a week.", "$40 million a week", "analyst"),
        # "the release" is the statement of the party the article last quoted
        ("Farmers marched on the capital on Tuesday.\n\nThe city police said in a statement that 45 officers had "
         "been hurt.\n\nAccording to the release, 52 officers were treated in hospital.", "52", "police"),
        # those who expect a figure estimate it
        ("Farmers marched on the capital on Tuesday.\n\nThe police expect some 9,000 marchers on Sunday.",
         "some 9,000", "police"),
        # "his demand" is the demand of the man the sentence names
        ("Dockers at Harbourline walked out on Monday.\n\nHRU union president Omar Haddad said talks had failed.\n\n"
         "Haddad lowered his pay demand to 18% on Friday.", "18%", "union"),
        # a company's chief with two titles is no head of state
        ("Dockers at Harbourline walked out on Monday.\n\nHarbourline CEO and President Jo Farr said the company "
         "would offer 5% more.\n\nFarr said talks would go on until 3,000 dockers were back at work.", "3,000",
         "employer"),
    ],
)
def test_whose_figure_from_the_verb_and_the_title_of_who_states_it(document, figure_text, side):
    claim, q = figure(claims.extract(document), figure_text)
    assert claim.side == side


@pytest.mark.parametrize("sentence, figure_text", [
    ("The company said sales rose 4% to 5 billion.", "4%"),
    ("Around 20,000, or about 30 percent, of those members are covered by the vote.", "about 30 percent"),
])
def test_a_figure_outside_a_tally_is_no_vote(sentence, figure_text):
    _, q = figure(claims.extract(sentence), figure_text)
    assert not q.frame.measure.startswith("vote")


def test_an_age_a_rule_sets_is_years_of_age_not_a_count_and_does_not_decide_whose_claim_it_is():
    found = claims.extract("The Harwell union said 2.1 million people marched against the plan to lift the "
                           "retirement age from 61 to 63.")
    _, age = figure(found, "63")
    assert (age.kind, age.unit, age.value) == ("duration", "years", 63)
    claim, crowd = figure(found, "2.1 million")
    assert crowd.frame.measure == "crowd size" and claim.side == crowd.frame.owner_side == "organizers"
    # a person's age in apposition is no figure at all, and a bare number after "aged" stays what it counts
    assert not claims.extract("Dana Reyes, 58, said the union would not back down.")[0].quantities


@pytest.mark.parametrize("sentence, figure_text, measure", [
    # A share of a group is never a raise, even beside "want": the owners want something else.
    ("In a poll, 64 percent of corner shop owners want the council to act.", "64 percent", "share of owners"),
    ("The stoppage has hit 38 percent of Lakeport's restaurants.", "38 percent", "share of restaurants"),
])
def test_a_share_of_any_group_is_measured_as_that_share(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


def test_a_share_of_voters_told_by_their_vote_is_no_share_of_a_group():
    _, q = figure(claims.extract("With 94 per cent of harbour pilots voting in favour, Wessex will see a strike."), "94 per cent")
    assert not q.frame.measure.startswith("share of")


def test_losses_are_what_the_dispute_cost():
    _, q = figure(claims.extract("Economists put the figure at $2.6 billion in losses from the stoppage."), "$2.6 billion")
    assert q.frame.measure == "cost"


@pytest.mark.parametrize(
    "text, figure_text",
    [
        ("The walkout has meant a production loss of 12,400 tractors at the Harwell works.", "12,400"),
        ("Three weeks of stoppages kept the Lakeport plant from building 3,100 buses.", "3,100"),
        ("The union's overtime ban has cost Corvane 9,000 units of production since May.", "9,000"),
        ("Output losses reached 40,000 tonnes of nickel by the end of the month.", "40,000"),
    ],
)
def test_goods_a_strike_kept_from_being_made_are_one_measure_whatever_they_are_counted_in(text, figure_text):
    _, q = figure(claims.extract(text), figure_text)
    assert q.frame.measure == "output lost"


def test_goods_made_are_no_output_lost():
    _, q = figure(claims.extract("The Harwell works built 12,400 tractors last year."), "12,400")
    assert q.frame.measure != "output lost"


def test_a_span_written_without_a_number_is_the_tellers():
    claim, q = figure(claims.extract(
        "On Monday the transport secretary urged the Harwell Arbitration Panel to settle the week-long walkout."), "week-long")
    assert q.frame.owner_side == claim.side == "reporter"


STRIKE_OPENING = "Nurses at Harbourline Health walked out on Monday in a dispute over pay.\n\n"
MARCH_OPENING = "Marchers filled the streets of Lakeport on Saturday.\n\n"


@pytest.mark.parametrize("document, figure_text, side", [
    # Whose figure a sentence's own words make it, beyond its grammatical speaker:
    # a police department by its initials
    (MARCH_OPENING + "According to the LKPD, 12,000 people marched.", "12,000", "police"),
    # groups that campaign, a union of citizens for their rights, those who staged the march
    (MARCH_OPENING + "The campaigning group Harbour Voices said 30,000 people came.", "30,000", "organizers"),
    (MARCH_OPENING + "In a statement, the Lakeport Civil Rights Union said the city had spent $2 million on policing.",
     "$2 million", "organizers"),
    (MARCH_OPENING + "Those behind the weekend's march said 50,000 turned out.", "50,000", "organizers"),
    (MARCH_OPENING + "Police doubted the 9,000 that the campaigning group Harbour Voices claimed.", "9,000", "organizers"),
    # a person described with a relative clause is what the description's head says
    (MARCH_OPENING + "Ines Kowal, a statistician who runs a polling blog, wrote that 41,000 people had joined by her "
     "count.", "41,000", "analyst"),
    # a subordinate clause's teller: "after the minister had said that ..."
    (STRIKE_OPENING + "The tally was published after the transport minister had said that the stoppage would cancel "
     "2,400 journeys.", "2,400", "government"),
    # an offer whose maker the article does not place is the employer's, and so is the level it rose from
    (STRIKE_OPENING + "The depots are said to have raised their pay offer to 11%, up from about 8%.", "11%", "employer"),
    (STRIKE_OPENING + "The depots are said to have raised their pay offer to 11%, up from about 8%.", "about 8%",
     "employer"),
    # "its" after "The union" is the union's
    (STRIKE_OPENING + "The union has trimmed its demand to 9.5%.", "9.5%", "union"),
    # a members' ballot told by what the voters opted to do, or of "its members", is the union's
    (STRIKE_OPENING + "The ballot of HPU members ended on Thursday, and 63% chose to reject the revised offer.", "63%",
     "union"),
    (STRIKE_OPENING + "The Harbour Porters Union counted the votes. Almost 88 percent of its members endorsed the new "
     "agreement.", "Almost 88 percent", "union"),
    # "the president" is the person the article named President
    ("Dockworkers at Harbourline walked out on Tuesday.\n\nPresident Dana Varga urged both sides to settle.\n\n"
     "The president said shipping lines had tripled their profits, in some cases by more than 300%.", "more than 300%",
     "government"),
])
def test_whose_figure_the_words_around_it_make_it(document, figure_text, side):
    claim, q = figure(claims.extract(document), figure_text)
    assert (q.frame.owner_side, claim.side) == (side, side)


def test_a_ballot_told_by_what_voters_opted_to_do_measures_a_vote_to_reject():
    _, q = figure(claims.extract(STRIKE_OPENING + "The ballot of HPU members ended on Thursday, and 63% chose to reject "
                                 "the revised offer."), "63%")
    assert q.frame.measure == "vote to reject"


def test_a_professor_named_after_a_university_is_an_analyst_where_the_article_knows_no_such_employer():
    found = claims.extract(MARCH_OPENING + "Dana Petrov, the College of Wessex statistics professor in Lakeport, has "
                           "studied the aerial images.\n\nPetrov reckons there were about 30,000 people.")
    claim, _ = figure(found, "about 30,000")
    assert claim.side == "analyst"


def test_what_an_article_teaches_of_its_organisations_reads_names_not_sentence_openings():
    taught = claims.organisations_taught(
        "When drivers walked out for the first time in the history of the Harbour College of Drivers, the minister stood "
        "by the drivers' employers. Nothing like the drivers' walkout had been seen in the city. According to HCD chief "
        "Pat Vale, the union was left with no choice. Voting by Harbour College of Drivers (HCD) members ended on "
        "Monday. HCD members picketed the depot. The HCD's general secretary said talks would resume."
    )
    assert "hcd" in taught.unions and "pat vale" not in taught.unions
    assert not taught.employers & {"when", "nothing", "minister", "the minister", "hcd", "harbour college of drivers"}


@pytest.mark.parametrize("sentence", [
    "Some 410 Corvel members walked out in May.",  # members who strike are a union's
    "The night shift, which the porters' union, Corvel, says keeps wards safe, is to go.",  # an appositive naming it
    "Corvel general secretary Dana Varga said talks had failed.",  # the title a union's leader holds
])
def test_an_organisation_whose_members_strike_or_that_a_union_appositive_names_is_a_union(sentence):
    taught = claims.organisations_taught("Harwell Town Council wants to cut the pay of its porters. " + sentence)
    assert "corvel" in taught.unions


def test_a_towns_council_is_a_government_not_a_union():
    found = claims.extract("Porters in Harwell walked out on Monday. Harwell Town Council said 23 porters would earn "
                           "less. The council says the strike has cost 2 million pounds.")
    assert [figure(found, text)[0].side for text in ("23", "2 million pounds")] == ["government", "government"]


@pytest.mark.parametrize("opening", [
    "The council's night porters walked out on Monday.",
    "Porters walked out on Monday; the council pays its porters 28,000 pounds a year.",
])
def test_a_council_whose_own_workers_strike_is_their_employer(opening):
    found = claims.extract(opening + " Harwell Town Council said 23 porters would earn less.")
    assert figure(found, "23")[0].side == "employer"


def test_a_source_put_first_is_not_the_subject_of_the_sentence():
    found = claims.extract("Porters walked out on Monday. According to the report, organised porters lowered their "
                           "claim to $250,000.")
    assert figure(found, "$250,000")[1].frame.owner == "the report"  # not "According to the report", a party


def test_what_an_employer_pays_its_staff_is_its_figure_in_the_outlets_voice():
    found = claims.extract("Porters at Harwell Air walked out on Monday, the HRU union said. Harwell Air said the "
                           "strike was unlawful. Harwell Air pays its porters 28,000 pounds to 31,500 pounds.")
    assert [figure(found, text)[1].frame.owner_side for text in ("28,000 pounds", "31,500 pounds")] == ["employer", "employer"]


def test_a_person_named_after_a_role_of_an_organisation_speaks_for_it():
    found = claims.extract("Wessex porters will walk out on Monday. On Friday, the chair of the Wessex Porters' "
                           "Guild, Dana Vell, announced that 91.2 per cent of porters had voted to strike.")
    assert figure(found, "91.2 per cent")[0].side == "union"


DOCTORS_OPENING = "Trainee doctors walked out of hospitals on Monday.\n\n"


@pytest.mark.parametrize("document, figure_text, side", [
    # a state that speaks is its government
    (DOCTORS_OPENING + "Norway said it would dock the pay of about 300 striking surgeons.", "about 300", "government"),
    # the ministry that runs the police, whatever it is called
    (MARCH_OPENING + "According to the Ministry of Internal Affairs, about 22,500 people attended.", "about 22,500",
     "police"),
    # those who count a crowd from outside it
    (MARCH_OPENING + "The Lakeport Tally Project, a volunteer group that tracks attendance at rallies, said 68,000 "
     "people came.", "68,000", "analyst"),
    (MARCH_OPENING + "An independent monitor counted 95,000.", "95,000", "analyst"),
    # a ballot's shares told by what the workers did, with or without the deal named after the verb
    (STRIKE_OPENING + "At the two depots, sixty-two percent of employees opposed the agreement, while 38 percent "
     "supported it.", "sixty-two percent", "union"),
    (STRIKE_OPENING + "At the two depots, sixty-two percent of employees opposed the agreement, while 38 percent "
     "supported it.", "38 percent", "union"),
    (STRIKE_OPENING + "The settlement, which 71% of staff endorsed, includes two days of extra leave.", "71%", "union"),
    (STRIKE_OPENING + "That offer, which 83% of the guild's membership voted down, had frozen pay.", "83%", "union"),
    # a sentence that goes on with the count before it: "That is ...", "Of those ..."
    (STRIKE_OPENING + "The labour ministry said 2,180 bus drivers had stayed away from work.\n\n"
     "That is 40 percent of the roughly 5,400 drivers in the region.", "40 percent", "government"),
    (STRIKE_OPENING + "The labour ministry said 2,180 bus drivers had stayed away from work.\n\n"
     "Of those drivers, 760 had been given warnings by Friday.", "760", "government"),
])
def test_whose_figure_a_state_a_counter_a_ballot_or_the_sentence_before_makes_it(document, figure_text, side):
    claim, q = figure(claims.extract(document), figure_text)
    assert (q.frame.owner_side, claim.side) == (side, side)


def test_an_organisation_workers_have_worked_for_is_their_employer():
    taught = claims.organisations_taught("Drivers who work for Harbourline earn less than those in Lakeport.")
    assert "harbourline" in taught.employers
    found = claims.extract("Drivers who work for Harbourline earn less than those in Lakeport.\n\nHarbourline said the "
                           "new contract would cost it $38 million over four years.")
    _, q = figure(found, "$38 million")
    assert q.frame.owner_side == "employer"


def test_a_country_is_no_employer_by_its_name():
    taught = claims.organisations_taught("Norway's train drivers went on strike on Monday, and Harbourline workers "
                                         "joined them.")
    assert "norway" not in taught.employers and "harbourline" in taught.employers


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("Between them, the four depots carry 31% of the region's freight traffic.", "31%", "share of traffic"),
    ("That is 40 percent of the roughly 5,400 drivers in the region.", "40 percent", "share of drivers"),
    # whatever offer the sentence speaks of, and up to the verb that follows the whole
    ("The guild said the offer falls short and that around half of depots would have to shed staff.", "around half",
     "share of depots"),
])
def test_a_percentage_of_a_whole_is_a_share_of_it_and_no_raise(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text, measure", [
    # A share of pay offered or sought is the raise itself, though "of wages" reads like a share of a whole.
    ("The union is seeking 5% of wages for every member.", "5%", "raise demanded"),
    ("Under the offer, staff would get 6% of salary.", "6%", "raise offered"),
])
def test_a_percentage_of_pay_offered_or_sought_stays_a_raise(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text", [
    ("Inflation reached 6.2 per cent in May, and the porters want raises to match it.", "6.2 per cent"),
    ("Tensions are rising with inflation running at more than 7pc.", "more than 7pc"),
    ("The union wants 4% on top of 6% inflation.", "6%"),
    ("Pay went up by $2 an hour while inflation climbed by 31% over the decade.", "31%"),
])
def test_an_inflation_rate_is_no_raise_whatever_the_sentence_wants(sentence, figure_text):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == "inflation"


def test_initials_in_brackets_before_the_word_union_name_the_union():
    taught = claims.organisations_taught("Pat Vale, head of the Harbour College of Drivers (HCD) union, called it a sad "
                                         "day for the city's buses.")
    assert "hcd" in taught.unions


@pytest.mark.parametrize("sentence, figure_text, measure", [
    # how a crowd moves names it as much as how it marches
    ("Well over 40,000 people poured into Lakeport on Sunday, police said.", "over 40,000", "crowd size"),
    ("About 9,000 people flooded the square before noon.", "About 9,000", "crowd size"),
    # a headline's count before a singular noun of protest: the noun is its verb
    ("Estimated 80,000 rally against the Harwell council", "Estimated 80,000", "crowd size"),
    ("Some 12,000 march in Pellam over pension cuts", "Some 12,000", "crowd size"),
])
def test_a_count_of_those_who_pour_in_or_rally_is_a_crowd_size(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text, counted, measure", [
    # a place's initials are not what is counted
    ("About 3,000 U.K. porters walked out on Monday.", "About 3,000", "porters", "workers on strike"),
    ("The walkout by 1,200 B.C. loggers ended on Friday.", "1,200", "loggers", "loggers"),
    # "of the company's stores": what the count is a part of is what it counts
    ("Baristas in 212 of the chain's U.S. cafes have joined the guild.", "212", "cafes", "cafes"),
    ("About 4,100 of the 9,000 porters had handed in their notice.", "About 4,100", "porters", "workers"),
    # a day is when it happened, not part of what was counted
    ("The strike closed 120 Corvane locations yesterday.", "120", "Corvane locations", "locations closed"),
    # a plural noun that is also a teller's verb is counted right after a number
    ("The walkout reached stores in 31 states.", "31", "states", "states"),
    # an employer's name of several words ("University of ...", "... & ...") before the workers counted
    ("Some 2,000 University of Lakeport academic workers joined.", "Some 2,000",
     "University of Lakeport academic workers", "workers"),
    ("Some 9,000 Bell & Finch porters walked out.", "Some 9,000", "Bell & Finch porters", "workers on strike"),
])
def test_what_a_count_counts_skips_initials_and_days_and_reads_a_part_of_a_whole(sentence, figure_text, counted,
                                                                                  measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.counted == counted
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text, qualifier, measure", [
    ("The guild wants a raise of 6% plus inflation.", "6%", "exact", "raise demanded"),
    ("The guild wants a raise of 6pc plus the cost of living.", "6pc", "exact", "raise demanded"),
    ("Drivers earn $21 an hour plus benefits, the company said.", "$21 an hour", "exact", "hourly wage"),
    ("The union said 2,000 plus porters walked out.", "2,000 plus", "more than", "workers on strike"),
])
def test_plus_before_another_term_of_a_sum_adds_to_the_figure_and_qualifies_it_only_alone(sentence, figure_text,
                                                                                          qualifier, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.qualifier == qualifier
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence, figure_text, measure, side", [
    ("Over the first half it reported profits above $2 billion.", "above $2 billion", "profit", "employer"),
    ("Harwell Health booked $14 billion in revenue over the quarter.", "$14 billion", "revenue", "employer"),
    ("On revenue of $14 billion it made a $1 billion profit.", "$1 billion", "profit", "employer"),
    ("The strike came after record earnings of $3.9 billion for the year.", "$3.9 billion for the year", "profit",
     "employer"),
    # a wage is no company's result, and a state's revenue is raised in tax
    ("A porter said his earnings of $41,000 a year were not enough.", "$41,000 a year", "annual pay", "unknown"),
    ("The finance bill aimed to bring in $2.1 billion of tax revenue.", "$2.1 billion", "sum", "government"),
])
def test_an_organisations_profit_or_revenue_comes_from_its_own_accounts(sentence, figure_text, measure, side):
    document = "About 6,000 Harwell Health nurses went on strike on Monday. " + sentence
    claim, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == measure
    assert q.frame.owner_side == side


def test_an_organisation_whose_cabin_crew_strike_is_their_employer():
    document = ("Skyway flight attendants voted to strike on Monday. "
                "Skyway insists its senior cabin crew will earn $71,000 a year by 2028.")
    claim, q = figure(claims.extract(document), "$71,000 a year")
    assert claim.side == "employer"


@pytest.mark.parametrize("sentence, figure_text, side", [
    ("Harwell Health employs about 40,000 people, not counting doctors.", "about 40,000", "employer"),
    ("Harwell Health has hired 5,000 nurses since March.", "5,000", "employer"),
    ("The union has 9,000 members.", "9,000", "reporter"),  # members are the union's, told by the outlet
])
def test_an_employers_count_of_its_own_staff_is_its_figure(sentence, figure_text, side):
    document = "Harwell Health nurses went on strike on Monday. " + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.owner_side == side


def test_the_commission_alone_is_the_one_the_article_named():
    document = ("The Wessex Human Rights Commission said police had held 40 marchers overnight. "
                "The commission said 17 people had been hurt in the crush.")
    _, q = figure(claims.extract(document), "17")
    assert q.frame.owner_side == "analyst"  # a rights commission, not a government one


def test_security_sources_speak_for_the_police():
    document = "Protests against the levy spread to six cities. Lakeport security sources said 9 blasts hit the port."
    _, q = figure(claims.extract(document), "9")
    assert q.frame.owner_side == "police"


def test_an_employer_council_bargains_for_the_employers():
    document = ("Lakeport college lecturers went on strike on Monday. "
                "The Harbour Employer Council has offered a raise of 4.2 per cent.")
    _, q = figure(claims.extract(document), "4.2 per cent")
    assert q.frame.owner_side == "employer"


def test_a_rights_group_that_counts_the_hurt_is_an_analyst():
    document = ("Protests against the levy spread to six cities on Tuesday. "
                "The monitoring groups said 14 people were injured in Lakeport.")
    _, q = figure(claims.extract(document), "14")
    assert q.frame.owner_side == "analyst"


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("The contract was backed by 88% of crew, with 12% opposing it.", "12%", "vote to reject"),
    ("Some 85 percent of the HRU's 640 members voted down the first offer.", "Some 85 percent", "vote to reject"),
    ("The pact was carried, 310 members in favor and 25 against.", "310", "vote to accept"),
    ("The pact was carried, 310 members in favor and 25 against.", "25", "vote to reject"),
    ("The deal was approved by a vote of 256 to 188.", "188", "vote to accept"),  # a tally's second count goes along
    ("The deal passed with 2031 in favor and 1988 against.", "1988", "vote to reject"),  # a count, though like a year
    ("About 94 percent of its members backed the revised three-year agreement.", "About 94 percent", "vote to accept"),
    # a demand no party is named for
    ("Last spring the unions for Harwell porters called for raises of 6% a year.", "6%", "raise demanded"),
    ("Porters are bargaining for a 12 percent raise.", "12 percent", "raise demanded"),
    ("Porters at two depots walked out for a 25 percent raise.", "25 percent", "raise demanded"),
])
def test_a_ballots_tally_and_a_demand_in_the_outlets_voice_are_the_unions(sentence, figure_text, measure):
    document = "Harwell Air cabin crew walked out on Monday, the HRU union said. " + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == measure  # a tally's own words say which way each count voted
    assert q.frame.owner_side == "union"  # the union ran the ballot and gave out its count, and makes the demands


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("The draft contract offered raises of about 9% to porters.", "about 9%", "raise offered"),
    ("Under the pact signed on Friday porters get a 6% raise.", "6%", "raise agreed"),
])
def test_the_terms_of_an_offer_or_deal_in_the_outlets_voice_are_the_employers(sentence, figure_text, measure):
    document = "Harwell Air porters walked out on Monday, the HRU union said. Harwell Air said the strike was unlawful. " + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == measure
    assert (q.frame.owner, q.frame.owner_side) == ("Harwell Air", "employer")  # it put the terms on the table


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("Some 3,100 porters voted by post.", "Some 3,100", "turnout"),
    ("A total of 2,300 drivers returned ballots.", "2,300", "turnout"),
    ("About 8 in 10 vote against the pact.", "About 8 in 10", "vote to reject"),
    ("In May, porters gave the guild a strike mandate, with 91.5 per cent in favour.", "91.5 per cent", "vote to strike"),
    ("Turnout, the guild said, stood at 61.2 percent.", "61.2 percent", "turnout"),
])
def test_those_who_voted_in_a_ballot_are_counted_by_the_union_that_ran_it(sentence, figure_text, measure):
    document = "Harwell Air porters walked out on Monday, the HRU union said. " + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert (q.frame.measure, q.frame.owner_side) == (measure, "union")


@pytest.mark.parametrize("text, employs", [
    ("Unions turned down the federal government's new minimum wage offer of 64,500 naira.", False),  # a law's floor
    ("Teachers turned down the province's new wage offer of 3%.", True),  # its own staff's pay
    # a state's own staff make it their employer, unless a law sets their pay
    ("All state employees are on strike for a week.", True),
    ("All state employees are on strike for a week. Gov. Ada Quill signed a bill that gives them 4%.", False),
])
def test_a_government_offering_a_minimum_wage_is_no_employer(text, employs):
    from claims.kinds import government_employs

    assert government_employs(text) is employs


def test_an_offer_where_no_employer_is_in_sight_is_the_governments():
    document = ("Porters walked out over the minimum wage on Monday, the labour congress said. The minister said the "
                "strike was illegal. The draft contract offered raises of 12%.")
    _, q = figure(claims.extract(document), "12%")
    assert (q.frame.measure, q.frame.owner_side) == ("raise offered", "government")


@pytest.mark.parametrize("sentence, figure_text", [
    ("The Harbour Crew Union, which speaks for 4,300 Harwell Air cabin crew, accused the airline of lying.", "4,300"),
    ("The HCU, which represents roughly 2,300 porters, said the ruling was unfair.", "roughly 2,300"),
    ("The guild, whose members number some 12,000 porters, said it would strike on Monday.", "some 12,000"),
])
def test_whom_a_union_represents_is_the_outlets_description_of_it(sentence, figure_text):
    document = "Harwell Air cabin crew walked out on Monday. " + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.owner_side == "reporter"


@pytest.mark.parametrize("sentence, figure_text, measure", [
    # an average sum a worker takes home, however the sentence puts it, is pay
    ("Drivers' leaders called those figures inflated, putting the average at only $98,000 a year.",
     "$98,000 a year", "annual pay"),
    ("The guild's plan would bring the average driver to $120,000 in 2030.", "$120,000", "annual pay"),
    ("The chief executive says the guild's counteroffer came to $150,000 a year on average.", "$150,000 a year",
     "annual pay"),
    ("The stoppage cost the average family $2,000.", "$2,000", "cost"),  # an average, but a cost
    # what is counted, past a possessive name and a word for how often
    ("Over 6,000 of Harwell Health's porters are likely to join.", "Over 6,000", "workers"),
    ("Nearly 40,000 daily commuters will be hit.", "Nearly 40,000", "commuters"),
])
def test_an_average_sum_is_pay_and_counts_read_past_possessive_names_and_frequencies(sentence, figure_text, measure):
    _, q = figure(claims.extract(sentence), figure_text)
    assert q.frame.measure == measure


@pytest.mark.parametrize("sentence", [
    "On Monday more than 6,000 Harwell Health porters around the U.S. started a three-day strike.",
    "More than 6,000 porters in Lakeport, Harwell, Pellam and Corvane walked out on Monday.",
])
def test_initials_and_a_list_of_places_do_not_end_a_figures_clause(sentence):
    _, q = figure(claims.extract(sentence), next(t for t in ("more than 6,000", "More than 6,000") if t in sentence))
    assert q.frame.measure == "workers on strike"


def test_a_person_described_by_an_organisations_possessive_takes_its_side():
    document = ("Harwell Air cabin crew voted to strike.\n"
                "According to Dana Vell, Harwell Air's chief human resources officer, the airline pays 12% more than "
                "its rivals.\n")
    claim, q = figure(claims.extract(document), "12%")
    assert claim.side == "employer" and q.frame.owner_side == "employer"


@pytest.mark.parametrize("sentence", [
    "Wessex's health minister, Dana Vell, said 18,000 people had marched.",  # a place's possessive opens the title
    "The undersecretary, Dana Vell, said 18,000 people had marched.",  # an undersecretary holds a government office
])
def test_a_person_named_after_a_government_title_speaks_for_the_government(sentence):
    claim, _ = figure(claims.extract(sentence), "18,000")
    assert claim.side == "government"


def test_an_offer_the_union_voted_down_is_not_the_unions():
    document = ("Harwell Air cabin crew went on strike on Monday.\n"
                "The strike began after the union voted down a contract offer under which some crew would have "
                "received 4% raises.\n")
    _, q = figure(claims.extract(document), "4%")
    assert q.frame.measure == "raise offered" and q.frame.owner_side == "employer"


def test_a_surname_with_a_particle_is_known_again_by_it():
    document = ("Protests against the fuel levy spread to Harwell.\n"
                "On Monday the finance minister, Paul Le Brun, said the protests had hurt the economy.\n"
                "Le Brun said shops had lost between 15 and 40 per cent of their takings.\n")
    claim, _ = figure(claims.extract(document), "40 per cent")
    assert claim.side == "government"


@pytest.mark.parametrize("sentence, figure_text, measure, side", [
    ("Riot police arrested some 130 people.", "some 130", "people arrested", "police"),
    ("Gendarmes detained 45 protesters near the square.", "45", "people arrested", "police"),
    ("Lakeport police detained 40 protesters, organisers said.", "40", "people arrested", "organizers"),
    ("The clashes killed 14 people and injured 90 more.", "14", "people killed", "reporter"),
])
def test_those_who_make_arrests_keep_their_count_and_a_verb_before_a_toll_names_it(sentence, figure_text, measure,
                                                                                    side):
    document = "Protests against the fuel levy spread to Harwell on Saturday.\n" + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == measure
    assert q.frame.owner_side == side


@pytest.mark.parametrize("sentence, figure_text, side", [
    ("In all, 140 police personnel were injured in the clashes.", "140", "police"),
    ("Of these, 60 officers were hurt in the old town and 12 in the harbour.", "12", "police"),
    ("The union said 12 police officers were hurt.", "12", "union"),  # a party that tells it keeps it
    ("Some 40 protesters were injured.", "Some 40", "reporter"),
])
def test_the_police_count_their_own_wounded(sentence, figure_text, side):
    document = "Protests against the levy spread to Harwell on Saturday.\n" + sentence
    _, q = figure(claims.extract(document), figure_text)
    assert q.frame.measure == "people injured"
    assert q.frame.owner_side == side


HARWELL = "The Harwell Porters Guild struck against Harwell Air on Monday.\n"


@pytest.mark.parametrize("sentence, figure_text, side, measure", [
    # a body whose name says what it is, however many words its place takes
    ("According to the Lake Port City Constabulary, 130,000 people took part.", "130,000", "police", "crowd size"),
    # members of a party's team speak for that party
    ("Members of the airline's bargaining team said the guild's plan would mean cuts of at least $38 million.",
     "at least $38 million", "employer", None),
    # a source only carries the words of the one who said them
    ("Harwell Air chief Dana Vell said, according to the Ledger, that the offer would lift average pay to $47,000 a "
     "year.", "$47,000 a year", "employer", None),
    # the president's spokesman is the government's, and "put at N the number of" counts what it names
    ("Presidential spokesman Ari Moss put at 12 thousand the number of people who rallied.", "12 thousand",
     "government", "crowd size"),
    # a raise named after its figure, whatever was done to it
    ("The guild turned down a 3.2 percent wage increase put forward by Harwell Air and wants a 7.5 percent increase.",
     "3.2 percent", "employer", "raise offered"),
    ("The guild turned down a 3.2 percent wage increase put forward by Harwell Air and wants a 7.5 percent increase.",
     "7.5 percent", "union", "raise demanded"),
    # a figure followed by the party whose position it was
    ("That is below the 18 per cent the guild sought in May, but above the 11.4 per cent over four years that Harwell "
     "Air first offered.", "11.4 per cent", "employer", None),
    # a share of the ballot told by the approval it gave
    ("Members of the Harwell Porters Guild gave the walkout plan 97% approval.", "97%", "union", "vote to strike"),
    # a subject described by whom it speaks for
    ("A union that represents some 9,000 Harwell Air porters said its two-day strike would go on with no end date.",
     "two-day", "union", "strike length"),
    # a possessor named in capitals and lower case alike holds the offer
    ("The unions turned down the Wessex government's new minimum wage offer of N61,000.", "N61,000", "government",
     None),
    # one of several unions
    ("The HPU, one of the unions in the coalition, said 3,000 porters would strike.", "3,000", "union", None),
    # a union's membership, however it is told
    ("The guild said its total membership stood at 9,570 as of 9 in the evening.", "9,570", "union",
     "workers represented"),
])
def test_owners_and_measures_read_from_the_words_around_a_figure(sentence, figure_text, side, measure):
    claim, q = figure(claims.extract(HARWELL + sentence), figure_text)
    assert claim.side == side and q.frame.owner_side == side
    if measure:
        assert q.frame.measure == measure


def test_a_time_told_in_words_is_no_figure_and_a_raise_spread_over_years_is_no_strike_length():
    found = claims.extract(HARWELL + "The guild said its membership stood at 9,570 as of 9 in the evening.\n"
                           "The guild had sought raises of 17% across the next three years before the strike.")
    assert [q.text for c in found for q in c.quantities if q.kind != "date"] == ["9,570", "17%", "three years"]
    _, term = figure(found, "three years")
    assert term.frame.measure == "term of a raise"


def test_figures_in_the_description_of_a_subject_are_the_outlets():
    sentence = ("The Harwell Porters Guild, the largest union at the airline with over 3,000 members, or some 18 "
                "percent of the workforce, said the three-day strike would go ahead.")
    found = claims.extract(HARWELL + sentence)
    claim, members = figure(found, "over 3,000")
    _, share = figure(found, "some 18 percent")
    _, strike = figure(found, "three-day")
    assert claim.side == "union" and strike.frame.owner_side == "union"
    assert members.frame.owner_side == share.frame.owner_side == "reporter"


def test_porters_who_struck_for_weeks_give_a_strike_length_and_a_deal_struck_does_not():
    found = claims.extract(HARWELL + "The porters struck for three weeks.\n"
                           "The two sides struck a deal after two weeks.")
    assert figure(found, "three weeks")[1].frame.measure == "strike length"
    assert figure(found, "two weeks")[1].frame.measure != "strike length"


def test_a_general_strike_against_a_governments_policy_leaves_the_government_its_own_party():
    document = ("The Wessex Labour Federation staged a general strike against President Ada Quill on Thursday.\n"
                "Government workers, teachers and bus drivers stayed home.\n"
                "According to the government, the stoppage kept some 2.1 million people from work.\n"
                "Quill said 70% of the public opposed the strike.")
    found = claims.extract(document)
    assert figure(found, "some 2.1 million")[0].side == "government"
    assert figure(found, "70%")[0].side == "government"


def test_a_stay_away_or_a_strike_against_a_price_rise_leaves_the_government_its_own_party():
    # the government employs teachers who struck over pay, yet the stoppage the article is about is against its policy
    for stoppage in ("a three-day stay-away", "a national strike against the rise in bread prices"):
        document = (f"The Wessex Trades Council called {stoppage} on Monday.\n"
                    "Teachers and state employees went on strike over low pay last month.\n"
                    "President Ada Quill said the price of bread would rise from $1.10 to $2.40.\n"
                    "The government said 260 people had been arrested.")
        found = claims.extract(document)
        assert figure(found, "$2.40")[0].side == "government", stoppage
        assert figure(found, "260")[0].side == "government", stoppage


def test_a_tax_told_in_the_outlets_voice_is_the_governments():
    found = claims.extract(HARWELL + "The budget brings in a levy of $3 a bottle on wine and adds 4 cents to the "
                           "landing duty.\nCouncillors also scrapped the $6-per-ticket levy on concerts.\n"
                           "Harwell Air paid $8 million in taxes last year.")
    assert figure(found, "$3")[0].side == "government"
    assert figure(found, "4 cents")[0].side == "government"
    assert figure(found, "$6")[0].side == "government"
    assert figure(found, "$8 million")[0].side != "government"  # what a company pays is no rate it sets


def test_a_minimum_wage_sought_and_one_put_forward_are_two_positions():
    found = claims.extract(HARWELL + "The guild asked for a $25 minimum wage.\n"
                           "Harwell Air offered a minimum wage of $20 an hour.\n"
                           "Porters earn $17 an hour today.\n"
                           "Harwell Air says the guild wants pay of $95,000 a year.")
    assert figure(found, "$25")[1].frame.measure == "hourly wage demanded"
    assert figure(found, "$20 an hour")[1].frame.measure == "hourly wage offered"
    assert figure(found, "$17 an hour")[1].frame.measure == "hourly wage"
    assert figure(found, "$95,000 a year")[1].frame.measure == "annual pay"


@pytest.mark.parametrize("sentence, figure", [
    ("The ombudsman has reports of 31 deaths.", "31"),
    ("At least 500 hurt in the clashes, officials said.", "At least 500"),
    ("The police reported 8 killings in Lakeport.", "8"),
    ("The protests have cost at least 33 lives, the ombudsman said.", "at least 33"),
    ("More than 1,000 arrests were made.", "More than 1,000"),
])
def test_a_count_of_the_dead_hurt_or_held_counts_people(sentence, figure):
    [q] = [q for c in claims.extract(sentence) for q in c.quantities if q.text == figure]
    assert q.unit == "people"
    assert q.frame.measure in ("people killed", "people injured", "people arrested")


def test_a_headlines_present_tense_counts_the_dead():
    [q] = [q for c in claims.extract("Troops sent into Lakeport after 9 die in protests") for q in c.quantities]
    assert (q.unit, q.frame.measure, q.frame.population) == ("people", "people killed", "")


def test_a_union_so_many_strong_counts_the_workers_it_represents():
    _, q = figure(claims.extract("Dana Vell, who leads the 12,000-strong porters' union, spoke to lawmakers."), "12,000")
    assert q.frame.measure == "workers represented"


def test_a_sum_paid_more_in_premiums_is_a_cost_and_no_raise():
    found = claims.extract("Under the plan, part-time clerks would pay $415 more in dental premiums, the union says.")
    _, q = figure(found, "$415")
    assert q.frame.measure == "cost"


@pytest.mark.parametrize("sentence, low, high, measure", [
    ("The board says it would pay 85% to 90% of the cost of cover.", "85%", "90%", "share of cost"),
    ("The guild says between 30% and 45% of depots would close.", "30%", "45%", "share of depots"),
])
def test_the_two_ends_of_a_range_measure_one_thing(sentence, low, high, measure):
    found = claims.extract(sentence)
    assert figure(found, low)[1].frame.measure == figure(found, high)[1].frame.measure == measure


def test_a_surname_after_a_title_is_known_again_by_it_and_by_he():
    document = ("Floods closed roads across Harwell.\n"
                "Governor Vell-Moss said the river had begun to fall.\n"
                "He added that four shelters had closed.\n"
                "Vell-Moss said 12 families were still without a home.\n")
    found = claims.extract(document)
    assert figure(found, "four")[0].side == figure(found, "12")[0].side == "government"


@pytest.mark.parametrize("name, surname", [("Andrée Vell", "Vell"), ("Ágota Méssar", "Méssar"), ("Łucja Piñal", "Piñal")])
def test_a_name_with_accented_letters_is_a_name_known_again_by_its_surname(name, surname):
    document = ("Floods closed roads across Harwell.\n"
                f"Premier {name} said the river had begun to fall.\n"
                f"{surname} said 12 families were still without a home.\n")
    claim, _ = figure(claims.extract(document), "12")
    assert claim.side == "government"


def test_a_person_after_a_title_with_a_field_is_known_again_by_surname():
    document = ("Teachers at Harwell's state schools walked out on Monday.\n"
                "Secretary for Education Rafe Mott said the offer was fair.\n"
                "Mr Mott said 31 schools had been shut.\n")
    claim, _ = figure(claims.extract(document), "31")
    assert claim.speaker == "Rafe Mott" and claim.side == "government"


@pytest.mark.parametrize("title", ["Labor Secretary Dana Vell", "The labour secretary, Dana Vell,"])
def test_the_governments_member_for_labour_speaks_for_the_government(title):
    document = ("Harwell Air porters walked out on Monday, the HRU union said.\n"
                f"{title} said 14 flights had been cancelled.\n")
    claim, _ = figure(claims.extract(document), "14")
    assert claim.side == "government"  # "labour" names the office's field, not the workers' side


def test_a_person_after_a_police_title_with_of_speaks_for_the_police():
    document = ("Protests over police abuses spread across Harwell.\n"
                "State Commissioner of Police Ari Quill told reporters that 24 officers were hurt.\n"
                "Quill said rioters set fire to 31 patrol cars.\n")
    claim, _ = figure(claims.extract(document), "31")
    assert claim.side == "police"


def test_it_is_the_organisation_its_sentence_opens_with_even_one_whose_name_holds_a_verb():
    document = ("Protests over police abuses spread across Harwell.\n"
                "The Wessex State Police Command gave its own figures on Monday, and it says seven officers died.\n")
    claim, q = figure(claims.extract(document), "seven")
    assert claim.side == q.frame.owner_side == "police"


@pytest.mark.parametrize("sentence, side", [
    ("Teacher Ada Quill said she had marched for eight days.", "union"),
    ("Nurse Ada Quill said she had marched for eight days.", "union"),
])
def test_a_person_titled_by_a_trade_speaks_for_the_workers(sentence, side):
    claim, _ = figure(claims.extract("Teachers and nurses in Harwell walked out on Monday.\n" + sentence), "eight days")
    assert claim.side == side


def test_a_panel_of_inquiry_is_an_observer_and_shot_dead_counts_the_dead():
    claim, q = figure(claims.extract("Protests spread across Harwell.\nThe panel found that troops shot dead at least 17 "
                                     "people at the bridge.\n"), "at least 17")
    assert claim.side == "analyst" and q.frame.measure == "people killed"


def test_an_appositive_after_the_subject_leaves_the_demand_to_the_subject():
    claim, _ = figure(claims.extract("Porters in Harwell walked out on Monday.\nThe union, the Harwell Porters "
                                     "Association, has asked for $420 million over four years.\n"), "$420 million")
    assert claim.side == "union"


@pytest.mark.parametrize("sentence", [
    "The finance committee called the $420 million that teachers were seeking out of reach.",
    '"We cannot pay the 12% that drivers want," the chief executive said.',
])
def test_a_figure_the_workers_seek_is_theirs_whoever_tells_of_it(sentence):
    _, q = figure(claims.extract("Teachers and drivers in Harwell walked out on Monday.\n" + sentence),
                  "$420 million" if "$" in sentence else "12%")
    assert q.frame.owner_side == "union"


def test_a_governing_partys_leaders_are_the_government():
    claim, _ = figure(claims.extract("Teachers in Harwell walked out on Monday.\nDemocratic leaders said the budget "
                                     "held $250 million for schools.\n"), "$250 million")
    assert claim.side == "government"


@pytest.mark.parametrize("sentence, figure_text", [
    # the bill's terms are the governor's, not the teachers' its words name
    ("Governor Ada Quill signed a measure that gives porters raises of up to 12 percent.", "up to 12 percent"),
    ("Last month Gov. Ada Quill signed SB 77, which sets aside $347 million for schools.", "$347 million"),
    ("The legislature, where the governor's party holds a majority, had approved new taxes, bringing in about $310 "
     "million.", "about $310 million"),
])
def test_what_a_bill_provides_is_the_enactors(sentence, figure_text):
    _, q = figure(claims.extract("Teachers in Harwell walked out on Monday.\n" + sentence), figure_text)
    assert q.frame.owner_side == "government"


def test_members_of_a_local_name_the_union_and_its_international():
    document = ("Bakery workers went on strike against Harbourline.\n"
                "Members of HBW Local 9 walked out too.\n"
                "Ari Moss, national president of the HBW, said five plants were shut.\n")
    claim, _ = figure(claims.extract(document), "five")
    assert claim.side == "union"


def test_initials_written_only_with_a_possessive_still_stand_for_the_name():
    found = claims.extract("Teachers walked out in Harwell.\nThe Harwell Teachers Guild led a march to the town hall. "
                           "By the HTG's count, 20,000 people came.")
    claim, _ = figure(found, "20,000")
    assert claim.side == "organizers"  # a union's count of its own march


@pytest.mark.parametrize("sentence, figure_text, measure", [
    ("The porters' tally: 71% for the deal and 29% against.", "71%", "vote to accept"),
    ("The porters' tally: 71% for the deal and 29% against.", "29%", "vote to reject"),
    ("The ballot went 64% for and 36% against.", "36%", "vote to reject"),
])
def test_shares_for_and_against_are_the_two_sides_of_a_ballot(sentence, figure_text, measure):
    _, q = figure(claims.extract("Bakery workers at Harbourline went on strike in August.\n" + sentence), figure_text)
    assert q.frame.measure == measure


def test_a_raise_against_inflation_is_no_side_of_a_ballot():
    _, q = figure(claims.extract("Pay rose 4% against inflation of 6%."), "4%")
    assert not q.frame.measure.startswith("vote")


def test_he_after_a_list_of_names_is_still_the_person_who_gave_the_list():
    document = ("Protests swept Lakeport last week.\n"
                "Police Commissioner Ari Moss said at least 30 policemen were injured.\n"
                "Moss listed the officers who died: Deputy Superintendent Dana Vell of Harwell "
                "Station; Sergeant Ada Quill of the river patrol.\n"
                "He said that the mob burnt 58 police vehicles.\n")
    claim, _ = figure(claims.extract(document), "58")
    assert claim.speaker == "Ari Moss" and claim.side == "police"


def test_workers_out_for_a_span_are_on_strike_for_it():
    _, q = figure(claims.extract("Porters in Harwell walked out in May.\nThe porters have been out for two weeks, "
                                 "the guild said.\n"), "two weeks")
    assert q.frame.measure == "strike length"


def test_raises_ranging_between_two_shares_are_raises():
    _, q = figure(claims.extract("Nurses in Harwell walked out on Monday.\nUnder the bill, nurses get raises that "
                                 "range from 11 percent to 13 percent.\n"), "13 percent")
    assert q.frame.measure.startswith("raise")


def test_a_toll_the_authorities_had_given_is_theirs_and_hours_porters_were_given_are_not_the_porters():
    found = claims.extract("Marches went on across Wessex.\n\nThe provincial authorities had given 31 dead by Friday.\n\n"
                           "The porters at Harbourline have been given 48 hours to return.")
    assert figure(found, "31")[1].frame.owner_side == "government"
    assert figure(found, "48 hours")[1].frame.owner_side != "union"
