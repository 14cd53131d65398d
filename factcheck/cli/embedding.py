"""What the commands that embed share: the encoder a --model names, a progress bar, pairing with both."""
from __future__ import annotations

from pathlib import Path

from factcheck.cli.common import fail


def pair_with_progress(store, model: str | None = None, min_similarity: float | None = None, nli_model: Path | None = None):
    """`run_pairing` with a progress bar on stderr, its failures turned into one line."""
    from factcheck.errors import FactcheckError
    from factcheck.pairing.clustering import DEFAULT_MIN_SIMILARITY
    from factcheck.pairing.stage import run_pairing
    from factcheck.pairing.suggest import NliJudge

    encoder = encoder_for(model)
    threshold = DEFAULT_MIN_SIMILARITY if min_similarity is None else min_similarity
    with EmbedProgress() as progress:
        try:
            nli = NliJudge(str(nli_model)) if nli_model else None
            if nli is not None:
                nli.load()  # a wrong folder is one line now, not after minutes of embedding
            return run_pairing(store, encoder, threshold, nli=nli, on_batch=progress)
        except (FactcheckError, *model_errors()) as e:
            fail(str(e))


def encoder_for(model: str | None):
    from embeddings import ModelNotFound, SentenceTransformerEncoder

    try:
        return SentenceTransformerEncoder(model)
    except ModelNotFound as e:
        fail(str(e))


def model_errors() -> tuple[type[Exception], ...]:
    from embeddings import ModelNotFound

    return (ModelNotFound,)


class EmbedProgress:
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
