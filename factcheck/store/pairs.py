"""Pairs and clusters in the store: written by the pairing stage, read by `pairs` and `clusters`."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.records import Pair
from factcheck.store.sqlite import Store, now

# The label a pair shows: the latest adjudication, else the latest event.
CURRENT_LABEL_SQL = """
    select l.pair_id, l.label from labels l
    where l.id = (select l2.id from labels l2 where l2.pair_id = l.pair_id order by l2.adjudication desc, l2.id desc limit 1)
"""


@dataclass(frozen=True)
class PairRow:
    """A pair to save: claim_a < claim_b."""

    claim_a: int
    claim_b: int
    similarity: float
    suggested_label: str
    confidence: float
    reasons: tuple[str, ...]
    topic: str


@dataclass(frozen=True)
class SaveReport:
    added: int
    updated: int
    dropped: int


def labelled_pairs(store: Store) -> dict[tuple[int, int], int]:
    """(claim_a, claim_b) -> pair id, for pairs with at least one label event."""
    sql = "select id, claim_a, claim_b from pairs where id in (select pair_id from labels)"
    return {(r[1], r[2]): r[0] for r in store.db.execute(sql).fetchall()}


def save_pairs(store: Store, rows: Sequence[PairRow]) -> SaveReport:
    """Make the stored pairs these rows, in one transaction.

    A pair already stored keeps its id and gets the new suggestion; an
    unlabelled pair no longer chosen is dropped; a labelled pair is never dropped.
    """
    stamp = now()
    with store.transaction() as db:
        existing = {(r[1], r[2]): r[0] for r in db.execute("select id, claim_a, claim_b from pairs").fetchall()}
        labelled = {r[0] for r in db.execute("select distinct pair_id from labels").fetchall()}
        added = updated = 0
        for row in rows:
            values = {
                "similarity": row.similarity,
                "suggested_label": row.suggested_label,
                "confidence": row.confidence,
                "reasons": json.dumps(list(row.reasons), ensure_ascii=False),
                "topic": row.topic,
                "updated_at": stamp,
            }
            pair_id = existing.pop((row.claim_a, row.claim_b), None)
            if pair_id is None:
                db["pairs"].insert({"claim_a": row.claim_a, "claim_b": row.claim_b, "created_at": stamp, **values})
                added += 1
            else:
                db["pairs"].update(pair_id, values)
                updated += 1
        stale = [pair_id for pair_id in existing.values() if pair_id not in labelled]
        db.execute("delete from pairs where id in (select value from json_each(?))", [json.dumps(stale)])
    return SaveReport(added, updated, len(stale))


def save_clusters(store: Store, model: str, clusters: Sequence[tuple[str, Sequence[int]]]) -> None:
    """Replace the clusters: (topic, claim ids) each. Clusters are derived data, rebuilt on each run."""
    stamp = now()
    with store.transaction() as db:
        db.execute("delete from claim_clusters")
        db.execute("delete from clusters")
        for topic, claim_ids in clusters:
            cluster_id = db["clusters"].insert(
                {"topic": topic, "size": len(claim_ids), "model": model, "created_at": stamp}
            ).last_pk
            db["claim_clusters"].insert_all({"claim_id": int(c), "cluster_id": cluster_id} for c in claim_ids)


def clusters(store: Store) -> list[tuple[int, str, list[int]]]:
    """(cluster id, topic, claim ids), largest first."""
    members: dict[int, list[int]] = {}
    for cluster_id, claim_id in store.db.execute("select cluster_id, claim_id from claim_clusters order by claim_id"):
        members.setdefault(cluster_id, []).append(claim_id)
    rows = store.db.execute("select id, topic from clusters order by size desc, id").fetchall()
    return [(cid, topic, members.get(cid, [])) for cid, topic in rows]


def current_labels(store: Store) -> dict[int, str]:
    return dict(store.db.execute(CURRENT_LABEL_SQL).fetchall())


def listed_pairs(
    store: Store, label: str | None = None, suggested: str | None = None, unlabeled: bool = False
) -> list[tuple[Pair, str | None]]:
    """Pairs with their current label (None until reviewed), filtered as `factcheck pairs` asks."""
    where, params = [], []
    if suggested:
        where.append("suggested_label = ?")
        params.append(suggested)
    if unlabeled:
        where.append("id not in (select pair_id from labels)")
    pairs = store.pairs(" and ".join(where), params)
    labels = current_labels(store)
    return [(p, labels.get(p.id)) for p in pairs if label is None or labels.get(p.id) == label]
