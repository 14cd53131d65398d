"""The contradiction report as data: built once from the store, then written in any format.

Everything comes from a fixed handful of queries (counts, documents, claims,
quantities, pairs, label events, review dates), never one per pair, so a
report over tens of thousands of pairs is written in about a second.
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from claims.frames import GENERIC_MEASURES as GENERIC_FRAME_MEASURES
from claims.model import REPORTER, UNKNOWN, Quantity
from factcheck.errors import FactcheckError
from factcheck.labels.final import final_labels
from factcheck.records import LABELS, Document, Pair, StoredClaim, topic_matches
from factcheck.store import Store

NO_TOPIC = "(no topic)"
REVIEWED, SUGGESTED, DISPUTED = "reviewed", "suggested", "disputed"
OPTIONAL_SECTIONS = ("agree", "unverifiable")  # conflicts are always reported

# A measure's name when extraction did not say what is counted or paid.
UNIT_NAMES = {
    "USD/hour": "hourly pay",
    "USD/year": "annual pay",
    "USD": "amount",
    "people": "people",
    "percent": "percentage",
    "days": "duration",
    "date": "date",
}


@dataclass(frozen=True)
class Source:
    """A document as a report cites it."""

    id: int
    title: str
    publisher: str
    published: str
    url: str
    path: str
    claims: int

    @property
    def link(self) -> str:
        """Where a reader can open the document: its web address, else nothing.

        Only http(s) addresses are linked: a stored `javascript:` or `data:` URL
        would run or render attacker content when a reader clicks it, and a
        `file:///home/...` path tells the readers of a published report about
        the machine that ingested it and opens nothing on theirs. A local
        document is named by its file name (`name`).
        """
        if self.url.lower().startswith(("http://", "https://")):
            return self.url
        return ""

    @property
    def name(self) -> str:
        return self.title or Path(self.path).name or f"document {self.id}"


@dataclass(frozen=True)
class ReportClaim:
    """A claim as a report shows it: the stored claim and the source it cites."""

    claim: StoredClaim
    source: Source

    @property
    def id(self) -> int:
        return self.claim.id

    @property
    def text(self) -> str:
        return self.claim.text

    @property
    def speaker(self) -> str:
        return self.claim.speaker

    @property
    def side(self) -> str:
        return self.claim.side

    @property
    def stance(self) -> str:
        return self.claim.stance

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        return self.claim.quantities

    def segments(self) -> list[tuple[str, bool]]:
        """The text cut into (piece, is_figure) runs, so each format can highlight figures its own way."""
        out, at = [], 0
        for q in sorted(self.quantities, key=lambda q: q.start):
            if q.start < at or q.end > len(self.text) or self.text[q.start : q.end] != q.text:
                continue  # offsets that do not fit the text: show it plain rather than mark the wrong words
            if q.start > at:
                out.append((self.text[at : q.start], False))
            out.append((q.text, True))
            at = q.end
        if at < len(self.text):
            out.append((self.text[at:], False))
        return out


@dataclass(frozen=True)
class ReportPair:
    id: int
    topic: str
    claims: tuple[ReportClaim, ReportClaim]
    label: str  # what the report files it under: the final label, else the suggestion
    status: str  # REVIEWED, SUGGESTED (nobody labelled it) or DISPUTED (reviewers disagree, not settled)
    suggested_label: str
    confidence: float
    similarity: float
    reasons: tuple[str, ...]
    reviewers: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    votes: tuple[tuple[str, str], ...] = ()  # (reviewer, label), for disputed pairs
    adjudicated: bool = False
    adjudicator: str = ""
    reviewed_at: str = ""  # the latest label event's time


@dataclass(frozen=True)
class TopicSection:
    topic: str
    pairs: tuple[ReportPair, ...]  # conflicts first, then the included labels

    def count(self, label: str) -> int:
        return sum(1 for p in self.pairs if p.label == label)

    @property
    def reviewed_conflicts(self) -> int:
        return sum(1 for p in self.pairs if p.label == "conflict" and p.status == REVIEWED)


@dataclass(frozen=True)
class Figure:
    """One figure as one claim states it."""

    group: str  # a party's side, or "reporter: <publisher>" so two outlets' counts stand apart
    side: str
    quantity: Quantity
    claim: ReportClaim


@dataclass(frozen=True)
class GroupSummary:
    group: str
    figures: int
    low: float
    high: float
    median: float


@dataclass(frozen=True)
class Gap:
    """How far apart the sides are: the distance between the highest and lowest side's median."""

    low_group: str
    low: float
    high_group: str
    high: float

    @property
    def amount(self) -> float:
        return self.high - self.low

    @property
    def relative(self) -> float | None:
        return self.amount / abs(self.low) if self.low else None


