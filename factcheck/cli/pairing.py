"""pair, pairs, search, clusters: embedding claims, pairing opposing ones, and looking them up.

torch and sentence-transformers load only inside `pair` and `search`, the
commands that embed; `pairs` and `clusters` read the store alone.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import DEFAULT_DB, DbOption, JsonOption, app, echo, fail, known_id, open_store
from factcheck.safe_text import json_line, one_line
from factcheck.records import LABELS

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", envvar="FACTCHECK_MODEL", help="sentence-transformers model name or folder [default: the bundled all-MiniLM-L6-v2]."),
]


def _label_option(value: str | None) -> str | None:
    if value is not None and value not in LABELS:
        raise typer.BadParameter(f"must be one of {', '.join(LABELS)}")
    return value


@app.command()
def pair(
    min_similarity: Annotated[
        float, typer.Option("--min-similarity", min=0.0, max=1.0, help="Cosine similarity for claims to be on the same point.")
    ] = 0.5,
    model: ModelOption = None,
    nli_model: Annotated[
        Optional[Path],
        typer.Option("--nli-model", help="Folder of an NLI cross-encoder to weigh in where rules find nothing.", readable=False),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Embed new claims, cluster them and pair claims that may oppose each other. Safe to run again."""
    if nli_model is not None and not nli_model.is_dir():
        fail(f"--nli-model {nli_model}: no such folder")
    with open_store(db) as store:
        report = pair_claims(store, model, min_similarity, nli_model)
    echo(report.summary())


def pair_claims(store, model: str | None = None, min_similarity: float | None = None, nli_model: Path | None = None):
    """The pairing stage with a progress bar, its failures turned into one line on stderr."""
    from factcheck.pairing.clustering import DEFAULT_MIN_SIMILARITY
    from factcheck.errors import FactcheckError
    from factcheck.pairing.stage import run_pairing
    from factcheck.pairing.suggest import NliJudge

    encoder = _encoder(model)
    threshold = DEFAULT_MIN_SIMILARITY if min_similarity is None else min_similarity
    with _Progress() as progress:
        try:
            nli = NliJudge(str(nli_model)) if nli_model else None
            if nli is not None:
                nli.load()  # a wrong folder is one line now, not after minutes of embedding
            return run_pairing(store, encoder, threshold, nli=nli, on_batch=progress)
        except (FactcheckError, *_model_errors()) as e:
            fail(str(e))


