"""Label events in the store: appended, never changed; what they add up to is worked out in factcheck.labels."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.errors import FactcheckError
from factcheck.records import Label, LabelEvent
from factcheck.store.dialect import Dialect
from factcheck.store.rows import label_event_from_row, now_precise


@dataclass(frozen=True)
class PairContent:
    """A pair named by content: its claims' text hashes and their documents' hashes, which other databases share."""

    pair_id: int
    claim_a: str
    document_a: str
    claim_b: str
    document_b: str


@dataclass(frozen=True)
class NewLabelEvent:
    """A label event to append, as an import brings it."""

    pair_id: int
    label: Label
    reviewer: str
    note: str
    adjudication: bool
    created_at: str


class LabelTables:
    """The labels table (mixed into each store)."""

    dialect: Dialect

    def add_label(
        self, pair_id: int, label: Label | str, reviewer: str, note: str = "", adjudication: bool = False
    ) -> int:
        """Append one label event in its own short transaction; returns its id."""
        label = Label.parse(str(label))
        with self.transaction() as db:
            # Held until the label is in: a `pair` run elsewhere cannot drop the pair in between.
            if not db.execute(f"select 1 from pairs where id = ?{self.dialect.key_share}", [pair_id]).fetchone():
                raise FactcheckError(f"no pair with id {pair_id}")
            return db["labels"].insert(
                {
                    "pair_id": pair_id,
                    "label": label.value,
                    "reviewer": reviewer,
                    "note": note,
                    "adjudication": int(adjudication),
                    "created_at": now_precise(),
                }
            ).last_pk

    def append_label_events(self, events: Sequence[NewLabelEvent]) -> None:
        """Append imported events as they are (their own times), in the caller's transaction or one of their own."""
        with self.transaction() as db:
            db["labels"].insert_all(
                {
                    "pair_id": e.pair_id,
                    "label": Label.parse(str(e.label)).value,
                    "reviewer": e.reviewer,
                    "note": e.note,
                    "adjudication": int(e.adjudication),
                    "created_at": e.created_at,
                }
                for e in events
            )

    def label_events(self, pair_id: int | None = None) -> list[LabelEvent]:
        """Every label event (of one pair), oldest first."""
        sql = "select * from labels" + (" where pair_id = ?" if pair_id is not None else "") + " order by id"
        return [label_event_from_row(row) for row in self.db.query(sql, [pair_id] if pair_id is not None else [])]

    def pair_contents(self) -> list[PairContent]:
        """Every pair named by its content, in pair id order."""
        sql = """
            select p.id, ca.content_hash, da.sha256, cb.content_hash, db.sha256
            from pairs p
            join claims ca on ca.id = p.claim_a join documents da on da.id = ca.document_id
            join claims cb on cb.id = p.claim_b join documents db on db.id = cb.document_id
            order by p.id
        """
        return [PairContent(*row) for row in self.db.execute(sql).fetchall()]
