"""Comparing the figures of two claims: only figures that measure the same thing, with their qualifiers.

A figure becomes the interval of values its words allow: "roughly 75,000"
is 75,000 give or take a thousand, "more than 75,000" a little above it, "96%"
anything that rounds to 96. Two figures agree when their intervals overlap, or when they are one fine share
rounded two ways ("8.4%" and "8.5%").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.frames import BARE_SPAN, CONDITIONAL_BASIS, EACH_BASIS, RAISE_TERM, ROLES, is_age, is_length, is_on_top
from claims.frames import interval as frame_interval
from claims.measures import is_people
from claims.model import Quantity
from claims.quantities import VAGUE_TEXT

# Two shares one unit of their last digit apart agree where that unit is under this part of them: "8.4%" / "8.5%".
ROUNDING_SLIP = 0.01
BOUND_REACH = 0.25  # "more than X" / "as much as X": said of values within a quarter of X
WORD = re.compile(r"[a-z]+")
DATE_KIND = "date"
# Counts this far apart are of different groups (a picket line and a whole workforce), not a dispute;
# the parties' own counts of one walkout can differ by three times ("at least 40 stores" / "only 11").
COUNT_RATIO = 4.0
DISTINCTIVE_DIGITS = 3
ONE_WORKFORCE = 1.25  # a union's membership and its strikers this near are one workforce counted two ways
# Sums or percentages ten times apart measure different things (a 96% strike vote and a 2% raise offer).
FAR_APART = 10.0
GENERIC_COUNTED = frozenset("people person worker employee member staff individual".split())
# Words that say a figure is a count or an estimate without saying of what: "an estimate of 200,000", "a tally of
# 48,000", "1,204,311 (items)". A measure made only of these may be any measure of its kind.
GENERIC_MEASURE_WORDS = frozenset(
    "people person worker item count percentage amount estimate official tally figure number total sum".split()
)  # singular, as framed_measure gives
# A bare count, an estimate or a tally may be a count of anything; a count of "people" one of any group of people.
BARE_COUNT_UNITS = frozenset(("count", "item", "", "estimate", "tally", "figure", "number", "total"))
PEOPLE_UNITS = frozenset("people person individual".split())
# Count nouns that name the same things: "1,100 classes" and "400 sections" were cancelled; a share of a
# trade's output is a share of its production.
SAME_THINGS = {
    **dict.fromkeys("class section course lecture".split(), "class"),
    **dict.fromkeys("store shop outlet branch location site".split(), "location"),
    **dict.fromkeys("output production".split(), "output"),
}
# Words that say a group is the newly hired: "new hires", "first-year teachers", "entry-level staff".
NEWLY_HIRED = dict.fromkeys("first entry start newly".split(), "new")
PAY_WORDS = dict.fromkeys("wage pay salary earning income compensation stipend".split(), "pay")
# A wage and a raise are two measures, whatever words name them: "$17.40 an hour" is no "$1.90 an hour raise".
MEASURE_SYNONYMS = {
    **PAY_WORDS,
    **dict.fromkeys("raise increase rise hike bump boost offer offered offering proposed cut".split(), "raise"),
    **SAME_THINGS,
}


# The words of a frame's measure made one where they name one thing; pay and raise words stay apart there,
# since a frame already says whether a figure is offered, demanded or paid.
_MEASURE_WORDS = {**SAME_THINGS, **PAY_WORDS}


RATE_TERM = re.compile(r"(?:a|an|per|each|every)\s|annually|yearly", re.IGNORECASE)
YEAR_WORDS = re.compile(r"year|annual", re.IGNORECASE)
TOTAL_OF_YEARS = 2  # a termless figure this many times a yearly rate may be its total over a contract's years
NO_TERM = "no term stated"
# Spans of time in days, so that one span told in two units is compared: "100 days" and "three months", and a
# length in hours ("a 48-hour walkout", "a two-day walkout"); not hours of work ("a 35-hour week" is no day and a half).
DAYS_IN = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}
NO_CONDITION = "no condition stated"
ALL_TOGETHER = "all together"


@dataclass(frozen=True)
class FigureComparison:
    measure: str  # "hourly wage, USD/hour"
    a: Quantity
    b: Quantity
    agree: bool
    reason: str
    framed: bool = False  # both figures' frames name this measure
    groups: tuple[str, str] | None = None  # the two groups of people the figures are for, where they differ
    bases: tuple[str, str] | None = None  # what each is reckoned on ("compensation", "wages"), where they differ
    apart: float = 0.0  # how far apart the values are, as a share of the larger; 0 where they agree

    @property
    def loose(self) -> bool:
        """One side's frame names no particular measure ("a sum", "a percentage"): matched on unit alone."""
        return generic_measure(framed_measure(self.a)) or generic_measure(framed_measure(self.b))

    @property
    def part_and_whole(self) -> bool:
        """One figure is a part of a total its text gives ("21 of these deaths"), the other is not."""
        return self.a.frame is not None and self.b.frame is not None and self.a.frame.part != self.b.frame.part

    @property
    def unnamed(self) -> bool:
        """Both sides' frames say what they measure only as a bare sum, share or count ("300", "some 40 per
        cent"); a figure without a frame is not known to be one."""
        measures = (framed_measure(self.a), framed_measure(self.b))
        return all(measures) and all(map(generic_measure, measures))

    @property
    def role_unsaid(self) -> bool:
        """One frame says whose step the figure is ("raise offered", "annual pay agreed") and the other names the
        same measure without saying ("a raise"): matched so that they may agree, but at odds the unsaid one may be
        another step (another year's, another group's, the deal's rather than the offer's). A ballot's share that does
        not say what it was for is not such a step: it is compared as the vote it may be."""
        return _step_unsaid(framed_measure(self.a), framed_measure(self.b)) in ROLES

    @property
    def half_named(self) -> bool:
        """Both frames say what they measure, one only as a bare sum, share or count ("some 40 per cent", "a sum of
        $9,000"): matched on unit, the other figure's measure is only one of those it may be."""
        measures = (framed_measure(self.a), framed_measure(self.b))
        return all(measures) and any(map(generic_measure, measures)) and not self.unnamed

    @property
    def rough(self) -> str:
        """The words of an order of magnitude one side gives ("tens of thousands"), or ''."""
        for q in (self.a, self.b):
            match = VAGUE_TEXT.search(q.text or "")
            if match:
                return match.group()
        return ""


