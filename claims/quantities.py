"""Find the figures in a sentence and normalise them: kind, value, unit, qualifier, what is counted.

Offsets are into the sentence given. Numbers that are names (Local 7600,
COVID-19, phone numbers, street numbers, times) are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claims.lexicon import MONTHS
from claims.measures import (
    CASUALTY_AFTER, CASUALTY_BEFORE, age_before, counted_after, duration_of, is_people, is_person, money_measure,
    number_of_after, number_of_before, percent_measure, shared_units,
)
from claims.model import Quantity
from claims.numbers import NUMBER_WORDS, parse_digits, parse_words, scale_of
from claims.patterns import PHONE, STREET_NUMBER

# Bounded runs: an unbounded \d+ would make a line of a million digits quadratic.
DIGITS = r"\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?|\d{1,3}(?:\.\d{3}){2,4}(?!\d|\.\d)|\d{1,15}(?:\.\d{1,6})?"
# "1.2 million", "12-thousand" (as some wires write it), "5bn", "40k"; "1.5 lakh" and "500 crore", as Indian outlets
# count (a hundred thousand, ten million)
SCALE = r"(?:[\s-]?(?:million|billion|trillion|thousand|lakhs?|crores?)\b|(?:mn|bn|[mMbBkK])\b)"
# "half a million", "a quarter of a billion", "a quarter billion": a fraction counts only before a scale word.
FRACTION_OF_SCALE = r"(?:a\s+)?(?:half|quarter)\s+(?:of\s+)?(?:an?\s+)?(?:thousand|million|billion|trillion)\b"
# "three and a half", "a million and a half": a half more than the number (or its scale).
WORD_NUMBER = FRACTION_OF_SCALE + r"|(?:(?:a|an)\s+)?(?:%s)(?:[\s-](?:and\s)?(?:%s))*(?:\s+and\s+a\s+half\b)?" % (
    "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)),
    "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)),
)
MONTH_NAMES = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
YEAR = r"(?:19|20)\d{2}"
# The span of days a date may run over: "July 23-25", "July 23 to 25", "12 through 14 June".
DAY_RANGE = r"(?:\s*[-\u2013]\s*|\s+(?:to|through|until|till)\s+)"

# Each pattern starts with a fixed set of characters, which lets the regex engine skip ahead quickly;
# word boundaries are checked afterwards in `_starts_word`.
DATE = re.compile(
    # "May 2-4", "May 2 to 4", and "between May 2 and 4" (not "May 2 and 40 porters")
    rf"(?P<date>(?P<month>{MONTH_NAMES})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:{DAY_RANGE}[0-3]?\d\b(?!\s*(?:%|per))"
    rf"|\s+and\s+[0-3]?\d\b(?!\s*(?:%|per|[a-z])))?"
    rf"(?:,?\s+(?P<year>{YEAR})\b)?"
    rf"|(?P<month_only>{MONTH_NAMES})\s+(?:of\s+)?(?P<month_year>{YEAR})\b)"
    rf"|(?P<iso>{YEAR})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)\b"
    # British order: "22 April", "2 April 2025"
    rf"|(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{MONTH_NAMES})(?![a-z])(?:,?\s+(?P<dm_year>{YEAR})\b)?"
)
# "13, 15 and 18 March": the days listed before a date are dates too, not counts.
DAY_LIST = re.compile(
    rf"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?(?:(?:,\s*|\s+and\s+|{DAY_RANGE})[0-3]?\d(?:st|nd|rd|th)?){{1,8}}"
    rf"\s+(?:of\s+)?{MONTH_NAMES}(?![a-z])"
)  # bounded: a line of "1, 1, 1, ..." must stay linear
# "C$2", "A$500", "NZ$40", "AR $500": the dollars (or pesos, reais) of a country other than the United States
DOLLARS = {"C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
           "AR$": "ARS", "MX$": "MXN", "R$": "BRL", "NT$": "TWD"}
# Signs written before a sum; some currencies are written with letters ("Rs 500", "KSh 2,000", and the naira's
# "N64,500", an "N" only before a sum in thousands or with its scale: "N95 masks" is no money).
SIGNED_CURRENCIES = {"\u20ac": "EUR", "\u00a3": "GBP", "\u20a6": "NGN", "N": "NGN", "\u20b9": "INR", "Rs": "INR",
                     "Rs.": "INR", "\u20a9": "KRW", "\u00a5": "JPY", "KSh": "KES", "Ksh": "KES", "Sh": "KES"}
CURRENCY_SIGN = (r"US\$|\b(?:CA|C|AU|A|NZ|HK|S|AR|MX|R|NT)\$|\b(?:AR|MX|NT)[ \t]\$|\$|[\u20ac\u00a3\u20a6\u20b9\u20a9\u00a5]|\bRs\.?(?=\s?\d)|\b(?:KSh|Ksh|Sh)(?=\s?\d)"
                 r"|\bN(?=\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?\s?(?:bn|billion|trillion|million|m)\b)")
MONEY = re.compile(rf"(?P<currency>{CURRENCY_SIGN})\s?(?P<money_num>{DIGITS})(?P<money_scale>{SCALE})?")
# "5pc": the British newspapers' per cent, written on to its number.
NUMBER = re.compile(rf"(?P<num>{DIGITS})(?P<num_scale>{SCALE})?(?:(?=pc\b)|(?![\w/]|[.,]\d))")
NOT_A_NUMBER_START = frozenset("_.$/-") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
HAS_CURRENCY_SIGN = re.compile(CURRENCY_SIGN)  # whether MONEY need run at all
# Figures written in words ("two dozen", "seven-day"), looked for only when a number word is present.
# "four-thousand-208", "two-thousand-75": words for the thousands, then digits for the rest, as some wires write them
WORD_CANDIDATE = re.compile(rf"\b(?P<words>{WORD_NUMBER})(?:-(?P<rest>\d{{1,3}}))?\b(?![.,]\d)", re.IGNORECASE)
NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
# "tens of thousands of people", "hundreds of thousands rallied", "thousands more": a count known only by its order
# of magnitude. A plural means two at least, so its value is twice the order ("thousands": 2,000 and more,
# "tens of thousands": 20,000 and more); frames.interval reads the rest of the order, up to [20,000, 100,000).
VAGUE_COUNT = re.compile(
    r"\b(?:(?P<times>tens|hundreds)\s+of\s+)?(?P<order>dozens|hundreds|thousands|millions|billions)\b(?=\s+(?:of\b|more\b|[a-z]+ed\b|[a-z]+ing\b|took\b|came\b|marched\b|rallied\b|joined\b|gathered\b))",
    re.IGNORECASE,
)
# "several hundred thousand people", "a few thousand workers": an order of magnitude too, written with a number word
# that would otherwise read as exactly a hundred thousand or a thousand.
SEVERAL_COUNT = re.compile(
    r"\b(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:(?P<times>hundred)\s+)?(?P<order>dozen|hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
SEVERAL_WORDS = frozenset(("several", "few", "couple"))
VAGUE_TEXT = re.compile(r"(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)"
                        r"|(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:hundred\s+)?(?:dozen|hundred|thousand|million|billion)\b",
                        re.IGNORECASE)
VAGUE_ORDERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE_TIMES = {"ten": 10, "hundred": 100}
VAGUE_WORDS = frozenset(f"{order}s" for order in VAGUE_ORDERS)
# "three-quarters of shifts", "nearly half of its members": shares of a whole, as percentages.
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 33.3, "one third": 33.3, "two thirds": 66.7,
    "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
    "a tenth": 10.0, "one tenth": 10.0,
}
FRACTION_WORDS = frozenset("half third thirds quarter quarters fifth fifths tenth".split())
# "one in five nurses", "nine out of 10 members": a share, not a count of five or ten. Small numbers only (a count
# out of a total, "37,000 out of 47,700", stays two counts), and not a time ("one in five years").
SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}"
SHARE_IN = re.compile(
    rf"\b(?P<part>{SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{SMALL})\b"
    r"(?!\s*(?:%|per\b|percent)|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|games?|matches|races?)\b)",
    re.IGNORECASE,
)
FRACTION = re.compile(
    # not a part of a span of time: "the first half of the year", "the second quarter of 2024"
    r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!last )(?<!final )"
    r"\b(?P<fraction>(?:a|one|two|three|four)[ -](?:half|thirds?|quarters?|fifths?|tenth)|half)\b"
    r"(?!\s+(?:of\s+)?an?\s+(?:thousand|million|billion|trillion)\b)"  # "a quarter of a million": a count
    r"(?=\s+(?:of|the|its|their|our|all)\b"
    # a share said of the subject: "turnout was more than three-quarters."
    r"|(?<=s)\s*[.,;:!?)]|(?<=s)\s*$)"
    r"(?!\s+(?:of\s+)?(?:the\s+|this\s+|last\s+|next\s+)?(?:year|month|week|day|season|century|decade|game|match"
    r"|\d{4})\b)",
    re.IGNORECASE,
)
# Numbers that are contact details, times or addresses, not figures (each alternative starts with a digit).
# Times of day, with a colon or, as British and Indian papers write them, a point: "10:30 pm", "7.45 am".
# Or in words: "9 in the evening", "at 10 at night", "6 o'clock".
# An emergency line by its number: "911 dispatch", "999 calls".
EMERGENCY_LINE = (r"(?:911|999|112)(?=[\s-]+(?:dispatch\w*|calls?|call-takers?|operators?|cent(?:er|re)s?|emergenc\w*"
                  r"|services?|lines?|systems?)\b)")
NOT_FIGURES = re.compile(rf"{EMERGENCY_LINE}|{PHONE}|\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:[ap]\.m\.|[ap]m\b|AM\b|PM\b)|\d{{1,2}}:\d{{2}}\b"
                         rf"|\d{{1,2}}\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o['\u2019]clock)\b"
                         rf"|{STREET_NUMBER}"
                         # a person's age: "the 31-year-old driver", "a student, 20 years old"
                         r"|\d{1,3}(?:-|\s)years?(?:-|\s)olds?\b"
                         # and after "aged": "a porter aged 61", "apprentices aged 17 and 18", "staff aged 60 and over"
                         r"|(?<=\baged\s)\d{1,3}(?:\s*(?:and|to|or|-)\s*\d{1,3}\b)?(?!\s*(?:%|per\s*cent|percent))"
                         # a ratio, no count: "turned it down by a 4-to-1 count", "a 2-1 margin"
                         r"|\b\d{1,2}(?:-to-|\s+to\s+|\s*[-\u2013]\s*)\d{1,2}\s+(?:margin|ratio|count|majority)\b")
# A person's age in apposition, "Lightly, 57, said" or "Pierre Martel (40), a teacher": no figure of the dispute.
AGE = re.compile(r"\b[A-Z][a-z]+(?:,\s(\d{2}),\s|\s\((\d{2})\)[,\s])")
LINKS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w.-]+|https?://\S+|www\.\S+")
ZIP_BEFORE = re.compile(r"\b[A-Z]{2}\s+$")
# A number right after one of these words names something: Local 7600, Chapter 11, Section 7, Route 66.
NAME_PREFIXES = frozenset(
    """
    local locals chapter section article title proposition prop measure route highway interstate district region council
    lodge no number room suite floor bill form flight gate ward precinct pier terminal docket unit apt box exhibit
    amendment resolution ordinance covid level channel
    """.split()
)
WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*#?\s*$")
# The later numbers of a list that one of these words opens name things too: "Locals 212, 408 and 950".
NAMED_LIST_BEFORE = re.compile(
    r"\b(?:locals|chapters|sections|articles|routes|districts|lodges|wards|precincts|gates|flights|units)\s+"
    r"(?:#?\d+[A-Za-z]?,?\s+(?:(?:and|&)\s+)?)+$", re.IGNORECASE)
# A union's acronym and its local's number, "HRU 5120": a name, unless the number goes on to a unit
# ("GDP 3%") or is written as a count ("HRU 4,800 members" has its separator).
CURRENCY_CODES = "USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK|PLN|NGN|KES|ZAR|BDT|KRW|CNY"
# A currency's code is no union ("KES 1000"), and a scale makes the number a sum ("US 500 million").
ACRONYM_BEFORE = re.compile(rf"(?<![\w-])(?!(?:{CURRENCY_CODES})\s)[A-Z]{{3,6}}\s$")
NUMBER_NAMED = re.compile(r"\d{2,5}(?![\d,.%]|[\s-]*(?:per\s?cent|percent|pc|thousand|million|billion|trillion|crore"
                          r"|lakh)\b)")
DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[a-z]+")
# "5%", "5 per cent", and as an adjective "a 5-percent raise", "the five-per-cent rise"
PERCENT_AFTER = re.compile(r"[\s-]?(?:%|percent\b|per[\s-]?cent\b|pct\b|percentage points?\b)|(?-i:pc)\b", re.IGNORECASE)
CURRENCY_WORD_AFTER = re.compile(
    r"\s(?P<word>(?:US\s)?dollars?|cents|euros?|(?:pounds?\s+)?sterling|pounds(?!\s+of\b)|(?:Swiss\s+)?francs|yen"
    r"|rupees|kronor|krona|kroner|zlotys?|naira|shillings|won|rand|taka|yuan|pesos)\b",
    re.IGNORECASE,
)
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "euros": "EUR", "sterling": "GBP", "pound": "GBP", "pounds": "GBP", "francs": "CHF",
                  "yen": "JPY", "rupees": "INR", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "zloty": "PLN",
                  "zlotys": "PLN", "naira": "NGN", "shillings": "KES", "won": "KRW", "rand": "ZAR", "taka": "BDT",
                  "yuan": "CNY", "pesos": "MXN"}
# "EUR 480", "GBP 1,200": a currency's code before the figure.
CURRENCY_CODE_BEFORE = re.compile(rf"\b(?P<code>{CURRENCY_CODES})\s?$")
# "A 5-year-old" is an age, but "the 9-day-old stoppage" is how long it has lasted.
DURATION_AFTER = re.compile(r"(?:-|\s)(?P<unit>day|week|month|year|decade|hour|minute)s?\b(?:(?<=day)|(?<=week)|(?!-old))",
                            re.IGNORECASE)
RATE_AFTER = re.compile(
    r"\s*(?:(?:more|extra)\s+(?=(?:an|a|per|each|every)\s))?"  # "$1.25 more per hour": a rise, at its rate
    r"(?:(?:worse|better)\s+off\s+(?=(?:an|a|per|each|every|for)\s))?"  # "£9,000 worse off for every year": a loss, at a rate
    r"(?:(?:an|a|per|each|every|/)\s*(?P<per>hour|hr|year|yr|annum|week|month|day)\b"
    r"|for\s+(?:the|an|a|each|every)\s+(?:academic\s+|school\s+|fiscal\s+|calendar\s+|whole\s+)?(?P<for>year|semester|month|week|day)\b"
    r"|(?P<adverb>hourly|annually|yearly|a year|weekly|monthly|daily))",
    re.IGNORECASE,
)
RATE_ADVERBS = {
    "hourly": "hour", "annually": "year", "yearly": "year", "a year": "year", "weekly": "week", "monthly": "month",
    "daily": "day",
}
RATE_NAMES = {"hr": "hour", "yr": "year", "annum": "year"}
# Nouns that a number word counts without stating a figure: "the two sides", "both coasts", "one fight".
NOT_COUNTS = frozenset("side sides party parties team teams way ways thing things coast coasts fight fights reason reasons".split())
QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>more than|greater than|upwards of|in excess of|north of|just over|over|above|beyond|at least|"
    r"a minimum of|no fewer than|no less than|as few as|as little as|fewer than|less than|just under|just shy of|"
    r"shy of|south of|under|below|up to|as much as|as many as|"
    r"as high as|no more than|at most|a maximum of|nearly|almost|roughly|about|around|approximately|"
    r"an estimated|estimated|some|closer to|close to|circa|approx\.|topping|tops|topped|"
    r"(?:tops?|topped|topping|maxe?[sd]?|maxing)\s+out\s+at|(?:is\s+|was\s+|are\s+|were\s+|be\s+)capped\s+at)\s+$",
    re.IGNORECASE,
)
# "adds up to $1,633" is the total, "will go up to $19" the new level: neither is a ceiling.
SUM_BEFORE_UP_TO = re.compile(r"\b(?:add|adds|added|adding|sum|sums|summed|summing|go|goes|going|gone|went)\s+(?:\w+\s+)?$",
                              re.IGNORECASE)
# "can't get more than 28 hours", "refused to go above 3%": a bound that is denied or refused is a ceiling.
NEGATION_BEFORE = re.compile(
    r"(?:n't|\bnot|\bnever|\bcannot|\b(?:refus|declin)(?:e|es|ed|ing)\s+to|\bunwilling\s+to)\s+(?:\w+\s+)?$",
    re.IGNORECASE)
# "in 2024 sales fell", "since 2019 pay has": a year after a preposition of time, whatever follows it.
WORD_MAGNITUDE = 1000  # "a march of more than a million", "half a million": a magnitude in words needs no noun
# "1988 against" is a tally's count, no year.
VOTES_AFTER = re.compile(r"\s+(?:against|in\s+favou?r)\b", re.IGNORECASE)
STRONG_AFTER = re.compile(r"[\s-]strong\b", re.IGNORECASE)  # "a 2000-strong crowd" counts people, not a year
THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa])\s+$")
YEAR_PREPOSITION = re.compile(r"\b(?:in|since|of|until|during|before|after)\s+$", re.IGNORECASE)
RANGE_BETWEEN = re.compile(r"\s*(?:to|[-\u2013])\s*", re.IGNORECASE)
RANGE_AND = re.compile(r"\s+and\s+")
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
RANGE_OPEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
RANGE_CLOSE = re.compile(r"\bbetween\s+[$\u00a3\u20ac]?\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|bn|m))?\s+and\s+$", re.IGNORECASE)
# A bare "plus" before another term of a sum adds to the figure ("6% plus inflation", "$20 plus benefits"): only
# before its counted noun or nothing is it "more than" ("1,000 plus workers", "aged 65 plus").
QUALIFIER_AFTER = re.compile(r"\s*(?P<q>or more|or so|or fewer|or less|\+|-plus|plus\b(?!\s+(?:inflation|the\s+cost\s+of"
                             r"|cost[\s-]of[\s-]living|RPI|CPI|benefits|bonus(?:es)?|an?\s|the\s|[$\u00a3\u20ac\d])))",
                             re.IGNORECASE)
QUALIFIERS = {
    "more than": "more than", "greater than": "more than", "upwards of": "more than", "in excess of": "more than",
    "just over": "more than", "north of": "more than", "over": "more than", "above": "more than", "+": "more than", "-plus": "more than",
    "plus": "more than", "beyond": "more than",
    "at least": "at least", "a minimum of": "at least", "no fewer than": "at least", "no less than": "at least",
    "or more": "at least", "as few as": "at least", "as little as": "at least",
    "fewer than": "less than", "less than": "less than", "just under": "less than", "under": "less than",
    "below": "less than", "just shy of": "less than", "shy of": "less than", "south of": "less than",
    "up to": "at most", "as much as": "at most", "as many as": "at most", "as high as": "at most",
    "no more than": "at most", "at most": "at most", "a maximum of": "at most", "or fewer": "at most",
    "or less": "at most",
    # "topping $7 billion", "have topped 640": past the figure ("tops out at $1,200" and "is capped at 3%", the most
    # it can be, are read by CEILING)
    "topping": "more than", "tops": "more than", "topped": "more than",
}
CEILING = re.compile(r"\bout\s+at$|\bcapped\s+at$", re.IGNORECASE)  # "tops out at", "was capped at": a ceiling
# "almost a year of bargaining", "the week-long walkout", "more than a fortnight": one span of time, written without a
# number. Not a rate ("$250 a week", "three times a day", "40 hours a week"), nor a moment ("a year ago", "a week
# later"), nor what a span is worth ("a day's pay").
SPAN_WORDS = frozenset("day week fortnight month year decade daylong weeklong monthlong yearlong".split())
ONE_SPAN = re.compile(
    r"(?<!\bon\s)\b(?:an?)\s+(?P<unit>day|week|fortnight|month|year|decade)\b(?![-\u2019']\w)"
    r"(?!\s+(?:ago|earlier|later|before|after|on|from\s+now)\b)"
    r"|\b(?P<long>day|week|month|year)-?long\b",  # "week-long" or "weeklong"
    re.IGNORECASE,
)
# "went past its ninth day", "now in its 13th day", "closed for a fourth straight day": how long a strike or a
# closure has lasted so far, told by the ordinal of the day it has reached. Not a day that dates an event ("on the
# second day, teachers marched"), which is no length, nor the first ("a strike would cost $1 billion in its first
# week"), which is when it began.
ORDINALS = {w: i for i, w in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=2)}
ORDINAL_SPAN = re.compile(
    r"\b(?:its|for\s+a)\s+(?P<ordinal>(?:" + "|".join(ORDINALS) + r")|(?!1st)\d{1,3}(?:st|nd|rd|th))"
    r"(?:\s+(?:straight|consecutive|successive))?\s+(?P<unit>day|week|month)\b(?!\s+of\b)",
    re.IGNORECASE,
)
RATE_BEFORE = re.compile(
    r"(?:\d(?:bn|mn|m|k|b)?|%|\b(?:times|once|twice|thrice|hours?|days?|shifts?|percent|cent|thousand|million|billion"
    r"|pay|paid|earn|earns|earned|costs?|per|raises?|rises?|increases?|bonus|bonuses|work"
    r"|dollars?|euros?|pounds?|francs|rupees|yen|pesos|kroner|krona|rand))\s*$",
    re.IGNORECASE,
)
DURATION_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours", "minute": "minutes",
                  "decade": "years"}
DURATION_SCALE = {"decade": 10}  # "three decades" is 30 years: one unit, so that it meets "30 years"
@dataclass(frozen=True)
class _Figure:
    """A matched number before its unit and qualifier are known."""

    start: int
    end: int
    kind: str
    value: float
    unit: str = ""
    counted: str = ""


def find_quantities(text: str) -> tuple[Quantity, ...]:
    matches: list[re.Match] = []
    if " in " in text or " out of " in text:
        matches += [m for m in SHARE_IN.finditer(text) if _share(m) is not None]
    if DIGIT.search(text):
        masked = [m.span() for m in NOT_FIGURES.finditer(text) if _starts_word(text, m.start())]
        masked += [(m.start(), m.end() - 1) for m in DAY_LIST.finditer(text)]  # the list's last day stays a date
        masked += [m.span(1) if m.group(1) else m.span(2) for m in AGE.finditer(text)]
        if "@" in text or "http" in text or "www." in text:
            masked += [m.span() for m in LINKS.finditer(text)]
        matches += _untaken((m for m in DATE.finditer(text) if _starts_word(text, m.start())), matches)
        if HAS_CURRENCY_SIGN.search(text):
            matches += _untaken(MONEY.finditer(text), matches)
        numbers = (m for m in NUMBER.finditer(text)
                   if text[m.start() - 1:m.start()] not in NOT_A_NUMBER_START or _upper_bound(text, m, masked))
        matches += [m for m in _untaken(numbers, matches) if not _is_name(text, m.start(), masked)]
    words = set(LETTERS.findall(text.lower()))
    if FRACTION_WORDS.intersection(words):  # before number words: "three-quarters" is no "three"
        matches += _untaken(FRACTION.finditer(text), matches)
    if SEVERAL_WORDS.intersection(words):  # before number words: "several hundred thousand" is no "hundred thousand"
        matches += _untaken(SEVERAL_COUNT.finditer(text), matches)
    if NUMBER_WORD_SET.intersection(words):
        matches += _untaken(WORD_CANDIDATE.finditer(text), matches)
    if VAGUE_WORDS.intersection(words):
        matches += _untaken(VAGUE_COUNT.finditer(text), matches)
    if SPAN_WORDS.intersection(words):
        matches += _untaken(ORDINAL_SPAN.finditer(text), matches)
        spans = (m for m in ONE_SPAN.finditer(text) if not RATE_BEFORE.search(text, max(0, m.start() - 24), m.start()))
        matches += _untaken(spans, matches)
    matches.sort(key=lambda m: m.start())
    found = []
    for match in matches:
        if found and match.start() < found[-1].end:
            continue  # words the figure before took as its own: the rate of "$8.4 trillion a year"
        figure = _figure(text, match)
        if figure is not None:
            found.append(_qualified(text, figure))
    return tuple(shared_units(_conversions(text, _ranges(text, found))))


def is_unnumbered_span(q: Quantity) -> bool:
    """'almost a year', 'the week-long walkout': a span of time written without a number, which tells how long
    something took or lasts; whoever tells the sentence tells it."""
    return q.kind == "duration" and ONE_SPAN.search(q.text) is not None


def _ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """'52 to 56 hours', '3% to 4%': the first figure is a lower bound, the second an upper one, and a bare first
    number takes the second's unit. 'from 2% to 3%' is a change, not a range, and stays two figures."""
    out = list(found)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if (low.qualifier, high.qualifier) == ("at least", "at most") and RANGE_AND.fullmatch(text, low.end, high.start):
            # "between 25 million and 100 million euros a day": both bounds are sums a day
            out[i] = _with_unit_of(_with_scale_of(low, high), high)
            continue
        if (not RANGE_BETWEEN.fullmatch(text, low.end, high.start)
                or FROM_BEFORE.search(text, max(0, low.start - 8), low.start)
                or low.qualifier not in ("exact", "approximately") or high.qualifier != "exact"
                or "date" in (low.kind, high.kind)):
            continue
        # a bare number ("52 to 56 hours", "2 to 3 million") or a sum without the rate ("$20-25 an hour")
        low = _with_unit_of(_with_scale_of(low, high), high)
        if (low.kind, low.unit) == (high.kind, high.unit) and low.value < high.value:
            out[i], out[i + 1] = replace(low, qualifier="at least"), replace(high, qualifier="at most")
    return out


