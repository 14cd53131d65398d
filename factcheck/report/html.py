"""The HTML report: one self-contained page, readable on a phone, printable.

Every piece of stored text goes through escape: documents are untrusted, and the
page may be printed to a terminal, so control characters go too.
The Content-Security-Policy allows only this page's own stylesheet (by hash)
and no script at all, so even a missed escape could not run anything.
"""
from __future__ import annotations

import base64
import hashlib

from factcheck.report.model import REVIEWED, SUGGESTED, Figure, Measure, Report, ReportClaim, ReportPair, Source
from factcheck.report.svg import measure_chart
from factcheck.report.words import SECTION_NAMES, change_text, gap_text, label_name, qualified, status_text
from factcheck.safe_text import escape_html as escape

PALETTE = ("#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#6b7280")

CSS = (
    """
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--conflict:#b42318;--agree:#1a7f37;--unverifiable:#6e7781}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1040px;margin:0 auto;padding:24px 16px 48px}
h1{font-size:1.8rem;margin:0 0 4px}h2{font-size:1.4rem;margin:40px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:1.15rem;margin:28px 0 10px}
.meta{color:var(--muted);margin:0 0 16px;font-size:.9rem}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(110px,1fr));gap:8px;margin:16px 0}
.stat{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:8px 12px}
.stat b{display:block;font-size:1.5rem;line-height:1.2}.stat span{color:var(--muted);font-size:.85rem}
.stat.conflict b{color:var(--conflict)}.stat.agree b{color:var(--agree)}
.stat small{display:block;color:var(--muted);font-size:.75rem}
nav ol{padding-left:20px;margin:8px 0}nav a{color:inherit}
.table{overflow-x:auto;margin:8px 0 16px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--bg);font-weight:600}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.pair{border:1px solid var(--line);border-radius:10px;margin:14px 0;overflow:hidden}
.pair>header{display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 12px;background:var(--bg);border-bottom:1px solid var(--line)}
.badge{font-weight:700;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;padding:2px 8px;border-radius:999px;color:#fff;background:var(--unverifiable)}
.badge.conflict{background:var(--conflict)}.badge.agree{background:var(--agree)}
.pair.suggested .badge,.pair.disputed .badge{background:#fff;border:2px dashed currentColor}
.pair.suggested .badge.conflict,.pair.disputed .badge.conflict{color:var(--conflict)}
.pair.suggested .badge.agree,.pair.disputed .badge.agree{color:var(--agree)}
.pair.suggested .badge.unverifiable,.pair.disputed .badge.unverifiable{color:var(--unverifiable)}
.status{font-size:.9rem}.pair.suggested .status,.pair.disputed .status{font-style:italic;color:var(--muted)}
.pid{margin-left:auto;color:var(--muted);font-size:.85rem}.pid a{color:inherit}
.sides{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
.claim,.why,td{overflow-wrap:anywhere}
.claim{padding:12px;border-left:5px solid var(--c,#6b7280)}.claim+.claim{border-top:0}
.who{margin:0 0 6px;font-size:.95rem}
.side{display:inline-block;white-space:nowrap;overflow-wrap:normal;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:1px 6px;border-radius:4px;color:#fff;background:var(--c,#6b7280);margin-right:6px}
blockquote{margin:0 0 8px;font-size:1.02rem}
mark{background:#fff3b0;padding:0 2px;border-radius:3px;font-weight:700}
.figs{margin:0 0 6px;font-size:.85rem;color:var(--muted)}
.src{margin:0;font-size:.85rem;color:var(--muted)}.src a{color:#0969da}
.why{padding:8px 12px 10px;border-top:1px solid var(--line);font-size:.9rem}
.why ul{margin:2px 0 6px;padding-left:20px}.why p{margin:4px 0 0;font-weight:600}
.gap{font-weight:600;margin:4px 0}
.chart{max-width:680px;display:block;margin:8px 0}
.chart text{font:13px system-ui,sans-serif;fill:#1f2328}.chart .tick{fill:#59636e}
.chart .grid{stroke:#eaeef2;stroke-width:1}.chart .axis{stroke:#8c959f}
.chart .range{stroke-width:6;stroke-linecap:round;opacity:.35}.chart .dot{fill-opacity:.75;stroke:#fff;stroke-width:1.5}
.chart .median{stroke:#1f2328;stroke-width:2}
.empty{color:var(--muted);font-style:italic}
footer{margin-top:40px;color:var(--muted);font-size:.8rem}
@media (max-width:700px){main{padding:14px 10px 32px}h1{font-size:1.45rem}.sides{grid-template-columns:1fr}
.claim+.claim{border-top:1px solid var(--line)}.stat b{font-size:1.25rem}
.stack thead{display:none}.stack tr{display:block;border-bottom:1px solid var(--line);padding:6px 0}
.stack td{display:block;border:0;padding:2px 4px;text-align:left}
.stack td[data-l]::before{content:attr(data-l) ": ";color:var(--muted);font-size:.8rem}}
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}nav{display:none}
.pair,.chart,tr{break-inside:avoid}h2,h3{break-after:avoid}a{color:inherit;text-decoration:none}
mark{background:none;text-decoration:underline;text-decoration-thickness:2px}
.badge{color:#000!important;background:#fff!important;border:1px solid #000}}
"""
    + "".join(
        f".k{i}{{--c:{c}}}.chart .k{i}{{fill:{c};stroke:{c}}}.chart line.k{i}{{stroke:{c}}}" for i, c in enumerate(PALETTE)
    )
    + "\n"
)

