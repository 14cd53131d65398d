"""pair, pairs, search, clusters through the command line, with the real bundled model.

The model loads once per test session (the encoder caches it in-process),
so these few tests stay quick.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import app
from factcheck.store import Store
from tests.conftest import FACTCHECK
from tests.pairing_helpers import add_document, wage_dispute


@pytest.fixture(scope="module")
def paired_db(tmp_path_factory):
    """A database of two short made-up articles, paired once with the real model."""
    from typer.testing import CliRunner

    path = tmp_path_factory.mktemp("pairs") / "pairs.db"
    with Store(path, create=True) as store:
        wage_dispute(store)
        add_document(store, "c.txt", [
            ("Union leaders accused the hotel group of bargaining in bad faith, which the company denied.", "union", None),
            ("The hotel group said its negotiators have bargained in good faith from the start.", "employer", None),
        ])
    result = CliRunner().invoke(app, ["pair", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "pairs" in result.output.splitlines()[-1]
    return path


CLAIM_KEYS = {"id", "document", "position", "char_start", "char_end", "text", "speaker", "side", "checkworthiness",
              "stance", "quantities"}


def run(runner, *args):
    return runner.invoke(app, [*args])


def test_pairs_json_lines_carry_both_claims_and_the_suggestion(runner, paired_db):
    result = run(runner, "pairs", "--json", "--db", str(paired_db))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows
    for row in rows:
        assert set(row) >= {"id", "claim_a", "claim_b", "similarity", "suggested_label", "confidence", "reasons", "label", "topic"}
        assert set(row["claim_a"]) == set(row["claim_b"]) == CLAIM_KEYS  # one shape for a claim everywhere
        assert row["claim_a"]["id"] < row["claim_b"]["id"] and row["label"] is None
    wages = [r for r in rows if "$19.50" in r["claim_a"]["text"] + r["claim_b"]["text"] and "$16" in r["claim_a"]["text"] + r["claim_b"]["text"]]
    assert wages and wages[0]["suggested_label"] == "conflict"


def test_pairs_filters_by_label_and_suggestion(runner, paired_db):
    rows = [json.loads(l) for l in run(runner, "pairs", "--json", "--db", str(paired_db)).output.splitlines()]
    with Store(paired_db) as store:
        store.add_label(rows[0]["id"], "agree", "ana")
    labelled = run(runner, "pairs", "--json", "--label", "agree", "--db", str(paired_db)).output.splitlines()
    assert [json.loads(l)["id"] for l in labelled] == [rows[0]["id"]]
    assert json.loads(labelled[0])["label"] == "agree"
    unlabeled = run(runner, "pairs", "--json", "--unlabeled", "--db", str(paired_db)).output.splitlines()
    assert len(unlabeled) == len(rows) - 1
    suggested = [json.loads(l) for l in run(runner, "pairs", "--json", "--suggested", "conflict", "--db", str(paired_db)).output.splitlines()]
    assert suggested and {r["suggested_label"] for r in suggested} == {"conflict"}
    bad = run(runner, "pairs", "--label", "maybe", "--db", str(paired_db))
    assert bad.exit_code != 0


def test_search_ranks_the_wage_claim_first(runner, paired_db):
    result = run(runner, "search", "how much housekeepers are paid per hour", "-n", "3", "--json", "--db", str(paired_db))
    assert result.exit_code == 0, result.output
    rows = [json.loads(l) for l in result.output.splitlines()]
    assert len(rows) == 3 and rows[0]["score"] >= rows[-1]["score"]
    assert "an hour" in rows[0]["text"]
    by_side = [json.loads(l) for l in run(runner, "search", "wages", "--side", "union", "--json", "--db", str(paired_db)).output.splitlines()]
    assert by_side and {r["side"] for r in by_side} == {"union"}


def test_search_by_claim_leaves_the_claim_itself_out(runner, paired_db):
    result = run(runner, "search", "--claim", "1", "-n", "2", "--json", "--db", str(paired_db))
    rows = [json.loads(l) for l in result.output.splitlines()]
    assert result.exit_code == 0 and len(rows) == 2 and 1 not in [r["id"] for r in rows]


def test_clusters_lists_topics_with_their_claims(runner, paired_db):
    result = run(runner, "clusters", "--json", "--db", str(paired_db))
    assert result.exit_code == 0
    groups = [json.loads(l) for l in result.output.splitlines()]
    assert groups and all(g["topic"] and len(g["claims"]) >= 2 for g in groups)


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "--claim", "999"], "no claim with id 999"),
        (["search"], "give either a QUERY or --claim ID"),
        (["pair", "--model", "./no/such/model"], "no such folder"),
        (["pair", "--nli-model", "/no/such/nli"], "no such folder"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(runner, paired_db, args, message):
    result = run(runner, *args, "--db", str(paired_db))
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_pairing_an_empty_database_says_there_are_no_claims(runner, db_path):
    Store(db_path, create=True).close()
    result = run(runner, "pair", "--db", str(db_path))
    assert result.exit_code == 1
    assert "no claims yet" in result.output


@pytest.mark.parametrize("args", [["--help"], ["documents"], ["claims"], ["pairs"], ["clusters"]])
def test_commands_that_do_not_embed_never_import_torch(args, db_path):
    code = (
        "import sys\n"
        "from factcheck.cli import app\n"
        f"try:\n    app({args + ['--db', str(db_path)] if args != ['--help'] else args!r})\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "HEAVY []" in done.stderr, done.stderr[-2000:]


def test_the_installed_command_pairs_through_a_subprocess(paired_db):
    done = subprocess.run([str(FACTCHECK), "pairs", "--db", str(paired_db)], capture_output=True, text=True)
    assert done.returncode == 0 and "sim" in done.stdout


def test_a_report_of_extracted_claims_validates_against_its_schema(runner, tmp_path):
    # Claims read by the extractor carry whole frames (owner, measure, place ...): the schema must know every field.
    import jsonschema
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("In Lakeport, police counted 9,000 marchers on Saturday, the city said.\n"
                                  "The Harbor Workers Union said 30,000 people marched in Lakeport.\n")
    (corpus / "b.txt").write_text("Organisers said 30,000 people marched in Lakeport on Saturday.\n"
                                  "The union wants a 6% raise, while the port offered 3%.\n")
    db, out = tmp_path / "r.db", tmp_path / "r.json"
    for args in (["ingest", str(corpus)], ["pair"], ["report", "-f", "json", "-o", str(out), "--include", "agree,unverifiable"]):
        result = run(runner, *args, "--db", str(db))
        assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    frames = [q["frame"] for t in report["topics"] for p in t["pairs"] for c in p["claims"]
              for q in c["quantities"]]
    assert frames and all(f and "place" in f for f in frames)
    schema = json.loads((Path(__file__).resolve().parents[1] / "factcheck" / "schemas" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(report)
