"""The claim store: the only code in factcheck that speaks SQL.

Other modules ask it questions with typed arguments and get the dataclasses of
`factcheck.records` back. `ClaimStore` is the interface a backend implements; `Store` is the SQLite one.
"""
from factcheck.store.base import ClaimStore
from factcheck.store.labels import NewLabelEvent, PairContent
from factcheck.store.pairs import Cluster, PairRow, SaveReport
from factcheck.store.rows import content_hash, now
from factcheck.store.sqlite import DEFAULT_DB, Store, database_error
from factcheck.store.vectors import ClaimVectors

__all__ = [
    "DEFAULT_DB", "ClaimStore", "ClaimVectors", "Cluster", "NewLabelEvent", "PairContent", "PairRow", "SaveReport",
    "Store", "content_hash", "database_error", "now",
]