# "about 52 billion won ($39.6 million)", "up to 20 million won ($15,100)": the same sum in another currency,
# as rough as the first or bounded as it is. (Not "more than" and "at least", which readers' gold gives either way.)
CONVERSION_BETWEEN = re.compile(r"\s*\(\s*")
INHERITED_QUALIFIERS = frozenset({"approximately", "at most"})


def _conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """A sum converted in brackets right after a rough or bounded sum takes its qualifier."""
    out = list(found)
    for i in range(1, len(out)):
        first, converted = out[i - 1], out[i]
        if (first.kind == converted.kind == "money" and converted.qualifier == "exact"
                and first.qualifier in INHERITED_QUALIFIERS
                and CONVERSION_BETWEEN.fullmatch(text, first.end, converted.start)):
            out[i] = replace(converted, qualifier=first.qualifier)
    return out


SCALE_WORD = re.compile(SCALE, re.IGNORECASE)


def _with_scale_of(low: Quantity, high: Quantity) -> Quantity:
    """A range's lower bound in its upper bound's scale where it states none: "between 2 and 5 million" is two
    million to five million. Not where the bound is a number of the scale already ("500 to 1 million")."""
    scale = SCALE_WORD.search(high.text)
    if scale is None or SCALE_WORD.search(low.text) or "date" in (low.kind, high.kind):
        return low
    factor = scale_of(scale.group().strip(" -"))
    return replace(low, value=low.value * factor) if factor > 1 and low.value * factor < high.value else low


