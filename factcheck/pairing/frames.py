"""Candidates from what figures measure: within one dispute, claims stating figures of one measure are paired
whatever their wording.

Two outlets giving one strike count in different words sit far apart in embedding space ("some 30,000
teachers walked out" / "the union put the strikers at 32,000"), yet a reader compares them first. Each
figure's frame names its measure ("workers on strike", "raise offered"); every two claims whose figures share
a measure, in documents of one dispute, are candidates outright. A measure stated by many claims gives each
claim its few most similar partners, so that a large corpus does not pair everything with everything.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

PARTNERS_PER_CLAIM = 6  # same-measure partners a claim gets, the most alike first
BLOCK = 1024  # rows of a large measure compared at once: bounded memory


def measure_key(quantity) -> tuple[str, str] | None:
    """(kind, measure) of a figure whose frame names its measure; None otherwise."""
    frame = getattr(quantity, "frame", None)
    measure = (getattr(frame, "measure", "") or "").strip().lower()
    return (quantity.kind, measure) if measure else None


def shared_measures(a_quantities, b_quantities) -> list[tuple[str, str]]:
    """The measures both claims state a figure of."""
    a = {k for k in map(measure_key, a_quantities) if k}
    return sorted(a & {k for k in map(measure_key, b_quantities) if k})


def frame_candidates(
    claims: Sequence, matrix: np.ndarray, related: Callable[[int, int], bool], per_claim: int = PARTNERS_PER_CLAIM
) -> dict[tuple[int, int], float]:
    """{(row i, row j): cosine} with i < j: claims of related documents stating figures of one measure."""
    by_measure: dict[tuple[str, str], list[int]] = defaultdict(list)
    for row, claim in enumerate(claims):
        for key in {k for k in map(measure_key, claim.quantities) if k}:
            by_measure[key].append(row)
    found: dict[tuple[int, int], float] = {}
    for rows in by_measure.values():
        if len(rows) < 2:
            continue
        group = np.asarray(rows)
        for start in range(0, len(group), BLOCK):
            block = group[start : start + BLOCK]
            sims = matrix[block] @ matrix[group].T
            reach = min(len(group), 4 * per_claim + 1)  # enough to skip itself and a few other disputes' claims
            for x, i in enumerate(block):
                top = np.argpartition(-sims[x], reach - 1)[:reach] if reach < len(group) else np.arange(len(group))
                order = top[np.argsort(-sims[x][top])]
                taken = 0
                for y in order:
                    j = int(group[y])
                    if j == i or not related(claims[i].document_id, claims[j].document_id):
                        continue
                    key = (min(i, j), max(i, j))
                    found[key] = float(sims[x, y])
                    taken += 1
                    if taken == per_claim:
                        break
    return found
