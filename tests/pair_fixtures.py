"""Databases with pairs for the review and label tests, built without the pairing stage.

Documents and claims go in through save_document and pairs through save_pairs, as the pairing stage
would leave them, on either backend (`path` is an SQLite file or a postgresql:// URL).
"""
from __future__ import annotations

import re
from pathlib import Path

from claims.model import Claim, Quantity
from factcheck.records import SourceDocument
from factcheck.store import PairRow, Store, open_store

SIDES = ("union", "management")
SUGGESTIONS = ("conflict", "agree", "unverifiable")
FIGURE = re.compile(r"\$\d+(?:\.\d+)?")


def sentence(doc: int, n: int) -> str:
    return f"Speaker {doc} said the hourly wage in case {n} was ${10 + (doc * 7 + n) % 40}.{n % 10}0."


def build_document(store: Store, doc: int, claims_per_doc: int, source_dir: str = "/corpus") -> int:
    """One document of `claims_per_doc` sentences, each a claim with its wage figure."""
    side = SIDES[doc % 2]
    sentences = [sentence(doc, n) for n in range(claims_per_doc)]
    text = "Intro line here. " + " ".join(sentences) + " Closing line."
    claims, offset = [], len("Intro line here. ")
    for n, s in enumerate(sentences):
        m = FIGURE.search(s)
        figure = Quantity(m.group(), m.start(), m.end(), "money", float(m.group()[1:]), "USD/hour")
        claims.append(Claim(s, offset, offset + len(s), n, f"Speaker {doc}", side, 0.9, (figure,)))
        offset += len(s) + 1
    source = SourceDocument(
        source=f"{source_dir}/doc{doc}.txt",
        text=text,
        title=f"Article {doc}",
        publisher="The Harbor Times" if side == "union" else "Metro Daily",
        published=f"2023-10-{1 + doc % 28:02d}",
    )
    _, document_id = store.save_document(source, claims)
    return document_id


def build_pairs(path: Path | str, n_pairs: int, claims_per_doc: int = 10) -> list[int]:
    """A database at `path` with `n_pairs` pairs, each between claims of two documents; returns pair ids."""
    n_docs = max(2, int((2 * n_pairs / claims_per_doc) ** 0.5) + 2)
    with open_store(path) as store:
        for doc in range(n_docs):
            build_document(store, doc, claims_per_doc)
        claim_ids = sorted(c.id for c in store.claims())
        rows = []
        for i in range(len(claim_ids)):
            for j in range(i + claims_per_doc, len(claim_ids), claims_per_doc):
                if len(rows) == n_pairs:
                    break
                rows.append(_pair_row(len(rows), claim_ids[i], claim_ids[j]))
            if len(rows) == n_pairs:
                break
        assert len(rows) == n_pairs, "not enough claims for the pairs asked for"
        store.save_pairs(rows)
        return [p.id for p in store.pairs()]


def _pair_row(n: int, claim_a: int, claim_b: int) -> PairRow:
    return PairRow(
        claim_a=claim_a,
        claim_b=claim_b,
        similarity=0.8,
        suggested_label=SUGGESTIONS[n % 3],
        confidence=round(0.5 + (n % 50) / 100, 2),
        reasons=(f"reason {n}: different hourly wage figures",),
        topic="wages" if n % 2 else "staffing",
    )
