"""What a figure is a figure of: its measure, population, period and the interval it states.

`owners.py` says whose figure it is; this module reads what it measures from the words around it, so that
"7,400 workers walked out" and "the strike by 7,400 employees" share the measure `workers on strike`.
"""
from __future__ import annotations

import math
import re

from claims.lexicon import WORKER_NOUNS
from claims.measures import (
    CASUALTY_AFTER, CASUALTY_BEFORE, FIRST_OF_JOINED, LARGE_WAGE, ON_TOP_WORDS, SECOND_OF_JOINED, TURNED_DOWN,
    TURNOUT_AFTER, TURNOUT_BEFORE, VOTE_AFTER, VOTE_AFTER_WORDS, VOTE_SHARE_AFTER, is_people,
)
from claims.model import Frame, Quantity
from claims.quantities import VAGUE_TEXT

# Relative rounding a round figure is taken to cover at most: "500,000" is not "anything from 450,000 to 550,000".
MAX_ROUNDING = 0.05
# The band "about", "roughly" or "some" puts around a figure.
# Words that make an approximate figure an upper one: "nearly 9%" is under 9%, "just over" above.
BELOW_WORDS = re.compile(r"^(?:nearly|almost|close to|just under|just shy of|not quite)\b", re.IGNORECASE)
NUMBER_TEXT = re.compile(r"\d[\d,]*(?:\.(\d+))?")
SCALE_TEXT = re.compile(r"\d\s?(million|billion|trillion|thousand|lakhs?|crores?|mn|bn|m|b|k)\b", re.IGNORECASE)
SCALE_WORD = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
SCALE_VALUES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
                "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}

CROWD_SIZE = "crowd size"  # how many marched or rallied: counted by organisers, police and outlets
ON_STRIKE = "workers on strike"
# Goods a strike kept from being made, in whatever they are counted ("a production loss of 12,400 tractors", "lost
# output of 800 buses", "9,000 units of production"): what the dispute cost its employer, counted in kind.
OUTPUT_LOST = "output lost"


def interval(value: float, qualifier: str, text: str = "", kind: str = "count") -> tuple[float | None, float | None]:
    """The values a figure allows, from its qualifier and the precision it is written with.

    Bounds are (low, high) with None for unbounded; a figure as written covers its rounding, half open:
    "91%" is [90.5, 91.5), "91.3%" [91.25, 91.35), "1.1 million" [1.05M, 1.15M). A round figure covers at most
    5% either way ("8,000" is [7,600, 8,400)). "as many as 8,000" is [0, 8,000], "more than 8,000" (8,000, None):
    two intervals that only touch do not overlap.
    """
    if kind == "date":
        return value, value
    if VAGUE_TEXT.search(text):
        return value, value * 5  # "tens of thousands": [20,000, 100,000], whatever word qualifies it
    half = _rounding(value, text)
    floor = 0.0 if value >= 0 else None
    written = _written(text)
    low, high = _bounds(value, qualifier, written, half, floor, kind)
    return (None if low is None else round(low, 9)), (None if high is None else round(high, 9))


def _bounds(value, qualifier, written, half, floor, kind="count"):
    if qualifier == "more than":
        return value, None
    if qualifier == "at least":
        return value, None
    if qualifier == "less than":
        return floor, value
    if qualifier == "at most":
        return floor, value
    if qualifier == "approximately":
        # "about 47,000" is rounded to the thousand. A count "about" a number covers that rounding and no more:
        # readers take "about 2,300 porters" against "2,200" or "around 640,000" against "about 630,000" as two
        # counts (on the real development sets, 15 of the 19 pairs this made conflicts were conflicts to a reader).
        # A share or a sum may stray one unit of its last digit, never more than a twentieth of the figure ("about
        # 96%" and "nearly 97%" of a ballot agree).
        band = half if kind == "count" else min(2 * half, max(half, abs(value) * MAX_ROUNDING))
        if BELOW_WORDS.match(written):
            return value - band, value
        return value - band, value + band
    return value - half, value + half


def _written(text: str) -> str:
    return " ".join(text.split()).lower()


def _rounding(value: float, text: str) -> float:
    """Half the unit of the last digit written: 91.3 -> 0.05, 91 -> 0.5, 1.1 million -> 50,000."""
    number = NUMBER_TEXT.search(text or "")
    if not number:
        if value and SCALE_WORD.search(text or ""):
            return abs(value) * MAX_ROUNDING  # "a million", "one billion": round figures like "1,000,000"
        return 0.5 if value == int(value) else 0.0
    digits = number.group().replace(",", "")
    scale_match = SCALE_TEXT.search(text)
    scale = SCALE_VALUES.get(scale_match.group(1).lower(), 1.0) if scale_match else 1.0
    decimals = len(number.group(1) or "")
    unit = 10.0 ** -decimals * scale
    if decimals == 0:
        whole = digits.split(".")[0]
        trailing = len(whole) - len(whole.rstrip("0")) if whole.strip("0") else 0
        unit = 10.0 ** trailing * scale
    half = unit / 2
    if abs(value) > 0:
        # "1.1 million" is told to the hundred thousand; "1 million" is a round figure like any other.
        told = 10.0 ** -decimals * scale / 2 if decimals or scale == 1.0 else 0.0
        half = min(half, max(abs(value) * MAX_ROUNDING, told))
    return half


# What a figure measures: a head noun and its role.
OFFER_WORDS = re.compile(
    r"\b(?:offer|offers|offered|offering|proposal|proposals|proposed|proposing|proposes|tabled|tabling|on the table"
    r"|package|would give|would get|would receive|put forward"
    # the most a party will offer: "the trust has refused to go above 3%", "it would not go beyond 4%"
    r"|(?:refused|refuses|refusing|declined|declines|declining|unwilling|not|never|cannot|\w+n't)\s+(?:to\s+)?go)\b",
    re.IGNORECASE,
)
DEMAND_WORDS = re.compile(
    r"\b(?:demand|demands|demanded|demanding|seek|seeks|seeking|sought|wants?|wanted|asking|asks?|asked"
    r"|calling for|calls for|call for|pushing for|pushed for|push for|pushes for|pressing for|pressed for|press for"
    r"|holding out for|held out for|claim|called for|bargaining for|fighting for"
    # what workers walk out or march for is what they want: "the porters walked out for a 6% raise"
    r"|(?:striking|strikes|struck|on\s+strike|walked\s+out|walking\s+out|rallying|rallied|marching|marched|protesting)"
    r"\s+for)\b",
    re.IGNORECASE,
)
# An offer's or a deal's terms: "the city's first offer called for raises of 3%", "the deal calls for 4% a year".
TERMS_CALL_FOR = re.compile(
    r"\b(?:offer|offers|proposal|proposals|package|deal|agreement|contract|settlement)\s+(?:[\w-]+\s+)?"
    r"(?P<verb>call(?:s|ed|ing)?\s+for)\b", re.IGNORECASE)
# Whose step a raise is, the last word of its measure ("raise offered"): one per word list above and below.
OFFERED, DEMANDED, AGREED = ROLES = ("offered", "demanded", "agreed")
AGREED_WORDS = re.compile(r"\b(?:deal|agreement|settlement|ratified|agreed|contract gives|under the)\b", re.IGNORECASE)
# ("struck" a strike's, not a deal's: "the two sides struck a deal")
STRIKE_WORDS = re.compile(r"\b(?:strik\w*|struck(?!\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
                          r"(?:deal|agreement|bargain|compromise|accord))"
                          r"|walk(?:ed|ing)? (?:out|off)|walkout|stoppages?|industrial action|picket\w*"
                          r"|on the picket|stop(?:s|ped|ping)? work(?:ing)?|down(?:s|ed|ing)? tools"
                          # "the porters have been out for two weeks": off the job
                          r"|(?:have|has|had)\s+been\s+out\s+(?:for|since)|stay(?:ed|ing)?\s+out\s+for)\b", re.IGNORECASE)
