"""demo: the whole pipeline on the built-in corpus, to show what factcheck does."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import app, open_store
from factcheck.safe_text import terminal_safe

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo_corpus"


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database for the demo (created if missing).")] = Path(
        "factcheck-demo.db"
    ),
) -> None:
    """Ingest the built-in demo corpus and show the claims and figures found."""
    from factcheck.ingest import ingest_paths

    with open_store(db) as store:
        report = ingest_paths(store, [DEMO_CORPUS])
        typer.echo(f"Demo corpus: {report.summary()}")
        typer.echo(f"Database: {db}\n")
        titles = {d.id: d.title for d in store.documents()}
        for claim in store.claims():
            if not claim.quantities:
                continue
            figures = ", ".join(f"{q.text} → {q.value:g} {q.unit} ({q.qualifier})" for q in claim.quantities)
            typer.echo(terminal_safe(f"[{claim.side}] {claim.speaker} — {titles[claim.document_id]}"))
            typer.echo(terminal_safe(f"    {claim.text}\n    figures: {figures}"))
    _write_demo_report(db)


def _write_demo_report(db: Path) -> None:
    from factcheck.cli.report import write_report

    path = db.with_suffix(".html")
    write_report(db, "html", path, include="agree,unverifiable", title="factcheck demo: contradiction report")
    typer.echo(f"\nReport: {path.resolve()}")
