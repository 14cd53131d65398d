"""From claims to the few pairs a reviewer should see: candidates, usefulness, caps, suggestions.

Candidates come from two places: each claim's nearest neighbours above the
similarity threshold, and, inside each document, the claims of the other
party (an article sets a union's words beside the employer's answer even
when they share few words). Every candidate gets a suggested label, is
ranked by how useful it is to review, and the best are kept under a
per-claim cap and a budget that grows with the number of claims.
"""
from __future__ import annotations

import gc
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from operator import attrgetter

import numpy as np

from factcheck.pairing.clustering import Neighbours, Topics
from factcheck.pairing.disputes import DocumentNames
from factcheck.pairing.figures import dates_of
from factcheck.pairing.frames import (
    PARTNERS_AT_SCALE, PARTNERS_PER_CLAIM, frame_candidates, shared_measures, spoken_measures,
)
from factcheck.pairing.polarity import Polarity
from factcheck.pairing.polarity import objects_named
from factcheck.pairing.polarity import polarity as read_polarity
from factcheck.pairing.ranking import (
    UsefulnessModel, blended_usefulness, contested, day_of, decisive, measures_of, neighbourhood_features, pair_features,
    rules_usefulness, settles, words_of,
)
from factcheck.records import StoredClaim
from factcheck.pairing.suggest import CAMPS, PARTY_NEUTRAL, Suggestion, sides_opposed, suggest_label

NEAR_DUPLICATE = 0.95  # two claims of one document this alike are one claim said twice
COUNTERPOINT_FLOOR = 0.1  # the other party's claims in the same article, down to this similarity
COUNTERPOINTS_PER_CLAIM = 3  # the closest ones are candidates outright; the others need a decisive signal
# Below the threshold by this much, a neighbour is still a candidate when the rules find something
# to settle (figures of one measure, opposite polarity, allegation and denial): opposing parties
# rarely phrase a point alike.
RELAXED_BY = 0.2
# A claim at the heart of a dispute (the offer, the crowd count) is set against more than a handful of others. Eight,
# not more: one cap of 14 for every pair gained more on the development sets, but the seeds lost one of their two
# accounts of one proposal (from nine pairs per claim on).
MAX_PAIRS_PER_CLAIM = 8
# A figure many articles give (a toll, a strike count, an offer) is compared with each of them, as readers compare
# the figure each outlet gives with every other outlet's: with 14 rather than 10 (and 8 for other pairs rather than
# 7), a replay of the real development sets' candidates found 3,101 -> 3,135 of the pairs readers compare, 2,536 ->
# 2,566 right (18 sets up, 11 down).
MAX_FRAMED_PAIRS_PER_CLAIM = 14
# A pair this useful passes its claims' caps: a toll or a workforce that many outlets give fills its claim's places
# with weak pairs of one measure, and the one pair that restates the figure in other words was left out. Replaying the
# real development sets' candidates: pairs found 4,017 -> 4,048, right 3,259 -> 3,287 (20 sets up, 1 down), true
# conflicts unchanged (312). From 0.7 down more were found but true conflicts fell (312 -> 308 at 0.7).
USEFUL_PAST_CAP = 0.85
# Beyond this many claims the budget (18 * sqrt(n)) shows a few pairs in a thousand candidates, nearly all from each
# claim's nearest neighbours: on 30,000 synthetic claims, 95% of the pairs chosen were the same with each claim's ten
# nearest as with its twenty, in far less time (figures and counterpoints still reach beyond them); with its seven
# nearest rather than ten, 99.8% were (99.7% at 100,000 claims, where pairing took 53 s rather than 59 s).
LARGE_STORE = 20_000
NEIGHBOURS_AT_SCALE = 7
# The reviewer's budget grows with the corpus, but slower than it: more claims mostly restate points
# already paired. 1.3 per claim up to about 190 claims, a dispute's handful of articles (rounded down: never more),
# 18 * sqrt(n) beyond (570 pairs at 1,000 claims). At 10 * sqrt(n) a set of seven articles (120 claims) had a third
# of its allowance cut, and the pairs cut were the dispute's restated figures a reader compares.
PAIRS_PER_CLAIM = 1.3
PAIRS_PER_SQRT_CLAIMS = 18
MIN_BUDGET = 10
POSITIONS_PER_CLAIM = 2  # each party claim's closest views of the same contract or offer from the other camp
POSITIONS_MAX_CLAIMS = 500  # beyond this many party claims about one object, views are left to the neighbours
COUNTERPOINT_SHARE = 0.6  # per party claim of an article, pairs of its own point and counterpoint served first
FRAMED_SHARE = 0.6  # of the budget, served first to pairs whose figures share a measure; the parties' words need room too