def _with_unit_of(low: Quantity, high: Quantity) -> Quantity:
    """A range's lower bound in its upper bound's unit, where it states none or only part of it ("$25 million"
    of "$25 million and $100 million a day")."""
    bare = (low.kind, low.unit) == ("count", "count") and high.kind != "date"
    per = low.kind == high.kind == "money" and high.unit.startswith(low.unit + "/")
    return replace(low, kind=high.kind, unit=high.unit, counted=high.counted) if bare or per else low


# The lower bound of a range written with a hyphen: "2-3%", "20,000-30,000 people" (not "$20-", nor a year).
LOWER_BOUND_BEFORE = re.compile(rf"(?<![\d,.$\u00a3\u20ac\w-])(?P<low>{DIGITS})-$")
# "$20-25 an hour": the upper bound is a sum in the lower one's currency
SUM_BOUND_BEFORE = re.compile(rf"(?P<currency>{CURRENCY_SIGN})\s?(?P<low>{DIGITS})-$")


def _upper_bound(text: str, match: re.Match, masked: list[tuple[int, int]]) -> bool:
    """A number after a hyphen that closes a range: above the number before it, and neither of them a year
    ("2-1 vote", "COVID-19" and "2019-2020" are no ranges)."""
    low = (LOWER_BOUND_BEFORE.search(text, max(0, match.start() - 16), match.start())
           or SUM_BOUND_BEFORE.search(text, max(0, match.start() - 20), match.start()))
    if low is None or re.fullmatch(YEAR, low.group("low")) or re.fullmatch(YEAR, match.group("num")):
        return False
    if _is_name(text, low.start("low"), masked):
        return False  # "Local 3-14"
    return parse_digits(low.group("low")) < parse_digits(match.group("num"))


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not text[at - 1].isalnum()


