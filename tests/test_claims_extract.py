"""Whole-document extraction: sides, press-release voice, boilerplate, sub-span denials, parties files, offsets."""
import json
import random
import re
from pathlib import Path

import pytest

import claims
from claims import DEFAULT_PARTIES, load_parties
from claims.model import Parties, Party

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).parents[2] / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the checkout")

STUDIO_PARTIES = Parties((
    Party("union", aliases=("Writers Guild of America", "WGA", "the guild"), people=("Mara Lindqvist",)),
    Party("employer", aliases=("Alliance of Motion Picture and Television Producers", "AMPTP", "Silverlake Studios",
                               "Silverlake"), people=("Tom Becker",)),
))


def claim_with(found, fragment):
    matches = [c for c in found if fragment in c.text]
    assert matches, [c.text for c in found]
    return matches[0]


def assert_offsets(document, found):
    for claim in found:
        assert document[claim.start:claim.end] == claim.text
        for q in claim.quantities:
            assert claim.text[q.start:q.end] == q.text
    assert [c.position for c in found] == list(range(len(found)))


def test_sides_with_a_parties_file_follow_the_head_noun():
    document = (
        "Silverlake workers say 40 percent of writers earn the guild minimum.\n"
        "Silverlake officials said average pay rose 12 percent.\n"
        "The AMPTP said it offered a 5 percent raise.\n"
        "WGA negotiator Mara Lindqvist said 98 percent of members backed a strike.\n"
        "Becker said 3 shows had already been cancelled."
    )
    found = claims.extract(document, parties=STUDIO_PARTIES)
    assert_offsets(document, found)
    assert [c.side for c in found] == ["union", "employer", "employer", "union", "employer"]
    assert found[-1].speaker == "Tom Becker"


def test_longest_alias_wins():
    parties = Parties((Party("employer", aliases=("Alliance of Motion Picture and Television Producers",)),
                       Party("union", aliases=("Alliance",))))
    found = claims.extract("The Alliance of Motion Picture and Television Producers said 14 studios agreed.",
                           parties=parties)
    assert found[0].side == "employer"


def test_default_sides_recognise_organisations_never_seen():
    document = (
        "Nurses at Bayview Medical Center walked out on Tuesday over staffing.\n"
        "The Riverside Nurses Association said 1,400 nurses joined the strike.\n"
        "Bayview officials said 60 percent of shifts were covered.\n"
        "Teamsters Local 952 President Ray Ochoa said drivers would honour the picket line.\n"
        "Ochoa added that 300 drivers had signed up to help."
    )
    found = claims.extract(document)
    assert_offsets(document, found)
    sides = {c.text.split()[0]: c.side for c in found}
    assert sides["The"] == "union"
    assert sides["Bayview"] == "employer"
    assert sides["Teamsters"] == "union" and sides["Ochoa"] == "union"


def test_press_release_sentences_speak_for_the_issuer():
    document = (
        "Transit Operators Union Local 88 Votes to Authorize Strike\n\n"
        "Media Contact: Jo Park, jpark@tou88.org\n\n"
        "Members of Transit Operators Union Local 88 today announced that 96 percent voted to authorize a strike.\n"
        "The authority has proposed cutting overtime pay by 15 percent.\n"
        "Local 88 represents 2,300 bus operators and mechanics."
    )
    found = claims.extract(document)
    assert_offsets(document, found)
    assert claim_with(found, "cutting overtime").side == "union"
    assert claim_with(found, "represents 2,300").side == "union"
    assert not [c for c in found if "Media Contact" in c.text or "@" in c.text]


def test_publisher_matching_a_party_gives_it_the_voice():
    found = claims.extract("Our average operator earns $31.50 an hour.", publisher="Metro Transit Authority")
    assert found[0].side == "employer"


def test_a_party_that_never_names_itself_writes_of_anothers_strike_as_an_outlet_does():
    document = "The strike, which involved 1,400 bakers at four plants, ended on Tuesday."
    assert claims.extract(document, publisher="Western Harbour Labour Council")[0].side == "reporter"
    named = "The Western Harbour Labour Council said 1,400 bakers at four plants ended their strike on Tuesday. " + document
    assert claims.extract(named, publisher="Western Harbour Labour Council")[-1].side == "union"


def test_a_news_article_keeps_the_reporter_voice():
    found = claims.extract("About 900 hotel workers rallied downtown on Saturday.", publisher="City Courier")
    assert found[0].side == "reporter"


def test_allegation_and_denial_give_two_claims():
    document = "The pilots union accused Skyway Air of stalling talks, an allegation the airline has denied."
    found = claims.extract(document)
    assert_offsets(document, found)
    assert [(c.side, c.stance) for c in found] == [("union", "allegation"), ("employer", "denial")]
    assert found[1].text == "an allegation the airline has denied"


@pytest.mark.parametrize(
    "furniture",
    [
        "By Hannah Ostrowski",
        "Photo via Wikimedia Commons",
        "Strikers outside the plant on Monday. Jane Doe/AFP via Getty Images",
        "Sign up for our free morning newsletter.",
        "Contact: Sam Ruiz, 555-401-2299, sruiz@example.org",
        "Mailing Address",
        "1200 Harbor Blvd.",
        "Read the full article here",
        "57 people found this helpful.",
        "October 3, 2023",
        "10:45 AM",
        "Will the strike end soon?",
        "Creation of a joint safety committee.",
    ],
)
def test_page_furniture_is_never_a_claim(furniture):
    assert claims.extract(f"{furniture}\n") == []


def test_plain_factual_events_are_claims():
    document = (
        "Negotiators for both sides approved a tentative agreement on safety.\n"
        "Bargaining is scheduled to resume October 12-13."
    )
    assert len(claims.extract(document)) == 2


def test_a_short_sentence_with_a_figure_and_a_verb_is_a_claim_and_page_furniture_is_not():
    document = "Unions marched against the reform.\nAuthorities counted 740,000 demonstrators.\n5 min read\nPage 2 of 3\n"
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.text == "Authorities counted 740,000 demonstrators." and claim.side == "government"


def test_figures_a_party_publishes_show_its_count():
    document = "Unions marched against the reform.\nPolice figures showed 1.1 million marchers.\n"
    assert claim_with(claims.extract(document), "1.1 million").side == "police"


def test_where_and_when_a_march_went_is_a_claim_and_a_month_is_no_march():
    document = (
        "The march ended outside the parliament building as night fell on Sunday.\n"
        "The marchers left the port city on Wednesday.\n"
        "In March the weather turned cold."
    )
    assert [c.text[:9] for c in claims.extract(document)] == ["The march", "The march"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Words that mark page furniture only where a line opens with them, or ends with an agency.
        "The dockers' union asked the port authority for more information about the 40 cranes it plans to sell.",
        "Pictures by union photographers showed thousands of pickets, and organisers said 6,000 took part in the march.",
        "Unions said 2 million marched, a figure relayed via AFP and disputed by the ministry, which counted 900,000.",
        "The union called for public inquiries into the 12 arrests made at the depot on Monday.",
    ],
)
def test_prose_that_mentions_furniture_words_is_still_a_claim(sentence):
    assert [c.text for c in claims.extract(sentence)] == [sentence]


def test_a_headline_that_states_a_figure_is_the_outlets_claim():
    document = "Ferry crews win 4% raise\nCrews voted on Friday to accept the deal.\n"
    found = claims.extract(document)
    assert found[0].text == "Ferry crews win 4% raise"
    assert claims.extract("Ferry crews and their union\nCrews voted on Friday to accept the deal.\n")[0].text.startswith("Crews")


def test_the_articles_own_headline_is_a_claim_even_without_a_verb_and_later_headings_are_not():
    document = ("Huge march in Corvane over the pension law\n\n"
                "Thousands marched through the capital on Saturday, organisers said.\n\n"
                "Second march planned for next month\n\n"
                "Unions said they would decide on the date this week.\n")
    texts = [c.text for c in claims.extract(document)]
    assert texts[0] == "Huge march in Corvane over the pension law"
    assert "Second march planned for next month" not in texts


def test_a_characterisation_or_a_partys_stated_demand_is_its_claim():
    document = (
        "The Harbor Pilots Guild described the agreement as a huge win.\n"
        "The guild wants the port to stop contracting out night shifts.\n"
    )
    found = claims.extract(document)
    assert [c.side for c in found] == ["union", "union"]


def test_an_event_in_a_bullet_of_a_partys_release_is_its_claim():
    release = "Statement from the Harbor Pilots Guild\nThe guild said:\n- Pilots picketed the port's main gate\n"
    found = claims.extract(release, publisher="Harbor Pilots Guild")
    assert [c.text for c in found][-1] == "Pilots picketed the port's main gate"


def test_a_trailing_photo_credit_is_cut_from_the_caption():
    document = "More than 2,000 dockworkers marched along the port on Friday.Ana Lee/Reuters"
    found = claims.extract(document)
    assert found[0].text == "More than 2,000 dockworkers marched along the port on Friday."


@pytest.mark.parametrize(
    "document",
    [
        "", "\x00\x07\x1b[31m", "7" * 20000, "no punctuation at all just words " * 500,
        "<div><p>Workers said $5</p><script>var x=1;</script></div>" * 200,
        "مضرب العمال عن العمل لمدة 5 أيام. قال الاتحاد إن 300 عامل انضموا.",
        "“" * 500 + "Quote. " * 500, "Local 1234 " * 1000, "$" * 3000 + "1,000," * 2000,
    ],
)
def test_never_raises_and_keeps_offsets(document):
    assert_offsets(document, claims.extract(document))


