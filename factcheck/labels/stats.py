"""What `factcheck stats` reports: the size of the database and how labelling is going."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from factcheck.labels.final import final_labels
from factcheck.records import LABELS


@dataclass
class LabelStats:
    documents: int
    claims: int
    pairs: int
    by_label: dict[str, int]  # final labels; "disputed" counts pairs with unsettled disagreement
    by_reviewer: dict[str, dict[str, int]]  # reviewer -> their current label -> pairs
    suggestion_hits: int  # pairs whose suggested label equals the final label
    suggestion_scored: int  # pairs with a final label
    learning: dict | None = None  # the learned classifier against the rules, once enough pairs are labelled
    learning_error: str = ""
    labelled: int = field(init=False)

    def __post_init__(self) -> None:
        self.labelled = sum(self.by_label.values())

    @property
    def suggestion_accuracy(self) -> float | None:
        return self.suggestion_hits / self.suggestion_scored if self.suggestion_scored else None

    def as_json(self) -> dict:
        return {
            "documents": self.documents,
            "claims": self.claims,
            "pairs": self.pairs,
            "labelled_pairs": self.labelled,
            "by_label": self.by_label,
            "by_reviewer": self.by_reviewer,
            "suggestion_accuracy": self.suggestion_accuracy,
            "suggestion_scored": self.suggestion_scored,
            "learning": self.learning,
        }

    def lines(self) -> list[str]:
        out = [
            f"documents {self.documents}   claims {self.claims}   pairs {self.pairs}",
            f"labelled pairs {self.labelled}: " + ", ".join(f"{k} {v}" for k, v in self.by_label.items()),
        ]
        for reviewer, counts in sorted(self.by_reviewer.items()):
            total = sum(counts.values())
            detail = ", ".join(f"{k} {v}" for k, v in counts.items())
            out.append(f"  {reviewer}: {total} pairs ({detail})")
        accuracy = self.suggestion_accuracy
        if accuracy is None:
            out.append("suggestion accuracy: no final labels yet")
        else:
            out.append(f"suggestion accuracy (rules): {accuracy:.1%} of {self.suggestion_scored} labelled pairs")
        if self.learning:
            cv = self.learning.get("classifier_cv_accuracy")
            rules = self.learning.get("rules_accuracy")
            out.append(
                f"learned classifier: {_pct(cv)} cross-validated vs rules {_pct(rules)}"
                f" ({self.learning.get('n_labels')} labels)"
            )
        elif self.learning_error:
            out.append(f"learned classifier: {self.learning_error}")
        return out


def _pct(value) -> str:
    return f"{value:.1%}" if isinstance(value, (int, float)) else "n/a"


def label_stats(store) -> LabelStats:
    counts = store.counts()
    finals = final_labels(store)
    by_label = Counter({label: 0 for label in LABELS})
    by_reviewer: dict[str, Counter] = {}
    for final in finals.values():
        by_label[final.label or "disputed"] += 1
        for reviewer, label in final.votes.items():
            by_reviewer.setdefault(reviewer, Counter())[label] += 1
    suggested = {p.id: p.suggested_label for p in store.pairs(ids=list(finals))}
    scored = [f for f in finals.values() if f.label is not None and f.pair_id in suggested]
    hits = sum(suggested[f.pair_id] == f.label for f in scored)
    learning, error = _learning(store)
    return LabelStats(
        documents=counts["documents"],
        claims=counts["claims"],
        pairs=counts["pairs"],
        by_label=dict(by_label),
        by_reviewer={r: dict(c) for r, c in by_reviewer.items()},
        suggestion_hits=hits,
        suggestion_scored=len(scored),
        learning=learning,
        learning_error=error,
    )


def _learning(store) -> tuple[dict | None, str]:
    """The learned classifier against the rules, from the reviewers' final labels."""
    from factcheck.pairing.learn import compare_with_labels  # lazily: scikit-learn takes a second to import

    try:
        report = compare_with_labels(store)
    except Exception as e:  # an optional extra: a failure there must not hide the counts above
        return None, f"unavailable ({type(e).__name__}: {e})"
    if report is None:
        return None, "not enough labels yet"
    return {
        "n_labels": getattr(report, "n_labels", None),
        "rules_accuracy": getattr(report, "rules_accuracy", None),
        "classifier_cv_accuracy": getattr(report, "classifier_cv_accuracy", None),
    }, ""