@dataclass(frozen=True)
class Step:
    """One figure of a party's position, dated by its source."""

    date: str
    value: float
    as_stated: str


@dataclass(frozen=True)
class PositionOverTime:
    """One party's figure for a measure as it changed from source to source: a change of its own position, not
    a contradiction ("the company raised its offer from 6.5% to 7.5%")."""

    group: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Measure:
    kind: str
    unit: str
    counted: str
    figures: tuple[Figure, ...]
    groups: tuple[GroupSummary, ...]
    gap: Gap | None

    @property
    def over_time(self) -> tuple[PositionOverTime, ...]:
        """Each party whose figure for this measure differs between sources of different dates, in date order
        (the outlets' own counts are no position, so they are left out)."""
        out = []
        for group in dict.fromkeys(f.group for f in self.figures):
            if group.startswith(REPORTER) or group == UNKNOWN:
                continue
            dated = sorted((f.claim.source.published, f.quantity.value, f.quantity.text)
                           for f in self.figures if f.group == group and f.claim.source.published)
            steps: list[Step] = []
            for date, value, text in dated:
                if not steps or steps[-1].value != value:
                    steps.append(Step(date, value, text))
            if len(steps) > 1 and len({s.date for s in steps}) > 1:
                out.append(PositionOverTime(group, tuple(steps)))
        return tuple(out)

    @property
    def name(self) -> str:
        return self.counted or UNIT_NAMES.get(self.unit, self.unit or self.kind)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.unit}:{self.counted}"


@dataclass(frozen=True)
class Counts:
    documents: int
    claims: int
    pairs: int
    labelled: int
    conflicts: int
    agreements: int
    unverifiable: int
    pending: int
    disputed: int
    reviewed: dict[str, int] = field(default_factory=dict)  # final labels only, by label


@dataclass(frozen=True)
class ReportOptions:
    topic: str | None = None
    include: tuple[str, ...] = ()
    reviewed_only: bool = False
    org: str = ""
    base_url: str = ""
    title: str = "Contradiction report"


@dataclass(frozen=True)
class Report:
    title: str
    generated_at: str
    database: str
    options: ReportOptions
    counts: Counts
    sources: tuple[Source, ...]
    topics: tuple[TopicSection, ...]
    measures: tuple[Measure, ...]
    sides: tuple[str, ...]  # every figure group and claim side, in a stable order for colours

    def pairs(self, label: str | None = None) -> list[ReportPair]:
        return [p for t in self.topics for p in t.pairs if label is None or p.label == label]

    def by_topic(self, label: str) -> list[tuple[str, list[ReportPair]]]:
        """(topic, pairs) with this label, topics in report order, empty topics left out."""
        grouped = [(t.topic, [p for p in t.pairs if p.label == label]) for t in self.topics]
        return [(topic, pairs) for topic, pairs in grouped if pairs]

    @property
    def sections(self) -> tuple[str, ...]:
        """The labels the report has a section for: conflicts, then what --include asked for."""
        return ("conflict", *self.options.include)

    def side_index(self, side: str) -> int:
        return self.sides.index(side) if side in self.sides else len(self.sides)