def test_random_unicode_never_raises():
    rng = random.Random(7)
    for _ in range(30):
        document = "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 2000)))
        assert_offsets(document, claims.extract(document))


def test_load_parties_accepts_the_recommended_and_the_tolerant_formats(tmp_path):
    recommended = tmp_path / "a.toml"
    recommended.write_text('[union]\naliases = ["Local 9"]\npeople = ["Ann Lee"]\n[employer]\naliases = "Acme"\n')
    tolerant = tmp_path / "b.toml"
    tolerant.write_text('[parties.labour]\nnames = ["Local 9"]\nmembers = ["Ann Lee"]\n[parties.owner]\nnames = ["Acme"]\n')
    a, b = load_parties(recommended), load_parties(tolerant)
    assert [(p.side, p.aliases, p.people) for p in a.parties] == [
        ("union", ("Local 9",), ("Ann Lee",)), ("employer", ("Acme",), ())]
    assert [(p.side, p.aliases, p.people) for p in b.parties] == [
        ("labour", ("Local 9",), ("Ann Lee",)), ("owner", ("Acme",), ())]
    found = claims.extract("Acme said 40 workers were laid off.\nAnn Lee said 60 were laid off.", parties=b)
    assert [c.side for c in found] == ["owner", "labour"]


@pytest.mark.parametrize(
    "content",
    ["[union\naliases = 1", "union = 3\n", '[union]\naliases = [1, 2]\n', "", "[union]\n[employer]\n"],
)
def test_a_malformed_parties_file_is_one_clear_value_error(tmp_path, content):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ValueError) as caught:
        load_parties(path)
    assert "\n" not in str(caught.value) and "parties file" in str(caught.value)


def test_the_example_parties_file_loads():
    parties = load_parties(ROOT / "examples" / "kaiser-parties.toml")
    assert [p.side for p in parties.parties] == ["union", "employer"]
    assert "John Nelson" in parties.parties[1].people and "KP" in parties.parties[1].aliases
    assert DEFAULT_PARTIES and {p.side for p in DEFAULT_PARTIES.parties} == {"union", "employer"}


def squash(text):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def seed_claims(parties):
    found = {}
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text()
        found[path.name] = claims.extract(text, parties=parties)
        assert_offsets(text, found[path.name])
    return found


@needs_shared
@pytest.mark.parametrize("with_parties", [True, False])
def test_seed_figures(with_parties):
    parties = load_parties(ROOT / "examples" / "kaiser-parties.toml") if with_parties else None
    found = seed_claims(parties)
    gold = [json.loads(line) for line in (SHARED / "eval" / "seed_figures.jsonl").read_text().splitlines() if line]
    valued = side_right = 0
    for row in gold:
        hits = [(c, q) for c in found[row["doc"]] if squash(row["figure"]) in squash(c.text) for q in c.quantities
                if abs(q.value - row["value"]) <= 1e-6 * max(1, abs(row["value"]))]
        valued += bool(hits)
        side_right += any(row["side"] in ("any", c.side) for c, _ in hits)
    assert valued >= 0.95 * len(gold)
    assert side_right >= (0.85 if with_parties else 0.75) * len(gold)


@needs_shared
def test_every_seed_pair_quote_is_or_contains_a_claim():
    texts = [squash(c.text) for found in seed_claims(None).values() for c in found]
    for row in map(json.loads, (SHARED / "eval" / "seed_pairs.jsonl").read_text().splitlines()):
        for quote in (squash(row["quote_a"]), squash(row["quote_b"])):
            assert any(t in quote or quote in t for t in texts), quote


def test_a_union_named_after_its_workers_is_not_the_employer():
    document = (
        "Metro Transit Workers Local 214 said 4,000 members walked out.\n"
        "Metro Transit said 70 percent of routes were running."
    )
    found = claims.extract(document)
    assert found[0].side == "union" and found[1].side != "union"


def test_an_alliance_of_producers_and_its_spokesperson_are_the_employer_without_parties():
    document = (
        "Writers stopped work after the Screen Writers Guild and the Alliance of Film and Television Producers "
        "failed to agree.\n\n"
        "The alliance, which negotiates for the major studios, countered that its package was worth $300 million.\n\n"
        "\u201cNobody will find a better deal on a picket line,\u201d Tomas Reilly, a spokesperson for the alliance, "
        "said in a statement.\n\n"
        "The guild disputes that number. It says half of its members earned less than $70,000 a year.\n"
    )
    found = claims.extract(document)
    package = claim_with(found, "$300 million")
    assert (package.speaker, package.side) == ("Alliance of Film and Television Producers", "employer")
    quote = claim_with(found, "better deal")
    assert (quote.speaker, quote.side) == ("Tomas Reilly", "employer")
    assert claim_with(found, "It says").side == "union"


def test_a_paper_named_after_its_city_is_not_the_city_school_district():
    document = (
        "Roughly 2,800 teachers in the Harbor City Unified School District walked off the job Monday.\n\n"
        "Harbor City teachers say the district pays less than its neighbours.\n"
    )
    found = claims.extract(document, publisher="Harbor City Courier")
    assert claim_with(found, "2,800").side == "reporter"


