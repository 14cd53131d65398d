"""Search: top-10 latency and recall over stored claim vectors, index against exact scans.

Per store size: factcheck's index (embeddings.ann.AnnIndex: exact below its
threshold, approximate above), and in the same run the two baselines, an
exact numpy scan and FAISS's exact flat index. One query at a time, as a
user's search or a new claim's pairing asks. Also timed: building the
index, adding 1,000 claims to it, and a save/load round trip.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from common import Row, Sizes, median, percentile
from vectors import claim_vectors, queries_near

K = 10


def _latencies(search, queries: np.ndarray) -> tuple[list[float], list[np.ndarray]]:
    times, found = [], []
    for q in queries:
        start = time.perf_counter()
        ids = search(q[None, :])
        times.append((time.perf_counter() - start) * 1000)
        found.append(ids)
    return times, found


def numpy_scan(matrix: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The plainest exact top-10: one matrix-vector product, a partial sort of the top."""
    sims = matrix @ query
    top = np.argpartition(-sims, K)[:K]
    return top[np.argsort(-sims[top])]


def _fastest_scan(vectors: np.ndarray, queries: np.ndarray) -> list[float]:
    """The numpy baseline at its best: with BLAS's threads and with one (on a busy 2-core
    machine one thread is often 5x faster: the second only waits for a core)."""
    from threadpoolctl import threadpool_limits

    threaded, _ = _latencies(lambda q: numpy_scan(vectors, q[0]), queries)
    with threadpool_limits(1):
        single, _ = _latencies(lambda q: numpy_scan(vectors, q[0]), queries)
    return min(threaded, single, key=median)


def _recall(found: list[np.ndarray], truth: np.ndarray) -> float:
    return float(np.mean([len(set(f.tolist()) & set(t.tolist())) / K for f, t in zip(found, truth)]))


def _label(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


def measure(n: int, queries: int) -> list[Row]:
    import faiss

    from embeddings import ExactIndex
    from embeddings.ann import AnnIndex

    vectors = claim_vectors(n, seed=n)
    ids = np.arange(1, n + 1, dtype=np.int64)  # claim ids start at 1, as in SQLite
    qs = queries_near(vectors, queries, seed=n + 1)
    size = _label(n)

    # Exact numpy scan: the baseline, and the ground truth for recall. Fewer queries at large n: it is slow.
    scan_q = qs[: max(20, queries // 6)] if n >= 100_000 else qs
    numpy_ms = _fastest_scan(vectors, scan_q)
    truth = ExactIndex(ids, vectors).search(qs, K).ids

    flat = faiss.IndexFlatIP(vectors.shape[1])
    flat.add(vectors)
    flat_ms, _ = _latencies(lambda q: flat.search(q, K)[1][0], scan_q)
    del flat

    start = time.perf_counter()
    index = AnnIndex(vectors.shape[1]).build(ids, vectors)
    build_s = time.perf_counter() - start
    kind = "exact" if index.is_exact else "ANN"
    ann_ms, found = _latencies(lambda q: index.search(q, K).ids[0], qs)
    recall = _recall(found, truth)

    rows = [
        Row("search", f"top-10 p50 @ {size} ({kind})", median(ann_ms), "ms", "numpy exact scan p50",
            median(numpy_ms), target=_p50_target(n), note=f"faiss flat p50 {median(flat_ms):.2f} ms"),
        Row("search", f"top-10 p95 @ {size} ({kind})", percentile(ann_ms, 95), "ms", "numpy exact scan p95",
            percentile(numpy_ms, 95), note=f"faiss flat p95 {percentile(flat_ms, 95):.2f} ms"),
        Row("search", f"recall@10 @ {size} ({kind})", recall, "", target=">= 0.95",
            note=f"{len(qs)} queries against exact search"),
    ]
    if not index.is_exact:
        rows.append(Row("search", f"build index @ {size}", build_s, "s", "one exact scan of all vectors",
                        median(numpy_ms) / 1000, target="<= 300" if n >= 1_000_000 else ""))
        rows += _maintenance(index, vectors, size)
    return rows


def _maintenance(index, vectors: np.ndarray, size: str) -> list[Row]:
    """Adding claims and reopening the store must not cost a rebuild."""
    from embeddings.ann import AnnIndex

    more = queries_near(vectors, 1000, seed=99)
    start = time.perf_counter()
    index.add(np.arange(len(vectors) + 1, len(vectors) + 1001), more)
    add_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db.faiss"
        start = time.perf_counter()
        index.save(path)
        AnnIndex.load(path)
        roundtrip_s = time.perf_counter() - start
    return [
        Row("search", f"add 1,000 claims @ {size}", add_s, "s", note="no rebuild"),
        Row("search", f"save + load @ {size}", roundtrip_s, "s"),
    ]


def _p50_target(n: int) -> str:
    if n >= 1_000_000:
        return "<= 5"
    if n == 100_000:
        return "<= 2"
    return ""


def run(sizes: Sizes) -> list[Row]:
    rows = []
    for n in sizes.search_sizes:
        rows += measure(n, sizes.search_queries)
    return rows
