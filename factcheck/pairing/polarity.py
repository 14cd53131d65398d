"""Words that turn two claims on the same point against each other: negations, opposite directions,
reporting verbs of allegation and denial, and words of schedules that go stale.

Kept general to labour disputes (pay, costs, talks, offers); nothing here
names a party or quotes an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
NAME = re.compile(r"(?<![.!?\u201c\"]\s)(?<!^)\b[A-Z][a-z]+")  # a capitalised word not opening a sentence
NEGATIONS = frozenset("not no never none nor without cannot can't won't doesn't don't didn't isn't aren't wasn't".split())
# Verbs that negate what follows them ("refusing to pay the going rate").
NEGATING_VERBS = frozenset("refuse refuses refused refusing fail fails failed failing".split())
NEGATION_REACH = 6  # tokens after a negation that it governs

# Direction words, each on an axis: +1 more / higher / accepted, -1 less / lower / rejected.
# Only cues on one axis oppose each other: "reserves" says nothing against "bad faith".
LEVEL, MONEY, CONDUCT, ASSENT = "level", "money", "conduct", "assent"
DIRECTION_PHRASES = {
    "nickel and dim": (LEVEL, -1), "fall behind": (LEVEL, -1), "falls behind": (LEVEL, -1),
    "above market": (LEVEL, 1), "above-market": (LEVEL, 1), "below market": (LEVEL, -1), "below-market": (LEVEL, -1),
    "living wage": (LEVEL, 1), "poverty wage": (LEVEL, -1), "minimum wage": (LEVEL, -1),
    "rein in": (MONEY, -1), "cut costs": (MONEY, -1), "cut back": (MONEY, -1),
    "good faith": (CONDUCT, 1), "bad faith": (CONDUCT, -1), "bad-faith": (CONDUCT, -1),
}


def _words(axis: str, sign: int, words: str) -> dict[str, tuple[str, int]]:
    return dict.fromkeys(words.split(), (axis, sign))


DIRECTION_WORDS = {
    **_words(LEVEL, 1, "above higher high highly more increase increases increased raise raises outpace outpaces "
             "exceed exceeds generous generously overpaid boost boosts"),
    **_words(LEVEL, -1, "below lower low less fewer cut cuts slash slashes slashing slashed reduce reduces reduced "
             "reduction underpay underpaid underpays stingy shortchange shortchanged freeze frozen"),
    **_words(MONEY, 1, "afford affordable profitable profitability profits surplus reserves"),
    **_words(MONEY, -1, "unaffordable shortfall deficit losses"),
    **_words(ASSENT, 1, "approve approved approves accept accepted accepts agreed ratify ratified"),
    **_words(ASSENT, -1, "reject rejected rejects declined decline"),
}
# Comparatives that belong to a figure ("more than 75,000") say nothing about direction, nor does the noun that
# says what a sum is ("$1 million in raises").
FIGURE_COMPARATIVE = re.compile(
    r"\b(?:more|less|fewer|higher|lower)\s+than\s+(?=[$\d])|\bas\s+(?:much|many)\s+as\b"
    r"|\bin\s+(?:new\s+|pay\s+|wage\s+)?(?:raises|increases|cuts)\b"
)

ALLEGATION_VERBS = frozenset("accuse accuses accused accusing allege alleges alleged allegedly allegation allegations charge charges charged contend contends contended claim claims claimed".split())
DENIAL_VERBS = frozenset("deny denies denied denying denial dispute disputes disputed rebut rebuts rebutted".split())
COUNTER_VERBS = frozenset("counter counters countered".split())
# Plans and schedules: true on the day they are said, stale a week later.
SCHEDULE_WORDS = frozenset("scheduled schedule resume resumes resumed set planned plans upcoming next tomorrow".split())

# Whether a claim tells of something planned or something that happened: "a seven-day strike is set for
# November" and "last week's three-day strike" are two events, not two counts of one.
PLANNED = re.compile(
    r"\b(?:will|plans? to|planning to|planned for|scheduled for|set to|set for|threaten(?:s|ed)?\s+to|next (?:week|month|year)"
    # a strike a claim only weighs the odds of: "a walkout by as many as 9,000 now looks more likely", "a looming one"
    r"|(?:more|most|very|highly|now)\s+likely|likely\s+to|looming|looms|possible\s+(?:strike|walkout|stoppage)"
    r"|called (?:a|an)\s+(?:[\w-]+\s+){0,2}strike\s+(?:for|from|starting))\b"
)
HAPPENED = re.compile(
    r"\b(?:last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|held|staged|lasted"
    r"|ended|walked (?:out|off)|went on strike|took part|marched|protested|turned out)\b"
)
PLAN, EVENT = "plan", "event"

STOPWORDS = frozenset(
    """a an the and or but of to in on at for by with from as is are was were be been being it its this that these
    those their them they we our us i you he she his her has have had do does did will would can could should may
    might than then there here which who whom what when where why how also any all some such into over after before
    about said says say in fact only very much so just""".split()
)


@dataclass(frozen=True)
class Polarity:
    """What a claim's words lean towards, and the content words its negations govern."""

    directions: dict[str, tuple[str, int]]  # cue word or phrase -> (axis, +1 / -1 after negation)
    negated: frozenset[str]  # content-word stems under a negation
    content: frozenset[str]  # all content-word stems
    allegation: str  # the allegation verb used, or ""
    denial: str  # the denial verb used, or ""
    counter: str
    schedule: bool
    when: str = ""  # PLAN, EVENT, or "" when the words say neither or both
    around: dict[str, frozenset[str]] = field(default_factory=dict)  # word cue -> content stems near it: what it moves


