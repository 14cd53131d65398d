"""Extraction: sentences per second from text files to stored claims, on one core.

The whole ingest pipeline (read, parse headers, extract, write SQLite) runs
in a child process held to one thread, over the synthetic corpus. Baseline:
the same pipeline with the extractor replaced by one that finds nothing, so
the ratio shows what extraction adds to reading and storing.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from common import PYTHON, Row, Sizes, one_core_env, run_child
import corpus


def child(documents: int, extractor: str) -> dict:
    """Runs in the child: ingest a fresh corpus into a fresh database, timed."""
    import claims
    from factcheck.ingest.pipeline import ingest_paths
    from factcheck.store import Store

    if extractor == "none":
        claims.extract = lambda text, **_: []
    docs = corpus.generate(documents, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        corpus.write(folder, docs)
        with Store(Path(tmp) / "bench.db", create=True) as store:
            start = time.perf_counter()
            report = ingest_paths(store, [folder])
            seconds = time.perf_counter() - start
    sentences = sum(d.sentences for d in docs)
    return {"sentences": sentences, "seconds": seconds, "claims": report.claims, "failed": report.failed}


def run(sizes: Sizes) -> list[Row]:
    try:
        import claims

        claims.extract  # noqa: B018 - the extractor may not have landed yet
    except (ImportError, AttributeError):
        return [Row("extraction", "text to stored claims, 1 core", None, "sentences/s",
                    note="claims.extract is not in this checkout yet")]
    results = {}
    for extractor in ("none", "factcheck"):
        found, out = run_child([PYTHON, __file__, str(sizes.extraction_docs), extractor],
                               timeout=600, env=one_core_env())
        if found is None:
            return [Row("extraction", "text to stored claims, 1 core", None, "sentences/s", note=out)]
        results[extractor] = found
    got, base = results["factcheck"], results["none"]
    rate = got["sentences"] / got["seconds"]
    base_rate = base["sentences"] / base["seconds"]
    return [Row("extraction", f"text to stored claims, 1 core ({got['sentences']:,} sentences)", rate,
                "sentences/s", "same ingest, extractor finds nothing", base_rate, target=">= 1000",
                note=f"{got['claims']:,} claims stored; {got['failed']} files failed")]


if __name__ == "__main__":
    print(json.dumps(child(int(sys.argv[1]), sys.argv[2])))
