"""What the store hands back: documents and claims as they are kept, with their ids."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from claims.model import Quantity


@dataclass(frozen=True)
class SourceDocument:
    """A document read from a file or a row, before it is stored."""

    source: str  # stable identity across re-ingests: a path, path#row, or URL
    text: str
    path: str = ""
    url: str = ""
    title: str = ""
    publisher: str = ""
    published: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    id: int
    source: str
    path: str
    url: str
    title: str
    publisher: str
    published: str
    sha256: str
    ingested_at: str
    claim_count: int = 0


@dataclass(frozen=True)
class StoredClaim:
    id: int
    document_id: int
    position: int
    char_start: int
    char_end: int
    text: str
    speaker: str
    side: str
    checkworthiness: float
    stance: str
    quantities: tuple[Quantity, ...] = field(default_factory=tuple)
    content_hash: str = ""


class Label(StrEnum):
    """A reviewer's verdict on a pair, and a suggestion's: the one definition of what a label can be."""

    AGREE = "agree"
    CONFLICT = "conflict"
    UNVERIFIABLE = "unverifiable"

    @classmethod
    def parse(cls, value: str) -> "Label":
        """The label named by ``value``; FactcheckError naming the choices otherwise."""
        from factcheck.errors import FactcheckError

        try:
            return cls(value)
        except ValueError:
            raise FactcheckError(f"label must be one of {', '.join(LABELS)}, not {value!r}") from None


LABELS = tuple(label.value for label in Label)


def topic_matches(topic: str | None, wanted: str) -> bool:
    """The one rule of `--topic` (review and report alike): the topic contains what was given, ignoring case and
    spacing. The store registers it as an SQL function of the same name."""
    return _folded(wanted) in _folded(topic or "")


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Pair:
    """Two claims that may speak to the same point, stored once (claim_a < claim_b)."""

    id: int
    claim_a: int
    claim_b: int
    similarity: float
    suggested_label: str
    confidence: float
    reasons: tuple[str, ...]
    topic: str


@dataclass(frozen=True)
class LabelEvent:
    """One reviewer's verdict on a pair at one moment. Events are never changed or removed."""

    id: int
    pair_id: int
    label: str
    reviewer: str
    note: str
    adjudication: bool
    created_at: str


# What the review loop shows: read by the store in one query, turned into these one pair at a time.


@dataclass(frozen=True)
class ClaimView:
    id: int
    text: str
    speaker: str
    side: str
    document_id: int
    char_start: int
    char_end: int
    title: str
    publisher: str
    published: str
    figures: tuple[tuple[int, int], ...]  # offsets of figures in the claim text, to highlight them


@dataclass(frozen=True)
class Vote:
    reviewer: str
    label: str
    note: str = ""


@dataclass
class ReviewItem:
    """One pair as the reviewer sees it. ``label``/``note`` change as the reviewer works."""

    pair_id: int
    topic: str
    suggested: str
    confidence: float
    reasons: tuple[str, ...]
    a: ClaimView
    b: ClaimView
    label: str | None = None  # this reviewer's current label (the lead's settled label when adjudicating)
    note: str = ""
    others: tuple[Vote, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class QueueOptions:
    reviewer: str
    topic: str | None = None
    suggested: str | None = None
    relabel: bool = False
    limit: int | None = None
    blind: bool = False
    adjudicate: bool = False
