"""How long `factcheck report --format html` takes over 10,000 pairs (target: under 5 s).

Builds a synthetic database (claims with wage figures, pairs on two topics,
half of them labelled by two reviewers) with the same builder the tests use,
then times building and writing the report in-process, and once through the CLI.

    .venv/bin/python benchmarks/report_speed.py [--pairs 10000]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the same database builder the tests use

from pair_fixtures import build_pairs  # noqa: E402

from factcheck.store import Store  # noqa: E402

TARGET_S = 5.0


def label_half(path: Path, pair_ids: list[int]) -> None:
    with Store(path, create=True) as store, store.transaction() as db:
        db["labels"].insert_all(
            {
                "pair_id": pid,
                "label": ("conflict", "agree", "unverifiable")[n % 3],
                "reviewer": reviewer,
                "note": f"note on pair {pid}" if reviewer == "alice" else "",
                "adjudication": 0,
                "created_at": f"2024-01-02T00:00:{n % 60:02d}.000000+00:00",
            }
            for n, pid in enumerate(pair_ids[::2])
            for reviewer in ("alice", "bob")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=10_000)
    args = parser.parse_args()
    from factcheck.report import ReportOptions, build_report, render

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        pair_ids = build_pairs(db, args.pairs)
        label_half(db, pair_ids)
        out = Path(tmp) / "report.html"

        start = time.perf_counter()
        with Store(db, create=True) as store:
            report = build_report(store, ReportOptions(include=("agree", "unverifiable")))
        built = time.perf_counter()
        out.write_text(render(report, "html"), encoding="utf-8")
        written = time.perf_counter()

        cli = [str(Path(sys.executable).with_name("factcheck")), "report", "--db", str(db), "-o", str(out), "--include", "agree,unverifiable"]
        start_cli = time.perf_counter()
        subprocess.run(cli, check=True)
        cli_s = time.perf_counter() - start_cli

        total = written - start
        size = out.stat().st_size / 1e6
        print(f"pairs: {len(report.pairs()):,} in the report ({args.pairs:,} in the database), HTML {size:.1f} MB")
        print(f"build from the store: {built - start:.2f} s; render HTML and write: {written - built:.2f} s")
        print(f"report HTML for {args.pairs:,} pairs: {total:.2f} s in-process, {cli_s:.2f} s through the CLI (target < {TARGET_S:.0f} s)")
        return 0 if cli_s < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
