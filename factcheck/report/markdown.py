"""The Markdown report, for GitHub: tables for counts and figures, each pair as a two-column table.

Document text is escaped twice over: HTML special characters become entities
(GitHub would otherwise render or strip tags) and Markdown punctuation gets a
backslash, so a claim can never open a link, an image, emphasis or a table cell.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from factcheck.report.model import REVIEWED, SUGGESTED, Measure, Report, ReportClaim, ReportPair
from factcheck.report.words import SECTION_NAMES, change_text, gap_text, label_name, qualified, status_text
from factcheck.safe_text import terminal_safe

_MARKDOWN_PUNCT = re.compile(r"([\\`*_{}\[\]()#!|~^$:])")
# A list marker only counts at the start of a line; elsewhere "-", "+" and "." are left readable.
_LIST_START = re.compile(r"^([-+]|\d+(?=\.))")
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
_SPACE = re.compile(r"\s+")
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"


def md(text: str) -> str:
    """Stored text made inert for GitHub Markdown, on one line (so it fits a table cell)."""
    text = _SPACE.sub(" ", terminal_safe(text))
    text = _MARKDOWN_PUNCT.sub(r"\\\1", "".join(_HTML.get(ch, ch) for ch in text))
    return _LIST_START.sub(lambda m: "\\" + m.group() if m.group() in "-+" else m.group() + "\\", text)


def render_markdown(report: Report) -> str:
    out: list[str] = [f"# {md(report.title)}", ""]
    c = report.counts
    scope = f"topic “{md(report.options.topic)}”" if report.options.topic else "all topics"
    if report.options.reviewed_only:
        scope += ", reviewed pairs only"
    out += [f"_{scope} · generated {md(report.generated_at)}_", ""]
    out += [
        "| documents | claims | pairs | labelled | conflicts | agreements | unverifiable | pending |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| {c.documents:,} | {c.claims:,} | {c.pairs:,} | {c.labelled:,} | {c.conflicts:,} ({c.reviewed['conflict']:,} reviewed) "
        f"| {c.agreements:,} ({c.reviewed['agree']:,} reviewed) | {c.unverifiable:,} ({c.reviewed['unverifiable']:,} reviewed) "
        f"| {c.pending:,} |",
        "",
        "Labels marked _suggested_ come from the pairing stage and have not been reviewed.",
        "",
    ]
    for label in report.sections:
        out += [f"## {SECTION_NAMES[label]}", ""]
        topics = report.by_topic(label)
        if not topics:
            out += [f"_No {SECTION_NAMES[label].lower()} in this report._", ""]
        for topic, pairs in topics:
            out += [f"### {md(topic)} ({len(pairs):,})", ""]
            for pair in pairs:
                _pair(out, pair)
    out += ["## Figures by measure", ""]
    if not report.measures:
        out += ["_No figures in the claims of these pairs._", ""]
    for m in report.measures:
        _measure(out, m)
    out += ["## Sources", "", "| date | document | publisher | claims |", "|---|---|---|---:|"]
    for s in report.sources:
        out.append(f"| {md(s.published)} | {_link(s.name, s.link)} | {md(s.publisher)} | {s.claims:,} |")
    out.append("")
    return "\n".join(out)


def _link(name: str, url: str) -> str:
    # Angle brackets keep spaces and parentheses in a URL from ending the link early.
    if not url:
        return md(name)
    return f"[{md(name)}](<{quote(url, safe=URL_SAFE)}>)"


def _claim_text(claim: ReportClaim) -> str:
    return "".join(f"**{md(piece)}**" if figure else md(piece) for piece, figure in claim.segments())


def _pair(out: list[str], pair: ReportPair) -> None:
    mark = "" if pair.status == REVIEWED else " _(not settled)_"
    out += [f"#### Pair {pair.id}: {label_name(pair.label)}{mark}", "", f"**{md(status_text(pair))}**", ""]
    a, b = pair.claims
    out += [
        f"| | {md(a.side)} | {md(b.side)} |",
        "|---|---|---|",
        f"| **Speaker** | {md(a.speaker)} | {md(b.speaker)} |",
        f"| **Claim** | {_claim_text(a)} | {_claim_text(b)} |",
        f"| **Source** | {_source(a)} | {_source(b)} |",
        "",
    ]
    if pair.reasons:
        out.append("Why it was suggested:" if pair.status == SUGGESTED else "Reasons:")
        out += [f"- {md(r)}" for r in pair.reasons] + [""]
    if pair.notes:
        out.append("Reviewer notes:")
        out += [f"- {md(n)}" for n in pair.notes] + [""]


def _source(claim: ReportClaim) -> str:
    s = claim.source
    rest = ", ".join(md(p) for p in (s.publisher, s.published) if p)
    return _link(s.name, s.link) + (f", {rest}" if rest else "")


def _measure(out: list[str], m: Measure) -> None:
    unit = f" ({md(m.unit)})" if m.unit and m.unit != m.name else ""
    out += [f"### {md(m.name)}{unit}", ""]
    if m.gap:
        out += [f"**{md(gap_text(m))}**", ""]
    out += [md(change_text(change)) for change in m.over_time] + ([""] if m.over_time else [])
    out += ["| side | figure | as stated | speaker | source |", "|---|---:|---|---|---|"]
    for f in m.figures:
        out.append(f"| {md(f.group)} | {md(qualified(f.quantity))} | {md(f.quantity.text)} | {md(f.claim.speaker)} | {_source(f.claim)} |")
    out.append("")