@dataclass(frozen=True)
class DatedClaim:
    """A stored claim as the suggestion rules read it: with its document's date and its words read once.

    Built once per claim, not per pair: a claim meets dozens of partners, and
    at a hundred thousand claims reading its words for each would be most of the work.
    """

    id: int
    text: str
    side: str
    stance: str
    quantities: tuple
    document_id: int
    published: str
    polarity: Polarity
    dates: tuple[int, ...]
    spoken: frozenset  # the measures it speaks of in words only ("a record crowd")
    # What the usefulness model (`ranking`) reads of it.
    position: int = 0  # its place in its document
    checkworthiness: float = 0.0
    day: int | None = None  # its document's date as a day number
    measures: frozenset = frozenset()  # what its figures are figures of
    words: frozenset = frozenset()  # its content words, numbers and capitalised words, as `ranking.words_of` reads them
    numbers: frozenset = frozenset()
    names: frozenset = frozenset()

    @classmethod
    def of(cls, claim: StoredClaim, published: str = "") -> "DatedClaim":
        return cls(claim.id, claim.text, claim.side, claim.stance, claim.quantities, claim.document_id,
                   published, read_polarity(claim.text), tuple(dates_of(claim.quantities)),
                   frozenset(spoken_measures(claim.text, claim.quantities)), claim.position, claim.checkworthiness,
                   day_of(published), measures_of(claim.quantities), *words_of(claim.text))


@dataclass(frozen=True)
class Candidate:
    """A chosen pair with its suggestion, ready to be named and saved."""

    claim_a: int  # the smaller id
    claim_b: int
    similarity: float
    suggestion: Suggestion
    usefulness: float
    rows: tuple[int, int] = (-1, -1)  # the claims' rows in the matrix, for naming the topic
    topic: str = ""


@dataclass(slots=True)
class Ranked:
    """What ranking needs of a candidate pair, and no more.

    A large store has millions of candidates for a few thousand places, so
    their suggestions (reasons in words, signals) are not kept: the chosen
    pairs get theirs written again by `suggested`. Not frozen: `rank_candidates`
    sets each one's usefulness in place once the model has read them all.
    """

    usefulness: float
    claim_a: int  # the smaller id
    claim_b: int
    similarity: float
    settles: bool  # a point to settle, beyond the parties' words on one thing (`ranking.settles`)
    rows: tuple[int, int]
    framed: bool = False  # the two claims state figures of one measure
    contested: bool = False  # opposing parties' figures of one measure at odds: what the tool exists to find


