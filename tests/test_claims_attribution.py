"""Speakers: reporting verbs of the main clause, quotations, according to, appositives, pronouns and titles."""
import pytest

import claims
from claims.attribution import find_attribution, find_position_holder


@pytest.mark.parametrize(
    "sentence, speaker, stance",
    [
        ("Hospital spokeswoman Dana Reyes said the offer is fair.", "Hospital spokeswoman Dana Reyes", "assertion"),
        ("“The offer is fair,” Reyes said.", "Reyes", "assertion"),
        ("“We will not go back without a deal,” said guild president Omar Haddad.", "guild president Omar Haddad",
         "assertion"),
        ("The teachers union, which represents 30,000 educators, said talks had collapsed.", "The teachers union",
         "assertion"),
        ("For its part, Northline, a regional bus operator, said service would resume.", "Northline", "assertion"),
        ("Earlier this week, union officials said they would strike.", "union officials", "assertion"),
        ("The pilots have repeatedly accused the airline of stalling.", "The pilots", "allegation"),
        ("The district denied cutting any positions.", "The district", "denial"),
        ("The Lakeport police, on the other hand, put the number of marchers at around 24,000.", "The Lakeport police",
         "assertion"),
        ("The district, by contrast, said the offer was fair.", "The district", "assertion"),
        # a dateline before a plain hyphen is no part of the speaker
        ("HARWELL - The porters union confirmed that 2,100 porters walked out.", "The porters union", "assertion"),
        ("HARWELL, Wessex (AP) - Corvane said 300 drivers had returned.", "Corvane", "assertion"),
        ("Drivers contend the schedule is unsafe.", "Drivers", "assertion"),
        ("Turnover doubled last year, according to a state audit.", "a state audit", "assertion"),
        ("No new talks are planned, the union said in a statement.", "the union", "assertion"),
        ("Alistair Boyd, the managing director, said the package would cost more.", "Alistair Boyd", "assertion"),
        ("Nurses may not return until Saturday, a Bellamy spokesperson said.", "a Bellamy spokesperson", "assertion"),
        ("\u201cWe ask for patience,\u201d said Dr. Karen Osei, chief executive of Bellamy Health.", "Dr Karen Osei",
         "assertion"),
        ("\u201cWe are fair,\u201d Tomas Reilly, a spokesperson for the alliance, said in a statement.", "Tomas Reilly",
         "assertion"),
        ("Pennine Crown gave a lower figure, saying 90 stations had closed.", "Pennine Crown", "assertion"),
        ("The minister repeated her call for talks, but said the budget was fixed.", "The minister", "assertion"),
        ("Denise Caldwell, the union's president, rejected the estimate.", "Denise Caldwell", "denial"),
        ('No agency staff were hired," a spokesperson said.', "a spokesperson", "assertion"),
        ("\u201cNobody is replacing anyone,\u201d alliance chair Catherine Vandermeer said.",
         "alliance chair Catherine Vandermeer", "assertion"),
        ("The university, citing its own housing study, said rent takes 34 percent of a stipend.", "The university",
         "assertion"),
        ("The alliance put the number of members on strike at nearly 45,000.", "The alliance", "assertion"),
        ("Health officials in Harwell gave a figure of 14 dead by Sunday.", "Health officials in Harwell", "assertion"),
        ("However, the HRU, which speaks for the crane drivers, says pickets turned back 48 lorries.", "the HRU",
         "assertion"),
        ("Harbourline's reply took up claims from the guild that pickets turned back 40 lorries.", "the guild",
         "assertion"),
        ("A county judge on Friday granted Harlan State an injunction, the court said.", "the court", "assertion"),
        ("Workers employed by the chain said pay is low.", "Workers employed by the chain", "assertion"),
        # a headline names its source last, in lower case
        ("Fourteen killed in Corvane clashes, monitoring group says", "monitoring group", "assertion"),
        # a title ranked by another word, and a local's number in an organisation's name
        ("Dana Vell, executive director of the HRU, said pay averages $27,500 a year.", "Dana Vell", "assertion"),
        ("Ari Moss, deputy general secretary of the guild, said talks failed.", "Ari Moss", "assertion"),
        ("Ari Moss, general manager of the port, said 40 ships wait.", "Ari Moss", "assertion"),
        ("On Monday HRU Local 12, the union for 14,000 porters, announced a strike.", "HRU Local 12", "assertion"),
        ("Late on Saturday, May 9, the Harwell Porters Union, one of the organisers, said 7,500 marched.",
         "the Harwell Porters Union", "assertion"),  # a date is no local's number
        # a list in a relative clause runs past its commas
        ("The union, which speaks for some 3,000 porters, cooks and other staff, plans a strike, saying talks failed.",
         "The union", "assertion"),
        # a phrase that sets the scene names no one, even with a verb of its own ("posted")
        ("In a statement posted on its website, the ministry said 17 people were hurt.", "the ministry", "assertion"),
        ("In a video posted on Monday, Dana Vell, president of Local 88, said the offer fell short.", "Dana Vell",
         "assertion"),
        ("In Harwell, the guild said 4,000 members walked out.", "the guild", "assertion"),
        # a verb after "did" or "went on to", and "report" in the present
        ("Last week the ministry did report that 340 drivers had lost their licences.", "the ministry", "assertion"),
        ("The mayor went on to say that 12 depots would close.", "The mayor", "assertion"),
        ("The guild's observers report that 70 pickets stood at the gate.", "The guild's observers", "assertion"),
    ],
)
def test_speaker_patterns(sentence, speaker, stance):
    found = find_attribution(sentence)
    assert found is not None
    assert (found.speaker, found.stance) == (speaker, stance)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 400 cooks plan to rally Friday over what the cooks say is unsafe heat in kitchens.",
        "The workers, who say they are underpaid, marched to city hall.",
        "“At issue, the nurses say, is staffing,” the flyer read.",
        "Creation of a dispute resolution process.",
        "Harlan State University went to court on Friday.",
    ],
)
def test_a_verb_outside_the_main_clause_makes_no_speaker(sentence):
    found = find_attribution(sentence)
    assert found is None or found.speaker not in ("the cooks", "they", "the nurses")


