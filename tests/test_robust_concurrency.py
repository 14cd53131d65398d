"""Two reviewers labelling and one ingest, all on one database file at the same moment."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from factcheck.store import Store
from pair_fixtures import build_pairs
from robust_helpers import claim_rows, integrity, write_corpus

LABELS_EACH = 150
PAIRS = 30

# Each labeller runs the real `factcheck label` command in a loop in one interpreter,
# so that the test measures contention on the file, not interpreter start-up.
LABELLER = textwrap.dedent(
    """
    import sys
    from factcheck.cli import main

    db, reviewer, pairs, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    for i in range(count):
        sys.argv = ["factcheck", "label", str(1 + i % pairs), ("agree", "conflict")[i % 2],
                    "--note", f"{reviewer} {i}", "--reviewer", reviewer, "--db", db]
        try:
            main()
        except SystemExit as e:
            if e.code:
                sys.exit(f"label {i} exited {e.code}")
    """
)


def spawn(*argv: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_two_labellers_and_an_ingest_at_once(db_path, tmp_path):
    build_pairs(db_path, PAIRS)
    with Store(db_path, create=True) as store:
        documents_before = store.counts()["documents"]
    corpus = write_corpus(tmp_path / "corpus", 60)
    processes = [
        spawn("-m", "factcheck", "ingest", str(corpus), "--db", str(db_path)),
        *(spawn("-c", LABELLER, str(db_path), name, str(PAIRS), str(LABELS_EACH)) for name in ("ann", "bob")),
    ]
    outputs = [p.communicate(timeout=600) for p in processes]
    for process, (out, err) in zip(processes, outputs):
        assert process.returncode == 0, err
        assert "locked" not in (out + err).lower()
        assert "Traceback" not in err

    assert integrity(db_path) == "ok"
    with Store(db_path, create=True) as store:
        events = store.label_events()
        assert store.counts()["documents"] == documents_before + 60
    for name in ("ann", "bob"):
        assert [e.note for e in events if e.reviewer == name] == [f"{name} {i}" for i in range(LABELS_EACH)]
    ingested = [s for s in claim_rows(db_path) if "article-" in s]
    assert len(ingested) == 60