CROWD_WORDS = re.compile(
    r"\b(?:march\w*|rall\w*|protest\w*|demonstrat\w*|crowd\w*|attend\w*|turnout|(?:took|take|takes|taken|taking) part|turned out|gathered"
    r"|came|joined the|took to the streets|massed|(?:in|on) the streets"
    # "some 2 million people packed Harwell's old streets", "the day brought out 600,000 people", "the mobilisation"
    r"|(?:fill|pack)(?:s|ed|ing)?\s+(?:[\w'\u2019]+\s+){0,2}?streets|(?:brought|bring|brings|bringing)\s+out|mobili[sz]\w*"
    r"|poured\s+(?:into|onto|through)|flooded|thronged|streamed\s+(?:into|through)|converged\s+on)\b",
    re.IGNORECASE,
)
# "2.5 million marched": a bare count whose verb says it is a crowd.
CROWD_VERB_AFTER = re.compile(
    r"^\s+(?:(?:have|had|has|were)\s+)?(?:march\w*|protest\w*|demonstrat\w*|rall(?:y|ied)|(?:took|taken) part|turned out"
    r"|gathered|took to the streets|joined|(?:were|was)\s+(?:out\s+)?(?:in|on)\s+the\s+streets"
    r"|poured\s+(?:into|onto|through)|flooded|thronged|streamed\s+(?:into|through)|converged\s+on)\b",
    re.IGNORECASE,
)
# "80,000 march in Lakeport": after a count of more than one, a singular noun of protest can only be its verb.
CROWD_VERBS_PRESENT = frozenset("rally march protest demonstrate gather".split())
# "a million-strong march", "a 50,000-strong crowd": the figure is the size of the crowd it qualifies.
STRONG_CROWD_AFTER = re.compile(r"^-?\s*strong\s+(?:[\w-]+\s+){0,2}?(?:march|crowd|rall|protest|demonstrat)\w*", re.IGNORECASE)
# "the 12,000-strong porters' union": how many the union has, whatever trade they ply
STRONG_UNION_AFTER = re.compile(r"^-?\s*strong\s+(?:[\w'\u2019-]+\s+){0,3}?(?:union|guild|association|federation|membership)\b",
                                re.IGNORECASE)
CROWD_NOUNS = frozenset(
    "people protesters protestors demonstrators marchers attendees participants crowd supporters persons".split()
)
# A claim that speaks of a crowd's size without a count: "drew a record crowd", "unions are claiming a record turnout",
# of a march or protest. It bears on every count of that crowd.
CROWD_SPOKEN_OF = re.compile(r"\b(?:crowds?|(?<!strike\s)turnouts?)\b", re.IGNORECASE)
PROTEST_WORDS = re.compile(r"\b(?:march\w*|rall(?:y|ies)|protest\w*|demonstrat\w*)\b", re.IGNORECASE)
# A claim that ranks a crowd against others: "a record crowd", "the largest in a decade", "bigger than last
# month's march", "more than at the first rally", "higher than its own count of the week before". A count alone neither
# confirms nor refutes such a judgement; two of them agree or not with each other.
RANKED_WORDS = re.compile(
    r"\b(?:record|biggest|largest|greatest|highest|unprecedented)\b"
    r"|\b(?:more|higher|bigger|larger|greater)\s+than\s+(?:[\w']+\s+){0,4}?(?:earlier|previous|prior|before|last)\b",
    re.IGNORECASE,
)
REPRESENT_WORDS = re.compile(r"\b(?:represent\w*|members?|membership|belong\w*|bargaining unit|covered|speaks?\s+for)\b",
                             re.IGNORECASE)
# "Harbourline has 12,000 employees", "the firm employs 40,000 people": a workforce, not the part of it that strikes.
EMPLOYED_BEFORE = re.compile(r"\b(?:has|have|had|employs|employed|employing)\s+$", re.IGNORECASE)
WORKERS_EMPLOYED = "workers employed"
UNIONISED = re.compile(r"\bunion(?:i[sz]ed)?\b", re.IGNORECASE)  # "3,500 union nurses": members, not a workforce
VOTE_REJECT = re.compile(rf"\b(?:reject\w*|against|voted no|no vote|{TURNED_DOWN}|vote no|opposing)\b", re.IGNORECASE)
VOTE_STRIKE = re.compile(r"\b(?:strikes?|walkouts?|industrial action)\b", re.IGNORECASE)
VOTE_ACCEPT = re.compile(r"\b(?:ratif\w*|approv\w*|accept\w*|in favou?r|backed|endorsed|yes)\b", re.IGNORECASE)
CLOSED_WORDS = re.compile(r"\b(?:clos\w*|shut\w*|cancel\w*)\b", re.IGNORECASE)
PAY_WORDS = frozenset("wage wages pay salary salaries earnings rate income stipend stipends compensation".split())
RAISE_WORDS = frozenset("raise raises increase increases rise rises hike hikes bump boost".split())
STRIKING_BEFORE = re.compile(r"\bstriking\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
CLAUSE_REACH = 160  # characters either side of a figure in which its clause is sought
CLAUSE_MARK = " | "  # where the figure stands in its clause
JOB_NOUNS = frozenset("job jobs position positions post posts vacancy vacancies".split())
NEW_WORDS = frozenset("new more additional extra".split())
JOBS_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:jobs|positions|posts|vacancies)\b", re.IGNORECASE)
HIRE_BEFORE = re.compile(r"\b(?:hir(?:e|es|ed|ing)(?:\s+of)?|recruit(?:s|ed|ing)?|tak(?:e|es|ing)\s+on)\s+(?:(?:about|around|some|nearly"
                         r"|more\s+than|at\s+least|an?\s+(?:additional|extra)|another)\s+)?$", re.IGNORECASE)
# "the first strike in 15 years", "its first walkout for nearly a decade": the span since the last one, not a length.
# "in the guild's 90 years", "in its 60 years": a span that is an organisation's whole life so far
WHOSE_YEARS = r"(?:(?:the\s+[\w-]+(?:\u2019s|'s)|its|their|[A-Z][\w-]*(?:\u2019s|'s))\s+)?"
FIRST_IN = re.compile(rf"\bfirst\b(?:[^.;,\d]{{0,40}}?)\s(?:in|for)\s+{WHOSE_YEARS}"
                      r"(?:(?:nearly|almost|more\s+than|over|about|some)\s+)?$", re.IGNORECASE)
# "the largest rail strike in 30 years", "the longest walkout in three decades": how long no bigger one has been, a
# record's span, neither the event's length nor the time since the last one.
RECORD_IN = re.compile(r"\b(?:biggest|largest|longest|greatest|worst|highest|lowest|most\s+[a-z]+)\b(?:[^.;,\d]{0,40}?)"
                       rf"\s(?:in|for|since)\s+{WHOSE_YEARS}(?:(?:nearly|almost|more\s+than|over|about|some)\s+)?$",
                       re.IGNORECASE)
CONTRACT_RUNS = re.compile(r"\b(?:agreement|contract|deal|pact)s?\b(?:[^.;]{0,40}?\s)?(?:runs?|running|lasts?|lasting|"
                           r"covers?|spans?|(?:will|would)\s+(?:run|last|cover|span))\s+(?:for\s+)?$", re.IGNORECASE)
MORE_IN_FIGURE = re.compile(r"\s(?:more|extra)\s", re.IGNORECASE)
MORE_AFTER = re.compile(r"\s+(?:more|extra)\b(?!\s+than)", re.IGNORECASE)
RISE_BY_BEFORE = re.compile(r"\b(?:rise|rises|rising|rose|go\s+up|goes\s+up|went\s+up|increase[sd]?|grows?|grew|raised?)"
                            r"\s+by\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
PAID_MORE_IN_AFTER = re.compile(r"\s+(?:more|extra)\s+(?:a\s+(?:year|month|week)\s+)?(?:in|for)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:premiums?|fees?|tax(?:es)?|rents?|deductibles?|contributions?|charges?|fares?|dues)\b",
                                re.IGNORECASE)
EXTRA_BEFORE = re.compile(r"\b(?:extra|additional)\s+$", re.IGNORECASE)
ROUGHLY = r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)?"
OUTPUT_LOST_BEFORE = re.compile(
    r"\b(?:(?:production|output)\s+loss(?:es)?(?:\s+(?:of|reached|totall?ed|hit|stood\s+at))?"
    r"|lost\s+(?:production|output)(?:\s+of)?"
    rf"|loss\s+of\s+(?:production|output)\s+of|from\s+(?:making|producing|building|assembling))\s+{ROUGHLY}$",
    re.IGNORECASE)
OUTPUT_LOST_AFTER = re.compile(r"^\s+(?:[a-z]+\s+)?(?:of|in)\s+(?:lost\s+)?(?:production|output)\b", re.IGNORECASE)
COST_WORDS = frozenset("cost costs price tag bill loss losses".split())  # "$2.6 billion in losses" is what it cost
# "the $420 million cost of the strike", "$90 million in lost revenue": what a dispute cost, named after the sum
COST_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:cost|costs|loss|losses)\b"
                        r"|^\s+(?:in\s+)?(?:lost|forgone|foregone)\s+(?:revenues?|sales|profits?|earnings|income|output)\b",
                        re.IGNORECASE)
