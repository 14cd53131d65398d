"""Rows of either backend turned into the records other modules see, and the small helpers the tables share."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from datetime import datetime, timezone

from claims.model import Frame, Quantity
from factcheck.records import Document, LabelEvent, Pair, StoredClaim


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def now_precise() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def json_ids(ids: Collection[int]) -> str:
    """Ids as a JSON list, for `json_each(?)`: one parameter however many ids (SQLite caps parameters)."""
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def document_from_row(row: dict) -> Document:
    return Document(
        id=row["id"],
        source=row["source"],
        path=row["path"] or "",
        url=row["url"] or "",
        title=row["title"] or "",
        publisher=row["publisher"] or "",
        published=row["published"] or "",
        sha256=row["sha256"],
        ingested_at=row["ingested_at"] or "",
        claim_count=row.get("claim_count", 0) or 0,
    )


def pair_from_row(row: dict) -> Pair:
    return Pair(
        id=row["id"],
        claim_a=row["claim_a"],
        claim_b=row["claim_b"],
        similarity=row["similarity"] or 0.0,
        suggested_label=row["suggested_label"] or "unverifiable",
        confidence=row["confidence"] or 0.0,
        reasons=tuple(json.loads(row["reasons"] or "[]")),
        topic=row["topic"] or "",
    )


def label_event_from_row(row: dict) -> LabelEvent:
    return LabelEvent(
        id=row["id"],
        pair_id=row["pair_id"],
        label=row["label"],
        reviewer=row["reviewer"] or "",
        note=row["note"] or "",
        adjudication=bool(row["adjudication"]),
        created_at=row["created_at"],
    )


def quantity_from_row(row: dict) -> Quantity:
    return Quantity(
        text=row["text"],
        start=row["char_start"],
        end=row["char_end"],
        kind=row["kind"],
        value=row["value"],
        unit=row["unit"] or "",
        qualifier=row["qualifier"] or "exact",
        counted=row["counted"] or "",
        frame=Frame(**json.loads(row["frame"])) if row.get("frame") else None,
    )


def claim_from_row(row: dict, quantities: tuple[Quantity, ...]) -> StoredClaim:
    return StoredClaim(
        id=row["id"],
        document_id=row["document_id"],
        position=row["position"],
        char_start=row["char_start"],
        char_end=row["char_end"],
        text=row["text"],
        speaker=row["speaker"] or "",
        side=row["side"] or "unknown",
        checkworthiness=row["checkworthiness"] or 0.0,
        stance=row["stance"] or "assertion",
        quantities=quantities,
        content_hash=row.get("content_hash") or "",
    )
