"""report: write the contradiction report (HTML, Markdown, JSON, CSV or ClaimReview JSON-LD)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import DEFAULT_DB, DbOption, app, fail, open_store
from factcheck.errors import FactcheckError

FORMAT_NAMES = ("html", "md", "json", "csv", "claimreview")


@app.command()
def report(
    fmt: Annotated[str, typer.Option("--format", "-f", help="html, md, json, csv or claimreview.")] = "html",
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="File to write (default: standard output).", dir_okay=False)
    ] = None,
    topic: Annotated[Optional[str], typer.Option("--topic", help="Only the pairs on this topic.")] = None,
    include: Annotated[
        str, typer.Option("--include", help="Sections beside the conflicts: agree, unverifiable (comma-separated).")
    ] = "",
    reviewed_only: Annotated[
        bool, typer.Option("--reviewed-only", help="Leave out pairs no reviewer has settled.")
    ] = False,
    org: Annotated[str, typer.Option("--org", help="The organisation publishing the fact checks (ClaimReview author).")] = "",
    base_url: Annotated[
        str,
        typer.Option("--base-url", help="Where the HTML report will be published; ClaimReview urls are BASE#pair-N."),
    ] = "",
    title: Annotated[str, typer.Option("--title", help="The report's title.")] = "Contradiction report",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the contradiction report: where the parties' figures disagree, who said what, and the verdicts."""
    write_report(db, fmt, output, topic=topic, include=include, reviewed_only=reviewed_only, org=org, base_url=base_url, title=title)


def write_report(db: str | Path, fmt: str, output: Path | None, **options) -> int:
    """Build and write one report; returns the number of pairs in it. Bad input ends the command in one line."""
    from factcheck.report import ReportOptions, build_report, parse_include, render

    if fmt not in FORMAT_NAMES:
        fail(f"unknown report format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
    if output is not None:
        _check_writable(output)
    try:
        include = parse_include(options.pop("include", ""))
        with open_store(db, create=False) as store:
            built = build_report(store, ReportOptions(include=include, **options))
    except FactcheckError as e:
        fail(str(e))
    text = render(built, fmt)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            output.write_text(text, encoding="utf-8", newline="")
        except OSError as e:
            fail(f"cannot write {output}: {e.strerror or e}")
    return len(built.pairs())


def _check_writable(path: Path) -> None:
    # Checked before the report is built, so a typo in -o costs nothing.
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        fail(f"cannot write {path}: it is a folder")
    if not parent.is_dir():
        fail(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(path if path.exists() else parent, os.W_OK):
        fail(f"cannot write {path}: permission denied")