def test_a_passive_verb_makes_its_agent_the_speaker_and_never_its_subject():
    assert find_attribution("The damage is estimated at 100 million euros a day.") is None
    assert find_attribution("The crowd was estimated at 80,000 by police.").speaker == "police"
    assert find_attribution("The damage is put at 100 million euros a day by the Harwell Institute.").speaker == "the Harwell Institute"
    assert find_attribution("The crowd was put at 80,000.") is None
    assert find_attribution("The offer was described by the union as an insult.").speaker == "the union"


@pytest.mark.parametrize(
    "sentence, side",
    [
        ("Markus Brand of the consultancy Harwell said freight losses reach 30 million euros a day.", "analyst"),
        ("The union Verband said 2,000 workers joined the walkout.", "union"),
        # An acronym the article spelled out is what its name says it is: an institute is an analyst.
        ("The damage is put at 100 million euros a day (PWI).", "analyst"),
        # a rights forum is a rights monitor; the state's broadcaster speaks for the state, not as an outlet
        ("The Wessex Human Rights Forum said it had counted 38 injured.", "analyst"),
        ("State broadcaster LTV said 450 people had been detained.", "government"),
    ],
)
def test_what_an_organisation_is_can_be_said_before_its_name_or_in_its_acronym(sentence, side):
    document = f"Economists at the Porto Wage Institute (PWI) follow the rail strike. {sentence}"
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == side


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("By the union's estimate it would cost about $500 million per year.", "the union"),
        ("In Harbourline\u2019s own count, 300 staff worked.", "Harbourline"),
        ("By Monday's count, 300 had joined.", None),  # a day keeps no count
        ("By the union's account, 3,500 porters gathered at the depot.", "the union"),
        # a plural name's possessive is its apostrophe alone
        ("By the Dockers' count, 3,700 porters walked out.", "the Dockers"),
        ("By the Harwell Porters\u2019 own account, 3,500 porters gathered at the depot.", "the Harwell Porters"),
        ("In the first days' trading, 300 shares were sold.", None),  # days keep no count
        # an outlet that quotes someone gives that person's words
        ("The Ledger quoted Ari Moss, the union's lead negotiator, as saying that 10,000 porters had struck.", "Ari Moss"),
        ("Local reports quoting Health Minister Dana Vell said some 120 people were treated.",
         "Health Minister Dana Vell"),
        ("The minister said 14 guards were among the injured, according to the newspaper El Ledger.", "The minister"),
        # those who count, tally or record a figure give it; a time is no agent and no subject
        ("By the afternoon the union counted 6,800 participants.", "the union"),
        ("The Lakeport Rights Institute has recorded 61 deaths.", "The Lakeport Rights Institute"),
        ("Some 5,000 ballots were counted by Tuesday.", None),
        ("The coalition had counted on a turnout of 50,000.", None),  # a hope, not a count
        # a long source phrase is still the source
        ("According to leaders of the Harbour Association of Machinists and Aerospace Workers district in Lakeport, "
         "59% voted yes.", "leaders of the Harbour Association of Machinists and Aerospace Workers district in Lakeport"),
        # a participle before a noun is an adjective: no speaker
        ("The most recent rejected offer contained raises of 35%.", None),
        ("A widely disputed figure of 35% was cited.", None),
        ("The union rejected the offer of 35%.", "The union"),
    ],
)
def test_whose_reckoning_or_account_a_sentence_gives(sentence, speaker):
    found = find_attribution(sentence)
    assert (found.speaker if found else None) == speaker


