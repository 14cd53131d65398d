"""Clustering and pairing at 10k-100k claims: wall time and peak memory, each size in its own process.

The child calls the library the way `factcheck pair` does (pair_stage's
row index, nearest_neighbours, cluster_labels, Topics, build_candidates,
select) on synthetic vectors with topic structure and synthetic claim
texts; embedding 100k texts would take longer than the whole suite on 2 cores.
Baseline: the same child that stops after building its inputs, so the
figures show what clustering and pairing add. ru_maxrss is the peak
resident memory of the child alone.
"""
from __future__ import annotations

import json
import math
import resource
import sys
import time

from common import PYTHON, Row, Sizes, run_child

PEAK_TARGET_MB = 2048


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def child(n: int, baseline: bool) -> dict:
    import numpy as np

    import corpus
    from factcheck.records import StoredClaim
    from vectors import claim_vectors

    start = time.perf_counter()
    matrix = claim_vectors(n, seed=n)
    texts = corpus.claim_sentences(n, seed=n)
    sides = ("union", "employer", "reporter")
    claims = [StoredClaim(i + 1, i // 10 + 1, i % 10, 0, len(t), t, "", sides[i % 3], 0.5, "assertion")
              for i, t in enumerate(texts)]
    setup = time.perf_counter() - start
    if baseline:
        return {"seconds": setup, "peak_mb": _peak_mb()}

    from factcheck import pair_stage
    from factcheck.clustering import DEFAULT_MIN_SIMILARITY, Topics, cluster_labels, nearest_neighbours
    from factcheck.pairing import build_candidates, select

    steps, t = {}, time.perf_counter()

    def step(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        steps[name] = round(now - t, 2)
        t = now

    neighbours = nearest_neighbours(matrix, index=pair_stage._row_index(matrix))
    step("neighbours")
    labels = cluster_labels(neighbours, DEFAULT_MIN_SIMILARITY)
    step("clusters")
    topics = Topics(texts)
    step("topics")
    candidates = build_candidates(claims, matrix, neighbours, topics, DEFAULT_MIN_SIMILARITY)
    step("candidates")
    chosen = select(candidates, len(claims))
    step("select")
    return {"seconds": time.perf_counter() - start - setup, "peak_mb": _peak_mb(), "steps": steps,
            "clusters": int(np.unique(labels).size), "pairs": len(chosen), "setup": setup}


def run(sizes: Sizes) -> list[Row]:
    try:
        from factcheck import pair_stage  # noqa: F401 - the stage may not have landed yet
        from factcheck.clustering import nearest_neighbours  # noqa: F401
    except ImportError as e:
        return [Row("clustering", "cluster + pair", None, "s", note=f"not in this checkout: {e}")]
    rows, times = [], {}
    for n in sizes.cluster_sizes:
        base, out = run_child([PYTHON, __file__, str(n), "baseline"], timeout=300)
        got, out2 = run_child([PYTHON, __file__, str(n), "measure"], timeout=600)
        label = f"{n // 1000}k" if n >= 1000 else str(n)
        if got is None or base is None:
            rows.append(Row("clustering", f"cluster + pair {label} claims", None, "s", note=out2 if got is None else out))
            continue
        times[n] = got["seconds"]
        big = n >= 100_000
        rows.append(Row("clustering", f"cluster + pair {label} claims", got["seconds"], "s",
                        "building the inputs (same child)", base["seconds"], target="<= 60" if big else "",
                        note=f"steps {got['steps']}; {got['clusters']:,} clusters, {got['pairs']:,} pairs"))
        rows.append(Row("clustering", f"peak memory {label} claims", got["peak_mb"], "MB",
                        "the child before clustering", base["peak_mb"], target=f"<= {PEAK_TARGET_MB}" if big else ""))
    rows += _growth(times)
    return rows


def _growth(times: dict[int, float]) -> list[Row]:
    """Time growth from the smallest to the largest size, beside what n log n would allow."""
    if len(times) < 2:
        return []
    small, large = min(times), max(times)
    allowed = (large * math.log(large)) / (small * math.log(small))
    grown = times[large] / max(times[small], 1e-9)
    return [Row("clustering", f"growth {small // 1000}k -> {large // 1000}k", grown, "x", "n log n growth",
                allowed, target="<= 1.0", target_on="ratio",
                note=f"exponent {math.log(grown) / math.log(large / small):.2f} (n log n ~ "
                     f"{math.log(allowed) / math.log(large / small):.2f})")]


if __name__ == "__main__":
    print(json.dumps(child(int(sys.argv[1]), sys.argv[2] == "baseline")))