def _untaken(candidates, taken: list[re.Match]) -> list[re.Match]:
    """Candidates that do not start inside a figure already found by a more specific pattern."""
    spans = [m.span() for m in taken]
    return [m for m in candidates if not any(s <= m.start() < e for s, e in spans)]


def _is_name(text: str, start: int, masked: list[tuple[int, int]]) -> bool:
    if any(s <= start < e for s, e in masked):
        return True
    before = WORD_BEFORE.search(text, max(0, start - 16), start)
    if before and before.group(1).lower() in NAME_PREFIXES:
        return True
    if NAMED_LIST_BEFORE.search(text, max(0, start - 60), start):
        return True
    if ACRONYM_BEFORE.search(text, max(0, start - 8), start) and NUMBER_NAMED.match(text, start):
        return True
    return bool(ZIP_BEFORE.search(text, max(0, start - 6), start))


def _share(match: re.Match) -> float | None:
    """The percentage "one in five" states; None where the part is not less than the whole."""
    part, whole = (parse_words(g) if g.isalpha() else float(g) for g in (match.group("part"), match.group("whole")))
    return round(100 * part / whole, 1) if part and whole and part < whole <= 100 else None


def _figure(text: str, match: re.Match) -> _Figure | None:
    if match.re is SHARE_IN:
        return _Figure(match.start(), match.end(), "percent", _share(match), "percent")
    if match.re is FRACTION:
        return _Figure(match.start(), match.end(), "percent", FRACTIONS[match.group("fraction").lower().replace("-", " ")], "percent")
    if match.re is VAGUE_COUNT or match.re is SEVERAL_COUNT:
        return _vague_count(text, match)
    if match.re is ORDINAL_SPAN:
        ordinal = match.group("ordinal").lower()
        value = float(ORDINALS.get(ordinal) or int(ordinal[:-2]))
        return _Figure(match.start(), match.end(), "duration", value, DURATION_UNITS[match.group("unit").lower()])
    if match.re is ONE_SPAN:
        unit = (match.group("unit") or match.group("long")).lower()
        days = {"fortnight": ("weeks", 2.0), "decade": ("years", 10.0)}
        unit, value = days.get(unit, (DURATION_UNITS.get(unit, unit), 1.0))
        return _Figure(match.start(), match.end(), "duration", value, unit)
    if match.re is WORD_CANDIDATE:
        value = parse_words(match.group("words"))
        rest = match.group("rest")
        if rest and value is not None:
            value = value + int(rest) if match.group("words").lower().endswith(("thousand", "hundred", "million")) else None
        return None if value is None else _number(text, match, value, False)
    if match.re is DATE:
        return _date(match)
    if match.re is MONEY:
        return _money(text, match, match.group("money_num"), match.group("money_scale"))
    value = round(parse_digits(match.group("num")) * scale_of(match.group("num_scale")), 6)
    bound = SUM_BOUND_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if bound:
        return _money_figure(text, match.start(), match.end(), value, _currency(bound.group("currency")))
    return _number(text, match, value, True)


