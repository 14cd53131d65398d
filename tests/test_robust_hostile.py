"""Hostile document text: stored exactly, and unable to drive a terminal or a reader's tools in any output."""
from __future__ import annotations

import io
import json
import os
import sys

import pexpect
import pytest

from claims.model import Claim, Quantity
from factcheck.cli import app
from factcheck.records import SourceDocument
from factcheck.store import Store

# Each would do something if it reached a terminal, a browser, a Markdown renderer or a spreadsheet.
HOSTILE = (
    "\x1b]0;pwned\x07",  # OSC: sets the window title
    "\x1b[2J\x1b[31m",  # clears the screen, turns text red
    "\x9b31m",  # the same as one C1 control character
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",  # a hidden hyperlink
    "\r\x08\x08overwritten",  # carriage return and backspaces hide what came before
    "\u202egnirts desrever",  # right-to-left override
    "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "[bold red]rich markup[/] **bold** | a | table | # heading `code` ![x](https://evil.example/x.png)",
    '=HYPERLINK("https://evil.example","click") +cmd|\' /C calc\'!A0 @SUM(1+1) -2+3',
)
RAW_CONTROLS = ("\x1b", "\x9b", "\x07", "\x08", "\r", "\u202e")
SPEAKER = "Ann\x1b[8m Hidden"


def hostile_claim_text(i: int, payload: str) -> str:
    return f"The union said {300 + i} nurses walked out {payload} on Monday."


@pytest.fixture
def hostile_db(db_path):
    """Documents and claims carrying every payload, stored as extraction would leave them, and one pair."""
    texts = [hostile_claim_text(i, p) for i, p in enumerate(HOSTILE)]
    with Store(db_path, create=True) as store:
        start, claims_ = 0, []
        for i, text in enumerate(texts):
            figure = str(300 + i)
            at = text.index(figure)
            quantity = Quantity(figure + " nurses", at, at + len(figure) + 7, "count", 300 + i, "people", counted="nurses")
            claims_.append(Claim(text, start, start + len(text), i, SPEAKER, "union", 0.9, (quantity,)))
            start += len(text) + 1
        doc = SourceDocument(source="/x/evil.txt", text=" ".join(texts), title="Evil\x1b[2J title\nforged line")
        store.save_document(doc, claims_)
        a, b = (c.id for c in store.claims()[:2])
        with store.transaction() as db:
            db["pairs"].insert({"claim_a": a, "claim_b": b, "similarity": 0.9, "suggested_label": "conflict",
                                "confidence": 0.8, "reasons": json.dumps(["figures \x1b[31mdiffer"]), "topic": "pay\x07"})
    return db_path


def assert_no_raw_controls(output: str) -> None:
    found = [c for c in RAW_CONTROLS if c in output]
    assert not found, f"raw control characters reached the output: {found!r}"


def test_claims_text_output_is_terminal_safe(runner, hostile_db):
    result = runner.invoke(app, ["claims", "--db", str(hostile_db)])
    assert result.exit_code == 0, result.output
    assert_no_raw_controls(result.stdout)
    lines = [line for line in result.stdout.splitlines() if not line.startswith("      figures:")]
    assert len(lines) == len(HOSTILE)  # no payload adds or forges a line
    assert "[bold red]rich markup[/]" in result.stdout  # shown as text, not interpreted
    assert "<script>alert(1)</script>" in result.stdout


def test_documents_text_output_keeps_one_line_per_document(runner, hostile_db):
    result = runner.invoke(app, ["documents", "--db", str(hostile_db)])
    assert result.exit_code == 0, result.output
    assert_no_raw_controls(result.stdout)
    assert result.stdout.count("\n") == 1 and "forged line" in result.stdout


@pytest.mark.parametrize("command", ["claims", "documents"])
def test_json_output_escapes_controls_and_round_trips(runner, hostile_db, command):
    result = runner.invoke(app, [command, "--db", str(hostile_db), "--json"])
    assert result.exit_code == 0, result.output
    assert_no_raw_controls(result.stdout)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    if command == "claims":
        assert [r["text"] for r in rows] == [hostile_claim_text(i, p) for i, p in enumerate(HOSTILE)]
        assert {r["speaker"] for r in rows} == {SPEAKER}
    else:
        assert rows[0]["title"] == "Evil\x1b[2J title\nforged line"


