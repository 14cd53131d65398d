"""What every benchmark shares: a result row, the sizes of a run, timing and subprocess helpers."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@dataclass
class Row:
    """One figure beside its same-run baseline. ``ratio`` = value / baseline (noise cancels out)."""

    benchmark: str
    case: str
    value: float | None
    unit: str
    baseline: str = ""
    baseline_value: float | None = None
    target: str = ""  # e.g. "<= 0.3"; empty when the figure is context only
    note: str = ""
    target_on: str = "value"  # or "ratio": "at most 10% slower than the baseline" is a ratio

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline_value:
            return None
        return self.value / self.baseline_value

    @property
    def ok(self) -> bool | None:
        checked = self.ratio if self.target_on == "ratio" else self.value
        if not self.target or checked is None:
            return None
        op, limit = self.target.split()
        return checked <= float(limit) if op == "<=" else checked >= float(limit)

    def as_dict(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "ok": self.ok}


def missing(benchmark: str, case: str, why: str) -> Row:
    """A benchmark whose code under test is absent: recorded, not an error."""
    return Row(benchmark, case, None, "", note=why)


@dataclass(frozen=True)
class Sizes:
    """How big a run is. ``quick`` is a smoke run; ``full`` adds the million-claim search."""

    startup_runs: int = 10
    extraction_docs: int = 1500
    embedding_texts: int = 1000
    search_sizes: tuple[int, ...] = (10_000, 100_000, 300_000)
    search_queries: int = 300
    cluster_sizes: tuple[int, ...] = (10_000, 30_000, 100_000)
    external: bool = True
    pathological_chars: int = 1_000_000

    @classmethod
    def named(cls, quick: bool = False, full: bool = False) -> "Sizes":
        if quick:
            return cls(startup_runs=3, extraction_docs=20, embedding_texts=32, search_sizes=(2_000, 25_000),
                       search_queries=30, cluster_sizes=(1_000, 2_000), external=False,
                       pathological_chars=20_000)
        if full:
            return cls(search_sizes=(10_000, 100_000, 1_000_000))
        return cls()


def store_with_claims(path: Path, texts: list[str], per_document: int = 10):
    """A store holding these sentences as claims, without running extraction (it is timed elsewhere).

    Sides alternate union / employer / reporter so that pairing finds opposing claims.
    """
    from claims.model import Claim
    from factcheck.records import SourceDocument
    from factcheck.store import Store

    sides = ("union", "employer", "reporter")
    store = Store(path, create=True)
    for d in range(0, len(texts), per_document):
        chunk = texts[d:d + per_document]
        found, offset = [], 0
        for position, text in enumerate(chunk):
            found.append(Claim(text, offset, offset + len(text), position, "", sides[(d + position) % 3], 0.5))
            offset += len(text) + 1
        store.save_document(SourceDocument(source=f"bench/{d}", text=" ".join(chunk), published="2024-01-01"), found)
    return store


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def one_core_env() -> dict[str, str]:
    """Child environment that keeps BLAS/OpenMP/torch on a single thread."""
    env = dict(os.environ)
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "TORCH_NUM_THREADS"):
        env[name] = "1"
    return env


def run_child(args: list[str], timeout: float, env: dict[str, str] | None = None) -> tuple[dict | None, str]:
    """Run a command; return the last JSON object line it printed (or None) and its output's tail."""
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT)
        output = done.stdout + done.stderr
        if done.returncode != 0:
            return None, f"exit {done.returncode}: {tail(output)}"
    except subprocess.TimeoutExpired as e:
        return None, f"timed out after {timeout:.0f} s: {tail(_text(e.stdout) + _text(e.stderr))}"
    return last_json(done.stdout), tail(done.stdout)


def last_json(text: str) -> dict | None:
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                found = json.loads(line)
            except ValueError:
                continue
            if isinstance(found, dict):
                return found
    return None


def tail(text: str, chars: int = 300) -> str:
    return " ".join(text.split())[-chars:]


def _text(data) -> str:
    return data.decode(errors="replace") if isinstance(data, bytes) else (data or "")
