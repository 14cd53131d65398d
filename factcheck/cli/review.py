"""review: label pairs one key press at a time; --adjudicate to settle reviewers' disagreements."""
from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from factcheck.cli.common import LABEL_HELP, DEFAULT_DB, DbOption, app, clamp, echo, fail, label_choice, open_store
from factcheck.errors import FactcheckError
from factcheck.cli.reviewer import ReviewerOption, resolve_reviewer

INTERRUPTED = 130  # the shell's convention for "stopped by Ctrl-C"


@app.command()
def review(
    db: DbOption = DEFAULT_DB,
    reviewer: ReviewerOption = None,
    topic: Annotated[Optional[str], typer.Option("--topic", help="Only pairs whose topic contains this.")] = None,
    suggested: Annotated[
        Optional[str], typer.Option("--suggested", metavar="LABEL", help=f"Only pairs with this suggested label: {LABEL_HELP}.")
    ] = None,
    relabel: Annotated[bool, typer.Option("--relabel", help="Also go over pairs you have labelled.")] = False,
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="At most this many pairs.")] = None,
    blind: Annotated[bool, typer.Option("--blind", help="Hide other reviewers' labels.")] = False,
    adjudicate: Annotated[
        bool, typer.Option("--adjudicate", help="Settle the pairs on which reviewers disagree (for a lead).")
    ] = False,
) -> None:
    """Label pairs as agree, conflict or unverifiable, one key press each. Every label is saved at once."""
    from rich.console import Console

    from factcheck.review.keys import keys_for
    from factcheck.review.queue import QueueOptions, load_queue
    from factcheck.review.screen import Screen
    from factcheck.review.session import ReviewSession, run

    suggested = label_choice(suggested, "--suggested")
    name = resolve_reviewer(reviewer)
    options = QueueOptions(name, topic, suggested, relabel, clamp(limit), blind, adjudicate)
    session = None
    try:
        with open_store(db) as store:
            if not store.counts()["pairs"]:
                fail("no pairs to review yet: run `factcheck pair` first")
            items = load_queue(store, options)
            if not items:
                echo(_nothing_to_do(options))
                return
            session = ReviewSession(store, items, name, adjudicate=adjudicate)
            console = Console(highlight=False, soft_wrap=False)
            lost = None
            with keys_for(sys.stdin) as keys:
                console.set_alt_screen(True)
                try:
                    run(session, keys, Screen(console))
                except FactcheckError as e:  # the database went away mid-session (a server restarted, a lost network)
                    lost = e
                finally:
                    console.set_alt_screen(False)
            if lost is not None:
                fail(f"{lost} ({session.written} label events were saved before it)")
    except KeyboardInterrupt:
        echo(f"\nInterrupted. {_summary(session)}", err=True)
        raise typer.Exit(INTERRUPTED) from None
    echo(_summary(session))


def _summary(session) -> str:
    if session is None:
        return "No labels given."
    return f"{session.written} label events saved for {session.reviewer} ({len(session.labelled)} pairs labelled)."


def _nothing_to_do(options) -> str:
    if options.adjudicate:
        return "No disagreements to settle." + ("" if options.relabel else " (--relabel to revisit settled ones)")
    hint = "" if options.relabel else " (--relabel to go over your labelled pairs again)"
    return f"Nothing left to review for {options.reviewer}{hint}."
