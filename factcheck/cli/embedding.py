"""What the commands that embed share: the encoder --encoder and --model name, a progress bar with claims per
second, and pairing with both."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from factcheck.cli.common import fail

EncoderOption = Annotated[
    Optional[str],
    typer.Option("--encoder", envvar="FACTCHECK_ENCODER", help="onnx (ONNX Runtime, int8) or torch (sentence-transformers) [default: torch]."),
]


def pair_with_progress(
    store, model: str | None = None, min_similarity: float | None = None, nli_model: Path | None = None,
    kind: str | None = None,
):
    """`run_pairing` with a progress bar on stderr, its failures turned into one line, its speed said."""
    from factcheck.errors import FactcheckError
    from factcheck.pairing.clustering import DEFAULT_MIN_SIMILARITY
    from factcheck.pairing.stage import run_pairing
    from factcheck.pairing.suggest import NliJudge

    encoder = Timed(encoder_for(model, kind))
    threshold = DEFAULT_MIN_SIMILARITY if min_similarity is None else min_similarity
    with EmbedProgress(encoder) as progress:
        try:
            report = run_pairing(
                store, encoder, threshold, nli=NliJudge(str(nli_model)) if nli_model else None, on_batch=progress
            )
        except (FactcheckError, *model_errors()) as e:
            fail(str(e))
    if report.embedded:
        typer.echo(f"Embedded {encoder.count:,} claims with {encoder.name}: {encoder.rate():,.0f} claims/s"
                   f"{_others(store, encoder.name)}")
    return report


def encoder_for(model: str | None, kind: str | None = None):
    """--encoder (or FACTCHECK_ENCODER) and --model as an encoder; ONNX falls back to torch, saying so."""
    from embeddings import ModelNotFound, make_encoder

    try:
        return make_encoder(kind, model, warn=lambda line: typer.echo(line, err=True))
    except ModelNotFound as e:
        fail(str(e))


def _others(store, name: str) -> str:
    """Where the store also holds vectors of other encoders: they are kept apart, and kept."""
    others = {model: count for model, count in store.vector_counts().items() if model != name}
    if not others:
        return ""
    kept = ", ".join(f"{count:,} by {model}" for model, count in sorted(others.items()))
    return f" (vectors of other encoders are kept apart, not mixed: {kept})"


class Timed:
    """An encoder that counts what it embeds and the seconds it spends, for claims per second."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.count = 0
        self.seconds = 0.0

    def encode(self, texts):
        if not self.count:
            getattr(self.inner, "model", None)  # a torch model loads outside the timing
        start = time.perf_counter()
        vectors = self.inner.encode(texts)
        self.seconds += time.perf_counter() - start
        self.count += len(texts)
        return vectors

    def rate(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0


def model_errors() -> tuple[type[Exception], ...]:
    from embeddings import ModelNotFound

    return (ModelNotFound,)


class EmbedProgress:
    """A progress bar on stderr while claims are embedded, with claims per second; nothing when there is nothing
    to embed."""

    def __init__(self, timed: Timed | None = None):
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