def _vague_count(text: str, match: re.Match) -> _Figure:
    """'tens of thousands of people' -> 20,000 people and more, counted like any other count; 'several thousand
    workers' alike."""
    order, times = (_singular_order(match.group(name)) for name in ("order", "times"))
    value = float(2 * VAGUE_ORDERS[order] * VAGUE_TIMES.get(times, 1))
    end = match.end()
    of = re.match(r"\s+of\b", text[end:])
    if of is None and match.re is not SEVERAL_COUNT:  # "several million dollars", "a few thousand workers": no "of"
        return _Figure(match.start(), end, "count", value, "count", "")
    at = end + (of.end() if of else 0)
    currency = CURRENCY_WORD_AFTER.match(text, at)
    if currency:  # "hundreds of millions of dollars": a sum known by its order
        word = currency.group("word").lower().split()[-1]
        return _money_figure(text, match.start(), currency.end(), value, CURRENCY_WORDS.get(word, "USD"))
    counted, unit = counted_after(text, at)
    return _Figure(match.start(), end, "count", value, unit or "count", counted)


def _singular_order(word: str | None) -> str:
    """'thousands' -> 'thousand', 'tens' -> 'ten'; '' for no word."""
    word = (word or "").lower()
    return word[:-1] if word.endswith("s") else word


