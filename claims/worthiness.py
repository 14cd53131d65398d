"""How check-worthy a sentence is, from 0 to 1, from features a fact-checker cares about."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import DETERMINERS, FINITE_WORDS, REPORTING_VERBS

THRESHOLD = 0.3
MIN_WORDS = 4

COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|better|worse|above|below|than|largest|"
    r"biggest|highest|lowest|most|least|record|outpace\w*|exceed\w*|double[ds]?|tripled?|half)\b",
    re.IGNORECASE,
)
EVENT = re.compile(
    r"\b(?:strik\w*|walk(?:ed|s)? (?:out|off)|walkout|picket\w*|protest\w*|approv\w*|agree[ds]?|agreement|"
    r"ratif\w*|vot(?:e|ed|es|ing)|reject\w*|refus\w*|propos\w*|offer(?:ed|s)?|sign(?:ed|s)?|expir\w*|resum\w*|"
    r"halt\w*|schedul\w*|cut(?:s|ting)?|laid off|layoffs?|fir(?:ed|ing)|hir(?:ed|ing)|fil(?:ed|ing)|sue[ds]?|"
    r"lawsuit|announc\w*|reach(?:ed)?|negotiat\w*|bargain\w*|demand\w*|lock(?:ed)? out|lockout|paus\w*|"
    r"terminat\w*|settle\w*|suspend\w*|deadlock\w*|stalled|stalling|standstill|accus\w*|alleg\w*|den(?:y|ied|ies))\b",
    re.IGNORECASE,
)
QUOTE = re.compile(r"[\u201c\u201d\"]")
WORD = re.compile(r"[A-Za-z][A-Za-z\u2019'-]*")


@dataclass(frozen=True)
class Features:
    figures: int  # quantities other than dates
    dates: int
    attributed: bool  # a reporting verb, "according to" or a quote's attribution names a speaker
    stance: str  # assertion, allegation, denial
    party_voice: bool  # a party's press release asserts it
    headline: bool
    bullet: bool


def checkworthiness(text: str, features: Features) -> float:
    words = WORD.findall(text)
    if len(words) < MIN_WORDS or text.rstrip().endswith(("?", ":")):
        return 0.0
    if not features.figures and not has_finite_verb(words):
        return 0.0  # headings, captions, bullet fragments
    score = 0.0
    if features.figures:
        score += 0.5
    elif features.dates:
        score += 0.15
    if features.attributed:
        score += 0.35
    if features.stance != "assertion":
        score += 0.2
    if COMPARISON.search(text):
        score += 0.15
    if EVENT.search(text):
        score += 0.3
    if QUOTE.search(text):
        score += 0.1
    if features.party_voice:
        score += 0.05
    if features.headline:
        score *= 0.5
    if features.bullet and not features.figures:
        score *= 0.7
    return round(min(score, 1.0), 3)


def has_finite_verb(words: list[str]) -> bool:
    """A cheap finite-verb test: an auxiliary or common verb, or an -ed word that follows a noun, not a determiner."""
    previous = ""
    for word in words:
        lower = word.lower()
        if lower in FINITE_WORDS or lower in REPORTING_VERBS:
            return True
        if lower.endswith("ed") and len(lower) > 4 and previous and previous not in DETERMINERS and "-" not in lower:
            return True
        previous = lower
    return False
