"""Two reviewers' processes labelling one database file at the same moment."""
import subprocess
import sys
import textwrap

from factcheck.store import Store
from pair_fixtures import build_pairs

PER_PROCESS = 500

# Each process runs the real `factcheck label` command 500 times through the
# CLI entry point, so that 1,000 interpreter start-ups do not slow the test.
WORKER = textwrap.dedent(
    """
    import sys
    from factcheck.cli import main

    db, reviewer, n_pairs, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    labels = ("agree", "conflict", "unverifiable")
    for i in range(count):
        sys.argv = ["factcheck", "label", str(1 + i % n_pairs), labels[i % 3],
                    "--note", f"{reviewer} {i}", "--reviewer", reviewer, "--db", db]
        try:
            main()
        except SystemExit as e:
            if e.code:
                print(f"label {i} exited {e.code}", file=sys.stderr)
                sys.exit(1)
    """
)


def test_two_processes_label_at_once(db_path):
    n_pairs = 50
    build_pairs(db_path, n_pairs)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), name, str(n_pairs), str(PER_PROCESS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("ann", "bob")
    ]
    outputs = [w.communicate(timeout=300) for w in workers]
    for worker, (out, err) in zip(workers, outputs):
        assert worker.returncode == 0, err
        assert "locked" not in (out + err).lower()
    with Store(db_path, create=True) as store:
        events = store.label_events()
    assert len(events) == 2 * PER_PROCESS
    for name in ("ann", "bob"):
        notes = [e.note for e in events if e.reviewer == name]
        assert notes == [f"{name} {i}" for i in range(PER_PROCESS)]  # each process's events, in its own order
