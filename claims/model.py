"""The claim domain's value objects: what extraction produces and the store keeps."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("money", "count", "percent", "duration", "date")
QUALIFIERS = ("exact", "approximately", "more than", "less than", "at least", "at most")

# Sides a claim or a figure can be on. A parties file may name others; these are what the rules know.
UNION = "union"  # unions, guilds, workers' associations, their locals and spokespeople
EMPLOYER = "employer"  # the organisation a union bargains with or strikes against: a company, or a government as employer
ORGANIZERS = "organizers"  # the organisers of a march, rally or protest
POLICE = "police"  # police forces and the authorities that count crowds for them
GOVERNMENT = "government"  # a government, ministry or agency that is a party but not the employer
ANALYST = "analyst"  # independent counters, economists, research firms, fact-finders
REPORTER = "reporter"  # the side of the publication's own voice
UNKNOWN = "unknown"
SIDES = (UNION, EMPLOYER, ORGANIZERS, POLICE, GOVERNMENT, ANALYST, REPORTER, UNKNOWN)


@dataclass(frozen=True)
class Frame:
    """What a figure is a figure of, so that two figures of one fact can be found and compared.

    Two figures with the same ``measure`` (and compatible subject, population and period) speak to the same
    fact whatever their wording; their intervals say whether they can both be true.
    """

    owner: str = ""  # the party whose figure it is: who states, offers, demands, counts or estimates it
    owner_side: str = UNKNOWN  # that party's side
    measure: str = ""  # a key different wordings of one measure share: "raise offered", "workers on strike"
    subject: str = ""  # the organisation the figure is about ("Acme Foods", "the district")
    population: str = ""  # who the figure is of ("new hires", "teachers"), when the text says
    period: str = ""  # the date or period it holds for ("2023-03-07", "over three years", "a day")
    place: str = ""  # where it holds: a city or region ("Lyon"), "nationwide", or "" when the text does not say
    basis: str = ""  # what a sum or a raise is reckoned on: "compensation" (pay with benefits) or "wages"; "" unsaid
    low: float | None = None  # the interval its qualifier and stated precision imply; None: unbounded
    high: float | None = None
    part: bool = False  # a part of a total told beside it: "21 of these deaths", "including the 8 killed in Lakeport"


@dataclass(frozen=True)
class Quantity:
    """One figure in a claim, normalised.

    ``start``/``end`` are offsets into the claim's text, so that
    ``claim.text[q.start:q.end] == q.text``.
    """

    text: str
    start: int
    end: int
    kind: str  # one of KINDS
    value: float  # dates: YYYYMMDD as a number, unknown parts 00
    unit: str  # USD, USD/hour, USD/year, people, percent, days, date, or the counted noun
    qualifier: str = "exact"  # one of QUALIFIERS
    counted: str = ""  # what is counted or paid: "workers", "hourly wage", "new hires"
    frame: Frame | None = None  # what the figure is a figure of; None where extraction gave none


@dataclass(frozen=True)
class Claim:
    """A check-worthy statement, with who asserts it and the figures it states.

    ``start``/``end`` are offsets into the document text:
    ``document_text[claim.start:claim.end] == claim.text``.
    """

    text: str
    start: int
    end: int
    position: int  # order of the claim within its document
    speaker: str  # the person or organisation asserting it; the publication when nobody is named
    side: str  # a party's side name, REPORTER or UNKNOWN
    checkworthiness: float  # 0..1
    quantities: tuple[Quantity, ...] = ()
    stance: str = "assertion"  # assertion, allegation, denial


@dataclass(frozen=True)
class Party:
    """One side of a dispute and the names it goes by (organisations and people)."""

    side: str
    aliases: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class KnownOrganisations:
    """Organisations, by lower-case name, that articles show to be an employer or a union: what one article of a
    dispute teaches ("Verdi called Lufthansa's ground staff out") serves another that only names them."""

    employers: frozenset[str] = frozenset()
    unions: frozenset[str] = frozenset()

    @classmethod
    def agreed(cls, taught: Iterable[KnownOrganisations], at_least: int = 2) -> KnownOrganisations:
        """The names at least `at_least` articles teach, and more of them as this side than as the other: one
        article's mistake ("Germany" taken for an employer) does not spread to the others, nor does it undo what
        most of them teach."""
        employers: Counter[str] = Counter()
        unions: Counter[str] = Counter()
        for known in taught:
            employers.update(known.employers)
            unions.update(known.unions)
        return cls(
            frozenset(name for name, count in employers.items() if count >= at_least and count > unions[name]),
            frozenset(name for name, count in unions.items() if count >= at_least and count > employers[name]),
        )


@dataclass(frozen=True)
class Parties:
    parties: tuple[Party, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.parties)
