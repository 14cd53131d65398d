"""Similarity search over a matrix of unit vectors, held once in memory.

`VectorIndex` is the seam: the exact numpy scan here answers for stores up to
a few hundred thousand claims; an approximate index (FAISS) with the same
`search` can stand in for larger ones without the callers changing.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from embeddings.vectors import normalise

# Rows of queries scored at once: bounds the (rows x n) score block to ~256 MB at a million claims.
QUERY_BLOCK = 64


@dataclass(frozen=True)
class SearchResult:
    """Per query, the k best ids and their cosine scores, best first (-1 / -inf pad short rows)."""

    ids: np.ndarray  # (queries, k) int64
    scores: np.ndarray  # (queries, k) float32


class VectorIndex(Protocol):
    def __len__(self) -> int: ...

    def search(self, queries: np.ndarray, k: int = 10) -> SearchResult: ...


class ExactIndex:
    """Exact cosine top-k by blocked matrix products: never an n-by-n matrix."""

    def __init__(self, ids, vectors: np.ndarray):
        self.ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        self.matrix = _unit_rows(vectors)
        if len(self.matrix) != len(self.ids):
            raise ValueError(f"{len(self.ids)} ids for {len(self.matrix)} vectors")

    def __len__(self) -> int:
        return len(self.ids)

    def search(self, queries: np.ndarray, k: int = 10) -> SearchResult:
        queries = normalise(queries)
        k = max(1, k)
        ids = np.full((len(queries), k), -1, dtype=np.int64)
        scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        kk = min(k, len(self))
        if kk == 0:
            return SearchResult(ids, scores)
        for start in range(0, len(queries), QUERY_BLOCK):
            block = queries[start : start + QUERY_BLOCK] @ self.matrix.T
            top = np.argpartition(-block, kk - 1, axis=1)[:, :kk] if kk < len(self) else np.argsort(-block, axis=1)
            top_scores = np.take_along_axis(block, top, axis=1)
            order = np.argsort(-top_scores, axis=1, kind="stable")
            rows = np.take_along_axis(top, order, axis=1)
            ids[start : start + len(block), :kk] = self.ids[rows]
            scores[start : start + len(block), :kk] = np.take_along_axis(top_scores, order, axis=1)
        return SearchResult(ids, scores)


def _unit_rows(vectors) -> np.ndarray:
    """The matrix itself when it already holds unit float32 rows: a million claims are not copied twice."""
    v = np.asarray(vectors)
    if v.dtype == np.float32 and v.ndim == 2 and v.flags.c_contiguous:
        norms = np.einsum("ij,ij->i", v, v)
        if np.all((np.abs(norms - 1) < 1e-3) | (norms == 0)):
            return v
    return normalise(v) if v.size else np.empty((0, v.shape[-1] if v.ndim == 2 else 0), np.float32)
