"""The words and number formats every report format shares, so HTML, Markdown and CSV say the same thing."""
from __future__ import annotations

from claims.model import Quantity
from factcheck.report.model import DISPUTED, Gap, Measure, PositionOverTime, REVIEWED, ReportPair

LABEL_NAMES = {"conflict": "Conflict", "agree": "Agreement", "unverifiable": "Unverifiable"}
SECTION_NAMES = {"conflict": "Conflicts", "agree": "Agreements", "unverifiable": "Unverifiable"}


def label_name(label: str) -> str:
    return LABEL_NAMES.get(label, label)


def number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_value(value: float) -> str:
    """A YYYYMMDD number, unknown parts 00, in words: "Sep 30, 2021", "Sep 30", "Apr 2021", "2015"."""
    digits = f"{int(value):08d}"
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not 1 <= month <= 12:
        return str(year) if year else "?"
    when = f"{MONTHS[month - 1]} {day}" if day else MONTHS[month - 1]
    if not year:
        return when
    return f"{when}, {year}" if day else f"{when} {year}"


def figure_value(value: float, unit: str, kind: str) -> str:
    """A normalised figure in words a reader expects: $34.97/hour, 75,000 people, 8%."""
    if kind == "date":
        return date_value(value)
    if unit.startswith("USD"):
        amount = f"-${number(-value)}" if value < 0 else f"${number(value)}"
        per = unit[3:]
        return amount + per
    if unit == "percent":
        return f"{number(value)}%"
    return f"{number(value)} {unit}".strip()


def qualified(q: Quantity) -> str:
    """A figure with its qualifier, as the table shows it: "more than 75,000 people"."""
    value = figure_value(q.value, q.unit, q.kind)
    return value if q.qualifier == "exact" else f"{q.qualifier} {value}"


def gap_text(measure: Measure) -> str:
    gap: Gap | None = measure.gap
    if gap is None:
        return ""
    fmt = lambda v: figure_value(v, measure.unit, measure.kind)  # noqa: E731
    text = f"{gap.high_group} {fmt(gap.high)} vs {gap.low_group} {fmt(gap.low)}: gap {fmt(gap.amount)}"
    if gap.relative is not None and gap.amount:
        text += f" ({gap.relative:.0%})"
    return text + " (medians)"


def change_text(change: PositionOverTime) -> str:
    """"employer changed its figure over time: 6.5% (2016-04-28), then 7.5% (2016-05-30)"."""
    steps = ", then ".join(f"{s.as_stated} ({s.date})" for s in change.steps)
    return f"{change.group} changed its figure over time: {steps}"


def status_text(pair: ReportPair) -> str:
    """The verdict line: who decided what, or that nobody has yet."""
    if pair.status == REVIEWED:
        who = f"adjudicated by {pair.adjudicator}" if pair.adjudicated else "reviewed by " + ", ".join(pair.reviewers)
        return f"{label_name(pair.label)} ({who})"
    if pair.status == DISPUTED:
        votes = "; ".join(f"{r}: {label_name(lbl).lower()}" for r, lbl in pair.votes)
        return f"Reviewers disagree ({votes}); suggested {label_name(pair.suggested_label).lower()}, not settled"
    return f"Suggested {label_name(pair.suggested_label).lower()}, not yet reviewed ({pair.confidence:.0%} confidence)"