def candidate_rows(
    claims: list[StoredClaim], matrix: np.ndarray, neighbours: Neighbours, min_similarity: float,
    names: DocumentNames | None = None, days: Sequence[int | None] = (),
):
    """{(row i, row j): (similarity, outright)} with i < j, from figures of one measure, neighbours and
    same-document counterpoints.

    A candidate that is not `outright` is kept only when the rules find a decisive signal in it.
    """
    names = names or DocumentNames({})
    large = len(claims) > LARGE_STORE
    partners = PARTNERS_AT_SCALE if large else PARTNERS_PER_CLAIM
    found: dict[tuple[int, int], tuple[float, bool]] = {
        key: (score, True) for key, score in frame_candidates(claims, matrix, names.related, partners, days).items()
    }
    reach = NEIGHBOURS_AT_SCALE if large else neighbours.rows.shape[1]
    for i, (rows, scores) in enumerate(zip(neighbours.rows[:, :reach], neighbours.scores[:, :reach])):
        for j, score in zip(rows, scores):
            if j >= 0 and score >= min_similarity - RELAXED_BY:
                key = (min(i, j), max(i, j))
                found[key] = (float(score), found.get(key, (0, False))[1] or bool(score >= min_similarity))
    for key, score in position_candidates(claims, matrix, names.related).items():
        found.setdefault(key, (score, True))
    by_document: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_document[c.document_id].append(i)
    for rows in by_document.values():
        for key, (score, outright) in _counterpoints(claims, matrix, rows).items():
            found[key] = (score, found.get(key, (0, False))[1] or outright)
    return found


def position_candidates(claims: list[StoredClaim], matrix: np.ndarray, related) -> dict[tuple[int, int], float]:
    """Across a dispute's articles, each party claim's closest claims of the opposing camp about the same contract,
    offer or proposal: two sides' views of one thing ("a historic win" / "gives us most of what we asked for")
    share few words. Only where few claims speak of it: at scale the budget has no room for them anyway."""
    by_object: dict[str, list[int]] = defaultdict(list)
    for row, c in enumerate(claims):
        if c.side not in PARTY_NEUTRAL:
            for word in objects_named(c.text):
                by_object[word].append(row)
    out: dict[tuple[int, int], float] = {}
    for rows in by_object.values():
        if len(rows) < 2 or len(rows) > POSITIONS_MAX_CLAIMS:
            continue
        sims = matrix[rows] @ matrix[rows].T
        camps = np.array([CAMPS.get(claims[i].side, claims[i].side) for i in rows])
        docs = np.array([claims[i].document_id for i in rows])
        for x, i in enumerate(rows):
            other = (camps != camps[x]) & (docs != docs[x])  # the opposing camp, in another article
            taken = 0
            for y in np.flatnonzero(other)[np.argsort(-sims[x, other])]:
                j = rows[y]
                if related(claims[i].document_id, claims[j].document_id):
                    out[(min(i, j), max(i, j))] = float(sims[x, y])
                    taken += 1
                    if taken == POSITIONS_PER_CLAIM:
                        break
    return out


def _counterpoints(claims: list[StoredClaim], matrix: np.ndarray, rows: list[int]) -> dict[tuple[int, int], tuple[float, bool]]:
    """Within one document, the party claims set against the opposing party's (the closest ones outright)."""
    party = [i for i in rows if any(sides_opposed(claims[i], claims[j]) for j in rows)]
    if len(party) < 2:
        return {}
    sims = matrix[party] @ matrix[party].T  # one document's party claims: small
    out = {}
    for x, i in enumerate(party):
        others = [y for y, j in enumerate(party) if sides_opposed(claims[i], claims[j])]
        for rank, y in enumerate(sorted(others, key=lambda y: -sims[x, y])):
            if sims[x, y] >= COUNTERPOINT_FLOOR:
                j = party[y]
                key = (min(i, j), max(i, j))
                out[key] = (float(sims[x, y]), out.get(key, (0, False))[1] or rank < COUNTERPOINTS_PER_CLAIM)
    return out


def skip(a: StoredClaim, b: StoredClaim, similarity: float) -> bool:
    return a.content_hash == b.content_hash or (a.document_id == b.document_id and similarity >= NEAR_DUPLICATE)


