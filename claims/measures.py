"""What a figure measures: the noun it counts, whether a sum is pay or a change of pay, and the rate
a sentence gives it when the figure itself does not say.

`quantities.py` finds the figures; this module reads the words around them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claims.lexicon import FINITE_WORDS, PEOPLE_NOUNS, REPORTING_VERBS
from claims.model import Quantity
from claims.numbers import UNITS

WAGE_BEFORE = re.compile(
    r"(?P<counted>(?:(?:minimum|average|base|hourly|weekly|monthly|annual|starting|median|top|new|current)\s+){0,2}"
    r"(?:wages?|salary|salaries|stipends?|pay|raises?|bonus(?:es)?|compensation|rate|income|revenue|profits?|reserves|"
    r"budget|offer|increase|costs?|deficit|surplus|settlement|pension|premiums?|earnings))\b"
    r"[^$\d.;]{0,25}$",
    re.IGNORECASE,
)
COUNTED_AFTER_MONEY = re.compile(
    r"\s+in\s+(?:new\s+|annual\s+|total\s+)?(?P<counted>reserves|compensation|profits?|revenues?|salary|salaries|"
    r"wages|pay|bonuses|savings|damages|fines|funding|losses|debt|assets|cash|raises|benefits|cuts|subsidies|"
    r"back pay|income|earnings|spending)\b"
    # "a $25 minimum wage", "a N400,000 monthly wage": the pay the sum is
    r"|\s+(?P<pay>(?:(?:minimum|hourly|monthly|annual|base|starting)\s+)?(?:wage|salary))\b"
)
WORD = re.compile(r"[A-Za-z][\w\u2019'-]*|[^\sA-Za-z]")
# What a sum or a percentage measures, when no noun says: a change of pay, pay itself, a vote.
CHANGE_WORDS = (
    r"raises?|raised|increases?|increased|rises?|rose|risen|hikes?|bumps?|boosts?|offered|offers?|offering|proposed"
    r"|proposes|cuts?|pay rise|grew|fell|fallen|dropped|declined"
)
CHANGE_BEFORE = re.compile(
    # (and the qualifier before the number: "raises of about 40%", "a rise of up to 5%")
    rf"\b(?:{CHANGE_WORDS})\b(?:\s+(?:of|by|to|worth|totall?ing|just|only|a|an|the|them|workers|staff|about|around|nearly"
    rf"|almost|roughly|approximately|some|over|under|up|more|less|than|at|least|most|as|much|high|estimated))*\s*$",
    re.IGNORECASE,
)
# "a 4% rise", "a 3.2 percent wage increase", "a 3% across-the-board pay rise"
CHANGE_AFTER = re.compile(rf"\s+(?:(?:pay|wage|salary|base|basic|general|annual|yearly|across-the-board)\s+){{0,2}}"
                          rf"(?:{CHANGE_WORDS})\b", re.IGNORECASE)
LEVEL_BEFORE = re.compile(
    r"\b(?:earns?|earned|earning|makes|made|paid|pays|paying|averages?|averaged|receives?|received|gets|got)\b"
    r"(?:\s+(?:an?|the|just|only|about|average|of|at\s+least|up\s+to|nearly|roughly))*\s*$",
    re.IGNORECASE,
)
PARTITIVE = re.compile(r"\s+of\s+(?:[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he|[Hh]is|[Hh]er|(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*(?:\u2019s|'s))"
                       r"\s+(?P<words>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)")
# Right after a count these are things counted, not a teller's verb: "cafes in 19 states", "40 reports".
PLURAL_NOUN_VERBS = frozenset("states reports claims notes accounts statements".split())
INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.")
PARTITIVE_THINGS = re.compile(r"\s+of\s+(?:its|their|our|the|his|her)\s+(?:[\w-]+(?:\u2019s|'s)\s+)?(?:(?:[A-Z]\.)+\s*)?"
                              r"(?:[\d,]+\s+)?(?P<noun>[a-z]+s)\b(?!\s+of\b)")
NUMBER_OF = re.compile(
    r"\b(?:number|count|total)\s+of\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b[^.;\d]{0,60}?"
    r"\s(?:at|was|is|to|as|of)\s+(?:about|around|roughly|some|nearly|just|only|more than|fewer than|over|under|\s)*$",
    re.IGNORECASE,
)
# "put at 12,000 the number of people who rallied": the count named after it.
NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:number|count|total)\s+of\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b",
                             re.IGNORECASE)
MEMBERSHIP_BEFORE = re.compile(
    r"\bmembership\b[^.;\d]{0,30}?\s(?:at|was|is|of|to|stood\s+at|reached|topped|hit|totall?ed|passed)"
    r"\s+(?:about|around|roughly|some|nearly|just|only|more than|over|\s)*$",
    re.IGNORECASE,
)
# "turnout was", "turnout in the ballot reached", "Turnout, the guild said, stood at"
TURNOUT_BEFORE = re.compile(r"\b(?:turnout|participation)\b(?:\s+in\s+the\s+(?:[\w-]+\s+)?(?:vote|ballot))?(?:,[^,.;]{1,30},)?"
                            r"\s+(?:of|was|at|is|stood\s+at|reached|hit)\s+(?:just\s+|about\s+|around\s+|over\s+|nearly\s+|more\s+than\s+)?$",
                            re.IGNORECASE)
# How a ballot's result is told by what the voters did: "turned the offer down", "95% backed a strike".
TURNED_DOWN = r"(?:turns?|turned|votes?|voted)\s+(?:[\w-]+\s+){0,3}?down"
VOTERS_DID = (r"backed|approved|supported|endorsed|rejected|opposed|opposing|supporting"
              r"|(?:opted|chose|decided)\s+to\s+(?:turn\s+down|reject|accept|back|support|approve|endorse)")
VOTE_BEFORE = re.compile(rf"\b(?:voted|votes?|ballot|backed|approved|ratified|rejected|{TURNED_DOWN})\b"
                         r"[^.;\d]{0,20}$", re.IGNORECASE)
# The share of those who could vote that did: "72 percent of the eligible voters returned a ballot", "61% took part".
# Not "84% of members who took part in the ballot backed a walkout": the share of those who voted, of a vote.
TURNOUT_AFTER = re.compile(r"(?:(?!\b(?:who|that)\b)[^.;\d]){0,40}?\b(?:(?:returned|cast|mailed)\s+(?:a\s+|their\s+)?ballots?"
                           r"|(?:took\s+part|taking\s+part|participated|participating|turned\s+out)\s+in\s+the\s+"
                           r"(?:[\w-]+\s+)?(?:vote|ballot|poll))\b", re.IGNORECASE)
# "95% backed a strike", "90% of members backed calling a strike", "88% of members approved the deal", "62 percent of
# employees opposed the agreement", "the settlement, which 71% of staff endorsed": a ballot's share, told by what the
# voters did.
VOTE_AFTER_WORDS = (
    # ("of the Harwell Teachers Union's (HTU) teacher members voted to strike": a union's name before its members)
    rf"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\u2019'(),-]+\s+){{0,5}}?(?:members|membership|voters|workers|employees|staff)\s+"
    # "97% of those who voted had rejected the deal"
    r"|of\s+those\s+(?:who\s+)?(?:voted|voting|cast\s+(?:a\s+|their\s+)?ballots?|casting\s+(?:a\s+|their\s+)?ballots?)\s+"
    r"(?:had\s+|have\s+|has\s+)?)?"
    rf"(?:(?:{VOTERS_DID}|{TURNED_DOWN})(?:\s+(?:(?:authori[sz]ing|calling|holding)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:strike|walkout|deal|contract|offer|agreement|action)\b|\s+it\b|(?=\s*[.,;]))"
    # "of its members voted to strike", "voted in favour"
    r"|voted\s+(?:to\s+(?:strike|walk\s+out|reject|accept|ratify|approve|back)|for|against|in\s+favou?r)\b)"
)
VOTE_AFTER = re.compile(VOTE_AFTER_WORDS, re.IGNORECASE)
# A share told by its side of the vote, or what those it counts voted: "with 91.5 per cent in favour", "8 in 10 vote
# against the pact", "gave the walkout 97% approval" (not a poll's "approval rating").
# ("against" alone is no side of a vote: "rose 4% against inflation")
# "71% for the deal and 29% against": the two sides of a ballot, told as for and against (a clause's last word).
VOTE_SHARE_AFTER = re.compile(r"\s+in\s+favou?r\b|\s+approval\b(?!\s+rating)"
                              r"|\s*(?:[\w'\u2019-]+\s+){0,3}?vote\s+(?:down|for|against|to)\b"
                              r"|\s+for\s+(?:(?:the|a)\s+(?:deal|contract|agreement|offer|proposal|pact)\s+)?and\s+[\d.]+\s*"
                              r"(?:%|per\s*cent|percent)\s+against\b|\s+against(?=\s*(?:[,.;]|$))",
                              re.IGNORECASE)
PERCENT_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<what>members|voters|vote|votes|ballots?|workers|staff|nurses|teachers|employees|shifts|services|trains|flights"
    r"|income|revenue|budget|costs?|turnout|seats|stores|schools)\b",
    re.IGNORECASE,
)
# Any other group a share is of: "64 percent of corner shop owners", "38 percent of Lakeport's restaurants".
SHARE_OF_GROUP = re.compile(
    r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|our\s+|all\s+)?(?:[\w\u2019'-]+\s+){0,2}"
    r"(?P<what>[a-z-]{3,}s)\b",
    re.IGNORECASE,
)
# "94 per cent of harbour pilots voting in favour": a ballot's share, read as a vote's.
VOTING_AFTER = re.compile(
    r"\s+(?:who\s+|that\s+)?(?:voting|voted|vote|votes|balloted|backed|supported|approved|rejected|cast)\b",
    re.IGNORECASE,
)
# Words that count people by what befell them: "31 deaths", "500 hurt", "8 killings", "260 arrests", a headline's
# "after 9 die".
CASUALTY_NOUNS = frozenset(
    "deaths dead killings fatalities casualties lives hurt wounded injuries arrests detentions die dies".split()
)
# The words around a count that say what befell those counted, read by the frames (whose toll it is) and, for a
# small word number, by the quantities ("one guard was killed", "a dozen were hurt": a count with no noun).
HOSPITALISED = (r"(?:taken|went|gone|admitted|rushed|brought|sent)\s+to\s+(?:the\s+|a\s+|local\s+)?hospitals?"
                r"|hospitali[sz]ed|received\s+(?:medical\s+|first\s+)?(?:attention|treatment|care|aid)"
                r"|(?:(?<=were\s)|(?<=was\s)|(?<=been\s))treated|needed\s+(?:medical\s+)?treatment")
# (after an aside: "15 people, four students among them, were arrested"; "held" only as the passive it is of the
# detained: "15 people were held", not "15 people held a vigil"; an aside only where no such word comes first: in
# "14 dead, 2,300 wounded" the 14 are the dead; and the first of two counts joined by "and": in "64 police and nine
# marchers were hurt" both were hurt, where in "9,000 marched and 40 were held" only the second is counted so)
NUMBER_WORD = "|".join(UNITS)
# The nouns of the first count, none of them a verb or what befell them ("one dead and 12 hurt" are two measures)
JOINED_NOUNS = (r"(?:(?![\w\u2019'-]*ed\b|(?:dead|hurt|missing|deaths?|injur\w*|arrests?|killings?|fatalities)\b)"
                r"[\w\u2019'-]+\s+){0,2}?")
COUNT_JOINED = rf"{JOINED_NOUNS}and\s+(?:\d[\d,.]*|{NUMBER_WORD})\s+"
CASUALTY_TOLD = (
    r"(?:(?:[\w\u2019'-]+\s+){0,3}?(?:had\s+|have\s+|has\s+|were\s+|was\s+|been\s+|are\s+"
    r"|being\s+|confirmed\s+|reportedly\s+|shot\s+)*)?"
    r"(?P<word>killed|murdered|dead|died|die|dies|deaths|killings|fatalities|lost\s+their\s+lives"
    r"|injured|hurt|wounded|injuries|arrested|detained|arrests|abducted|missing|disappeared|abductions"
    r"|(?:(?<=were\s)|(?<=been\s)|(?<=being\s)|(?<=was\s))held|in\s+(?:detention|custody)"
    # the hurt as those who treat them count them: "nine people were taken to hospital", "20 received medical care"
    rf"|{HOSPITALISED})\b")
CASUALTY_AFTER = re.compile(rf"\s*(?:(?:[\w\u2019'-]+)?,[^,.;:]{{1,40}},\s*)??(?:{COUNT_JOINED})??{CASUALTY_TOLD}",
                            re.IGNORECASE)
# The two counts a sentence splits its hurt or dead into ("31 marchers and two officers were killed"): each is a part
# of the sentence's total, so that neither is set against a total as a second account of it.
FIRST_OF_JOINED = re.compile(rf"\s*{COUNT_JOINED}{CASUALTY_TOLD}", re.IGNORECASE)
SECOND_OF_JOINED = re.compile(rf"(?:\d|\b(?:{NUMBER_WORD}))\s+{JOINED_NOUNS}and\s+$", re.IGNORECASE)
ON_TOP_WORDS = r"(?:another|a\s+further|an?\s+(?:additional|extra))"
CASUALTY_BEFORE = re.compile(
    r"\b(?:(?P<toll>(?:death|casualty)\s+toll|toll\s+of\s+the\s+dead|(?:deaths|bodies)\s+of"
    # "the earlier toll of 12", "the official toll stood at 46": a toll, told bare, counts the dead
    r"|(?:the|its|an?|earlier|official|latest|new|previous|overall|total|updated)\s+toll)"
    r"(?:\s+(?:[^\W\d][\w'\u2019-]*\s+){0,10}?(?:at|of|to|rose\s+to|stood\s+at|reached|above|over|past|climbed\s+to|hit)"
    # (no other figure between: "the toll rose to 12 as police sent 300 officers to 40 towns" counts no dead towns)
    # "gave the toll in the marches as 52", not "the toll rose to 12 as 6,500 marched"
    r"|\s+(?:[^\W\d][\w'\u2019-]*\s+){0,10}?as)?"
    r"|(?P<verb>killing|injuring|wounding|arresting|detaining|killed|injured|wounded|arrested|detained|shot\s+dead"
    r"|shooting\s+dead))"
    rf"\s+(?:{ON_TOP_WORDS}\s+)?(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+)?$",
    re.IGNORECASE)
PAY_NOUNS = frozenset("wages salaries earnings raises increases rises bonuses".split())

# Words that end a counted noun phrase ("7,400 workers across ...", "60 employees be paid").
# The things a duration is most often of, whatever words stand between ("a five-year labor agreement").
DURATION_HEADS = {
    **dict.fromkeys("strike strikes walkout walkouts stoppage stoppages".split(), "strike"),
    **dict.fromkeys("contract contracts agreement agreements deal deals pact settlement".split(), "contract"),
}
NOUN_PHRASE_STOPS = frozenset(
    """
    of in at on from to across for with by into over under than as who that which whose and or but including
    represented employed working who are were is was be been being have has had will would can could may might
    must should do does did each who walked went said say says from between within per a an the
    since after before during until while ago together again early late earlier later this last next than
    because despite without when where if since so yet
    nationwide countrywide overall altogether alone apiece given shown taken put out up down off
    yesterday today tonight tomorrow overnight against around throughout among beyond near along via
    """.split()
)
# A subject after a count begins a clause of its own: "after 40 sessions she was done" (not "IT workers").
PRONOUNS = frozenset("he she it they we you".split())
VERBS = FINITE_WORDS | REPORTING_VERBS
ADJECTIVES = frozenset(
    """
    different local new other several additional separate more full-time part-time current former total major
    key specific individual various unionized non-unionized existing remaining affected open vacant permanent
    temporary small large big top striking union frontline daily weekly regular
    """.split()
)
PEOPLE_SUFFIXES = ("workers", "ists", "ians", "ees", "nurses", "men")  # "policemen", "servicewomen"
LARGE_WAGE = 10_000
SAME_SIZE = 3.0
MAX_SALARY = 5_000_000
SALARY_REACH = 120  # characters before the figure in which "salary" still names it
SALARY_WORD = re.compile(r"\b(?:salary|salaries)\b", re.IGNORECASE)
HOURLY_WORD = re.compile(r"\bhourly\s+(?:wages?|pay|rates?|earnings)\b", re.IGNORECASE)
SMALL_WAGE = 200


def shared_units(found: list[Quantity]) -> list[Quantity]:
    """Units a figure leaves to its neighbour: 'between 4,000 and 5,000 workers', '$3.25 an hour, up from $2.40'."""
    out = list(found)
    for i, q in enumerate(out):
        if q.kind == "count" and q.unit == "count" and q.qualifier == "at least" and i + 1 < len(out):
            upper = out[i + 1]
            if upper.kind == "count" and upper.qualifier == "at most":
                out[i] = replace(q, unit=upper.unit, counted=upper.counted)
        elif q.kind == "money" and "/" not in q.unit:
            rated = [
                r for r in out if r.kind == "money" and r.unit.startswith(q.unit + "/") and _alike(r.value, q.value)
            ]
            if rated:
                out[i] = replace(q, unit=rated[0].unit)
    return out


def _alike(a: float, b: float) -> bool:
    """Of one size: a rate and a bare sum within a factor of three are the same kind of amount."""
    return min(abs(a), abs(b)) * SAME_SIZE >= max(abs(a), abs(b)) > 0


def money_measure(text: str, start: int, end: int, value: float, period: str) -> tuple[str, str]:
    """(what a sum measures, its period) from the words around it; `period` is the one written after it."""
    wage = WAGE_BEFORE.search(text[max(0, start - 60):start])
    counted = wage.group("counted").lower() if wage else ""
    if not period:
        period = _implied_period(counted, value)
    if not period:
        period = _salary_period(text[:start], value)
        counted = counted or ("pay" if period else "")
    if not counted:
        after = COUNTED_AFTER_MONEY.match(text, end)
        counted = (after.group("counted") or after.group("pay")).lower() if after else _measure_before(text, start)
        if after and after.group("pay"):
            period = period or _implied_period(counted, value)  # "a $25 minimum wage" is hourly, as "a wage of $25"
    return counted, period


# An age a rule sets, the number after it: "the retirement age to 62", "the age of entitlement to a full pension
# from 65 to 67", "retire at 60". A person's age in apposition ("Lightly, 57,") is masked before this is asked.
AGE_BEFORE = re.compile(
    r"\b(?P<head>(?:[\w-]+\s+)?age)\b(?P<what>[^.;:,\d]{0,45}?)\b(?:of|from|to|at|is|was|be|reaches?|hits?)\s+$"
    r"|\b(?P<head2>(?:[\w-]+\s+)?age)\b(?P<what2>[^.;:\d]{0,45}?)\bfrom\s+\d{2}\s+to\s+$"
    r"|\b(?P<verb>retire|retiring|retirement)\s+(?:at|by)\s+(?:(?:the\s+)?age\s+(?:of\s+)?)?$",
    re.IGNORECASE)
FULL_PENSION = re.compile(r"\bfull\b", re.IGNORECASE)
RETIREMENT_WORDS = re.compile(r"\b(?:retire\w*|pension\w*)\b", re.IGNORECASE)
YOUNGEST_AGE, OLDEST_AGE = 14, 99


def age_before(text: str, start: int, value: float) -> str:
    """'retirement age' or 'age' where the number at `start` is an age a rule sets; '' otherwise."""
    if not YOUNGEST_AGE <= value <= OLDEST_AGE or value != int(value):
        return ""
    match = AGE_BEFORE.search(text, max(0, start - 80), start)
    if not match:
        return ""
    words = " ".join(g for g in match.groups() if g)
    if FULL_PENSION.search(words):  # the age of a full pension is another rule than the age one may retire at
        return "full pension age"
    return "retirement age" if RETIREMENT_WORDS.search(words) else "age"


# "a 24-hour withdrawal of labour": a strike, in the words of those who call one
LABOUR_WITHDRAWN = re.compile(r"\s*withdrawals?\s+of\s+(?:their\s+|its\s+|the\s+)?labou?r\b", re.IGNORECASE)


def duration_of(text: str, end: int) -> str:
    """The noun a duration is of: 'a seven-day strike' -> 'strike'; the head of a longer phrase where it is a
    strike or a contract ('a five-year collective agreement' -> 'contract', 'a 24-hour general strike' -> 'strike')."""
    if LABOUR_WITHDRAWN.match(text, end):
        return "strike"
    words = []
    for word in WORD.finditer(text[end:end + 60]):
        lowered = word.group().lower()
        if lowered in NOUN_PHRASE_STOPS or not lowered.isalpha() or len(words) == 3:
            break
        words.append(lowered)
    head = next((DURATION_HEADS[w] for w in words if w in DURATION_HEADS), "")
    return head or (words[0] if words else "")


def _measure_before(text: str, start: int) -> str:
    """What a sum measures, from the verb before it: 'offered $1.90' is a raise, 'makes $17.40' pay."""
    before = text[max(0, start - 40):start]
    if CHANGE_BEFORE.search(before):
        return "raise"
    if LEVEL_BEFORE.search(before):
        return "pay"
    return ""


def percent_measure(text: str, start: int, end: int) -> str:
    """What a percentage is of: 'a 4 per cent rise', '91 per cent of members', 'voted 96%'."""
    if TURNOUT_AFTER.match(text, end):
        return "turnout"
    if VOTE_AFTER.match(text, end) or VOTE_SHARE_AFTER.match(text, end):
        return "vote"
    after = PERCENT_OF.match(text, end)
    if after:
        return after.group("what").lower()
    group = SHARE_OF_GROUP.match(text, end)
    if group and group.group("what").lower() not in PAY_NOUNS and not VOTING_AFTER.match(text, group.end()):
        return group.group("what").lower()  # "38 percent of Lakeport's restaurants": a share of a group, never a raise
    before = text[max(0, start - 40):start]
    if CHANGE_AFTER.match(text, end) or CHANGE_BEFORE.search(before):
        return "raise"
    if TURNOUT_BEFORE.search(before):
        return "turnout"
    if VOTE_BEFORE.search(before):
        return "vote"
    return ""


def _salary_period(before: str, value: float) -> str:
    """'the average salary, once stipends are included, is $71,200': a salary is a yearly sum, and
    'the average hourly wage across its workforce is $21.15' an hourly one."""
    near = before[-SALARY_REACH:]
    if LARGE_WAGE <= value < MAX_SALARY and SALARY_WORD.search(near):
        return "year"
    if value < SMALL_WAGE and HOURLY_WORD.search(near):
        return "hour"
    return ""


def _implied_period(counted: str, value: float) -> str:
    """A wage with no rate word: hourly when small, yearly when large and salary-like."""
    if not counted:
        return ""
    if any(w in counted for w in ("hourly",)):
        return "hour"
    if "monthly" in counted or "weekly" in counted:  # "monthly pay to rise by at least 300 euros"
        return "month" if "monthly" in counted else "week"
    if any(w in counted for w in ("annual", "salary", "salaries", "stipend")) and value >= LARGE_WAGE:
        return "year"
    if any(w in counted for w in ("wage", "pay", "rate", "earnings")):
        if value < SMALL_WAGE:
            return "hour"
        if value >= LARGE_WAGE:
            return "year"
    return ""


def number_of_after(text: str, end: int) -> tuple[str, str]:
    """'put at 12,000 the number of people who rallied': the count is of what is named after it."""
    return _named_count(NUMBER_OF_AFTER.match(text, end))


def number_of_before(text: str, start: int) -> tuple[str, str]:
    """'put the number of staff on strike at about 10,000': the count is of what is named before it; 'its
    membership stood at 9,400' counts members."""
    if MEMBERSHIP_BEFORE.search(text, max(0, start - 60), start):
        return "members", "people"
    return _named_count(NUMBER_OF.search(text, max(0, start - 90), start))


