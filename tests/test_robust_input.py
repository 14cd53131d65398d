"""Malformed and odd input files (issue 16: items 3, 4, 5, 8 and the smaller ones): one clear line for what is
wrong, the rest still goes in, nothing hangs."""
from __future__ import annotations

import json
import os
import socket
import sqlite3
from pathlib import Path

import pytest

from factcheck.cli import app
from factcheck.ingest.readers import read_documents, split_header
from factcheck.store import Store
from pair_fixtures import build_pairs
from robust_helpers import one_error_line, run_cli, without_root_read

ROW = "The union said {} nurses walked out on Monday."


def titles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("select title from documents order by id")]
    finally:
        conn.close()


def errors(stderr: str) -> list[str]:
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("Error:")]


# -- 3. CSV ---------------------------------------------------------------------------------------------


def test_csv_unclosed_quote_does_not_swallow_the_rows_after_it(runner, db_path, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "title,text\n"
        f'A,"{ROW.format(300)}\n'  # the quote is never closed
        f"B,{ROW.format(301)}\n"
        f'C,"{ROW.format(302)}"\n'
        f'"D",{ROW.format(303)} and, unquoted, commas cut it\n'
        f"E,{ROW.format(304)}\n"
    )
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 1
    lines = errors(result.stderr)
    assert lines == [
        f"Error: {path}:2: malformed CSV (',' expected after '\"')",
        f"Error: {path}:5: malformed CSV (row has 4 fields, the header has 2; quote a text that holds commas)",
    ]
    assert titles(db_path) == ["B", "C", "E"]
    with Store(db_path) as store:
        assert all("\n" not in d.title and ROW.format(301) not in store.document_text(d.id) or d.title == "B"
                   for d in store.documents())


