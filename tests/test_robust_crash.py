"""SIGKILL in the middle of work: the database stays sound, holds no half-written document, and a re-run finishes the job."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from robust_helpers import claim_rows, integrity, needs_extract, run_cli, write_corpus

DOCUMENTS = 200
KILLS = 5
SEED = int(os.environ.get("FACTCHECK_CRASH_SEED", "20240501"))


def start_ingest(corpus, db) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def timed_ingest(corpus, db) -> float:
    started = time.monotonic()
    result = run_cli("ingest", str(corpus), "--db", str(db), timeout=600)
    assert result.returncode == 0, result.stderr
    return time.monotonic() - started


def kill_after(process: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL the process after `seconds`; False if it had already finished."""
    try:
        process.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def assert_only_whole_documents(db, reference: dict) -> None:
    assert integrity(db) == "ok"
    for source, rows in claim_rows(db).items():
        assert rows == reference[source], f"{source} is half-ingested: {len(rows)} of {len(reference[source])} claims"


@needs_extract
def test_ingest_killed_at_five_random_moments(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", DOCUMENTS)
    duration = timed_ingest(corpus, tmp_path / "reference.db")
    reference = claim_rows(tmp_path / "reference.db")
    assert len(reference) == DOCUMENTS

    rng = random.Random(SEED)
    partial = []
    for run in range(KILLS):
        # Each kill interrupts a fresh ingest, somewhere between start-up and the end of the work.
        crashed = tmp_path / f"crashed-{run}.db"
        moment = rng.uniform(0.2 * duration, 0.95 * duration)
        kill_after(start_ingest(corpus, crashed), moment)
        if crashed.exists():
            assert_only_whole_documents(crashed, reference)
            partial.append(len(claim_rows(crashed)))
        timed_ingest(corpus, crashed)
        assert integrity(crashed) == "ok"
        assert claim_rows(crashed) == reference, f"re-run after a kill at {moment:.2f}s differs (seed {SEED})"
    assert any(0 < n < DOCUMENTS for n in partial), (
        f"no kill landed mid-ingest (documents stored at each kill: {partial}; seed {SEED}, run {duration:.1f}s)"
    )
