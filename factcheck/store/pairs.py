"""Pairs and clusters in the store: written by the pairing stage, read by `pairs`, `clusters`, review and reports."""
from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from factcheck.records import Label, Pair
from factcheck.store.dialect import Dialect
from factcheck.store.rows import json_ids, now, pair_from_row


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


@dataclass(frozen=True)
class Cluster:
    id: int
    topic: str
    claim_ids: tuple[int, ...]


class PairTables:
    """The pairs and clusters tables (mixed into each store)."""

    dialect: Dialect

    def pairs(
        self,
        *,
        ids: Collection[int] | None = None,
        suggested: Label | str | None = None,
        labelled: bool | None = None,
    ) -> list[Pair]:
        """Stored pairs in id order: those of ``ids``, suggested as ``suggested``, with or without label events."""
        where, params = [], []
        if ids is not None:
            where.append(f"id {self.dialect.in_ids()}")
            params.append(json_ids(ids))
        if suggested is not None:
            where.append("suggested_label = ?")
            params.append(str(suggested))
        if labelled is not None:
            where.append(("" if labelled else "not ") + "exists (select 1 from labels where labels.pair_id = pairs.id)")
        sql = "select * from pairs" + (" where " + " and ".join(where) if where else "") + " order by id"
        return [pair_from_row(row) for row in self.db.query(sql, params)]

    def pair(self, pair_id: int) -> Pair | None:
        found = self.pairs(ids=[pair_id])
        return found[0] if found else None

    def labelled_pair_ids(self) -> dict[tuple[int, int], int]:
        """(claim_a, claim_b) -> pair id, for pairs with at least one label event."""
        sql = "select id, claim_a, claim_b from pairs where id in (select pair_id from labels)"
        return {(r[1], r[2]): r[0] for r in self.db.execute(sql).fetchall()}

    def save_pairs(self, rows: Sequence[PairRow]) -> SaveReport:
        """Make the stored pairs these rows, in one transaction.

        A pair already stored keeps its id and gets the new suggestion; an
        unlabelled pair no longer chosen is dropped; a labelled pair is never dropped.
        """
        stamp = now()
        with self.transaction() as db:
            self._lock_structure()
            existing = {(r[1], r[2]): r[0] for r in db.execute("select id, claim_a, claim_b from pairs").fetchall()}
            added = updated = 0
            new, changed = [], []
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
                    new.append({"claim_a": row.claim_a, "claim_b": row.claim_b, "created_at": stamp, **values})
                else:
                    changed.append({"id": pair_id, **values})
            db["pairs"].insert_all(new)
            db["pairs"].upsert_all(changed, pk="id")
            added, updated = len(new), len(changed)
            dropped = self._delete_unlabelled_pairs(list(existing.values()))  # last: its row locks are held briefly
        return SaveReport(added, updated, dropped)

    def _delete_unlabelled_pairs(self, pair_ids: Sequence[int]) -> int:
        """Inside a transaction: delete those of these pairs that no label event names; returns how many went.

        The check is made in the delete itself, against the labels committed by then, so a label given at this
        moment from another process is never lost: its pair stays.
        """
        if not pair_ids:
            return 0
        ids, among = json_ids(pair_ids), self.dialect.in_ids()
        self._lock_pairs(ids)
        unlabelled = "not exists (select 1 from labels where labels.pair_id = pairs.id)"
        return self.db.execute(f"delete from pairs where id {among} and {unlabelled}", [ids]).rowcount

    def _lock_pairs(self, ids: str) -> None:
        """Lock these pairs' rows until the transaction ends (PostgreSQL); SQLite's writer holds the whole file."""

    def _ids_follow_rows(self, tables: Sequence[str]) -> None:
        """After rows were written with their own ids: new rows get ids above them (PostgreSQL's identity
        columns; SQLite takes the largest id + 1 by itself)."""

    def save_clusters(self, model: str, clusters: Sequence[tuple[str, Sequence[int]]]) -> None:
        """Replace the clusters: (topic, claim ids) each. Clusters are derived data, rebuilt on each run."""
        stamp = now()
        with self.transaction() as db:
            self._lock_structure()
            db.execute("delete from claim_clusters")
            db.execute("delete from clusters")
            for topic, claim_ids in clusters:
                cluster_id = db["clusters"].insert(
                    {"topic": topic, "size": len(claim_ids), "model": model, "created_at": stamp}
                ).last_pk
                db["claim_clusters"].insert_all({"claim_id": int(c), "cluster_id": cluster_id} for c in claim_ids)

    def clusters(self) -> list[Cluster]:
        """The clusters, largest first."""
        members: dict[int, list[int]] = {}
        for cluster_id, claim_id in self.db.execute("select cluster_id, claim_id from claim_clusters order by claim_id").fetchall():
            members.setdefault(cluster_id, []).append(claim_id)
        rows = self.db.execute("select id, topic from clusters order by size desc, id").fetchall()
        return [Cluster(cid, topic, tuple(members.get(cid, ()))) for cid, topic in rows]
