"""The commands against a real PostgreSQL server: copying between backends, and every way a server can say no."""
from __future__ import annotations

import os
import socket
import sys
import time

import pexpect
import psycopg
import pytest

from conftest import with_database
from factcheck.store import open_store
from pair_fixtures import build_pairs
from robust_helpers import one_error_line, run_cli


def password_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).password or ""


def with_password(url: str, password: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def labelled_sqlite(path, n_pairs=12):
    build_pairs(path, n_pairs)
    for args in (("1", "conflict", "--reviewer", "ann", "--note", "figures differ"), ("1", "agree", "--reviewer", "bob"),
                 ("2", "agree", "--reviewer", "ann"), ("1", "conflict", "--reviewer", "lead", "--adjudicate")):
        assert run_cli("label", *args, "--db", str(path)).returncode == 0


def test_copy_sqlite_to_postgres_to_sqlite_gives_the_same_exports_and_pairs(tmp_path, postgres_db):
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    labelled_sqlite(first)
    copied = run_cli("db", "copy", str(first), postgres_db)
    assert copied.returncode == 0, copied.stderr
    assert "counts match" in copied.stdout and password_of(postgres_db) not in copied.stdout
    again = run_cli("db", "copy", str(first), postgres_db)
    assert again.returncode == 0 and "0 rows added" in again.stdout  # idempotent
    assert run_cli("db", "copy", postgres_db, str(back)).returncode == 0

    outputs = {}
    for where in (first, postgres_db, back):
        export = tmp_path / f"export-{len(outputs)}.jsonl"
        assert run_cli("labels", "export", str(export), "--db", str(where)).returncode == 0
        pairs = run_cli("pairs", "--json", "--db", str(where))
        outputs[str(where)] = (export.read_text(), pairs.stdout)
    exported, listed = zip(*outputs.values())
    assert len(set(exported)) == 1 and len(set(listed)) == 1
    assert exported[0].count("\n") == 4 and listed[0].count("\n") == 12
    with open_store(postgres_db) as store:  # new rows on the server get new ids after the copied ones
        assert store.add_label(3, "agree", "cat") == 5


def test_copy_into_a_database_holding_something_else_is_refused_and_writes_nothing(tmp_path, postgres_db):
    first, other = tmp_path / "first.db", tmp_path / "other.db"
    labelled_sqlite(first)
    build_pairs(postgres_db, 3)
    result = run_cli("db", "copy", str(first), postgres_db)
    assert result.returncode == 1
    assert "already holds other documents" in one_error_line(result.stderr)
    with open_store(postgres_db) as store:
        assert store.counts()["pairs"] == 3 and store.counts()["labels"] == 0
    missing = run_cli("db", "copy", str(other), postgres_db)
    assert missing.returncode == 1 and "no such database (create one with factcheck ingest)" in one_error_line(missing.stderr)


def test_wrong_password_one_line_without_the_password(postgres_server):
    wrong = with_password(postgres_server, "not-the-password-0451")
    result = run_cli("documents", "--db", wrong)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert "password authentication failed" in line and "PGPASSWORD" in line
    assert "0451" not in result.stderr + result.stdout
    assert password_of(postgres_server) not in result.stderr + result.stdout


def test_password_from_pgpassword_and_never_printed(postgres_db):
    open_store(postgres_db, create=True).close()  # a factcheck database: the listing commands never create one
    without = with_password(postgres_db, "").replace(":@", "@")
    env = {"PGPASSWORD": password_of(postgres_db)}
    result = run_cli("documents", "--db", without, env=env)
    assert result.returncode == 0, result.stderr
    stats = run_cli("report", "--format", "json", "--db", postgres_db)
    assert stats.returncode == 0, stats.stderr
    assert password_of(postgres_db) not in stats.stdout and '"database": "postgresql://factcheck@' in stats.stdout


def test_unreachable_host(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    result = run_cli("documents", "--db", f"postgresql://someone:secret-pw@127.0.0.1:{port}/factcheck")
    assert result.returncode == 1 and time.monotonic() - started < 30
    line = one_error_line(result.stderr)
    assert line.startswith(f"Error: cannot reach the database server at postgresql://someone@127.0.0.1:{port}/factcheck")
    assert "secret-pw" not in result.stderr


def test_database_that_does_not_exist_and_libpq_options(postgres_server):
    missing = with_database(postgres_server, "no_such_database") + "?sslmode=disable&connect_timeout=5"
    result = run_cli("documents", "--db", missing)
    assert result.returncode == 1
    line = one_error_line(result.stderr)
    assert 'database "no_such_database" does not exist' in line and "sslmode=disable" in line
    bad_option = run_cli("documents", "--db", postgres_server + "?sslmode=require")  # the test server has no TLS
    assert bad_option.returncode == 1 and "SSL" in one_error_line(bad_option.stderr)


def test_a_database_that_is_not_factchecks(postgres_db):
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        conn.execute("create table invoices (id int)")
    result = run_cli("ingest", os.devnull, "--db", postgres_db)
    assert result.returncode == 1
    assert "is not a factcheck database (it holds other tables: invoices)" in one_error_line(result.stderr)
    with psycopg.connect(postgres_db, autocommit=True) as conn:
        assert conn.execute("select count(*) from information_schema.tables where table_schema = 'public'").fetchone()[0] == 1


def test_connection_lost_during_review_keeps_the_labels_and_the_reviewer_resumes(postgres_db, postgres_server):
    build_pairs(postgres_db, 3)
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    child = pexpect.spawn(sys.executable, ["-m", "factcheck", "review", "--db", postgres_db, "--reviewer", "alice"],
                          env=env, dimensions=(24, 80), encoding="utf-8", timeout=20)
    child.expect("Pair 1 of 3")
    child.send("a")
    child.expect("Pair 2 of 3")
    database = postgres_db.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server, autocommit=True) as admin:  # the server drops the reviewer's connection
        ended = admin.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = %s", [database])
        assert ended.fetchall() == [(True,)]
    child.send("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    output = child.before
    assert "Traceback" not in output
    assert "Error: lost the connection to postgresql://factcheck@" in output and "1 label events were saved" in output
    assert password_of(postgres_db) not in output
    with open_store(postgres_db) as store:
        assert [(e.label, e.reviewer) for e in store.label_events()] == [("agree", "alice")]
    resumed = pexpect.spawn(sys.executable, ["-m", "factcheck", "review", "--db", postgres_db, "--reviewer", "alice"],
                            env=env, dimensions=(24, 80), encoding="utf-8", timeout=20)
    resumed.expect("Pair 1 of 2")  # what is left: the pair given before the loss is not asked again
    resumed.send("q")
    resumed.expect(pexpect.EOF)


def test_help_does_not_import_psycopg():
    import subprocess

    code = "import sys\nfrom factcheck.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass\nprint('psycopg' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("False")


@pytest.mark.parametrize("url", ["postgresql://ann:hunter2@db.example:5432/team?sslmode=require&password=hunter2"])
def test_urls_are_shown_without_their_password(url):
    from factcheck.store import redact

    assert redact(url) == "postgresql://ann@db.example:5432/team?sslmode=require"
    assert redact("/home/ann/factcheck.db") == "/home/ann/factcheck.db"
