"""SIGKILL in the middle of work: the database stays sound, holds no half-written document, and a re-run finishes the job."""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from factcheck.store import Store
from robust_helpers import article, claim_rows, integrity, interruptible, one_error_line, run_cli, write_corpus

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


@pytest.mark.slow
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
        # A kill can land after SQLite made the file but before the first migration committed: such a file
        # holds no schema yet, and the re-run below must still finish the job.
        if has_schema(crashed):
            assert_only_whole_documents(crashed, reference)
            partial.append(len(claim_rows(crashed)))
        elif crashed.exists():
            assert integrity(crashed) == "ok"
        timed_ingest(corpus, crashed)
        assert integrity(crashed) == "ok"
        assert claim_rows(crashed) == reference, f"re-run after a kill at {moment:.2f}s differs (seed {SEED})"
    assert any(0 < n < DOCUMENTS for n in partial), (
        f"no kill landed mid-ingest (documents stored at each kill: {partial}; seed {SEED}, run {duration:.1f}s)"
    )


def has_schema(db) -> bool:
    """Whether the migrations that create the documents table have committed in this file."""
    if not db.exists():
        return False
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select 1 from sqlite_master where type = 'table' and name = 'documents'").fetchone() is not None
    finally:
        conn.close()


def label_events(db) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select id, pair_id, label, reviewer, note from labels order by id").fetchall()
    finally:
        conn.close()


def labelled_pairs_exist(db) -> bool:
    conn = sqlite3.connect(db)
    try:
        return not conn.execute("select 1 from labels where pair_id not in (select id from pairs)").fetchone()
    finally:
        conn.close()


def count_rows(db, table: str) -> int:
    """Rows in a table of a database another process may still be creating (0 until the table exists)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=60)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def kill_once_embedding(process: subprocess.Popen, db, rng: random.Random) -> bool:
    """SIGKILL `factcheck pair` a random moment after its first new vectors are committed; False if it finished first."""
    before = count_rows(db, "embeddings")
    while process.poll() is None and count_rows(db, "embeddings") == before:
        time.sleep(0.05)
    return kill_after(process, rng.uniform(0.0, 1.5))


@pytest.mark.stress
def test_pair_killed_midway_loses_no_label_and_reruns(tmp_path):
    db = tmp_path / "team.db"
    assert run_cli("ingest", str(write_corpus(tmp_path / "first", 30)), "--db", str(db)).returncode == 0
    first = run_cli("pair", "--db", str(db), timeout=600)
    assert first.returncode == 0, first.stderr
    with Store(db, create=True) as store:
        for n, pair in enumerate(store.pairs()[:12]):
            store.add_label(pair.id, ("agree", "conflict", "unverifiable")[n % 3], ("ann", "bob")[n % 2], note=f"n{n}")
    labels = label_events(db)
    assert len(labels) == 12

    # New documents give the next run claims to embed, so the kill lands in its writing.
    more = tmp_path / "more"
    more.mkdir()
    for n in range(30, 150):
        (more / f"article-{n:05d}.txt").write_text(article(n))
    assert run_cli("ingest", str(more), "--db", str(db)).returncode == 0
    rng = random.Random(SEED)
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "pair", "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    killed = kill_once_embedding(process, db, rng)
    assert integrity(db) == "ok"
    assert label_events(db) == labels and labelled_pairs_exist(db)

    rerun = run_cli("pair", "--db", str(db), timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert "pairs" in rerun.stdout
    assert integrity(db) == "ok"
    assert label_events(db) == labels and labelled_pairs_exist(db)
    assert killed, "pair finished before it could be killed; the corpus is too small for this machine"


def test_ctrl_c_during_ingest_says_how_to_finish(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 300)
    db = tmp_path / "a.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=interruptible,
    )
    while process.poll() is None and count_rows(db, "documents") == 0:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, "Ctrl-C during ingest must stop it with exit 130"
    assert "run the same command again" in one_error_line(err)
    assert integrity(db) == "ok"
