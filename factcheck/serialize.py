"""JSON shapes of stored things, as the CLI prints them and reports embed them."""
from __future__ import annotations

from claims.model import Quantity
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
    }


def claim_json(claim: StoredClaim) -> dict:
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
