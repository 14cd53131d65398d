"""A team on one PostgreSQL database: five reviewers labelling while `pair` runs again and again and an ingest goes in."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from factcheck.store import open_store
from robust_helpers import run_cli, write_corpus

TESTS = Path(__file__).resolve().parent
REVIEWERS = ("ann", "bob", "cat", "dan", "eve")
LABELS_EACH = 200

# Each reviewer runs the real `factcheck label` command in a loop in one interpreter. A pair that a `pair` run
# dropped just before (nobody had labelled it yet) is answered "no pair": the reviewer moves on to the next.
REVIEWER = textwrap.dedent(
    """
    import contextlib, io, sys
    from factcheck.cli import main

    db, reviewer, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pairs = [int(p) for p in sys.argv[4].split(",")]
    labels = ("agree", "conflict", "unverifiable")
    given = gone = 0
    while given < count:
        pair = pairs[(given + gone) % len(pairs)]
        sys.argv = ["factcheck", "label", str(pair), labels[(given + sum(map(ord, reviewer))) % 3],
                    "--note", f"{reviewer} {given}", "--reviewer", reviewer, "--db", db]
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                main()
        except SystemExit as e:
            if e.code:
                if f"no pair with id {pair}" not in err.getvalue():
                    sys.exit(f"label {given} exited {e.code}: {err.getvalue()}")
                gone += 1
                continue
        given += 1
    print(gone)
    """
)

PAIRER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[2])
    from factcheck.pairing.stage import run_pairing
    from factcheck.store import open_store
    from pairing_helpers import FakeEncoder

    for run in range(int(sys.argv[3])):
        with open_store(sys.argv[1]) as store:
            print(run_pairing(store, FakeEncoder(), 0.3).summary(), flush=True)
    """
)


def spawn(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_five_reviewers_a_pair_run_and_an_ingest_at_once(postgres_db, tmp_path):
    assert run_cli("ingest", str(write_corpus(tmp_path / "first", 12)), "--db", postgres_db).returncode == 0
    first = spawn("-c", PAIRER, postgres_db, str(TESTS), "1")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    with open_store(postgres_db) as store:
        pair_ids = [p.id for p in store.pairs()][:60]
    assert len(pair_ids) == 60

    later = write_corpus(tmp_path / "later", 30)
    for n, path in enumerate(sorted(later.iterdir())):  # new articles, not copies of the first ones
        path.write_text(path.read_text().replace("Dispute update number", f"Later report {n}:").replace("walked", "marched"))
    processes = [
        spawn("-m", "factcheck", "ingest", str(later), "--db", postgres_db),
        spawn("-c", PAIRER, postgres_db, str(TESTS), "4"),
        *(spawn("-c", REVIEWER, postgres_db, name, str(LABELS_EACH), ",".join(map(str, pair_ids))) for name in REVIEWERS),
    ]
    outputs = [p.communicate(timeout=600) for p in processes]
    for process, (out, err) in zip(processes, outputs):
        assert process.returncode == 0, err
        assert "Traceback" not in err
    moved_on = sum(int(out.strip().splitlines()[-1]) for out, _ in outputs[2:])

    with open_store(postgres_db) as store:
        events = store.label_events()
        stored_pairs = {p.id for p in store.pairs()}
        assert store.counts()["documents"] == 42
    assert len(events) == len(REVIEWERS) * LABELS_EACH == 1000
    for name in REVIEWERS:  # nobody's label lost or overwritten, each in its own order
        assert [e.note for e in events if e.reviewer == name] == [f"{name} {i}" for i in range(LABELS_EACH)]
    labelled = {e.pair_id for e in events}
    assert labelled <= stored_pairs  # `pair` dropped no labelled pair

    listed = [json.loads(line) for line in run_cli("pairs", "--json", "--db", postgres_db).stdout.splitlines()]
    agreement = [json.loads(line) for line in run_cli("agreement", "--json", "--db", postgres_db).stdout.splitlines()]
    split = {row["pair"] for row in agreement if "pair" in row}
    assert {p["id"] for p in listed if p["disputed"]} == split and split
    assert {p["id"] for p in listed if p["label"] or p["disputed"]} == labelled
    print(f"1000 label events from 5 reviewers over {len(labelled)} pairs; {len(stored_pairs)} pairs after "
          f"{1 + 4} pair runs; {len(split)} disputed in both `pairs` and `agreement`; {moved_on} labels moved on "
          "from a pair dropped just before")
