"""A whole database copied to another, between the backends: SQLite to PostgreSQL to start a team, back to archive.

Every row keeps its id, so pairs, labels and exports name the same things on both sides. The copy is one
transaction on the destination and is idempotent: rows already there (an earlier copy) are checked, not
added again; a destination holding anything else is refused before a row is written. It ends by comparing
each table's count on both sides.
"""
from __future__ import annotations

from dataclasses import dataclass

from factcheck.errors import FactcheckError

# Parents before children, each with its key.
TABLES = (
    ("documents", ("id",)),
    ("document_organisations", ("document_id", "side", "name")),
    ("claims", ("id",)),
    ("quantities", ("id",)),
    ("embeddings", ("content_hash", "model")),
    ("clusters", ("id",)),
    ("claim_clusters", ("claim_id",)),
    ("pairs", ("id",)),
    ("labels", ("id",)),
)


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows of each table, the same on both sides
    added: dict[str, int]  # rows of each table written by this copy

    def summary(self) -> str:
        shown = ", ".join(f"{n:,} {table}" for table, n in self.counts.items() if table != "claim_clusters")
        already = sum(self.counts.values()) - sum(self.added.values())
        return f"{shown}; {sum(self.added.values()):,} rows added, {already:,} already there; counts match"


def copy_database(source, dest) -> CopyReport:
    """Copy every row of ``source`` into ``dest`` (two open stores), in one transaction on ``dest``."""
    if source.name == dest.name:
        raise FactcheckError(f"{source.name} is both the source and the destination")
    added: dict[str, int] = {}
    with dest.transaction() as db:
        dest._lock_structure()
        for table, key in TABLES:
            there = {_key(row, key): row for row in db.query(f"select * from {table}")}
            new = []
            for row in source.db.query(f"select * from {table}"):
                same = there.pop(_key(row, key), None)
                if same is None:
                    new.append(row)
                elif same != row:
                    raise _not_a_copy(source, dest, table)
            if there:
                raise _not_a_copy(source, dest, table)
            db[table].insert_all(new)
            added[table] = len(new)
        dest._ids_follow_rows([table for table, key in TABLES if key == ("id",)])
        counts = {table: _count(source, table) for table, _ in TABLES}
        copied = {table: _count(dest, table) for table, _ in TABLES}
        if copied != counts:
            differ = ", ".join(f"{t} {copied[t]} of {counts[t]}" for t in counts if copied[t] != counts[t])
            raise FactcheckError(f"the copy's counts differ ({differ}); nothing was written to {dest.name}")
    return CopyReport(counts, added)


def _key(row: dict, key: tuple[str, ...]) -> tuple:
    return tuple(row[k] for k in key)


def _count(store, table: str) -> int:
    return store.db.execute(f"select count(*) from {table}").fetchone()[0]


def _not_a_copy(source, dest, table: str) -> FactcheckError:
    return FactcheckError(
        f"{dest.name} already holds other {table} than {source.name}: copy into an empty database"
        " (nothing was written)"
    )
