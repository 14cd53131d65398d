"""Label events, final labels, agreement and stats."""
import json
import sys

import pytest

from factcheck.cli import app
from factcheck.labels.final import final_labels, kappa_scores
from factcheck.store import open_store
from pair_fixtures import build_pairs


@pytest.fixture
def pairs_db(db):
    build_pairs(db, 6)
    return db


def invoke(runner, *args, env=None):
    return runner.invoke(app, [str(a) for a in args], env=env)


def test_label_command_appends_events(runner, pairs_db):
    assert invoke(runner, "label", 1, "agree", "--reviewer", "ann", "--db", pairs_db).exit_code == 0
    assert invoke(runner, "label", 1, "conflict", "--note", "wage differs", "--reviewer", "ann", "--db", pairs_db).exit_code == 0
    with open_store(pairs_db) as store:
        events = store.label_events()
    assert [(e.pair_id, e.label, e.reviewer, e.note) for e in events] == [
        (1, "agree", "ann", ""),
        (1, "conflict", "ann", "wage differs"),
    ]
    assert final_labels_for(pairs_db)[1].label == "conflict"


def final_labels_for(db):
    with open_store(db) as store:
        return final_labels(store)


def test_reviewer_from_environment_then_login_name(runner, pairs_db, monkeypatch):
    assert invoke(runner, "label", 2, "agree", "--db", pairs_db, env={"FACTCHECK_REVIEWER": "envy"}).exit_code == 0
    monkeypatch.setattr("getpass.getuser", lambda: "loginname")
    assert invoke(runner, "label", 2, "agree", "--db", pairs_db).exit_code == 0
    assert final_labels_for(pairs_db)[2].reviewers == ("envy", "loginname")


@pytest.mark.parametrize(
    "args, message",
    [
        (["label", "99", "agree", "--reviewer", "x"], "no pair with id 99"),
        (["label", "1", "maybe", "--reviewer", "x"], "label must be one of agree, conflict, unverifiable"),
        (["labels", "import", "/nonexistent/x.jsonl"], "file not found"),
        (["review", "--suggested", "perhaps", "--reviewer", "x"], "--suggested: label must be one of"),
    ],
)
def test_bad_input_is_one_line_without_traceback(runner, pairs_db, args, message):
    result = invoke(runner, *args, "--db", pairs_db)
    assert result.exit_code != 0
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_final_label_rules(pairs_db):
    with open_store(pairs_db) as store:
        store.add_label(1, "agree", "ann")
        store.add_label(1, "agree", "bob")  # all agree
        store.add_label(2, "agree", "ann")
        store.add_label(2, "conflict", "bob")  # disputed
        store.add_label(3, "agree", "ann")
        store.add_label(3, "conflict", "bob")
        store.add_label(3, "unverifiable", "lead", note="source unclear", adjudication=True)
        store.add_label(3, "conflict", "lead", adjudication=True)  # the latest adjudication wins
        store.add_label(4, "conflict", "ann", note="first thought")
        store.add_label(4, "agree", "ann")  # a reviewer's latest event is their label
        finals = final_labels(store)
    assert set(finals) == {1, 2, 3, 4}
    assert (finals[1].label, finals[1].disputed, finals[1].reviewers) == ("agree", False, ("ann", "bob"))
    assert (finals[2].label, finals[2].disputed, finals[2].adjudicated) == (None, True, False)
    assert (finals[3].label, finals[3].adjudicated, finals[3].adjudicator) == ("conflict", True, "lead")
    assert finals[3].notes == ("source unclear",)
    assert finals[3].reviewers == ("ann", "bob")  # the lead's settlement is not a vote
    assert (finals[4].label, finals[4].notes) == ("agree", ("first thought",))


def test_kappa_for_each_two_reviewers(pairs_db):
    with open_store(pairs_db) as store:
        for pair, (a, b, c) in enumerate(
            [("agree", "agree", "agree"), ("conflict", "conflict", "agree"), ("agree", "conflict", "agree"),
             ("conflict", "conflict", "conflict")],
            start=1,
        ):
            store.add_label(pair, a, "ann")
            store.add_label(pair, b, "bob")
            store.add_label(pair, c, "cy")
        scores = {(s.first, s.second): s for s in kappa_scores(final_labels(store))}
    assert set(scores) == {("ann", "bob"), ("ann", "cy"), ("bob", "cy")}
    assert scores[("ann", "bob")].shared == 4
    assert scores[("ann", "bob")].kappa == pytest.approx(0.5)


def test_agreement_command_lists_disagreements(runner, pairs_db):
    with open_store(pairs_db) as store:
        store.add_label(1, "agree", "ann")
        store.add_label(1, "conflict", "bob")
        store.add_label(2, "agree", "ann")
        store.add_label(2, "agree", "bob")
        store.add_label(3, "agree", "ann")
        store.add_label(3, "conflict", "bob")
        store.add_label(3, "conflict", "lead", adjudication=True)
    result = invoke(runner, "agreement", "--db", pairs_db)
    assert result.exit_code == 0, result.output
    assert "kappa ann / bob:" in result.output
    assert "#1  ann: agree, bob: conflict  [unsettled]" in result.output
    assert "#3  ann: agree, bob: conflict  [settled: conflict by lead]" in result.output
    assert "#2 " not in result.output
    rows = [json.loads(line) for line in invoke(runner, "agreement", "--json", "--db", pairs_db).output.splitlines()]
    assert {"pair": 1, "votes": {"ann": "agree", "bob": "conflict"}, "final": None, "adjudicated": False} in rows


def test_stats(runner, pairs_db):
    with open_store(pairs_db) as store:
        documents = store.counts()["documents"]
        suggested = {p.id: p.suggested_label for p in store.pairs()}
        store.add_label(1, suggested[1], "ann")
        store.add_label(2, "agree" if suggested[2] != "agree" else "conflict", "ann")
        store.add_label(3, "agree", "ann")
        store.add_label(3, "conflict", "bob")
    result = invoke(runner, "stats", "--json", "--db", pairs_db)
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert (found["documents"], found["pairs"], found["labelled_pairs"]) == (documents, 6, 3)
    assert found["by_label"]["disputed"] == 1
    assert sum(found["by_reviewer"]["ann"].values()) == 3
    assert found["by_reviewer"]["bob"] == {"conflict": 1}
    assert found["learning"] is None
    assert found["suggestion_accuracy"] == 0.5 and found["suggestion_scored"] == 2
    text = invoke(runner, "stats", "--db", pairs_db).output
    assert "suggestion accuracy (rules): 50.0% of 2 labelled pairs" in text


def test_stats_shows_classifier_when_learn_exists(runner, pairs_db, monkeypatch):
    import types
    from dataclasses import dataclass

    @dataclass
    class LearningReport:
        n_labels: int
        rules_accuracy: float
        classifier_cv_accuracy: float

    learn = types.ModuleType("factcheck.pairing.learn")
    learn.compare_with_labels = lambda store: LearningReport(40, 0.6, 0.75)
    monkeypatch.setitem(sys.modules, "factcheck.pairing.learn", learn)
    text = invoke(runner, "stats", "--db", pairs_db).output
    assert "learned classifier: 75.0% cross-validated vs rules 60.0% (40 labels)" in text
