"""The claim domain's value objects: what extraction produces and the store keeps."""
from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("money", "count", "percent", "duration", "date")
QUALIFIERS = ("exact", "approximately", "more than", "less than", "at least", "at most")

REPORTER = "reporter"  # the side of the publication's own voice
UNKNOWN = "unknown"


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
class Parties:
    parties: tuple[Party, ...] = field(default_factory=tuple)

    def __bool__(self) -> bool:
        return bool(self.parties)
