"""Clustering and pairing at 10k-100k claims: wall time and peak memory, each size in its own process.

The child builds a store of synthetic claims (corpus sentences, sides
alternating) and runs the pairing stage exactly as `factcheck pair` does
(factcheck.pairing.stage.run_pairing: embed what is missing, neighbours,
clusters, candidates, selection, saving). The encoder is a stand-in that
hands out synthetic vectors with topic structure: embedding 100k texts
with MiniLM would take longer than the whole suite on 2 cores, and the
embedding benchmark measures that part. Baseline: the same child's time and
peak memory for building its inputs. Peak memory is VmHWM, the child's own.
"""
from __future__ import annotations

import json
import math
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from common import PYTHON, Row, Sizes, run_child, store_with_claims

PEAK_TARGET_MB = 2048


def _peak_mb() -> float:
    """This process's peak resident memory.

    VmHWM first: Linux carries ru_maxrss over from the parent through fork and exec, so a
    child of a large run.py would report the parent's peak; VmHWM belongs to the child's own memory.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class TableEncoder:
    """An Encoder (embeddings.Encoder) that looks vectors up instead of running a model."""

    name = "synthetic-384"

    def __init__(self, table: dict):
        self.table = table

    def encode(self, texts):
        import numpy as np

        return np.stack([self.table[t] for t in texts])


def _timed_steps(module) -> dict[str, float]:
    """Wrap the functions a stage module imported, so the child can say where its time went."""
    spent: dict[str, float] = defaultdict(float)
    for name, value in list(vars(module).items()):
        if callable(value) and getattr(value, "__module__", "") != module.__name__ and not isinstance(value, type):
            def wrapper(*args, _f=value, _name=name, **kwargs):
                start = time.perf_counter()
                try:
                    return _f(*args, **kwargs)
                finally:
                    spent[_name] += time.perf_counter() - start
            setattr(module, name, wrapper)
    return spent


def child(n: int) -> dict:
    import corpus
    from factcheck.pairing import stage as pair_stage
    from vectors import claim_vectors

    start = time.perf_counter()
    texts = corpus.claim_sentences(n, seed=n)
    unique = list(dict.fromkeys(texts))
    table = dict(zip(unique, claim_vectors(len(unique), seed=n)))
    with tempfile.TemporaryDirectory() as tmp:
        store = store_with_claims(Path(tmp) / "bench.db", texts, per_document=20)  # a long news story
        setup, setup_peak = time.perf_counter() - start, _peak_mb()
        steps = _timed_steps(pair_stage)
        started = time.perf_counter()
        report = pair_stage.run_pairing(store, TableEncoder(table))
        seconds = time.perf_counter() - started
        store.close()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "setup": setup, "setup_peak_mb": setup_peak,
            "steps": {k: round(v, 1) for k, v in steps.items() if v >= 0.05},
            "clusters": report.clusters, "pairs": report.pairs, "distinct": len(unique)}


def run(sizes: Sizes) -> list[Row]:
    try:
        from factcheck.pairing import stage as pair_stage  # noqa: F401 - the stage may not have landed yet
        from factcheck.pairing.clustering import nearest_neighbours  # noqa: F401
    except ImportError as e:
        return [Row("clustering", "cluster + pair", None, "s", note=f"not in this checkout: {e}")]
    rows, times = [], {}
    for n in sizes.cluster_sizes:
        got, out = run_child([PYTHON, __file__, str(n)], timeout=900)
        label = f"{n // 1000}k" if n >= 1000 else str(n)
        if got is None:
            rows.append(Row("clustering", f"cluster + pair {label} claims", None, "s", note=out))
            continue
        times[n] = got["seconds"]
        big = n >= 100_000
        rows.append(Row("clustering", f"cluster + pair {label} claims", got["seconds"], "s",
                        "building the inputs (same child)", got["setup"], target="<= 60" if big else "",
                        note=f"steps {got['steps']}; {got['clusters']:,} clusters, {got['pairs']:,} pairs"))
        rows.append(Row("clustering", f"peak memory {label} claims", got["peak_mb"], "MB",
                        "the child before pairing", got["setup_peak_mb"],
                        target=f"<= {PEAK_TARGET_MB}" if big else ""))
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
    print(json.dumps(child(int(sys.argv[1]))))
