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
