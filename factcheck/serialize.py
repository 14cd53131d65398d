"""The JSON shapes of stored things: one for a document, one for a claim and its figures, used by every command
that prints JSON and by the JSON report (factcheck/schemas/report.schema.json describes the same shapes).

A figure is a `Quantity` in the code and sits in a claim's "quantities" list.
"""
from __future__ import annotations

from dataclasses import asdict

from claims.model import Frame, Quantity
from factcheck.records import Document, StoredClaim


def document_json(doc: Document) -> dict:
    return {
        "id": doc.id,
        "path": doc.path,
        "url": doc.url,
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published,
        "sha256": doc.sha256,
        "claims": doc.claim_count,
    }


def quantity_json(q: Quantity) -> dict:
    return {
        "text": q.text,
        "kind": q.kind,
        "value": q.value,
        "unit": q.unit,
        "qualifier": q.qualifier,
        "counted": q.counted,
        "char_start": q.start,
        "char_end": q.end,
        "frame": frame_json(q.frame),
    }


def frame_json(frame: Frame | None) -> dict | None:
    return asdict(frame) if frame is not None else None


def claim_json(claim: StoredClaim | None) -> dict | None:
    if claim is None:  # a pair's claim removed since (kept in the pair because it was labelled)
        return None
    return {
        "id": claim.id,
        "document": claim.document_id,
        "position": claim.position,
        "char_start": claim.char_start,
        "char_end": claim.char_end,
        "text": claim.text,
        "speaker": claim.speaker,
        "side": claim.side,
        "checkworthiness": round(claim.checkworthiness, 3),
        "stance": claim.stance,
        "quantities": [quantity_json(q) for q in claim.quantities],
    }
