"""Candidates from what figures measure: within one dispute, claims stating figures of one measure are paired
whatever their wording.

Two outlets giving one strike count in different words sit far apart in embedding space ("some 12,000
nurses walked out" / "the union put the strikers at 14,000"), yet a reader compares them first. Each
figure's frame names its measure ("workers on strike", "raise offered"). Claims whose figures are of one kind
and unit (counts of any unit), in documents of one dispute, are candidates outright: each claim takes its few best partners, those
stating the same measure (or the same particular figure) first, then the most alike, so that a large corpus does not pair everything with
everything. Whether two figures measure the same thing is then `figures.same_measure`'s to say.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from claims.frames import RAISE_TERM, measures_spoken_of
from factcheck.pairing.figures import BARE_SPAN, DATE_KIND, distinctive, framed_measure, measure_words, unit_group

# Partners a claim gets among claims with figures of its kind and unit: a headcount seven to ten outlets give is
# compared across all of them, and a dispute's workforce is counted in many ways ("2,900 porters", "some 3,000
# staff", "a workforce of 3,050"), each one's partners first. With 14 rather than 10, a replay of the real
# development sets' pairing found 3,896 -> 3,918 of the pairs readers compare, 3,175 -> 3,197 right (21 sets up, 11
# down); with 18, 3,914 and 3,193.
PARTNERS_PER_CLAIM = 14
PARTNERS_AT_SCALE = 10  # in a large store, where the budget shows a few pairs in a thousand candidates
SAME_MEASURE_FIRST = 1.0  # added to the cosine of partners that state the same measure: they come first
NEAR_FIGURES_FIRST = 0.5  # added again for partners whose figures of that measure are near each other
NEAR_RATIO = 1.25
# Added again for partners giving the very same telling figure ("6,400 porters stayed out" / "the union's 6,400
# members at the docks"): one fact told twice, though a claim's near figures of its measure may read more alike.
# Replaying the real development sets' pairing: pairs found 4,116 -> 4,121, right 3,350 -> 3,353 (three sets up,
# one down in right, none in found).
SAME_FIGURE_FIRST = 0.5
# Added again for partners whose articles appeared within NEAR_DAYS of each other: a toll or a crowd told over weeks
# is compared by readers at one moment, the day's count against the day's count, not against one a month on that
# reads more alike. Replaying the real development sets' pairing: pairs found 4,238 -> 4,244, right 3,441 -> 3,448
# (five sets up, none down); 0.5, or a day or three days, found the same or less.
NEAR_DATE_FIRST = 0.25
NEAR_DAYS = 2
BLOCK = 1024  # rows of a large group compared at once: bounded memory
TELLING_COUNT = 1000  # one count of a thousand or more in two claims of a dispute is rarely chance
WORKFORCE = "workforce"  # the partner key of every count of workers


def measure_key(quantity) -> tuple[str, str] | None:
    """(kind, measure) of a figure whose frame names its measure; None otherwise."""
    measure = framed_measure(quantity)
    unpaired = ("", BARE_SPAN, RAISE_TERM)
    return (quantity.kind, measure) if measure not in unpaired and quantity.kind != DATE_KIND else None


def telling_figures(quantities) -> set[tuple[str, float]]:
    """(kind, value) of the figures that point to one fact wherever they appear in a dispute: a particular one
    ("1,740 euros"), or a count in thousands ("470,000" in one outlet's "people" and another's "tally").
    Two claims sharing one are partners first; whether they measure the same thing is still `same_measure`'s to say."""
    return {(q.kind, q.value) for q in quantities
            if distinctive(q) or (q.kind == "count" and q.value >= TELLING_COUNT)}


def workforces(quantities) -> set[tuple[str, str]]:
    """("count", "workforce") for a claim counting workers of any kind: those a union represents and those on strike
    are one workforce where the counts are near ("more than 8,000 workers" / "the union represents 8,600"), which
    `same_measure` decides; they are partners first."""
    return {("count", WORKFORCE) for q in quantities if q.kind == "count" and framed_measure(q).startswith("worker")}


def spoken_measures(text: str, quantities) -> set[tuple[str, str]]:
    """(kind, measure) of what a claim speaks of in words and gives no figure of ("a record crowd"): counts."""
    stated = {framed_measure(q) for q in quantities if q.kind == "count"}
    return {("count", m) for m in map(measure_words, measures_spoken_of(text)) if m not in stated}