def interval(q: Quantity) -> tuple[float, float]:
    """The values a figure's words allow, as a reader takes them.

    The frame's interval (claims.frames: qualifier and written precision) where extraction gave one; a bound
    ("more than X", "as many as X") is taken to speak of values within a quarter of X, as people use it, not
    of every value beyond: "more than 1,100 classes" is no agreement with "just over 400".
    """
    frame = q.frame
    low, high = (frame.low, frame.high) if frame is not None else frame_interval(q.value, q.qualifier, q.text, q.kind)
    v, qualifier = q.value, (q.qualifier or "exact").replace("_", " ")
    if high is not None and VAGUE_TEXT.search(q.text or ""):
        return low, high  # "tens of thousands": its whole order of magnitude, no more
    if qualifier in ("more than", "at least") or high is None:
        high = v + abs(v) * BOUND_REACH
    if qualifier in ("less than", "at most") or low is None:
        low = v - abs(v) * BOUND_REACH
    return low, high


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1] or a == b


def measure(q: Quantity) -> str:
    if framed_measure(q):
        return f"{framed_measure(q)}, {q.unit}"
    counted = (q.counted or "").strip()
    return f"{counted}, {q.unit}" if counted else q.unit


def framed_measure(q: Quantity) -> str:
    """The measure the figure's frame names, its words made one where they name one thing ("sections closed"
    and "classes closed", "shops closed" and "stores closed")."""
    return measure_words((q.frame.measure if q.frame else "") or "")


def measure_words(measure: str) -> str:
    """A measure's words made one where they name one thing: "shops closed" and "stores closed" alike."""
    return " ".join(_MEASURE_WORDS.get(_singular(w), _singular(w)) for w in WORD.findall(measure.lower()))


