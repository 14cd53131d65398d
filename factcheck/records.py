"""What the store hands back: documents and claims as they are kept, with their ids."""
from __future__ import annotations

from dataclasses import dataclass, field

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


LABELS = ("agree", "conflict", "unverifiable")


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