def test_a_partys_demand_stated_by_the_reporter_is_the_partys():
    document = (
        "The Screen Writers Guild called the strike on Friday.\n\n"
        "The guild is seeking a 6% raise in the first year of a three-year deal.\n\n"
        "Picketing is planned at two dozen studio lots.\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "6% raise").side == "union"
    assert claim_with(found, "two dozen").side == "reporter"


def test_the_items_of_a_partys_list_are_its_claims():
    document = (
        "The Rail Workers Union called a strike on Tuesday.\n\n"
        "The union's claim, as set out in a circular to members:\n\n"
        "- a pay rise of 9 per cent, backdated to January\n"
        "- a minimum salary of \u00a330,000 a year for every grade\n\n"
        "Talks resume on Monday, the operator said.\n"
    )
    found = claims.extract(document)
    rise = claim_with(found, "9 per cent")
    assert rise.side == "union" and rise.quantities[0].value == 9
    assert claim_with(found, "30,000").side == "union"


def test_a_lead_in_with_a_partys_verb_gives_it_the_list_and_a_heading_takes_it_away():
    document = (
        "Teachers of the Harbour Teachers Union walked out on Monday.\n\n"
        "The union is demanding:\n\n"
        "- A 6.5% raise\n"
        "- 1,000 more nurses for schools\n\n"
        "The district's latest offer includes:\n\n"
        "- A 4% raise over two years\n\n"
        "Read more:\n\n"
        "- Strike enters its fifth day as 30 schools close\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "6.5%").side == "union"  # an item of two words, its figure its owner's
    assert claim_with(found, "1,000").side == "union"
    assert claim_with(found, "4%").side == "employer"
    assert claim_with(found, "30 schools").side == "reporter"


def test_a_lead_in_that_names_a_partys_offer_anywhere_gives_it_the_list():
    document = (
        "Teachers of the Harbour Teachers Union went on strike against Harbour Unified on Monday.\n\n"
        "Here is what is in the district's latest offer:\n\n"
        "- A 6% raise over two years\n"
        "- 300 more nurses\n\n"
        "Highlights of the proposal from Harbour Unified:\n\n"
        "- A 3% raise this year\n\n"
        "Here is what they are asking for:\n\n"  # no party named: the list is nobody's in particular
        "- Strike pay of $200 a week for 4,000 members\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "6% raise").side == "employer"
    assert claim_with(found, "300 more").side == "employer"
    assert claim_with(found, "3% raise").side == "employer"
    assert claim_with(found, "$200").side == "reporter"


def test_a_figure_of_a_partys_offer_is_that_partys_whoever_rejects_or_reports_it():
    document = (
        "The Harbour Teachers Union, which represents 30,000 teachers, is on strike against Harbour Unified.\n\n"
        "Teachers rejected the district's 6% raise offer on Monday.\n\n"
        "The union turned down the district's offer of a 4% raise.\n\n"
        "Superintendent Mark Dale said the district cannot afford the union's demand for a 10% raise.\n\n"
        "Dale said the district's $1.8 billion reserve was needed for pensions.\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "6% raise offer").side == "employer"
    assert claim_with(found, "4% raise").side == "employer"
    assert claim_with(found, "10% raise").side == "union"
    assert claim_with(found, "$1.8 billion").side == "employer"  # a reserve is no offer: the speaker's figure


def test_a_person_named_in_passing_is_the_she_who_speaks_next():
    document = (
        "Transport Secretary Helen Marsh said the government would not pay more.\n\n"
        "Among those on the picket line was Sandra Kaye, a conductor at the station.\n\n"
        "\u201cWe are not greedy, and we want 9 per cent,\u201d she said.\n"
    )
    quote = claim_with(claims.extract(document), "not greedy")
    assert quote.speaker == "Sandra Kaye" and quote.side == "union"


@pytest.mark.parametrize("described", ["A clearly weary Vell", "An exasperated Vell", "A defiant Dana Vell"])
def test_a_person_told_with_how_they_seemed_is_the_person_named_before(described):
    document = (
        "Lakeport premier Dana Vell gave the tram drivers a deadline.\n\n"
        f"{described} told a radio station that after 40 sessions she was done talking.\n"
    )
    sessions = claim_with(claims.extract(document), "40 sessions")
    assert sessions.speaker == "Dana Vell" and sessions.side == "government"
    assert sessions.quantities[0].unit == "sessions"  # the "she" after the figure is not what it counts


@pytest.mark.parametrize("verb", ["has refused to offer", "declined to offer", "is unwilling to offer"])
def test_an_offer_a_party_refuses_to_raise_is_its_own_ceiling(verb):
    document = (
        "Dock workers of the Harbour Workers Union struck at Harbourline on Monday.\n\n"
        f"Harbourline {verb} more than 3% when talks resumed.\n"
    )
    offer = next(q for c in claims.extract(document) for q in c.quantities if q.value == 3)
    assert (offer.frame.owner, offer.frame.owner_side, offer.frame.measure, offer.qualifier) == (
        "Harbourline", "employer", "raise offered", "at most")


def test_a_release_of_an_organisation_that_is_no_union_speaks_for_the_employer():
    document = (
        "CINCINNATI, June 24, 2025 - Harvest Basket Markets today presented the union with its final offer.\n\n"
        "Our final offer raises wages by $3.25 an hour over three years.\n"
    )
    offer = claim_with(claims.extract(document, publisher="Harvest Basket Markets"), "$3.25")
    assert offer.side == "employer"


def test_an_alliance_that_bargains_for_carriers_is_the_employer_and_an_acronym_is_its_organisation():
    document = (
        "Dockworkers of the International Dock and Longshore Association walked out at 34 ports.\n\n"
        "The Atlantic Gulf Maritime Alliance, which bargains for terminal operators and ocean carriers, "
        "put the number of dockworkers on strike at nearly 45,000.\n\n"
        "\u201cThe carriers made $300 billion,\u201d said IDLA President Raymond Tolliver.\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "45,000").side == "employer"
    assert claim_with(found, "$300 billion").side == "union"


@pytest.mark.parametrize(
    "document, figures",
    [
        # No parties file and no default name: "Workers" heading the name makes it labour's, and "HWA" is its
        # initials, also where a role or a district of it speaks.
        (
            "Some 6,400 linesmen of the Harbour Workers of America stopped work at Lakeport Telecom.\n\n"
            "The HWA replied that its picket lines hold and put the number out at almost 6,500.\n\n"
            "Dana Cole, who chairs HWA District Two, told reporters the walkout had already cost linesmen "
            "$800 each.\n\n"
            "Shipwrights of the United Boat Workers plan to stop work at Lakeport Marine.\n\n"
            "UBW President Ada Jones warned that 1,250 of them would lose overtime.\n",
            ("almost 6,500", "$800", "1,250"),
        ),
        # an organisation that represents workers is their union (the 9,000 it represents are the outlet's description)
        (
            "HNA, which represents 9,000 nurses across the county, said the settlement was a victory.\n\n"
            "HNA put the number of nurses who voted for the deal at 8,100.\n",
            ("8,100",),
        ),
        # two names an appositive calls unions are both unions
        (
            "Harwell Freight sent a revised offer to the HTA and RMU, the unions whose members have stopped work.\n\n"
            "The HTA replied that 9,000 hauliers remain out.\n\n"
            "The RMU put its own count at 2,000.\n",
            ("9,000", "2,000"),
        ),
    ],
    ids=["initials of a name headed by its workers", "represents workers", "appositive calls them unions"],
)
def test_an_organisation_the_article_shows_to_be_a_union_speaks_for_labour(document, figures):
    found = claims.extract(document)
    for figure in figures:
        assert claim_with(found, figure).side == "union", figure


def test_whoever_makes_a_proposal_to_the_union_is_the_employer():
    document = (
        "The vote ended talks that began with Northline's opening proposal to the union, which offered a $2 million "
        "fund for depot repairs.\n"
    )
    assert claim_with(claims.extract(document), "$2 million").side == "employer"
    # As the subject: the offer is its maker's, not the addressee's the phrase also names.
    document = "Northline's opening proposal to the union offered a $2 million fund for depot repairs.\n"
    assert claim_with(claims.extract(document), "$2 million").side == "employer"


def test_a_partys_demands_in_an_opening_phrase_do_not_own_the_figures_of_the_clause_after_it():
    document = (
        "Along with a promise to hear the porters' other demands, the settlement ended a stoppage that had shut 14 "
        "of the port's berths for six days.\n\n"
        "The union's demand, the largest in years, was 9%.\n"
    )
    found = claims.extract(document)
    assert claim_with(found, "six days").side == "reporter"
    assert claim_with(found, "9%").side == "union"


def test_an_association_named_after_its_city_is_not_the_citys_employer():
    document = (
        "Harbor City teachers walked out on Monday.\n\n"
        "The Harbor City Education Association, which represents the teachers, is asking for raises of 9%.\n"
    )
    assert claim_with(claims.extract(document), "9%").side == "union"


def test_the_sentences_of_an_open_quotation_keep_its_speaker():
    document = (
        "Harlan State University went to court on Friday.\n\n"
        "In a statement, the university said: \"We respect our graduate students. But we also owe the "
        "38,000 undergraduates a finished semester. Our offer of $29,000 a year remains on the table.\"\n\n"
        "Rents rose 9% this year, according to city figures.\n"
    )
    found = claims.extract(document)
    for figure in ("38,000", "$29,000"):
        assert claim_with(found, figure).speaker == "Harlan State University"
    assert claim_with(found, "Rents rose").speaker != "Harlan State University"


def test_a_government_that_reached_a_tentative_agreement_with_a_union_is_its_employer():
    document = (
        "Harborview.ca Staff\n"
        "The premier said the tentative agreement reached with the Transit Workers Union gives 3 per cent a year.\n"
    )
    assert [c.side for c in claims.extract(document)] == ["employer"]
    # Beside a company, a government that speaks of the same deal is still its own party.
    beside = "The Transit Workers Union reached a tentative agreement with Northline Buses. The premier said 3 per cent a year is fair.\n"
    assert claims.extract(beside)[-1].side == "government"


def test_a_statement_or_a_count_speaks_for_whoever_owns_it():
    document = (
        "The transit agency said trains were full. The agency's tweet gave ridership for Saturday as 1,001,616.\n"
        "Two geographers at the state university put the crowd at 70,000.\n"
    )
    assert [c.side for c in claims.extract(document)][-2:] == ["government", "analyst"]


def test_a_news_agency_or_a_web_address_is_an_outlet_not_a_party():
    article = "Police counted 12,000 marchers in the capital on Saturday.\n"
    for publisher in ("Lakeport.vn (Lakeport News Agency, LNA)", "KLPT 7 (Associated Press)", "lakeport.news"):
        assert [c.side for c in claims.extract(article, publisher=publisher)] == ["police"], publisher


def test_a_unions_release_knows_its_own_acronym():
    release = (
        "Statement\nFOR IMMEDIATE RELEASE\n"
        "A strike would send 35,000 HTU workers to the picket lines, the HTU said.\n"
    )
    found = claims.extract(release, publisher="Harbor Teachers Union (press release)")
    assert [c.side for c in found] == ["union"]


def test_a_mayor_bargaining_for_a_citys_public_schools_speaks_for_the_employer():
    document = (
        "Teachers walked out after talks with LPS broke down. Lakeport Public Schools runs 500 schools.\n"
        "Mayor Ada Quill said the strike had cost the city $40 million.\n"
    )
    assert claims.extract(document)[-1].side == "employer"


def test_an_age_in_apposition_is_no_figure():
    found = claims.extract("Quill, 57, said the raise would cost the district $2.5 billion.")
    assert [q.text for c in found for q in c.quantities] == ["$2.5 billion"]


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("Lakeport Public Schools, however, put the figure far higher, at $100 million.", "employer"),
        # A demand that "would add" a sum is the speaker's reckoning of its cost, not the union's figure.
        ("The district's negotiator said the union's demands would add $2.5 billion to the budget.", "employer"),
        ("The unions' count, published on Tuesday, showed 3.5 million marchers.", "organizers"),  # the union's march
    ],
)
def test_whose_figure_past_an_interjection_a_possessive_or_a_modal(sentence, side):
    document = "The Lakeport Teachers Union struck against Lakeport Public Schools.\n" + sentence + "\n"
    assert claims.extract(document)[-1].side == side


def test_a_count_after_an_organisations_name_describes_it_and_is_not_its_claim():
    found = claims.extract("Workers at Acme Foods' four cereal plants in Ohio voted to ratify a new contract.")
    assert found[0].side == "reporter"


def test_though_splits_a_sentence_between_its_two_parties():
    found = claims.extract("Acme workers have been on strike since October.\nAccording to Acme, most workers earned "
                           "$120,000 last year, though union members countered that earning that much takes 80 hours a week.")
    assert [c.side for c in found][-2:] == ["employer", "union"]



def test_a_change_to_pay_or_benefits_is_check_worthy_without_a_figure():
    release = "Statement from Acme Foods\nFOR IMMEDIATE RELEASE\nThe agreement raises those pension benefits.\n"
    assert [c.text for c in claims.extract(release, publisher="Acme Foods")] == ["The agreement raises those pension benefits."]


@pytest.mark.parametrize("sentence", [
    "The walkouts were felt across the whole network, where ferries were cancelled and many buses scrapped.",
    "Services on the Lakeport tram were thin, and the museum shut at noon for want of staff.",
])
def test_what_a_strike_shuts_or_cancels_is_check_worthy_without_a_figure(sentence):
    assert [c.text for c in claims.extract(sentence)] == [sentence]


def test_the_count_named_before_owns_the_figures_of_a_sentence_that_opens_on_it():
    document = ("Two geographers at the state university put the crowd at 470,000. By the pair's reckoning, the "
                "march had at least 470,000 people at noon. The count could be off by 50,000 either way.")
    assert [c.side for c in claims.extract(document)] == ["analyst", "analyst", "analyst"]
    # Without a count named before, the outlet's own words stay the outlet's.
    assert claims.extract("The count could be off by 50,000 either way.")[0].side == "reporter"


def test_a_publisher_is_an_employer_only_by_the_last_word_of_its_name():
    news = "A strike at Harbour Rail would idle 4,000 trains, the Center Square has learned."
    assert claims.extract(news, publisher="The Center Square")[0].side == "reporter"
    release = "Lakeport Health Center nurses walked out on Monday. Our 4,000 nurses earn more than the market pays."
    assert claims.extract(release, publisher="Lakeport Health Center")[-1].side == "employer"
    analysis = "Harwell Economic Group estimates that a rail strike would cost $60 million a day."
    assert claims.extract(analysis, publisher="Harwell Economic Group")[0].side == "analyst"


def test_a_members_ballot_told_in_the_outlets_voice_is_the_unions_figure():
    found = claims.extract(
        "Stagehands of the Harwell Crew Union are on strike against Boxworth Aero.\n\n"
        "By 88.2%, members voted the offer down.\n\n"
        "The strike authorization passed with 91%.\n\n"
        "The State Senate voted 31-2 to approve the funding.\n\n"
        "Shareholders voted 60% in favour of the pay package.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "By 88.2%").side == "union"
    assert claim_with(found, "passed with 91%").side == "union"
    figure = claim_with(found, "passed with 91%").quantities[0]
    assert figure.frame.owner_side == "union" and figure.frame.owner != "The Daily Example"
    assert claim_with(found, "State Senate").side != "union"  # a legislature's vote is no union's ballot
    assert claim_with(found, "Shareholders").side != "union"


def test_a_lobby_of_business_at_large_reckons_from_outside_and_is_no_union():
    found = claims.extract(
        "Postal workers of the Harbour Postal Union went on strike against Harbour Post on Friday.\n\n"
        "The Lakeport Federation of Small Business (LFSB) said losses could reach $1 billion.\n\n"
        "By LFSB's estimate, small firms have been losing $100 million per day.\n\n"
        "The Lakeport Chamber of Commerce estimated the strike cost $5 million a day.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "losses could reach").side == "analyst"
    assert claim_with(found, "By LFSB's estimate").side == "analyst"
    assert claim_with(found, "Chamber of Commerce").side == "analyst"


def test_an_offer_its_maker_named_as_the_subject_owns_the_terms_it_tells():
    found = claims.extract(
        "Postal workers of the Harbour Postal Union went on strike against Harbour Post on Friday.\n\n"
        "The latest contract offer from Harbour Post contained yearly wage increases adding up to 9 percent.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "9 percent").side == "employer"



def test_an_organisation_set_beside_the_union_is_its_employer():
    found = claims.extract(
        "Harbour Post and the union that represents its drivers are locked in a war of words.\n\n"
        "Harbour Post said its own recent proposal offered 8 per cent over three years.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "8 per cent").side == "employer"


def test_an_employer_that_highlights_its_offer_speaks_for_it():
    found = claims.extract(
        "Machinists went on strike against Boxworth Aero.\n\n"
        "Calling it a historic offer, the company highlighted a new contribution of up to $3,200 per employee.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "$3,200").side == "employer"


STRIKE_REPORT = (
    "The Harwell Transit Union said on Monday that 4,000 drivers at Corvane would walk out for three days after "
    "talks on pay broke down. Corvane said it had offered a raise of 6%."
)
STRIKE_FOLLOW_UP = (
    "Buses stood idle as the Harwell Transit Union kept 4,000 Corvane drivers on strike. Corvane's chief executive "
    "said the company could not afford more than 6%."
)
BROKER_NOTE = "Each strike day costs the operator 14 million euros. Corvane's forecast for the year stands at 310 million euros."


def test_an_employer_other_articles_taught_owns_its_figure_where_an_article_only_names_it():
    known = claims.KnownOrganisations.agreed(claims.organisations_taught(text) for text in (STRIKE_REPORT, STRIKE_FOLLOW_UP))
    assert known.employers == {"corvane"}
    assert claim_with(claims.extract(BROKER_NOTE), "forecast for the year").side == "reporter"
    assert claim_with(claims.extract(BROKER_NOTE, known=known), "forecast for the year").side == "employer"


def test_a_name_one_article_alone_or_both_sides_teach_is_not_carried():
    one = claims.KnownOrganisations(frozenset({"corvane", "lakeport"}), frozenset({"harwell"}))
    other = claims.KnownOrganisations(frozenset({"corvane", "harwell"}), frozenset())
    assert claims.KnownOrganisations.agreed([one, other]) == claims.KnownOrganisations(frozenset({"corvane"}), frozenset())
    # what most of the articles teach stands against one article's mistake
    third = claims.KnownOrganisations(frozenset(), frozenset({"harwell"}))
    assert claims.KnownOrganisations.agreed([one, other, third]).unions == {"harwell"}
    # A name the article itself writes in lower case is an ordinary word there, not the organisation.
    known = claims.KnownOrganisations(frozenset({"guidance"}), frozenset())
    assert claim_with(claims.extract(BROKER_NOTE, known=known), "forecast for the year").side == "reporter"


UNION_NAMED = ("Corvel members struck in May, and Corvel general secretary Dana Varga said the health board's offer "
               "was an insult.")
UNION_APPOSITIVE = "The health board wants to cut a night shift that the porters' union, Corvel, says keeps wards safe."
UNION_ONLY_NAMED = "According to Corvel, some 240 porters would lose up to 5,500 pounds a year."


def test_a_union_other_articles_taught_owns_its_figure_where_an_article_only_names_it():
    known = claims.KnownOrganisations.agreed(claims.organisations_taught(t) for t in (UNION_NAMED, UNION_APPOSITIVE))
    assert known.unions == {"corvel"}
    assert claim_with(claims.extract(UNION_ONLY_NAMED), "some 240").side != "union"
    assert claim_with(claims.extract(UNION_ONLY_NAMED, known=known), "some 240").side == "union"


def test_a_unions_initials_stand_for_the_union_other_articles_taught():
    known = claims.KnownOrganisations(frozenset({"corvane"}), frozenset({"harwell porters union local 12"}))
    article = "LAKEPORT - The HPU confirmed that more than 2,100 porters at Corvane had walked out."
    assert claim_with(claims.extract(article), "2,100").side != "union"
    assert claim_with(claims.extract(article, known=known), "2,100").side == "union"


def test_a_name_learnt_from_its_strike_alone_is_not_carried():
    # "Lakeport's strike" may be a place's: nothing but a union's own words teaches other articles a union
    taught = [claims.organisations_taught(f"Lakeport's strike entered its {day} day.") for day in ("third", "fourth")]
    assert claims.KnownOrganisations.agreed(taught).unions == frozenset()


@pytest.mark.parametrize("sentence", [
    "Corvane's stock slid 2.4% in early trading.",
    "Older drivers still talk of Corvane's merger 12 years ago.",
])
def test_a_share_price_or_a_time_ago_is_not_the_employers_figure(sentence):
    text = f"The Harwell Transit Union said 4,000 drivers at Corvane would walk out. {sentence}"
    assert claim_with(claims.extract(text), sentence[:20]).side == "reporter"


def test_analysts_who_estimate_after_the_figure_own_it():
    found = claims.extract("The stoppage will cost Corvane about 9 million euros a week, economists at Pellam Securities estimate.")
    assert claim_with(found, "9 million euros").side == "analyst"


def test_an_analysis_its_author_owns_is_an_analysts_where_no_party_is_named():
    found = claims.extract("The partnership's analysis concluded that 4,200 shops had shut their doors.")
    assert claim_with(found, "4,200 shops").side == "analyst"
    found = claims.extract("The union's analysis found that members lost $900 each.")
    assert claim_with(found, "members lost").side == "union"
    # An outlet's own analysis is the outlet's, not an independent analyst's.
    found = claims.extract("Backlogs grow by 51,000 pallets a day, the Harwell Ledger's analysis found.")
    assert claim_with(found, "51,000 pallets").side != "analyst"


def test_workers_who_call_themselves_united_are_a_union_and_so_are_their_initials():
    found = claims.extract(
        "Talks between United Nurses Harwell and the Harwell Hospital District broke down on Monday. "
        "UNH president Mara Quist said 3,100 nurses would strike. "
        "Wessex Porters United says 2,400 members walked out.")
    assert claim_with(found, "3,100 nurses").side == "union"
    assert claim_with(found, "2,400 members").side == "union"


@pytest.mark.parametrize("line, furniture", [
    ("By: Channel 12 Lakeport \u00b7 Tuesday, March 3rd 2026", True),  # a station's name holds a number; a date follows
    ("By Jane Roe, Staff writer", True),
    ("By contrast, porters welcomed the plan.", False),  # prose: the word after "By" is no name
    ("By Monday, 9 depots had shut.", False),
])
def test_a_byline_is_furniture_and_a_sentence_opening_on_by_is_not(line, furniture):
    from claims.boilerplate import is_boilerplate

    assert is_boilerplate(line) is furniture


def test_an_outlet_that_carries_another_speakers_words_gives_them_to_that_speaker():
    found = claims.extract("According to the state news agency Lakenews, police have said that arrests in Harwell "
                           "have reached 1,240 people.")
    assert claim_with(found, "1,240 people").side == "police"
    # Where nobody inside speaks, the outlet's source is all there is.
    found = claims.extract("According to the Lakeport Ledger, 300 people were arrested.")
    assert claim_with(found, "300 people").side not in ("police", "union", "employer")


@pytest.mark.parametrize("sentence", [
    "More than 3,000 people have been held across the country, Wessex Rights Watch said today.",
    "Harwell Legal Aid said about 370 people had been detained by the police.",
    "The tracking service Skycount says 77 per cent of the day's flights were cancelled.",
    # a group named for the rights it defends, a charity by what it is, and the head of a rights body
    "At least 187 people have been killed, according to Wessex Human Rights (WHR).",
    "The Harwell Human Rights Network said at least 86 people had been killed.",
    "NGO says the crackdown has killed at least 58 people.",
    "Most of the deaths were in the north, the Harwell-based NGO said.",
    "Last week, the assembly's rights chief Dana Vell said 12,500 people had been arrested.",
    # a group named for those it defends, by its name and by its initials
    "The Association for Wessex Detainees said at least 640 people had been held since the vote.",
    "The Association for Wessex Detainees (AWD) counts the dead. The AWD said 73 people had been killed.",
    # a person described by an international body written with dots
    "Ada Quill, the U.N. special envoy to Wessex, told reporters that 27 marchers were shot dead on Saturday.",
])
def test_rights_watchers_legal_aid_and_trackers_count_from_outside_the_dispute(sentence):
    assert claims.extract(sentence)[0].side == "analyst"


@pytest.mark.parametrize("sentence", [
    "The Ministry of Harbours and Human Rights said 23 people had died.",  # a ministry whose name ends in rights
    "The toll stood at 17, state television said.",  # "state" qualifies the broadcaster; it states nothing
    "The toll rose to 19, state-run media announced.",
    "On Monday, Wessex's judiciary said more than 140 protesters had been charged.",
    "Wessex's highest security body said on Monday that more than 230 people have died.",
    "An army general has admitted that more than 320 people may have died in the unrest.",
])
def test_the_states_ministries_broadcasters_courts_and_forces_speak_for_the_government(sentence):
    assert claims.extract(sentence)[0].side == "government"


@pytest.mark.parametrize("sentence", [
    "An official told reporters that 30 marchers had been taken to hospital.",
    "The official added that 19 marchers had died in Corvane.",
    "Senior officials said 40 people were held in Corvane.",
    "The official results put turnout at 58 percent.",
])
def test_an_unnamed_official_and_the_states_record_speak_for_the_government_of_an_unrest(sentence):
    found = claims.extract("Protests against the fuel levy spread to six cities on Tuesday.\n" + sentence)
    assert found[-1].side == "government"


def test_an_unnamed_official_of_a_strike_is_no_ones_in_particular():
    found = claims.extract("Porters at Harbourline went on strike on Monday.\nAn official said 40 porters stayed at work.")
    assert found[-1].side != "government"


@pytest.mark.parametrize("sentence", [
    "The Wessex Human Rights Institute has filed complaints over three deaths and another 11 over torture.",
    "The Harwell Medico-Legal Unit has carried out 37 autopsies on protest victims.",
    "In a post online, Harwell Legal Aid called on the police to free 450 people arrested during the protests.",
])
def test_what_an_observer_did_and_counted_told_by_the_outlet_is_the_observers(sentence):
    document = f"Protests spread across Wessex after a death in custody.\n\n{sentence}"
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == "analyst"


def test_a_speaker_inside_brackets_is_the_brackets_own_subject():
    document = ("Protests spread across Wessex over a fuel tax.\n\nThe movement is shrinking (the government says "
                "about 118,000 people demonstrated nationwide on Saturday).")
    assert claim_with(claims.extract(document), "118,000").side == "government"


def test_a_party_that_issues_a_statement_says_what_it_says():
    document = ("Nurses at Harwell General struck for three days.\n\nOn Friday night, Harwell General issued a "
                "statement saying the new contract would include a 16% raise.")
    assert claim_with(claims.extract(document), "16%").side == "employer"


def test_state_is_a_verb_where_a_subject_states_something():
    found = claims.extract("Officials at Harwell Port state that 12 porters were hurt.")
    assert claim_with(found, "12 porters").speaker == "Officials at Harwell Port"


@pytest.mark.parametrize("description", ["a striking porter", "a porter on strike", "who is on strike"])
def test_a_person_described_as_striking_speaks_for_the_strike_whatever_the_trade(description):
    document = (f"Porters at Lakeport Freight walked out on Monday.\n\nDana Vell, {description}, said Lakeport pays "
                "her 27 dollars an hour.")
    assert claim_with(claims.extract(document), "27 dollars an hour").side == "union"


@pytest.mark.parametrize("description, side", [
    ("who has worked at Lakeport Freight for 12 years", "union"),
    ("an employee of Lakeport Freight", "union"),
    ("who has worked at Lakeport Freight as a manager for 12 years", "employer"),
])
def test_a_person_described_as_working_for_the_employer_is_one_of_its_workers(description, side):
    document = (f"Porters at Lakeport Freight walked out on Monday.\n\nAri Moss, {description}, said the strikers "
                "are in good spirits.\n\nMoss said fewer than 3% of the 640 porters own a home in Lakeport.")
    assert claim_with(claims.extract(document), "fewer than 3%").side == side


def test_a_figure_in_a_clause_that_another_party_says_is_that_partys():
    document = ("Teachers of the Harwell Teachers Union struck against the Harwell school board.\n\nBoard chair Nora "
                "Pike had said earlier in the day that most schools would stay open, while the union said it expected "
                "80 per cent of schools to be closed.")
    assert claim_with(claims.extract(document), "80 per cent").side == "union"


@pytest.mark.parametrize("sentence, side", [
    ("According to reports, at least 260 rallies are being held across Corvane.", "reporter"),
    ("According to local media reports, 43 people were arrested.", "reporter"),
    ("Local media reported that 43 people were arrested.", "reporter"),
    # a union's local is still a union
    ("Local 12 said 1,850 porters walked out.", "union"),
])
def test_other_outlets_reports_are_no_party_and_local_media_no_union_local(sentence, side):
    document = "Porters of the Harwell Porters Union marched in Corvane against the levy.\n\n" + sentence
    found = claims.extract(document)
    assert next(c for c in found if c.text.startswith(sentence[:15])).side == side


@pytest.mark.parametrize("sentence", [
    "Eleven people were taken to hospital, the ambulance service said.",
    "According to hospital officials, about 35 people were treated for their injuries.",
])
def test_those_who_treat_the_hurt_of_a_protest_count_them_from_outside_it(sentence):
    document = "Thousands marched in Corvane against the levy.\n\n" + sentence
    assert next(c for c in claims.extract(document) if c.text.startswith(sentence[:12])).side == "analyst"


def test_a_union_president_is_no_head_of_state():
    document = ("Porters of the Harwell Porters Union struck against Harbourline.\n\nIn a statement, union President "
                "Gwen Lind said porters would not accept cuts of 12%.\n\nLind added that 1,950 porters had walked out.")
    found = claims.extract(document)
    assert claim_with(found, "12%").side == "union"
    assert claim_with(found, "1,950").side == "union"


def test_a_party_that_publishes_or_releases_figures_owns_them():
    document = ("Teachers of the Harwell Teachers Union struck against the Harwell school board.\n\nThe ministry "
                "released figures showing 57 per cent of schools were closed.")
    assert claim_with(claims.extract(document), "57 per cent").side == "government"


def test_figures_from_a_party_that_suggest_or_indicate_a_figure_are_its_own():
    document = ("The Harwell Porters Union is on strike against Lakeport Freight.\n\nFigures from Lakeport Freight "
                "suggest that porters are paid 38,500 pounds a year on average.")
    assert claim_with(claims.extract(document), "38,500 pounds").side == "employer"


def test_a_legislatures_speaker_is_the_government_and_so_is_any_of_the_names_he_goes_by():
    found = claims.extract(
        "On Tuesday, Wessex's Deputy House Speaker Ari Moss Vell stood by the allowance of 50 million crowns. "
        "Moss told local media the allowance of 600 million crowns is paid out for one year only. "
        "Police Chief Dana Lind Okor said 15 people were detained. "
        "Dana put the number of students among them at four.")
    assert claim_with(found, "600 million").side == "government"
    assert claim_with(found, "at four").side == "police"


def test_an_offers_terms_are_offered_whatever_verb_tells_them():
    found = claims.extract("The city's first offer called for raises of 2.75% in the first year and 3% in the second.")
    quantity = next(q for q in claim_with(found, "2.75%").quantities if q.value == 2.75)
    assert quantity.frame.measure == "raise offered"
    found = claims.extract("The union is calling for raises of 8% a year.")
    assert next(q for q in found[0].quantities if q.value == 8).frame.measure == "raise demanded"


def test_a_union_named_after_its_employer_lends_its_side_to_no_word_of_the_employers_name():
    found = claims.extract(
        "Corvane Baristas United, which represents workers at 525 cafes, and the company gave conflicting counts. "
        "Corvane, however, said approximately 170 of its cafes had not opened as planned.")
    assert claim_with(found, "approximately 170").side != "union"


def test_a_pay_level_told_as_an_offers_terms_is_its_makers():
    found = claims.extract("Porters at Corvane went on strike. Under the new proposal, porters' average annual pay "
                           "would climb to $81,155 by the end of the contract.")
    assert claim_with(found, "$81,155").side == "employer"
    found = claims.extract("Porters at Corvane went on strike. Under the union's proposal, average pay would reach "
                           "$90,000 a year.")
    assert claim_with(found, "$90,000").side != "employer"


def test_a_subject_described_by_where_it_is_based_or_what_it_informed_is_the_speaker():
    found = claims.extract("The Lakeport Rights Commission, based in Harwell, said it had received 23 reports of "
                           "missing persons by Monday.")
    assert claim_with(found, "23 reports").side == "analyst"
    found = claims.extract("The Wessex Commission on Human Rights, a body affiliated with the state, informed the "
                           "Ledger that it had received reports of 10 deaths.")
    assert claim_with(found, "10 deaths").side == "analyst"


def test_a_ministry_that_reports_on_drivers_employs_nobody_in_an_article_of_a_march():
    document = ("Wessex reports 400 more arrests as marches go on.\n\nThe ministry said drivers had attacked traffic "
                "officers in the capital.\n\nThe ministry said 400 people were held on Monday.")
    assert claim_with(claims.extract(document), "400 people").side == "government"


def test_government_employees_at_a_rally_make_no_employer_of_the_head_of_state():
    document = ("Thousands rallied in Corvane for President Ari Moss.\n\nLocal media said some government employees "
                "had been pushed into attending.\n\nThe state news agency Corvnews reported 50,000.\n\n"
                "Norwegian President Dana Vell said 90,000 had come.")
    found = claims.extract(document)
    assert claim_with(found, "50,000").side == "government"
    assert claim_with(found, "90,000").side == "government"  # a nationality before "President": a state's head


@pytest.mark.parametrize("sentence", [
    "The United Nations says at least 900 people have been detained over the past three days.",
    "UNICEF said 40 children were among those held.",
    "The World Health Organization said 75 people had been treated.",
    "According to Amnesty International, the protests have left at least five people dead.",
])
def test_the_united_nations_its_agencies_and_international_watchdogs_count_from_outside_the_dispute(sentence):
    document = "Protests spread across Wessex after the vote.\n\n" + sentence
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == "analyst"


def test_an_election_commission_and_its_initials_are_the_state():
    document = ("Turnout was high in Wessex's vote.\n\nDana Vell, who chairs the Central Election Commission, spoke "
                "at noon.\n\nThe CEC said that more than 70 percent of voters backed the incumbent.")
    assert claim_with(claims.extract(document), "70 percent").side == "government"


def test_the_ministry_is_the_interior_ministry_where_the_article_names_no_other():
    document = ("Police in Wessex announced that 300 people had been held.\n\nThe ministry said in a statement that "
                "200 people had been fined.\n\nSince Sunday, 40 officers have been hurt, the interior ministry said.")
    assert claim_with(claims.extract(document), "200 people").side == "police"
    other = document + "\n\nThe health ministry said 12 people were treated."  # which ministry, it does not say
    assert claim_with(claims.extract(other), "200 people").side == "government"


def test_an_elections_vote_share_is_no_union_ballot_where_the_article_tells_of_no_union_or_strike():
    document = ("Thousands rallied in Corvane for the president.\n\nLocal media said some government employees had "
                "been bused in.\n\nHaving won more than 80 per cent of the votes, he said, there had been no fraud.")
    assert claim_with(claims.extract(document), "80 per cent").side != "union"
    strike = document.replace("Thousands rallied", "Porters of the Harwell Porters Union struck, and thousands rallied")
    assert claim_with(claims.extract(strike.replace("of the votes, he said", "of the votes in the strike ballot, the "
                                                    "porters said")), "80 per cent").side == "union"


def test_a_states_office_named_by_its_field_before_a_name_speaks_for_the_government():
    document = ("Protests spread across Wessex.\n\nWessex's undersecretary of the interior, Ari Moss, confirmed that the "
                "number of deaths had climbed to 18.\n\nMoss said 979 people were detained.\n\nA member of the public, "
                "Gwen Lind, said 50 were held.")
    found = claims.extract(document)
    assert claim_with(found, "18").side == claim_with(found, "979").side == "government"
    assert claim_with(found, "50").side != "union"  # a member of the public is no union's


@pytest.mark.parametrize("sentence", [
    "According to officials, at least 35 people have died during the month of protests.",
    "Meanwhile, the attorney general's office has said that 27 people died during the demonstrations.",
    "Wessex's human rights ombudsman said the protests have cost at least 33 lives.",
    "Prosecutors said 210 people had been charged over the riots.",
    "The latest deaths come on top of the 27 officially reported so far.",
    "The authorities have arrested 260 people during the disturbances.",
])
def test_the_states_officers_of_law_and_its_unnamed_officials_count_a_crackdown_for_the_state(sentence):
    document = "Protests spread across Wessex after the tax bill.\n\n" + sentence
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == "government"


@pytest.mark.parametrize("sentence", [
    "About 900 armed forces personnel will fill in for the porters on strike.",
    "Four hundred members of the military are standing in for the striking porters.",
    "President Ari Moss has ordered 3,000 troops out to clear the blockaded roads.",
])
def test_a_states_soldiers_are_counted_by_the_state_that_sends_them(sentence):
    document = "Porters at Harbourline walked out on Monday over pay.\n\n" + sentence
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == "government"


def test_members_who_back_action_are_a_unions_and_its_leaders_speak_for_it():
    document = ("GMX members at nine depots in Wessex have backed industrial action, joining thousands of Corvel "
                "members who are also set to walk out.\n\nDana Vell, the GMX's national secretary, said a third of "
                "GMX depot workers had been assaulted.\n\nA third of Corvel drivers said the same, the union said.")
    found = claims.extract(document)
    assert claim_with(found, "a third of GMX").side == "union"  # "GMX depot workers" no longer makes GMX an employer
    assert claims.organisations_taught(document).unions >= {"gmx", "corvel"}


def test_a_superintendent_heads_the_employer_of_a_strike_and_a_hyphenated_name_is_one_name():
    document = ("Teachers in Lakeport walked out on Thursday over pay.\n\nThe deal contains a 10% raise, a package "
                "that Superintendent Kyla Vell-Moss called historic.\n\nVell-Moss said only six school days remain.")
    assert claim_with(claims.extract(document), "six school days").side == "employer"


def test_lower_case_officials_of_a_body_speak_for_it_in_their_own_clause():
    document = ("The Lakeport Teachers Union is on strike against the Lakeport School District.\n\nThe union accuses "
                "the district of stalling, whereas district officials insist that their proposals would lift "
                "salaries by between 9% and 14%.")
    assert claim_with(claims.extract(document), "9%").side == "employer"


def test_a_ballot_a_union_holds_and_a_headline_vote_are_the_unions():
    document = ("7,000 porters vote for strike action over pay\n\nThe HWU will also hold a fresh ballot of around "
                "8,400 porters at six depots.")
    found = claims.extract(document)
    assert claim_with(found, "7,000 porters vote").side == "union"
    assert claim_with(found, "8,400").side == "union"


@pytest.mark.parametrize("sentence", [
    "Many people were killed.",
    "No one was arrested at the vigil.",
    "Nobody was injured in the clashes.",
])
def test_what_a_crackdown_does_to_people_is_check_worthy_without_a_figure(sentence):
    assert [c.text for c in claims.extract(sentence)] == [sentence]


def test_a_president_named_by_the_people_of_a_stan_country_is_its_head_of_state():
    document = "Marches went on across Wessex.\n\nTajik President Ari Vell told reporters 340 marchers had been held."
    assert claim_with(claims.extract(document), "340").side == "government"


def owner_of(found, fragment: str, figure: str) -> str:
    """The side of the party whose figure `figure` is, in the claim holding `fragment`."""
    claim = claim_with(found, fragment)
    return next(q for q in claim.quantities if figure in q.text).frame.owner_side


@pytest.mark.parametrize(
    "sentence, figure, side",
    [
        ("The Wessex government will invest $75 million in rolling stock for the harbour railway.", "$75 million", "government"),
        ("The cabinet has injected $40 million into the housing fund.", "$40 million", "government"),
    ],
    ids=["will invest", "has injected"],
)
def test_what_a_party_invests_is_its_figure(sentence, figure, side):
    found = claims.extract("The cabinet of Wessex met on Monday.\n\n" + sentence + "\n", publisher="The Daily Example")
    assert owner_of(found, sentence[:20], figure) == side


def test_the_members_and_the_whole_in_a_unions_description_are_the_outlets():
    found = claims.extract(
        "HPU, which now represents some 9,000 of its 12,000 dockside porters, told members to stay out.\n",
        publisher="The Daily Example",
    )
    assert owner_of(found, "HPU", "9,000") == "reporter"
    assert owner_of(found, "HPU", "12,000") == "reporter"


def test_a_figure_in_the_words_that_name_the_speaker_is_the_outlets():
    found = claims.extract(
        "Some 6,300 Harbourline porters told the company on Monday they would stay out until it pays more.\n",
        publisher="The Daily Example",
    )
    claim = claim_with(found, "Some 6,300")
    assert claim.side == "reporter"
    assert {q.frame.owner_side for q in claim.quantities} == {"reporter"}


def test_the_organisation_that_runs_the_service_its_staff_strike_in_is_the_employer():
    found = claims.extract(
        "Porters of the Harbour Porters Union walked out on Monday.\n\n"
        "Lakeport Wards, a trust which operates the city's clinics, counted 640 porters away from work.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "640 porters").side == "employer"


def test_an_interior_minister_speaks_for_the_government_and_the_ministry_for_the_police():
    found = claims.extract(
        "Marches went on across Wessex.\n\n"
        "Interior Minister Ari Vell said police were holding 420 marchers.\n\n"
        "The interior ministry said 95 officers had been hurt.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "420 marchers").side == "government"
    assert claim_with(found, "95 officers").side == "police"


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Committee of Harwell Nurses, 14 pickets needed treatment.",
        "The Lakeport Doctors Committee counted 14 pickets who needed treatment.",
    ],
    ids=["committee of", "doctors committee"],
)
def test_a_committee_named_for_the_workers_it_gathers_is_theirs_not_the_employers(sentence):
    found = claims.extract(sentence + "\n", publisher="The Daily Example")
    assert claim_with(found, "14 pickets").side == "union"


@pytest.mark.parametrize(
    "sentence",
    [
        "Councilwoman Ada Quill puts the city's overtime bill for the stoppage at $2 million.",
        "Alderman Rafe Mott told a hearing the ferries had lost 900 fares a day.",
    ],
    ids=["councilwoman", "alderman"],
)
def test_a_city_councils_elected_members_speak_for_the_government(sentence):
    found = claims.extract("Porters of the Harbour Porters Union walked out on Monday.\n\n" + sentence + "\n",
                           publisher="The Daily Example")
    assert claim_with(found, sentence[:12]).side == "government"


def test_a_word_set_off_between_the_owner_and_its_verb_keeps_the_owner():
    found = claims.extract(
        "Marches went on across Wessex.\n\nThe police, however, had counted 61 pickets by dusk.\n",
        publisher="The Daily Example",
    )
    assert owner_of(found, "The police", "61") == "police"


@pytest.mark.parametrize(
    "sentence",
    [
        "However, the Harbour Porters Union, which speaks for the crane drivers, says pickets turned back 48 lorries.",
        "Harbourline, by contrast, spoke of only 48 lorries turned back.",
    ],
    ids=["however before", "by contrast after"],
)
def test_a_linking_word_set_off_by_commas_hides_no_speaker(sentence):
    found = claims.extract("Porters of the Harbour Porters Union walked out at Harbourline on Monday.\n\n" + sentence + "\n",
                           publisher="The Daily Example")
    expected = "employer" if sentence.startswith("Harbourline") else "union"
    assert claim_with(found, "48 lorries").side == expected


def test_a_centre_for_human_rights_counts_as_a_rights_monitor_and_a_ministry_for_them_as_the_government():
    found = claims.extract(
        "Marches went on across Wessex.\n\n"
        "According to the Wessex Centre for Human Rights, 17 marchers were held overnight.\n\n"
        "The Wessex Ministry for Human Rights said 11 marchers were held overnight.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "17 marchers").side == "analyst"
    assert claim_with(found, "11 marchers").side == "government"


def test_claims_from_a_party_that_a_statement_answers_are_the_partys():
    found = claims.extract(
        "Porters of the Harbour Porters Union walked out at Harbourline on Monday.\n\n"
        "In its reply, Harbourline took up claims from the union that pickets turned back 40 lorries.\n\n"
        "Harbourline denied claims by the union that it had hired 300 replacement porters.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "40 lorries").side == "union"
    assert claim_with(found, "300 replacement").side == "employer"  # the denial stays the denier's


def test_an_outlet_that_passes_on_a_partys_words_gives_them_to_the_party():
    found = claims.extract(
        "Porters of the Harbour Porters Union walked out at Harbourline on Monday.\n\n"
        "The Lakeport Ledger says Harbourline has confirmed 212 cancelled sailings, stranding travellers.\n\n"
        "The Wessex Times wrote that 60 pickets stood at the gate by noon, while the union claimed 140.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "212 cancelled").side == "employer"
    assert claim_with(found, "140").side == "union"
    assert claim_with(found, "60 pickets").side != "union"  # the later clause's source is that clause's only


def test_a_source_that_reports_a_partys_words_gives_them_to_the_party():
    found = claims.extract(
        "Porters of the Harbour Porters Union walked out at Harbourline on Monday.\n\n"
        "The Lakeport Ledger reported that the union said 2,300 members had signed the petition.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "2,300 members").side == "union"


def test_a_later_clause_with_its_own_source_is_that_sources():
    found = claims.extract(
        "Marchers filled Lakeport for a third week.\n\n"
        "Police said 3 people died on Sunday, while rights groups said at least 14 were killed.\n\n"
        "The governor said the curfew would stay, while the city's hospital association said 62 people were treated.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "3 people").side == "police"
    assert claim_with(found, "at least 14").side == "analyst"
    assert claim_with(found, "62 people").side != "government"  # the hospitals' count, not the governor's


def test_a_figure_before_the_clause_of_its_sources_verb_is_the_outlets():
    found = claims.extract(
        "Drivers at Lakeport Transit began a strike on Monday.\n\n"
        "Lakeport Transit carried 41 million riders in 2024, but it says fares cover less than a third of its costs.\n\n"
        "Harbourline carried 12,000 fewer passengers in June, when its porters held stoppages which, according to the "
        "company, cost it 3 million euros.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "41 million").side == "reporter"
    assert claim_with(found, "12,000 fewer").side == "reporter"
    assert claim_with(found, "3 million euros").side == "employer"


def test_an_offer_its_maker_tells_of_gives_it_the_terms_of_the_next_sentence():
    found = claims.extract(
        "Cabin crew at Harwell Air are on strike over pay.\n\n"
        "Harwell Air's board said on Friday it had proposed talks on pay for the next three years.\n\n"
        "According to the carrier, the offer included pay rises for 2027 as well as for 2028 and 2029.\n\n"
        "That would lift pay by 2.5% in 2027 and by 3% in each of the two years after.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "2.5%").side == "employer"


def test_a_forum_or_a_committee_named_again_by_its_title_is_the_one_named():
    found = claims.extract(
        "Marchers filled Lakeport for a third week.\n\n"
        "The Wessex Human Rights Forum said 38 marchers had been hurt.\n\n"
        "The Forum also recorded 90 arrests by Sunday.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "90 arrests").side == "analyst"


def test_police_estimating_a_crowd_in_a_participle_give_the_estimate():
    found = claims.extract(
        "Lakeport police closed the bridge at noon, estimating that 12,000 marchers were already on it.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "12,000").side == "police"


def test_a_group_of_people_and_a_parent_of_pupils_are_no_employer():
    found = claims.extract(
        "Teachers at Lakeport Public Schools walked out on Monday.\n\n"
        "A team of Danish doctors said 45 marchers needed treatment.\n\n"
        "Rafe Mott, whose daughter is in third grade at Lakeport Public Schools, said 300 parents joined the picket.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "45 marchers").side != "employer"
    assert claim_with(found, "300 parents").side != "employer"


def test_a_person_of_a_party_the_article_names_speaks_for_it_later_by_surname():
    found = claims.extract(
        "Pilots of the Harwell Pilots Union walked out at Corvane Air on Monday.\n\n"
        "Rafe Mott of Corvane Air said talks would resume on Friday.\n\n"
        "Mott said 41 flights had left on time.\n\n"
        "Ada Quill of Lakeport said she had waited six hours.\n\n"
        "Quill said 300 passengers had waited with her.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "41 flights").side == "employer"
    assert claim_with(found, "300 passengers").side != "employer"  # of a place, not of a party


def test_the_head_of_a_commission_named_on_its_cause_speaks_for_that_commission():
    found = claims.extract(
        "Marches went on across Wessex.\n\n"
        "The Wessex Commission on Human Rights counted 80 marchers held in its first report.\n\n"
        "Ada Quill, who chairs the commission, put the number still held at 112.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "112").side == "analyst"


def test_a_newspaper_named_as_one_speaks_in_its_own_voice_and_a_company_named_post_does_not():
    found = claims.extract(
        "Porters of the Harbour Porters Union walked out at Harwell Post on Monday.\n\n"
        "More than 40 porters were hurt on the picket line, the Wessex newspaper La Voz reported.\n\n"
        "Harwell Post said 300 porters had stayed at work.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "40 porters").side == "reporter"
    assert claim_with(found, "300 porters").side == "employer"



def test_the_carrier_before_the_company_spoke_is_the_one_business_the_article_makes_the_employer():
    found = claims.extract(
        "Pilots at Harwell Air walked out on Friday.\n\n"
        "The carrier said 120 departures were called off on Saturday.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "120 departures").side == "employer"


def test_a_body_of_shareholders_or_taxpayers_is_no_union():
    found = claims.extract(
        "Pilots at Harwell Air walked out on Friday.\n\n"
        "The Wessex Shareholders' Association said fees paid to directors had doubled to 4 million pounds.\n\n"
        "The Lakeport Taxpayers Union said fares had risen 12 per cent.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "4 million pounds").side == "analyst"
    assert claim_with(found, "12 per cent").side == "analyst"


def test_a_lead_negotiator_is_a_role_not_a_verb():
    found = claims.extract(
        "Members of the Harbour Porters Union at Harbourline will strike.\n\n"
        "HPU lead negotiator Dana Vell said 400 members would walk out.\n\n"
        "He said Harbourline had made a profit of $90 million last year.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "400 members").side == "union"
    assert claim_with(found, "$90 million").side == "union"


def test_a_verb_or_a_sentence_end_between_a_name_and_workers_makes_no_employer():
    found = claims.extract(
        "Vell urges striking porters to return\n\n"
        "Porters at Harbourline walked out on Monday.\n\n"
        "Vell said 300 porters had quit in a decade.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "300 porters").side != "employer"
    headline = claims.extract("Harwell Ledger.\nPorters reject latest pay deal of 9 per cent\n\nHarwell Ledger said talks would resume.\n")
    assert not any(c.side == "employer" for c in headline)


def test_a_coalition_in_an_unrest_stages_it():
    found = claims.extract(
        "Marchers blocked roads across Lakeport for a second day.\n\n"
        "The Coalition for a Free Lakeport said 6 people had died.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "6 people").side == "organizers"


def test_a_government_announcement_and_a_deputy_give_the_government_its_figures():
    found = claims.extract(
        "Marchers blocked roads across Lakeport for a second day.\n\n"
        "Shops shut after a government announcement that bread would cost 25 per cent more.\n\n"
        "Rafe Mott, a member of the Chamber of Deputies, said 12 deputies would vote against the budget.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "25 per cent").side == "government"
    assert claim_with(found, "12 deputies").side == "government"


def test_a_country_of_two_words_before_workers_teaches_no_employer():
    taught = claims.organisations_taught("United Kingdom porters walked out on Monday.\n\nStriking porters rallied at noon.\n")
    assert not taught.employers


def test_unions_and_police_named_in_another_language_are_placed_by_what_they_are():
    found = claims.extract(
        "Nurses in Harwell began an open-ended strike on Monday.\n\n"
        "The Sindicato de Enfermeras said 2,300 nurses stayed out.\n\n"
        "Dana Vell, president of the Federación de Trabajadores, said 41% of wards were shut.\n\n"
        "Carabinieri counted 900 marchers in the square.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "2,300 nurses").side == "union"
    assert claim_with(found, "41% of wards").side == "union"
    assert claim_with(found, "900 marchers").side == "police"


def test_a_union_named_head_first_is_known_by_the_workers_after_its_de():
    # in Spanish or Portuguese the head comes first, so the name's last words are no head (and may look like a
    # person's name); an acronym may come before its name in brackets
    found = claims.extract(
        "Nurses on the coast walked out of Lakeport's hospitals on Monday.\n\n"
        "The Unión de Enfermeras Costeñas said 97% of its members stayed out.\n\n"
        "UEC (Unión de Enfermeras de la Costa) put the number of nurses on strike at 4,100.\n\n"
        "The Confederación de Empresarios de Lakeport said the stoppage cost 40 million pesos.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "97%").side == "union"
    assert claim_with(found, "4,100").side == "union"
    assert claim_with(found, "40 million pesos").side != "union"  # a body of employers, named the same way


def test_a_portuguese_link_inside_a_unions_name_is_no_verb():
    # "do" is a verb in English; between two capitalised words of a name it is "of the"
    found = claims.extract(
        "Nurses in the south of Lakeport walked out on Monday.\n\n"
        "The Sindicato dos Enfermeiros do Sul said 88% of its members stayed out.\n\n"
        "Hospitals do expect 40 of their wards to shut, the ministry said.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "88%").side == "union"
    assert claim_with(found, "40 of their wards").side != "union"


def test_a_public_elections_count_is_no_unions_ballot():
    found = claims.extract(
        "A general strike shut Lakeport as the opposition disputed the count.\n\n"
        "On the final tally Vell won 52.3% of the votes to 41.9% for Quill, enough to avoid a second round.\n\n"
        "In the ballot, 88% of members voted to strike.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "52.3%").side == "reporter"
    assert claim_with(found, "88% of members").side == "union"


@pytest.mark.parametrize("teaching", [
    "The guild and the LHA remain locked in negotiations.",
    "The guild says the LHA is struggling to hire new porters.",
])
def test_the_other_party_to_a_unions_talks_or_who_recruits_its_workers_is_the_employer(teaching):
    found = claims.extract(
        f"Porters at Lakeport's hospitals will strike on Friday.\n\n{teaching}\n\n"
        "According to the LHA, 1,200 operations will be put off.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "1,200 operations").side == "employer"


def test_a_time_told_roughly_before_the_subject_leaves_the_subject_whole():
    found = claims.extract(
        "Marches against the vote went on across Wessex.\n\n"
        "In mid-April the public prosecution service said it had opened cases into 14 deaths tied to the unrest.\n\n"
        "Late on Sunday the electoral court said 88% of polling stations had reported.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "14 deaths").side == "government"
    assert claim_with(found, "88% of polling stations").side == "government"


def test_the_political_opposition_counts_for_the_side_that_protests():
    found = claims.extract(
        "Marches against the president went on across Wessex.\n\n"
        "Opposition parties say at least 17 people have been killed since the marches began.\n\n"
        "The opposition alliance counted 310 arrests over the weekend.\n\n"
        "Opposition party leader Ada Quill put the crowd in the capital at 80,000.\n\n"
        "Rafe Mott, who leads an opposition party, said 1,200 marchers had been hurt.\n\n"
        "Police said 6 officers were hurt.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "17 people").side == "organizers"
    assert claim_with(found, "310 arrests").side == "organizers"
    assert claim_with(found, "80,000").side == "organizers"
    assert claim_with(found, "1,200 marchers").side == "organizers"
    assert claim_with(found, "6 officers").side == "police"


def test_a_place_at_the_end_of_a_name_is_not_the_party_that_counts():
    # "its own count" is the forum's, not that of the country its name ends with
    found = claims.extract(
        "Marches against the vote went on across the country.\n\n"
        "The Forum of Missing Marchers in Portugal put its own count at more than 30 deaths.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "30 deaths").side == "analyst"


def test_a_party_the_article_calls_the_opposition_counts_for_the_side_that_protests():
    found = claims.extract(
        "Protests against the president spread across Wessex.\n\n"
        "The opposition Parti Civique Wessexois (PCW) organised marches in five towns.\n\n"
        "The government says at least two people were killed, while the PCW claims that at least nine people died.\n\n"
        "The Civic Platform, an opposition party, said 40 people were held.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "at least nine").side == "organizers"
    assert claim_with(found, "40 people").side == "organizers"
    assert claim_with(found, "at least two").side == "government"


def test_a_council_of_officials_that_hold_public_office_is_no_workers_body():
    found = claims.extract(
        "Doctors in Harwell's county hospitals have been on strike since March.\n\n"
        "Rafe Mott, who chairs the Wessex Conference of Mayors, said 41 hospitals had shut their wards.\n\n"
        "The Harwell Council of Nurses said 900 nurses had joined the doctors.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "41 hospitals").side not in ("union", "unknown")
    assert claim_with(found, "900 nurses").side == "union"


def test_in_a_partys_words_or_view_is_its_account():
    found = claims.extract(
        "Porters at Harwell Air have been on strike since March.\n\n"
        "In the union's words, 9,000 porters have stayed away.\n\n"
        "Harwell Air chief executive Rafe Mott spoke on Monday.\n\n"
        "In his view, fewer than 4,000 porters had stayed away.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "9,000").side == "union"
    assert claim_with(found, "4,000").side == "employer"


def test_their_words_are_those_of_the_party_before_not_of_the_subject_after():
    found = claims.extract(
        "Doctors in Harwell have been on strike since March.\n\n"
        "Union leaders Ada Quill and Dana Vell said members had spoken clearly.\n\n"
        "In their words, the ministry has only itself to thank.\n\n"
        "They said 4,000 doctors had joined the walkout.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "4,000 doctors").side == "union"


def test_workers_doing_something_somewhere_speak_for_the_workers_not_the_place():
    found = claims.extract(
        "Nurses in Harwell have been on strike since March.\n\n"
        "Hundreds of nurses rallying outside the ministry said 3,000 of their colleagues had stayed away.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "3,000").side == "union"  # not the ministry's, though its name is in the phrase


def test_a_countrys_own_rate_after_its_name_is_no_figure_of_its_state():
    found = claims.extract(
        "Harbour porters walked off the job on Monday.\n\n"
        "Their pay has trailed Chile's 9.5% inflation since 2022.\n",
        publisher="The Daily Example",
    )
    claim = claim_with(found, "9.5%")
    assert claim.side == "reporter"
    assert claim.quantities[0].frame.owner != "Chile"


def test_official_sources_are_the_state_and_opposition_sources_the_protesters():
    found = claims.extract(
        "Marches against the new charter filled the streets of Harwell.\n\n"
        "Official sources said 300 marchers had been held.\n\n"
        "Opposition sources said 500 marchers had been held.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "300 marchers").side == "government"
    assert claim_with(found, "500 marchers").side == "organizers"


def test_speakers_joined_where_only_one_is_a_party_speak_for_it():
    found = claims.extract(
        "Marches against the new charter filled the streets of Harwell.\n\n"
        "Ministers and a neighbour of the dead put the number in custody at 40.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "at 40").side == "government"


def test_a_name_with_a_possessive_is_no_person_the_clause_after_it_describes():
    found = claims.extract(
        "Marches against the new charter filled the streets of Harwell.\n\n"
        "According to Chile's Red Crescent, riot police beat 12 protesters at the gates of the port.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "12 protesters").side == "analyst"


def test_in_a_march_that_unions_join_those_who_treat_the_hurt_are_no_employer():
    found = claims.extract(
        "Marches against the new charter filled the streets of Harwell, called by opposition parties with the support "
        "of civil society and the trade unions.\n\n"
        "A medical officer counted 9 bodies at the city morgue by Tuesday.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "9 bodies").side == "analyst"


def test_people_the_article_shows_on_strike_speak_for_labour():
    found = claims.extract(
        "Junior doctors at Harwell's hospitals have been on strike since May.\n\n"
        "The junior doctors said 800 operations had been put off.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "800 operations").side == "union"


def test_a_list_inside_a_description_of_the_subject_leaves_the_subject_whole():
    found = claims.extract(
        "Marches against the new charter filled the streets of Harwell.\n\n"
        "The Coast Alliance, an umbrella for tenants' groups, charities and churches, said 3,000 people marched.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "3,000").speaker == "The Coast Alliance"


def test_a_verb_and_its_object_after_according_to_a_name_are_the_account_not_a_description():
    found = claims.extract(
        "Dockers at Harwell have been on strike since May.\n\n"
        "According to Ada Quill, riot police soon cleared the strikers from the gates.\n\n"
        "Ms Quill said 40 lorries had left the port by noon.\n",
        publisher="The Daily Example",
    )
    assert claim_with(found, "40 lorries").side != "union"  # she was never described as a striker
