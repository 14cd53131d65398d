"""Claims that speak about the same point, grouped, each group named by its TF-IDF keywords.

The grouping works on a sparse nearest-neighbour graph: each claim links to
its k most similar claims above the threshold, and the groups are the
connected components. The graph has n*k edges at most, so a million claims
never need an n-by-n matrix.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from embeddings import VectorIndex
from embeddings.ann import GRAPH_SETTINGS, AnnIndex

DEFAULT_MIN_SIMILARITY = 0.5
DENSE_LIMIT = 4000  # up to here an n-by-n distance matrix is a few tens of MB
GRAPH_NEIGHBOURS = 10  # edges per claim in the graph; enough to connect a topic, few enough to stay sparse
TOPIC_TERMS = 3
REPORTING = frozenset("said says say told added according statement noted stated".split())


@dataclass(frozen=True)
class Neighbours:
    """Each row's k nearest rows (row indices into the matrix, -1 where fewer) and their similarities."""

    rows: np.ndarray  # (n, k) int64
    scores: np.ndarray  # (n, k) float32


def nearest_neighbours(matrix: np.ndarray, k: int = GRAPH_NEIGHBOURS, index: VectorIndex | None = None) -> Neighbours:
    """Every row's k nearest other rows, through the index so that an approximate one can stand in."""
    # Exact below 20k rows; beyond, an IVF index keeps this near n log n rather than n squared.
    index = index or AnnIndex.of(np.arange(len(matrix)), matrix, GRAPH_SETTINGS)
    found = index.search(matrix, k + 1)
    rows, scores = found.ids, found.scores
    own = rows == np.arange(len(matrix))[:, None]
    # Drop each row's own entry (or the last one when it tied out of the top k+1).
    keep = ~own
    keep[~own.any(axis=1), -1] = False
    n = len(matrix)
    return Neighbours(rows[keep].reshape(n, k), scores[keep].reshape(n, k))


def cluster_labels(matrix: np.ndarray, neighbours: Neighbours, min_similarity: float = DEFAULT_MIN_SIMILARITY) -> np.ndarray:
    """A cluster number per row.

    Up to DENSE_LIMIT claims: average-linkage clustering, which does not chain
    a whole dispute into one group. Beyond: the connected components of the
    sparse graph of mutual nearest neighbours above the threshold.
    """
    if len(matrix) < 2:
        return np.zeros(len(matrix), dtype=np.int64)
    if len(matrix) <= DENSE_LIMIT:
        from sklearn.cluster import AgglomerativeClustering

        model = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=1 - min_similarity
        )
        return model.fit_predict(matrix).astype(np.int64)
    return graph_components(neighbours, min_similarity)


def graph_components(neighbours: Neighbours, min_similarity: float) -> np.ndarray:
    """Connected components of the mutual-neighbour graph: an edge needs each claim among the other's nearest."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(neighbours.rows)
    if n == 0:
        return np.empty(0, dtype=np.int64)
    rows, scores = neighbours.rows[:, :GRAPH_NEIGHBOURS], neighbours.scores[:, :GRAPH_NEIGHBOURS]
    mask = (rows >= 0) & (scores >= min_similarity)
    sources = np.broadcast_to(np.arange(n)[:, None], mask.shape)[mask]
    targets = rows[mask]
    graph = coo_matrix((np.ones(len(sources), dtype=np.int8), (sources, targets)), shape=(n, n)).tocsr()
    mutual = graph.multiply(graph.T)
    _, labels = connected_components(mutual, directed=False)
    return labels.astype(np.int64)


class Topics:
    """TF-IDF over all claims, fitted once, to name clusters and pairs by their keywords."""

    def __init__(self, texts: Sequence[str]):
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

        self.vectorizer = TfidfVectorizer(
            stop_words=sorted(ENGLISH_STOP_WORDS | REPORTING),
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]+\b",
            # A word in most claims (the employer's name) names no topic.
            max_df=0.3 if len(texts) >= 20 else 1.0,
        )
        try:
            self.weights = self.vectorizer.fit_transform(texts).tocsr()
            self.terms = self.vectorizer.get_feature_names_out()
        except ValueError:  # nothing but stop words
            self.weights, self.terms = None, np.array([])

    def label(self, rows: Sequence[int], n: int = TOPIC_TERMS) -> str:
        """The strongest terms of these claims, each adding words the others do not name."""
        if self.weights is None or not len(rows):
            return ""
        block = self.weights[list(rows)]
        # Terms several claims share outrank one claim's strongest words.
        score = np.asarray(block.sum(axis=0)).ravel() * np.asarray((block > 0).sum(axis=0)).ravel()
        chosen: list[str] = []
        for i in np.argsort(-score):
            if score[i] <= 0 or len(chosen) == n:
                break
            term = self.terms[i]
            if any(set(term.split()) & set(c.split()) for c in chosen):
                continue
            chosen.append(term)
        return ", ".join(chosen)
