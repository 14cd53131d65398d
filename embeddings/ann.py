"""Top-k similar-vector search that stays fast as a store grows to millions of claims.

Small stores keep an exact numpy scan: it is exact, and below ~20k vectors
already well under a millisecond. Past the threshold the vectors move into
a FAISS inverted-file index (IVF: k-means lists, inner product on normalised
vectors, so scores are cosine similarities). A query scans only the lists
nearest to it, about a millisecond over a million claims where the exact
scan takes tens.

Why IVF and not HNSW: measured on 2 cores with a million claim-like vectors
(benchmarks/bench_search.py), HNSW (M=16, efConstruction=40) took 330 s to
build and reached recall@10 0.88; IVF with 2,048 lists built in 80 s and
reached 0.998 with 32 lists probed, at about 1.5 ms a query.

The index is saved beside the database as ``<db>.faiss`` plus
``<db>.faiss.ids.npy`` (row -> claim id). Adding claims files them into the
existing lists; nothing is rebuilt. faiss is imported only when a large
index is built or loaded, so small stores and ``--help`` never pay for it.
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
    # Below this an exact scan is under a millisecond per query and needs no index at all.
    exact_below: int = 20_000
    # lists = 2 * sqrt(n): ~2,000 at a million, so a probe scans ~500 vectors.
    lists_per_sqrt: float = 2.0
    train_per_list: int = 40  # k-means sample: enough points per centroid, bounded training time
    # Lists scanned per query. At 1M claim-like vectors 16 already reach recall 0.99, but on
    # smoother data (tests/test_ann.py) 16 gave 0.88 and 32 gave 0.97: keep the margin.
    probes: int = 32
    # synced() redraws the lists once the store has grown this much since they were drawn,
    # so that lists stay short; add() alone never rebuilds.
    regrow: float = 4.0


# For all-against-all neighbour graphs (clustering, pairing candidates): a missed neighbour
# costs one edge among k, not a user's search result, and 8 probes make the 100k-claim
# graph 4x faster than 32 (12 s against 47 s on 2 cores) at recall 1.0 on claim-like vectors.
GRAPH_SETTINGS = AnnSettings(probes=8)


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
    """Cosine top-k over (claim id, vector) rows: exact below a threshold, IVF above.

    Satisfies embeddings.index.VectorIndex, so it stands in wherever ExactIndex does.
    """

    def __init__(self, dim: int, settings: AnnSettings | None = None):
        self.dim = dim
        self.settings = settings or AnnSettings()
        self._exact: ExactIndex | None = ExactIndex(np.empty(0, np.int64), np.empty((0, dim), np.float32))
        self._ann = None
        self._ann_ids = np.empty(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def is_exact(self) -> bool:
        return self._ann is None

    @property
    def ids(self) -> np.ndarray:
        return self._exact.ids if self._exact is not None else self._ann_ids

    @classmethod
    def of(cls, ids, vectors: np.ndarray, settings: AnnSettings | None = None) -> "AnnIndex":
        return cls(np.shape(vectors)[-1], settings).build(ids, vectors)

    def build(self, ids, vectors: np.ndarray) -> "AnnIndex":
        """Replace the contents with these rows."""
        self._exact = ExactIndex(np.empty(0, np.int64), np.empty((0, self.dim), np.float32))
        self._ann = None
        self._ann_ids = np.empty(0, dtype=np.int64)
        self.add(ids, vectors)
        return self

    def add(self, ids, vectors: np.ndarray) -> None:
        """Append rows. Crossing the threshold moves the exact rows into an IVF index, once."""
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
            self._exact, self._ann = None, self._new_ivf(vectors)
        self._ann.add(vectors)
        self._ann_ids = np.concatenate([self._ann_ids, ids])

    def _new_ivf(self, vectors: np.ndarray):
        """Lists drawn by k-means over a sample of these rows (the index does not hold them yet)."""
        faiss = _faiss()
        lists = max(1, int(self.settings.lists_per_sqrt * np.sqrt(len(vectors))))
        quantizer = faiss.IndexFlatIP(self.dim)
        index = faiss.IndexIVFFlat(quantizer, self.dim, lists, faiss.METRIC_INNER_PRODUCT)
        index.cp.niter = 10
        index.cp.min_points_per_centroid = 5  # small samples train fine; silence faiss's warning
        sample_size = min(len(vectors), lists * self.settings.train_per_list)
        rng = np.random.default_rng(0)  # the same store always gets the same lists
        sample = vectors[np.sort(rng.choice(len(vectors), sample_size, replace=False))]
        index.train(sample)
        return index

    @property
    def outgrown(self) -> bool:
        """True when the lists were drawn for a much smaller store (synced() redraws them)."""
        if self._ann is None:
            return False
        drawn_for = (self._ann.nlist / self.settings.lists_per_sqrt) ** 2
        return len(self) > self.settings.regrow * drawn_for

    def search(self, queries: np.ndarray, k: int = 10) -> SearchResult:
        if self._exact is not None:
            return self._exact.search(queries, k)
        k = max(1, k)
        self._ann.nprobe = min(self.settings.probes, self._ann.nlist)
        scores, rows = self._ann.search(normalise(queries), k)
        found = rows >= 0
        ids = np.where(found, self._ann_ids[np.where(found, rows, 0)], -1).astype(np.int64)
        return SearchResult(ids=ids, scores=np.where(found, scores, -np.inf).astype(np.float32))

    # -- persistence ---------------------------------------------------

    @classmethod
    def synced(cls, path: str | Path, ids, vectors: np.ndarray, settings: AnnSettings | None = None) -> "AnnIndex":
        """The index saved at ``path`` brought up to date with these rows, and saved again
        (small stores: an exact index, and no file).

        New ids are added in place. It is rebuilt only when the file is missing
        or unreadable, no longer matches (a saved id gone from the rows, or
        sampled vectors that differ: another model), or the store has grown
        ``regrow``-fold since its lists were drawn (amortised, like a growing array).
        """
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        vectors = normalise(vectors) if len(ids) else np.empty((0, np.shape(vectors)[-1]), np.float32)
        settings = settings or AnnSettings()
        if len(ids) < settings.exact_below:
            return cls.of(ids, vectors, settings)  # an exact scan needs no file beside the database
        try:
            index = cls.load(path, settings)
            new = ~np.isin(ids, index.ids)
            if not index._matches(ids, vectors):
                raise ValueError("stale")
            if not new.any():
                return index
            index.add(ids[new], vectors[new])
            if index.outgrown:
                raise ValueError("lists drawn for a much smaller store")
        except (OSError, ValueError, RuntimeError):  # faiss reports unreadable files as RuntimeError
            index = cls.of(ids, vectors, settings)
        try:
            index.save(path)
        except OSError:
            pass  # a read-only folder: the index still serves this run, and the next rebuilds it
        return index

    def _matches(self, ids: np.ndarray, vectors: np.ndarray, samples: int = 8) -> bool:
        """Same dimensions, no vanished id, and sampled claims' vectors still found where saved."""
        if self.dim != vectors.shape[1] or not np.isin(self.ids, ids).all():
            return False
        rows_of = {int(i): r for r, i in enumerate(ids)}
        picked = self.ids[np.linspace(0, len(self) - 1, min(samples, len(self))).astype(int)] if len(self) else []
        probe = vectors[[rows_of[int(i)] for i in picked]] if len(picked) else None
        # A claim's own vector scores 1.0 against itself; another model's vector for it would not.
        return probe is None or bool(np.all(self.search(probe, 1).scores[:, 0] > 0.999))

    def save(self, path: str | Path) -> None:
        """Write the index and its id map; each file is replaced atomically."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        if self._ann is not None:
            _faiss().write_index(self._ann, str(tmp))
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
            ivf = _faiss().read_index(str(path))
            index, rows = cls(ivf.d, settings), ivf.ntotal
            index._exact, index._ann, index._ann_ids = None, ivf, ids
        if rows != len(ids):
            raise ValueError(f"{path} holds {rows} vectors but its id map {len(ids)}; rebuild the index")
        return index

