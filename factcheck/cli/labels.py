"""label, labels export/import, agreement, stats: labels for scripts, and what they add up to."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import (
    LABEL_HELP, DEFAULT_DB, DbOption, ForceOption, JsonOption, app, echo, fail, known_id, label_choice, open_store, warn,
)
from factcheck.safe_text import json_line, one_line
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
    known_id(pair_id, "pair")
    name = resolve_reviewer(reviewer)
    with open_store(db) as store:
        store.add_label(pair_id, verdict, name, note=note, adjudication=adjudicate)


@labels_app.command("export")
def export_labels(
    file: Annotated[Path, typer.Argument(help="JSON Lines file to write.")],
    force: ForceOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every label event, pairs named by their claims' content."""
    from factcheck.labels.transfer import export_events, write_jsonl
    from factcheck.output import check_output

    with open_store(db) as store:
        check_output(file, "labels", force, db)  # before any work: a typo costs nothing
        events = export_events(store)
        write_jsonl(file, events, force=force, database=db)
    echo(f"Exported {len(events)} label events to {file}.")


@labels_app.command("import")
def import_labels(
    file: Annotated[Path, typer.Argument(help="JSON Lines file from `factcheck labels export`.", readable=False)],
    unmatched: Annotated[
        Optional[Path], typer.Option("--unmatched", help="Write the events whose pair is not found to this file.")
    ] = None,
    force: ForceOption = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Add the events of an export; events already stored are not added again."""
    from factcheck.labels.transfer import import_events, read_jsonl, write_jsonl
    from factcheck.output import check_output

    try:
        events = read_jsonl(file)  # before opening the store: a bad file changes nothing
        if unmatched:
            check_output(unmatched, "labels", force, db)
    except FactcheckError as e:
        fail(str(e))
    with open_store(db) as store:
        result = import_events(store, events)
        if unmatched and result.unmatched:
            write_jsonl(unmatched, result.unmatched, force=force, database=db)
    echo(f"Imported {result.added} label events ({result.already_there} already there).")
    if result.unmatched:
        kept = f"; written to {unmatched}" if unmatched else "; --unmatched FILE keeps them"
        warn(f"{len(result.unmatched)} events not imported: their pair is not in {store.name}{kept}")


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
            echo(json_line({"reviewers": [s.first, s.second], "shared": s.shared, "kappa": s.kappa}))
        for f in split:
            row = {"pair": f.pair_id, "votes": dict(f.votes), "final": f.label, "adjudicated": f.adjudicated}
            echo(json_line(row))
        return
    if not scores:
        echo("Fewer than two reviewers have labelled pairs: nothing to compare.")
    for s in scores:
        value = f"{s.kappa:.2f}" if s.kappa is not None else "n/a"
        echo(f"kappa {one_line(s.first)} / {one_line(s.second)}: {value} over {s.shared} shared pairs")
    settled = sum(f.adjudicated for f in split)
    echo(f"{len(split)} pairs with disagreement, {settled} settled")
    for f in split:
        votes = ", ".join(f"{one_line(r)}: {label}" for r, label in sorted(f.votes.items()))
        state = f"settled: {f.label} by {one_line(f.adjudicator)}" if f.adjudicated else "unsettled"
        echo(f"  #{f.pair_id}  {votes}  [{state}]")


@app.command()
def stats(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """Counts, labels per label and reviewer, and how often the suggested label was right."""
    from factcheck.labels.stats import label_stats

    with open_store(db) as store:
        found = label_stats(store)
    if as_json:
        echo(json_line(found.as_json()))
    else:
        for line in found.lines():
            echo(line.replace("\n", " "))  # a reviewer's name from an imported file must not forge a line
