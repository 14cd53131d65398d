"""How close one set of claim vectors is to another: cosine row by row, and nearest neighbours kept."""
from __future__ import annotations

import numpy as np

NEIGHBOURS = 10


def nearest(matrix: np.ndarray, k: int = NEIGHBOURS) -> np.ndarray:
    """Each row's k nearest other rows by cosine (rows are unit length), as row numbers."""
    scores = matrix @ matrix.T
    np.fill_diagonal(scores, -np.inf)
    return np.argpartition(-scores, k, axis=1)[:, :k]


def agreement(reference: np.ndarray, candidate: np.ndarray, k: int = NEIGHBOURS) -> dict:
    """Mean and minimum cosine of matching rows, and the share of each row's k neighbours kept."""
    cosine = np.sum(reference * candidate, axis=1)
    ours, theirs = nearest(reference, k), nearest(candidate, k)
    kept = [len(set(a) & set(b)) / k for a, b in zip(ours, theirs)]
    return {"cosine_mean": float(cosine.mean()), "cosine_min": float(cosine.min()), "neighbours_kept": float(np.mean(kept))}
