"""The review loop: a key comes in, at most one label event goes out, the next pair is drawn."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.review.keys import KEYS, LABEL_KEYS, KeySource
from factcheck.review.queue import ReviewItem
from factcheck.review.screen import Context, Screen, context_around, done_view, help_view, pair_view

MAX_CONTEXT = 3  # sentences either side; one more `o` hides the context again


@dataclass
class ReviewSession:
    store: object
    items: Sequence[ReviewItem]
    reviewer: str
    adjudicate: bool = False
    index: int = 0
    context: int = 0
    message: str = ""
    written: int = 0  # label events this session wrote
    labelled: set[int] = field(default_factory=set)
    _texts: dict[int, str] = field(default_factory=dict)

    @property
    def current(self) -> ReviewItem | None:
        return self.items[self.index] if self.index < len(self.items) else None

    def write(self, item: ReviewItem, label: str, note: str = "") -> None:
        self.store.add_label(item.pair_id, label, self.reviewer, note=note, adjudication=self.adjudicate)
        self.written += 1
        item.label = label
        if note:
            item.note = note

    def label(self, label: str) -> None:
        item = self.current
        if item is None:
            return
        self.write(item, label)
        self.labelled.add(item.pair_id)
        self.message = f"Saved #{item.pair_id}: {label}"
        self.move(+1)

    def move(self, step: int) -> None:
        self.index = max(0, min(len(self.items), self.index + step))
        self.context = 0

    def more_context(self) -> None:
        self.context = (self.context + 1) % (MAX_CONTEXT + 1)

    def contexts(self) -> tuple[Context, Context] | None:
        item = self.current
        if item is None or not self.context:
            return None
        return (
            context_around(self._text(item.a.document_id), item.a, self.context),
            context_around(self._text(item.b.document_id), item.b, self.context),
        )

    def _text(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = self.store.document_text(document_id)
        return self._texts[document_id]

    def view(self):
        item = self.current
        if item is None:
            return done_view(len(self.items), len(self.labelled), self.adjudicate)
        return pair_view(
            item,
            self.index + 1,
            len(self.items),
            contexts=self.contexts(),
            message=self.message,
            adjudicate=self.adjudicate,
        )


def run(session: ReviewSession, keys: KeySource, screen: Screen) -> None:
    """Until q (or the end of input). KeyboardInterrupt passes through: labels are already saved."""
    while True:
        screen.show(session.view())
        session.message = ""
        action = KEYS.get(keys.read_key())
        if action == "quit":
            return
        if action in LABEL_KEYS.values():
            session.label(action)
        elif action == "skip":
            session.move(+1)
        elif action == "back":
            session.move(-1)
        elif action == "context":
            session.more_context()
        elif action == "help":
            screen.show(help_view())
            keys.read_key()
        elif action == "note":
            _take_note(session, keys, screen)


def _take_note(session: ReviewSession, keys: KeySource, screen: Screen) -> None:
    item = session.current
    if item is None:
        return
    screen.prompt("Note (Enter to save, empty to cancel): ")
    note = keys.read_line()
    if not note:
        session.message = "No note added."
        return
    label = item.label
    if label is None:
        # A note is stored as a label event, so an unlabelled pair needs its label now.
        screen.prompt("Label to keep with the note: a agree, c conflict, u unverifiable (other key: cancel) ")
        label = LABEL_KEYS.get(keys.read_key())
        if label is None:
            session.message = "Note not saved: no label given."
            return
        session.labelled.add(item.pair_id)
    session.write(item, label, note)
    session.message = f"Note saved on #{item.pair_id} with label {label}."
