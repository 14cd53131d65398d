"""The CSV report: one row per pair, safe to open in a spreadsheet.

A cell that begins with =, +, -, @, tab or carriage return is a formula to
Excel, LibreOffice and Google Sheets (CSV injection); such cells get a leading
apostrophe, which spreadsheets show as text and do not evaluate. Control
characters become spaces: the report may be printed to a terminal.
"""
from __future__ import annotations

import csv
import io

from factcheck.report.model import Report, ReportClaim
from factcheck.report.words import qualified
from factcheck.safe_text import terminal_safe

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PAIR_COLUMNS = ["pair", "topic", "label", "status", "suggested_label", "confidence", "reviewers", "notes", "reasons"]
CLAIM_COLUMNS = ["speaker", "side", "claim", "figures", "document", "publisher", "published", "link"]


def cell(value: object) -> str:
    text = terminal_safe(str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # the byte-order mark makes Excel read UTF-8 (names with accents) correctly
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(PAIR_COLUMNS + [f"{s}_{c}" for s in ("a", "b") for c in CLAIM_COLUMNS])
    for p in report.pairs():
        row = [
            p.id,
            p.topic,
            p.label,
            p.status,
            p.suggested_label,
            f"{p.confidence:.2f}",
            "; ".join(p.reviewers),
            " | ".join(p.notes),
            " | ".join(p.reasons),
        ]
        for claim in p.claims:
            row += _claim_cells(claim)
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue()


def _claim_cells(c: ReportClaim) -> list[str]:
    s = c.source
    figures = "; ".join(qualified(q) for q in c.quantities)
    return [c.speaker, c.side, c.text, figures, s.name, s.publisher, s.published, s.link]
