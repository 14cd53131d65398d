"""Pathological input shapes for the readers: long runs of spaces, punctuation, capitals, nesting, unclosed markup.

Shared by benchmarks/bench_pathological.py (timed at 1 MB) and tests/test_robust_pathological.py
(a property test that every reader finishes on them, untimed). Each shape is a function of a size in
characters, so that the benchmark can show how time grows with it.
"""
from __future__ import annotations

from collections.abc import Callable


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    # a Markdown heading, then a run of spaces that a nested quantifier would try every way to split
    "heading+spaces": lambda n: "# Heading" + " " * (n - 20) + "x\n\nThe union said 5 nurses quit.\n",
    # a header line with a run of spaces
    "title:+spaces": lambda n: "title:" + " " * (n - 40) + "x\nurl: y\n\nThe union said 5 nurses quit.\n",
    "spaces": lambda n: " " * n,
    "tabs+newlines": lambda n: _fill(" \t \n", n),
    "punctuation": lambda n: _fill("!?.,;:*_[]()`#>-\"'<&=|~", n),
    "emphasis": lambda n: _fill("**a _b [c](d ", n),
    "brackets": lambda n: _fill("[", n),
    "capitals": lambda n: _fill("THE UNION SAID NURSES QUIT ", n),
    "one-word": lambda n: "A" * n,
    "quotes": lambda n: _fill('"', n),
    "csv-unclosed": lambda n: "title,text\n" + _fill('A,"unclosed\n', n - 11),
    "json-nesting": lambda n: _fill("[", n // 2) + _fill("]", n // 2),
    "html-nested": lambda n: _fill("<div>", n // 2) + "x" + _fill("</div>", n // 2),
    "html-unclosed": lambda n: _fill("<p>a", n),
    "html-comment": lambda n: "<!--" + _fill("-", n),
    "html-attributes": lambda n: "<p " + _fill('a="b" ', n) + ">x</p>",
}

# Every reader, by the suffix that selects it.
READERS = (".txt", ".md", ".html", ".jsonl", ".csv")
