"""The benchmark suite still runs: the corpus generator and one benchmark at tiny size. No timings asserted."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpus  # noqa: E402
from common import Row, Sizes, last_json  # noqa: E402


def test_corpus_is_reproducible_and_news_like(tmp_path):
    docs = corpus.generate(60, seed=3)
    assert docs == corpus.generate(60, seed=3)
    assert docs != corpus.generate(60, seed=4)
    assert len({d.dispute for d in docs}) >= 4
    text = " ".join(d.body for d in docs)
    for sign in ("$", "%", "more than", "said", "disputed", "Copyright"):
        assert sign in text
    # Near-duplicates: some stories share most of their sentences with an earlier one.
    shared = [d for i, d in enumerate(docs) if any(len(set(d.lines) & set(e.lines)) > len(d.lines) / 2 for e in docs[:i])]
    assert shared
    written = corpus.write(tmp_path, docs[:3])
    assert written[0].read_text().startswith("title: ")
    assert sum(d.sentences for d in docs) == sum(len(d.lines) for d in docs)


def test_claim_sentences_count():
    assert len(corpus.claim_sentences(25, seed=1)) == 25


def test_search_benchmark_runs_at_tiny_size():
    pytest.importorskip("faiss")
    import run

    rows = run.run_all(["search"], Sizes(search_sizes=(600,), search_queries=5), echo=lambda _: None)
    assert rows and all(isinstance(r, Row) for r in rows)
    assert all(r.value is not None for r in rows), [r.note for r in rows]
    assert "| search |" in run.markdown(rows, "test machine")


def test_last_json_line_is_found_among_text():
    assert last_json("built\n{\"p50_ms\": 3}\nbye\n") == {"p50_ms": 3}
    assert last_json("no json here") is None


def test_pathological_benchmark_runs_at_tiny_size():
    import run

    rows = run.run_all(["pathological"], Sizes(pathological_chars=4_000), echo=lambda _: None)
    assert [r.case.split(" reader")[0] for r in rows[:5]] == [".txt", ".md", ".html", ".jsonl", ".csv"]
    assert all(r.value is not None and r.value < 2 for r in rows[:5])