@app.command("pairs")
def list_pairs(
    label: Annotated[Optional[str], typer.Option("--label", callback=_label_option, help="Only pairs reviewed as this.")] = None,
    suggested: Annotated[
        Optional[str], typer.Option("--suggested", callback=_label_option, help="Only pairs suggested as this.")
    ] = None,
    unlabeled: Annotated[bool, typer.Option("--unlabeled", help="Only pairs nobody has labelled yet.")] = False,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """List the stored pairs with their suggested and reviewed labels."""
    from factcheck.store.pairs import listed_pairs

    with open_store(db) as store:
        found = listed_pairs(store, label=label, suggested=suggested, unlabeled=unlabeled)
        claims = store.claims_by_id(sorted({c for p, _ in found for c in (p.claim_a, p.claim_b)}))
    for p, final in found:
        a, b = claims.get(p.claim_a), claims.get(p.claim_b)
        if as_json:
            echo(json_line(_pair_json(p, final, a, b)))
        else:
            echo_pair(p, final, a, b)


def echo_pair(p, final: str | None, a, b) -> None:
    """A pair as `factcheck pairs` lists it: the suggestion and label, both claims, the reasons."""
    shown = final or "unreviewed"
    echo(f"{p.id:>5}  {p.suggested_label} ({p.confidence:.2f}), {shown}  sim {p.similarity:.2f}  [{one_line(p.topic)}]")
    for c in (a, b):
        echo(f"       {c.id} [{one_line(c.side)}] {one_line(c.text)}" if c else "       (claim gone)")
    for reason in p.reasons:
        echo(f"       - {one_line(reason)}")


def _claim_json(c) -> dict | None:
    if c is None:
        return None
    return {"id": c.id, "text": c.text, "document": c.document_id, "speaker": c.speaker, "side": c.side}


def _pair_json(p, final, a, b) -> dict:
    return {
        "id": p.id,
        "claim_a": _claim_json(a),
        "claim_b": _claim_json(b),
        "similarity": round(p.similarity, 4),
        "suggested_label": p.suggested_label,
        "confidence": p.confidence,
        "reasons": list(p.reasons),
        "label": final,
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
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """The claims most similar to a text or to a stored claim, with their scores."""
    from embeddings import ExactIndex
    from embeddings.ann import AnnIndex, index_path_for
    from factcheck.pairing.stage import load_index

    if (query is None) == (claim is None):
        fail("give either a QUERY or --claim ID")
    known_id(claim, "claim")
    known_id(document, "document")
    if query is not None and not query.strip():
        fail("the query is empty")
    encoder = _encoder(model)
    with open_store(db) as store, _Progress() as progress:
        try:
            claims, vectors, _ = load_index(store, encoder, on_batch=progress)
        except _model_errors() as e:
            fail(str(e))
        if not claims:
            fail("no claims yet: ingest documents first")
        rows = vectors.rows_of()
        if claim is not None:
            if claim not in rows:
                fail(f"no claim with id {claim}")
            wanted = vectors.matrix[rows[claim]]
        else:
            wanted = encoder.encode([query])[0]
    keep = [i for i, c in enumerate(claims) if (side is None or c.side == side) and (document is None or c.document_id == document) and c.id != claim]
    if len(keep) < len(claims):  # a filtered search scans its subset exactly
        index = ExactIndex(vectors.ids[keep], vectors.matrix[keep])
    else:  # the saved index beside the database (large stores), brought up to date
        index = AnnIndex.synced(index_path_for(db), vectors.ids, vectors.matrix)
    found = index.search(wanted[None, :], max(1, min(n, len(index))))  # -n 10**9 asks for every claim, no more
    by_id = {c.id: c for c in claims}
    for claim_id, score in zip(found.ids[0], found.scores[0]):
        if claim_id < 0:
            continue
        c = by_id[int(claim_id)]
        if as_json:
            echo(json_line({"score": round(float(score), 4), **_claim_json(c)}))
        else:
            echo(f"{score:.3f}  {c.id:>5} [{one_line(c.side)}] {one_line(c.text)}")


@app.command("clusters")
def list_clusters(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """The topics found by `factcheck pair`, with their claims."""
    from factcheck.store.pairs import clusters

    with open_store(db) as store:
        groups = clusters(store)
        claims = store.claims_by_id(sorted({c for _, _, ids in groups for c in ids}))
    if not groups:
        fail("no clusters yet: run `factcheck pair` first")
    for cluster_id, topic, ids in groups:
        members = [claims[i] for i in ids if i in claims]
        if as_json:
            echo(json_line({"id": cluster_id, "topic": topic, "claims": [_claim_json(c) for c in members]}))
            continue
        echo(f"{cluster_id:>4}  {one_line(topic)}  ({len(members)} claims)")
        for c in members:
            echo(f"        {c.id:>5} [{one_line(c.side)}] {one_line(c.text)}")


def _encoder(model: str | None):
    from embeddings import ModelNotFound, SentenceTransformerEncoder

    try:
        return SentenceTransformerEncoder(model)
    except ModelNotFound as e:
        fail(str(e))


def _model_errors() -> tuple[type[Exception], ...]:
    from embeddings import ModelNotFound

    return (ModelNotFound,)


class _Progress:
    """A progress bar on stderr while claims are embedded; nothing when there is nothing to embed."""

    def __init__(self):
        self.bar = None
        self.task = None

    def __enter__(self):
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            self.bar = Progress("embedding", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("embed", total=total)
        self.bar.update(self.task, completed=done)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