def same_measure(a: Quantity, b: Quantity) -> bool:
    """Same kind and unit, and the same measure: the frames' measure where both name one, else what is
    counted (when both say) is the same group.

    The specific words of what is counted must meet ("IT workers" and
    "information technology workers" do not prove it, "new hires" and
    "hires" do); generic words like "workers" alone never tell two groups apart.
    """
    ma, mb = framed_measure(a), framed_measure(b)
    if is_on_top(ma) != is_on_top(mb):
        return False  # "another 120" adds to a total; it is none to set against one
    # Counts whose frames name one particular measure may count it in different nouns: "170 new nursing positions"
    # and "hire 170 more nurses" are both jobs.
    counted_alike = a.kind == "count" and ma and ma == mb and not generic_measure(ma)
    if a.kind != b.kind or a.kind == DATE_KIND or not (same_unit(a, b) or counted_alike):
        return False
    # Counts far apart are of different groups, unless both frames name one specific measure: organisers and
    # police can count one march five times apart.
    one_measure = ma and ma == mb and not generic_measure(ma)
    ratio = COUNT_RATIO if a.kind == "count" and not one_measure else FAR_APART
    va, vb = _nearest_value(a, b.value), _nearest_value(b, a.value)
    if min(abs(va), abs(vb)) * ratio < max(abs(va), abs(vb)):
        return False
    if not same_place(a, b):
        return False  # the Lyon count is not the national one
    if same_distinctive_figure(a, b):
        return True  # "1,740 euros" twice is one fact, whatever the two sentences call it
    if ma == mb == BARE_SPAN:
        return False  # "up to five days" / "a day after the vote": spans of time that say not of what
    if RAISE_TERM in (ma, mb):
        return False  # "over five years": the span a raise is spread over says what the raise is, no fact apart from it
    if ma and mb:
        # A figure whose frame names only what it counts ("people", "items") may be any measure of its unit.
        return (ma == mb or generic_measure(ma) or generic_measure(mb) or _one_workforce(a, b, ma, mb)
                or _role_unsaid(ma, mb))
    wa, wb = _measured(a.counted), _measured(b.counted)
    return not wa or not wb or bool(wa & wb)


def _nearest_value(q: Quantity, other: float) -> float:
    """A figure's value; for "tens of thousands", the value of its order nearest the other figure."""
    if q.frame is None or q.frame.high is None or not VAGUE_TEXT.search(q.text or ""):
        return q.value
    return min(max(other, q.frame.low or q.value), q.frame.high)


def _one_workforce(a: Quantity, b: Quantity, ma: str, mb: str) -> bool:
    """The workers a union represents and the workers on strike: one workforce where the two counts are near
    ("1,400 workers went on strike" / "the union represents the 1,400 workers"; "its more than 48,000 members" /
    "about 46,000 workers walked out", which a reader sets against each other); a part of it otherwise."""
    if not (ma.startswith("worker") and mb.startswith("worker")):
        return False
    return overlap(interval(a), interval(b)) or max(a.value, b.value) <= ONE_WORKFORCE * min(a.value, b.value)


def _role_unsaid(ma: str, mb: str) -> bool:
    """One figure says what it measures but not whose step it is: "a 14% wage increase" (a raise) may be the raise
    agreed or the one offered, as a ballot's share that does not say what it was for ("passed 53.4% to 46.6%") may
    be any vote's ("vote to accept")."""
    step = _step_unsaid(ma, mb)
    # A demand is said to be one ("the union wants", "its demand"): a raise whose role goes unsaid is one given.
    return bool(step) and (min(ma, mb, key=len) == "vote" or (step in ROLES and step != "demanded"))


def _step_unsaid(ma: str, mb: str) -> str:
    """What the longer measure says after the shorter one ("offered" of "raise" / "raise offered"), or ''."""
    short, long = sorted((ma, mb), key=len)
    return long[len(short) + 1:] if short and long.startswith(short + " ") else ""


def same_place(a: Quantity, b: Quantity) -> bool:
    """Both figures hold in one place, as far as the texts say: a figure whose sentence names no place may be
    of any place. A length of time is the dispute's wherever it is told ("a 48-hour walkout across Wessex" and
    "porters in Wessex will strike for 48 hours"): places tell counts and shares apart, not a strike's days."""
    if a.kind == "duration":
        return True
    pa, pb = (a.frame.place if a.frame else ""), (b.frame.place if b.frame else "")
    # "Harwell" and "Harwell Municipal" (of "the Harwell Municipal Police"): one place, one named more fully
    return not pa or not pb or pa == pb or pa.startswith(f"{pb} ") or pb.startswith(f"{pa} ")