def test_a_relative_clause_between_a_subject_and_its_position_leaves_the_subject():
    assert find_position_holder("The porters, who have been seeking 40% higher pay, turned down the offer.") == "The porters"
    assert find_position_holder("The porters have been seeking 40% higher pay.") == "The porters"


def test_according_to_a_source_ends_where_a_clause_opens_without_a_comma():
    found = find_attribution("But according to the guild the talks had stalled by Friday, with 40 sailings lost.")
    assert found.speaker == "the guild"


def test_a_document_speaks_for_whoever_wrote_it_not_for_whoever_it_went_to():
    assert find_attribution("According to a letter the company sent to union officials, it offered $6,000.").speaker == "the company"
    assert find_attribution("According to a memo sent to staff by the union, 300 jobs go.").speaker == "the union"
    assert find_attribution("According to the letter, staff get 4%.").speaker == "the letter"


def test_an_employers_first_strike_makes_it_no_union():
    document = ("Boxworth Aero raised its wage offer to 30%.\n\nWhether it satisfies the 32,000 workers who walked out "
                "in Boxworth Aero's first strike since 2008 is unclear.\n\nBoxworth Aero said the offer would cost $2 billion.")
    sides = {c.text: c.side for c in claims.extract(document)}
    assert sides["Boxworth Aero said the offer would cost $2 billion."] == "employer"


def test_the_initials_of_a_workers_union_are_a_union_where_the_text_never_spells_them_out():
    document = ("Harbourline Rail improved its offer.\n\nThe HRSWU said the offer fell short.\n\n"
                "The HRSWU's claim, as set out to members:\n\n- a pay rise of 9 per cent\n")
    sides = {c.text: c.side for c in claims.extract(document)}
    assert sides["The HRSWU said the offer fell short."] == "union"
    assert sides["a pay rise of 9 per cent"] == "union"


def speakers(document, **kwargs):
    return [(c.speaker, c.side) for c in claims.extract(document, **kwargs)]


def test_surname_resolves_to_the_full_name_seen_earlier():
    document = (
        "Metro Transit spokesperson Lee Chan said 12 routes were cancelled.\n"
        "Chan added that 85 percent of buses ran on Tuesday."
    )
    assert speakers(document) == [("Lee Chan", "employer"), ("Lee Chan", "employer")]


