"""Outputs never destroy anything (issue 16, items 1 and 2): not the database, not a file the command did not
write, not a half-written file; and only `ingest` and `demo` create a database."""
from __future__ import annotations

import json
import os
import sqlite3

import pytest

from factcheck.errors import FactcheckError
from factcheck.output import KINDS
from factcheck.report import build_report, render
from factcheck.store import Store
from pair_fixtures import build_pairs
from robust_helpers import dump, labelled_database, one_error_line, run_cli

REPORT_FORMATS = ("html", "md", "json", "csv", "claimreview")


@pytest.fixture
def labelled(tmp_path):
    """A database with pairs and two labels, one with line separators in its note, in its own folder."""
    note = "first line\u2028second\u2029third\u0085fourth"
    return labelled_database(tmp_path / "data", "factcheck.db", 4, [(1, "conflict", "ann", note), (2, "agree", "bob")])


def writing_commands(target: str, db: str) -> list[list[str]]:
    labels_file = os.path.join(os.path.dirname(db), "import.jsonl")
    return [
        ["report", "-o", target, "--db", db],
        ["report", "-f", "json", "-o", target, "--db", db],
        ["labels", "export", target, "--db", db],
        ["labels", "import", labels_file, "--unmatched", target, "--db", db],
    ]


@pytest.fixture
def import_file(labelled):
    """A label file whose events match no pair, so that `--unmatched` has something to write."""
    path = labelled.parent / "import.jsonl"
    event = {"pair": [{"claim": "a" * 64, "document": "b" * 64}, {"claim": "c" * 64, "document": "d" * 64}],
             "label": "agree", "reviewer": "eve", "note": "", "adjudication": False,
             "created_at": "2024-01-01T00:00:00+00:00"}
    path.write_text(json.dumps(event) + "\n")
    return path


@pytest.mark.parametrize("spelling", ["same", "dot-slash", "env", "wal", "shm", "faiss", "hard link", "symlink"])
def test_no_output_may_overwrite_the_database(labelled, import_file, spelling):
    db = str(labelled)
    folder = labelled.parent
    (folder / "factcheck.db-wal").touch()
    (folder / "factcheck.db-shm").touch()
    (folder / "factcheck.db.faiss").write_bytes(b"index")
    target, env = {
        "same": (db, {}),
        "dot-slash": ("./factcheck.db", {}),
        "env": ("factcheck.db", {"FACTCHECK_DB": db}),
        "wal": (db + "-wal", {}),
        "shm": (db + "-shm", {}),
        "faiss": (db + ".faiss", {}),
        "hard link": (str(folder / "linked.db"), {}),
        "symlink": (str(folder / "pointer.db"), {}),
    }[spelling]
    if spelling == "hard link":
        os.link(labelled, folder / "linked.db")
    if spelling == "symlink":
        os.symlink(labelled, folder / "pointer.db")
    before = dump(labelled)
    companions = {name: (folder / name).read_bytes() for name in ("factcheck.db.faiss",)}
    for command in writing_commands(target, db):
        if spelling == "env":
            command = [c for c in command if c not in ("--db", db)]
        result = run_cli(*command, cwd=folder, env=env)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        line = one_error_line(result.stderr)
        assert "database in use" in line or "SQLite database" in line, line
    assert dump(labelled) == before
    assert {name: (folder / name).read_bytes() for name in companions} == companions


def test_existing_file_that_is_not_an_output_needs_force(labelled, tmp_path):
    mine = tmp_path / "notes.html"
    mine.write_text("my own notes, not a report\n")
    result = run_cli("report", "-o", str(mine), "--db", str(labelled))
    assert result.returncode == 1
    assert "--force" in one_error_line(result.stderr)
    assert mine.read_text() == "my own notes, not a report\n"
    forced = run_cli("report", "-o", str(mine), "--force", "--db", str(labelled))
    assert forced.returncode == 0, forced.stderr
    assert mine.read_text().startswith("<!DOCTYPE html>")


def test_labels_export_will_not_replace_another_kind_of_file(labelled, tmp_path):
    keep = tmp_path / "keep.jsonl"
    keep.write_text('{"text": "a document, not a label event"}\n')
    result = run_cli("labels", "export", str(keep), "--db", str(labelled))
    assert result.returncode == 1 and "--force" in one_error_line(result.stderr)
    assert keep.read_text() == '{"text": "a document, not a label event"}\n'