# What people get by on is what they are paid: "workers living on $250 a week in strike pay".
LIVING_ON = re.compile(r"\b(?:liv(?:e|es|ing)|surviv(?:e|es|ing)|g(?:et|ets|etting)\s+by)\s+on\s+(?:just\s+|only\s+)?$",
                       re.IGNORECASE)
# What a sum a dispute does to others is called: "the damage would reach", "losses of", "could lose" (a clause
# apart, though "the U.S. economy" is one clause).
DAMAGE_BEFORE = re.compile(r"\b(?:damage|losses|loss|lose|lost|costs?|costing)\b(?:[^.;:]|(?<=[A-Z])\.)*$", re.IGNORECASE)
POPULATION_AFTER = re.compile(
    r"(?:\s+(?:pay\s+|wage\s+)?(?:raises?|increases?|rises?|hikes?))?"
    r"\s*(?:a\s+year\s+|an\s+hour\s+|each\s+year\s+)?(?:for|to|of)\s+(?:the\s+|its\s+|their\s+|all\s+|every\s+|each\s+|those\s+)?"
    r"(?P<words>(?:[A-Za-z-]+\s+){0,3}[a-z-]+)\b",
)
PERIOD_AFTER = re.compile(
    r"(?:\s+(?:[a-z]+\s+)?(?:raises?|increases?|rises?))?\s*(?P<period>(?:a|per|each|every)\s+(?:year|month|week|day|hour)|annually|yearly"
    r"|over\s+(?:the\s+)?(?:life\s+of\s+the\s+(?:contract|deal|agreement)|(?:\w+[\s-])?(?:years?|months?))"
    r"|in\s+each\s+of\s+(?:\w+\s+){1,2}years|for\s+each\s+year\b[^,.;]{0,40})",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][\w'-]*")
CONTEXT = 80  # characters either side of a figure that say what it measures


# Where a figure holds: "in Lyon", "downtown Portland"; "across Spain", "nationwide" are the whole country.
LOCAL_PLACE = re.compile(r"\b(?:[Ii]n|[Dd]owntown)\s+(?:the\s+city\s+of\s+|downtown\s+|central\s+)?"
                         r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b")
# A crowd that fills a place: "170,000 demonstrators filled Lakeport's Main Street", "packed the streets of Harwell".
FILLED_PLACE = re.compile(r"\b(?:filled|packed|thronged|jammed|flooded|crowded\s+into)\s+(?:the\s+(?:streets|centre|center)\s+of\s+)?"
                          r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b")
# A city's own police or fire service counts for its city: "Lakeport police put the crowd at 9,000".
LOCAL_BODY = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:\u2019s|'s)?\s+(?:[Pp]olice|[Ff]ire\s+[Dd]epartment"
                        r"|[Ss]heriff|[Cc]ity\s+[Cc]ouncil|[Cc]ity\s+[Hh]all|[Mm]ayor)\b")
NATIONWIDE = re.compile(
    r"\b(?:[Nn]ationwide|[Nn]ationally|[Cc]ountry-?wide|(?:[Aa]cross|[Aa]round|[Tt]hroughout|[Aa]ll over)\s+(?:the\s+country|the\s+nation"
    r"|(?:all\s+of\s+)?[A-Z][a-z]+))\b"
)
NOT_PLACES = frozenset(
    "January February March April May June July August September October November December Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)
# Words that open a capitalised phrase before "police" without naming a place: "The police", "State police".
NOT_PLACE_OPENERS = frozenset("The A An Its Their Our State National Federal Military Border Transit Riot Local".split())
CLAUSE_END = re.compile(r"[,;.:](?:\s|$)")
PLACE_AFTER = 60  # characters after a figure a place may follow it in ("12,000 in Lyon")


# What a sum or a raise is reckoned on: pay with benefits, or wages alone. An employer's "17% in compensation"
# and a union's "11% in wages" are two bases, not two figures for one thing.
COMPENSATION_BASIS = re.compile(
    r"\b(?:compensation|total\s+package|pay\s+package|benefits?\s+package|wages?\s+and\s+benefits|pay\s+and\s+benefits"
    r"|salary\s+and\s+benefits|total\s+cost|overall\s+package)\b",
    re.IGNORECASE,
)
WAGE_BASIS = re.compile(r"\b(?:wages?|salary|salaries|pay(?!\s+(?:and|package))|hourly)\b", re.IGNORECASE)
BASIS_REACH = 50  # characters either side of the figure, in its clause
CONDITIONAL_BASIS = "conditional"
EACH_BASIS = "each"
# "3,500 union nurses each", "400 staff apiece", "about 60 workers per store": a count of one of several units.
EACH_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:each|apiece|per\s+(?:hospital|school|store|site|plant|branch|office"
                        r"|depot|location|city|campus|facility|warehouse|county|district))\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"\b(?:possible|if|provided|subject\s+to|depending\s+on|dependent\s+on|conditional|tied\s+to"
                         r"|in\s+return\s+for)\b", re.IGNORECASE)


def basis_of(text: str, q: Quantity) -> str:
    """'compensation' or 'wages' for a sum or a percentage whose clause says which, the nearer word deciding;
    'conditional' for one the sentence makes hang on a condition ("a possible 3% in 2026 if staff accept new rosters");
    'each' for a count of every one of several places or units ("at least 3,500 nurses each")."""
    if q.kind == "count" and EACH_AFTER.match(text, q.end):
        return EACH_BASIS
    if q.kind not in ("money", "percent"):
        return ""
    if CONDITIONAL.search(text, max(0, q.start - BASIS_REACH), min(len(text), q.end + 2 * BASIS_REACH)):
        return CONDITIONAL_BASIS
    found = []
    for pattern, basis in ((COMPENSATION_BASIS, "compensation"), (WAGE_BASIS, "wages")):
        for match in pattern.finditer(text, max(0, q.start - BASIS_REACH), min(len(text), q.end + BASIS_REACH)):
            between = text[match.end():q.start] if match.end() <= q.start else text[q.end:match.start()]
            if not CLAUSE_END.search(between):
                found.append((abs(q.start - match.end()) if match.end() <= q.start else match.start() - q.end, basis))
    return min(found)[1] if found else ""


BALLOTED = "members balloted"  # those a union asks: "a ballot of around 8,400 porters", "balloted its 9,000 members"
VOTE_MEASURES = frozenset(("vote", "vote to reject", "vote to strike", "vote to accept", "turnout", BALLOTED))
BALLOTED_BEFORE = re.compile(r"\b(?:ballots?\s+(?:of|among)|balloting|balloted|to\s+ballot)\s+(?:its\s+|their\s+)?"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|roughly\s+)?$",
                             re.IGNORECASE)


def is_vote(measure: str) -> bool:
    """A ballot's share or turnout."""
    return measure in VOTE_MEASURES


def one_strike_long(measure: str) -> bool:
    """The workers out on a strike: one count for as long as the strike lasts, whichever day an outlet gives it."""
    return measure == ON_STRIKE


def counts_an_event(measure: str) -> bool:
    """A measure of what happened on one day or in one ballot (a march's crowd, the workers out on a strike day, the
    flights cancelled, a vote's share, a toll of the dead or hurt as it stood that day), as against what stands until
    it changes (an offer, a workforce, a cost)."""
    return (measure in (CROWD_SIZE, ON_STRIKE) or measure.endswith(" closed") or is_vote(measure)
            or is_casualty(measure))


# A pay level told as an offer's terms: "Under the new proposal, average pay would climb to $111,155", "the offer
# would bring pay to $40 an hour". Not a deal's or a contract's: "Under the deal" tells both sides' terms, and "under
# the expired contract" what workers are paid today.
TERMS_TOLD = re.compile(
    r"\b(?:under|in|with)\s+(?:the|this|that|its|their)\s+(?:[\w\u2019'-]+\s+){0,2}?(?:proposal|offer|package)\b"
    r"|\b(?:proposal|offer|package)\s+(?:would|will|includes|included|contains|contained|gives|gave|brings|brought"
    r"|provides|provided)\b", re.IGNORECASE)
LABOUR_PROPOSER = re.compile(r"union|guild|workers|members|employees", re.IGNORECASE)  # "the union's proposal"


def pay_as_terms(text: str, measure: str) -> bool:
    """A pay level the sentence tells as an offer's terms, no union's own proposal named."""
    if measure not in PAY_LEVELS:
        return False
    told = TERMS_TOLD.search(text)
    return bool(told) and not LABOUR_PROPOSER.search(told.group())


def is_cost(measure: str) -> bool:
    """What a dispute costs others: the economy, a company, its customers (in money, or in goods not made)."""
    return measure.startswith("cost") or measure == OUTPUT_LOST


def measures_spoken_of(text: str) -> tuple[str, ...]:
    """The measures a sentence speaks of in words rather than figures (today: a crowd's size)."""
    return (CROWD_SIZE,) if CROWD_SPOKEN_OF.search(text) and PROTEST_WORDS.search(text) else ()


def ranks_in_words(text: str) -> bool:
    """The sentence ranks what it tells of against others of its kind ("a record crowd", "more than at earlier
    protests"): a judgement, not a figure."""
    return bool(RANKED_WORDS.search(text))


def frame_for(text: str, q: Quantity, quantities: tuple[Quantity, ...], owner: str, owner_side: str,
              subject: str = "") -> Frame:
    """The frame of one figure of a claim whose text is `text`."""
    measure, population = measure_of(text, q)
    low, high = interval(q.value, q.qualifier, q.text, q.kind)
    return Frame(
        owner=owner, owner_side=owner_side, measure=measure, subject=subject, population=population,
        period=period_of(text, q, quantities), place=place_of(text, q), basis=basis_of(text, q), low=low, high=high,
        part=is_part(text, q),
    )


# A part of a total the text tells beside it: "21 of these deaths", "4,310 of them", "70 of whom", "2,100 of the
# 9,000 porters", "12 of the arrests", "including the 8 killed in Lakeport". Set against a total, it is no second
# account of the total.
PART_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?of\s+(?:them|these|those|whom|which|(?:the|its|their)\s+[\d,.]+"
                        r"|the\s+(?:arrests|arrested|detainees|detained|dead|deaths|injured|wounded|victims|casualties))\b",
                        re.IGNORECASE)
PART_BEFORE = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them|of\s+which|of\s+those)\s+(?:the\s+)?"
                         r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)


def is_part(text: str, q: Quantity) -> bool:
    """The figure counts a part of a total the sentence gives, splits or refers back to."""
    before = text[max(0, q.start - 40):q.start]
    return q.kind == "count" and bool(
        PART_AFTER.match(text, q.end) or PART_BEFORE.search(before) or FIRST_OF_JOINED.match(text, q.end)
        or (SECOND_OF_JOINED.search(before) and CASUALTY_AFTER.match(text, q.end)))


def place_of(text: str, q: Quantity) -> str:
    """The place nearest the figure in its sentence: a place before it anywhere, or just after it in its clause;
    '' when none is named. The whole country is "nationwide"."""
    found: list[tuple[int, str]] = []
    after = CLAUSE_END.search(text, q.end)
    clause_end = min(after.start() if after else len(text), q.end + PLACE_AFTER)
    for pattern, is_local in ((LOCAL_PLACE, True), (LOCAL_BODY, True), (FILLED_PLACE, True), (NATIONWIDE, False)):
        for match in pattern.finditer(text, 0, clause_end):
            place = match.group("place") if is_local else "nationwide"
            if is_local and (place.split()[0] in NOT_PLACES or place.split()[0] in NOT_PLACE_OPENERS):
                continue
            distance = q.start - match.end() if match.end() <= q.start else match.start() - q.end
            if distance >= 0:
                found.append((distance, place))
    return min(found)[1] if found else ""


# Measures that name no thing measured: what `measure_of` gives a bare percentage, sum or count.
GENERIC_MEASURES = frozenset(("percentage", "sum", "items"))


def is_generic_measure(measure: str) -> bool:
    return measure in GENERIC_MEASURES or measure.startswith("sum per ")


# A bare figure in a ballot's tally: "passed 53.4% to 46.6%", "approved by a vote of 212 to 175", "52.1% voted no",
# "301 (54%) to 256", "By 88.2%, members voted ...", "backed a walkout by a 93% margin", "47.1 percent yes to 52.9
# percent no".
TALLY_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)?\s*(?:(?:yes|no)\s+)?(?:\([^)]{1,8}\)\s*)?"
                         r"(?:to\s+\d|voted\b|voting\b|in\s+favou?r\b|against\b|margin\b|opposing\b|supporting\b"
                         r"|(?:members|votes|ballots|delegates)\s+(?:in\s+favou?r|against)\b)")
