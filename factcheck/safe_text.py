"""Stored text made safe to print: documents come from anywhere and may carry escape sequences.

A terminal runs ESC and CSI sequences, and bidi overrides reorder what a reader
sees, so every output that a person may read in a terminal (listings, the
review screen, reports printed to standard output) passes through here.
"""
from __future__ import annotations

import html
import json
import re

# C0 controls but tab and newline, DEL, C1 controls, zero-width marks and bidi embeddings and overrides.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return CONTROL.sub(" ", text)


def one_line(text: str) -> str:
    """Terminal-safe and on one line: a newline in a title or claim must not forge a line of the listing."""
    return " ".join(terminal_safe(text).split())


def json_line(value) -> str:
    """One JSON Lines row that is safe to print to a terminal and decodes to exactly the stored text.

    json.dumps escapes C0 controls but, with ensure_ascii=False, passes C1
    controls (U+009B is a CSI on some terminals) and bidi overrides through raw.
    """
    text = json.dumps(value, ensure_ascii=False)
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def escape_html(text: object) -> str:
    """Text for an HTML or SVG page: markup escaped, and no control character for a terminal it is printed to."""
    return html.escape(terminal_safe(str(text)))
