"""The claim store: one SQLite file, written through sqlite-utils, shared safely between processes."""
from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path

from sqlite_utils import Database

from claims.model import Claim, Quantity
from factcheck.errors import FactcheckError
from factcheck.records import Document, SourceDocument, StoredClaim, topic_matches
from factcheck.store.labels import LabelTables
from factcheck.store.migrations import MIGRATION_NAMES, migrations
from factcheck.store.pairs import PairTables
from factcheck.store.review import ReviewRows
from factcheck.store.rows import (
    claim_from_row,
    content_hash,
    document_from_row,
    json_ids,
    now,
    quantity_from_row,
)
from factcheck.store.vectors import VectorTables

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 60_000


class Store(PairTables, VectorTables, LabelTables, ReviewRows):
    """A factcheck database in one SQLite file. Opening one applies any pending migrations.

    The tables are grouped by what they hold (pairs and clusters, vectors, labels, the review queue) in the
    classes it mixes in; this class holds the connection, the schema, documents and claims.
    """

    def __init__(self, path: str | Path, create: bool = False):
        """Only `create=True` (ingest, demo) makes a new file: elsewhere a mistyped path must say so, not leave
        an empty database behind."""
        self.path = Path(path)
        self.db = _connect(self.path, create)
        self._depth = 0  # open transactions: an inner one joins the outer
        self._migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction that takes the write lock at once.

        BEGIN IMMEDIATE rather than sqlite-utils' deferred BEGIN: a deferred
        transaction that reads and then writes fails with "database is locked"
        when another process wrote in between, whatever the busy timeout.
        """
        if self._depth:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        else:
            self.db.commit()
        finally:
            self._depth -= 1

    def ensure_writable(self) -> None:
        """Fail now, before minutes of work, when the database cannot be written (read-only file or folder).

        Takes the write lock and dirties a page, then rolls back: nothing reaches the file.
        """
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                version = self.db.execute("PRAGMA user_version").fetchone()[0]
                self.db.execute(f"PRAGMA user_version = {int(version)}")
            finally:
                self.db.rollback()
        except sqlite3.DatabaseError as e:
            raise database_error(self.path, e) from None

    def _migrate(self) -> None:
        known = set(MIGRATION_NAMES)
        try:
            with self.transaction():
                applied = {m.name for m in migrations.applied(self.db)}
                newer = sorted(applied - known)
                if newer:
                    raise FactcheckError(
                        f"{self.path} was written by a newer factcheck (schema {newer[-1]}); upgrade factcheck to open it"
                    )
                if migrations.pending(self.db):
                    migrations.apply(self.db)
        except sqlite3.DatabaseError as e:
            raise database_error(self.path, e) from None

    # -- documents -------------------------------------------------------

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

    def save_document(self, doc: SourceDocument, claims: Iterable[Claim]) -> tuple[str, int]:
        """Store a document and its claims in one transaction.

        Returns ("added" | "replaced" | "skipped", document id). Content already
        stored is skipped. A changed document keeps the ids of its claims whose
        text did not change, so that pairs and labels on them survive.
        """
        sha = content_hash(doc.text)
        with self.transaction() as db:
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
                _insert_claims(db, document_id, claims, keep={})
                return "added", document_id
            db["documents"].update(old.id, row)
            _insert_claims(db, old.id, claims, keep=_claim_ids_by_text(db, old.id))
            return "replaced", old.id

    # -- claims ----------------------------------------------------------

    def claims(self, document_id: int | None = None, side: str | None = None) -> list[StoredClaim]:
        where, params = [], []
        if document_id is not None:
            where.append("document_id = ?")
            params.append(document_id)
        if side is not None:
            where.append("side = ?")
            params.append(side)
        sql = "select * from claims" + (" where " + " and ".join(where) if where else "")
        sql += " order by document_id, position"
        rows = list(self.db.query(sql, params))
        quantities = self._quantities_by_claim([r["id"] for r in rows] if document_id is not None else None)
        return [claim_from_row(r, quantities.get(r["id"], ())) for r in rows]

    def claims_by_id(self, ids: Sequence[int]) -> dict[int, StoredClaim]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = list(self.db.query(f"select * from claims where id in ({marks})", list(ids)))
        quantities = self._quantities_by_claim([r["id"] for r in rows])
        return {r["id"]: claim_from_row(r, quantities.get(r["id"], ())) for r in rows}

    def _quantities_by_claim(self, claim_ids: Sequence[int] | None) -> dict[int, tuple[Quantity, ...]]:
        if claim_ids is None:
            rows = self.db.query("select * from quantities order by claim_id, char_start")
        elif not claim_ids:
            return {}
        else:
            rows = self.db.query(
                "select * from quantities where claim_id in (select value from json_each(?)) order by claim_id, char_start",
                [json_ids(claim_ids)],
            )
        grouped: dict[int, list[Quantity]] = {}
        for r in rows:
            grouped.setdefault(r["claim_id"], []).append(quantity_from_row(r))
        return {k: tuple(v) for k, v in grouped.items()}

    def counts(self) -> dict[str, int]:
        return {
            name: self.db.execute(f"select count(*) from [{name}]").fetchone()[0]
            for name in ("documents", "claims", "quantities", "pairs", "labels")
        }


def _connect(path: Path, create: bool) -> Database:
    if path.exists() and path.is_dir():
        raise FactcheckError(f"{path} is a folder, not a database file")
    if not create and not path.exists():
        raise FactcheckError(f"{path}: no such database (create one with factcheck ingest)")
    if not path.parent.exists():
        raise FactcheckError(f"cannot create database {path}: folder {path.parent} does not exist")
    # mode=rw never creates the file, even if it vanished since the check above.
    mode = "rwc" if create else "rw"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.create_function("topic_matches", 2, topic_matches, deterministic=True)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
    except sqlite3.DatabaseError as e:
        raise database_error(path, e) from None
    return db


def database_error(path: Path, error: sqlite3.DatabaseError) -> FactcheckError:
    message = str(error)
    if "file is not a database" in message or "file is encrypted" in message:
        return FactcheckError(f"{path} is not a factcheck database (not an SQLite file)")
    if "readonly" in message or "read-only" in message:
        return FactcheckError(f"cannot write to {path}: the file or its folder is read-only")
    if "unable to open" in message:
        return FactcheckError(
            f"cannot open database {path}: check the path and its permissions"
            " (its folder must be writable too: SQLite keeps a -wal file beside it)"
        )
    if "full" in message:
        return FactcheckError(f"{path}: the disk or database is full; the change in progress was rolled back")
    if "disk I/O error" in message:
        return FactcheckError(f"{path}: disk I/O error (is the disk full?); the change in progress was rolled back")
    return FactcheckError(f"{path}: database error: {message}")


def _claim_ids_by_text(db: Database, document_id: int) -> dict[str, int]:
    rows = db.query("select id, text from claims where document_id = ?", [document_id])
    return {r["text"]: r["id"] for r in rows}


def _insert_claims(db: Database, document_id: int, claims: Iterable[Claim], keep: dict[str, int]) -> None:
    """Write a document's claims, reusing the id of an unchanged claim and dropping vanished ones."""
    kept_ids = []
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
            kept_ids.append(claim_id)
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
        delete_claims(db, vanished)


def delete_claims(db: Database, claim_ids: Sequence[int]) -> None:
    """Delete claims with what was derived from them; a claim in a labelled pair stays, as reviewed."""
    ids = json_ids(claim_ids)
    among = "in (select value from json_each(?))"
    db.execute(f"delete from claim_clusters where claim_id {among}", [ids])
    db.execute(
        f"delete from pairs where (claim_a {among} or claim_b {among}) and id not in (select pair_id from labels)",
        [ids, ids],
    )
    reviewed = {r[0] for r in db.execute(f"select claim_a from pairs where claim_a {among} union select claim_b from pairs where claim_b {among}", [ids, ids])}
    ids = json_ids([i for i in claim_ids if i not in reviewed])
    db.execute(f"delete from quantities where claim_id {among}", [ids])
    db.execute(f"delete from claims where id {among}", [ids])


