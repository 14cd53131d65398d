"""What the label events add up to: each reviewer's current label, a pair's final label, agreement.

The labels table is append-only; everything here is derived from it on read,
so relabelling, notes and adjudication never need an update or a delete.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

from factcheck.records import Label, LabelEvent, Pair


@dataclass(frozen=True)
class FinalLabel:
    """A pair's verdict as reports should use it.

    ``label`` is None when reviewers disagree and no lead has settled it
    (``disputed`` is then True).
    """

    pair_id: int
    label: str | None
    reviewers: tuple[str, ...]
    notes: tuple[str, ...]
    adjudicated: bool
    disputed: bool = False
    votes: Mapping[str, str] = field(default_factory=dict)  # reviewer -> current label
    adjudicator: str = ""
    reviewed_at: str = ""  # when the latest event on the pair was given

    @property
    def trainable(self) -> bool:
        """Whether the pair may teach the classifier: settled, by agreement or by a lead."""
        return self.label is not None


@dataclass(frozen=True)
class KappaScore:
    first: str
    second: str
    shared: int  # pairs both reviewers labelled
    kappa: float | None  # None when it is undefined (too few shared pairs, or a single label throughout)


def current_labels(events: Iterable[LabelEvent]) -> dict[int, dict[str, str]]:
    """pair id -> reviewer -> that reviewer's latest label. Adjudications are not a reviewer's vote."""
    votes: dict[int, dict[str, str]] = {}
    for e in sorted(events, key=lambda e: e.id):
        if not e.adjudication:
            votes.setdefault(e.pair_id, {})[e.reviewer] = e.label
    return votes


def final_labels(store) -> dict[int, FinalLabel]:
    """pair id -> FinalLabel, for every pair that has at least one label event."""
    return final_labels_of(store.label_events())


def final_labels_of(events: Iterable[LabelEvent]) -> dict[int, FinalLabel]:
    by_pair: dict[int, list[LabelEvent]] = {}
    for e in sorted(events, key=lambda e: e.id):
        by_pair.setdefault(e.pair_id, []).append(e)
    return {pair_id: final_label(pair_events) for pair_id, pair_events in by_pair.items()}


def final_label(events: Iterable[LabelEvent]) -> FinalLabel:
    """The one rule for a pair's label, from the label events of that pair.

    The latest adjudication wins; otherwise the reviewers' current labels decide when they all agree;
    otherwise the pair is disputed (its label is None). Every command, report and the classifier use this.
    """
    events = sorted(events, key=lambda e: e.id)
    pair_id = events[0].pair_id
    votes = current_labels(events).get(pair_id, {})
    notes = tuple(dict.fromkeys(e.note for e in events if e.note))
    settled = [e for e in events if e.adjudication]
    common = dict(
        pair_id=pair_id, reviewers=tuple(sorted(votes)), notes=notes, votes=votes,
        reviewed_at=max(e.created_at for e in events),
    )
    if settled:
        last = settled[-1]
        return FinalLabel(label=last.label, adjudicated=True, adjudicator=last.reviewer, **common)
    distinct = set(votes.values())
    if len(distinct) == 1:
        return FinalLabel(label=distinct.pop(), adjudicated=False, **common)
    return FinalLabel(label=None, adjudicated=False, disputed=True, **common)


def pairs_with_labels(
    store, label: Label | str | None = None, suggested: Label | str | None = None, unlabeled: bool = False
) -> list[tuple[Pair, FinalLabel | None]]:
    """Pairs with their final label (None until reviewed), filtered as `factcheck pairs` asks.

    ``label`` keeps the pairs whose final label it is: a disputed pair has none until a lead settles it.
    """
    pairs = store.pairs(suggested=suggested, labelled=False if unlabeled else None)
    finals = {} if unlabeled else final_labels(store)
    listed = [(p, finals.get(p.id)) for p in pairs]
    if label is None:
        return listed
    return [(p, f) for p, f in listed if f is not None and f.label == str(label)]


def disagreements(finals: Mapping[int, FinalLabel]) -> list[FinalLabel]:
    """Pairs on which reviewers' current labels differ, settled or not, in pair order."""
    return [f for _, f in sorted(finals.items()) if len(set(f.votes.values())) > 1]


def kappa_scores(finals: Mapping[int, FinalLabel]) -> list[KappaScore]:
    """Cohen's kappa for each two reviewers over the pairs both labelled."""
    reviewers = sorted({r for f in finals.values() for r in f.votes})
    scores = []
    for first, second in combinations(reviewers, 2):
        shared = [f.votes for f in finals.values() if first in f.votes and second in f.votes]
        a = [v[first] for v in shared]
        b = [v[second] for v in shared]
        scores.append(KappaScore(first, second, len(shared), _kappa(a, b)))
    return scores


def _kappa(a: list[str], b: list[str]) -> float | None:
    # Kappa is undefined when chance agreement is total (one label used throughout): report that, not NaN.
    if len(a) < 2 or len(set(a) | set(b)) < 2:
        return None
    import math
    import warnings

    from sklearn.metrics import cohen_kappa_score  # lazily: sklearn takes a second to import

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(a, b))
    return None if math.isnan(value) else value