CUE_REACH = 4  # words either side of a direction cue that say what it moves


IRREGULAR_STEMS = {"paid": "pay", "pays": "pay", "paying": "pay", "wages": "wage", "offered": "offer"}


@lru_cache(maxsize=65536)  # a corpus's words are few and come back in every claim
def stem(word: str) -> str:
    """A crude stem so that pay / paid / paying, and talk / talks meet."""
    word = word.lower().replace("'", "")
    if word in IRREGULAR_STEMS:
        return IRREGULAR_STEMS[word]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)  # a claim meets many partners: read its words once
def polarity(text: str) -> Polarity:
    lowered = FIGURE_COMPARATIVE.sub(" ", text.lower().replace("\u2019", "'"))
    tokens = TOKEN.findall(lowered)
    names = {m.group().lower() for m in NAME.finditer(text)}  # names are who, not what: never the point negated

    def _content(token: str) -> bool:
        return len(token) > 2 and token not in STOPWORDS and token not in NEGATIONS and token not in names

    negated: set[str] = set()
    directions: dict[str, int] = {}
    around: dict[str, frozenset[str]] = {}

    def near(i: int) -> frozenset[str]:  # only single words of level are checked: an idiom names its own object
        window = tokens[max(0, i - CUE_REACH) : i] + tokens[i + 1 : i + 1 + CUE_REACH]
        return frozenset(stem(t) for t in window if _content(t) and t not in DIRECTION_WORDS)

    for phrase, (axis, sign) in DIRECTION_PHRASES.items():
        at = lowered.find(phrase)
        if at >= 0:
            directions[phrase] = (axis, sign * _sign_at(tokens, len(TOKEN.findall(lowered[:at]))))
    covered = {w for phrase in directions for w in TOKEN.findall(phrase)}
    for i, token in enumerate(tokens):
        if token in NEGATIONS or token in NEGATING_VERBS:
            negated.update(stem(t) for t in tokens[i + 1 : i + 1 + NEGATION_REACH] if _content(t))
        if token in DIRECTION_WORDS and token not in covered:
            axis, sign = DIRECTION_WORDS[token]
            directions[token] = (axis, sign * _sign_at(tokens, i))
            around[token] = near(i)
    return Polarity(
        directions=directions,
        negated=frozenset(negated),
        content=frozenset(stem(t) for t in tokens if _content(t)),
        allegation=_first(tokens, ALLEGATION_VERBS),
        denial=_first(tokens, DENIAL_VERBS),
        counter=_first(tokens, COUNTER_VERBS),
        schedule=any(t in SCHEDULE_WORDS for t in tokens),
        when=_when(lowered),
        around=around,
    )


