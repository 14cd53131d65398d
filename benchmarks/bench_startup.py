"""Start-up: `factcheck --help` against a bare interpreter, median of N runs each."""
from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from common import PYTHON, Row, Sizes, median


def _median_seconds(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return median(times)


def factcheck_command() -> list[str]:
    beside = Path(PYTHON).with_name("factcheck")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("factcheck")
    return [found] if found else [PYTHON, "-m", "factcheck"]


def run(sizes: Sizes) -> list[Row]:
    # Interleave warm-ups so that neither side pays for a cold file cache.
    _median_seconds([PYTHON, "-c", "pass"], 1)
    _median_seconds(factcheck_command() + ["--help"], 1)
    bare = _median_seconds([PYTHON, "-c", "pass"], sizes.startup_runs)
    helped = _median_seconds(factcheck_command() + ["--help"], sizes.startup_runs)
    return [Row("startup", f"factcheck --help, median of {sizes.startup_runs}", helped, "s",
                "python -c pass", bare, target="<= 0.3")]
