"""The real interactive review, driven through a pseudo-terminal as a person would."""
import os
import sys

import pexpect
import pytest

from factcheck.store import Store
from pair_fixtures import build_pairs
from robust_helpers import interruptible

TIMEOUT = 20


@pytest.fixture
def three_pairs(db_path):
    build_pairs(db_path, 3)
    return db_path


def spawn_review(db_path, *args):
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    env.pop("NO_COLOR", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "factcheck", "review", "--db", str(db_path), "--reviewer", "alice", *args],
        env=env,
        dimensions=(24, 80),
        encoding="utf-8",
        timeout=TIMEOUT,
        preexec_fn=interruptible,
    )


def events(db_path):
    with Store(db_path, create=True) as store:
        return [(e.pair_id, e.label, e.reviewer, e.note) for e in store.label_events()]


def queue_order(db_path):
    from factcheck.review.queue import QueueOptions, load_queue

    with Store(db_path, create=True) as store:
        return [item.pair_id for item in load_queue(store, QueueOptions("alice"))]


def test_label_note_back_relabel_quit(three_pairs):
    first, second, third = queue_order(three_pairs)
    child = spawn_review(three_pairs)
    child.expect("Pair 1 of 3")
    child.send("a")
    child.expect("Pair 2 of 3")
    child.send("c")
    child.expect("Pair 3 of 3")
    child.send("u")
    child.expect("End of the queue")
    child.send("b")
    child.expect("Pair 3 of 3")
    child.send("n")
    child.expect("Note")
    child.sendline("figures differ by a dollar")
    child.expect("Note saved")
    child.send("b")
    child.expect("Pair 2 of 3")
    child.expect("conflict")  # shows the label given a moment ago
    child.send("a")
    child.expect("Pair 3 of 3")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in child.before
    assert events(three_pairs) == [
        (first, "agree", "alice", ""),
        (second, "conflict", "alice", ""),
        (third, "unverifiable", "alice", ""),
        (third, "unverifiable", "alice", "figures differ by a dollar"),
        (second, "agree", "alice", ""),
    ]


def label_first_then_interrupt(db_path, *then: tuple[str, str]) -> str:
    """Label the first pair, send each (keys, expected echo), press Ctrl-C; check the exit; return the output."""
    child = spawn_review(db_path)
    child.expect("Pair 1 of 3")
    child.send("c")
    child.expect("Pair 2 of 3")
    for keys, echo in then:
        child.send(keys)
        child.expect(echo)
    child.sendintr()
    child.expect(pexpect.EOF)
    output = child.before
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in output
    assert "Interrupted" in output
    return output


def test_ctrl_c_keeps_labels_and_exits_130(three_pairs):
    first = queue_order(three_pairs)[0]
    label_first_then_interrupt(three_pairs)
    assert events(three_pairs) == [(first, "conflict", "alice", "")]


def test_ctrl_c_while_typing_a_note(three_pairs):
    label_first_then_interrupt(three_pairs, ("n", "Note"), ("half a no", "half a no"))
    assert [e[1] for e in events(three_pairs)] == ["conflict"]


def test_resumes_with_unlabelled_pairs(three_pairs):
    first, second, _ = queue_order(three_pairs)
    with Store(three_pairs) as store:
        store.add_label(first, "agree", "alice")
        store.add_label(second, "agree", "bob")  # someone else's label does not take it off alice's queue
    child = spawn_review(three_pairs)
    child.expect("Pair 1 of 2")
    child.expect(f"#{second}")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_context_shows_neighbouring_sentences(three_pairs):
    child = spawn_review(three_pairs)
    child.expect("Pair 1 of 3")
    child.send("o")
    child.expect("Intro line here")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