def _when(lowered: str) -> str:
    planned, happened = bool(PLANNED.search(lowered)), bool(HAPPENED.search(lowered))
    return PLAN if planned and not happened else EVENT if happened and not planned else ""


def plan_and_event(a: Polarity, b: Polarity) -> bool:
    """One claim tells of a plan, the other of something that happened: most often two events."""
    return {a.when, b.when} == {PLAN, EVENT}


def _sign_at(tokens: list[str], i: int) -> int:
    """-1 when a negation within reach before token i governs it."""
    before = tokens[max(0, i - NEGATION_REACH) : i]
    return -1 if any(t in NEGATIONS or t in NEGATING_VERBS for t in before) else 1


def _first(tokens: list[str], vocabulary: frozenset[str]) -> str:
    return next((t for t in tokens if t in vocabulary), "")


# What two parties characterise when neither gives a figure: "no fairer offer exists" / "insulting
# proposals"; "a historic win" / "gives us most of what we asked for" (stems, as `content` holds them).
POSITION_OBJECTS = frozenset("contract offer proposal agreement deal settlement package".split())


OBJECT_WORD = re.compile(r"\b(" + "|".join(sorted(POSITION_OBJECTS)) + r")s?\b", re.IGNORECASE)


def objects_named(text: str) -> set[str]:
    """The contracts, offers and proposals a text names, without reading all its words."""
    return {m.lower() for m in OBJECT_WORD.findall(text)}


def shared_objects(a: Polarity, b: Polarity) -> frozenset[str]:
    """The contract, offer or proposal both claims speak of."""
    return a.content & b.content & POSITION_OBJECTS


def negation_clash(a: Polarity, b: Polarity) -> frozenset[str]:
    """Content words one claim negates and the other states plainly."""
    return frozenset((a.negated & (b.content - b.negated)) | (b.negated & (a.content - a.negated)))


def direction_clash(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    """A cue of one claim against an opposite cue on the same axis in the other, e.g. ('above-market', 'less')."""
    return _cues(a, b, opposite=True)


def same_direction(a: Polarity, b: Polarity) -> tuple[str, str] | None:
    return _cues(a, b, opposite=False)


def _cues(a: Polarity, b: Polarity, opposite: bool) -> tuple[str, str] | None:
    for cue_a, (axis_a, sign_a) in a.directions.items():
        for cue_b, (axis_b, sign_b) in b.directions.items():
            if axis_a == axis_b and (sign_a == -sign_b) == opposite and _same_thing_moved(a, cue_a, b, cue_b):
                return _cue(cue_a, sign_a), _cue(cue_b, sign_b)
    return None


def _same_thing_moved(a: Polarity, cue_a: str, b: Polarity, cue_b: str) -> bool:
    """Two words of level move one thing: a word near one is near the other ("raise what workers pay for health
    insurance" / "pay less for health insurance"), not "cuts to classrooms" against "an increase in pay"."""
    if cue_a in DIRECTION_PHRASES or cue_b in DIRECTION_PHRASES or DIRECTION_WORDS[cue_a][0] != LEVEL:
        return True  # "nickel and diming us", "can afford": said of the party itself, whatever is near
    near_a, near_b = a.around.get(cue_a), b.around.get(cue_b)
    return near_a is None or near_b is None or bool(near_a & near_b)


def _cue(word: str, sign: int) -> str:
    _, natural = DIRECTION_PHRASES.get(word) or DIRECTION_WORDS[word]
    return word if natural == sign else f"not {word}"
