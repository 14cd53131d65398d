"""`factcheck pair` as a library call: embed what is missing, cluster, pair, suggest, save."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from embeddings import Encoder
from factcheck.pairing.clustering import DEFAULT_MIN_SIMILARITY, Topics, cluster_labels, nearest_neighbours
from factcheck.pairing.disputes import DocumentNames
from factcheck.errors import FactcheckError
from factcheck.pairing.learn import refine
from factcheck.pairing.candidates import claim_views, rank_candidates, select, suggested, with_topics
from factcheck.pairing.embed import embed_missing
from factcheck.store import SaveReport, Store


CANDIDATE_NEIGHBOURS = 20  # per claim: enough to reach a rebuttal phrased unlike the claim it answers


@dataclass(frozen=True)
class PairingReport:
    claims: int
    embedded: int
    clusters: int
    pairs: int
    saved: SaveReport
    learned: int  # suggestions the learned classifier changed

    def summary(self) -> str:
        learned = f", {self.learned} suggestions refined from labels" if self.learned else ""
        return (
            f"{self.claims} claims ({self.embedded} newly embedded), {self.clusters} clusters, "
            f"{self.pairs} pairs ({self.saved.added} new, {self.saved.dropped} dropped){learned}"
        )


def load_index(store: Store, encoder: Encoder, on_batch: Callable[[int, int], None] | None = None):
    """(claims, their vectors, how many were newly embedded), embedding the claims that have no vector yet."""
    embedded = embed_missing(store, encoder, on_batch=on_batch)
    vectors = store.claim_vectors(encoder.name)
    by_id = {c.id: c for c in store.claims()}  # one query, where an id list would overflow SQLite's limits
    return [by_id[int(i)] for i in vectors.ids], vectors, embedded


def run_pairing(
    store: Store,
    encoder: Encoder,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
    nli=None,
    on_batch: Callable[[int, int], None] | None = None,
) -> PairingReport:
    claims, vectors, embedded = load_index(store, encoder, on_batch)
    if not claims:
        raise FactcheckError("no claims yet: ingest documents first")
    matrix = vectors.matrix
    neighbours = nearest_neighbours(matrix, CANDIDATE_NEIGHBOURS)
    topics = Topics([c.text for c in claims])
    groups = _clusters(claims, cluster_labels(matrix, neighbours, min_similarity), topics)
    store.save_clusters(encoder.name, groups)

    documents = store.documents()
    views = claim_views(claims, {d.id: d.published for d in documents})
    names = DocumentNames.of(claims, {d.id: d.title for d in documents})
    ranked = rank_candidates(claims, views, matrix, neighbours, min_similarity, nli=nli, names=names)
    chosen = select(ranked, {c.id: c for c in claims}, set(store.labelled_pair_ids()))
    chosen = with_topics(suggested(chosen, views, nli=nli), topics, views)
    rows, learned = refine(store, chosen)
    saved = store.save_pairs(rows)
    return PairingReport(len(claims), embedded, len(groups), len(rows), saved, learned)


def _clusters(claims, labels: np.ndarray, topics: Topics) -> list[tuple[str, list[int]]]:
    """(topic, claim ids) for each group of two or more claims; single claims are no topic."""
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(int(label), []).append(row)
    return [(topics.label(rows), [claims[r].id for r in rows]) for rows in groups.values() if len(rows) > 1]