# The policy names the stylesheet by its hash instead of allowing inline styles at large.
_STYLE_HASH = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src data:; "
    "script-src 'none'; base-uri 'none'; form-action 'none'"
)


def render_html(report: Report) -> str:
    side_class = {side: f"k{min(i, len(PALETTE) - 1)}" for i, side in enumerate(report.sides)}
    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{escape(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(report.title)}</title><style>{CSS}</style></head><body><main>",
    ]
    _header(out, report)
    for label in report.sections:
        _section(out, report, label, side_class)
    _figures(out, report, side_class)
    _sources(out, report)
    out.append(
        f"<footer>Written by factcheck from {escape(report.database)} on {escape(report.generated_at)}. "
        "Labels marked “suggested” come from the pairing stage and have not been reviewed.</footer>"
    )
    out.append("</main></body></html>\n")
    return "".join(out)


def _header(out: list[str], report: Report) -> None:
    c = report.counts
    opts = report.options
    scope = [f"topic “{escape(opts.topic)}”" if opts.topic else "all topics"]
    if opts.reviewed_only:
        scope.append("reviewed pairs only")
    out.append(f"<header><h1>{escape(report.title)}</h1>")
    out.append(f'<p class="meta">{", ".join(scope)} · generated {escape(report.generated_at)}</p>')
    stats = [
        ("", c.documents, "documents", ""),
        ("", c.claims, "claims", ""),
        ("", c.pairs, "pairs", ""),
        ("", c.labelled, "labelled", ""),
        ("conflict", c.conflicts, "conflicts", f"{c.reviewed['conflict']} reviewed"),
        ("agree", c.agreements, "agreements", f"{c.reviewed['agree']} reviewed"),
        ("", c.unverifiable, "unverifiable", f"{c.reviewed['unverifiable']} reviewed"),
        ("", c.pending, "pending", f"{c.disputed} disputed" if c.disputed else ""),
    ]
    out.append('<section class="stats" aria-label="Counts">')
    for cls, value, name, note in stats:
        small = f"<small>{note}</small>" if note else ""
        out.append(f'<div class="stat {cls}"><b>{value:,}</b><span>{name}</span>{small}</div>')
    out.append("</section></header>")
    out.append("<nav><b>Contents</b><ol>")
    for label in report.sections:
        out.append(f'<li><a href="#{label}">{SECTION_NAMES[label]}</a> ({len(report.pairs(label)):,})')
        topics = report.by_topic(label)
        if topics and label == "conflict":
            out.append("<ol>")
            for n, (topic, pairs) in enumerate(topics):
                out.append(f'<li><a href="#conflict-{n}">{escape(topic)}</a> ({len(pairs):,})</li>')
            out.append("</ol>")
        out.append("</li>")
    out.append('<li><a href="#figures">Figures by measure</a></li><li><a href="#sources">Sources</a></li></ol></nav>')


def _section(out: list[str], report: Report, label: str, side_class: dict[str, str]) -> None:
    out.append(f'<section id="{label}"><h2>{SECTION_NAMES[label]}</h2>')
    topics = report.by_topic(label)
    if not topics:
        out.append(f'<p class="empty">No {SECTION_NAMES[label].lower()} in this report.</p>')
    for n, (topic, pairs) in enumerate(topics):
        out.append(f'<section id="{label}-{n}"><h3>{escape(topic)} <small>({len(pairs):,})</small></h3>')
        for pair in pairs:
            _pair(out, pair, side_class)
        out.append("</section>")
    out.append("</section>")