def select(
    candidates: list[Ranked],
    claims: dict[int, StoredClaim],
    keep: set[tuple[int, int]] = frozenset(),
) -> list[Ranked]:
    """The most useful candidates under the caps; pairs in `keep` (labelled ones) always stay.

    Pairs whose figures share a measure come first, in most of the budget; then each article's own point and
    counterpoint (its opposing parties' claims set side by side, with a point to settle), up to a share of its
    party claims; then the most useful of the rest. The parties' own figures at odds pass a claim's cap, as does
    a pair of usefulness `USEFUL_PAST_CAP` or more.
    """
    budget = review_budget(len(claims))
    ranked = by_usefulness(candidates)
    per_claim: Counter = Counter()
    chosen: dict[tuple[int, int], Ranked] = {}

    def take(c: Ranked, limit: int) -> bool:
        key = (c.claim_a, c.claim_b)
        cap = MAX_FRAMED_PAIRS_PER_CLAIM if c.framed else MAX_PAIRS_PER_CLAIM
        passes = c.contested or c.usefulness >= USEFUL_PAST_CAP
        capped = max(per_claim[c.claim_a], per_claim[c.claim_b]) >= cap and not passes
        full = len(chosen) >= limit or capped
        if key in chosen or (full and key not in keep):
            return False
        chosen[key] = c
        per_claim.update(key)
        return True

    for c in ranked:
        if (c.claim_a, c.claim_b) in keep:
            take(c, budget)
    for c in ranked:  # figures of one measure: what a reader compares first, in most of the budget
        if c.framed:
            take(c, math.ceil(FRAMED_SHARE * budget))
    taken_in: Counter = Counter()
    quota = _counterpoint_quota(claims.values())
    for c in ranked:
        if len(chosen) >= budget:  # labelled pairs are in already; nothing else fits
            break
        a, b = claims[c.claim_a], claims[c.claim_b]
        counterpoint = a.document_id == b.document_id and sides_opposed(a, b) and c.settles
        if counterpoint and taken_in[a.document_id] < quota[a.document_id]:
            taken_in[a.document_id] += take(c, budget)
    for c in ranked:
        if len(chosen) >= budget:
            break
        take(c, budget)
    return by_usefulness(chosen.values())


def by_usefulness(candidates) -> list[Ranked]:
    """Most useful first, ties in claim id order.

    Two sorts on attributes rather than one on a tuple built per candidate: a large store has millions, and the
    second sort keeps the first one's order among equals.
    """
    in_id_order = sorted(candidates, key=attrgetter("claim_a", "claim_b"))
    return sorted(in_id_order, key=attrgetter("usefulness"), reverse=True)


def review_budget(n_claims: int) -> int:
    return max(MIN_BUDGET, math.floor(min(PAIRS_PER_CLAIM * n_claims, PAIRS_PER_SQRT_CLAIMS * math.sqrt(n_claims))))


def _counterpoint_quota(claims) -> Counter:
    """Per document, how many same-article pairs of opposing parties are served first."""
    parties = Counter(c.document_id for c in claims if c.side not in PARTY_NEUTRAL)
    return Counter({doc: math.ceil(COUNTERPOINT_SHARE * n) for doc, n in parties.items()})


def claim_views(claims: list[StoredClaim], published: dict[int, str] | None = None) -> list[DatedClaim]:
    """Each claim as the rules read it, row for row."""
    published = published or {}
    return [DatedClaim.of(c, published.get(c.document_id, "")) for c in claims]


def rank_candidates(
    claims: list[StoredClaim],
    views: list[DatedClaim],
    matrix: np.ndarray,
    neighbours: Neighbours,
    min_similarity: float,
    nli=None,
    names: DocumentNames | None = None,
    model: UsefulnessModel | None = None,
) -> list[Ranked]:
    """Every candidate pair with its usefulness; claims, views and matrix rows correspond."""
    model = model or UsefulnessModel.bundled()
    found = read_candidates(claims, views, matrix, neighbours, min_similarity, model.linear, nli, names)
    if not found.ranked:
        return []
    rows = np.array([r.rows for r in found.ranked], dtype=np.int64)
    similarity = np.array([r.similarity for r in found.ranked])
    around = neighbourhood_features(rows[:, 0], rows[:, 1], similarity, len(claims))
    learned = model.probability(np.array(found.read), around)
    useful = blended_usefulness(learned, np.array(found.same_dispute), np.array(found.rules))
    for r, u in zip(found.ranked, useful.round(4).tolist()):
        r.usefulness = u
    return found.ranked


