"""Claim vectors in the store: embedded once per (text, model), loaded as one matrix."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from embeddings import from_blobs, to_blob


@dataclass(frozen=True)
class ClaimVectors:
    """Claim ids and their vectors, row for row."""

    ids: np.ndarray  # int64
    matrix: np.ndarray  # float32, unit rows

    def __len__(self) -> int:
        return len(self.ids)

    def rows_of(self) -> dict[int, int]:
        return {int(claim_id): row for row, claim_id in enumerate(self.ids)}


class VectorTables:
    """The embeddings table (mixed into each store)."""

    def missing_texts(self, model: str) -> list[tuple[str, str]]:
        """(content hash, text) of claims with no vector under this model, each text once."""
        sql = """
            select claims.content_hash, min(claims.text) as text from claims
            left join embeddings on embeddings.content_hash = claims.content_hash and embeddings.model = ?
            where embeddings.content_hash is null
            group by claims.content_hash order by min(claims.id)
        """
        return [(r["content_hash"], r["text"]) for r in self.db.query(sql, [model])]

    def save_vectors(self, model: str, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Store one vector per content hash under this model, in one transaction."""
        rows = [
            {"content_hash": h, "model": model, "dimensions": int(v.shape[0]), "vector": to_blob(v)}
            for h, v in zip(hashes, vectors)
        ]
        with self.transaction() as db:
            db["embeddings"].insert_all(rows, replace=True)

    def vector_counts(self) -> dict[str, int]:
        """How many vectors each model (encoder) has in the store."""
        return dict(self.db.execute("select model, count(*) from embeddings group by model").fetchall())

    def claim_vectors(self, model: str) -> ClaimVectors:
        """Every claim that has a vector under this model, in claim id order, as one matrix."""
        sql = """
            select claims.id, embeddings.dimensions, embeddings.vector from claims
            join embeddings on embeddings.content_hash = claims.content_hash and embeddings.model = ?
            order by claims.id
        """
        rows = self.db.execute(sql, [model]).fetchall()
        if not rows:
            return ClaimVectors(np.empty(0, np.int64), np.empty((0, 0), np.float32))
        dimensions = rows[0][1]
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        return ClaimVectors(ids, from_blobs([r[2] for r in rows], dimensions))