def shared_measures(a_quantities, b_quantities) -> list[tuple[str, str]]:
    """The measures both claims state a figure of."""
    a = {k for k in map(measure_key, a_quantities) if k}
    return sorted(a & {k for k in map(measure_key, b_quantities) if k})


def _values_by_measure(quantities) -> dict[tuple[str, str], list[float]]:
    found: dict[tuple[str, str], list[float]] = defaultdict(list)
    for q in quantities:
        key = measure_key(q)
        if key:
            found[key].append(q.value)
    return found


def _near_dates(days: Sequence[int | None], i: int, j: int) -> bool:
    """Rows i and j's documents appeared within NEAR_DAYS of each other (`days`: day numbers, None undated)."""
    if not days or days[i] is None or days[j] is None:
        return False
    return abs(days[i] - days[j]) <= NEAR_DAYS


def _partner_bonus(values_a, values_b, same_figure: bool = False, near_dates: bool = False) -> float:
    """For two claims sharing a measure: they come first, and of those, figures near each other before figures far
    apart: "more than 7,000 nurses struck" and "about 7,100 walked out" are one fact told twice, which a
    reader checks first; the very same telling figure (`same_figure`) before a near one; and figures told within
    days of each other (`near_dates`) before figures told weeks apart."""
    near = any(max(abs(x), abs(y)) <= NEAR_RATIO * min(abs(x), abs(y))
               for key in values_a.keys() & values_b.keys() for x in values_a[key] for y in values_b[key])
    return (SAME_MEASURE_FIRST + (NEAR_FIGURES_FIRST if near else 0.0) + (SAME_FIGURE_FIRST if same_figure else 0.0)
            + (NEAR_DATE_FIRST if near_dates else 0.0))


def frame_candidates(
    claims: Sequence, matrix: np.ndarray, related: Callable[[int, int], bool], per_claim: int = PARTNERS_PER_CLAIM,
    days: Sequence[int | None] = (),
) -> dict[tuple[int, int], float]:
    """{(row i, row j): cosine} with i < j: claims of related documents stating figures of one kind and unit; a
    claim that tells a crowd in words only ("a record crowd") stands among the counts. `days`, row for row: each
    claim's document's date as a day number (None where undated), or empty."""
    by_unit: dict[tuple[str, str], list[int]] = defaultdict(list)
    spoken = [spoken_measures(c.text, c.quantities) for c in claims]
    for row, claim in enumerate(claims):
        units = {unit_group(q) for q in claim.quantities if q.kind != DATE_KIND}
        for key in units | ({("count", "")} if spoken[row] else set()):
            by_unit[key].append(row)
    telling = [telling_figures(c.quantities) for c in claims]
    measures = [{k for k in map(measure_key, c.quantities) if k} | telling[row] | spoken[row]
                | workforces(c.quantities) for row, c in enumerate(claims)]
    values = [_values_by_measure(c.quantities) for c in claims]
    found: dict[tuple[int, int], float] = {}
    for rows in by_unit.values():
        if len(rows) < 2:
            continue
        group = np.asarray(rows)
        reach = min(len(group), 4 * per_claim + 1)  # enough to skip itself and a few other disputes' claims
        for start in range(0, len(group), BLOCK):
            block = group[start : start + BLOCK]
            sims = matrix[block] @ matrix[group].T
            rank = sims + np.array(
                [[_partner_bonus(values[i], values[j], not telling[i].isdisjoint(telling[j]),
                                 _near_dates(days, i, j))
                  if measures[i] & measures[j] else 0.0 for j in group] for i in block],
                dtype=np.float32,
            ) if len(group) <= BLOCK else sims
            for x, i in enumerate(block):
                top = np.argpartition(-rank[x], reach - 1)[:reach] if reach < len(group) else np.arange(len(group))
                taken = 0
                for y in top[np.argsort(-rank[x][top])]:
                    j = int(group[y])
                    if j == i or not related(claims[i].document_id, claims[j].document_id):
                        continue
                    found[(min(i, j), max(i, j))] = float(sims[x, y])
                    taken += 1
                    if taken == per_claim:
                        break
    return found
