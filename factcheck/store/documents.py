"""Documents and claims in the store: each document written whole in one transaction, read back as records.

Like the other table groups, this is written once for both backends: `self.db` is a sqlite-utils `Database`
or the PostgreSQL connection that offers the same calls, and `self.dialect` names what differs.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from claims.model import Claim, KnownOrganisations, Quantity
from factcheck.records import Document, SourceDocument, StoredClaim
from factcheck.store.dialect import Dialect
from factcheck.store.rows import claim_from_row, content_hash, document_from_row, json_ids, now, quantity_from_row

TABLES = ("documents", "claims", "quantities", "pairs", "labels")  # what `counts` counts


class DocumentTables:
    """The documents, claims and quantities tables (mixed into each store)."""

    dialect: Dialect

    def document_by_source(self, source: str) -> Document | None:
        rows = list(self.db.query("select * from documents where source = ?", [source]))
        return document_from_row(rows[0]) if rows else None

    def document_by_hash(self, sha256: str) -> Document | None:
        rows = list(self.db.query("select * from documents where sha256 = ? limit 1", [sha256]))
        return document_from_row(rows[0]) if rows else None

    def documents(self) -> list[Document]:
        sql = """
            select documents.*, (select count(*) from claims where claims.document_id = documents.id) as claim_count
            from documents order by documents.id
        """
        return [document_from_row(row) for row in self.db.query(sql)]

    def document_text(self, document_id: int) -> str:
        rows = list(self.db.query("select text from documents where id = ?", [document_id]))
        return rows[0]["text"] if rows else ""

    def save_document(self, doc: SourceDocument, claims: Iterable[Claim],
                      taught: KnownOrganisations | None = None) -> tuple[str, int]:
        """Store a document, its claims and the organisations it taught (see `organisations_taught`) in one
        transaction.

        Returns ("added" | "replaced" | "skipped", document id). Content already
        stored is skipped. A changed document keeps the ids of its claims whose
        text did not change, so that pairs and labels on them survive.
        """
        sha = content_hash(doc.text)
        with self.transaction() as db:
            self._lock_structure()
            same = self.document_by_hash(sha)
            if same is not None:
                return "skipped", same.id
            old = self.document_by_source(doc.source)
            row = {
                "source": doc.source,
                "path": doc.path,
                "url": doc.url,
                "title": doc.title,
                "publisher": doc.publisher,
                "published": doc.published,
                "sha256": sha,
                "text": doc.text,
                "ingested_at": now(),
            }
            if old is None:
                document_id = db["documents"].insert(row).last_pk
                self._insert_claims(document_id, claims, keep={})
                self._save_taught(document_id, taught)
                return "added", document_id
            db["documents"].update(old.id, row)
            self._insert_claims(old.id, claims, keep=self._claim_ids_by_text(old.id))
            self._save_taught(old.id, taught)
            return "replaced", old.id

    def _save_taught(self, document_id: int, taught: KnownOrganisations | None) -> None:
        self.db.execute("delete from document_organisations where document_id = ?", [document_id])
        if taught is None:
            return
        rows = [{"document_id": document_id, "side": side, "name": name}
                for side, names in (("employer", taught.employers), ("union", taught.unions)) for name in sorted(names)]
        if rows:
            self.db["document_organisations"].insert_all(rows)

    def organisations_taught(self) -> dict[str, KnownOrganisations]:
        """What each stored document showed to be an employer or a union, by the document's content hash (so that
        a document ingested again is not counted twice). Documents stored before factcheck kept this are not here."""
        rows = self.db.query(
            "select documents.sha256, document_organisations.side, document_organisations.name"
            " from document_organisations join documents on documents.id = document_organisations.document_id"
            " order by documents.id, document_organisations.side, document_organisations.name"
        )
        names: dict[str, dict[str, set[str]]] = {}
        for row in rows:
            names.setdefault(row["sha256"], {"employer": set(), "union": set()})[row["side"]].add(row["name"])
        return {sha: KnownOrganisations(frozenset(n["employer"]), frozenset(n["union"])) for sha, n in names.items()}

    def _lock_structure(self) -> None:
        """Inside a transaction: wait for other writers of documents, claims and pairs (labels never wait).

        SQLite's write transaction already holds the whole file, so there is nothing to add there.
        """

    def claims(self, document_id: int | None = None, side: str | None = None) -> list[StoredClaim]:
        where, params = [], []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if side is not None:
            where.append("side = ?")
            params.append(side)
        sql = "select * from claims" + (" where " + " and ".join(where) if where else "")
        sql += " order by document_id, position, id"
        rows = list(self.db.query(sql, params))
        quantities = self._quantities_by_claim([r["id"] for r in rows] if document_id is not None else None)
        return [claim_from_row(r, quantities.get(r["id"], ())) for r in rows]

    def claims_by_id(self, ids: Sequence[int]) -> dict[int, StoredClaim]:
        if not ids:
            return {}
        rows = list(self.db.query(f"select * from claims where id {self.dialect.in_ids()}", [json_ids(ids)]))
        quantities = self._quantities_by_claim([r["id"] for r in rows])
        return {r["id"]: claim_from_row(r, quantities.get(r["id"], ())) for r in rows}

    def _quantities_by_claim(self, claim_ids: Sequence[int] | None) -> dict[int, tuple[Quantity, ...]]:
        if claim_ids is None:
            rows = self.db.query("select * from quantities order by claim_id, char_start, id")
        elif not claim_ids:
            return {}
        else:
            rows = self.db.query(
                f"select * from quantities where claim_id {self.dialect.in_ids()} order by claim_id, char_start, id",
                [json_ids(claim_ids)],
            )
        grouped: dict[int, list[Quantity]] = {}
        for r in rows:
            grouped.setdefault(r["claim_id"], []).append(quantity_from_row(r))
        return {k: tuple(v) for k, v in grouped.items()}

    def counts(self) -> dict[str, int]:
        return {name: self.db.execute(f"select count(*) from {name}").fetchone()[0] for name in TABLES}

    def _claim_ids_by_text(self, document_id: int) -> dict[str, int]:
        rows = self.db.query("select id, text from claims where document_id = ?", [document_id])
        return {r["text"]: r["id"] for r in rows}

    def _insert_claims(self, document_id: int, claims: Iterable[Claim], keep: dict[str, int]) -> None:
        """Write a document's claims, reusing the id of an unchanged claim and dropping vanished ones."""
        db = self.db
        for claim in claims:
            row = {
                "document_id": document_id,
                "position": claim.position,
                "char_start": claim.start,
                "char_end": claim.end,
                "text": claim.text,
                "speaker": claim.speaker,
                "side": claim.side,
                "checkworthiness": claim.checkworthiness,
                "stance": claim.stance,
                "content_hash": content_hash(claim.text),
            }
            claim_id = keep.pop(claim.text, None)
            if claim_id is None:
                claim_id = db["claims"].insert(row).last_pk
            else:
                db["claims"].update(claim_id, row)
                db.execute("delete from quantities where claim_id = ?", [claim_id])
            db["quantities"].insert_all(
                {
                    "claim_id": claim_id,
                    "text": q.text,
                    "char_start": q.start,
                    "char_end": q.end,
                    "kind": q.kind,
                    "value": q.value,
                    "unit": q.unit,
                    "qualifier": q.qualifier,
                    "counted": q.counted,
                    "frame": json.dumps(asdict(q.frame), ensure_ascii=False) if q.frame else None,
                }
                for q in claim.quantities
            )
        vanished = list(keep.values())
        if vanished:
            self._delete_claims(vanished)

    def _delete_claims(self, claim_ids: Sequence[int]) -> None:
        """Delete claims with what was derived from them; a claim in a labelled pair stays, as reviewed."""
        db, ids, among = self.db, json_ids(claim_ids), self.dialect.in_ids()
        db.execute(f"delete from claim_clusters where claim_id {among}", [ids])
        doomed = [r[0] for r in db.execute(f"select id from pairs where claim_a {among} or claim_b {among}", [ids, ids])]
        self._delete_unlabelled_pairs(doomed)
        reviewed = {r[0] for r in db.execute(f"select claim_a from pairs where claim_a {among} union select claim_b from pairs where claim_b {among}", [ids, ids])}
        ids = json_ids([i for i in claim_ids if i not in reviewed])
        db.execute(f"delete from quantities where claim_id {among}", [ids])
        db.execute(f"delete from claims where id {among}", [ids])