def _date(match: re.Match) -> _Figure:
    if match.group("iso"):
        year, month, day = int(match.group("iso")), int(match.group("iso_month")), int(match.group("iso_day"))
    elif match.group("dm_month"):
        year, month, day = int(match.group("dm_year") or 0), _month(match.group("dm_month")), int(match.group("dm_day"))
    elif match.group("month_only"):
        year, month, day = int(match.group("month_year")), _month(match.group("month_only")), 0
    else:
        year, month, day = int(match.group("year") or 0), _month(match.group("month")), int(match.group("day"))
    return _Figure(match.start(), match.end(), "date", float(year * 10000 + month * 100 + day), "date")


def _month(name: str) -> int:
    return MONTHS.get(name.lower().rstrip("."), 0)


def _money(text: str, match: re.Match, digits: str, scale: str | None) -> _Figure:
    value = round(parse_digits(digits) * scale_of(scale), 6)  # "4.1bn" is 4100000000, not 4099999999.9999995
    currency = _currency(match.group("currency") or "")
    return _money_figure(text, match.start(), match.end(), value, currency)


def _currency(sign: str) -> str:
    return {**SIGNED_CURRENCIES, **DOLLARS}.get(sign.replace(" ", "").replace("\t", ""), "USD")


def _money_figure(text: str, start: int, end: int, value: float, currency: str) -> _Figure:
    """A sum in `currency` from start to end, with the rate written after it ("a month", "an hour")."""
    rate = RATE_AFTER.match(text, end)
    if rate:
        period = RATE_ADVERBS.get((rate.group("adverb") or "").lower()) or (rate.group("per") or rate.group("for")).lower()
        period = RATE_NAMES.get(period, period)
        end = rate.end()
    counted, period = money_measure(text, start, end, value, period if rate else "")
    unit = f"{currency}/{period}" if period else currency
    return _Figure(start, end, "money", value, unit, counted)


