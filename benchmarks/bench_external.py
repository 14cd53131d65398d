"""The review-latency and report-speed scripts other parts of factcheck keep, run as they are.

Each script is run with no arguments. A JSON object line on its stdout is
taken as its result; otherwise the figures are read from its text where a
known phrase gives them, and its output's tail is kept either way.
"""
from __future__ import annotations

import re
from pathlib import Path

from common import PYTHON, ROOT, Row, Sizes, run_child


def _first_number(data: dict, *keys: str) -> float | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, (int, float)):
            return float(value)
    return None


def _from_text(text: str, pattern: str) -> float | None:
    found = re.search(pattern, text)
    return float(found.group(1)) if found else None


def review_latency(data: dict | None, text: str) -> Row:
    value = (_first_number(data, "p50_ms", "key_p50_ms", "median_ms") if data else None)
    if value is None:
        value = _from_text(text, r"p50 ([\d.]+) ms")
    p95 = (_first_number(data, "p95_ms", "key_p95_ms") if data else None) or _from_text(text, r"p95 ([\d.]+) ms")
    return Row("review", "key press to next pair, 10,000 pairs (p50)", value, "ms", target="<= 100",
               note=(f"p95 {p95:.1f} ms; " if p95 else "") + f"output: {text[-200:]}")


def report_speed(data: dict | None, text: str) -> Row:
    value = (_first_number(data, "cli_seconds", "seconds", "html_seconds") if data else None)
    if value is None:
        value = _from_text(text, r"([\d.]+) s through the CLI")
    in_process = _from_text(text, r"([\d.]+) s in-process")
    return Row("report", "HTML report of 10,000 pairs, through the CLI", value, "s",
               "the same, in-process" if in_process else "", in_process, target="<= 5",
               note=f"output: {text[-200:]}")


SCRIPTS = {"review_latency.py": review_latency, "report_speed.py": report_speed}


def run(sizes: Sizes) -> list[Row]:
    rows = []
    for name, read in SCRIPTS.items():
        script = ROOT / "benchmarks" / name
        benchmark = name.split("_")[0]
        if not Path(script).exists():
            rows.append(Row(benchmark, name, None, "", note="script not in this checkout"))
            continue
        data, text = run_child([PYTHON, str(script)], timeout=600)
        row = read(data, text)
        if data:
            row.note = f"{data}"[:300]
        rows.append(row)
    return rows