@dataclass
class ReadCandidates:
    """Every candidate as the rules found it (its usefulness not set yet), with what `read` made of its features (a
    score, or the features), column by column: a large store has millions."""

    ranked: list[Ranked] = field(default_factory=list)
    read: list = field(default_factory=list)
    rules: list[float] = field(default_factory=list)  # the rules' own usefulness (`ranking.rules_usefulness`)
    same_dispute: list[bool] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


def read_candidates(
    claims: list[StoredClaim],
    views: list[DatedClaim],
    matrix: np.ndarray,
    neighbours: Neighbours,
    min_similarity: float,
    read,
    nli=None,
    names: DocumentNames | None = None,
) -> ReadCandidates:
    """Every candidate pair with its suggestion's findings, its features passed through `read`."""
    names = names or DocumentNames({})
    out = ReadCandidates()
    with _collector_paused():
        found = candidate_rows(claims, matrix, neighbours, min_similarity, names, [v.day for v in views])
        while found:  # popped, so the pairs already read free their memory as the list grows
            (i, j), (similarity, outright) = found.popitem()
            if claims[j].id < claims[i].id:
                i, j = j, i
            a, b = claims[i], claims[j]
            if skip(a, b, similarity):
                continue
            s = suggest_label(views[i], views[j], similarity, nli=nli)
            if not outright and not decisive(s):
                continue
            same_dispute = a.document_id == b.document_id or names.related(a.document_id, b.document_id)
            out.ranked.append(Ranked(0.0, a.id, b.id, round(similarity, 4), settles(s), (i, j),
                                     bool(s.signals.get("measures")), contested(s)))
            out.read.append(read(pair_features(views[i], views[j], similarity, s, outright)))
            out.rules.append(rules_usefulness(a, b, similarity, s, same_dispute))
            out.same_dispute.append(same_dispute)
            out.labels.append(s.label)
    return out


def suggested(chosen: list[Ranked], views: list[DatedClaim], nli=None) -> list[Candidate]:
    """The chosen pairs with their suggestions in full, in the same order."""
    return [
        Candidate(r.claim_a, r.claim_b, r.similarity, suggest_label(views[r.rows[0]], views[r.rows[1]], r.similarity, nli=nli),
                  r.usefulness, r.rows)
        for r in chosen
    ]


@contextmanager
def _collector_paused():
    """Hold off Python's cycle collector while candidates pile up.

    A large store makes millions of small objects here and none of them form
    cycles, yet each full collection walks them all again: at 100k claims that
    was a quarter of the stage. Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def with_topics(chosen: list[Candidate], topics: Topics, views: list[DatedClaim] | None = None) -> list[Candidate]:
    """Name the chosen pairs' topics: by the measure their figures share ("Acme Foods: stores closed"), else
    by their keywords. Only the chosen pairs are named, as naming costs more than suggesting."""
    return [replace(c, topic=(views and measure_topic(views[c.rows[0]], views[c.rows[1]])) or topics.label(list(c.rows)))
            for c in chosen]


def measure_topic(a: DatedClaim, b: DatedClaim) -> str:
    """"Subject: measure" for two claims stating figures of one measure; "" otherwise."""
    shared = shared_measures(a.quantities, b.quantities)
    if not shared:
        return ""
    _, measure = shared[0]
    subjects = [q.frame.subject for q in (*a.quantities, *b.quantities) if q.frame and q.frame.subject]
    return f"{subjects[0]}: {measure}" if subjects else measure
