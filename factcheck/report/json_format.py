"""The JSON report: the same content as the HTML page, for programs. Shape: factcheck/schemas/report.schema.json."""
from __future__ import annotations

import json
from pathlib import PurePath
from dataclasses import asdict

from factcheck.report.model import Measure, Report, ReportPair, Source
from factcheck.safe_text import json_safe
from factcheck.serialize import claim_json

SCHEMA_ID = "factcheck-report/1"


def render_json(report: Report) -> str:
    return json_safe(json.dumps(report_json(report), ensure_ascii=False, indent=1)) + "\n"


def report_json(report: Report) -> dict:
    opts = report.options
    return {
        "schema": SCHEMA_ID,
        "title": report.title,
        "generated_at": report.generated_at,
        "database": report.database,
        "filters": {"topic": opts.topic, "include": list(opts.include), "reviewed_only": opts.reviewed_only},
        "counts": asdict(report.counts),
        "sources": [source_json(s) for s in report.sources],
        "topics": [
            {
                "topic": t.topic,
                "conflicts": t.count("conflict"),
                "agreements": t.count("agree"),
                "unverifiable": t.count("unverifiable"),
                "pairs": [pair_json(p) for p in t.pairs],
            }
            for t in report.topics
        ],
        "measures": [measure_json(m) for m in report.measures],
    }


def source_json(s: Source) -> dict:
    return {
        "id": s.id,
        "title": s.title,
        "publisher": s.publisher,
        "published": s.published,
        "url": s.url,
        "path": PurePath(s.path).name if s.path else "",  # the file name: a report may be published, folders are private
        "link": s.link,
        "claims": s.claims,
    }


def pair_json(p: ReportPair) -> dict:
    return {
        "id": p.id,
        "topic": p.topic,
        "label": p.label,
        "status": p.status,
        "suggested_label": p.suggested_label,
        "confidence": p.confidence,
        "similarity": p.similarity,
        "reasons": list(p.reasons),
        "reviewers": list(p.reviewers),
        "notes": list(p.notes),
        "votes": dict(p.votes),
        "adjudicated": p.adjudicated,
        "adjudicator": p.adjudicator,
        "reviewed_at": p.reviewed_at,
        "claims": [claim_json(c.claim) for c in p.claims],
    }


def measure_json(m: Measure) -> dict:
    gap = m.gap
    return {
        "name": m.name,
        "kind": m.kind,
        "unit": m.unit,
        "counted": m.counted,
        "groups": [asdict(g) for g in m.groups],
        "over_time": [{"group": c.group, "steps": [asdict(step) for step in c.steps]} for c in m.over_time],
        "gap": None
        if gap is None
        else {
            "low_group": gap.low_group,
            "low": gap.low,
            "high_group": gap.high_group,
            "high": gap.high,
            "amount": gap.amount,
            "relative": gap.relative,
        },
        "figures": [
            {
                "group": f.group,
                "side": f.side,
                "claim": f.claim.id,
                "document": f.claim.source.id,
                "text": f.quantity.text,
                "value": f.quantity.value,
                "qualifier": f.quantity.qualifier,
            }
            for f in m.figures
        ],
    }
