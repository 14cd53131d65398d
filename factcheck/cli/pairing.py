"""pair, pairs, search, clusters: embedding claims, pairing opposing ones, and looking them up.

torch and sentence-transformers load only inside `pair` and `search`, the
commands that embed; `pairs` and `clusters` read the store alone.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import LABEL_HELP, DEFAULT_DB, DbOption, JsonOption, app, fail, label_choice, open_store
from factcheck.cli.embedding import EmbedProgress, EncoderOption, Timed, encoder_for, model_errors, pair_with_progress
from factcheck.safe_text import json_line, terminal_safe

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", envvar="FACTCHECK_MODEL", help="sentence-transformers model name or folder [default: the bundled all-MiniLM-L6-v2]."),
]


@app.command()
def pair(
    min_similarity: Annotated[
        float, typer.Option("--min-similarity", min=0.0, max=1.0, help="Cosine similarity for claims to be on the same point.")
    ] = 0.5,
    model: ModelOption = None,
    nli_model: Annotated[
        Optional[Path], typer.Option("--nli-model", help="Folder of an NLI cross-encoder to weigh in where rules find nothing.")
    ] = None,
    encoder: EncoderOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Embed new claims, cluster them and pair claims that may oppose each other. Safe to run again."""
    if nli_model is not None and not nli_model.is_dir():
        fail(f"--nli-model {nli_model}: no such folder")
    with open_store(db) as store:
        report = pair_with_progress(store, model, min_similarity, nli_model, encoder)
    typer.echo(report.summary())


@app.command("pairs")
def list_pairs(
    label: Annotated[
        Optional[str], typer.Option("--label", metavar="LABEL", help=f"Only pairs whose final label is this: {LABEL_HELP}.")
    ] = None,
    suggested: Annotated[
        Optional[str], typer.Option("--suggested", metavar="LABEL", help=f"Only pairs suggested as this: {LABEL_HELP}.")
    ] = None,
    unlabeled: Annotated[bool, typer.Option("--unlabeled", help="Only pairs nobody has labelled yet.")] = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List the stored pairs with their suggested and reviewed labels."""
    from factcheck.labels.final import pairs_with_labels

    label, suggested = label_choice(label, "--label"), label_choice(suggested, "--suggested")
    with open_store(db) as store:
        found = pairs_with_labels(store, label=label, suggested=suggested, unlabeled=unlabeled)
        claims = store.claims_by_id(sorted({c for p, _ in found for c in (p.claim_a, p.claim_b)}))
    for p, final in found:
        a, b = claims.get(p.claim_a), claims.get(p.claim_b)
        if as_json:
            typer.echo(json_line(_pair_json(p, final, a, b)))
        else:
            echo_pair(p, final, a, b)


def echo_pair(p, final, a, b) -> None:
    """A pair as `factcheck pairs` lists it: the suggestion and final label, both claims, the reasons."""
    shown = "unreviewed" if final is None else ("disputed" if final.disputed else final.label)
    typer.echo(terminal_safe(f"{p.id:>5}  {p.suggested_label} ({p.confidence:.2f}), {shown}  sim {p.similarity:.2f}  [{p.topic}]"))
    for c in (a, b):
        typer.echo(terminal_safe(f"       {c.id} [{c.side}] {c.text}" if c else "       (claim gone)"))
    for reason in p.reasons:
        typer.echo(terminal_safe(f"       - {reason}"))


def _pair_json(p, final, a, b) -> dict:
    from factcheck.serialize import claim_json

    return {
        "id": p.id,
        "claim_a": claim_json(a),
        "claim_b": claim_json(b),
        "similarity": round(p.similarity, 4),
        "suggested_label": p.suggested_label,
        "confidence": p.confidence,
        "reasons": list(p.reasons),
        "label": final.label if final else None,
        "disputed": bool(final and final.disputed),
        "topic": p.topic,
    }


@app.command()
def search(
    query: Annotated[Optional[str], typer.Argument(help="Text to find claims like.")] = None,
    claim: Annotated[Optional[int], typer.Option("--claim", help="Find claims like this claim id instead.")] = None,
    n: Annotated[int, typer.Option("-n", min=1, help="How many claims.")] = 10,
    side: Annotated[Optional[str], typer.Option("--side", help="Only claims of this side.")] = None,
    document: Annotated[Optional[int], typer.Option("--document", help="Only claims of this document id.")] = None,
    model: ModelOption = None,
    encoder_kind: EncoderOption = None,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """The claims most similar to a text or to a stored claim, with their scores."""
    from factcheck.errors import FactcheckError
    from factcheck.search import search_claims
    from factcheck.serialize import claim_json

    if (query is None) == (claim is None):
        fail("give either a QUERY or --claim ID")
    encoder = Timed(encoder_for(model, encoder_kind))
    with open_store(db) as store, EmbedProgress(encoder) as progress:
        try:
            found = search_claims(store, encoder, query, claim, n, side=side, document=document, on_batch=progress)
        except (FactcheckError, *model_errors()) as e:
            fail(str(e))
    for hit in found:
        c = hit.claim
        if as_json:
            typer.echo(json_line({"score": round(hit.score, 4), **claim_json(c)}))
        else:
            typer.echo(terminal_safe(f"{hit.score:.3f}  {c.id:>5} [{c.side}] {c.text}"))


@app.command("clusters")
def list_clusters(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """The topics found by `factcheck pair`, with their claims."""
    from factcheck.serialize import claim_json

    with open_store(db) as store:
        groups = store.clusters()
        claims = store.claims_by_id(sorted({c for g in groups for c in g.claim_ids}))
    if not groups:
        fail("no clusters yet: run `factcheck pair` first")
    for group in groups:
        members = [claims[i] for i in group.claim_ids if i in claims]
        if as_json:
            typer.echo(json_line({"id": group.id, "topic": group.topic, "claims": [claim_json(c) for c in members]}))
            continue
        typer.echo(terminal_safe(f"{group.id:>4}  {group.topic}  ({len(members)} claims)"))
        for c in members:
            typer.echo(terminal_safe(f"        {c.id:>5} [{c.side}] {c.text}"))
