"""Pathological input: every reader on every shape of benchmarks/pathological.py, at 1 MB and at half that.

The figure is the slowest shape's time at the full size (target: under 2 s); the baseline beside it is the
same shape at half the size, so the ratio shows how time grows (about 2 for linear time, 4 for quadratic).
A second row per reader gives the largest growth ratio over all shapes that take long enough to time.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, Sizes
from pathological import READERS, SHAPES

MIN_TIMED = 0.02  # below this, a ratio of two times is noise


def read_seconds(path: Path) -> float:
    from factcheck.ingest.readers import read_documents

    started = time.perf_counter()
    for _ in read_documents(path, max_bytes=64 * 2**20):
        pass
    return time.perf_counter() - started


def measure(size: int, folder: Path) -> dict[tuple[str, str], float]:
    """Seconds per (reader suffix, shape) for files of `size` characters."""
    times = {}
    for name, shape in SHAPES.items():
        text = shape(size)
        for suffix in READERS:
            path = folder / f"{name}{suffix}"
            path.write_text(text, encoding="utf-8")
            times[suffix, name] = read_seconds(path)
            path.unlink()
    return times


def run(sizes: Sizes) -> list[Row]:
    full = sizes.pathological_chars
    half = full // 2
    with tempfile.TemporaryDirectory() as tmp:
        measure(half // 10, Path(tmp))  # warm-up: imports, regex compilation
        small = measure(half, Path(tmp))
        large = measure(full, Path(tmp))
    label = f"{full / 1e6:g} MB" if full >= 100_000 else f"{full / 1e3:g} KB"
    rows = []
    for suffix in READERS:
        worst = max(SHAPES, key=lambda name: large[suffix, name])
        rows.append(Row("pathological", f"{suffix} reader, slowest of {len(SHAPES)} shapes at {label} ({worst})",
                        large[suffix, worst], "s", "same shape at half the size", small[suffix, worst], target="<= 2"))
    for suffix in READERS:
        timed = [name for name in SHAPES if small[suffix, name] >= MIN_TIMED]
        if not timed:
            rows.append(Row("pathological", f"{suffix} reader, growth from {half:,} to {full:,} chars", None, "",
                            note=f"every shape under {MIN_TIMED} s"))
            continue
        steepest = max(timed, key=lambda name: large[suffix, name] / small[suffix, name])
        rows.append(Row("pathological", f"{suffix} reader, steepest growth x2 size ({steepest})",
                        large[suffix, steepest] / small[suffix, steepest], "x", "linear growth", 2.0,
                        target="<= 1.5", target_on="ratio"))
    return rows
