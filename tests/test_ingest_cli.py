"""Ingest through the real CLI: formats, idempotence, and one clear line for each kind of bad input."""
import json
import subprocess
import sys

import pytest

from factcheck.cli import app

ARTICLE = (
    "Union leaders said the hospital pays nurses 12 percent less than nearby employers.\n"
    "The hospital said it pays above the market rate and offered a raise of 6 percent.\n"
)


def ingest(runner, db_path, *paths, **kwargs):
    return runner.invoke(app, ["ingest", "--db", str(db_path), *map(str, paths)], **kwargs)


def rows(runner, db_path, command):
    result = runner.invoke(app, [command, "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ingest_text_with_metadata_header(runner, db_path, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("title: Nurses strike\npublisher: The Ledger\ndate: 2024-05-01\nurl: https://example.org/a\n\n" + ARTICLE)
    result = ingest(runner, db_path, path)
    assert result.exit_code == 0, result.output
    assert "1 documents added" in result.stdout
    [doc] = rows(runner, db_path, "documents")
    assert (doc["title"], doc["publisher"], doc["published"], doc["url"]) == (
        "Nurses strike", "The Ledger", "2024-05-01", "https://example.org/a")
    claims = rows(runner, db_path, "claims")
    assert any(q["unit"] == "percent" and q["value"] == 12 for c in claims for q in c["quantities"])
    assert all("title:" not in c["text"] for c in claims)


def test_reingest_changes_nothing_and_changed_file_replaces(runner, db_path, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE)
    assert ingest(runner, db_path, path).exit_code == 0
    before = rows(runner, db_path, "claims")
    again = ingest(runner, db_path, path)
    assert "0 documents added" in again.stdout and "1 skipped" in again.stdout
    assert rows(runner, db_path, "claims") == before
    path.write_text(ARTICLE + "Managers said 300 workers crossed the picket line on Monday.\n")
    changed = ingest(runner, db_path, path)
    assert "1 replaced" in changed.stdout
    assert len(rows(runner, db_path, "documents")) == 1
    texts = [c["text"] for c in rows(runner, db_path, "claims")]
    assert any("300 workers" in t for t in texts)


def test_html_visible_text_and_meta(runner, db_path, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title><meta property='og:title' content='Drivers walk out'>"
        "<meta property='article:published_time' content='2023-10-04T08:00:00Z'>"
        "<meta property='og:site_name' content='City Courier'><style>p{color:red}</style>"
        "<script>var secret = 'do not index';</script></head><body><nav>Home | Sports | Subscribe</nav>"
        f"<article><p>{ARTICLE}</p></article><footer>Copyright</footer></body></html>"
    )
    assert ingest(runner, db_path, page).exit_code == 0
    [doc] = rows(runner, db_path, "documents")
    assert (doc["title"], doc["published"], doc["publisher"]) == ("Drivers walk out", "2023-10-04", "City Courier")
    text = " ".join(c["text"] for c in rows(runner, db_path, "claims"))
    assert "12 percent" in text and "secret" not in text and "Subscribe" not in text


def test_an_html_list_stays_a_list_and_table_cells_stay_apart(runner, db_path, tmp_path):
    page = tmp_path / "offer.html"
    page.write_text(
        "<html><body><article><p>Teachers of the Harbour Teachers Union walked out on Monday.</p>"
        "<p>The district offered the following:</p><ul><li>A 6% raise over two years</li>"
        "<li>Class sizes capped at 35 students</li></ul>"
        "<table><tr><td>Nurses hired</td><td>150 more</td></tr></table></article></body></html>"
    )
    assert ingest(runner, db_path, page).exit_code == 0
    claims = {c["text"]: c for c in rows(runner, db_path, "claims")}
    assert claims["A 6% raise over two years"]["side"] == "employer"  # an item of the district's list
    assert claims["Class sizes capped at 35 students"]["side"] == "employer"
    assert not any("hired150" in text for text in claims)


def test_jsonl_and_csv_rows_are_documents(runner, db_path, tmp_path):
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": ARTICLE, "title": "Row one", "url": "https://e.org/1"}) + "\n")
    (tmp_path / "docs.csv").write_text('title,text,date\n"Row two","Managers said 40 nurses quit in March.",2024-03-02\n')
    result = ingest(runner, db_path, tmp_path)
    assert result.exit_code == 0, result.output
    docs = rows(runner, db_path, "documents")
    assert sorted(d["title"] for d in docs) == ["Row one", "Row two"]
    assert any(d["path"].endswith("docs.csv#2") for d in docs)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"   \n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
        ("bad.jsonl", b'{"text": "fine row with 5 workers said"}\n{not json\n', "bad.jsonl:2: malformed JSON"),
        ("notext.csv", b"title,body\nA,B\n", "no text column"),
    ],
)
def test_bad_input_one_line_and_exit_1_while_good_files_still_go_in(runner, db_path, tmp_path, name, content, message):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = ingest(runner, db_path, bad, good)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0] and name in errors[0]
    assert "Traceback" not in result.output
    assert any(d["path"].endswith("good.txt") for d in rows(runner, db_path, "documents"))


