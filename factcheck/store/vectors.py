"""Claim vectors in the store: embedded once per (text, model), loaded as one matrix."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from embeddings import Encoder, from_blobs, to_blob
from factcheck.store import Store

BATCH = 64  # claims per encode call and per commit: an interrupted run loses at most one batch


@dataclass(frozen=True)
class ClaimVectors:
    """Claim ids and their vectors, row for row."""

    ids: np.ndarray  # int64
    matrix: np.ndarray  # float32, unit rows

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self) -> dict[int, int]:
        return {int(claim_id): row for row, claim_id in enumerate(self.ids)}


def missing_texts(store: Store, model: str) -> list[tuple[str, str]]:
    """(content hash, text) of claims with no vector under this model, each text once."""
    sql = """
        select claims.content_hash, min(claims.text) as text from claims
        left join embeddings on embeddings.content_hash = claims.content_hash and embeddings.model = ?
        where embeddings.content_hash is null
        group by claims.content_hash order by min(claims.id)
    """
    return [(r["content_hash"], r["text"]) for r in store.db.query(sql, [model])]


def embed_missing(
    store: Store, encoder: Encoder, batch: int = BATCH, on_batch: Callable[[int, int], None] | None = None
) -> int:
    """Embed the claims that have no vector yet, committing batch by batch; returns how many were embedded.

    ``on_batch(done, total)`` reports progress after each committed batch.
    """
    # Shortest first: each batch then holds texts of about one length, so little of it is padding, as
    # when the encoder sorts one large call by length; small batches keep every commit small.
    todo = sorted(missing_texts(store, encoder.name), key=lambda row: len(row[1]))
    for start in range(0, len(todo), batch):
        chunk = todo[start : start + batch]
        vectors = encoder.encode([text for _, text in chunk])
        rows = [
            {"content_hash": h, "model": encoder.name, "dimensions": int(v.shape[0]), "vector": to_blob(v)}
            for (h, _), v in zip(chunk, vectors)
        ]
        with store.transaction() as db:
            db["embeddings"].insert_all(rows, replace=True)
        if on_batch:
            on_batch(start + len(chunk), len(todo))
    return len(todo)


def claim_vectors(store: Store, model: str) -> ClaimVectors:
    """Every claim that has a vector under this model, in claim id order, as one matrix."""
    sql = """
        select claims.id, embeddings.dimensions, embeddings.vector from claims
        join embeddings on embeddings.content_hash = claims.content_hash and embeddings.model = ?
        order by claims.id
    """
    rows = store.db.execute(sql, [model]).fetchall()
    if not rows:
        return ClaimVectors(np.empty(0, np.int64), np.empty((0, 0), np.float32))
    dimensions = rows[0][1]
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    return ClaimVectors(ids, from_blobs([r[2] for r in rows], dimensions))
