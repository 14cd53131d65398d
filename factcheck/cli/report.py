"""report: write the contradiction report (HTML, Markdown, JSON, CSV or ClaimReview JSON-LD)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import DEFAULT_DB, DbOption, ForceOption, app, fail, open_store
from factcheck.errors import FactcheckError
from factcheck.safe_text import terminal_safe

FORMAT_NAMES = ("html", "md", "json", "csv", "claimreview")


@app.command()
def report(
    fmt: Annotated[str, typer.Option("--format", "-f", help="html, md, json, csv or claimreview.")] = "html",
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="File to write (default: standard output).")
    ] = None,
    force: ForceOption = False,
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
        typer.Option(
            "--base-url", help="Where the HTML report will be published (http or https); ClaimReview urls are BASE#pair-N."
        ),
    ] = "",
    title: Annotated[str, typer.Option("--title", help="The report's title.")] = "Contradiction report",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write the contradiction report: where the parties' figures disagree, who said what, and the verdicts."""
    write_report(
        db, fmt, output, force=force, topic=topic, include=include, reviewed_only=reviewed_only, org=org,
        base_url=base_url, title=title,
    )


def write_report(db: str | Path, fmt: str, output: Path | None, force: bool = False, **options) -> int:
    """Build and write one report; returns the number of pairs in it. Bad input ends the command in one line."""
    from factcheck.output import check_output, write_output
    from factcheck.report import ReportOptions, build_report, parse_include, render

    if fmt not in FORMAT_NAMES:
        fail(f"unknown report format {fmt!r}; choose one of {', '.join(FORMAT_NAMES)}")
    base_url = options.get("base_url", "")
    if base_url and not base_url.lower().startswith(("http://", "https://")):
        fail(f"--base-url must be an http or https address, not {base_url!r}")
    try:
        if output is not None:
            check_output(output, fmt, force, db)  # before the report is built, so a typo in -o costs nothing
        include = parse_include(options.pop("include", ""))
        with open_store(db, create=False) as store:
            built = build_report(store, ReportOptions(include=include, **options))
        text = render(built, fmt)
        if output is not None:
            write_output(output, text, fmt, force, db)
    except FactcheckError as e:
        fail(str(e))
    if output is None:
        # The JSON formats escape control characters themselves (\u009b), so that they decode to the stored text.
        sys.stdout.write(text if fmt in ("json", "claimreview") else terminal_safe(text))
        sys.stdout.flush()
    return len(built.pairs())