TALLY_BEFORE = re.compile(r"\b(?:passed|approved|rejected|carried|backed|ratified)\s+(?:by\s+|with\s+)?(?:an?\s+)?(?:vote\s+of\s+)?$"
                          r"|\d\s*(?:%|per\s*cent|percent)?\s*(?:(?:yes|no)\s+)?(?:\([^)]{1,8}\)\s*)?to\s+$|\d\s*\($|^\s*By\s+$")
# The words of a ballot: which sentences hold one ("By 88.2%, members voted the offer down", "the strike
# authorization passed with 91%") and which bare figures are its tally. "passed", "approved" and "rejected" are a
# ballot's only when a figure follows: "the union rejected the offer" is not one.
BALLOT = re.compile(r"\b(?:vot(?:e|es|ed|ing|ers)|ballots?|balloted|turnout|ratif\w*|authori[sz]ation|margin)\b"
                    r"|\b(?:passed|approved|rejected|carried)\b,?\s+(?:by\s+|with\s+)?(?:an?\s+)?\d"
                    # "turned the offer down by 87%", "92% backed a walkout", "backed by 93% approval"
                    rf"|\b{TURNED_DOWN},?\s+by\s+\d"
                    rf"|\d\s*(?:%|per\s*cent|percent){VOTE_AFTER_WORDS}"
                    r"|\d\s*(?:%|per\s*cent|percent)\s+(?:approval|backing)\b"
                    r"|\d\s*(?:%|per\s*cent|percent)\s+(?:yes|no)\b", re.IGNORECASE)


def measure_of(text: str, q: Quantity) -> tuple[str, str]:
    """(measure key, population) of a figure: ('raise offered', 'new hires'), ('workers on strike', 'nurses').

    A count on top of one told before ("12 more deaths", "another 23 people died", "a further 60 detained") is
    no total: its measure says so ('more people killed'), and no total is set against it."""
    measure, population = _measure_of(text, q)
    if q.kind == "count" and measure != "jobs" and _on_top(text, q):  # jobs a deal adds are "more" by nature
        return f"{ON_TOP}{measure}", population
    return measure, population


def is_on_top(measure: str) -> bool:
    """A count on top of one told before ("more people killed")."""
    return measure.startswith(ON_TOP)


def _on_top(text: str, q: Quantity) -> bool:
    return bool(ON_TOP_BEFORE.search(text, max(0, q.start - 30), q.start) or ON_TOP_AFTER.match(text, q.end))


def _measure_of(text: str, q: Quantity) -> tuple[str, str]:
    before = text[max(0, q.start - CONTEXT):q.start]
    after = text[q.end:q.end + CONTEXT]
    around = before + " " + after
    counted = (q.counted or "").lower()
    words = counted.split()
    if q.kind == "date":
        return "date", ""
    if _in_tally(text, q, counted):
        return _vote_measure(before + " " + after, len(before)), ""
    if q.kind == "duration" and is_age(counted):
        return _age_measure(counted, before), ""
    if q.kind == "duration":
        return _duration_measure(q, counted, around, before), ""
    if q.kind == "count" and _jobs(words, before, after):
        return "jobs", counted
    # (a count of events is no casualty count: "260 rallies are being held")
    of_events = bool(words) and words[-1] in EVENT_NOUNS
    casualties = _casualties(before, after) if q.kind == "count" and not of_events else ""
    if casualties:
        return casualties, counted if counted not in ("die", "dies") else ""
    if q.kind == "count" and q.value > 1 and words and words[0] in CROWD_VERBS_PRESENT:
        return CROWD_SIZE, ""  # "80,000 rally against the levy": a headline's count of those who do it
    if q.kind == "count" and words and (is_people(words[-1]) or q.unit == "people"):
        clause = _clause_around(text[max(0, q.start - CLAUSE_REACH):q.start], text[q.end:q.end + CLAUSE_REACH])
        return _people_measure(words, before, after, clause), counted
    population = _population(after) or _population_before(text[max(0, q.start - 2 * CONTEXT):q.start])
    if q.kind in ("money", "percent") and not population:
        population = _group_of(before, after)
    if q.kind == "money" and not population:
        population = _pay_level(before, after)
    if q.kind == "count" and (OUTPUT_LOST_BEFORE.search(before) or OUTPUT_LOST_AFTER.match(after)):
        return OUTPUT_LOST, population
    if q.kind == "count":
        noun = _plural(q.unit if q.unit not in ("count", "") else (words[-1] if words else "items"))
        if q.unit in ("count", "") and (CROWD_WORDS.search(before[-40:]) or CROWD_VERB_AFTER.match(after)
                                        or STRONG_CROWD_AFTER.match(after)):
            return CROWD_SIZE, population  # "police put the crowd at 80,000", "the turnout was 750,000"
        if STRONG_UNION_AFTER.match(after):
            return "workers represented", population
        role = "closed" if CLOSED_WORDS.search(around) else ""
        return f"{noun} {role}".strip(), population
    if q.kind == "percent":
        return _percent_measure(counted, before, after), population
    return _money_measure(q, counted, before, after), population