def _number(text: str, match: re.Match, value: float, in_digits: bool) -> _Figure | None:
    start, end = match.start(), match.end()
    percent = PERCENT_AFTER.match(text, end)
    if percent:
        return _Figure(start, percent.end(), "percent", value, "percent", percent_measure(text, start, percent.end()))
    currency = CURRENCY_WORD_AFTER.match(text, end)
    if currency:
        word = currency.group("word").lower().split()[-1]
        if word == "cents":
            return _Figure(start, currency.end(), "money", value / 100, "USD")
        return _money_figure(text, start, currency.end(), value, CURRENCY_WORDS.get(word, "USD"))
    code = CURRENCY_CODE_BEFORE.search(text, max(0, start - 5), start)
    if code:  # "EUR 480": the figure starts at the code
        return _money_figure(text, code.start(), end, value, code.group("code"))
    age = age_before(text, start, value) if in_digits else ""
    if age:  # "the retirement age to 62": years of a person's life, not a count of 62 things
        return _Figure(start, end, "duration", value, "years", age)
    duration = DURATION_AFTER.match(text, end)
    if duration:
        word = duration.group("unit").lower()
        # "a five-year contract" is of the contract; "in 15 years began" is of nothing: a plural span names no noun
        of = "" if duration.group().lower().endswith("s") else duration_of(text, duration.end())
        return _Figure(start, duration.end(), "duration", value * DURATION_SCALE.get(word, 1), DURATION_UNITS[word], of)
    counted, unit = counted_after(text, end)
    if not counted:
        counted, unit = number_of_before(text, start)
    if not counted:
        counted, unit = number_of_after(text, end)
    year_before = YEAR_PREPOSITION.search(text, max(0, start - 8), start)
    # "the 1997 handover", "a 2011 survey": a year naming one event or thing, where "the 2000 workers" are many.
    year_of_event = THE_BEFORE.search(text, max(0, start - 4), start) and not counted.endswith("s")
    # "a possible 2032 presidential candidate", "its 2019 contract": a count is of many things, so a number before
    # one thing is its year
    year_of_event = year_of_event or _one_of(counted)
    if in_digits and _is_year(match.group(), value) and unit != "people" and not STRONG_AFTER.match(text, end) \
            and not VOTES_AFTER.match(text, end) and (
            not counted[:1].islower() or year_before or year_of_event):
        return _Figure(start, end, "date", value * 10000, "date")
    if not in_digits and value < WORD_MAGNITUDE and (not counted or value == 1 or counted.split()[-1].lower() in NOT_COUNTS):
        if not _toll(text, start, end, counted):
            return None  # "one of the", "the two sides agreed", "not one container": a small word number needs a noun
        unit = "people"  # "one guard was killed", "a dozen were hurt": a toll, however small, counts people
    return _Figure(start, end, "count", value, unit or "count", counted)


