"""label, labels export/import, agreement, stats: labels for scripts, and what they add up to."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import LABEL_HELP, DEFAULT_DB, DbOption, JsonOption, app, fail, label_choice, open_store
from factcheck.safe_text import terminal_safe
from factcheck.cli.reviewer import ReviewerOption, resolve_reviewer
from factcheck.errors import FactcheckError

labels_app = typer.Typer(help="Move label events between databases (JSON Lines).", no_args_is_help=True)
app.add_typer(labels_app, name="labels")


@app.command()
def label(
    pair_id: Annotated[int, typer.Argument(help="Pair id (see `factcheck pairs`).")],
    verdict: Annotated[str, typer.Argument(metavar="LABEL", help=LABEL_HELP + ".")],
    note: Annotated[str, typer.Option("--note", help="A note kept with the label.")] = "",
    reviewer: ReviewerOption = None,
    adjudicate: Annotated[
        bool, typer.Option("--adjudicate", help="Settle the pair: this label becomes its final label.")
    ] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Label one pair (for scripts). Adds an event; earlier labels are kept."""
    verdict = label_choice(verdict)
    name = resolve_reviewer(reviewer)
    with open_store(db) as store:
        store.add_label(pair_id, verdict, name, note=note, adjudication=adjudicate)


@labels_app.command("export")
def export_labels(
    file: Annotated[Path, typer.Argument(help="JSON Lines file to write.", dir_okay=False)],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every label event, pairs named by their claims' content."""
    from factcheck.labels.transfer import export_events, write_jsonl

    with open_store(db) as store:
        events = export_events(store)
        write_jsonl(file, events)
    typer.echo(f"Exported {len(events)} label events to {file}.")


@labels_app.command("import")
def import_labels(
    file: Annotated[Path, typer.Argument(help="JSON Lines file from `factcheck labels export`.")],
    unmatched: Annotated[
        Optional[Path], typer.Option("--unmatched", help="Write the events whose pair is not found to this file.")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add the events of an export; events already stored are not added again."""
    from factcheck.labels.transfer import import_events, read_jsonl, write_jsonl

    try:
        events = read_jsonl(file)  # before opening the store: a bad file must not create a database
    except FactcheckError as e:
        fail(str(e))
    with open_store(db) as store:
        result = import_events(store, events)
        if unmatched and result.unmatched:
            write_jsonl(unmatched, result.unmatched)
    typer.echo(f"Imported {result.added} label events ({result.already_there} already there).")
    if result.unmatched:
        kept = f"; written to {unmatched}" if unmatched else "; --unmatched FILE keeps them"
        typer.echo(
            f"Warning: {len(result.unmatched)} events not imported: their pair is not in {store.name}{kept}", err=True
        )


@app.command()
def agreement(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Pairs on which reviewers disagree, and Cohen's kappa for each two reviewers."""
    from factcheck.labels.final import disagreements, final_labels, kappa_scores

    with open_store(db) as store:
        finals = final_labels(store)
    split = disagreements(finals)
    scores = kappa_scores(finals)
    if as_json:
        for s in scores:
            typer.echo(json.dumps({"reviewers": [s.first, s.second], "shared": s.shared, "kappa": s.kappa}))
        for f in split:
            row = {"pair": f.pair_id, "votes": dict(f.votes), "final": f.label, "adjudicated": f.adjudicated}
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    if not scores:
        typer.echo("Fewer than two reviewers have labelled pairs: nothing to compare.")
    for s in scores:
        value = f"{s.kappa:.2f}" if s.kappa is not None else "n/a"
        typer.echo(terminal_safe(f"kappa {s.first} / {s.second}: {value} over {s.shared} shared pairs"))
    settled = sum(f.adjudicated for f in split)
    typer.echo(f"{len(split)} pairs with disagreement, {settled} settled")
    for f in split:
        votes = ", ".join(f"{r}: {label}" for r, label in sorted(f.votes.items()))
        state = f"settled: {f.label} by {f.adjudicator}" if f.adjudicated else "unsettled"
        typer.echo(terminal_safe(f"  #{f.pair_id}  {votes}  [{state}]"))


@app.command()
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Counts, labels per label and reviewer, and how often the suggested label was right."""
    from factcheck.labels.stats import label_stats

    with open_store(db) as store:
        found = label_stats(store)
    if as_json:
        typer.echo(json.dumps(found.as_json(), ensure_ascii=False))
    else:
        for line in found.lines():
            typer.echo(terminal_safe(line))
