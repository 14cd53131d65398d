"""Run every factcheck benchmark, print one table, write it as JSON and Markdown.

    .venv/bin/python benchmarks/run.py            # default sizes, about two minutes on 2 cores
    .venv/bin/python benchmarks/run.py --full     # search over 1,000,000 claims as well
    .venv/bin/python benchmarks/run.py --quick    # tiny sizes: a smoke run, figures meaningless
    .venv/bin/python benchmarks/run.py --only search

Each figure sits beside a baseline measured in the same run; the ratio is
what to compare across machines. Results: benchmarks/results/latest.json
and latest.md (git-ignored). Benchmarks report; they never fail the build.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_clustering  # noqa: E402
import bench_embedding  # noqa: E402
import bench_external  # noqa: E402
import bench_extraction  # noqa: E402
import bench_pathological  # noqa: E402
import bench_search  # noqa: E402
import bench_startup  # noqa: E402
import bench_team  # noqa: E402
from common import ROOT, Row, Sizes  # noqa: E402

BENCHMARKS = {
    "startup": bench_startup.run,
    "extraction": bench_extraction.run,
    "embedding": bench_embedding.run,
    "search": bench_search.run,
    "clustering": bench_clustering.run,
    "external": bench_external.run,
    "team": bench_team.run,
    "pathological": bench_pathological.run,
}
RESULTS = ROOT / "benchmarks" / "results"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB"
    except (ValueError, OSError):
        memory = "? GB"
    return f"{cpu}, {os.cpu_count()} cores, {memory}, Python {platform.python_version()}, {platform.system()}"


def run_all(names: list[str], sizes: Sizes, echo=print) -> list[Row]:
    rows: list[Row] = []
    for name in names:
        if name == "external" and not sizes.external:
            continue
        started = time.perf_counter()
        echo(f"-- {name} ...")
        try:
            got = BENCHMARKS[name](sizes)
        except Exception as e:  # one broken benchmark must not cost the others' figures
            got = [Row(name, "error", None, "", note=f"{type(e).__name__}: {e}")]
            traceback.print_exc()
        for row in got:
            echo("   " + _line(row))
        echo(f"   ({time.perf_counter() - started:.0f} s)")
        rows += got
    return rows


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def _verdict(row: Row) -> str:
    return {True: "ok", False: "MISS", None: ""}[row.ok]


def _line(row: Row) -> str:
    ratio = f" ratio {_num(row.ratio)}" if row.ratio is not None else ""
    target = f" target {row.target}{' (ratio)' if row.target_on == 'ratio' else ''} {_verdict(row)}" if row.target else ""
    return f"{row.benchmark:<11} {row.case:<48} {_num(row.value):>9} {row.unit:<12}{ratio}{target}"


def markdown(rows: list[Row], about: str) -> str:
    lines = [
        f"Measured on {about}.",
        "",
        "| benchmark | case | value | baseline (same run) | ratio | target | |",
        "| --- | --- | ---: | --- | ---: | --- | --- |",
    ]
    for r in rows:
        base = f"{r.baseline}: {_num(r.baseline_value)} {r.unit}" if r.baseline else ""
        target = f"{r.target}{' × baseline' if r.target_on == 'ratio' else ' ' + r.unit}" if r.target else ""
        value = f"{_num(r.value)} {r.unit}" if r.value is not None else (r.note or "-")
        lines.append(f"| {r.benchmark} | {r.case} | {value} | {base} | {_num(r.ratio)} | {target} | {_verdict(r)} |")
    return "\n".join(lines) + "\n"


def write(rows: list[Row], about: str, args: argparse.Namespace, seconds: float) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {
        "machine": about,
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(["benchmarks/run.py"] + sys.argv[1:]),
        "seconds": round(seconds, 1),
        "rows": [r.as_dict() for r in rows],
    }
    (RESULTS / "latest.json").write_text(json.dumps(data, indent=2) + "\n")
    (RESULTS / "latest.md").write_text(markdown(rows, about))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke run")
    parser.add_argument("--full", action="store_true", help="include the 1,000,000-claim search")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    sizes = Sizes.named(quick=args.quick, full=args.full)
    about = machine()
    print(f"factcheck benchmarks on {about}")
    started = time.perf_counter()
    rows = run_all(args.only or list(BENCHMARKS), sizes)
    seconds = time.perf_counter() - started
    write(rows, about, args, seconds)
    print()
    print(markdown(rows, about))
    print(f"{seconds:.0f} s; written to {RESULTS / 'latest.json'} and latest.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