def distinctive(q: Quantity) -> bool:
    """A figure of three significant digits or more ("12.4%", "$1,948", "1,204,311"): too particular for two
    measures of one dispute to share by chance, unlike "5%" or "10,000"."""
    return q.kind != DATE_KIND and significant_digits(q.value) >= DISTINCTIVE_DIGITS


def same_distinctive_figure(a: Quantity, b: Quantity) -> bool:
    return a.value == b.value and distinctive(a)


def shared_figure(a_quantities, b_quantities) -> Quantity | None:
    """A figure both claims give, of one kind, unit and value ("64 depots" / "64 freight depots", "more than 30
    hours" twice), whatever measure their frames name; None where they share none. Dates are not figures here."""
    told = {(unit_group(q), in_days(q).value) for q in b_quantities if q.kind != DATE_KIND}
    return next((q for q in a_quantities if q.kind != DATE_KIND and (unit_group(q), in_days(q).value) in told), None)


def significant_digits(value: float) -> int:
    """12.4 -> 3, 1,948 -> 4, 500,000 -> 1 (trailing zeros of a whole number are not significant)."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    digits = text.replace(".", "").lstrip("0")
    return len(digits) if "." in text else len(digits.rstrip("0"))


def one_named_measure(a: Quantity, b: Quantity) -> bool:
    """Both frames name the measure, and a share names what it is a share of: two shares the texts do not say of
    the same thing ("as much as 50 per cent", "40.4 per cent of its staff") are compared, but not paired first."""
    ma, mb = framed_measure(a), framed_measure(b)
    return bool(ma and mb) and not (a.kind == "percent" and (generic_measure(ma) or generic_measure(mb)))


def generic_measure(measure: str) -> bool:
    """A measure that names no particular thing ("people", "official estimate")."""
    return set(measure.split()) <= GENERIC_MEASURE_WORDS


def same_unit(a: Quantity, b: Quantity) -> bool:
    """One unit, where a count of "people" or a bare count may be a count of any group."""
    ua, ub = norm_unit(a.unit), norm_unit(b.unit)
    if ua == ub:
        return True
    if a.kind != "count":
        return False
    if ua in BARE_COUNT_UNITS or ub in BARE_COUNT_UNITS:
        return True
    return ua in PEOPLE_UNITS and _of_people(b.unit) or ub in PEOPLE_UNITS and _of_people(a.unit)


def _of_people(unit: str) -> bool:
    words = (unit or "").lower().split()
    return bool(words) and is_people(words[-1])


def unit_group(q: Quantity) -> tuple[str, str]:
    """The figures a figure may be compared with: counts all together (their measures tell them apart), spans of
    time in days, weeks, months or years together, other kinds by unit."""
    return (q.kind, "" if q.kind == "count" else norm_unit(in_days(q).unit))


def in_days(q: Quantity) -> Quantity:
    """A span of weeks, months or years as days ("three months" is about 91 days), and a length in hours, its
    interval with it; any other figure as it is."""
    unit = norm_unit(q.unit)
    days = DAYS_IN.get(unit) if q.kind == "duration" else None
    if days is None or days == 1.0 or is_age(framed_measure(q)):  # an age is compared only with ages, in years
        return q
    if unit == "hour" and not is_length(framed_measure(q)):
        return q
    frame = q.frame
    if frame is not None:
        frame = replace(frame, low=None if frame.low is None else frame.low * days,
                        high=None if frame.high is None else frame.high * days)
    return replace(q, value=q.value * days, unit="days", frame=frame)


def _measured(counted: str) -> set[str]:
    """The words of what is counted, with the words for pay and for a change of pay each made one."""
    return {MEASURE_SYNONYMS.get(w, w) for w in _words(counted)} - GENERIC_COUNTED


def norm_unit(unit: str) -> str:
    """'sections' and 'classes', 'stores' and 'shops' are one unit; 'USD/hour' stays itself."""
    words = (unit or "").lower().split()
    return " ".join(MEASURE_SYNONYMS.get(_singular(w), _singular(w)) for w in words)


def _words(text: str) -> set[str]:
    return {_singular(w) for w in WORD.findall((text or "").lower()) if len(w) > 2}


def _singular(word: str) -> str:
    """'classes' -> 'class', 'salaries' -> 'salary', 'workers' -> 'worker'; 'class' stays."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "uses")):  # "bonuses" -> "bonus"
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def compare_figures(a_quantities, b_quantities) -> list[FigureComparison]:
    """The figures of one claim against those of the other that measure the same thing, one to one.

    The closest figures are matched first and each figure is matched once: a
    claim giving both "$34.97 an hour" and "$23 an hour" is not in conflict
    with a claim that says "$35 an hour", and a claim that repeats another's
    "$23,800" and adds a rent of "$42,000" does not contradict it.
    """
    if not a_quantities or not b_quantities:
        return []  # most pairs: no figures on one side, nothing to sort
    a_quantities, b_quantities = [in_days(q) for q in a_quantities], [in_days(q) for q in b_quantities]
    candidates = sorted(
        ((abs(qa.value - qb.value) / max(abs(qa.value), abs(qb.value), 1e-9), i, j)
         for i, qa in enumerate(a_quantities) for j, qb in enumerate(b_quantities)
         if same_measure(qa, qb) and not _parts_of_told_totals(qa, qb, a_quantities, b_quantities)),
    )
    used_a, used_b, matched = set(), set(), []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            matched.append((i, j))
    return [_compare(a_quantities[i], b_quantities[j]) for i, j in sorted(matched)]


