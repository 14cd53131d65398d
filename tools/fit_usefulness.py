#!/usr/bin/env python3
"""Fit the model that ranks candidate pairs (factcheck/pairing/ranking.py) on the real-article development sets.

    .venv/bin/python tools/fit_usefulness.py           # report set by set, then write usefulness_weights.py
    .venv/bin/python tools/fit_usefulness.py --report  # report only

The sets are the real-article folders of tests/data/ whose gold lists every same-fact pair (first_contact.json
says "exhaustive") and that are not frozen: a frozen set is never read here. Each is ingested and embedded with
the bundled model into a throwaway database, and every candidate pair the rules find is one example: it is a
positive when readers compare the two claims (pairs.jsonl) and gave the label the rules suggest.

The report is the honest measure of how the ranking carries over to a dispute it has not seen: each set is ranked
by a model fitted on all the other sets, its pairs chosen by `select` under the product's budget and caps, and
scored as ../shared/eval/score.py scores them (gold pairs found, and found with the gold label), beside the rules'
own usefulness alone and the ranking written in usefulness_weights.py today.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck import ingest_paths, open_store  # noqa: E402
from factcheck.pairing.candidates import Ranked, claim_views, rank_candidates, read_candidates, select  # noqa: E402
from factcheck.pairing.clustering import DEFAULT_MIN_SIMILARITY, nearest_neighbours  # noqa: E402
from factcheck.pairing.disputes import DocumentNames  # noqa: E402
from factcheck.pairing.ranking import (
    OTHER_DISPUTE_PRIOR, PairFeatures, UsefulnessModel, blended_usefulness, neighbourhood_features,
)  # noqa: E402
from factcheck.pairing.stage import CANDIDATE_NEIGHBOURS, load_index  # noqa: E402
from factcheck.records import LABELS  # noqa: E402

QUALITY = importlib.util.spec_from_file_location("quality", ROOT / "tools" / "quality.py")
quality = importlib.util.module_from_spec(QUALITY)
QUALITY.loader.exec_module(quality)
WEIGHTS = ROOT / "factcheck" / "pairing" / "usefulness_weights.py"
PENALTY = 1.0  # L2 on standardised features: enough that a feature seen in a few sets cannot swing the rest
# How much a positive counts, by its label. Outlets repeat agreeing figures, so agreeing pairs are most of what
# readers compare; counted alike, they crowd out the conflicts and the unverifiable pairs a reviewer is there for.
# Counted twice, the held-out replay found 25 more gold pairs and 14 more conflicts and 16 more unverifiable pairs
# right, for 28 fewer agreeing ones (64 sets).
LABEL_WEIGHT = {"agree": 1.0, "conflict": 2.0, "unverifiable": 2.0}


@dataclass
class SetCandidates:
    name: str
    ranked: list[Ranked]  # as today's weights rank them
    features: list[dict[str, float]]
    labels: list[str]  # the rules' suggestion for each candidate
    claims: dict
    same_dispute: np.ndarray
    rules: np.ndarray  # the rules' own usefulness, which the product adds to the model's
    gold: list[tuple[str, set[tuple[int, int]]]]  # (label, the candidate keys that are that gold pair)

    def targets(self) -> np.ndarray:
        wanted = {}
        for label, keys in self.gold:
            for key in keys:
                wanted.setdefault(key, set()).add(label)
        return np.array([float(label in wanted.get((r.claim_a, r.claim_b), ()))
                         for r, label in zip(self.ranked, self.labels)])

    def counts(self) -> np.ndarray:
        """How much each candidate counts in the fit: a positive by its label (LABEL_WEIGHT), a negative once."""
        return np.where(self.targets() > 0, [LABEL_WEIGHT[label] for label in self.labels], 1.0)

    def score(self, usefulness: np.ndarray) -> Replay:
        """What readers would find when `usefulness` ranks the candidates, as ../shared/eval/score.py counts it."""
        ranked = [replace(r, usefulness=float(u)) for r, u in zip(self.ranked, usefulness)]
        chosen = {(c.claim_a, c.claim_b) for c in select(ranked, self.claims)}
        label = {(r.claim_a, r.claim_b): lab for r, lab in zip(self.ranked, self.labels)}
        replay = Replay.none()
        conflicts = set()
        for gold_label, keys in self.gold:
            hit = keys & chosen
            at = LABELS.index(gold_label)
            replay.found[at] += bool(hit)
            replay.right[at] += any(label[k] == gold_label for k in hit)
            conflicts |= keys if gold_label == "conflict" else set()
        shown = [k for k in chosen if label[k] == "conflict"]
        replay.conflicts_shown, replay.conflicts_true = len(shown), sum(k in conflicts for k in shown)
        return replay


@dataclass
class Replay:
    """Gold pairs found and found with their label, by label (LABELS order), and the conflicts suggested."""

    found: np.ndarray
    right: np.ndarray
    conflicts_shown: int
    conflicts_true: int

    @classmethod
    def none(cls) -> Replay:
        return cls(np.zeros(len(LABELS), dtype=int), np.zeros(len(LABELS), dtype=int), 0, 0)

    def __add__(self, other: Replay) -> Replay:
        return Replay(self.found + other.found, self.right + other.right, self.conflicts_shown + other.conflicts_shown,
                      self.conflicts_true + other.conflicts_true)

    def __str__(self) -> str:
        labels = ", ".join(f"{lab} {n}" for lab, n in zip(LABELS, self.right))
        return (f"found {self.found.sum()}, right {self.right.sum()} ({labels}); "
                f"{self.conflicts_true} of {self.conflicts_shown} conflicts suggested true")


def development_sets() -> list[Path]:
    return [f for f in quality.sets() if f.name.startswith("real_") and not quality.is_frozen(f) and quality.is_exhaustive(f)]


def read_set(folder: Path, encoder, squash) -> SetCandidates:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "set.db")
        ingest_paths(store, [folder / "corpus"])
        claims, vectors, _ = load_index(store, encoder)
        documents = store.documents()
    matrix = vectors.matrix
    neighbours = nearest_neighbours(matrix, CANDIDATE_NEIGHBOURS)
    views = claim_views(claims, {d.id: d.published for d in documents})
    names = DocumentNames.of(claims, {d.id: d.title for d in documents})
    found = read_candidates(claims, views, matrix, neighbours, DEFAULT_MIN_SIMILARITY, PairFeatures.named, names=names)
    rows = np.array([r.rows for r in found.ranked], dtype=np.int64).reshape(-1, 2)
    around = neighbourhood_features(rows[:, 0], rows[:, 1], np.array([r.similarity for r in found.ranked]), len(claims))
    features = [{**f, **{k: float(v[n]) for k, v in around.items()}} for n, f in enumerate(found.read)]
    ranked = rank_candidates(claims, views, matrix, neighbours, DEFAULT_MIN_SIMILARITY, names=names)
    by_rows = {r.rows: r for r in ranked}
    texts = [(c.id, squash(c.text)) for c in claims]

    def ids(quote: str) -> list[int]:
        q = squash(quote)
        return [i for i, t in texts if t and (t in q or q in t)]

    gold = []
    for line in (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            keys = {(min(a, b), max(a, b)) for a in ids(g["quote_a"]) for b in ids(g["quote_b"]) if a != b}
            gold.append((g["label"], keys))
    return SetCandidates(folder.name, [by_rows[r.rows] for r in found.ranked], features, found.labels,
                         {c.id: c for c in claims}, np.array(found.same_dispute), np.array(found.rules), gold)


def fit(x: np.ndarray, y: np.ndarray, names: list[str], counts: np.ndarray | None = None) -> UsefulnessModel:
    """L2-penalised logistic regression by Newton's method, on standardised columns; weights on the raw ones.

    `counts` says how much each row counts (one each by default)."""
    counts = np.ones(len(y)) if counts is None else counts
    mean, scale = x.mean(axis=0), x.std(axis=0)
    live = scale > 0
    z = np.hstack([np.ones((len(x), 1)), (x[:, live] - mean[live]) / scale[live]])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], PENALTY)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        gradient = z.T @ (counts * (p - y)) + penalty * w
        hessian = (z * (counts * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = np.zeros(x.shape[1])
    raw[live] = w[1:] / scale[live]
    intercept = w[0] - float(raw[live] @ mean[live])
    return UsefulnessModel({n: round(float(v), 6) for n, v in zip(names, raw) if v}, round(float(intercept), 6))


def matrix_of(s: SetCandidates, names: list[str]) -> np.ndarray:
    return np.array([[f.get(n, 0.0) for n in names] for f in s.features]).reshape(-1, len(names))


def usefulness(model: UsefulnessModel, s: SetCandidates, x: np.ndarray, names: list[str]) -> np.ndarray:
    w = np.array([model.weights.get(n, 0.0) for n in names])
    return blended_usefulness(1.0 / (1.0 + np.exp(-(x @ w + model.intercept))), s.same_dispute, s.rules)


def main() -> None:
    if not quality.SCORE.is_file():
        raise SystemExit(f"fit_usefulness: {quality.SCORE} not found (../shared must be beside the checkout)")
    spec = importlib.util.spec_from_file_location("score", quality.SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    from embeddings import make_encoder

    encoder = make_encoder(None, None)
    sets = []
    for folder in development_sets():
        sets.append(read_set(folder, encoder, score.squash))
        print(f"read {folder.name}: {len(sets[-1].ranked)} candidates", file=sys.stderr, flush=True)
    names = sorted({n for s in sets for f in s.features for n in f})
    xs = {s.name: matrix_of(s, names) for s in sets}
    ys = {s.name: s.targets() for s in sets}
    counts = {s.name: s.counts() for s in sets}
    ways = ("the rules alone", "today's weights", "weights fitted without the set itself")
    totals = {way: Replay.none() for way in ways}
    for s in sets:
        others = [o.name for o in sets if o.name != s.name]
        model = fit(np.vstack([xs[n] for n in others]), np.concatenate([ys[n] for n in others]), names,
                    np.concatenate([counts[n] for n in others]))
        rules = s.score(s.rules * np.where(s.same_dispute, 1.0, OTHER_DISPUTE_PRIOR))
        today = s.score(np.array([r.usefulness for r in s.ranked]))
        held_out = s.score(usefulness(model, s, xs[s.name], names))
        for name, replay in zip(totals, (rules, today, held_out)):
            totals[name] += replay
        print(f"{s.name:45s} found {rules.found.sum():4d} {today.found.sum():4d} {held_out.found.sum():4d}   "
              f"right {rules.right.sum():4d} {today.right.sum():4d} {held_out.right.sum():4d}")
    print(f"{len(sets)} sets, {sum(len(s.gold) for s in sets)} gold pairs:")
    for name, replay in totals.items():
        print(f"  {name}: {replay}")
    if "--report" in sys.argv:
        return
    model = fit(np.vstack(list(xs.values())), np.concatenate(list(ys.values())), names,
                np.concatenate(list(counts.values())))
    WEIGHTS.write_text(
        '"""Weights of the usefulness model (ranking.py), written by tools/fit_usefulness.py: do not edit by hand.\n\n'
        f"Fitted on {len(sets)} real-article development sets, {sum(len(s.ranked) for s in sets):,} candidate pairs.\n"
        '"""\n'
        f"INTERCEPT = {model.intercept!r}\n"
        "WEIGHTS = {\n" + "".join(f"    {n!r}: {v!r},\n" for n, v in sorted(model.weights.items())) + "}\n",
        encoding="utf-8",
    )
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