def parse_include(value: str) -> tuple[str, ...]:
    """`--include agree,unverifiable` → ("agree", "unverifiable"); unknown names are an error."""
    names = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    aliases = {"agreements": "agree", "agreement": "agree"}
    names = tuple(aliases.get(n, n) for n in names)
    bad = [n for n in names if n not in OPTIONAL_SECTIONS]
    if bad:
        raise FactcheckError(f"--include takes {', '.join(OPTIONAL_SECTIONS)}, not {', '.join(bad)}")
    return names


def build_report(store: Store, options: ReportOptions = ReportOptions()) -> Report:
    totals = store.counts()
    documents = store.documents()
    all_pairs = store.pairs()
    finals = final_labels(store)
    reviewed_at = {pair_id: f.reviewed_at for pair_id, f in finals.items()}

    topics = sorted({p.topic or NO_TOPIC for p in all_pairs})
    if options.topic is not None and not any(topic_matches(t, options.topic) for t in topics):
        known = ", ".join(repr(t) for t in topics) or "none: run `factcheck pair` first"
        raise FactcheckError(f"no pairs on topic {options.topic!r}; topics: {known}")

    sources = {d.id: _source(d) for d in documents}
    claims = {c.id: c for c in store.claims()}
    report_pairs = [_report_pair(p, finals.get(p.id), reviewed_at.get(p.id, ""), claims, sources) for p in all_pairs]
    scoped = [
        p
        for p in report_pairs
        if (options.topic is None or topic_matches(p.topic, options.topic)) and (not options.reviewed_only or p.status == REVIEWED)
    ]
    sections = _topic_sections([p for p in scoped if p.label in ("conflict", *options.include)])
    measures = _measures(scoped)
    sides = _sides(scoped, measures)
    return Report(
        title=options.title,
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        # A URL without its password; a file by its name: a report may be published, the folders are private.
        database=store.name if "://" in store.name else Path(store.name).name,
        options=options,
        counts=_counts(totals, scoped),
        sources=tuple(sorted(sources.values(), key=lambda s: (s.published, s.name))),
        topics=sections,
        measures=measures,
        sides=sides,
    )


def _source(d: Document) -> Source:
    return Source(d.id, d.title, d.publisher, d.published, d.url, d.path, d.claim_count)


def _report_claim(c: StoredClaim, sources: dict[int, Source]) -> ReportClaim:
    return ReportClaim(c, sources[c.document_id])


def _side_order(claim: ReportClaim) -> tuple:
    # The parties' claims first and in a fixed order, so the same side tends to stand on the same hand.
    return (claim.side in (REPORTER, UNKNOWN), claim.side, claim.id)


def _report_pair(pair: Pair, final, reviewed_at: str, claims, sources) -> ReportPair:
    a, b = sorted((_report_claim(claims[pair.claim_a], sources), _report_claim(claims[pair.claim_b], sources)), key=_side_order)
    common = dict(
        id=pair.id,
        topic=pair.topic or NO_TOPIC,
        claims=(a, b),
        suggested_label=pair.suggested_label,
        confidence=pair.confidence,
        similarity=pair.similarity,
        reasons=pair.reasons,
    )
    if final is None:
        return ReportPair(label=pair.suggested_label, status=SUGGESTED, **common)
    return ReportPair(
        label=final.label or pair.suggested_label,
        status=REVIEWED if final.label else DISPUTED,
        reviewers=tuple(final.reviewers),
        notes=tuple(final.notes),
        votes=tuple(sorted(final.votes.items())),
        adjudicated=final.adjudicated,
        adjudicator=final.adjudicator,
        reviewed_at=reviewed_at,
        **common,
    )


