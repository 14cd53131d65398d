"""The claim store on a PostgreSQL server, through psycopg 3: one database that a team shares.

The tables' code is the SQLite store's (`factcheck.store.documents`, `pairs`, `vectors`, `labels`, `review`):
it talks to `self.db`, which here is `PgDatabase`, a psycopg connection offering the few sqlite-utils calls
those classes make, with SQLite's placeholders rewritten to psycopg's. What differs lives in this module:
connecting, transactions, locks, the schema's migrations and turning server errors into one clear line.

Concurrency: the connection runs in autocommit, so a reader never holds a snapshot between commands; each
write is one short transaction. Writers of documents, claims, clusters and pairs take one advisory lock
(two `ingest` or `pair` runs take turns); label events never wait for it. A pair is dropped only by a delete
that checks, under the pair's row lock, that no label names it; a label waits on that lock and then finds
the pair still there or says it is gone.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import FactcheckError
from factcheck.store.dialect import POSTGRES
from factcheck.store.documents import DocumentTables
from factcheck.store.labels import LabelTables
from factcheck.store.location import password_of, redact
from factcheck.store.migrations import MIGRATION_NAMES, POSTGRES_MIGRATIONS
from factcheck.store.pairs import PairTables
from factcheck.store.review import ReviewRows
from factcheck.store.rows import now
from factcheck.store.vectors import VectorTables

MIGRATIONS_TABLE = "factcheck_migrations"
CONNECT_TIMEOUT_S = 10  # unless the URL says otherwise (connect_timeout=...)
# pg_advisory_xact_lock keys: one for the schema, one for the writers of documents, claims and pairs.
SCHEMA_LOCK = 0x66630001
STRUCTURE_LOCK = 0x66630002
PRIMARY_KEYS = {"embeddings": ("content_hash", "model"), "claim_clusters": ("claim_id",)}

LOST = ("server closed the connection", "terminating connection", "consuming input failed", "connection is closed",
        "connection is lost", "the connection is lost", "could not receive data", "could not send data", "SSL SYSCALL",
        "EOF detected", "connection already closed", "the connection was closed", "no connection to the server")


class PostgresStore(DocumentTables, PairTables, VectorTables, LabelTables, ReviewRows):
    """A factcheck database on a PostgreSQL server. Opening one applies any pending migrations.

    ``url`` is a libpq URL (``postgresql://user@host:port/dbname?sslmode=require``); the password comes from
    it, PGPASSWORD or ~/.pgpass, and `name` (what messages and reports show) never contains it.
    """

    dialect = POSTGRES

    def __init__(self, url: str, create: bool = True):
        self.url = url
        self.name = redact(url)
        self.index_path = _cache_path(self.name)
        self._depth = 0
        self.db = PgDatabase(_connect(url, self.name), self)
        try:
            self._migrate(create)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.conn.close()

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def error(self, e: Exception) -> FactcheckError:
        return postgres_error(self.url, e)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["PgDatabase"]:
        """One transaction on the server; an inner one joins the outer. Rolled back on any exception."""
        if self._depth:
            yield self.db
            return
        self._depth += 1
        try:
            self.db.execute("begin")
            try:
                yield self.db
            except BaseException:
                with contextlib.suppress(Exception):
                    self.db.conn.execute("rollback")
                raise
            self.db.execute("commit")
        finally:
            self._depth -= 1

    def ensure_writable(self) -> None:
        """Fail now, before minutes of work, when this user may not write here (a standby, a read-only role)."""
        [read_only] = self.db.execute("show transaction_read_only").fetchone()
        [may_insert] = self.db.execute("select has_table_privilege('labels', 'insert')").fetchone()
        if read_only == "on" or not may_insert:
            why = "the server is read-only (a standby?)" if read_only == "on" else "this user may not write to it"
            raise FactcheckError(f"cannot write to {self.name}: {why}")

    def _lock_structure(self) -> None:
        self.db.execute("select pg_advisory_xact_lock(?)", [STRUCTURE_LOCK])

    def _lock_pairs(self, ids: str) -> None:
        self.db.execute(f"select id from pairs where id {self.dialect.in_ids()} order by id for update", [ids])

    def _ids_follow_rows(self, tables: Sequence[str]) -> None:
        for table in tables:
            self.db.execute(
                f"select setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) from {table}"
            )

    def has_pgvector(self) -> bool:
        """Whether the server offers the pgvector extension (search does not use it yet: see the README)."""
        return bool(self.db.execute("select 1 from pg_available_extensions where name = 'vector'").fetchone())

    def table_names(self) -> list[str]:
        return self.db.table_names()

    def _migrate(self, create: bool) -> None:
        with self.transaction() as db:
            db.execute("select pg_advisory_xact_lock(?)", [SCHEMA_LOCK])
            tables = set(db.table_names())
            if MIGRATIONS_TABLE not in tables:
                if tables:
                    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
                    raise FactcheckError(
                        f"{self.name} is not a factcheck database (it holds other tables: {shown});"
                        " give an empty database"
                    )
                if not create:
                    raise FactcheckError(f"{self.name}: no such database (create one with factcheck ingest)")
                db.execute(f"create table {MIGRATIONS_TABLE} (name text primary key, applied_at text not null)")
            applied = {r[0] for r in db.execute(f"select name from {MIGRATIONS_TABLE}").fetchall()}
            newer = sorted(applied - set(MIGRATION_NAMES))
            if newer:
                raise FactcheckError(
                    f"{self.name} was written by a newer factcheck (schema {newer[-1]}); upgrade factcheck to open it"
                )
            for name in MIGRATION_NAMES:
                if name not in applied:
                    for statement in filter(str.strip, POSTGRES_MIGRATIONS[name].split(";")):
                        db.execute(statement)
                    db.execute(f"insert into {MIGRATIONS_TABLE} (name, applied_at) values (?, ?)", [name, now()])

    def applied_migrations(self) -> list[str]:
        return [r[0] for r in self.db.execute(f"select name from {MIGRATIONS_TABLE} order by name").fetchall()]


class PgDatabase:
    """A psycopg connection answering the sqlite-utils calls the tables' code makes (`query`, `execute`,
    `db[table].insert(...)`), its errors turned into one clear FactcheckError."""

    def __init__(self, conn, store: PostgresStore):
        self.conn = conn
        self.store = store

    def execute(self, sql: str, params: Sequence | dict = ()):
        try:
            return self.conn.execute(_psycopg_sql(sql), params)
        except Exception as e:
            raise self.store.error(e) from None

    def query(self, sql: str, params: Sequence | dict = ()) -> list[dict]:
        from psycopg.rows import dict_row

        try:
            with self.conn.cursor(row_factory=dict_row) as cursor:
                return cursor.execute(_psycopg_sql(sql), params).fetchall()
        except Exception as e:
            raise self.store.error(e) from None

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if not rows:
            return
        try:
            with self.conn.cursor() as cursor:
                cursor.executemany(_psycopg_sql(sql), rows)
        except Exception as e:
            raise self.store.error(e) from None

    def table_names(self) -> list[str]:
        sql = "select table_name from information_schema.tables where table_schema = current_schema() order by 1"
        return [r[0] for r in self.execute(sql).fetchall()]

    def __getitem__(self, table: str) -> "PgTable":
        return PgTable(self, table)


class PgTable:
    """`db[table]`: insert, update and insert_all as the tables' code calls them on sqlite-utils."""

    def __init__(self, db: PgDatabase, name: str):
        self.db = db
        self.name = name
        self.last_pk: Any = None

    def insert(self, row: dict) -> "PgTable":
        columns = list(row)
        sql = f"insert into {self.name} ({_names(columns)}) values ({_marks(columns)}) returning id"
        self.last_pk = self.db.execute(sql, [row[c] for c in columns]).fetchone()[0]
        return self

    def update(self, pk: int, values: dict) -> "PgTable":
        columns = list(values)
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        self.db.execute(f"update {self.name} set {assignments} where id = ?", [*(values[c] for c in columns), pk])
        return self

    def insert_all(self, rows, replace: bool = False) -> "PgTable":
        """Insert the rows; with ``replace``, a row whose key is stored replaces it (sqlite-utils' replace=True)."""
        return self._write(rows, PRIMARY_KEYS.get(self.name, ("id",)) if replace else None)

    def upsert_all(self, rows, pk: str | tuple[str, ...]) -> "PgTable":
        """Update the rows stored under these keys with the values given; insert the others."""
        return self._write(rows, (pk,) if isinstance(pk, str) else tuple(pk))

    def _write(self, rows, conflict: tuple[str, ...] | None) -> "PgTable":
        batches: dict[tuple[str, ...], list[list]] = {}
        for row in rows:
            batches.setdefault(tuple(row), []).append(list(row.values()))
        for columns, values in batches.items():
            sql = f"insert into {self.name} ({_names(columns)}) values ({_marks(columns)})"
            if conflict:
                changed = [c for c in columns if c not in conflict]
                action = ("update set " + ", ".join(f'"{c}" = excluded."{c}"' for c in changed)) if changed else "nothing"
                sql += f" on conflict ({_names(conflict)}) do {action}"
            self.db.executemany(sql, values)
        return self


