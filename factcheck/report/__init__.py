"""Contradiction reports: build a Report from the store once, then write it in one of FORMATS."""
from __future__ import annotations

from collections.abc import Callable

from factcheck.report.model import Report, ReportOptions, build_report, parse_include

__all__ = ["FORMATS", "Report", "ReportOptions", "build_report", "parse_include", "render"]

# Format name -> module and function; imported on use so a CSV report never loads the HTML writer.
FORMATS = {
    "html": ("factcheck.report.html", "render_html"),
    "md": ("factcheck.report.markdown", "render_markdown"),
    "json": ("factcheck.report.json_format", "render_json"),
    "csv": ("factcheck.report.csv_format", "render_csv"),
    "claimreview": ("factcheck.report.claimreview", "render_claimreview"),
}
EXTENSIONS = {"html": "html", "md": "md", "json": "json", "csv": "csv", "claimreview": "jsonld"}


def render(report: Report, fmt: str) -> str:
    import importlib

    module, name = FORMATS[fmt]
    write: Callable[[Report], str] = getattr(importlib.import_module(module), name)
    return write(report)
