"""Large input: a 50 MB file in bounded memory or refused by --max-size; 10,000 small files with one progress bar."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from factcheck.cli import app
from factcheck.store import Store
from robust_helpers import article, one_error_line, write_corpus

MEGABYTE = 2**20
PEAK_RSS_LIMIT = 1024 * MEGABYTE


def write_big_text(path, megabytes: int) -> None:
    """An article repeated with different figures, written in chunks (the test itself stays small)."""
    with path.open("w") as out:
        written, n = 0, 0
        while written < megabytes * MEGABYTE:
            chunk = article(n, sentences=40)
            out.write(chunk)
            written += len(chunk)
            n += 1


# Peak RSS is read in a small launcher, not in pytest: at exec Linux folds the forking
# process's own peak into the child's ru_maxrss, so a child forked by a large pytest
# would report pytest's peak as its own.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def ingest_measured(*args: str) -> tuple[int, int, float, str]:
    """Run an ingest in a child; its exit code, peak RSS in bytes, seconds, and stderr."""
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "factcheck", "ingest", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    code, peak_kb = map(int, result.stdout.split())
    return code, peak_kb * 1024, time.monotonic() - started, result.stderr


def test_file_above_max_size_is_refused_before_reading(runner, db_path, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(3 * MEGABYTE + 1)  # sparse: size is all the limit looks at
    result = runner.invoke(app, ["ingest", "--db", str(db_path), "--max-size", "2", str(big)])
    assert result.exit_code == 1
    line = one_error_line(result.stderr)
    assert "big.txt" in line and "3 MB, above the 2 MB limit (--max-size)" in line


@pytest.mark.stress
def test_fifty_megabyte_file_in_bounded_memory(tmp_path):
    big = tmp_path / "fifty.txt"
    write_big_text(big, 50)
    db = tmp_path / "big.db"
    code, peak, seconds, stderr = ingest_measured(str(big), "--db", str(db), "--max-size", "60")
    print(f"\n50 MB ingest: exit {code}, peak RSS {peak / MEGABYTE:.0f} MB, {seconds:.1f} s")
    assert code == 0, stderr
    assert peak < PEAK_RSS_LIMIT
    with Store(db, create=True) as store:
        assert store.counts()["documents"] == 1 and store.counts()["claims"] > 10_000


@pytest.mark.stress
def test_ten_thousand_small_files_one_bar_one_summary(tmp_path):
    corpus = write_corpus(tmp_path / "many", 10_000, sentences=3)
    db = tmp_path / "many.db"
    code, peak, seconds, stderr = ingest_measured(str(corpus), "--db", str(db))
    print(f"\n10,000 files: exit {code}, peak RSS {peak / MEGABYTE:.0f} MB, {seconds:.1f} s")
    assert code == 0, stderr
    assert "10000/10000" in stderr  # the progress bar's last state
    with Store(db, create=True) as store:
        assert store.counts()["documents"] == 10_000
