"""Synthetic claim vectors shaped like sentence embeddings, for sizes too large to embed on 2 cores.

Real MiniLM vectors of news claims are not spread evenly over the 384-d
sphere: claims bunch into topics (a strike's wage offer, its picket count)
and vary along few directions. Isotropic random vectors would be a
pessimistic, unrealistic case for a graph index (every neighbour is nearly
tied), so the vectors here are topic centres plus variation in a
low-dimensional subspace, plus a little full-rank noise.
"""
from __future__ import annotations

import numpy as np

DIM = 384


def _units(rng: np.random.Generator, rows: int, dim: int) -> np.ndarray:
    v = rng.standard_normal((rows, dim), dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def claim_vectors(n: int, seed: int = 0, dim: int = DIM, per_topic: int = 200, latent: int = 32) -> np.ndarray:
    """n unit vectors (float32): claims in topics of about ``per_topic``, topics in disputes.

    Weights chosen so that the similarity spread looks like MiniLM's on real
    strike coverage (../shared/seeds): unrelated claims ~0.2 (every news
    sentence shares a common direction), same dispute ~0.3, same topic ~0.55,
    nearest neighbours 0.6-0.9.
    """
    rng = np.random.default_rng(seed)
    topics = max(1, n // per_topic)
    disputes = max(1, topics // 25)
    common = _units(rng, 1, dim)[0] * 0.5
    dispute_of_topic = rng.integers(0, disputes, topics)
    centres = common + _units(rng, disputes, dim)[dispute_of_topic] * 0.5 + _units(rng, topics, dim) * 0.6
    basis = _units(rng, latent, dim)
    out = np.empty((n, dim), dtype=np.float32)
    chunk = 100_000  # bounded temporaries: a million rows stay within ~2 GB in all
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        v = centres[rng.integers(0, topics, m)]
        v += (rng.standard_normal((m, latent), dtype=np.float32) / np.sqrt(latent)) @ basis * 0.8
        v += rng.standard_normal((m, dim), dtype=np.float32) * (0.25 / np.sqrt(dim))
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        out[start:start + m] = v
    return out


def queries_near(vectors: np.ndarray, count: int, seed: int = 1, noise: float = 0.02) -> np.ndarray:
    """Queries like a new claim on a known topic: a stored vector, moved a little, renormalised."""
    rng = np.random.default_rng(seed)
    picks = vectors[rng.integers(0, len(vectors), count)]
    q = picks + rng.standard_normal(picks.shape, dtype=np.float32) * noise
    return (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)
