"""Key press to next pair in `factcheck review`, with 10,000 pairs in the database.

Builds a database of 10,000 pairs, starts the real review in a pseudo-terminal
(80x24), and times from sending a label key until the next pair's header
("Pair N of 10000") has been drawn: the label write, the move, the render and
the terminal round trip. Prints start-up time and p50/p95/max of the key
latency. A script, not a test: timings are reported, never asserted.

    .venv/bin/python benchmarks/review_latency.py [--pairs 10000] [--keys 300]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the same database builder the tests use

from pair_fixtures import build_pairs  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--keys", type=int, default=300, help="label key presses to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        build_pairs(db, args.pairs)
        print(f"built {args.pairs} pairs in {time.perf_counter() - started:.1f} s")

        env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
        env.pop("FACTCHECK_REVIEWER", None)
        started = time.perf_counter()
        child = pexpect.spawn(
            sys.executable,
            ["-m", "factcheck", "review", "--db", str(db), "--reviewer", "bench"],
            env=env,
            dimensions=(24, 80),
            encoding="utf-8",
            timeout=30,
        )
        child.delaybeforesend = None  # pexpect waits 50 ms before each send by default
        child.expect(f"Pair 1 of {args.pairs}")
        startup = time.perf_counter() - started

        latencies = []
        keys = "acu"
        for n in range(1, args.keys + 1):
            sent = time.perf_counter()
            child.send(keys[n % 3])
            child.expect(f"Pair {n + 1} of {args.pairs}")
            latencies.append((time.perf_counter() - sent) * 1000)
        child.send("q")
        child.expect(pexpect.EOF)
        child.close()

    print(f"start-up to first pair: {startup * 1000:.0f} ms")
    print(
        f"key press to next pair over {len(latencies)} labels: "
        f"p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 95):.1f} ms, "
        f"max {max(latencies):.1f} ms"
    )


if __name__ == "__main__":
    main()
