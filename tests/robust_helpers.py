"""What the robustness tests share: running the real CLI, snapshots of a database, locking files as root."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest




def interruptible() -> None:
    """For a child a test presses Ctrl-C at: Ctrl-C interrupts it as at a terminal, even where the test run itself
    was started in the background by a shell without job control, which makes its children ignore SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run_cli(*args: str, timeout: float = 120, prefix: tuple[str, ...] = (), **kwargs) -> subprocess.CompletedProcess:
    """The installed command in a fresh interpreter, as a user runs it (after `prefix`, a command that wraps it)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **kwargs.pop("env", {})}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, timeout=timeout, env=env,
        **kwargs,
    )


def without_root_read() -> tuple[str, ...]:
    """A run_cli prefix under which file permissions hold: as root, setpriv drops the capabilities that let root
    read any file (the process stays root, so it can still run the virtual environment's Python)."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable for root")
    return (setpriv, "--bounding-set=-dac_override,-dac_read_search")


def one_error_line(stderr: str) -> str:
    """The single `Error:` line a failing command must print, and no traceback."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, stderr
    return errors[0]


def dump(path: Path) -> list[str]:
    """Every row of a database as SQL.

    A plain connection, not mode=ro: a read-only connection cannot remove the
    -wal and -shm files when it closes, and leftover ones would let SQLite
    write to a database whose folder is locked.
    """
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def claim_rows(path: Path) -> dict[str, list[tuple]]:
    """Each document's claims and figures by document source: what an ingest must reproduce exactly."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            """
            select d.source, c.position, c.char_start, c.char_end, c.text, c.speaker, c.side, c.stance,
                   (select group_concat(q.text || '@' || q.char_start || ':' || q.value || q.unit, '|')
                      from quantities q where q.claim_id = c.id)
            from documents d left join claims c on c.document_id = d.id
            order by d.source, c.position
            """
        ).fetchall()
    finally:
        conn.close()
    grouped: dict[str, list[tuple]] = {}
    for source, *claim in rows:
        grouped.setdefault(source, [])
        if claim[0] is not None:
            grouped[source].append(tuple(claim))
    return grouped


def labelled_database(folder: Path, name: str, pairs: int, labels: list[tuple]) -> Path:
    """A database `name` in a folder of its own (so that tests can lock or list the folder), with `pairs` pairs
    and these label events: (pair id, label, reviewer[, note])."""
    from factcheck.store import Store
    from pair_fixtures import build_pairs

    folder.mkdir()
    path = folder / name
    build_pairs(path, pairs)
    with Store(path) as store:
        for pair_id, label, reviewer, *note in labels:
            store.add_label(pair_id, label, reviewer, note=note[0] if note else "")
    return path


@contextmanager
def read_only(path: Path):
    """Make a file or folder unwritable for the duration, even for root.

    chmod does not stop root, so as root the immutable attribute (chattr +i)
    is used; where that is refused (no CAP_LINUX_IMMUTABLE, a filesystem
    without attributes) the test is skipped, since nothing else honest is left.
    """
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("running as root without chattr: cannot make a file read-only for root")
    made = subprocess.run([chattr, "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"running as root and chattr +i is refused here: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


SIDES = ("The union", "Hospital management", "A spokesperson for the drivers", "The transit authority")


def article(n: int, sentences: int = 12) -> str:
    """A short news article with figures, different for every n so that no two are skipped as duplicates."""
    lines = [f"Dispute update number {n}", ""]
    for i in range(sentences):
        who = SIDES[(n + i) % len(SIDES)]
        lines.append(
            f"{who} said {100 + (n * 13 + i * 7) % 900} workers walked out on day {i + 1} "
            f"and that pay rose {1 + (n + i) % 9} percent to ${15 + (n * i) % 20}.50 an hour."
        )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, sentences: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"article-{n:05d}.txt").write_text(article(n, sentences))
    return folder
