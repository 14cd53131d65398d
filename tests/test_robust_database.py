"""Database trouble through the real command: one line on stderr, a non-zero exit, the database untouched."""
from __future__ import annotations

import resource
import signal
import sqlite3

import pytest

from factcheck.errors import FactcheckError
from factcheck.records import SourceDocument
from factcheck.store import Store
from robust_helpers import dump, integrity, labelled_database, one_error_line, read_only, run_cli

ARTICLE = "The union said 300 nurses walked out on Monday. The hospital said only 120 staff were absent.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    return path


@pytest.fixture
def stored(tmp_path):
    """A database in its own folder, with documents, claims, pairs and one label."""
    return labelled_database(tmp_path / "data", "team.db", 6, [(1, "conflict", "ann")])


def test_not_sqlite_is_refused_and_left_as_it_was(tmp_path, article):
    path = tmp_path / "notes.db"
    path.write_bytes(b"my own notes, not a database\n" * 200)
    for command in (["ingest", str(article)], ["documents"], ["label", "1", "agree", "--reviewer", "ann"]):
        result = run_cli(*command, "--db", str(path))
        assert result.returncode == 1
        assert "not a factcheck database" in one_error_line(result.stderr)
    assert path.read_bytes() == b"my own notes, not a database\n" * 200
    assert not path.with_name("notes.db-wal").exists()


def test_truncated_database_is_refused(tmp_path, stored):
    broken = tmp_path / "broken.db"
    broken.write_bytes(stored.read_bytes()[:1500])  # a copy cut short, as by a failed download
    result = run_cli("documents", "--db", str(broken))
    assert result.returncode == 1
    assert str(broken) in one_error_line(result.stderr)


def test_newer_schema_is_refused_untouched(stored, article):
    with Store(stored) as store:
        store.db["_sqlite_migrations"].insert(
            {"migration_set": "factcheck", "name": "m999_from_the_future", "applied_at": "2030-01-01"}
        )
    before = dump(stored)
    result = run_cli("ingest", str(article), "--db", str(stored))
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "newer factcheck" in line and "m999_from_the_future" in line
    assert dump(stored) == before


def test_read_only_file_refuses_writes_in_one_line(stored, article):
    before = dump(stored)
    with read_only(stored):
        result = run_cli("ingest", str(article), "--db", str(stored))
        assert result.returncode == 1
        assert "read-only" in one_error_line(result.stderr)
        label = run_cli("label", "1", "agree", "--reviewer", "bob", "--db", str(stored))
        assert label.returncode == 1
        assert "read-only" in one_error_line(label.stderr)
    assert dump(stored) == before


def test_read_only_file_can_still_be_read(stored):
    """Listing needs no write: a database shared read-only (a colleague's copy, a mounted archive) still lists."""
    with read_only(stored):
        result = run_cli("documents", "--db", str(stored))
    assert result.returncode == 0, result.stderr
    assert "Article 0" in result.stdout


def test_new_database_in_folder_without_write_permission(tmp_path, article):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        result = run_cli("ingest", str(article), "--db", str(folder / "new.db"))
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "new.db" in line and ("read-only" in line or "permission" in line)
    assert list(folder.iterdir()) == []


def test_existing_database_in_folder_without_write_permission(stored, article):
    before = dump(stored)
    with read_only(stored.parent):
        result = run_cli("ingest", str(article), "--db", str(stored))
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert str(stored.name) in line and ("read-only" in line or "permission" in line)
    assert dump(stored) == before


def test_database_path_is_a_folder(tmp_path):
    result = run_cli("documents", "--db", str(tmp_path))
    assert result.returncode == 1
    assert "is a folder" in one_error_line(result.stderr)


def test_full_database_rolls_back_the_document_and_keeps_the_rest(stored):
    """SQLITE_FULL from the library: `PRAGMA max_page_count` on the store's own connection stands in for a full disk."""
    before = dump(stored)
    text = " ".join(f"Speaker {i} said {i} workers were paid ${i}.00 an hour." for i in range(3000))
    big = SourceDocument(source="/corpus/big.txt", text=text, title="Big")
    with Store(stored) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(sqlite3.OperationalError, match="full") as raised:
            store.save_document(big, [])
        assert "full" in str(FactcheckError(str(raised.value)))
    assert dump(stored) == before
    assert integrity(stored) == "ok"


def _limit_file_size(limit: int):
    """A file-size limit on the child (as a disk quota would): writes past it fail, as on a full disk."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write with EFBIG instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_disk_during_ingest_one_line_and_nothing_half_written(stored, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(" ".join(f"The union said {i} nurses earn ${20 + i % 9}.50 an hour." for i in range(1500)))
    before = dump(stored)
    result = run_cli("ingest", str(big), "--db", str(stored), preexec_fn=_limit_file_size(64 * 1024))
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "full" in line or "disk" in line
    assert integrity(stored) == "ok"
    assert dump(stored) == before
