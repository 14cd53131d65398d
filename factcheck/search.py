"""Claims similar to a text or to a stored claim: what `factcheck search` asks, as a library call."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from embeddings import Encoder, ExactIndex
from factcheck.errors import FactcheckError
from factcheck.records import StoredClaim


@dataclass(frozen=True)
class SimilarClaim:
    claim: StoredClaim
    score: float  # cosine similarity to the query


def search_claims(
    store,
    encoder: Encoder,
    query: str | None = None,
    claim_id: int | None = None,
    limit: int = 10,
    side: str | None = None,
    document: int | None = None,
    on_batch: Callable[[int, int], None] | None = None,
) -> list[SimilarClaim]:
    """The ``limit`` claims most similar to ``query`` or to claim ``claim_id``, best first.

    Claims without a vector are embedded first. Below the size where it pays, or when ``side`` or ``document``
    filter the claims, the search is an exact scan; above it, the index this client keeps for the store (beside an
    SQLite file, in the user's cache for a server) is used and brought up to date.
    """
    from factcheck.pairing.stage import load_index

    if (query is None) == (claim_id is None):
        raise FactcheckError("give either a query or a claim id")
    if query is not None and not query.strip():
        raise FactcheckError("the query is empty")
    claims, vectors, _ = load_index(store, encoder, on_batch=on_batch)
    if not claims:
        raise FactcheckError("no claims yet: ingest documents first")
    rows = vectors.rows_of()
    if claim_id is not None:
        if claim_id not in rows:
            raise FactcheckError(f"no claim with id {claim_id}")
        wanted = vectors.matrix[rows[claim_id]]
    else:
        wanted = encoder.encode([query])[0]
    keep = [
        i for i, c in enumerate(claims)
        if (side is None or c.side == side) and (document is None or c.document_id == document) and c.id != claim_id
    ]
    limit = max(0, min(int(limit), len(keep)))  # never ask an index for more rows than there are claims
    if not limit:
        return []
    if len(keep) < len(claims):  # a filtered search scans its subset exactly
        index = ExactIndex(vectors.ids[keep], vectors.matrix[keep])
    else:
        index = _saved_index(store.index_path, vectors)
    found = index.search(wanted[None, :], limit)
    by_id = {c.id: c for c in claims}
    return [
        SimilarClaim(by_id[int(i)], float(score))
        for i, score in zip(found.ids[0], found.scores[0])
        if i >= 0 and int(i) in by_id
    ]


def _saved_index(path: Path, vectors):
    """The search index this client keeps for the store (large stores), brought up to date with the vectors."""
    import contextlib

    from embeddings.ann import AnnIndex

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)  # a server's store keeps it in the user's cache folder
    return AnnIndex.synced(path, vectors.ids, vectors.matrix)
