"""ingest, documents, claims: getting documents in and seeing what was found."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import DEFAULT_DB, DbOption, JsonOption, app, echo, error, fail, known_id, open_store, warn
from factcheck.safe_text import json_line, one_line

PROGRESS_MIN_FILES = 5


@app.command()
def ingest(
    # readable=False: an unreadable file is one `Error:` line from the reader while the others go in,
    # not the CLI's "Invalid value" stopping them all.
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .md, .html, .jsonl, .csv).", readable=False)],
    parties: Annotated[
        Optional[Path],
        typer.Option("--parties", help="TOML file naming each side's organisations and people.", readable=False),
    ] = None,
    max_size: Annotated[int, typer.Option("--max-size", min=1, help="Refuse files larger than this many MB.")] = 200,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ingest documents and extract their claims. Unchanged content is skipped."""
    from factcheck.ingest.pipeline import ingest_found
    from factcheck.ingest.readers import find_files

    party_set = _load_parties(parties)
    try:
        with open_store(db, create=True) as store:
            store.ensure_writable()
            found = list(find_files(paths))
            with _progress(sum(isinstance(p, Path) for p in found)) as advance:
                report = ingest_found(
                    store,
                    found,
                    parties=party_set,
                    max_bytes=max_size * 1024 * 1024,
                    on_file=lambda _: advance(),
                    on_problem=_print_problem,
                )
    except KeyboardInterrupt:
        # The document being written was rolled back; the ones before it are whole and will be skipped next time.
        fail("interrupted; the documents stored so far are kept whole: run the same command again to finish", code=130)
    echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


def _load_parties(path: Path | None):
    if path is None:
        return None
    from claims import load_parties

    try:
        return load_parties(path)
    except FileNotFoundError:
        fail(f"{path}: parties file not found")
    except (ValueError, OSError) as e:
        fail(f"{path}: {e}")


def _print_problem(problem, is_error: bool) -> None:
    (error if is_error else warn)(f"{problem.where}: {problem.message}")


class _progress:
    """A progress bar on stderr when there are more than a handful of files; silent otherwise."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total <= PROGRESS_MIN_FILES:
            return lambda: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self.bar = Progress(
            "ingesting", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=Console(stderr=True)
        )
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()


@app.command()
def documents(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """List the stored documents."""
    from factcheck.serialize import document_json

    with open_store(db) as store:
        docs = store.documents()
    for doc in docs:
        if as_json:
            echo(json_line(document_json(doc)))
        else:
            when = f" ({one_line(doc.published)})" if doc.published else ""
            echo(f"{doc.id:>4}  {one_line(doc.title or doc.source)}{when}  [{doc.claim_count} claims]")


@app.command("claims")
def list_claims(
    document: Annotated[Optional[int], typer.Option("--document", help="Only this document id.")] = None,
    side: Annotated[Optional[str], typer.Option("--side", help="Only claims of this side.")] = None,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List extracted claims with speaker, side and figures."""
    from factcheck.serialize import claim_json

    known_id(document, "document")
    with open_store(db) as store:
        found = store.claims(document_id=document, side=side)
    for claim in found:
        if as_json:
            echo(json_line(claim_json(claim)))
        else:
            echo(f"{claim.id:>5} [{one_line(claim.side)}] {one_line(claim.speaker)}: {one_line(claim.text)}")
            figures = "; ".join(f"{q.text} = {q.value:g} {q.unit} ({q.qualifier})" for q in claim.quantities)
            if figures:
                echo("      figures: " + one_line(figures))
