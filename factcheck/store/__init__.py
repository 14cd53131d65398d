"""The claim store: the only code in factcheck that speaks SQL.

Other modules ask it questions with typed arguments and get the dataclasses of
`factcheck.records` back.
"""
from factcheck.store.sqlite import DEFAULT_DB, Store, content_hash, database_error, now

__all__ = ["DEFAULT_DB", "Store", "content_hash", "database_error", "now"]
