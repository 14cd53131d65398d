"""The claim store: one SQLite file, written through sqlite-utils, shared safely between processes."""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from embeddings.ann import index_path_for

from factcheck.errors import FactcheckError
from factcheck.store.dialect import SQLITE
from factcheck.store.documents import DocumentTables
from factcheck.store.labels import LabelTables
from factcheck.store.migrations import MIGRATION_NAMES, migrations
from factcheck.store.pairs import PairTables
from factcheck.store.review import ReviewRows
from factcheck.store.vectors import VectorTables

DEFAULT_DB = "factcheck.db"
BUSY_TIMEOUT_MS = 60_000


class Store(DocumentTables, PairTables, VectorTables, LabelTables, ReviewRows):
    """A factcheck database in one SQLite file. Opening one applies any pending migrations.

    The tables are grouped by what they hold (documents and claims, pairs and clusters, vectors, labels, the
    review queue) in the classes it mixes in, written once for both backends; this class holds the connection
    and the schema.
    """

    dialect = SQLITE

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        self.name = str(self.path)  # how messages name the database
        self.index_path = index_path_for(self.path)  # the search index, beside the file
        if not create and not self.path.exists():
            raise FactcheckError(f"{self.path}: no such database (create one with factcheck ingest)")
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

    def applied_migrations(self) -> list[str]:
        return sorted(m.name for m in migrations.applied(self.db))

    def table_names(self) -> list[str]:
        return self.db.table_names()

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


def _connect(path: Path, create: bool) -> Database:
    if path.exists() and path.is_dir():
        raise FactcheckError(f"{path} is a folder, not a database file")
    if not path.parent.exists():
        raise FactcheckError(f"cannot create database {path}: folder {path.parent} does not exist")
    # mode=rw never makes the file, even if it vanished since Store checked that it is there.
    mode = "rwc" if create else "rw"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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