def test_not_utf8_is_decoded_with_a_warning(runner, db_path, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The caf\xe9 workers said 20 staff were cut.\n".encode("cp1252"))
    result = ingest(runner, db_path, path)
    assert result.exit_code == 0
    assert "Warning:" in result.stderr and "not valid UTF-8" in result.stderr
    assert any("café" in c["text"] for c in rows(runner, db_path, "claims"))


def test_file_above_size_limit_is_refused(runner, db_path, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 20000)
    result = runner.invoke(app, ["ingest", "--db", str(db_path), "--max-size", "1", str(path)])
    assert result.exit_code == 1 and "above the 1 MB limit" in result.stderr


def test_bad_parties_file(runner, db_path, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    parties = tmp_path / "p.toml"
    parties.write_text("[union\naliases = ")
    result = runner.invoke(app, ["ingest", "--db", str(db_path), "--parties", str(parties), str(tmp_path / "a.txt")])
    assert result.exit_code == 1 and result.stderr.startswith("Error:") and "p.toml" in result.stderr


def test_database_that_is_not_sqlite_is_untouched(runner, tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"plain text, not sqlite " * 50)
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = ingest(runner, db, tmp_path / "a.txt")
    assert result.exit_code == 1 and "not a factcheck database" in result.stderr
    assert db.read_bytes() == b"plain text, not sqlite " * 50


@pytest.mark.parametrize("argv", [["--help"], ["documents"], ["claims"]])
def test_fast_commands_do_not_import_torch(tmp_path, argv):
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        f"try:\n    app({argv!r} + (['--db', {str(tmp_path / 'x.db')!r}] if {argv!r} != ['--help'] else []))\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'sklearn', 'transformers') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_markdown_is_read_as_its_text(runner, db_path, tmp_path):
    path = tmp_path / "offer.md"
    path.write_text(
        "# Operator improves its offer\n\n*By A. Writer, The Post*\n\n"
        "The **operator** said its [new offer](https://example.org/offer) is worth 5.5 per cent over two years.\n\n"
        "The union's claim, as set out to members:\n\n- a pay rise of 9 per cent\n- a 35-hour week for station staff\n"
    )
    assert ingest(runner, db_path, path).exit_code == 0
    [doc] = rows(runner, db_path, "documents")
    assert doc["title"] == "Operator improves its offer"
    texts = [c["text"] for c in rows(runner, db_path, "claims")]
    assert any(t.startswith("The operator said its new offer is worth 5.5 per cent") for t in texts), texts
    assert not [t for t in texts if any(mark in t for mark in ("#", "**", "](", "*By"))]
    assert any("9 per cent" in t for t in texts)


def test_a_release_is_titled_by_its_headline(runner, db_path, tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("FOR IMMEDIATE RELEASE\nOctober 2, 2025\n\nContact: Press Office, (201) 555-0147\n\n"
                    "NURSES HOLD THE LINE ON DAY TWO\n\nMore than 3,000 nurses remain on strike, the union said.\n")
    assert ingest(runner, db_path, path).exit_code == 0
    [doc] = rows(runner, db_path, "documents")
    assert doc["title"] == "NURSES HOLD THE LINE ON DAY TWO"


def test_articles_ingested_together_teach_each_other_who_the_employer_is(runner, db_path, tmp_path):
    folder = tmp_path / "dispute"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The Harwell Transit Union said on Monday that 4,000 drivers at Corvane would walk out for three days. "
        "Corvane said it had offered a raise of 6%.\n")
    (folder / "b.txt").write_text(
        "Buses stood idle as the Harwell Transit Union kept 4,000 Corvane drivers on strike. Corvane's chief "
        "executive said the company could not afford more than 6%.\n")
    # The broker's note never says what Corvane is: the other two articles do.
    (folder / "c.txt").write_text("Each strike day costs the operator 14 million euros. Corvane's forecast for the "
                                  "year stands at 310 million euros.\n")
    assert ingest(runner, db_path, folder).exit_code == 0
    [guidance] = [c for c in rows(runner, db_path, "claims") if "forecast for the year" in c["text"]]
    assert guidance["side"] == "employer"
