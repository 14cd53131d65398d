"""What the review shows and in which order, driven with keys from a pipe (no terminal needed)."""
import json
import subprocess
import sys

import pytest

from factcheck.cli import app
from factcheck.review.queue import QueueOptions, load_queue
from factcheck.review.screen import context_around, pair_view
from factcheck.store import open_store
from pair_fixtures import build_pairs


@pytest.fixture
def pairs_db(db):
    build_pairs(db, 12)
    return db


def queue(db, reviewer="ann", **options):
    with open_store(db) as store:
        return list(load_queue(store, QueueOptions(reviewer, **options)))


def review(runner, db, keys, *args, reviewer="ann"):
    result = runner.invoke(app, ["review", "--db", str(db), "--reviewer", reviewer, *args], input=keys)
    assert result.exit_code == 0, result.output
    return result.output


def test_most_useful_first(pairs_db):
    with open_store(pairs_db) as store:
        store.db.execute("update pairs set suggested_label = 'conflict', confidence = 0.9 where id in (3, 4)")
        store.db.execute("update pairs set confidence = 0.99 where id = 5 and suggested_label != 'conflict'")
        # pair 4 within one side: after pair 3, which is across sides, though their confidence is equal
        store.db.execute(
            "update claims set side = (select side from claims where id = (select claim_a from pairs where id = 4))"
            " where id = (select claim_b from pairs where id = 4)"
        )
        store.db.conn.commit()
        suggested = {p.id: (p.suggested_label, p.confidence) for p in store.pairs()}
    items = queue(pairs_db)
    order = [i.pair_id for i in items]
    conflicts = [p for p in order if suggested[p][0] == "conflict"]
    assert order[: len(conflicts)] == conflicts
    assert order.index(3) < order.index(4)
    rest = [(i.a.side != i.b.side, i.confidence) for i in items[len(conflicts):]]
    assert rest == sorted(rest, reverse=True)


def test_labelled_pairs_leave_the_queue_unless_relabel(pairs_db):
    with open_store(pairs_db) as store:
        store.add_label(1, "agree", "ann")
        store.add_label(2, "agree", "bob")
    assert 1 not in [i.pair_id for i in queue(pairs_db)]
    assert 2 in [i.pair_id for i in queue(pairs_db)]
    relabel = queue(pairs_db, relabel=True)
    assert relabel[-1].pair_id == 1 and relabel[-1].label == "agree"  # unlabelled pairs first
    assert len(relabel) == 12


def test_filters_and_limit(pairs_db):
    assert {i.topic for i in queue(pairs_db, topic="WAG")} == {"wages"}
    assert {i.suggested for i in queue(pairs_db, suggested="agree")} == {"agree"}
    assert len(queue(pairs_db, limit=5)) == 5


def test_blind_hides_other_reviewers(pairs_db):
    with open_store(pairs_db) as store:
        store.add_label(1, "conflict", "bob", note="bob's reason")
    seen = {i.pair_id: i for i in queue(pairs_db)}
    assert [(v.reviewer, v.label, v.note) for v in seen[1].others] == [("bob", "conflict", "bob's reason")]
    assert all(not i.others for i in queue(pairs_db, blind=True))


def test_keys_from_a_pipe_label_skip_and_back(runner, pairs_db):
    order = [i.pair_id for i in queue(pairs_db)]
    output = review(runner, pairs_db, "asc" + "bb" + "u" + "q")
    with open_store(pairs_db) as store:
        events = [(e.pair_id, e.label) for e in store.label_events()]
    assert events == [(order[0], "agree"), (order[2], "conflict"), (order[1], "unverifiable")]
    assert "Pair 1 of 12" in output and "3 label events saved for ann" in output


def test_note_on_unlabelled_pair_asks_for_its_label(runner, pairs_db):
    first = queue(pairs_db)[0].pair_id
    review(runner, pairs_db, "n" + "needs the source\n" + "c" + "q")
    with open_store(pairs_db) as store:
        assert [(e.pair_id, e.label, e.note) for e in store.label_events()] == [(first, "conflict", "needs the source")]


def test_adjudicate_walks_disagreements(runner, pairs_db):
    with open_store(pairs_db) as store:
        store.add_label(2, "agree", "ann")
        store.add_label(2, "conflict", "bob")
        store.add_label(3, "agree", "ann")
        store.add_label(3, "agree", "bob")
    output = review(runner, pairs_db, "cq", "--adjudicate", reviewer="lead")
    assert "Pair 1 of 1" in output and "Reviewer bob: conflict" in output
    from factcheck.labels.final import final_labels

    with open_store(pairs_db) as store:
        finals = final_labels(store)
        assert (finals[2].label, finals[2].adjudicated) == ("conflict", True)
    assert "No disagreements to settle" in review(runner, pairs_db, "q", "--adjudicate", reviewer="lead")


def test_nothing_to_review(runner, db):
    build_pairs(db, 1)
    review(runner, db, "aq")
    assert "Nothing left to review for ann" in review(runner, db, "q")


def test_escape_sequences_in_documents_are_neutralised(pairs_db):
    with open_store(pairs_db) as store:
        store.db.execute("update claims set text = 'Pay \x1b]0;pwned\x07 is [bold]$5[/bold]' where id = 1")
        store.db.execute("update documents set title = 'Title\x1b[2J' where id = 1")
        store.db.conn.commit()
    [item] = [i for i in queue(pairs_db) if i.a.id == 1][:1]
    from rich.console import Console

    console = Console(width=80, record=True, force_terminal=True, color_system="standard")
    console.print(pair_view(item, 1, 1))
    text = console.export_text(styles=True, clear=False)
    assert "\x1b]0;" not in text and "\x1b[2J" not in text and "\x07" not in text
    assert "[bold]$5[/bold]" in console.export_text()  # shown as text, not taken as markup


def test_fits_80_columns(pairs_db):
    from rich.console import Console

    console = Console(width=80, record=True, no_color=True)
    console.print(pair_view(queue(pairs_db)[0], 1, 12))
    assert max(len(line) for line in console.export_text().splitlines()) <= 80


def test_context_sentences():
    from factcheck.review.queue import ClaimView

    text = "One. Two is here! Three? The claim. Four. Five."
    start = text.index("The claim.")
    claim = ClaimView(1, "The claim.", "", "", 1, start, start + len("The claim."), "", "", "", ())
    one = context_around(text, claim, 1)
    assert (one.before, one.after) == ("Three?", "Four.")
    two = context_around(text, claim, 2)
    assert (two.before, two.after) == ("Two is here! Three?", "Four. Five.")


def test_review_does_not_import_heavy_libraries(pairs_db):
    script = (
        "import sys, json\n"
        "from typer.testing import CliRunner\n"
        "from factcheck.cli import app\n"
        f"r = CliRunner().invoke(app, ['review', '--db', {str(pairs_db)!r}, '--reviewer', 'x'], input='aoq')\n"
        "assert r.exit_code == 0, r.output\n"
        "heavy = {'torch', 'sentence_transformers', 'sklearn', 'transformers'}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []
