"""Reading JSON Lines and other line-based files: rows split on "\\n" only, each row parsed on its own.

str.splitlines() also splits on U+2028, U+2029, U+0085, \\x1c-\\x1e, \\x0b and
\\x0c, all of which JSON allows raw inside a string: a label note holding one
would be cut in two and the file refused. JSON Lines and CSV end rows at
"\\n" (a "\\r" before it is JSON whitespace, and the csv module reads it).
"""
from __future__ import annotations

import json
from collections.abc import Iterator


def numbered_lines(text: str, keepends: bool = False) -> Iterator[tuple[int, str]]:
    """(line number from 1, line) for each "\\n"-ended line, one at a time (a file can hold millions)."""
    start, number = 0, 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        number += 1
        line = text[start:end]
        yield number, line if keepends else line.rstrip("\n")
        start = end


def parse_row(line: str) -> tuple[object, str]:
    """(value, "") for a row of valid JSON, else (None, what is wrong): never raises, however deep the nesting."""
    try:
        return json.loads(line), ""
    except json.JSONDecodeError as e:
        return None, e.msg
    except RecursionError:
        return None, "nested too deeply"
