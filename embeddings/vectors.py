"""Vectors as the store keeps them: float32, unit length, as raw bytes."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def normalise(vectors) -> np.ndarray:
    """float32, C-contiguous, unit rows (a zero row stays zero)."""
    v = np.ascontiguousarray(np.atleast_2d(vectors), dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return v / norms


def to_blob(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def from_blobs(blobs: Sequence[bytes], dimensions: int) -> np.ndarray:
    """One matrix from many blobs, joined once rather than stacked row by row."""
    if not blobs:
        return np.empty((0, dimensions), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), dimensions).copy()