def test_pronouns_resolve_to_the_last_fitting_speaker():
    document = (
        "The 200 striking baristas contend the chain cut their hours by 30 percent.\n"
        "“We asked for a fair schedule and got nothing,” they added.\n"
        "Brightbean spokesperson Ana Ortiz said 90 percent of stores stayed open.\n"
        "She said the company had offered a 4 percent raise."
    )
    found = claims.extract(document)
    assert [c.speaker for c in found][1] == "The 200 striking baristas"
    assert (found[1].side, found[3].speaker, found[3].side) == ("union", "Ana Ortiz", "employer")


def test_a_continued_quotation_keeps_its_speaker():
    document = (
        "“The board has ignored us for two years,” said Priya Natarajan, a kindergarten teacher.\n"
        "“Class sizes have grown to 34 students.”"
    )
    found = claims.extract(document)
    assert [(c.speaker, c.side) for c in found] == [("Priya Natarajan", "union")] * 2


def test_the_company_resolves_to_the_employer_named_earlier():
    document = (
        "Workers at Halvorsen Foods walked out on Monday.\n"
        "Halvorsen Foods said 1,100 employees stayed on the job.\n"
        "The company said it would hire 200 replacement workers."
    )
    found = claims.extract(document)
    assert (found[-1].speaker, found[-1].side) == ("Halvorsen Foods", "employer")


def test_nobody_named_is_the_publication():
    found = claims.extract("About 3,000 nurses walked off the job on Tuesday.", publisher="The Daily Ledger")
    assert [(c.speaker, c.side) for c in found] == [("The Daily Ledger", "reporter")]


def test_an_unplaceable_source_is_unknown():
    found = claims.extract("Executives received $2 million in bonuses, according to the latest tax filing.")
    assert (found[0].speaker, found[0].side) == ("the latest tax filing", "unknown")


def test_an_age_set_off_after_a_name_leaves_the_name_the_speaker():
    found = find_attribution("Quill, 57, countered that the demands would add $2.5 billion, a sum she called unaffordable.")
    assert (found.speaker, found.verb) == ("Quill", "countered")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("According to the Bakers, Millers, Drivers and Allied Trades International Union, members voted 5 to 1.",
         "the Bakers, Millers, Drivers and Allied Trades International Union"),
        ("According to police, Lyon, Paris and Nantes saw the largest marches.", "police"),
    ],
)
def test_according_to_a_name_that_lists_trades_with_commas(sentence, speaker):
    assert find_attribution(sentence).speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Signal porters on a picket line during a previous dispute.",
    "The latest report shows a 4% rise.",
])
def test_a_noun_that_is_also_a_reporting_verb_gives_no_speaker(sentence):
    assert find_attribution(sentence) is None


def test_the_same_word_after_its_subject_is_still_a_verb():
    assert find_attribution("The union disputes the figure.").speaker == "The union"


@pytest.mark.parametrize("sentence", [
    "Corvane said it had laid off 640 staff at its Millbrook depot, which is not on strike.",
    "Corvane, which employs 4,300 people in the region, said talks would go on.",
])
def test_an_organisation_that_lays_off_or_employs_workers_is_their_employer(sentence):
    document = f"Nurses and axle workers of the Harbour Workers Union are on strike.\n\n{sentence}"
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert claim.side == "employer"


def test_a_source_that_is_the_subjects_own_speaks_for_the_subject():
    document = ("The Harwell Porters Union called a strike.\n\nAccording to its website, the Harwell Porters Union "
                "has 42,000 members.\n\nThe Harwell Porters Union said 6,400 porters struck, according to its own count.")
    sides = {c.text: c.side for c in claims.extract(document)}
    assert sides["According to its website, the Harwell Porters Union has 42,000 members."] == "union"
    assert sides["The Harwell Porters Union said 6,400 porters struck, according to its own count."] == "union"


def test_a_person_with_a_middle_initial_keeps_the_side_their_title_gives():
    document = ("The Harwell Porters Union struck on Monday.\n\nDana K. Vell, vice president of the Harwell Porters "
                "Union, said that after six weeks the strikers had won a raise of 4%.")
    [claim] = [c for c in claims.extract(document) if c.quantities]
    assert (claim.speaker, claim.side) == ("Dana K. Vell", "union")