NONE_BEFORE = re.compile(r"\b(?:no|not|nor|without)\s+$", re.IGNORECASE)


def _toll(text: str, start: int, end: int, counted: str) -> bool:
    """A small word number that counts the dead, hurt or held: "killed one marcher", "one porter died", "a dozen
    were hurt". Not "no one was hurt", and not "one of the" with no toll beside it."""
    if counted and not any(is_person(word) for word in counted.lower().split()):
        return False  # "one container": a thing
    if NONE_BEFORE.search(text, max(0, start - 8), start):
        return False
    return bool(CASUALTY_AFTER.match(text, end) or CASUALTY_BEFORE.search(text, max(0, start - 40), start))


COLLECTIVE_PLURALS = frozenset("police clergy cattle livestock".split())  # many, though without an "s"


def _one_of(counted: str) -> bool:
    """A counted noun that names one thing, not many ("candidate", not "candidates" nor "staff")."""
    last = counted.split()[-1] if counted else ""
    return last[:1].islower() and not last.endswith("s") and not is_people(last) and last not in COLLECTIVE_PLURALS


def _is_year(raw: str, value: float) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100


def _qualified(text: str, figure: _Figure) -> Quantity:
    start, end = figure.start, figure.end
    qualifier = "exact"
    before = QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group("q").lower() == "up to" and SUM_BEFORE_UP_TO.search(text, max(0, before.start() - 12),
                                                                                  before.start()):
        before = None  # "adds up to $1,633", "will go up to $19": the total or the new level, not a ceiling
    if before and not _over_a_figure(text, before) and not _period(before, figure):
        qualifier = _qualifier_name(before.group("q"))
        if qualifier == "more than" and NEGATION_BEFORE.search(text, max(0, before.start() - 20), before.start()):
            qualifier = "at most"  # "can't get more than 28 hours"
        start = before.start()
    elif figure.kind != "date":
        qualifier = _range_bound(text, figure) or qualifier
    vague = VAGUE_TEXT.match(text, figure.start, figure.end)
    if vague and (vague.end() == figure.end or figure.kind == "money") and qualifier == "exact":
        qualifier = "at least"  # "tens of thousands": twenty thousand or more (frames.interval caps it)
    after = QUALIFIER_AFTER.match(text, end)
    if after and figure.kind != "date":
        qualifier = QUALIFIERS.get(after.group("q").lower(), qualifier)
        end = after.end()
    return Quantity(
        text=text[start:end], start=start, end=end, kind=figure.kind, value=figure.value, unit=figure.unit,
        qualifier=qualifier if figure.kind != "date" else "exact", counted=figure.counted,
    )


def _range_bound(text: str, figure: _Figure) -> str:
    """'between 4,000 and 5,000': the first figure is a lower bound, the second an upper one."""
    if RANGE_OPEN.search(text, max(0, figure.start - 10), figure.start):
        return "at least"
    if RANGE_CLOSE.search(text, max(0, figure.start - 40), figure.start):
        return "at most"
    return ""


def _qualifier_name(word: str) -> str:
    if CEILING.search(word):
        return "at most"
    return QUALIFIERS.get(word.lower(), "approximately")


def _period(qualifier: re.Match, figure: _Figure) -> bool:
    """'a raise over three years': 'over' before a duration is the period, not a bound."""
    return figure.kind == "duration" and qualifier.group("q").lower() in ("over", "under")


def _over_a_figure(text: str, qualifier: re.Match) -> bool:
    """'12 percent over three years': 'over' after a figure is a span of time, not a bound."""
    if qualifier.group("q").lower() not in ("over", "under", "above", "below", "beyond", "some"):
        return False
    before = text[max(0, qualifier.start() - 12):qualifier.start()].rstrip().lower()
    return bool(before) and (before[-1].isdigit() or before.endswith(("%", "percent", "cent")))
