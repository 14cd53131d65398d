"""Stored text made safe to print: documents and file names come from anywhere and may carry escape sequences.

A terminal runs ESC and CSI sequences (also as the one C1 character U+009B),
and bidi overrides reorder what a reader sees, so every output that a person
may read in a terminal passes through here: every line the CLI prints
(factcheck.cli.common.echo, fail, warn), the review screen, reports printed to
standard output. Text becomes terminal-safe by `terminal_safe` (controls
become spaces, lines kept), `one_line` (and on one line: an `Error:` line
naming a file with a newline in its name stays one line) or, for JSON,
`json_safe` (controls escaped as \u009b, so it still decodes to the stored text).
"""
from __future__ import annotations

import html
import json
import re

# C0 controls but tab, newline and the carriage return of a "\r\n" line end (CSV's), DEL, C1 controls,
# zero-width marks, the Arabic letter mark and bidi embeddings, overrides and isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")


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
    return json_safe(json.dumps(value, ensure_ascii=False))


def json_safe(text: str) -> str:
    """JSON text (from json.dumps) with every control character escaped: it decodes to the same value.

    Raw C0 controls are illegal in JSON, so json.dumps escapes them; C1
    controls and bidi overrides are legal raw and pass through unless escaped here.
    """
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def escape_html(text: object) -> str:
    """Text for an HTML or SVG page: markup escaped, and no control character for a terminal it is printed to."""
    return html.escape(terminal_safe(str(text)))