TALLIED = ("", "members", "votes", "ballots", "delegates")


def _in_tally(text: str, q: Quantity, counted: str) -> bool:
    """A bare share or count in a ballot's tally."""
    if q.kind not in ("percent", "count"):
        return False
    if counted not in TALLIED or q.unit not in ("percent", "count", "", "people"):
        return False  # "passed with 310 members in favor": members counted in a tally are its votes
    tally = TALLY_AFTER.match(text, q.end) or TALLY_BEFORE.search(text, max(0, q.start - 30), q.start)
    return bool(tally) and bool(BALLOT.search(text))


def _jobs(words: list[str], before: str, after: str) -> bool:
    """Jobs or posts a deal or an employer creates or keeps, however counted: "170 new nursing positions", "9,000 new
    or retained jobs", "hire 170 more nurses"."""
    if words and words[-1] in JOB_NOUNS:
        return True
    if words and words[0] in NEW_WORDS and JOBS_AFTER.match(after):
        return True
    return bool(words) and is_people(words[-1]) and bool(HIRE_BEFORE.search(before[-40:]))


# Those a protest or a crackdown left dead, hurt, held or missing: "14 people were killed", "about 90 wounded
# marchers", "40 of its officers were injured", "the death toll stood at 14". Each is a count of its own, never a
# crowd's size: a march's turnout and its toll are two facts, and the dead against the injured are no two accounts
# of one.
CASUALTY_WORDS = {
    "killed": "people killed", "murdered": "people killed", "dead": "people killed", "died": "people killed",
    "deaths": "people killed",
    "fatalities": "people killed", "lost their lives": "people killed", "killings": "people killed",
    "die": "people killed", "dies": "people killed",  # a headline's present: "after 9 die in protests"
    "injured": "people injured", "hurt": "people injured", "wounded": "people injured", "injuries": "people injured",
    "arrested": "people arrested", "detained": "people arrested", "arrests": "people arrested",
    "abducted": "people missing", "missing": "people missing", "disappeared": "people missing",
    "abductions": "people missing", "held": "people arrested", "in detention": "people arrested",
    "in custody": "people arrested",
}
ON_TOP = "more "  # the measure of a count on top of one told before: "more people killed"
ON_TOP_BEFORE = re.compile(rf"\b{ON_TOP_WORDS}\s+(?:(?:at\s+least|about|some|nearly|almost|over|more\s+than)\s+)?$",
                           re.IGNORECASE)
ON_TOP_AFTER = re.compile(r"\s+(?:more|additional|extra|further)\b(?!\s+than)", re.IGNORECASE)
CASUALTY_MEASURES = frozenset(CASUALTY_WORDS.values())
EVENT_NOUNS = frozenset("""protests rallies marches demonstrations meetings events vigils strikes walkouts talks sessions
    ballots votes actions gatherings""".split())
CASUALTY_VERBS = {"killing": "people killed", "injuring": "people injured", "wounding": "people injured",
                  "arresting": "people arrested", "detaining": "people arrested", "killed": "people killed",
                  "injured": "people injured", "wounded": "people injured", "arrested": "people arrested",
                  "detained": "people arrested", "shot dead": "people killed", "shooting dead": "people killed"}


def is_casualty(measure: str) -> bool:
    """A count of the dead, hurt, held or missing (or more of them): what its own words say, whatever count came
    before it."""
    return measure.removeprefix(ON_TOP) in CASUALTY_MEASURES  # "more people killed" too


# A toll kept since the unrest began ("have died since the curfew began", "the toll has risen to", "in all"), and a
# toll of one day or one clash ("were shot dead on Thursday", "in a single raid"): the second may be a part of the first.
RUNNING_TOLL = re.compile(
    r"\b(?:since\s+(?!then\b)|so\s+far|to\s+date|in\s+all\b|altogether|overall|in\s+total|total\s+(?:death\s+)?toll"
    r"|(?:death\s+)?toll\s+(?:from|in|of|has|had|rose|stands|now|climbed|reached)|(?:has|have|had)\s+(?:risen|climbed)\s+to"
    r"|(?:brings?|bringing|raised|raising)\s+(?:the\s+)?(?:total|toll))", re.IGNORECASE)
ONE_DAY_TOLL = re.compile(
    r"\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s|yesterday"
    r"|overnight|last\s+night|on\s+(?:that|the)\s+day|in\s+(?:a|the|one)\s+(?:single\s+)?(?:day|night|clash|raid|operation"
    r"|incident|attack))", re.IGNORECASE)


def toll_reach(text: str) -> str:
    """"running" for a claim that tells a toll kept since the unrest began, "one day" for one that tells a day's or
    a clash's toll, "" where it says neither or both."""
    running, one_day = bool(RUNNING_TOLL.search(text)), bool(ONE_DAY_TOLL.search(text))
    return "running" if running and not one_day else "one day" if one_day and not running else ""


def counted_apart(measure: str) -> bool:
    """A crowd, a toll or a cost: each counter (the police, the organisers, a ministry, a watchdog, an economist)
    reckons its own, and their counts of one march, one toll or one strike's cost can lie far apart."""
    return measure == CROWD_SIZE or is_casualty(measure) or is_cost(measure)


# "the number of people killed in the protests had climbed to 377": the count its subject names, told at its end
NUMBER_OF_CASUALTIES = re.compile(
    # "the number of injured rose to 40", "put the number hurt at 23"
    r"\bnumber\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?P<word>killed|dead|deaths|injured|hurt|wounded|injuries|arrested|detained"
    r"|arrests)"
    r"\b[^.;:]{0,80}?\b(?:at|to|reached|hit|topped|passed|was|is|stands\s+at|stood\s+at)\s+"
    r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+|around\s+)?$", re.IGNORECASE)


LIVES_AFTER = re.compile(r"\s*lives\b", re.IGNORECASE)
LIVES_TAKEN_BEFORE = re.compile(r"\b(?:cost|costing|claimed|claiming|took|taken|taking)\s+(?:the\s+)?"
                                r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$",
                                re.IGNORECASE)


def _casualties(before: str, after: str) -> str:
    """'people killed', 'people injured', 'people arrested' or 'people missing' for a count of casualties; ''."""
    counted = NUMBER_OF_CASUALTIES.search(before)
    if counted:
        return CASUALTY_WORDS[counted.group("word").lower()]
    toll = CASUALTY_BEFORE.search(before)  # "the death toll from last week's protests at 310"
    if toll and toll.group("verb"):  # "killed 14 people and injured 90": the verb before the count is its own
        return CASUALTY_VERBS[" ".join(toll.group("verb").lower().split())]
    if LIVES_AFTER.match(after) and LIVES_TAKEN_BEFORE.search(before[-40:]):
        return "people killed"  # "the protests have cost at least 33 lives"
    told = CASUALTY_AFTER.match(after[:60])
    if told:
        return CASUALTY_WORDS.get(" ".join(told.group("word").lower().split()), "people injured")  # or hospitalised
    return "people killed" if toll else ""


def _people_measure(words: list[str], before: str, after: str, clause: str) -> str:
    """'workers on strike', 'workers represented', 'crowd size', or the people counted ('children').

    The figure's own clause (`clause`, up to its commas) speaks first: "the guild has 9,000 members, and their
    strike ..." counts members; "7,100 nurses at two hospitals in the city walked out" strikers."""
    head = words[-1]
    near = before[-50:] + " " + after[:50]
    at = clause.index(CLAUSE_MARK) + len(CLAUSE_MARK)
    if VOTED_AFTER.match(clause, at) or TURNOUT_AFTER.match(clause, at):
        return "turnout"  # "Some 3,100 porters voted by post", "2,300 drivers returned ballots": those who voted
    if BALLOTED_BEFORE.search(before[-40:]):
        return BALLOTED
    if BALLOT.search(near) and VOTES_CAST_AFTER.match(clause, at):
        return _vote_measure(clause, at)  # "In the ballot, 191,500 porters rejected the offer": the votes cast one way
    employed = EMPLOYED_BEFORE.search(before[-30:])
    if (employed and (head in WORKER_NOUNS or head == "employees" or employed.group().lower().startswith("employ"))
            and not (STRIKE_WORDS.search(clause) or REPRESENT_WORDS.search(clause) or UNIONISED.search(clause))):
        return WORKERS_EMPLOYED
    if head in CROWD_NOUNS and (CROWD_WORDS.search(near) or head != "people"):
        return CROWD_SIZE
    if head not in WORKER_NOUNS and not head.endswith(("workers", "employees")):
        if CROWD_WORDS.search(near) and head in ("people", "persons"):
            return CROWD_SIZE
        if head not in ("people", "persons") and (STRIKE_WORDS.search(clause[clause.index(CLAUSE_MARK):])
                                                  or STRIKING_BEFORE.search(before)):
            # "11,000 writers are on strike", "the striking 3,000 pilots": those who strike are workers, whatever
            # their trade; not "a strike that kept 40,000 students home"
            return ON_STRIKE
        return head
    for text in (clause, near):
        if STRIKE_WORDS.search(text):
            return ON_STRIKE
        if REPRESENT_WORDS.search(text):
            return "workers represented"
    return "workers"