def _topic_sections(pairs: list[ReportPair]) -> tuple[TopicSection, ...]:
    by_topic: dict[str, list[ReportPair]] = {}
    for p in pairs:
        by_topic.setdefault(p.topic, []).append(p)
    label_rank = {label: i for i, label in enumerate(("conflict", "agree", "unverifiable"))}
    sections = [
        TopicSection(topic, tuple(sorted(ps, key=lambda p: (label_rank.get(p.label, 9), p.status != REVIEWED, -p.confidence, p.id))))
        for topic, ps in by_topic.items()
    ]
    # The topics where the parties disagree most come first.
    sections.sort(key=lambda s: (-s.count("conflict"), -s.reviewed_conflicts, -len(s.pairs), s.topic))
    return tuple(sections)


def figure_group(claim: ReportClaim) -> str:
    # A publication's own voice is grouped per outlet: two outlets counting the same strike differently is a gap too.
    if claim.side == REPORTER:
        return f"{REPORTER}: {claim.source.publisher or claim.source.name}"
    return claim.side


def _measures(pairs: list[ReportPair]) -> tuple[Measure, ...]:
    seen: set[int] = set()
    by_key: dict[tuple[str, str, str], list[Figure]] = {}
    for p in pairs:
        for c in p.claims:
            if c.id in seen:
                continue
            seen.add(c.id)
            for q in c.quantities:
                by_key.setdefault((q.kind, q.unit, measure_name(q)), []).append(Figure(figure_group(c), c.side, q, c))
    measures = [_measure(key, figs) for key, figs in by_key.items()]
    # Measures that more than one side speaks to come first: those are where figures can disagree.
    # Dates last: they have no gap to show.
    measures.sort(key=lambda m: (m.kind == "date", -len(m.groups), -len(m.figures), m.name, m.unit))
    return tuple(measures)


def measure_name(q: Quantity) -> str:
    """What the figure measures, as its frame names it, and where ("crowd size in Lyon", "raise offered"); what
    it counts where the frame names no particular measure."""
    frame = q.frame
    measure = frame.measure if frame and frame.measure not in GENERIC_FRAME_MEASURES else q.counted
    place = frame.place if frame else ""
    if not place or not measure:
        return measure
    return f"{measure}, {place}" if place == "nationwide" else f"{measure} in {place}"


def _measure(key: tuple[str, str, str], figures: list[Figure]) -> Measure:
    figures.sort(key=lambda f: (f.group, f.quantity.value, f.claim.id))
    by_group: dict[str, list[float]] = {}
    for f in figures:
        by_group.setdefault(f.group, []).append(f.quantity.value)
    groups = tuple(
        GroupSummary(g, len(vs), min(vs), max(vs), statistics.median(vs)) for g, vs in sorted(by_group.items())
    )
    kind = key[0]
    gap = None
    # Dates are YYYYMMDD numbers: their difference means nothing, so they get no gap.
    if kind != "date" and len(groups) > 1:
        low = min(groups, key=lambda g: g.median)
        high = max(groups, key=lambda g: g.median)
        gap = Gap(low.group, low.median, high.group, high.median)
    return Measure(kind, key[1], key[2], tuple(figures), groups, gap)


def _sides(pairs: list[ReportPair], measures: tuple[Measure, ...]) -> tuple[str, ...]:
    names = {c.side for p in pairs for c in p.claims} | {g.group for m in measures for g in m.groups}
    return tuple(sorted(names, key=lambda s: (s.startswith(REPORTER) or s == UNKNOWN, s)))


def _counts(totals: dict[str, int], scoped: list[ReportPair]) -> Counts:
    by_label = Counter(p.label for p in scoped)
    reviewed = Counter(p.label for p in scoped if p.status == REVIEWED)
    labelled = sum(reviewed.values())
    return Counts(
        documents=totals["documents"],
        claims=totals["claims"],
        pairs=len(scoped),
        labelled=labelled,
        conflicts=by_label["conflict"],
        agreements=by_label["agree"],
        unverifiable=by_label["unverifiable"],
        pending=len(scoped) - labelled,
        disputed=sum(1 for p in scoped if p.status == DISPUTED),
        reviewed={label: reviewed[label] for label in LABELS},
    )