def _parts_of_told_totals(a: Quantity, b: Quantity, a_quantities, b_quantities) -> bool:
    """Two parts of totals both claims give ("30 dead, 21 of them at the hands of the police" / "at least 29 have
    died, 8 of them in Harwell"): the totals are what a reader sets side by side; the parts are shares of two
    different kinds, as far as the texts say."""
    if not (_is_part(a) and _is_part(b)):
        return False
    return (any(not _is_part(q) and same_measure(q, b) for q in a_quantities)
            and any(not _is_part(q) and same_measure(q, a) for q in b_quantities))


def _is_part(q: Quantity) -> bool:
    return bool(q.frame and q.frame.part)


def _compare(a: Quantity, b: Quantity) -> FigureComparison:
    agree = overlap(interval(a), interval(b)) or _one_share_rounded_two_ways(a, b) or _bounds_meet(a, b)
    name = measure(a)
    apart = 0.0
    if agree:
        reason = f"same measure ({name}): {_said(a)} and {_said(b)} agree"
    else:
        apart = abs(a.value - b.value) / max(abs(a.value), abs(b.value)) if (a.value or b.value) else 0.0
        reason = f"same measure ({name}): {_num(a.value)} vs {_num(b.value)}, {apart:.0%} apart"
    return FigureComparison(name, a, b, agree, reason, framed=one_named_measure(a, b),
                            groups=different_groups(a, b), bases=different_bases(a, b) or different_terms(a, b),
                            apart=apart)


def _bounds_meet(a: Quantity, b: Quantity) -> bool:
    """"At least 40" and "up to 40" both allow 40 itself, so the two agree; "more than 40" leaves 40 out, and
    against "as many as 40" it conflicts."""
    return {a.qualifier, b.qualifier} == {"at least", "at most"} and a.value == b.value


def _one_share_rounded_two_ways(a: Quantity, b: Quantity) -> bool:
    """Two shares told to the same fine precision, one unit of their last digit apart: "8.4%" and "8.5%", "4.71%"
    and "4.72%" are one computed share (8.45%) rounded two ways. Not "91%" and "92%", whose unit is a larger part of
    the share than a rounding difference readers let pass."""
    if a.kind != "percent" or b.kind != "percent" or {a.qualifier or "exact", b.qualifier or "exact"} != {"exact"}:
        return False
    (a_low, a_high), (b_low, b_high) = interval(a), interval(b)
    unit = a_high - a_low
    if not unit or abs(unit - (b_high - b_low)) > unit / 100:
        return False
    return abs(a.value - b.value) <= unit * 1.001 and unit < ROUNDING_SLIP * min(abs(a.value), abs(b.value))