def _names(columns) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def _marks(columns) -> str:
    return ", ".join("?" for _ in columns)


@functools.lru_cache(maxsize=256)
def _psycopg_sql(sql: str) -> str:
    """SQLite's placeholders (`?`, `:name`) as psycopg's (`%s`, `%(name)s`); a literal % doubled."""
    sql = sql.replace("%", "%%").replace("?", "%s")
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql)


def _connect(url: str, name: str):
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise FactcheckError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
    try:
        given = conninfo_to_dict(url)
    except psycopg.Error as e:
        reason = _scrub(str(e).strip().splitlines()[0] if str(e).strip() else "", url)
        raise FactcheckError(f"{name} is not a PostgreSQL URL that libpq can read: {reason}") from None
    extra: dict[str, Any] = {}
    if "connect_timeout" not in given and "PGCONNECT_TIMEOUT" not in os.environ:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in given and "PGAPPNAME" not in os.environ:
        extra["application_name"] = "factcheck"
    try:
        return psycopg.connect(url, autocommit=True, **extra)
    except Exception as e:
        raise postgres_error(url, e, connecting=True) from None


def postgres_error(url: str, e: Exception, connecting: bool = False) -> FactcheckError:
    """A server error as one line that names the database without its password."""
    if isinstance(e, FactcheckError):
        return e
    name = redact(url)
    message = _scrub(str(e).strip(), url)
    first = message.splitlines()[0] if message else type(e).__name__
    first = re.sub(r"^connection (failed|to server [^:]*failed): ", "", first)
    for line in message.splitlines():  # libpq names the host first, the reason after it
        if "FATAL:" in line or "failed:" in line:
            first = line.split("FATAL:", 1)[-1].rsplit("failed:", 1)[-1].strip()
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return FactcheckError(
            f"cannot connect to {name}: {first} (the password comes from the URL, PGPASSWORD or ~/.pgpass)"
        )
    if connecting:
        if "does not exist" in lowered:
            return FactcheckError(f"cannot connect to {name}: {first} (create it with createdb, or check the URL)")
        hint = " (is PostgreSQL running there, on that port?)" if "refused" in lowered else ""
        return FactcheckError(f"cannot reach the database server at {name}: {first}{hint}")
    if any(marker.lower() in lowered for marker in LOST) or _is_broken(e):
        return FactcheckError(
            f"lost the connection to {name} ({first}); what was saved before stays saved: run the command again to go on"
        )
    if "read-only" in lowered or "permission denied" in lowered:
        return FactcheckError(f"cannot write to {name}: {first}")
    return FactcheckError(f"{name}: database error: {first}")


def _is_broken(e: Exception) -> bool:
    import psycopg

    return isinstance(e, psycopg.OperationalError) and "broken" in str(e).lower()


def _scrub(message: str, url: str) -> str:
    from urllib.parse import unquote

    secret = password_of(url)
    for form in {secret, unquote(secret)} - {""}:
        message = message.replace(form, "***")
    return message


def _cache_path(name: str) -> Path:
    """Where this client keeps its search index for a server's database: the user's cache, one file per URL."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    digest = hashlib.sha256(name.encode()).hexdigest()[:16]
    return base / f"postgres-{digest}.faiss"
