"""What differs between the SQL of the two backends, in one place; the queries are written once around it.

Queries are written with SQLite's placeholders (`?` and `:name`); the PostgreSQL connection rewrites them to
psycopg's. Where the two dialects name a function differently, the query asks its store's `Dialect`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    ids: str  # a subquery of the ids in one JSON-list parameter ({} is the placeholder)
    texts: str  # a subquery of the strings in one JSON-list parameter ({} is the placeholder)
    json_array: str  # json_array(a, b, ...)
    json_group_array: str  # the aggregate that gathers values into one JSON list
    key_share: str  # appended to a select: hold the rows so that no other transaction deletes them meanwhile

    def in_ids(self, placeholder: str = "?") -> str:
        """`in (...)` of the ids in one parameter (a JSON list): one parameter however many ids."""
        return "in (" + self.ids.format(placeholder) + ")"


SQLITE = Dialect(
    ids="select value from json_each({})",
    texts="select value from json_each({})",
    json_array="json_array",
    json_group_array="json_group_array",
    key_share="",  # a write transaction holds the whole file
)

POSTGRES = Dialect(
    ids="select value::bigint from json_array_elements_text({}::json)",
    texts="select value from json_array_elements_text({}::json)",
    json_array="json_build_array",
    json_group_array="json_agg",
    key_share=" for key share",
)
