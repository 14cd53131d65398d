"""The claim store: the only code in factcheck that speaks SQL.

Other modules ask it questions with typed arguments and get the dataclasses of `factcheck.records` back.
`ClaimStore` is the interface a backend implements; `Store` is the SQLite one, `PostgresStore` (in
`factcheck.store.postgres`, imported only when a postgresql:// URL is opened) the server one, and
`open_store` opens either from a path or a URL.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.store.base import ClaimStore
from factcheck.store.labels import NewLabelEvent, PairContent
from factcheck.store.location import is_postgres_url, redact
from factcheck.store.pairs import Cluster, PairRow, SaveReport
from factcheck.store.rows import content_hash, now
from factcheck.store.sqlite import DEFAULT_DB, Store, database_error
from factcheck.store.vectors import ClaimVectors

__all__ = [
    "DEFAULT_DB", "ClaimStore", "ClaimVectors", "Cluster", "NewLabelEvent", "PairContent", "PairRow", "SaveReport",
    "Store", "content_hash", "database_error", "is_postgres_url", "now", "open_store", "redact",
]


def open_store(location: str | Path, create: bool = True) -> ClaimStore:
    """The store at ``location``: a postgresql:// (or postgres://) URL opens a server's database, anything
    else is the path of an SQLite file. With ``create=False`` a database that does not exist yet is refused
    rather than made. Either way, opening applies pending migrations and refuses a newer schema."""
    if is_postgres_url(str(location)):
        from factcheck.store.postgres import PostgresStore

        return PostgresStore(str(location), create=create)
    return Store(location, create=create)
