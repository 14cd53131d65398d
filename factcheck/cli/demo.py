"""demo: the whole pipeline on the built-in corpus, to show what factcheck does."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.common import app, open_store
from factcheck.cli.embedding import EncoderOption
from factcheck.safe_text import terminal_safe

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo_corpus"
TOP_CONFLICTS = 5


@app.command()
def demo(
    db: Annotated[Path, typer.Option("--db", help="Database for the demo (created if missing).")] = Path(
        "factcheck-demo.db"
    ),
    encoder: EncoderOption = None,
) -> None:
    """Run the whole pipeline on the built-in demo corpus: ingest, pair, show the top conflicts, write the report."""
    from factcheck.cli.embedding import pair_with_progress
    from factcheck.cli.pairing import echo_pair
    from factcheck.ingest.pipeline import ingest_paths
    from factcheck.labels.final import pairs_with_labels

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
        typer.echo(f"\nPairing: {pair_with_progress(store, kind=encoder).summary()}")
        conflicts = sorted(pairs_with_labels(store, suggested="conflict"), key=lambda pair: -pair[0].confidence)[:TOP_CONFLICTS]
        typer.echo(f"\nTop suggested conflicts ({len(conflicts)}):")
        claims = store.claims_by_id(sorted({c for p, _ in conflicts for c in (p.claim_a, p.claim_b)}))
        for p, final in conflicts:
            echo_pair(p, final, claims.get(p.claim_a), claims.get(p.claim_b))
        path = _write_demo_report(store, db.with_suffix(".html"))
    typer.echo("\nNext: factcheck review --db " + str(db))
    typer.echo(f"\nReport: {path.resolve()}")


def _write_demo_report(store, path: Path) -> Path:
    from factcheck.report import ReportOptions, build_report, render

    options = ReportOptions(include=("agree", "unverifiable"), title="factcheck demo: contradiction report")
    path.write_text(render(build_report(store, options), "html"), encoding="utf-8")
    return path
