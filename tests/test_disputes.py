"""Which documents are about the same dispute, from the names their claims use (unit tests, no model)."""
from dataclasses import dataclass

from factcheck.pairing.disputes import DocumentNames


@dataclass(frozen=True)
class C:
    document_id: int
    text: str
    speaker: str = ""


WRITERS = [
    C(1, "About 11,000 writers walked out after the Screen Writers Guild and the Alliance failed to agree.", "Renata Solis"),
    C(1, "The alliance said its offer was fair, according to Tomas Reilly.", "Tomas Reilly"),
    C(2, "Picket lines formed on Tuesday outside Meridian Studios, where Renata Solis spoke.", "Renata Solis"),
    C(2, "A spokesperson, Tomas Reilly, said fewer writers had work.", "Tomas Reilly"),
]
TEACHERS = [
    C(3, "Teachers in Harbor City walked out on Monday, said Dana Whitcomb of the Education Association.", "Dana Whitcomb"),
    C(3, "Superintendent Gregory Hale said the district offered 5%.", "Gregory Hale"),
]


def test_articles_naming_the_same_people_are_one_dispute():
    names = DocumentNames.of(WRITERS + TEACHERS)
    assert names.related(1, 2)
    assert not names.related(1, 3) and not names.related(2, 3)


def test_calendar_words_and_kinds_of_organisation_link_nothing():
    names = DocumentNames.of([
        C(1, "Pickets formed on Monday in January outside the Union Hospital, the Company said."),
        C(2, "Talks resume on Monday in January, the Union and the Company said."),
    ])
    assert names.by_document[1] & names.by_document[2] == frozenset()


def test_a_document_that_names_nobody_is_not_set_apart():
    names = DocumentNames.of(WRITERS + [C(4, "the union said pay was too low.")])
    assert names.related(1, 4)


ECONOMISTS_NOTE = [
    C(5, "A strike on the coastal railways would cost $60 million on its first day, Harwell Economic Group said.",
      "Harwell Economic Group"),
    C(5, "Lena Varga and Ada Quill of Harwell wrote the estimate in Eastport.", "Lena Varga"),
]
RAIL_RELEASE = [
    C(6, "The Coastal Rail Association said a strike would cost $2 billion a day, according to Tomas Reilly.", "Tomas Reilly"),
    C(6, "Members of the Brotherhood of Engineers and the Signal Union voted down the deal, Renata Solis said.",
      "Renata Solis"),
    C(6, "Dispatchers at Northline, Southline and Eastline walk out on Friday, said Gregory Hale of Westline.",
      "Gregory Hale"),
]


def test_an_economists_note_naming_nobody_else_joins_the_dispute_its_title_names():
    titles = {5: "A coastal rail strike could cost consumers $1 billion in its first week",
              6: "Rail group: nationwide rail strike could cost $2 billion a day"}
    assert not DocumentNames.of(ECONOMISTS_NOTE + RAIL_RELEASE).related(5, 6)
    assert DocumentNames.of(ECONOMISTS_NOTE + RAIL_RELEASE, titles).related(5, 6)
    # Titles that share only a dispute's every-day words ("strike could cost") relate nothing.
    unrelated = {5: "Teachers' strike could cost a week of lessons", 6: "Rail group: strike could cost $2 billion a day"}
    assert not DocumentNames.of(ECONOMISTS_NOTE + RAIL_RELEASE, unrelated).related(5, 6)


def test_two_disputes_of_one_trade_stay_apart_when_each_names_its_parties():
    titles = {1: "Screen writers strike enters second week", 3: "Teachers strike enters second week"}
    names = DocumentNames.of(WRITERS + TEACHERS, titles)
    assert not names.related(1, 3)


def test_articles_sharing_one_name_are_one_dispute_where_a_third_links_them():
    # Each brief shares a single place with the other, and several names with the long report: one dispute.
    report = [C(7, "Nurses at Corvane Memorial and Wessex General struck, said Dana Vell of the Pellam Nurses Guild, "
                   "as Ledger Health's Ari Moss spoke in Lakeport.", "Dana Vell")]
    brief_a = [C(8, "Pickets formed in Lakeport and Harwell as Dana Vell spoke; the Pellam guild said 4,000 walked out "
                    "of Wessex General.", "Dana Vell")]
    brief_b = [C(9, "Wards in Harwell stayed open at Corvane Memorial, said Ari Moss of Ledger Health.", "Ari Moss")]
    other = [C(10, "Teachers in Harwell walked out of Eastmoor Academy, said Rosa Lind of the Tarrow Education "
                   "Association.", "Rosa Lind")]
    names = DocumentNames.of(report + brief_a + brief_b + other)
    assert names.by_document[8] & names.by_document[9] == {"harwell"}
    assert names.related(8, 9)
    # One shared place does not join another dispute that nothing else links.
    assert not names.related(10, 8) and not names.related(10, 9)
