"""pair, pairs, search, clusters: embedding claims, pairing opposing ones, and looking them up.

torch, sentence-transformers and onnxruntime load only inside `pair` and
`search`, the commands that embed; `pairs` and `clusters` read the store alone.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import DEFAULT_DB, DbOption, JsonOption, app, fail, open_store
from factcheck.safe_text import json_line, terminal_safe
from factcheck.records import LABELS

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", envvar="FACTCHECK_MODEL", help="sentence-transformers model name or folder [default: the bundled all-MiniLM-L6-v2]."),
]
EncoderOption = Annotated[
    Optional[str],
    typer.Option("--encoder", envvar="FACTCHECK_ENCODER", help="onnx (ONNX Runtime, int8) or torch (sentence-transformers) [default: torch]."),
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
    encoder: EncoderOption = None,
    nli_model: Annotated[
        Optional[Path], typer.Option("--nli-model", help="Folder of an NLI cross-encoder to weigh in where rules find nothing.")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Embed new claims, cluster them and pair claims that may oppose each other. Safe to run again."""
    if nli_model is not None and not nli_model.is_dir():
        fail(f"--nli-model {nli_model}: no such folder")
    with open_store(db) as store:
        report = pair_claims(store, model, min_similarity, nli_model, encoder)
    typer.echo(report.summary())


def pair_claims(
    store, model: str | None = None, min_similarity: float | None = None, nli_model: Path | None = None,
    kind: str | None = None,
):
    """The pairing stage with a progress bar, its failures turned into one line on stderr."""
    from factcheck.clustering import DEFAULT_MIN_SIMILARITY
    from factcheck.errors import FactcheckError
    from factcheck.pair_stage import run_pairing
    from factcheck.suggest import NliJudge

    encoder = _Timed(_encoder(model, kind))
    threshold = DEFAULT_MIN_SIMILARITY if min_similarity is None else min_similarity
    with _Progress(encoder) as progress:
        try:
            report = run_pairing(
                store, encoder, threshold, nli=NliJudge(str(nli_model)) if nli_model else None, on_batch=progress
            )
        except (FactcheckError, *_model_errors()) as e:
            fail(str(e))
    if report.embedded:
        typer.echo(f"Embedded {encoder.count:,} claims with {encoder.name}: {encoder.rate():,.0f} claims/s"
                   f"{_others(store, encoder.name)}")
    return report


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
    from factcheck.pair_store import listed_pairs

    with open_store(db) as store:
        found = listed_pairs(store, label=label, suggested=suggested, unlabeled=unlabeled)
        claims = store.claims_by_id(sorted({c for p, _ in found for c in (p.claim_a, p.claim_b)}))
    for p, final in found:
        a, b = claims.get(p.claim_a), claims.get(p.claim_b)
        if as_json:
            typer.echo(json_line(_pair_json(p, final, a, b)))
        else:
            echo_pair(p, final, a, b)


def echo_pair(p, final: str | None, a, b) -> None:
    """A pair as `factcheck pairs` lists it: the suggestion and label, both claims, the reasons."""
    shown = final or "unreviewed"
    typer.echo(terminal_safe(f"{p.id:>5}  {p.suggested_label} ({p.confidence:.2f}), {shown}  sim {p.similarity:.2f}  [{p.topic}]"))
    for c in (a, b):
        typer.echo(terminal_safe(f"       {c.id} [{c.side}] {c.text}" if c else "       (claim gone)"))
    for reason in p.reasons:
        typer.echo(terminal_safe(f"       - {reason}"))


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
    encoder_kind: EncoderOption = None,
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """The claims most similar to a text or to a stored claim, with their scores."""
    from embeddings import ExactIndex
    from embeddings.ann import AnnIndex, index_path_for
    from factcheck.pair_stage import load_index

    if (query is None) == (claim is None):
        fail("give either a QUERY or --claim ID")
    if query is not None and not query.strip():
        fail("the query is empty")
    encoder = _encoder(model, encoder_kind)
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
    found = index.search(wanted[None, :], n)
    by_id = {c.id: c for c in claims}
    for claim_id, score in zip(found.ids[0], found.scores[0]):
        if claim_id < 0:
            continue
        c = by_id[int(claim_id)]
        if as_json:
            typer.echo(json_line({"score": round(float(score), 4), **_claim_json(c)}))
        else:
            typer.echo(terminal_safe(f"{score:.3f}  {c.id:>5} [{c.side}] {c.text}"))


@app.command("clusters")
def list_clusters(db: DbOption = DEFAULT_DB, as_json: JsonOption = False) -> None:
    """The topics found by `factcheck pair`, with their claims."""
    from factcheck.pair_store import clusters

    with open_store(db) as store:
        groups = clusters(store)
        claims = store.claims_by_id(sorted({c for _, _, ids in groups for c in ids}))
    if not groups:
        fail("no clusters yet: run `factcheck pair` first")
    for cluster_id, topic, ids in groups:
        members = [claims[i] for i in ids if i in claims]
        if as_json:
            typer.echo(json_line({"id": cluster_id, "topic": topic, "claims": [_claim_json(c) for c in members]}))
            continue
        typer.echo(terminal_safe(f"{cluster_id:>4}  {topic}  ({len(members)} claims)"))
        for c in members:
            typer.echo(terminal_safe(f"        {c.id:>5} [{c.side}] {c.text}"))


def _encoder(model: str | None, kind: str | None = None):
    """--encoder (or FACTCHECK_ENCODER) and --model as an encoder; ONNX falls back to torch, saying so."""
    from embeddings import ModelNotFound, make_encoder

    try:
        return make_encoder(kind, model, warn=lambda line: typer.echo(line, err=True))
    except ModelNotFound as e:
        fail(str(e))


def _others(store, name: str) -> str:
    """Where the store also holds vectors of other encoders: they are kept apart, and kept."""
    rows = store.db.execute("select model, count(*) from embeddings where model != ? group by model", [name]).fetchall()
    if not rows:
        return ""
    kept = ", ".join(f"{count:,} by {model}" for model, count in rows)
    return f" (vectors of other encoders are kept apart, not mixed: {kept})"


class _Timed:
    """An encoder that counts what it embeds and the seconds it spends, for claims per second."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.count = 0
        self.seconds = 0.0

    def encode(self, texts):
        import time

        if not self.count:
            getattr(self.inner, "model", None)  # a torch model loads outside the timing
        start = time.perf_counter()
        vectors = self.inner.encode(texts)
        self.seconds += time.perf_counter() - start
        self.count += len(texts)
        return vectors

    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def _model_errors() -> tuple[type[Exception], ...]:
    from embeddings import ModelNotFound

    return (ModelNotFound,)


class _Progress:
    """A progress bar on stderr while claims are embedded, with claims per second; nothing when there is nothing to embed."""

    def __init__(self, timed: "_Timed | None" = None):
        self.bar = None
        self.task = None
        self.timed = timed

    def __enter__(self):
        return self

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress("embedding", BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                TimeRemainingColumn(), console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("embed", total=total, rate="")
        rate = f"{self.timed.rate():,.0f} claims/s" if self.timed and self.timed.seconds else ""
        self.bar.update(self.task, completed=done, rate=rate)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