def test_an_sqlite_file_is_never_replaced_even_with_force(labelled, tmp_path):
    other = tmp_path / "other.db"
    build_pairs(other, 2)
    before = dump(other)
    for command in (["report", "-o", str(other), "--force"], ["labels", "export", str(other), "--force"]):
        result = run_cli(*command, "--db", str(labelled))
        assert result.returncode == 1
        assert "SQLite database" in one_error_line(result.stderr)
    assert dump(other) == before


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_a_previous_report_of_the_same_format_is_replaced(labelled, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    first = run_cli("report", "-f", fmt, "-o", str(out), "--db", str(labelled))
    assert first.returncode == 0, first.stderr
    out.write_bytes(out.read_bytes())  # as it was written: recognised by its first bytes
    again = run_cli("report", "-f", fmt, "-o", str(out), "--db", str(labelled))
    assert again.returncode == 0, again.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".report")]  # no temporary file left


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_each_format_is_recognised_by_what_it_writes_and_no_other(labelled, fmt):
    """The signatures in factcheck.output.KINDS follow the renderers: each report is recognised as its own kind only."""
    with Store(labelled) as store:
        head = render(build_report(store), fmt).encode()[:4096]
    assert KINDS[fmt][1](head)
    assert not [k for k in KINDS if k != fmt and KINDS[k][1](head)]


def test_a_previous_label_export_is_replaced(labelled, tmp_path):
    out = tmp_path / "labels.jsonl"
    for _ in range(2):
        result = run_cli("labels", "export", str(out), "--db", str(labelled))
        assert result.returncode == 0, result.stderr
    assert len(out.read_text().split("\n")) == 3


def test_a_failed_write_leaves_the_old_file_whole(labelled, tmp_path):
    """The report goes to a temporary file first; when that write fails the previous report is untouched."""
    import resource
    import signal

    big = tmp_path / "big.db"
    build_pairs(big, 300)
    out = tmp_path / "report.html"
    out.write_text(run_cli("report", "--db", str(big)).stdout)
    before = out.read_bytes()
    limit = 48 * 1024  # room for SQLite's 32 KB -shm file, not for the report
    assert len(before) > 2 * limit

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = run_cli("report", "-o", str(out), "--db", str(big), preexec_fn=small_files)
    assert result.returncode == 1
    assert "cannot write" in one_error_line(result.stderr)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_output_to_a_device_or_folder_is_refused(labelled, tmp_path):
    for target, why in ((tmp_path, "it is a folder"), (os.devnull, "not a regular file")):
        result = run_cli("report", "-o", str(target), "--force", "--db", str(labelled))
        assert result.returncode == 1
        assert why in one_error_line(result.stderr)
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


@pytest.mark.parametrize(
    "command",
    [["documents"], ["claims"], ["pairs"], ["stats"], ["agreement"], ["review", "--reviewer", "ann"], ["clusters"],
     ["label", "1", "agree", "--reviewer", "ann"], ["report"], ["labels", "export", "keep.jsonl"],
     ["search", "wages"]],
)
def test_a_mistyped_database_is_an_error_and_nothing_is_created(tmp_path, command):
    (tmp_path / "keep.jsonl").write_text("precious\n")
    result = run_cli(*command, "--db", "typo.db", cwd=tmp_path)
    assert result.returncode == 1
    assert one_error_line(result.stderr) == "Error: typo.db: no such database (create one with factcheck ingest)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.jsonl"]
    assert (tmp_path / "keep.jsonl").read_text() == "precious\n"


def test_only_ingest_creates_a_database(tmp_path):
    (tmp_path / "a.txt").write_text("The union said 300 nurses walked out on Monday.\n")
    result = run_cli("ingest", "a.txt", "--db", "new.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sqlite3.connect(tmp_path / "new.db").execute("select count(*) from documents").fetchone() == (1,)


def test_store_opens_without_creating_unless_asked(tmp_path):
    with pytest.raises(FactcheckError, match="no such database"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()
    with Store(tmp_path / "missing.db", create=True):
        pass
    assert (tmp_path / "missing.db").exists()