def different_bases(a: Quantity, b: Quantity) -> tuple[str, str] | None:
    """("compensation", "wages") where one figure is reckoned on pay with benefits and the other on wages alone;
    ("conditional", "no condition stated") where one raise hangs on a condition and the other does not: an offer
    in parts ("2% in the second year" / "a possible 3% in 2026 if staff accept new rosters") is not two rival figures."""
    ba, bb = (a.frame.basis if a.frame else ""), (b.frame.basis if b.frame else "")
    if (ba == CONDITIONAL_BASIS) != (bb == CONDITIONAL_BASIS) and (_is_raise(a) or _is_raise(b)):
        return (ba or NO_CONDITION, bb or NO_CONDITION)
    if (ba == EACH_BASIS) != (bb == EACH_BASIS):  # "3,500 nurses each" of two hospitals / "7,000 nurses"
        return (ba or ALL_TOGETHER, bb or ALL_TOGETHER)
    ba, bb = ("" if x == CONDITIONAL_BASIS else x for x in (ba, bb))
    return (ba, bb) if ba and bb and ba != bb else None


def _is_raise(q: Quantity) -> bool:
    return bool(q.frame) and q.frame.measure.startswith("raise")


def different_terms(a: Quantity, b: Quantity) -> tuple[str, str] | None:
    """("each year", "over four years") where one raise is a yearly rate and the other a total over a span, or two
    spans differ: "11.7% each year" and "50% over four years" may be one demand."""
    ta, tb = (_term(a), _term(b)) if a.kind in ("money", "percent") else ("", "")
    if ta and tb:
        return (ta, tb) if ta != tb and not (RATE_TERM.match(ta) and RATE_TERM.match(tb)) else None
    # "11.7% each year" against "a raise of nearly 50%": a figure that says no term and is several times a yearly
    # rate may be that rate's total over the years of the contract.
    rate, other = (a, b) if ta else (b, a)
    if (ta or tb) and RATE_TERM.match(ta or tb) and abs(other.value) >= TOTAL_OF_YEARS * abs(rate.value):
        return (ta or NO_TERM, tb or NO_TERM)
    return None


def _term(q: Quantity) -> str:
    """The rate or span a raise is stated for ("a year", "over three years"); '' for a date or nothing said."""
    period = (q.frame.period if q.frame else "") or ""
    if "/" in (q.unit or "") or not period or period[:1].isdigit() or period.startswith("--"):
        return ""  # "$30 an hour" is a unit, not a term; a date is compared as a date
    return "a year" if RATE_TERM.match(period) and YEAR_WORDS.search(period) else period


def different_groups(a: Quantity, b: Quantity) -> tuple[str, str] | None:
    """("part-time clerks", "full-time clerks") where two sums or percentages say whom they are for and no
    particular word of the two groups meets; None where either says nothing or they may be one group."""
    if a.kind == "count":
        return None  # a count's group is what it counts, and the measure already compares that
    pa, pb = (a.frame.population if a.frame else ""), (b.frame.population if b.frame else "")
    if not pa or not pb:
        return None
    wa, wb = (_qualifiers(p) for p in (pa, pb))
    return (pa, pb) if wa and wb and not wa & wb else None


def _qualifiers(group: str) -> set[str]:
    """The words that say which of a group ("lowest", "paid" of "lowest-paid workers"), cut to five letters so that
    "striking" and "strikers" meet; the group's own noun says nothing of which."""
    words = WORD.findall(group.lower())
    return {NEWLY_HIRED.get(w[:5], w[:5]) for w in words[:-1] if _singular(w) not in GENERIC_COUNTED}


def _said(q: Quantity) -> str:
    return f"'{q.text}'" if q.text else _num(q.value)


def _num(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


# -- dates -----------------------------------------------------------------


def dates_of(quantities) -> list[int]:
    return [int(q.value) for q in quantities if q.kind == DATE_KIND and q.value]


def same_date(a: int, b: int) -> bool:
    """YYYYMMDD with 00 for parts not given: parts both give must be equal."""
    parts_a, parts_b = _date_parts(a), _date_parts(b)
    return all(x == y for x, y in zip(parts_a, parts_b) if x and y)


def _date_parts(value: int) -> tuple[int, int, int]:
    return value // 10000, value // 100 % 100, value % 100


def describe_date(value: int) -> str:
    year, month, day = _date_parts(value)
    if month and day:
        return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}" if year else f"month {month}"
    return str(year)