def _clause_around(before: str, after: str) -> str:
    """The words of a figure's clause, the figure itself marked: back to the last comma or stop before it, on to
    the next after it."""
    ends = list(CLAUSE_END.finditer(before))
    start = ends[-1].end() if ends else 0
    end = next((m for m in CLAUSE_END.finditer(after) if not NAMES_GO_ON.match(after, m.start())), None)
    return before[start:] + CLAUSE_MARK + after[:end.start() if end else len(after)]


# Neither a place's initials ("around the U.S. started a strike") nor the commas of a list of names ("workers in
# Lakeport, Harwell, Pellam and Corvane are to strike") end a figure's clause.
NAMES_GO_ON = re.compile(r"(?<=\b[A-Z])\.\s|(?<=[a-z]),\s+(?:and\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,|\s+and\s+[A-Z])")


# A bar the law or the rules set, no result: "a 45 per cent turnout threshold", "the 35% support threshold".
THRESHOLD_MEASURE = "threshold"
THRESHOLD_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+(?:[\w-]+\s+){0,2}?thresholds?\b", re.IGNORECASE)


def _percent_measure(counted: str, before: str, after: str) -> str:
    near = before[-60:] + " " + after[:60]
    at = len(before[-60:])
    if THRESHOLD_AFTER.match(after):
        return THRESHOLD_MEASURE
    if INFLATION_BEFORE.search(before[-50:]) or INFLATION_AFTER.match(after):
        return "inflation"  # "inflation reached 6.2%", "7pc inflation": the price rise pay is set against, no raise
    if counted in ("raise", "increase") or counted in RAISE_WORDS:
        return _role("raise", near, at)
    if counted in ("vote", "votes", "ballots", "ballot", "members", "voters", "turnout"):
        if counted == "turnout":
            return "turnout"
        return _vote_measure(before + " " + after, len(before))
    if counted:
        return f"share of {counted}"
    # A share written as "8 in 10" or "three-quarters" has no counted noun of its own (a "%" figure's is read in
    # claims.measures by the same patterns).
    if VOTE_SHARE_AFTER.match(after) or VOTE_AFTER.match(after):
        # "About 8 in 10 vote against the pact", "Eight out of 10 of its members voted to strike"
        return _vote_measure(before + " " + after, len(before))
    if TURNOUT_BEFORE.search(before[-60:]):
        return "turnout"  # "Turnout among those balloted was more than three-quarters"
    share = SHARE_OF_WHOLE.match(after)
    if share and not PAY_WHOLE.match(share.group("whole")):
        # "31% of the region's freight traffic", "around half of depots would shed staff, the guild said of the
        # offer": a share of that, never a raise, whatever offer the sentence speaks of
        return f"share of {share.group('whole').lower()}"
    if OFFER_WORDS.search(near) or DEMAND_WORDS.search(near):
        return _role("raise", near, at)  # "the union wants 6.5%": a bare percentage offered or sought is a raise
    if re.search(r"\b(?:pay|wages?|salary|salaries|raises)\b", near, re.IGNORECASE):  # "raises that range from 11% to 13%"
        return _role("raise", near, at)
    if share:
        return f"share of {share.group('whole').lower()}"
    return "percentage"


PAY_WHOLE = re.compile(r"(?:pay|payroll|wages?|salary|salaries|earnings|base)$", re.IGNORECASE)  # "5% of salary"


INFLATION_BEFORE = re.compile(
    r"\binflation(?:\s+rate)?(?:\s+[a-z]+){0,2}?\s+(?:hit|hits|stood\s+at|stands\s+at|was|is|of|at|running\s+at|reached|rose\s+to"
    r"|fell\s+to|climbed\s+to|peaked\s+at|(?:rose|climbed|jumped|grew|soared|increased|went\s+up)(?:\s+by)?)"
    r"\s+(?:(?:about|around|nearly|almost|more\s+than|over|above|just|only)\s+)*$",
    re.IGNORECASE,
)
INFLATION_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent|pc)?\s+(?:annual\s+|yearly\s+)?inflation\b", re.IGNORECASE)
# Words that open a verb phrase, never a whole: in "half of depots would have to cut" the whole is "depots".
AUX = r"(?:would|will|could|should|may|might|must|can|have|has|had|are|is|were|was|be)"
# "of the region's freight traffic", "of all the drivers": what a percentage is a share of, up to its head noun.
SHARE_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[\w-]+(?:\u2019s|'s)\s+)?"
    rf"(?:(?:about|roughly|nearly|some|around|almost|over|[\d][\d,.-]*)\s+)*(?:(?!{AUX}\b)[a-z-]+\s+){{0,2}}?"
    rf"(?!(?:those|these|them|which|whom|what|{AUX})\b)(?P<whole>[a-z-]{{3,}}(?<!ing)(?<!ed))\b(?!\s+[a-z-]+\s+(?:of|in)\b)"
    rf"(?=\s+(?:moving|in|into|on|at|for|that|which|who|across|passes|pass|from|to|and|{AUX})\b|[.,;:]|$)"
)
YES_OR_NO = re.compile(r"\s*(yes|no)\b", re.IGNORECASE)
FOR_OR_AGAINST = re.compile(r"\s*(?:%|per\s*cent|percent)?\s+(for|against)\b", re.IGNORECASE)
# "191,500 porters rejected the offer" in a ballot: the count of the votes cast one way
VOTES_CAST_AFTER = re.compile(r"\s*(?:[\w'\u2019-]+\s+){0,4}?(?:rejected|accepted|backed|approved|ratified|endorsed"
                              r"|opposed|turned\s+down)\b", re.IGNORECASE)
# "3,100 porters voted by post": a count of those who voted (claims.measures.TURNOUT_AFTER reads "returned ballots").
# (a headline's present tense too: "8,000 porters vote for strike action")
VOTED_AFTER = re.compile(r"\s*(?:[\w'\u2019-]+\s+){0,3}?(?:voted|vote\s+(?:for|to|against|in\s+favou?r)|cast\s+(?:their\s+)?votes)\b",
                         re.IGNORECASE)
VOTE_KINDS = ((VOTE_REJECT, "vote to reject"), (VOTE_STRIKE, "vote to strike"), (VOTE_ACCEPT, "vote to accept"))


def _vote_measure(near: str, at: int) -> str:
    """What a ballot's share is a vote for, by the nearest words of its own clause that say ("turned the offer
    down by 91%, and 95% backed a strike"; "61.2% voted yes and 38.8% voted no"), else by any words around it.
    Backing a strike is a vote to strike: "backed by 93% approval, the walkout ..."."""
    said_after = YES_OR_NO.match(near, at)
    if said_after:  # "47.1 percent yes to 52.9 percent no"
        return "vote to accept" if said_after.group(1).lower() == "yes" else "vote to reject"
    sided = FOR_OR_AGAINST.match(near, at)
    if sided:  # "71% for the deal and 29% against"
        if sided.group(1).lower() == "against":
            return "vote to reject"
        return "vote to strike" if VOTE_STRIKE.search(near) else "vote to accept"
    opened = max(near.rfind(mark, 0, at) for mark in (",", ";")) + 1
    closed = min((i for i in (near.find(mark, at) for mark in (",", ";")) if i >= 0), default=len(near))
    said = [(min(abs(m.start() - at), abs(m.end() - at)), measure)
            for pattern, measure in VOTE_KINDS for m in pattern.finditer(near, opened, closed)]
    nearest = min(said)[1] if said else ""
    if nearest == "vote to accept" and VOTE_STRIKE.search(near):
        return "vote to strike"
    if nearest:
        return nearest
    return next((measure for pattern, measure in VOTE_KINDS if pattern.search(near)), "vote")


