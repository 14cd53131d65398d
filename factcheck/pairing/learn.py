"""Learning from the reviewers: a small classifier over what the rules saw, trained on final labels.

It refines the rules' suggestions only once it beats them in cross-validation
on the labels so far; `factcheck stats` prints the comparison.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from factcheck.labels.final import final_labels
from factcheck.pairing.candidates import Candidate, DatedClaim
from factcheck.pairing.suggest import Suggestion, suggest_label
from factcheck.records import LABELS
from factcheck.store import PairRow, Store

MIN_LABELS = 10
MIN_CONFIDENCE = 0.75  # the classifier overrides a rule only when this sure
SIGNALS = ("similarity", "opposed", "same_document", "dates_differ", "figures", "figures_clash", "clash", "allegation")


@dataclass(frozen=True)
class LearningReport:
    n_labels: int
    rules_accuracy: float
    classifier_cv_accuracy: float | None  # None when the labels are too few or of one kind


def features(s: Suggestion) -> list[float]:
    signals = [float(s.signals.get(name) or 0) for name in SIGNALS]
    return signals + [float(s.label == label) for label in LABELS] + [s.confidence]


@dataclass(frozen=True)
class _Training:
    x: np.ndarray
    y: np.ndarray
    rules: np.ndarray


def _training(store: Store) -> _Training | None:
    # Final labels only: a pair the reviewers dispute teaches nothing until a lead settles it.
    labels = {pair_id: f.label for pair_id, f in final_labels(store).items() if f.trainable}
    if len(labels) < MIN_LABELS:
        return None
    pairs = store.pairs(ids=list(labels))
    claims = store.claims_by_id(sorted({c for p in pairs for c in (p.claim_a, p.claim_b)}))
    published = {d.id: d.published for d in store.documents()}
    x, y, rules = [], [], []
    for p in pairs:
        if p.claim_a not in claims or p.claim_b not in claims:
            continue
        a, b = (DatedClaim.of(claims[i], published.get(claims[i].document_id, "")) for i in (p.claim_a, p.claim_b))
        s = suggest_label(a, b, p.similarity)
        x.append(features(s))
        y.append(labels[p.id])
        rules.append(s.label)
    return _Training(np.array(x), np.array(y), np.array(rules)) if len(y) >= MIN_LABELS else None


def _classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(max_iter=1000, class_weight="balanced")


def _cv_accuracy(t: _Training) -> float | None:
    from sklearn.model_selection import cross_val_score

    counts = np.unique(t.y, return_counts=True)[1]
    if len(counts) < 2:
        return None
    folds = int(min(5, counts.min()))
    if folds < 2:
        return None
    return float(cross_val_score(_classifier(), t.x, t.y, cv=folds).mean())


def compare_with_labels(store) -> LearningReport | None:
    """Rules against the classifier on the pairs labelled so far; None below MIN_LABELS labels."""
    t = _training(store)
    if t is None:
        return None
    return LearningReport(len(t.y), float((t.rules == t.y).mean()), _cv_accuracy(t))


def refine(store: Store, chosen: Sequence[Candidate]) -> tuple[list[PairRow], int]:
    """Rows to save, with suggestions the classifier is sure of put in place of the rules'.

    Returns the rows and how many suggestions changed; nothing changes until
    the classifier beats the rules in cross-validation.
    """
    rows = [to_row(c) for c in chosen]
    t = _training(store)
    cv = _cv_accuracy(t) if t is not None else None
    if t is None or cv is None or cv <= float((t.rules == t.y).mean()):
        return rows, 0
    model = _classifier().fit(t.x, t.y)
    probabilities = model.predict_proba(np.array([features(c.suggestion) for c in chosen]))
    changed = 0
    for k, (c, p) in enumerate(zip(chosen, probabilities)):
        best = int(np.argmax(p))
        label = str(model.classes_[best])
        if label != c.suggestion.label and p[best] >= MIN_CONFIDENCE:
            reason = f"reviewers' labels on {len(t.y)} pairs point to {label} ({p[best]:.0%})"
            rows[k] = replace(rows[k], suggested_label=label, confidence=round(float(p[best]), 2), reasons=rows[k].reasons + (reason,))
            changed += 1
    return rows, changed


def to_row(c: Candidate) -> PairRow:
    s = c.suggestion
    return PairRow(c.claim_a, c.claim_b, c.similarity, s.label, s.confidence, s.reasons, c.topic)