def test_csv_unclosed_quote_at_the_end_is_reported(runner, db_path, tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(f"title,text\nA,{ROW.format(1)}\nB,\"{ROW.format(2)}\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 1
    assert errors(result.stderr) == [f"Error: {path}:3: malformed CSV (unexpected end of data)"]
    assert titles(db_path) == ["A"]


@pytest.mark.parametrize(
    "first_row",
    [f'"{ROW.format(1)}\n\nSecond paragraph, with a comma."', f"{ROW.format(1)}\u2028{ROW.format(2)}"],
    ids=["quoted-multiline", "unquoted-line-separator"],
)
def test_csv_row_that_spans_lines_or_holds_a_line_separator_is_one_row(runner, db_path, tmp_path, first_row):
    path = tmp_path / "rows.csv"
    path.write_text(f"title,text\nA,{first_row}\nB,{ROW.format(3)}\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 0, result.output
    assert titles(db_path) == ["A", "B"]


def test_csv_header_with_bom_and_windows_1252_byte(runner, db_path, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbftext,title\n" + f"{ROW.format(5)} Caf\xe9,Row\n".encode("latin-1"))
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert "ï»¿" not in result.stderr
    assert result.exit_code == 0, result.output
    assert "read as Windows-1252" in result.stderr
    with Store(db_path) as store:
        assert store.document_text(1).endswith("Café")

    missing = tmp_path / "no-text.csv"
    missing.write_bytes(b"\xef\xbb\xbfbody,title\nx\xe9,y\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(missing)])
    assert result.exit_code == 1
    assert one_error_line(result.stderr) == f"Error: {missing}: CSV has no text column (columns: body, title)"


# -- 4. Splitting on "\n" only ----------------------------------------------------------------------------

SEPARATORS = "\u2028\u2029\u0085\x1c\x1d\x1e\x0b\x0c"


def test_labels_with_line_separators_survive_export_and_import(tmp_path):
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    build_pairs(first, 3)
    build_pairs(second, 3)
    note = f"one{SEPARATORS}two"
    with Store(first) as store:
        store.add_label(1, "conflict", "ann", note=note)
    exported = tmp_path / "labels.jsonl"
    assert run_cli("labels", "export", str(exported), "--db", str(first)).returncode == 0
    result = run_cli("labels", "import", str(exported), "--db", str(second))
    assert result.returncode == 0, result.stderr
    assert "Imported 1 label events" in result.stdout
    with Store(second) as store:
        assert [e.note for e in store.label_events()] == [note]


def test_jsonl_rows_with_line_separators_keep_their_line_numbers(runner, db_path, tmp_path):
    path = tmp_path / "rows.jsonl"
    rows = [json.dumps({"text": ROW.format(1) + f" Separators{SEPARATORS}here.", "title": "One"}, ensure_ascii=False),
            "{broken",
            json.dumps({"text": ROW.format(3), "title": "Three"})]
    path.write_text("\n".join(rows) + "\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert errors(result.stderr) == [f"Error: {path}:2: malformed JSON (Expecting property name enclosed in double quotes)"]
    assert titles(db_path) == ["One", "Three"]


# -- 5. Things that are not regular files -------------------------------------------------------------------


def test_character_devices_are_skipped_with_one_line(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ROW.format(7) + "\n")
    # Read, either would never end: run_cli's timeout raises rather than let the test hang.
    result = run_cli("ingest", "/dev/zero", "/dev/urandom", str(good), "--db", str(tmp_path / "x.db"), timeout=60)
    assert result.returncode == 1
    assert errors(result.stderr) == [
        "Error: /dev/zero: not a regular file (a character device); skipped",
        "Error: /dev/urandom: not a regular file (a character device); skipped",
    ]
    assert "1 documents added" in result.stdout


def test_fifo_and_socket_are_skipped_not_waited_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.md"))
    (folder / "good.txt").write_text(ROW.format(8) + "\n")
    try:
        named = run_cli("ingest", str(folder / "pipe.txt"), "--db", str(tmp_path / "x.db"), timeout=60)
        walked = run_cli("ingest", str(folder), "--db", str(tmp_path / "x.db"), timeout=60)
    finally:
        server.close()
    assert named.returncode == 1
    assert one_error_line(named.stderr) == f"Error: {folder / 'pipe.txt'}: not a regular file (a named pipe (FIFO)); skipped"
    assert walked.returncode == 1
    assert errors(walked.stderr) == [
        f"Error: {folder / 'pipe.txt'}: not a regular file (a named pipe (FIFO)); skipped",
        f"Error: {folder / 'sock.md'}: not a regular file (a socket); skipped",
    ]
    assert "1 documents added" in walked.stdout


def test_reading_stays_within_max_size_even_when_the_size_lies(tmp_path):
    """A file that grows while it is read (or reports 0 bytes) is cut off at the limit, not read forever."""
    from factcheck.files import FileProblem, read_limited

    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * 2**20))
    with pytest.raises(FileProblem, match="above the 1 MB limit"):
        read_limited(big, 2**20)


# -- 8. Nesting, big integers -----------------------------------------------------------------------------


def test_jsonl_row_nested_100000_deep_fails_alone(runner, db_path, tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text(json.dumps({"text": ROW.format(1), "title": "First"}) + "\n"
                    + "[" * 100_000 + "]" * 100_000 + "\n"
                    + json.dumps({"text": ROW.format(3), "title": "Third"}) + "\n")
    other = tmp_path / "other.txt"
    other.write_text("Other\n\n" + ROW.format(4) + "\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path), str(other)])
    assert result.exit_code == 1
    assert errors(result.stderr) == [f"Error: {path}:2: malformed JSON (nested too deeply)"]
    assert titles(db_path) == ["First", "Third", "Other"]


def test_label_file_nested_too_deep_is_one_line(tmp_path):
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    path = tmp_path / "labels.jsonl"
    path.write_text("[" * 100_000 + "\n")
    result = run_cli("labels", "import", str(path), "--db", str(db))
    assert result.returncode == 1
    assert one_error_line(result.stderr).endswith("labels.jsonl:1: not valid JSON (nested too deeply)")


# -- smaller ----------------------------------------------------------------------------------------------


def test_unreadable_file_named_on_the_command_line(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text(ROW.format(1) + "\n")
    locked.chmod(0o000)
    good = tmp_path / "good.txt"
    good.write_text(ROW.format(2) + "\n")
    result = run_cli("ingest", str(locked), str(good), "--db", str(tmp_path / "x.db"), prefix=without_root_read())
    assert result.returncode == 1, result.stderr
    assert "Invalid value" not in result.stderr
    assert one_error_line(result.stderr) == f"Error: {locked}: cannot read: Permission denied"
    assert "1 documents added" in result.stdout


def test_unreadable_subfolder_is_reported(tmp_path):
    inner = tmp_path / "corpus" / "private"
    inner.mkdir(parents=True)
    (inner / "secret.txt").write_text(ROW.format(1) + "\n")
    (tmp_path / "corpus" / "good.txt").write_text(ROW.format(2) + "\n")
    inner.chmod(0o000)
    try:
        result = run_cli("ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "x.db"), prefix=without_root_read())
    finally:
        inner.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert one_error_line(result.stderr) == f"Error: {inner}: cannot read folder: Permission denied"
    assert "1 documents added" in result.stdout


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(runner, db_path, tmp_path, codec):
    path = tmp_path / "wide.txt"
    text = "title: Wide\n\n" + ROW.format(12) + " Café.\n"
    raw = text.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 0, result.output
    with Store(db_path) as store:
        assert store.documents()[0].title == "Wide"
        assert store.document_text(1) == ROW.format(12) + " Café.\n"


def test_nul_byte_in_utf8_text_is_named(runner, db_path, tmp_path):
    path = tmp_path / "nul.txt"
    before = (ROW.format(1) + " ").encode() * 20
    path.write_bytes(before + b"\x00" + ROW.format(2).encode())
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 1
    assert f"NUL byte at byte {len(before)}: not plain text" in one_error_line(result.stderr)
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" + bytes(range(256)) * 4)
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(image)])
    assert one_error_line(result.stderr) == f"Error: {image}: binary file, not text"


def test_review_without_pairs_says_to_pair_first(tmp_path):
    (tmp_path / "a.txt").write_text(ROW.format(1) + "\n")
    db = tmp_path / "x.db"
    assert run_cli("ingest", str(tmp_path / "a.txt"), "--db", str(db)).returncode == 0
    result = run_cli("review", "--db", str(db), "--reviewer", "ann")
    assert result.returncode == 1
    assert one_error_line(result.stderr) == "Error: no pairs to review yet: run `factcheck pair` first"


def test_report_and_review_match_topics_by_one_rule(runner, tmp_path):
    from factcheck.records import topic_matches
    from factcheck.review.queue import QueueOptions, load_queue

    db = tmp_path / "x.db"
    build_pairs(db, 6)  # topics "wages" and "staffing"
    with Store(db) as store:
        store.db.execute("update pairs set topic = 'Hourly  Wages' where topic = 'wages'")
        store.db.conn.commit()
        for wanted in ("wages", "HOURLY WAGES", "hourly wages", "staff"):
            queued = {item.pair_id for item in load_queue(store, QueueOptions("ann", wanted, None, True, None, False, False))}
            result = runner.invoke(app, ["report", "-f", "json", "--topic", wanted, "--db", str(db), "--include", "agree,unverifiable"])
            assert result.exit_code == 0, result.output
            reported = {p["id"] for t in json.loads(result.stdout)["topics"] for p in t["pairs"]}
            assert queued == reported == {p.id for p in store.pairs() if topic_matches(p.topic, wanted)}
            assert queued
    missing = runner.invoke(app, ["report", "--topic", "pensions", "--db", str(db)])
    assert missing.exit_code == 1 and "no pairs on topic 'pensions'" in missing.stderr


def test_jsonl_date_that_is_not_a_date_is_rejected(runner, db_path, tmp_path):
    path = tmp_path / "rows.jsonl"
    rows = [{"text": ROW.format(1), "title": "Good", "date": "2024-03-01"},
            {"text": ROW.format(2), "title": "Words", "date": "yesterday, more or less"},
            {"text": ROW.format(3), "title": "Object", "date": {"year": 2024}},
            {"text": ROW.format(4), "title": "Written", "date": "March 1, 2024"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(path)])
    assert result.exit_code == 1
    assert errors(result.stderr) == [
        f"Error: {path}:2: date 'yesterday, more or less' is not a date (use 2024-03-01)",
        f"Error: {path}:3: date 'dict' is not a date (use 2024-03-01)",
    ]
    assert titles(db_path) == ["Good", "Written"]


def test_label_event_with_a_created_at_that_is_not_a_timestamp(tmp_path):
    db = tmp_path / "x.db"
    build_pairs(db, 2)
    event = {"pair": [{"claim": "a" * 64, "document": "b" * 64}, {"claim": "c" * 64, "document": "d" * 64}],
             "label": "agree", "reviewer": "eve", "note": "", "adjudication": False, "created_at": "last tuesday"}
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(event) + "\n")
    result = run_cli("labels", "import", str(path), "--db", str(db))
    assert result.returncode == 1
    assert '"created_at" must be an ISO 8601 timestamp' in one_error_line(result.stderr)


def test_header_block_with_an_unknown_key_keeps_the_known_ones(tmp_path):
    path = tmp_path / "2024-01-02_note.txt"
    path.write_text("title: The real title\nnote: filed late\nurl: https://example.org/a\ndate: 2024-03-01\n\n"
                    + ROW.format(9) + "\n")
    (doc,) = read_documents(path)
    assert (doc.title, doc.url, doc.published) == ("The real title", "https://example.org/a", "2024-03-01")
    assert doc.text == ROW.format(9) + "\n"
    # No known key at all, or a line that is no `key: value`: no header, the text is kept whole.
    assert split_header("note: x\ntags: y\n\nBody.\n") == ({}, "note: x\ntags: y\n\nBody.\n")
    assert split_header("title: x\nNot a header line\n\nBody.\n") == ({}, "title: x\nNot a header line\n\nBody.\n")
