"""What the pairing tests share: a fake encoder, and claims put straight into a store.

FakeEncoder stands in for the sentence model where the model is not the
point: a hashed bag of words, so texts that share words are similar and
the same text always gets the same vector.
"""
from __future__ import annotations

import re
import zlib

import numpy as np

from claims.model import Claim, Quantity
from factcheck.records import SourceDocument
from factcheck.store import Store

WORD = re.compile(r"[a-z0-9]+")


class FakeEncoder:
    """Hashed bag of words, 64 dimensions; counts every text it encodes."""

    def __init__(self, name: str = "fake-bag-of-words", dimensions: int = 64, fail_after: int | None = None):
        self.name = name
        self.dimensions = dimensions
        self.encoded: list[str] = []
        self.fail_after = fail_after  # raise once this many texts were encoded (an interrupted run)

    def encode(self, texts):
        if self.fail_after is not None and len(self.encoded) + len(texts) > self.fail_after:
            raise KeyboardInterrupt
        self.encoded.extend(texts)
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                out[row, zlib.crc32(word.encode()) % self.dimensions] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def quantity(text: str, figure: str, kind: str, value: float, unit: str, qualifier: str = "exact", counted: str = "") -> Quantity:
    start = text.index(figure)
    return Quantity(figure, start, start + len(figure), kind, value, unit, qualifier, counted)


def add_document(store: Store, name: str, sentences: list[tuple[str, str, tuple[Quantity, ...] | None]], published: str = "") -> int:
    """A document of (text, side, quantities) sentences, each one claim; returns the document id."""
    text = " ".join(s for s, _, _ in sentences)
    claims, offset = [], 0
    for position, (sentence, side, quantities) in enumerate(sentences):
        stance = "allegation" if "accuse" in sentence else "denial" if "denie" in sentence else "assertion"
        claims.append(Claim(sentence, offset, offset + len(sentence), position, side, side, 0.8, quantities or (), stance))
        offset += len(sentence) + 1
    _, document_id = store.save_document(SourceDocument(source=f"/corpus/{name}", text=text, title=name, published=published), claims)
    return document_id


def wage_dispute(store: Store) -> None:
    """Two short articles of a made-up hotel dispute, in this project's own words."""
    s1 = "The hotel group said it pays its housekeepers the market rate for the region."
    s2 = "The union says the hotel group is refusing to pay housekeepers the market rate."
    s3 = "Housekeepers earn an average of $19.50 an hour, the hotel group said."
    s4 = "The union said housekeepers earn an average of $16 an hour."
    s5 = "About 2,000 housekeepers walked out on Monday."
    add_document(store, "a.txt", [
        (s1, "employer", None),
        (s2, "union", None),
        (s3, "employer", (quantity(s3, "$19.50", "money", 19.5, "USD/hour", counted="housekeepers"),)),
        (s4, "union", (quantity(s4, "$16", "money", 16, "USD/hour", counted="housekeepers"),)),
    ], published="2024-03-01")
    add_document(store, "b.txt", [
        (s5, "reporter", (quantity(s5, "About 2,000", "count", 2000, "people", "approximately", "housekeepers"),)),
        ("More than 2,000 housekeepers walked out on Monday across the city.", "reporter",
         (quantity("More than 2,000 housekeepers walked out on Monday across the city.", "More than 2,000", "count", 2000, "people", "more than", "housekeepers"),)),
    ], published="2024-03-05")


def pair_usefulness(a, b, similarity: float, ids: tuple[int, int] = (1, 2)) -> float:
    """How the bundled usefulness model ranks two hand-built claims (with `text`, `side`, `quantities`, ...), alone."""
    from factcheck.pairing.candidates import DatedClaim
    from factcheck.pairing.ranking import UsefulnessModel, pair_features
    from factcheck.pairing.suggest import suggest_label
    from factcheck.records import StoredClaim

    def view(c, i):
        stored = StoredClaim(i, c.document_id, 0, 0, len(c.text), c.text, "", c.side, 0.8, getattr(c, "stance", ""),
                             tuple(getattr(c, "quantities", ())))
        return DatedClaim.of(stored, getattr(c, "published", ""))

    va, vb = view(a, ids[0]), view(b, ids[1])
    s = suggest_label(va, vb, similarity)
    return UsefulnessModel.bundled().of_pair(pair_features(va, vb, similarity, s, True))