def _named_count(found: re.Match | None) -> tuple[str, str]:
    """(counted noun, unit) of a count whose noun a pattern found ("number of strikers"), or ('', '')."""
    if not found or found.group("noun").lower() in NOUN_PHRASE_STOPS:
        return "", ""
    noun = found.group("noun").lower()
    return noun, "people" if is_people(noun) else noun


MAX_COUNTED_WORDS = 5
NAME_GOES_ON = re.compile(r"\s+[A-Z]")
MAX_JOINED_WORDS = 3  # after "and": the second group's words, up to its people noun


def counted_after(text: str, end: int) -> tuple[str, str]:
    """The noun phrase counted after a number: ('information technology workers', 'people')."""
    partitive = PARTITIVE.match(text, end)
    if partitive:  # "47,000 of its members", "2,000 of the striking nurses"
        noun = next((w for w in partitive.group("words").lower().split() if is_people(w)), "")
        if noun:
            return noun, "people"
    partitive = PARTITIVE_THINGS.match(text, end)
    if partitive:  # "212 of the chain's U.S. cafes", "4,100 of the 9,000 porters": a count of those
        noun = partitive.group("noun").lower()
        return noun, "people" if is_people(noun) else noun
    words: list[str] = []
    longest = MAX_COUNTED_WORDS
    for token in WORD.finditer(text, end, min(len(text), end + 80)):
        word = token.group()
        lower = word.lower()
        if INITIAL.match(text, token.start()):
            continue  # "1,200 B.C. loggers", "212 U.S. cafes": a place's initials, not what is counted
        if word == "." and INITIAL.match(text, token.start() - 1):
            continue
        if lower in ("of", "&") and words and all(w[:1].isupper() for w in words) and NAME_GOES_ON.match(text, token.end()):
            # "2,000 University of Lakeport academic workers", "9,000 Bell & Finch workers": a named employer's
            words.append(word)
            longest += 2
            continue
        if lower in ("and", "or") and words and _people_follow(text, token.end()):
            words.append(word)  # "11,000 film and television writers"
            longest = len(words) + MAX_JOINED_WORDS  # "4,000 Skyway baggage handlers and bus drivers"
            continue
        verb = lower in VERBS and not (not words and lower in PLURAL_NOUN_VERBS)
        if not word[0].isalpha() or lower in NOUN_PHRASE_STOPS or word in PRONOUNS or verb or len(words) == longest \
                or any(ch.isdigit() for ch in word):  # "200 depots counted nine-thousand-12": the next figure
            break
        words.append(word)
        if is_people(lower):
            break
    while words and (words[-1].lower().endswith(("ed", "ing", "ly")) and not is_people(words[-1].lower())):
        words.pop()  # "3,000 walked", "60 remaining" end the phrase before the verb
    if not words:
        return "", ""
    counted = " ".join(words)
    head = words[-1].lower()
    if is_people(head):
        return counted.lower() if not words[0][0].isupper() else counted, "people"
    if head in CASUALTY_NOUNS:
        return counted, "people"  # "31 deaths", "500 hurt": each one a person
    if head == "others":
        return counted, "people"  # "one porter dead and 19 others hurt": in a count, the others are people
    return counted, _count_unit(words)


def _people_follow(text: str, at: int) -> bool:
    """A people noun within the next three words, with nothing between that ends a noun phrase."""
    for token in list(WORD.finditer(text, at, min(len(text), at + 50)))[:3]:
        lower = token.group().lower()
        if is_people(lower):
            return True
        if not token.group()[0].isalpha() or lower in NOUN_PHRASE_STOPS or lower in VERBS:
            return False
    return False


def is_people(word: str) -> bool:
    return word in PEOPLE_NOUNS or (len(word) > 5 and word.endswith(PEOPLE_SUFFIXES))


def is_person(word: str) -> bool:
    """One person, named in the singular: "person", "protester", "police officer", "policeman"."""
    return is_people(word) or is_people(word + "s") or word.endswith("man") or word == "child"


def _count_unit(words: list[str]) -> str:
    """The counted noun without adjectives and names: 'different job classes' -> 'job classes'."""
    kept = [w.lower() for w in words if w[0].isalpha() and not w[0].isupper() and w.lower() not in ADJECTIVES
            and w != "of"]
    if not kept:
        return words[-1].lower()
    return " ".join(kept[-2:])
