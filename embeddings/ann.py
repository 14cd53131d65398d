"""Top-k similar-vector search that stays fast as a store grows to millions of claims.

Small stores keep an exact numpy scan: it is exact, needs no extra files
worth speaking of, and below ~20k vectors it is already well under a
millisecond. Past the threshold the vectors move into a FAISS HNSW graph
(inner product on normalised vectors, so scores are cosine similarities),
which answers a top-10 query over a million claims in about a millisecond
where the exact scan takes tens.

The index is saved beside the database as ``<db>.faiss`` plus ``<db>.faiss.ids.npy``
(row -> claim id). Adding claims extends the graph in place; nothing is rebuilt.

faiss is imported only when an HNSW index is built or loaded, so small
stores and ``--help`` never pay for it.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from embeddings.index import ExactIndex, SearchResult
from embeddings.vectors import normalise

NPY_MAGIC = b"\x93NUMPY"


@dataclass(frozen=True)
class AnnSettings:
    # Below this an exact scan is under a millisecond per query and needs no graph at all.
    exact_below: int = 20_000
    # M=16 / efConstruction=40 builds a million 384-d vectors in well under 5 minutes on 2 cores
    # (M=32 took over 6); efSearch=96 keeps recall@10 above 0.95 against exact search at 1M
    # (benchmarks/bench_search.py measures both).
    hnsw_m: int = 16
    ef_construction: int = 40
    ef_search: int = 96


def _faiss():
    import faiss  # lazy: heavy import, and only large stores need it

    return faiss


def index_path_for(db_path: str | Path) -> Path:
    """Where a database's index lives: beside it, so copying both keeps them together."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".faiss")


def _ids_path(path: Path) -> Path:
    return path.with_name(path.name + ".ids.npy")


class AnnIndex:
    """Cosine top-k over (claim id, vector) rows: exact below a threshold, HNSW above.

    Satisfies embeddings.index.VectorIndex, so it stands in wherever ExactIndex does.
    """

    def __init__(self, dim: int, settings: AnnSettings | None = None):
        self.dim = dim
        self.settings = settings or AnnSettings()
        self._exact: ExactIndex | None = ExactIndex(np.empty(0, np.int64), np.empty((0, dim), np.float32))
        self._hnsw = None
        self._hnsw_ids = np.empty(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def is_exact(self) -> bool:
        return self._hnsw is None

    @property
    def ids(self) -> np.ndarray:
        return self._exact.ids if self._exact is not None else self._hnsw_ids

    @classmethod
    def of(cls, ids, vectors: np.ndarray, settings: AnnSettings | None = None) -> "AnnIndex":
        return cls(np.shape(vectors)[-1], settings).build(ids, vectors)

    def build(self, ids, vectors: np.ndarray) -> "AnnIndex":
        """Replace the contents with these rows."""
        self._exact = ExactIndex(np.empty(0, np.int64), np.empty((0, self.dim), np.float32))
        self._hnsw = None
        self._hnsw_ids = np.empty(0, dtype=np.int64)
        self.add(ids, vectors)
        return self

    def add(self, ids, vectors: np.ndarray) -> None:
        """Append rows. Crossing the threshold moves the exact rows into a graph, once."""
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        vectors = normalise(vectors) if len(ids) else np.empty((0, self.dim), dtype=np.float32)
        if vectors.shape != (len(ids), self.dim):
            raise ValueError(f"expected {len(ids)} vectors of {self.dim} dimensions, got {vectors.shape}")
        if self._exact is not None:
            ids = np.concatenate([self._exact.ids, ids])
            vectors = np.concatenate([self._exact.matrix, vectors])
            if len(ids) < self.settings.exact_below:
                self._exact = ExactIndex(ids, vectors)
                return
            self._exact, self._hnsw = None, self._new_hnsw()
        self._hnsw.add(vectors)
        self._hnsw_ids = np.concatenate([self._hnsw_ids, ids])

    def _new_hnsw(self):
        faiss = _faiss()
        index = faiss.IndexHNSWFlat(self.dim, self.settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = self.settings.ef_construction
        return index

    def search(self, queries: np.ndarray, k: int = 10) -> SearchResult:
        if self._exact is not None:
            return self._exact.search(queries, k)
        k = max(1, k)
        self._hnsw.hnsw.efSearch = max(self.settings.ef_search, k)
        scores, rows = self._hnsw.search(normalise(queries), k)
        found = rows >= 0
        ids = np.where(found, self._hnsw_ids[np.where(found, rows, 0)], -1).astype(np.int64)
        return SearchResult(ids=ids, scores=np.where(found, scores, -np.inf).astype(np.float32))

    # -- persistence ---------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the index and its id map; each file is replaced atomically."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        if self._hnsw is not None:
            _faiss().write_index(self._hnsw, str(tmp))
        else:
            with open(tmp, "wb") as f:
                np.save(f, self._exact.matrix)
        ids_tmp = path.with_name(path.name + ".ids.tmp")
        with open(ids_tmp, "wb") as f:
            np.save(f, self.ids)
        os.replace(ids_tmp, _ids_path(path))
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: str | Path, settings: AnnSettings | None = None) -> "AnnIndex":
        """Read a saved index. Raises ValueError when the two files disagree (the caller rebuilds)."""
        path = Path(path)
        ids = np.load(_ids_path(path)).astype(np.int64)
        with open(path, "rb") as f:
            is_npy = f.read(len(NPY_MAGIC)) == NPY_MAGIC
        if is_npy:
            matrix = np.load(path)
            index, rows = cls(matrix.shape[1], settings), len(matrix)
            if rows == len(ids):
                index._exact = ExactIndex(ids, matrix)
        else:
            hnsw = _faiss().read_index(str(path))
            index, rows = cls(hnsw.d, settings), hnsw.ntotal
            index._exact, index._hnsw, index._hnsw_ids = None, hnsw, ids
        if rows != len(ids):
            raise ValueError(f"{path} holds {rows} vectors but its id map {len(ids)}; rebuild the index")
        return index

