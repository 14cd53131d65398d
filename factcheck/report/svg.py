"""Inline SVG charts of a measure's figures by side: a dot per figure on one row per side.

Hand-written SVG keeps the report self-contained and quick to write (no
plotting library to import). Colours come from the page's stylesheet through
classes (k0, k1, ...), so the chart and the claim cards use the same colour per side.
"""
from __future__ import annotations

from collections import Counter

from factcheck.report.model import Measure
from factcheck.report.words import figure_value
from factcheck.safe_text import escape_html as escape

WIDTH = 520
LABEL_W = 165  # room for a side's name left of its row
RIGHT = 24
ROW_H = 30
TOP = 10
AXIS_H = 34


def measure_chart(measure: Measure, side_class: dict[str, str]) -> str:
    """An SVG dot plot of the measure's figures, or "" for dates (their numbers are no scale)."""
    if measure.kind == "date" or not measure.figures:
        return ""
    values = [f.quantity.value for f in measure.figures]
    lo, hi = min(0.0, min(values)), max(0.0, max(values))
    if hi == lo:
        hi = lo + 1
    span = WIDTH - LABEL_W - RIGHT

    def x(v: float) -> str:
        return f"{LABEL_W + (v - lo) / (hi - lo) * span:.1f}"

    fmt = lambda v: figure_value(v, measure.unit, measure.kind)  # noqa: E731
    height = TOP + ROW_H * len(measure.groups) + AXIS_H
    title = f"{measure.name}: figures by side"
    out = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
    ]
    # Identical figures from one side are drawn once, their count in the tooltip: thousands of pairs stay a small file.
    dots: dict[str, Counter] = {}
    for f in measure.figures:
        dots.setdefault(f.group, Counter())[f.quantity.value] += 1
    for row, group in enumerate(measure.groups):
        y = TOP + ROW_H * row + ROW_H / 2
        cls = side_class.get(group.group, "k7")
        out.append(
            f'<text class="lbl" x="{LABEL_W - 10}" y="{y + 4:.1f}" text-anchor="end">{escape(_short(group.group, 19))}</text>'
            f'<line class="grid" x1="{LABEL_W}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<line class="{cls} range" x1="{x(group.low)}" x2="{x(group.high)}" y1="{y:.1f}" y2="{y:.1f}"/>'
        )
        for value, n in dots[group.group].items():
            times = f" ({n} figures)" if n > 1 else ""
            out.append(
                f'<circle class="{cls} dot" cx="{x(value)}" cy="{y:.1f}" r="6">'
                f"<title>{escape(group.group)}: {escape(fmt(value))}{times}</title></circle>"
            )
        out.append(
            f'<line class="median" x1="{x(group.median)}" x2="{x(group.median)}" y1="{y - 10:.1f}" y2="{y + 10:.1f}">'
            f"<title>median {escape(fmt(group.median))}</title></line>"
        )
    axis_y = TOP + ROW_H * len(measure.groups) + 6
    out.append(f'<line class="axis" x1="{LABEL_W}" x2="{WIDTH - RIGHT}" y1="{axis_y}" y2="{axis_y}"/>')
    for v, anchor in ((lo, "start"), ((lo + hi) / 2, "middle"), (hi, "end")):
        out.append(f'<text class="tick" x="{x(v)}" y="{axis_y + 18}" text-anchor="{anchor}">{escape(fmt(v))}</text>')
    out.append("</svg>")
    return "".join(out)


def _short(name: str, limit: int = 26) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