def _added_sum(q: Quantity, before: str, after: str) -> bool:
    """A sum on top of pay: "$1.25 more per hour", "$3 per hour more", "an extra $2 an hour", "pay to rise by
    300 euros"."""
    return bool(MORE_IN_FIGURE.search(q.text) or MORE_AFTER.match(after) or EXTRA_BEFORE.search(before)
                or RISE_BY_BEFORE.search(before[-40:]))


def _money_measure(q: Quantity, counted: str, before: str, after: str) -> str:
    near = before[-60:] + " " + after[:40]
    at = len(before[-60:])
    words = set(counted.split())
    period = q.unit.split("/", 1)[1] if "/" in q.unit else ""
    if PAID_MORE_IN_AFTER.match(after):
        return "cost"  # "would pay $415 more in premiums": more that workers pay out, no raise
    if words & RAISE_WORDS or counted == "raise" or _added_sum(q, before, after):
        return _role("raise", near, at)
    if COST_AFTER.match(after):
        return f"cost per {period}" if period else "cost"
    results = _results_measure(q, counted, before, after)
    if results:
        return results
    if LIVING_ON.search(before[-30:]):
        return _pay(period)  # "striking workers live on $250 a week", whatever the strike costs the company
    if AVERAGE_NEAR.search(near) and LARGE_WAGE <= q.value < COMPANY_SCALE and not words & COST_WORDS:
        # "putting the average at $98,000 a year", "would bring the average driver to $120,000 in 2030", "came to
        # $150,000 a year on average": an average sum of this size is what a worker is paid
        return _pay(period or "year")
    if words & COST_WORDS or (not counted and DAMAGE_BEFORE.search(before[-60:])):
        return f"cost per {period}" if period else "cost"
    if words & PAY_WORDS or counted == "pay":
        # "asked for a N400,000 minimum wage" / "offered a minimum wage of N52,000": a minimum wage sought and one put
        # forward are two positions, as a raise demanded and one offered are. (Not any pay level: "the union wants
        # $95,000 a year" against its own "$80,000 would do" is one demand told two ways.)
        return _role(_pay(period), near, at) if "minimum" in words else _pay(period)
    if counted:
        return _plural(counted.split()[-1]) if counted.split()[-1] not in ("offer",) else _role("raise", near, at)
    if period == "hour":
        return "hourly wage"
    return f"sum per {period}" if period else "sum"


# What an organisation takes in and keeps: "profits above $2 billion", "$14 billion in operating revenue", "a $1
# billion profit", "record earnings of $3.9 billion". Sums in the tens of millions and more: a company's, not a wage.
RESULTS_WORDS = {"profit": "profit", "profits": "profit", "earnings": "profit", "income": "profit", "surplus": "profit",
                 "revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue"}
RESULTS_AFTER = re.compile(r"^\s+(?:(?:in|of)\s+)?(?:[a-z-]+\s+)?(?P<word>profits?|revenues?|earnings|income|sales|turnover)\b"
                           r"(?![\s-]shar)", re.IGNORECASE)
RESULTS_BEFORE = re.compile(r"\b(?P<word>profits?|revenues?|earnings|income|sales|turnover)\s+(?:of|topping|reaching|"
                            r"(?:rose|grew|fell|jumped|climbed)\s+to|(?:was|were|came\s+to|totall?ed|reached)"
                            r"(?:\s+(?:about|nearly|almost|more\s+than|over))?)\s+$", re.IGNORECASE)
COMPANY_SCALE = 10_000_000  # below this, "earnings" or "profit" are a person's pay or profit sharing
TAX_WORDS = re.compile(r"\b(?:tax\w*|levies|duties|budget|treasury|exchequer)\b", re.IGNORECASE)


def _results_measure(q: Quantity, counted: str, before: str, after: str) -> str:
    """'profit' or 'revenue' for an organisation's results; '' otherwise (and for what a state raises in tax)."""
    word = counted.split()[-1] if counted else ""
    if word not in RESULTS_WORDS or "shar" in after[:12]:  # profit sharing is pay
        found = RESULTS_AFTER.match(after) or RESULTS_BEFORE.search(before[-50:])
        word = found.group("word").lower() if found else ""
    if not word or q.value < COMPANY_SCALE:
        return ""
    if TAX_WORDS.search(before[-60:] + " " + after[:40]):
        return ""
    return RESULTS_WORDS[word]


def is_results(measure: str) -> bool:
    """An organisation's profit or revenue: figures from its own accounts, whoever repeats them."""
    return measure in ("profit", "revenue")


AVERAGE_NEAR = re.compile(r"\b(?:the|this|an|their|its)\s+average\b|\bon\s+average\b|\baverages?\s+(?:a\s+)?(?:salary|pay)\b",
                          re.IGNORECASE)


def _pay(period: str) -> str:
    return {"hour": "hourly wage", "year": "annual pay"}.get(period, "pay")


PAY_LEVELS = frozenset(map(_pay, ("hour", "year", "")))  # what a worker is paid, as a level rather than a step


def _role(head: str, near: str, at: int) -> str:
    """A raise offered, demanded or agreed, by the words around it (`at`: where the figure sits in `near`);
    the nearest word decides, one before the figure before one after it."""
    found = []
    carried = [m.span("verb") for m in TERMS_CALL_FOR.finditer(near)] if "for" in near else []
    for pattern, role in zip((OFFER_WORDS, DEMAND_WORDS, AGREED_WORDS), ROLES):
        for match in pattern.finditer(near):
            if role == DEMANDED and any(s <= match.start() < e for s, e in carried):
                continue  # "the city's offer called for 3%": what the offer holds, not what anyone demands
            distance = at - match.end() if match.end() <= at else 2 * (match.start() - at)
            found.append((distance, role))
    return f"{head} {min(found)[1]}" if found else head


# The age a change starts from ("from 60 to 62", "the current retirement age of 62"): the rule before the change,
# not the one proposed, so that the two are never compared as rival figures.
AGE_BEFORE_CHANGE = re.compile(r"\b(?:from|current|currently|present|existing|today's|now)\b[^.;\d]{0,40}$", re.IGNORECASE)
AGE_BEFORE_CHANGE_SUFFIX = " before the change"


def is_age(measure: str) -> bool:
    """An age a rule sets ('retirement age', 'full pension age before the change'), compared in years, not days."""
    measure = measure.removesuffix(AGE_BEFORE_CHANGE_SUFFIX)
    return measure == "age" or measure.endswith(" age")


def _age_measure(counted: str, before: str) -> str:
    return counted + AGE_BEFORE_CHANGE_SUFFIX if AGE_BEFORE_CHANGE.search(before[-50:]) else counted


# The warning a union must give before it strikes: "a 10-day strike notice", "72 hours' notice of a walkout".
NOTICE_AFTER = re.compile(r"\s*(?:-\s*)?(?:\u2019|')?\s*(?:(?:strike|walkout|strike-action)\s+)?notices?\b", re.IGNORECASE)
BARE_SPAN = "duration"  # a span of time that says not what lasts it
LENGTH_SUFFIX = " length"  # how long a thing lasts: "strike length", "notice length", "contract length"
NOTICE_LENGTH = "notice" + LENGTH_SUFFIX


# The years a raise is spread over: no strike's length, whatever strike the sentence names.
RAISE_TERM = "term of a raise"
RAISE_TERM_BEFORE = re.compile(r"\b(?:over|across|spread\s+over|during|throughout|within)\s+"
                               r"(?:the\s+(?:next|first|coming)\s+|the\s+|a\s+)?$", re.IGNORECASE)
RAISE_NEAR = re.compile(r"%|\b(?:per\s*cent|percent|raises?|rises?|increases?|wages?|pay|salar(?:y|ies))\b",
                        re.IGNORECASE)


def is_length(measure: str) -> bool:
    """A measure of how long a thing lasts (a strike, a notice, a contract), not hours of work or an age."""
    return measure.endswith(LENGTH_SUFFIX)


RUNNING_EVENTS = frozenset("strike walkout lockout stoppage shutdown protest sit-in".split())


def grows_while_it_lasts(measure: str) -> bool:
    """The length of an event still going on when told: a strike in its "third week" ran 11 days a week before."""
    return is_length(measure) and measure.removesuffix(LENGTH_SUFFIX) in RUNNING_EVENTS