def test_review_screen_shows_payloads_as_text(hostile_db):
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="100", LINES="40")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "factcheck", "review", "--db", str(hostile_db), "--reviewer", "alice"],
        env=env, dimensions=(40, 100), encoding="utf-8", timeout=20,
    )
    child.logfile_read = seen = io.StringIO()
    child.expect("Pair 1 of 1")
    child.expect(r"\[a\]gree")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    screen = seen.getvalue()
    assert child.exitstatus == 0, screen
    # rich draws with its own CSI codes (colours, clearing), so look for the payloads' own sequences, not for ESC.
    for sequence in ("\x1b]0;pwned", "\x1b[2J\x1b[31m", "\x9b", "\x07", "\u202e", "\x1b]8;;https://evil", "\x1b[8m"):
        assert sequence not in screen, f"{sequence!r} reached the terminal"
    assert "]0;pwned" in screen and "[2J [31m" in screen  # shown, harmless without their ESC


def test_ingested_html_keeps_no_script_and_outputs_safe(runner, db_path, tmp_path):
    page = tmp_path / "evil.html"
    page.write_text(
        "<html><head><title>T\x1b]0;x\x07</title><script>document.cookie='stolen'</script></head><body><article>"
        "<p>The union said 300 nurses walked out on Monday \x1b[2J =HYPERLINK(\"https://evil.example\").</p>"
        "<p onclick=\"alert(1)\">The hospital said only 120 staff were absent &lt;script&gt;alert(3)&lt;/script&gt;.</p>"
        "</article></body></html>"
    )
    result = runner.invoke(app, ["ingest", "--db", str(db_path), str(page)])
    assert result.exit_code == 0, result.output
    for command in (["claims"], ["claims", "--json"], ["documents"], ["documents", "--json"]):
        out = runner.invoke(app, [*command, "--db", str(db_path)]).stdout
        assert_no_raw_controls(out)
        assert "stolen" not in out  # script bodies are not text


FORMULA = '=HYPERLINK("https://evil.example","click")'


@pytest.fixture
def hostile_report_db(hostile_db):
    """The hostile database plus a pair whose claims and speaker begin with spreadsheet formulas."""
    with Store(hostile_db) as store:
        texts = [f"{FORMULA} said 40 nurses quit <script>alert(1)</script> in March.\x1b]0;pwned\x07",
                 "+cmd|' /C calc'!A0 said 12 nurses quit in March ![x](https://evil.example/x.png)."]
        claims_ = [Claim(t, 0 if i == 0 else len(texts[0]) + 1, 0, i, "@SUM(1+1)", "management", 0.9) for i, t in enumerate(texts)]
        claims_ = [Claim(c.text, c.start, c.start + len(c.text), c.position, c.speaker, c.side, 0.9) for c in claims_]
        store.save_document(SourceDocument(source="/x/formula.txt", text=" ".join(texts), title="-2+3 formula"), claims_)
        a, b = (c.id for c in store.claims() if c.text in texts)
        with store.transaction() as db:
            db["pairs"].insert({"claim_a": a, "claim_b": b, "similarity": 0.9, "suggested_label": "conflict",
                                "confidence": 0.9, "reasons": "[]", "topic": "=1+1"})
    return hostile_db


def report(runner, db, fmt: str) -> str:
    result = runner.invoke(app, ["report", "--db", str(db), "--format", fmt, "--include", "agree,unverifiable"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.stdout


def test_report_html_escapes_markup(runner, hostile_report_db):
    out = report(runner, hostile_report_db, "html")
    assert "<script>alert(1)" not in out and "<img src=x" not in out
    assert "&lt;script&gt;alert(1)" in out


def test_report_markdown_shows_markup_as_text(runner, hostile_report_db):
    out = report(runner, hostile_report_db, "md")
    assert "<script>alert(1)" not in out and "<img src=x" not in out  # Markdown renderers pass raw HTML through
    assert "![x](https://evil.example" not in out  # an image a renderer would fetch


@pytest.mark.parametrize("fmt", ["json", "claimreview"])
def test_report_json_formats_escape_controls(runner, hostile_report_db, fmt):
    out = report(runner, hostile_report_db, fmt)
    assert "</script>" not in out.lower() or fmt == "json"
    json.loads(out) if out.lstrip().startswith(("{", "[")) else [json.loads(line) for line in out.splitlines()]


def test_report_csv_neutralises_formulas(runner, hostile_report_db):
    import csv
    import io as _io

    out = report(runner, hostile_report_db, "csv")
    cells = [cell for row in csv.reader(_io.StringIO(out)) for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not dangerous, f"cells a spreadsheet would run as formulas: {dangerous[:3]}"


@pytest.mark.parametrize("fmt", ["html", "md", "csv", "json", "claimreview"])
def test_report_passes_no_control_characters(runner, hostile_report_db, fmt):
    """The report goes to standard output by default, so it must not drive the terminal it is printed on."""
    assert_no_raw_controls(report(runner, hostile_report_db, fmt))
