"""How check-worthy a sentence is, from 0 to 1, from features a fact-checker cares about."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import DETERMINERS, FINITE_WORDS, REPORTING_VERBS

THRESHOLD = 0.3
MIN_WORDS = 4
MIN_LIST_ITEM_WORDS = 1
MIN_FIGURE_SENTENCE_WORDS = 2

COMPARISON_WORDS = frozenset(
    """
    more less fewer higher lower larger smaller bigger greater better worse above below than largest biggest
    highest lowest most least record outpace outpaces outpaced exceed exceeds exceeded double doubled triple
    tripled half
    """.split()
)
# Words of events a dispute is made of; whole words, and stems for their inflections.
EVENT_WORDS = frozenset(
    """
    walkout walkouts lockout lockouts layoff layoffs shut shuts lawsuit standstill cut cuts cutting sign signed signs fired firing hired hiring
    filed filing sue sued sues vote voted votes voting halt halted halts reach reached reaches deny denied denies
    offer offered offers stalled stalling agree agreed agrees agreement
    raise raises raised rise rises rose increase increases increased reduce reduces reduced freeze freezes froze
    frozen concession concessions
    """.split()
)
EVENT_STEMS = (
    "strik", "picket", "protest", "approv", "ratif", "reject", "refus", "propos", "expir", "resum", "schedul",
    "announc", "negotiat", "bargain", "demand", "paus", "terminat", "settle", "suspend", "deadlock", "accus",
    "alleg", "disput", "disrupt", "shutdown", "cancel", "scrapped", "closure", "marche", "marchi", "rallie", "rallyi", "demonstrat",
    # what a crackdown does to people: "Many people were killed", "No arrests were made"
    "kill", "arrest", "detain", "injur", "wound", "death",
)
# "the march", "a rally": the noun in lower case, which the month "March" is not.
EVENT_NOUNS = frozenset("march rally".split())
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
    title: bool = False  # the article's own headline, above its first sentence


def checkworthiness(text: str, features: Features) -> float:
    words = WORD.findall(text)
    if len(words) < _min_words(words, features) or text.rstrip().endswith(("?", ":")):
        return 0.0
    if not features.figures and not has_finite_verb(words) and not features.title:
        return 0.0  # headings, captions, bullet fragments; a headline is telegraphic ("Vast crowd in the capital")
    score = 0.0
    if features.figures:
        score += 0.5
    elif features.dates:
        score += 0.15
    if features.attributed:
        score += 0.35
    if features.stance != "assertion":
        score += 0.2
    lowered = [w.lower() for w in words]
    if COMPARISON_WORDS.intersection(lowered):
        score += 0.15
    if _mentions_event(lowered) or EVENT_NOUNS.intersection(words):
        score += 0.3
    if QUOTE.search(text):
        score += 0.1
    if features.party_voice:  # a party's own release: an event it states is its claim, not padding
        score += 0.15
    if features.headline and not features.bullet:  # a list item has no full stop, but is no heading
        # A heading is mostly furniture, but one that states a figure is the outlet's claim.
        figure_weight = 0.5 if features.figures else 0.0
        score = figure_weight + (score - figure_weight) * 0.5
    if features.bullet and not features.figures:
        score *= 0.7
    return round(min(score, 1.0), 3)


def _min_words(words: list[str], features: Features) -> int:
    """Words a claim needs besides its figures: an item of a party's list may be as short as "A 6.5% raise", and a
    sentence with a figure and a verb as short as "Police counted 80,000"; "5 min read" is neither."""
    if features.figures and features.bullet and features.attributed:
        return MIN_LIST_ITEM_WORDS
    if features.figures and has_finite_verb(words):
        return MIN_FIGURE_SENTENCE_WORDS
    return MIN_WORDS


def _mentions_event(lowered: list[str]) -> bool:
    if EVENT_WORDS.intersection(lowered):
        return True
    return any(w.startswith(EVENT_STEMS) for w in lowered) or _walked_out(lowered)


def _walked_out(lowered: list[str]) -> bool:
    return any(w in ("walk", "walked", "walks") and nxt in ("out", "off") for w, nxt in zip(lowered, lowered[1:]))


def has_finite_verb(words: list[str]) -> bool:
    """A cheap finite-verb test: an auxiliary or common verb, or an -ed word that follows a noun, not a determiner."""
    previous = ""
    for word in words:
        lower = word.lower()
        if lower in FINITE_WORDS or lower in REPORTING_VERBS or (lower in EVENT_WORDS and lower.endswith("s")):
            return True  # "The agreement raises pension benefits": an event verb in the present
        if lower.endswith("ed") and len(lower) > 4 and previous and previous not in DETERMINERS and "-" not in lower:
            return True
        previous = lower
    return False
