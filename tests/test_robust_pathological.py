"""Every reader finishes on pathological shapes (issue 16, item 6): long runs of spaces, punctuation, capitals,
nesting, unclosed markup. No time is asserted here: how time grows with size is measured by
benchmarks/bench_pathological.py (`make bench`). A reader that went quadratic again would make these tests
take minutes, which is noticed; one that raised or looped fails them."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest.markdown_text import markdown_to_text
from factcheck.ingest.readers import ReadError, read_documents, split_header
from factcheck.records import SourceDocument

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from pathological import READERS, SHAPES  # noqa: E402

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces that regular expressions and parsers trip over, repeated to make runs.
PIECES = [" ", "\t", "\n", "#", "*", "**", "_", "__", "[", "]", "(", ")", "![", "`", ">", "-", "=", ":", '"', ",",
          "<p>", "<div>", "</div>", "<!--", "<", "&", "{", "}", "title:", "url: ", "A", "THE UNION", "\u2028", "\r"]
runs = st.lists(st.tuples(st.sampled_from(PIECES), st.integers(1, 3000)), min_size=1, max_size=8).map(
    lambda parts: "".join(piece * count for piece, count in parts)
)


def read_all(path: Path) -> list:
    found = list(read_documents(path))
    assert found and all(isinstance(item, (SourceDocument, ReadError)) for item in found)
    return found


@SETTINGS
@given(text=runs, suffix=st.sampled_from(READERS))
def test_every_reader_finishes_on_runs(tmp_path, text, suffix):
    path = tmp_path / f"shape{suffix}"
    path.write_text(text, encoding="utf-8")
    read_all(path)


@SETTINGS
@given(text=runs)
def test_markdown_and_header_finish_on_runs(text):
    markdown_to_text(text)
    split_header(text)


@pytest.mark.parametrize("suffix", READERS)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_reader_finishes_on_each_benchmark_shape(tmp_path, shape, suffix):
    """The benchmark's shapes at 200 KB: the 64 KB `title:` line took 18 s and the Markdown heading 35 s before."""
    path = tmp_path / f"shape{suffix}"
    path.write_text(SHAPES[shape](200_000), encoding="utf-8")
    read_all(path)