def _pair(out: list[str], pair: ReportPair, side_class: dict[str, str]) -> None:
    badge = label_name(pair.label) if pair.status == REVIEWED else f"{label_name(pair.label)}?"
    out.append(
        f'<article class="pair {pair.status}" id="pair-{pair.id}"><header>'
        f'<span class="badge {escape(pair.label)}">{escape(badge)}</span>'
        f'<span class="status">{escape(status_text(pair))}</span>'
        f'<span class="pid"><a href="#pair-{pair.id}">pair {pair.id}</a></span></header><div class="sides">'
    )
    for claim in pair.claims:
        _claim(out, claim, side_class)
    out.append("</div>")
    if pair.reasons or pair.notes:
        out.append('<div class="why">')
        if pair.reasons:
            title = "Why it was suggested" if pair.status == SUGGESTED else "Reasons"
            out.append(f"<p>{title}</p><ul>{''.join(f'<li>{escape(r)}</li>' for r in pair.reasons)}</ul>")
        if pair.notes:
            out.append(f"<p>Reviewer notes</p><ul>{''.join(f'<li>{escape(n)}</li>' for n in pair.notes)}</ul>")
        out.append("</div>")
    out.append("</article>")


def _claim(out: list[str], claim: ReportClaim, side_class: dict[str, str]) -> None:
    text = "".join(f"<mark>{escape(piece)}</mark>" if figure else escape(piece) for piece, figure in claim.segments())
    cls = side_class.get(claim.side, "k7")
    out.append(
        f'<div class="claim {cls}"><p class="who"><span class="side">{escape(claim.side)}</span>'
        f"<b>{escape(claim.speaker)}</b>{'' if claim.stance == 'assertion' else ' · ' + escape(claim.stance)}</p>"
        f"<blockquote>{text}</blockquote>"
    )
    if claim.quantities:
        figures = " · ".join(escape(f"{q.counted}: {qualified(q)}" if q.counted else qualified(q)) for q in claim.quantities)
        out.append(f'<p class="figs">{figures}</p>')
    out.append(f'<p class="src">{_source_link(claim)}</p></div>')


def _link(s: Source) -> str:
    name = escape(s.name)
    return f'<a href="{escape(s.link)}" rel="noopener noreferrer">{name}</a>' if s.link else name


def _source_link(claim: ReportClaim) -> str:
    s = claim.source
    rest = ", ".join(escape(p) for p in (s.publisher, s.published) if p)
    return _link(s) + (f", {rest}" if rest else "")


def _figures(out: list[str], report: Report, side_class: dict[str, str]) -> None:
    out.append('<section id="figures"><h2>Figures by measure</h2>')
    if not report.measures:
        out.append('<p class="empty">No figures in the claims of these pairs.</p>')
    for m in report.measures:
        _measure(out, m, side_class)
    out.append("</section>")


def _measure(out: list[str], m: Measure, side_class: dict[str, str]) -> None:
    unit = f" <small>({escape(m.unit)})</small>" if m.unit and m.unit != m.name else ""
    out.append(f"<h3>{escape(m.name)}{unit}</h3>")
    if m.gap:
        out.append(f'<p class="gap">{escape(gap_text(m))}</p>')
    for change in m.over_time:
        out.append(f'<p class="over-time">{escape(change_text(change))}</p>')
    out.append(measure_chart(m, side_class))
    out.append(
        '<div class="table"><table class="stack"><thead><tr><th>Side</th><th>Figure</th><th>As stated</th>'
        "<th>Speaker</th><th>Source</th></tr></thead><tbody>"
    )
    for f in m.figures:
        out.append(
            f"<tr><td>{_group(f, side_class)}</td>"
            f'<td class="num">{escape(qualified(f.quantity))}</td><td data-l="as stated">{escape(f.quantity.text)}</td>'
            f'<td data-l="speaker">{escape(f.claim.speaker)}</td><td data-l="source">{_source_link(f.claim)}</td></tr>'
        )
    out.append("</tbody></table></div>")


def _group(f: Figure, side_class: dict[str, str]) -> str:
    # The side as a coloured badge, the outlet (for a publication's own voice) as plain text after it.
    outlet = f.group[len(f.side) :].lstrip(": ")
    badge = f'<span class="side {side_class.get(f.group, "k7")}">{escape(f.side)}</span>'
    return badge + (f" {escape(outlet)}" if outlet else "")


def _sources(out: list[str], report: Report) -> None:
    out.append('<section id="sources"><h2>Sources</h2><div class="table"><table class="stack"><thead><tr>')
    out.append("<th>Date</th><th>Document</th><th>Publisher</th><th>Claims</th></tr></thead><tbody>")
    for s in report.sources:
        out.append(
            f"<tr><td>{escape(s.published or '—')}</td><td>{_link(s)}</td><td data-l=\"publisher\">{escape(s.publisher)}</td>"
            f'<td class="num" data-l="claims">{s.claims:,}</td></tr>'
        )
    out.append("</tbody></table></div></section>")
