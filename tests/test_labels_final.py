"""One meaning for a label: `pairs --label`, `agreement`, the report, `stats` and learning all use the final label."""
import json

import pytest

from factcheck.cli import app
from factcheck.labels.final import final_label, final_labels
from factcheck.pairing.learn import MIN_LABELS, compare_with_labels
from factcheck.store import open_store
from pair_fixtures import build_pairs

DISPUTED, SETTLED = 1, 2


@pytest.fixture
def labelled_db(db):
    """Pair 1: ann says agree, bob conflict, nobody settles it. Pair 2: the same, then the lead settles conflict."""
    build_pairs(db, 6)
    with open_store(db) as store:
        for pair_id in (DISPUTED, SETTLED):
            store.add_label(pair_id, "agree", "ann")
            store.add_label(pair_id, "conflict", "bob")
        store.add_label(SETTLED, "conflict", "lead", adjudication=True)
    return db


def cli_json(runner, *args):
    result = runner.invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_pairs_agreement_report_and_stats_agree_on_a_disputed_and_a_settled_pair(runner, labelled_db):
    db = ["--db", str(labelled_db)]
    assert [p["id"] for p in cli_json(runner, "pairs", "--json", "--label", "conflict", *db)] == [SETTLED]
    assert cli_json(runner, "pairs", "--json", "--label", "agree", *db) == []
    listed = {p["id"]: (p["label"], p["disputed"]) for p in cli_json(runner, "pairs", "--json", *db)}
    assert listed[DISPUTED] == (None, True) and listed[SETTLED] == ("conflict", False)

    split = {row["pair"]: (row["final"], row["adjudicated"]) for row in cli_json(runner, "agreement", "--json", *db) if "pair" in row}
    assert split == {DISPUTED: (None, False), SETTLED: ("conflict", True)}

    done = runner.invoke(app, ["report", "--format", "json", "--include", "agree,unverifiable", *db])
    assert done.exit_code == 0, done.output
    report = json.loads(done.output)
    in_report = {p["id"]: (p["status"], p["label"]) for t in report["topics"] for p in t["pairs"]}
    assert in_report[SETTLED] == ("reviewed", "conflict")
    assert in_report[DISPUTED][0] == "disputed"

    [stats] = cli_json(runner, "stats", "--json", *db)
    assert stats["by_label"]["disputed"] == 1 and stats["by_label"]["conflict"] == 1 and stats["labelled_pairs"] == 2


def test_final_label_of_one_pair_is_the_rule_every_command_uses(labelled_db):
    with open_store(labelled_db) as store:
        everyone = final_labels(store)
        for pair_id in (DISPUTED, SETTLED):
            assert final_label(store.label_events(pair_id)) == everyone[pair_id]
    assert everyone[DISPUTED].label is None and everyone[DISPUTED].disputed and not everyone[DISPUTED].trainable
    assert everyone[SETTLED].label == "conflict" and everyone[SETTLED].adjudicator == "lead"


def test_learning_ignores_disputed_pairs_until_a_lead_settles_them(db):
    build_pairs(db, MIN_LABELS + 2)
    with open_store(db) as store:
        for pair_id in range(1, MIN_LABELS + 1):
            store.add_label(pair_id, ("agree", "conflict")[pair_id % 2], "ann")
        for pair_id in (MIN_LABELS + 1, MIN_LABELS + 2):
            store.add_label(pair_id, "agree", "ann")
            store.add_label(pair_id, "conflict", "bob")
        assert compare_with_labels(store).n_labels == MIN_LABELS
        store.add_label(MIN_LABELS + 1, "agree", "lead", adjudication=True)
        assert compare_with_labels(store).n_labels == MIN_LABELS + 1
