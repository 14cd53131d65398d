"""schema.org ClaimReview JSON-LD, one item per reviewed pair, for publishing fact checks.

The first claim of the pair is the one reviewed (claimReviewed, itemReviewed);
the rating says how the other claim bears on it. The rating scale is stated in
each item (worstRating 1 .. bestRating 3) because ClaimReview has no standard one.
Shape and required fields: factcheck/schemas/claimreview.schema.json.
"""
from __future__ import annotations

import json
import re

from factcheck.report.model import REVIEWED, Report, ReportClaim, ReportPair
from factcheck.safe_text import json_safe

RATINGS = {  # label -> (ratingValue, alternateName)
    "conflict": (1, "Contradicted"),
    "unverifiable": (2, "Unverifiable"),
    "agree": (3, "Corroborated"),
}
WORST, BEST = 1, 3
SCALE = "1 = contradicted by another claim, 2 = unverifiable against it, 3 = corroborated by it"
# Speakers are stored as bare names; these words mark one as an organisation rather than a person.
ORGANISATION = re.compile(
    r"\b(union|local|coalition|alliance|association|federation|council|authority|company|inc|corp|ltd|"
    r"department|committee|board|hospital|health|permanente|times|news|daily|post|press|bulletin|"
    r"management|workers|employees|staff|officials|leaders|group|partners|agency)\b",
    re.IGNORECASE,
)


def render_claimreview(report: Report) -> str:
    items = [claim_review(p, report) for p in report.pairs() if p.status == REVIEWED]
    return json_safe(json.dumps(items, ensure_ascii=False, indent=1)) + "\n"


def claim_review(pair: ReportPair, report: Report) -> dict:
    reviewed, other = pair.claims
    value, name = RATINGS[pair.label]
    date = (pair.reviewed_at or report.generated_at)[:10]
    base = report.options.base_url
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base}#pair-{pair.id}",
        "claimReviewed": reviewed.text,
        "datePublished": date,
        "author": _reviewers(pair, report.options.org),
        "itemReviewed": _claim(reviewed),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "worstRating": WORST,
            "bestRating": BEST,
            "alternateName": name,
            "ratingExplanation": SCALE,
        },
        "reviewBody": _explanation(pair, other),
    }


def _claim(claim: ReportClaim) -> dict:
    s = claim.source
    # A document read from a row without path or URL still needs an address to appear at.
    appearance = {"@type": "CreativeWork", "url": s.link or f"urn:factcheck:document:{s.id}", "headline": s.name}
    if s.publisher:
        appearance["publisher"] = {"@type": "Organization", "name": s.publisher}
    if s.published:
        appearance["datePublished"] = s.published
    item = {"@type": "Claim", "author": _party(claim.speaker or s.publisher or "unknown"), "appearance": appearance}
    if s.published:
        item["datePublished"] = s.published
    return item


def _party(name: str) -> dict:
    kind = "Organization" if ORGANISATION.search(name) else "Person"
    return {"@type": kind, "name": name}


def _reviewers(pair: ReportPair, org: str) -> dict | list[dict]:
    if org:
        return {"@type": "Organization", "name": org}
    names = [pair.adjudicator] if pair.adjudicated else list(pair.reviewers)
    people = [{"@type": "Person", "name": n} for n in names if n] or [{"@type": "Organization", "name": "factcheck"}]
    return people[0] if len(people) == 1 else people


def _explanation(pair: ReportPair, other: ReportClaim) -> str:
    verb = {"conflict": "Contradicted by", "agree": "Corroborated by", "unverifiable": "Cannot be checked against"}[pair.label]
    source = ", ".join(p for p in (other.source.name, other.source.publisher, other.source.published) if p)
    text = f"{verb} {other.speaker or 'another source'} ({other.side}): “{other.text}” ({source})."
    if pair.reasons:
        text += " Reasons: " + "; ".join(pair.reasons) + "."
    if pair.notes:
        text += " Reviewer notes: " + "; ".join(pair.notes)
    return text
