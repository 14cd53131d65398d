"""The report's content and its five formats, on a small dispute database built without extraction or pairing."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from report_fixtures import FORMULAS, build_dispute

from factcheck.cli import app
from factcheck.report import ReportOptions, build_report, render
from factcheck.store import Store

SCHEMAS = Path(__file__).resolve().parents[1] / "factcheck" / "schemas"


def schema(name: str) -> jsonschema.Draft202012Validator:
    loaded = json.loads((SCHEMAS / name).read_text())
    jsonschema.Draft202012Validator.check_schema(loaded)
    return jsonschema.Draft202012Validator(loaded, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def dispute(db_path):
    return db_path, build_dispute(db_path)


@pytest.fixture
def hostile(db_path):
    return db_path, build_dispute(db_path, hostile=True)


def report_of(path: Path, **options):
    with Store(path, create=True) as store:
        return build_report(store, ReportOptions(**options))


def cli(runner, *args):
    return runner.invoke(app, ["report", *map(str, args)])


def test_counts_sections_and_topic_order(dispute):
    path, ids = dispute
    report = report_of(path, include=("agree", "unverifiable"))
    c = report.counts
    assert (c.documents, c.claims, c.pairs) == (4, 7, 4)
    # wage: reviewed conflict; strike: reviewed agree; talks: reviewers disagree; raise: only suggested.
    assert (c.labelled, c.pending, c.disputed) == (2, 2, 1)
    assert (c.conflicts, c.agreements, c.unverifiable) == (2, 1, 1)
    assert c.reviewed == {"agree": 1, "conflict": 1, "unverifiable": 0}
    assert [t.topic for t in report.topics][:2] in (["raise offered", "wages"], ["wages", "raise offered"])
    wage = next(p for p in report.pairs() if p.id == ids["wage"])
    assert (wage.status, wage.reviewers, wage.notes[0][:9]) == ("reviewed", ("alice", "bob"), "Both figu")
    talks = next(p for p in report.pairs() if p.id == ids["talks"])
    assert talks.status == "disputed" and dict(talks.votes) == {"alice": "unverifiable", "bob": "agree"}


def test_conflicts_only_by_default_and_filters(dispute):
    path, ids = dispute
    assert {p.id for p in report_of(path).pairs()} == {ids["wage"], ids["raise"]}
    assert {p.id for p in report_of(path, reviewed_only=True).pairs()} == {ids["wage"]}
    assert {p.id for p in report_of(path, topic="raise offered").pairs()} == {ids["raise"]}
    assert {p.id for p in report_of(path, include=("agree",)).pairs()} == {ids["wage"], ids["raise"], ids["strike"]}


def test_measures_group_by_kind_unit_counted_and_show_the_gap(dispute):
    path, _ = dispute
    report = report_of(path, include=("agree", "unverifiable"))
    by_name = {m.name: m for m in report.measures}
    wage = by_name["hourly wage"]
    assert [(g.group, g.median) for g in wage.groups] == [("employer", 31.5), ("union", 27.4)]
    assert (wage.gap.high_group, wage.gap.low_group) == ("employer", "union")
    assert wage.gap.amount == pytest.approx(4.1)
    # Two outlets' own counts of the strike are two groups, so their difference shows too.
    strike = by_name["workers on strike"]
    assert {g.group for g in strike.groups} == {"reporter: Metro Daily", "reporter: Harbor Times"}
    assert strike.gap.amount == 200


def test_report_is_built_from_a_fixed_number_of_queries(tmp_path):
    from pair_fixtures import build_pairs

    def queries(n_pairs: int) -> int:
        path = tmp_path / f"{n_pairs}.db"
        build_pairs(path, n_pairs)
        with Store(path, create=True) as store:
            seen = []
            store.db.conn.set_trace_callback(seen.append)
            build_report(store, ReportOptions(include=("agree", "unverifiable")))
            store.db.conn.set_trace_callback(None)
        return len(seen)

    assert queries(20) == queries(400)


def test_json_validates_against_its_schema(hostile, runner, tmp_path):
    path, _ = hostile
    out = tmp_path / "r.json"
    result = cli(runner, "--db", path, "-f", "json", "-o", out, "--include", "agree,unverifiable")
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    schema("report.schema.json").validate(data)
    assert data["counts"]["pairs"] == 9
    assert sum(len(t["pairs"]) for t in data["topics"]) == 9


def test_claimreview_items_have_the_required_fields(dispute, runner):
    path, ids = dispute
    result = cli(runner, "--db", path, "-f", "claimreview", "--include", "agree,unverifiable", "--org", "Harbor Fact Desk", "--base-url", "https://desk.example/report.html")
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    schema("claimreview.schema.json").validate(items)
    # Only settled pairs are published: the wage conflict and the strike agreement, not the disputed or suggested ones.
    assert [i["url"] for i in items] == [f"https://desk.example/report.html#pair-{ids['wage']}", f"https://desk.example/report.html#pair-{ids['strike']}"]
    wage = items[0]
    assert wage["reviewRating"]["alternateName"] == "Contradicted"
    assert (wage["reviewRating"]["worstRating"], wage["reviewRating"]["ratingValue"], wage["reviewRating"]["bestRating"]) == (1, 1, 3)
    assert wage["author"] == {"@type": "Organization", "name": "Harbor Fact Desk"}
    assert wage["itemReviewed"]["author"]["name"] == "Metro Transit Authority"
    assert wage["itemReviewed"]["appearance"]["url"] == "https://transit.example/statement"
    assert wage["itemReviewed"]["datePublished"] == "2023-10-05"
    assert "$27.40" in wage["reviewBody"]


def test_claimreview_author_is_the_reviewer_without_org(dispute):
    path, ids = dispute
    items = json.loads(render(report_of(path, include=("agree",)), "claimreview"))
    schema("claimreview.schema.json").validate(items)
    authors = {i["url"]: i["author"] for i in items}
    assert authors[f"#pair-{ids['strike']}"] == {"@type": "Person", "name": "alice"}
    assert [a["name"] for a in authors[f"#pair-{ids['wage']}"]] == ["alice", "bob"]


def test_csv_one_row_per_pair_and_no_live_formula(hostile):
    path, ids = hostile
    text = render(report_of(path, include=("agree", "unverifiable")), "csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == len(ids)
    cells = [cell for row in rows for cell in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for formula in FORMULAS:
        assert any(c.startswith("'" + formula) for c in cells), formula
    wage = next(r for r in rows if r["pair"] == str(ids["wage"]))
    assert (wage["label"], wage["status"], wage["a_figures"], wage["b_figures"]) == ("conflict", "reviewed", "$31.50/hour", "$27.40/hour")


def test_markdown_escapes_markup_and_highlights_figures(hostile):
    path, _ = hostile
    text = render(report_of(path, include=("agree", "unverifiable")), "md")
    assert "<script" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "&lt;img src=x onerror" in text
    assert "**\\$27.40 an hour**" in text  # the figure in bold, its dollar sign not opening maths
    assert "earns **\\$31.50 an hour**." in text
    # No table cell can be split by a pipe from a document, and no link opens from document text.
    for line in text.splitlines():
        if line.startswith("| **Claim**"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 4
    assert "](javascript" not in text and "](<javascript" not in text


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.handlers, self.hrefs = set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.hrefs += [value for name, value in attrs if name == "href"]


def test_html_escapes_everything_and_has_a_strict_policy(hostile):
    path, _ = hostile
    page = render(report_of(path, include=("agree", "unverifiable")), "html")
    parsed = _Tags()
    parsed.feed(page)
    assert not parsed.tags & {"script", "img", "iframe", "object", "embed", "link", "blink"}
    assert parsed.handlers == []
    assert not [h for h in parsed.hrefs if not h.startswith(("#", "https://", "http://"))]
    assert "&lt;script&gt;" in page
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src &#x27;none&#x27;" in page
    assert "<svg" in page and "<mark>$31.50 an hour</mark>" in page
    # Its URL is javascript: and its file is on the machine that ingested it: it is named, not linked.
    assert "file://" not in page and "/corpus/" not in page
    assert "javascript:" not in " ".join(parsed.hrefs) and "Hostile &lt;script&gt;" in page
    assert "https://transit.example/statement" in page


def test_cli_writes_each_format(dispute, runner, tmp_path):
    path, _ = dispute
    for fmt in ("html", "md", "json", "csv", "claimreview"):
        out = tmp_path / f"report.{fmt}"
        result = cli(runner, "--db", path, "--format", fmt, "-o", out)
        assert result.exit_code == 0, (fmt, result.output)
        assert out.stat().st_size > 200


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "pdf"], "unknown report format 'pdf'"),
        (["--topic", "pensions"], "no pairs on topic 'pensions'"),
        (["--include", "maybe"], "--include takes agree, unverifiable"),
        (["-o", "/nonexistent-folder/r.html"], "folder /nonexistent-folder does not exist"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(dispute, runner, args, message):
    path, _ = dispute
    result = cli(runner, "--db", path, *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_unwritable_output_and_missing_database(dispute, runner, tmp_path):
    path, _ = dispute
    folder = tmp_path / "folder"
    folder.mkdir()
    result = cli(runner, "--db", path, "-o", folder)
    assert result.exit_code != 0 and "Error:" in result.stderr and "Traceback" not in result.output
    result = cli(runner, "--db", tmp_path / "missing.db")
    assert result.exit_code != 0 and "no such database" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_unwritable_file_fails_in_one_line(dispute, runner, tmp_path):
    path, _ = dispute
    out = tmp_path / "ro.html"
    out.write_text("")
    out.chmod(0o444)
    if os.geteuid() == 0:
        out = Path("/proc/version")  # root may write a read-only file; the kernel's files refuse even root
    if not out.exists():
        pytest.skip("no file here that refuses writes")
    result = cli(runner, "--db", path, "-o", out)
    assert result.exit_code != 0 and result.stderr.startswith(f"Error: cannot write {out}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_report_does_not_import_torch(dispute, tmp_path):
    path, _ = dispute
    code = (
        "import sys\nfrom factcheck.cli import main\nsys.argv=['factcheck','report','--db',sys.argv[1],'-o',sys.argv[2]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('torch','sentence_transformers','sklearn') if m in sys.modules]\nprint('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(path), str(tmp_path / "r.html")], capture_output=True, text=True)
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr


def test_offsets_that_do_not_fit_are_shown_plain(db_path):
    from claims.model import Claim, Quantity
    from factcheck.records import SourceDocument

    text = "Pay is $20 an hour."
    wrong = Quantity("$99", 7, 10, "money", 99, "USD/hour")
    with Store(db_path, create=True) as store:
        store.save_document(SourceDocument(source="/x.txt", text=text), [Claim(text, 0, len(text), 0, "X", "union", 0.9, (wrong,))])
        (claim,) = store.claims()
    from factcheck.report.model import ReportClaim, Source

    rc = ReportClaim(claim, Source(1, "", "", "", "", "/x.txt", 1))
    assert rc.segments() == [(text, False)]


def test_demo_ends_by_writing_the_html_report(runner, tmp_path):
    db = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    report = tmp_path / "demo.html"
    assert f"Report: {report.resolve()}" in result.stdout.splitlines()[-1]
    assert "Pairing: " in result.stdout and "Top suggested conflicts" in result.stdout
    assert " conflict (" in result.stdout  # at least one conflict shown with its confidence
    page = report.read_text()
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page


def test_a_measure_is_named_by_its_frame_and_its_place():
    from claims.model import Frame, Quantity
    from factcheck.report.model import measure_name

    def q(measure, place="", counted=""):
        return Quantity("70,000", 0, 6, "count", 70000, "people", counted=counted, frame=Frame(measure=measure, place=place))

    assert measure_name(q("crowd size", "Lyon")) == "crowd size in Lyon"
    assert measure_name(q("crowd size", "nationwide")) == "crowd size, nationwide"
    assert measure_name(q("raise offered")) == "raise offered"
    assert measure_name(q("items", counted="stores")) == "stores"  # a generic frame: what it counts


def test_a_partys_figure_that_changed_between_sources_is_shown_over_time(db_path, runner, tmp_path):
    from tests.report_fixtures import add_pair, quantity, save

    with Store(db_path, create=True) as store:
        first = "The carrier offered a 4.5% raise."
        later = "The carrier raised its offer to a 5.5% raise."
        union = "The union wants a 16% raise."
        [a] = save(store, "april.txt", [(first, "the carrier", "employer", (quantity("4.5%", first, "percent", 4.5, "percent", counted="raise"),))],
                   published="2031-03-02")
        [b] = save(store, "may.txt", [(later, "the carrier", "employer", (quantity("5.5%", later, "percent", 5.5, "percent", counted="raise"),))],
                   published="2031-04-09")
        [c] = save(store, "union.txt", [(union, "the union", "union", (quantity("16%", union, "percent", 16, "percent", counted="raise"),))],
                   published="2031-03-20")
        add_pair(store, a, b, "agree", "raise")
        add_pair(store, b, c, "conflict", "raise")
    report = report_of(db_path, include=("agree",))
    [raise_] = [m for m in report.measures if m.name == "raise"]
    [change] = raise_.over_time
    assert change.group == "employer" and [(s.date, s.value) for s in change.steps] == [("2031-03-02", 4.5), ("2031-04-09", 5.5)]
    out = tmp_path / "r.md"
    assert cli(runner, "--db", db_path, "--format", "md", "-o", out, "--include", "agree").exit_code == 0
    assert "employer changed its figure over time: 4.5% (2031-03-02), then 5.5% (2031-04-09)" in out.read_text().replace("\\", "")
    out_json = tmp_path / "r.json"
    assert cli(runner, "--db", db_path, "--format", "json", "-o", out_json, "--include", "agree").exit_code == 0
    data = json.loads(out_json.read_text())
    schema("report.schema.json").validate(data)
    assert [m["over_time"] for m in data["measures"] if m["name"] == "raise"][0][0]["group"] == "employer"