# A span that says it is one of talks ("nine months of bargaining", "the negotiations ran for 13 hours") is how long
# the talks lasted, no strike's length whatever strike the sentence names; like any span that says not what lasts
# it, it is compared with nothing (talks are told in too many stretches to be one fact).
TALKS = r"(?:talks|negotiations?|bargaining|mediation|discussions)"
TALKS_AFTER = re.compile(rf"(?:\s*-\s*|\s+)(?:\w+\s+)?of\s+(?:\w+\s+)?{TALKS}\b", re.IGNORECASE)
TALKS_BEFORE = re.compile(rf"\b{TALKS}\s+(?:\w+\s+){{0,2}}(?:lasted|ran|went\s+on|continued|stretched)\s+(?:for\s+)?"
                          r"(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)


# "in the first two months of the year", "the first ten days of the strike": the opening part of a longer span,
# no event's whole length.
OPENING_PART_BEFORE = re.compile(r"\bthe\s+first\s+$", re.IGNORECASE)


def _duration_measure(q: Quantity, counted: str, around: str, before: str = "") -> str:
    if q.unit == "hours" and re.search(r"\bweek\b", around, re.IGNORECASE):
        return "working week"
    if OPENING_PART_BEFORE.search(before[-12:]):
        return BARE_SPAN
    if TALKS_AFTER.match(around, len(before) + 1) or TALKS_BEFORE.search(before[-60:]):
        return BARE_SPAN
    if NOTICE_AFTER.match(around, len(before)):
        return NOTICE_LENGTH  # "a 10-day strike notice" warns of a strike; it is no strike's length
    if not counted and CONTRACT_RUNS.search(before[-60:]):
        return "contract" + LENGTH_SUFFIX  # "the contract runs for four years" is a "four-year contract"
    if not counted and RAISE_TERM_BEFORE.search(before[-40:]) and RAISE_NEAR.search(before[-60:]):
        return RAISE_TERM  # "raises of 17% across the next three years": the years a raise is spread over
    # (a record or a first is told in weeks or years: "shut the biggest port on the coast for 19 days" is a stoppage)
    in_weeks_or_years = q.unit not in ("days", "hours")
    if in_weeks_or_years and FIRST_IN.search(before[-60:]):
        return "time since the last strike" if STRIKE_WORDS.search(around) else "time since the last"
    if in_weeks_or_years and RECORD_IN.search(before[-60:]):
        return "record span of the strike" if STRIKE_WORDS.search(around) else "record span"
    noun = counted or ("strike" if STRIKE_WORDS.search(around) else "")
    return f"{noun}{LENGTH_SUFFIX}" if noun else BARE_SPAN


def _population(after: str) -> str:
    """'a raise for new hires' -> 'new hires'."""
    match = POPULATION_AFTER.match(after)
    if not match:
        return ""
    words = match.group("words").split()
    for i, word in enumerate(words):
        if is_people(word.lower()):
            return " ".join(w.lower() if not w.isupper() else w for w in words[:i + 1])
    return ""


POPULATION_BEFORE = re.compile(
    r"\bfor\s+(?:the\s+|its\s+|their\s+|all\s+|every\s+|each\s+|those\s+|an?\s+)?(?P<words>(?:[\w-]+\s+){0,2}[\w-]+?)"
    r"(?=\s*[,;]|\s+(?:using|who|that|earning|paid|making|at|on|is|was|would|will|gets?|got"
    # "pay for first-year porters with licences climbs to ...", "for night porters from ... to ...": whose pay it is
    r"|with|from)\b)"
)


# "3.59 per cent once averaged over the whole membership", "4% on average": a figure for the average member.
AVERAGE_AFTER = re.compile(r"^[^,;.]{0,40}?\b(?:on\s+(?:an\s+)?average|averaged?\b|for\s+the\s+average\b)", re.IGNORECASE)
# "every worker gets a flat raise of $1": a figure for all of a group.
EVERY_BEFORE = re.compile(
    r"\b(?:every|each|all)\s+(?P<noun>[a-z-]+)\s+(?:would\s+|will\s+|is\s+to\s+)?(?:gets?|receives?|earns?|sees?)\b[^,;.]*$",
    re.IGNORECASE,
)


# Where on a pay scale a sum is: "a starting salary of $48,210", "the top rate of $38 an hour", "the average
# porter earned $71,000", "$44,500 starting pay". A starting salary and a top one are pay of two groups.
PAY_SCALE_LEVELS = r"starting|entry[\s-]level|top|maximum|base|minimum|average|median"
PAY_NOUNS_AFTER_LEVEL = r"(?:[\w-]+\s+){0,2}?(?:salar(?:y|ies)|pay|wages?|earnings|rates?|scale)"
PAY_LEVEL_BEFORE = re.compile(rf"\b(?P<level>{PAY_SCALE_LEVELS})\s+{PAY_NOUNS_AFTER_LEVEL}\b"
                              r"(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}$"  # (a figure's own comma: "from $44,500 to")
                              # "those at the top of the porters' pay scale will earn ...", "the bottom of the band"
                              r"|\b(?P<end>top|bottom)\s+of\s+(?:the\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:pay\s+)?"
                              r"(?:scale|range|band|grid)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,60}$"
                              rf"|\b(?:the\s+)?(?P<earner>{PAY_SCALE_LEVELS})\s+(?:[\w-]+\s+){{0,2}}?"
                              r"(?:earned|earns|earn|earning|makes?|made|making|(?:is|are|was|were)\s+paid|takes?\s+home)\s+"
                              r"(?:about\s+|around\s+|approximately\s+|roughly\s+|more\s+than\s+|over\s+|nearly\s+)?$",
                              re.IGNORECASE)
PAY_LEVEL_AFTER = re.compile(rf"^\s*(?:a\s+year\s+|an\s+hour\s+)?(?P<level>{PAY_SCALE_LEVELS})\s+{PAY_NOUNS_AFTER_LEVEL}\b",
                             re.IGNORECASE)
PAY_LEVEL_NAMES = {"entry-level": "starting", "maximum": "top", "median": "average", "bottom": "minimum"}
PAY_LEVEL_GROUPS = {"starting": "new hires"}  # a starting salary is what those newly hired are paid


def _pay_level(before: str, after: str) -> str:
    """The group whose pay a sum is where the words around it place it on a pay scale ('top earners', 'average
    earners', the newly hired for a starting salary); ''."""
    match = PAY_LEVEL_BEFORE.search(before[-80:]) or PAY_LEVEL_AFTER.match(after)
    if not match:
        return ""
    level = "-".join((match.group("level") or match.group("earner") or match.group("end") or "").lower().split())
    level = PAY_LEVEL_NAMES.get(level, level)
    return PAY_LEVEL_GROUPS.get(level, f"{level} earners")


def _group_of(before: str, after: str) -> str:
    """'average worker' or 'all workers' where the words around a sum or a percentage say it is for one of those."""
    if AVERAGE_AFTER.match(after):
        return "average worker"
    every = EVERY_BEFORE.search(before)
    if every and is_people(every.group("noun").lower() + ("" if every.group("noun").endswith("s") else "s")):
        return "all workers"
    return ""


def _population_before(before: str) -> str:
    """'for the newest clerks, using that group's salary, the raise is 5.1 per cent' -> 'newest clerks':
    the last group of people a sentence says a figure is for, before the figure."""
    found = ""
    for match in POPULATION_BEFORE.finditer(before):
        words = match.group("words").split()
        if words and (is_people(words[-1].lower()) or is_people(words[-1].lower() + "s")):
            found = " ".join(w.lower() if not w.isupper() else w for w in words)
    return found


def period_of(text: str, q: Quantity, quantities: tuple[Quantity, ...]) -> str:
    """The date or period a figure holds for: its rate ('a year'), a span after it, or the claim's nearest date."""
    if q.kind == "date":
        return _date_text(q.value)
    if "/" in q.unit:
        per = q.unit.split("/", 1)[1]
        return ("an " if per[:1] in "aeiouh" and per != "year" else "a ") + per
    span = PERIOD_AFTER.match(text, q.end)
    if span:
        return " ".join(span.group("period").lower().split())
    dates = [d for d in quantities if d.kind == "date"]
    if dates:
        nearest = min(dates, key=lambda d: abs(d.start - q.start))
        return _date_text(nearest.value)
    return ""


def _date_text(value: float) -> str:
    """20230307 -> '2023-03-07'; unknown parts are left out ('2023-03', '--03-07')."""
    if not math.isfinite(value):
        return ""
    number = int(value)
    year, month, day = number // 10000, number // 100 % 100, number % 100
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year:
        return f"{year:04d}"
    return f"--{month:02d}-{day:02d}" if month and day else ""


def _plural(word: str) -> str:
    word = word.lower()
    if not word or word.endswith("s") or not word.isalpha():
        return word
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    return word + "s"
