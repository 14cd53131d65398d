"""Place a speaker on a side of the dispute.

With a parties file, aliases and people decide, longest alias first, but the
head noun matters: "Acme Health workers" speak for labour even though
"Acme Health" is the employer, while "Acme officials" speak for it.
Without one, organisations are placed by what they are (a local, a guild, a
hospital, Inc.), and the employer is learnt from the document itself: the
organisation named in "X workers", "workers at X", "strike against X".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.patterns import NAME_WORD, WEB_DOMAIN
from claims.lexicon import (
    BUSINESS_NAME_HEADS, EMPLOYER_MEMBER_NOUNS, EMPLOYER_ORG_NOUNS, GENERIC_NAMES, LABOUR_ORG_NOUNS,
    MANAGEMENT_NOUNS, PEOPLE_NOUNS, REPORTING_VERBS, OUTLET_NOUNS, ROLE_NOUNS, SHARED_ORG_NOUNS, WEEKDAYS, WORKER_NOUNS,
    OUTLET_KINDS, called_an_outlet, is_country, is_nationality,
)
from claims.kinds import (
    ANALYST_NOUNS, CAMPAIGN_NOUNS, GOVERNMENT, GOVERNMENT_NOUNS, GOVERNMENT_WORDS, INDEPENDENT_COUNTER, LABOUR_OFFICE,
    LOBBY, NOT_LABOUR_UNION, POLICE_MINISTRIES, POLICE_NOUNS, POLICE_WORDS, STAGED_IT, STATE_MEDIA,
    STATE_MEMBERS, STATISTICS_OFFICE, government_employs, is_legislature, kind_of, names_an_analyst,
    tells_of_labour_agreement,
)
from claims.model import ANALYST, ORGANIZERS, POLICE, REPORTER, UNKNOWN, KnownOrganisations, Parties
from claims.organisations import (
    NO_TRADE, ORG, ROMANCE_LINKS, THE_TITLE, UNITED_WORKERS, NamedOrganisations, Vocabulary,
)
from claims.owners import SOURCE_NOUNS
from claims.parties import labour_side, management_side

NAME = rf"{NAME_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{NAME_WORD}){{1,2}}"


def _either_case(words: str) -> str:
    return "(?:%s)" % "|".join(form for word in words.split() for form in (word, word.capitalize()))


# An employer's people; "members" are a union's too ("HCD members", "members of the Harbour Society of Porters").
STAFF_WORDS = ("workers employees staff staffers nurses technicians drivers teachers pilots strikers attendants crew crews"
               " machinists mechanics baristas dockworkers longshoremen porters cleaners")
STAFF = _either_case(STAFF_WORDS)
WORKERS = _either_case(f"{STAFF_WORDS} members")
# Words that stand between an organisation and its workers only when they are not its workers: "the minister stood
# by the nurses", "the college says its workers", "nothing like the nurses' walkouts", "Vell urges striking porters",
# "the board thanked porters". A verb in the present ends in -s, as no word naming a kind of worker
# ("port", "cabin", "school") does.
NOT_A_MODIFIER = (
    r"(?:the|a|an|by|of|in|on|to|for|and|or|its|their|his|her|with|like|as|at|from|says|said|told|stood"
    r"|that|when|because|before|after|while|where|who|which|is|was|were|are|has|had|have|will|would|could"
    r"|understood|urged|offered|reported|called|asked|left|gave|[a-z]*[^s\W]s)"
)
# The head nouns of bodies named by what they are ("City Constabulary", "Labour Ministry"): no person's name ends so.
BODY_NOUNS = POLICE_NOUNS | POLICE_WORDS | GOVERNMENT_NOUNS | GOVERNMENT_WORDS | ANALYST_NOUNS
HEAD_OF_GOVERNMENT = r"(?:President|Prime\s+Minister|Premier|Chancellor|Governor|Minister)"
EMPLOYER_PATTERNS = (
    # "Acme Health IT workers", but not "Transit Workers Local 214", which is the union's name.
    re.compile(
        # (not a name that ends a sentence: "Harwell Ledger.\nPorters reject ...")
        rf"(?P<org>{ORG})(?<![a-z]\.)(?!(?<=\.)\s*\n)(?:\u2019s|'s)?"
        rf"(?:\s+(?!{NOT_A_MODIFIER}\b)(?:[a-z][\w-]*|[A-Z]{{2,4}})){{0,3}}\s+{STAFF}\b"
        rf"(?![ \t]+(?:Union|Local|United|Guild|Association|Alliance|Council|International|of America"
        rf"|Organi[sz]ation|Federation|Society)\b)"
    ),
    re.compile(rf"\b(?:{STAFF}\s+(?:at|of|for)|members\s+(?:at|for))\s+(?:the\s+)?(?P<org>{ORG})"),
    # "drivers who work for Harbourline"
    re.compile(rf"\b(?:{STAFF}|[Ee]mployee|[Ww]orker)\s+(?:(?:has|have|had|who)\s+)*(?:worked|works|work)\s+(?:for|at)\s+"
               rf"(?:the\s+)?(?P<org>{ORG})"),
    # "Skyway's union members": the members of the union of Skyway's staff
    re.compile(rf"(?P<org>{ORG})(?:\u2019s|'s)\s+union\s+members\b"),
    # (not a head of government: "the strike against President Vell" is against a government's policy)
    re.compile(rf"\b(?:strike|struck|walkout|walked\s+out|lockout|picket\w*|protest|talks|negotiations)\s+"
               rf"(?:against|at|with)\s+(?:the\s+)?(?!{HEAD_OF_GOVERNMENT}\b)(?P<org>{ORG})"),
    re.compile(rf"(?P<org>{ORG})(?:\u2019s|'s)?\s+(?:management|executives|managers|administrators|CEO|proposals?|offer)\b"),
    # "Northline's first proposal to the union": an offer made to a union or to workers comes from their employer.
    re.compile(
        rf"(?P<org>{ORG})(?:\u2019s|'s)\s+(?:[a-z-]+\s+){{0,2}}?(?:offers?|proposals?|package)\s+to\s+(?:the\s+|its\s+)?"
        rf"(?:unions?|guild|local|{WORKERS})\b"
    ),
    # "reached a tentative agreement with Northline Buses": a union's labour contract is with its employer.
    re.compile(rf"\b(?:tentative\s+(?:agreement|deal|contract|settlement)|collective\s+agreement|contract)\s+with\s+(?:the\s+)?(?P<org>{ORG})"),
    re.compile(rf"\bbetween\s+(?P<org>{ORG})\s+and\s+(?:the\s+|its\s+|a\s+)?(?:coalition|unions?|alliance|guild|local|workers)\b"),
    re.compile(rf"\bbetween\s+(?:the|their|its)\s+(?:unions?|guild|local|workers|staff)\s+and\s+(?:the\s+)?(?P<org>{ORG})"),
    # "the guild and Harbourline remain locked in negotiations": the other party to a union's talks
    re.compile(rf"\b(?:unions?|guild|{WORKERS})\s+and\s+(?:the\s+)?(?P<org>{ORG})\s+(?:are|were|remain|remained|have\s+been"
               rf"|had\s+been)\s+(?:still\s+)?(?:in|holding|locked\s+in)\s+(?:[a-z]+\s+)?(?:talks|negotiations)\b"),
    # "Greenvale Grocers has offered $1.90": in a labour dispute the offer comes from the employer.
    re.compile(rf"(?P<org>{ORG})\s+(?:has\s+|had\s+|have\s+)?(?:offered|is\s+offering|tabled|presented)\b"),
    # "Northline said 40% of its staff were on strike": an organisation that counts its own staff employs them.
    re.compile(
        rf"(?P<org>{ORG})\s+(?:said|says|reported|estimated|put)\s+(?:that\s+)?(?:[a-z]+\s+){{0,2}}?[\d.,]+\s*"
        r"(?:%|per\s*cent|percent)?\s+of\s+its\s+(?:[a-z-]+\s+)?(?:staff|workers|employees|workforce|drivers|pilots"
        r"|crews?|nurses|teachers)\b"
    ),
    # "Corvane said it had laid off 640 staff", "Harbour Health, which employs 4,300 people": an
    # organisation that hires, lays off or employs workers is their employer.
    re.compile(
        rf"(?P<org>{ORG})(?:,\s+which|\s+(?:said|says|announced)\s+(?:that\s+)?it)?\s+(?:has\s+|had\s+|have\s+|will\s+)?"
        r"(?:(?:temporarily|also|already|since|now)\s+)?(?:laid\s+off|lays\s+off|lay\s+off|furloughed|furloughs"
        r"|employs|employed|idled)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[\d,.]+"
    ),
    # "Harbourline is struggling to hire new drivers": whoever hires and keeps the workers employs them
    re.compile(
        rf"(?P<org>{ORG})\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+|will\s+)?(?:been\s+)?(?:(?:unable|struggling|failing|trying"
        rf"|able)\s+to\s+|cannot\s+|could\s+not\s+)?(?:recruit|hire|retain)(?:\s+and\s+(?:recruit|hire|retain|keep))?\s+"
        rf"(?:enough\s+|more\s+|new\s+)?(?:[a-z-]+\s+)?{STAFF}\b"
    ),
    # "Lakeport Wards, a trust which operates the city's clinics", "Harbourline, which runs the port": the
    # organisation that runs the service its workers work in employs them.
    re.compile(rf"(?P<org>{ORG}),\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:that|which)|which)\s+(?:runs|operates|manages)\s"),
    # "Lakeport Rail has improved its pay offer", "raised the wage increase it is proposing": whoever improves an
    # offer made it.
    re.compile(
        rf"(?P<org>{ORG})\s+(?:has\s+|had\s+|have\s+)?(?:improved|raised|increased|sweetened|revised|upped)\s+"
        rf"(?:its|their|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:offer|proposal|increase|raise)\b"
    ),
)
# An organisation that workers belong to, that strikes or that serves a strike notice is labour's:
# "NRDU's five-day strike notice", "55,000 workers belong to NRDU's units", "the union, NRDU,".
# "HFU's five-day strike", but also "Skyway's first strike since 2008": the strike of a union, or the strike at an
# employer. Taken for a union only where nothing in the text makes the organisation an employer.
OWN_STRIKE = re.compile(rf"(?P<org>{ORG})(?:\u2019s|'s)\s+(?:(?!union)[a-z-]+\s+){{0,2}}?(?:strike|walkout|strikers)\b")
LABOUR_PATTERNS = (  # (a word the text must hold, the pattern)
    ("s ", re.compile(
        # (not "Skyway's union members": the members of the union of Skyway's staff)
        rf"(?P<org>{ORG})(?:\u2019s|'s)\s+(?:(?!union)[a-z-]+\s+){{0,2}}?(?:members|membership|locals?"
        rf"|bargaining\s+(?:committee|team|unit)|units?)\b"
    )),
    (" by ", re.compile(rf"\b(?:represented\s+by|organi[sz]ed\s+by)\s+(?:the\s+)?(?P<org>{ORG})")),
    (" to ", re.compile(rf"\bbelong\s+to\s+(?:the\s+)?(?P<org>{ORG})")),
    ("embers of", re.compile(rf"\b[Mm]embers\s+of\s+(?:the\s+)?(?P<org>{ORG})")),
    ("strike", re.compile(rf"(?P<org>{ORG})\s+(?:has\s+|have\s+|had\s+)?(?:served|issued|gave|called|launched)\s+(?:a\s+)?(?:[a-z-]+\s+){{0,2}}?strike\b")),
    ("union", re.compile(rf"(?P<org>{ORG}),\s+(?:the|a|which\s+is\s+the|[A-Z][\w-]*(?:\u2019s|'s))\s+(?:[\w-]+\s+){{0,3}}?union\b")),
    # "the NDWU union", "the dockers' union SPL": an acronym beside the word union is the union's.
    ("union", re.compile(r"\b(?P<org>[A-Z][A-Z0-9&-]{1,7})\)?\s+(?:trade\s+|labou?r\s+)?unions?\b")),
    ("union", re.compile(r"\bunions?\s+(?P<org>[A-Z][A-Z0-9&-]{1,7})\b")),
    # "the LDF and HFU unions", "the MTU, LDF and HFU unions": each acronym of a list before the word unions (a list
    # of ten at most, so that a run of acronyms costs each position a bounded look ahead).
    ("unions", re.compile(r"\b(?P<org>[A-Z][A-Z0-9&-]{1,7})(?=(?:,\s+[A-Z][A-Z0-9&-]{1,7}){0,8},?\s+(?:and|or)\s+"
                          r"[A-Z][A-Z0-9&-]{1,7}\s+(?:trade\s+|labou?r\s+)?unions\b)")),
    ("unions", re.compile(r"\b(?:and|or)\s+(?P<org>[A-Z][A-Z0-9&-]{1,7})(?=\s+(?:trade\s+|labou?r\s+)?unions\b)")),
    # "the HTA and RMU, the unions whose members are on strike": both names of a pair the appositive calls unions.
    ("unions", re.compile(rf"(?P<org>{ORG})(?=,?\s+and\s+(?:the\s+)?{ORG},\s+(?:the|both|two)\s+(?:[\w-]+\s+){{0,2}}?unions\b)")),
    ("unions", re.compile(rf"\band\s+(?:the\s+)?(?P<org>{ORG}),\s+(?:the|both|two)\s+(?:[\w-]+\s+){{0,2}}?unions\b")),
    # "the HPU, one of the unions in the coalition": one of several unions
    ("unions", re.compile(rf"(?P<org>{ORG}),\s+one\s+of\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){{0,3}}?unions\b")),
    # "the Verdant union", "the Fairway union": a one-word name before the word union, in lower case.
    ("union", re.compile(r"\b[Tt]he\s+(?P<org>[A-Z][a-z]{2,})\s+(?:trade\s+)?union\b")),
    # "the services union Verband", "the train drivers' union Harbourline": a name after the word union.
    ("union ", re.compile(
        r"\bthe\s+(?:[a-z\u2019'-]+\s+){0,3}union\s+(?!(?:President|Secretary|General|Chair|Leader|Boss|Chief|Local)\b"
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<org>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})"
    )),
    # "the federation's Northern Council of Unions": an organisation a union belongs to; "NRDU members must
    # still vote to ratify": members who ratify a contract are a union's.
    ("s ", re.compile(rf"(?P<org>{ORG})(?:\u2019s|'s)\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){{0,6}}(?:Unions?|Locals?)\b")),
    # "HRU members voted", "some 410 HRU members struck in May": members who vote or strike are a union's.
    (" members ", re.compile(rf"(?P<org>{ORG})\s+members\s+(?:[a-z]+\s+){{0,2}}?(?:vote|voted|ratif\w*"
                             r"|(?:out\s+)?on\s+strike|struck|walked\s+out)\b")),
    # "HWX members at six depots have backed industrial action", "Corvel members who are set to walk out": members
    # who take action against an employer are a union's, however far the verb.
    (" members ", re.compile(rf"(?P<org>{ORG})\s+members\s+(?:[\w\u2019'-]+\s+){{0,10}}?(?:backed|back|backing|voted\s+for)\s+"
                             r"(?:industrial|strike)\s+action\b")),
    (" members ", re.compile(rf"(?P<org>{ORG})\s+members\s+(?:who|that)\s+(?:[\w-]+\s+){{0,4}}?(?:walk|strike)\b")),
    # "Voting by Harbour College of Drivers (HCD) members ended on Monday": a ballot of an organisation's members
    (" members", re.compile(rf"\b(?:[Vv]oting|[Bb]allot|[Vv]ote)\s+(?:by|of|among)\s+(?:the\s+)?(?P<org>{ORG})"
                            r"(?:\s+\([A-Z][A-Z0-9&-]{1,7}\))?\s+members\b")),
    # "the HCD's general secretary", "general secretary of the HCD": the title a union's leader holds
    ("ecretary", re.compile(rf"(?P<org>{ORG})(?:\u2019s|'s)\s+(?:[Gg]eneral\s+[Ss]ecretary)\b")),
    ("ecretary", re.compile(rf"\b[Gg]eneral\s+[Ss]ecretary\s+of\s+(?:the\s+)?(?P<org>{ORG})")),
    ("ecretary", re.compile(rf"(?P<org>{ORG})\s+[Gg]eneral\s+[Ss]ecretary\s+[A-Z]")),  # "HCD general secretary Pat Vale"
    # "the union, HCD,", "the porters' union, HCD,": an appositive naming the union
    ("union,", re.compile(rf"\bthe\s+(?:[a-z\u2019'-]+\s+){{0,3}}?union,\s+(?P<org>{ORG}),")),
)
# A title just before a name makes the name a person's: "union head Pat Vale", "Harbourline chief executive".
ROLE_BEFORE_NAME = re.compile(
    r"\b(?:head|leader|president|secretary|chief|boss|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman"
    r"|director|executive|official|organi[sz]er|negotiator|representative)\s+$",
    re.IGNORECASE,
)
# "Acme Health and the Alliance of Health Care Unions": an organisation paired with a union.
PAIRED_WITH = re.compile(rf"(?P<org>{ORG})\s+and\s+(?:the\s+|its\s+)?(?P<other>{ORG}|unions?\b)")
# "estimates by the IES", "a study from the Lakeport Institute": the organisation that did the reckoning.
AUTHORED_BY = re.compile(
    r"\b(?:analys[ie]s|stud(?:y|ies)|surveys?|research|estimates?|calculations?|projections?|forecasts?)\s+(?:by|from)\s+"
    rf"(?:the\s+)?(?P<org>{ORG})"
    # "by the estimates of the Verdant Counting firm": a source whose estimate a figure is given by
    rf"|\bby\s+the\s+(?:[a-z]+\s+)?(?:estimates?|reckoning|calculations?)\s+of\s+(?:the\s+)?"
    rf"(?P<source>{ORG}(?:\s+(?:firm|company|group|consultancy|agency))?)"
)
# "Lakebank estimated", "the Harwell Institute calculated": a bank or an institute no party's name spells out,
# reckoning a figure. A person's name is left to what the text says of the person, and an acronym may be an outlet's
# ("CNN estimated the crowd").
ESTIMATING_FIRM = re.compile(
    r"(?P<org>\b[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3}?[ \t]*(?:Bank|bank|Institute|Insurance|Capital|Securities"
    r"|Economics|Research|Analytics))\s+(?:has\s+|had\s+|also\s+)*(?:estimated|estimates|calculated|calculates|forecast"
    r"|forecasts|projected|projects|predicted|predicts|reckoned|reckons)\b"
)
# An organisation, then what it is: "the Lakeport Tally Project, a volunteer group that tracks attendance".
ORGANISATION_DESCRIBED = re.compile(rf"(?P<org>{ORG}),\s+(?P<desc>(?:a|an)\s[^,.;\u201c\u201d\"]{{3,100}})")
# A party named as the opposition: "the opposition Harbour Front (HF)", "the main opposition Civic Union"; or
# described as one: "the HF, an opposition party".
OPPOSITION_NAMED = re.compile(rf"\b(?:main\s+|largest\s+)?opposition\s+(?:party\s+|coalition\s+|alliance\s+)?(?P<org>{ORG})"
                              r"(?:\s+\((?P<acronym>[A-Z][A-Za-z0-9-]{1,7})\))?")
OPPOSITION_DESCRIPTION = re.compile(r"(?:a|an)\s+(?:main\s+|leading\s+)?opposition\s+(?:party|coalition|alliance|movement)\b")
# "Harwell Securities has cut its rating on Skyway and lowered its price target": what a broker or forecaster does.
RATES_OR_FORECASTS = re.compile(
    rf"(?P<org>{ORG})\s+(?:has\s+|had\s+|also\s+)*(?:cut|lowered|raised|trimmed|lifted|downgraded|upgraded|reiterated"
    r"|maintained|kept)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:rating|price\s+target|target\s+price|recommendation"
    r"|estimates?|forecasts?)\b"
)
BARE_GROUP = frozenset("the a an this that group groups".split())
# Titles that in an article about a strike or bargaining name the head of the employer, whatever organisation
# they are not said to be of ("Superintendent Ari Moss said the district ...").
EMPLOYERS_HEADS = frozenset(("superintendent", "ceo", "chief executive"))
# Titles that "the president", "the minister" use to name again the one person the article gave them to.
HEAD_TITLES = frozenset("president premier minister governor mayor chancellor".split())
ROLE_WORDS = (
    r"spokesperson|spokeswoman|spokesman|president|vice president|director|secretary|"
    r"treasurer|steward|representative|negotiator|attorney|lawyer|counsel|CEO|chief executive|"
    r"executive|officer|manager|administrator|nurse|worker|member|technician|teacher|driver|leader|official"
    r"|organizer|organiser|chairman|chairwoman|chairperson|chair|undersecretary|minister|premier|mayor|governor|commissioner"
    r"|superintendent|chancellor|economist|analyst|researcher|scientist|sheriff|senator|speaker|Gov\.|Sen\."
)
# Words a time opens with, never a name: "On" a weekday, "Since" a month.
TIME_OPENERS = frozenset("on in at by since until from after before during last this next".split())
# A name cannot end in a title: "Indonesia's Deputy House Speaker" names an office, not a person.
TITLE_WORDS = frozenset(w.lower() for w in ROLE_WORDS.split("|") if w.isalpha())
# Lower case or capitalised, spelt out: a case-insensitive group would make the engine try every position.
ROLE_ALTERNATION = "|".join(w for word in ROLE_WORDS.split("|") for w in (word, word[0].upper() + word[1:]))
PERSON_AFTER_ROLE = re.compile(rf"(?P<role>{ROLE_ALTERNATION})[ \t]+(?P<name>{NAME})")
# The organisation words before a role: "USW Local 7600" President, "Kaiser" spokesperson.
# "Acme CEO and" President: a second title after the first, of the same organisation.
ROLE_MODIFIERS = re.compile(r"(?:(?:[A-Z][\w&.\u2019'-]*|\d+)[ \t]+){1,4}(?:and[ \t]+)?$")
# A president of no organisation is a head of state: "former President Lena Varga", "U.S. President X", not
# "Union President X" nor "Acme President X" (a capitalised word before the title names its organisation).
# (not "Acme CEO and President Jo Farr": a second title of one organisation's head)
HEAD_OF_STATE = re.compile(
    # (not "union President Gwen Lind", "company president": the head of an organisation the word before names)
    r"(?:^|[.;:,(]\s*|(?<![\w'\u2019])(?!and\s)(?!(?:union|guild|local|company|firm|association|federation|council"
    r"|university|college|club|bank|chamber|corporation|group|airline|hospital|district|board)\s)"
    r"(?:[a-z]+|[Ff]ormer|U\.S\.|US)\s+)(?:[Vv]ice[ -])?President$", re.MULTILINE
)
SURNAME_PARTICLES = frozenset("le la de du da di van von der den del della al el bin ibn ter".split())
# A description's words run to its comma or full stop; the dots of initials ("the U.N. envoy") end nothing.
DESCRIPTION_CHAR = r"(?:[^,.;\u201c\u201d\"]|(?<=\b[A-Z])\.)"
# Those who treat the hurt, by a word of their name ("a medical officer", "the Harwell Clinic").
CARE_WORDS = frozenset("hospital hospitals medical clinic clinics morgue".split())
# A possessive inside a capitalised phrase ("Chile's Red Crescent") makes it an organisation of a place, never a person.
POSSESSIVE_MARK = re.compile(r"\w(?:'|\u2019)s\s")
# After "according to" a name and its comma, a verb with its object opens the source's account ("riot police soon
# cleared the strikers", "the depots closed at noon"), where a description would name a role ("president of the HPU").
ACCORDING_TO_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+$")
CLAUSE_OPENING = re.compile(
    r"(?:[\w\u2019'-]+\s+){1,5}?(?:[a-z]{2,}ed|shot|beat|hit|said|told|took|gave|made|went|began|left|held|fled)\s+"
    r"(?:to|the|a|an|that|on|at|in|by|\d|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ly)\b")
PERSON_DESCRIBED = re.compile(
    # (not "According to Harbourline, all HRU members would get 5%": a quantifier opens a clause, not a description;
    # nor "Ada Quill, whose son attends Lakeport schools": whose kin, not whom she works for)
    rf"(?P<name>{NAME}),\s+(?!(?:all|every|each|some|most|many|both|no|few|whose)\s)"
    rf"(?P<desc>(?:a|an|the)\s{DESCRIPTION_CHAR}{{3,80}}|[a-z]{DESCRIPTION_CHAR}{{2,60}}"
    rf"(?:,\s*[A-Z][^,.;\u201c\u201d\"]{{2,60}})?"
    # "Dana Vell, Harwell Air's chief human resources officer,": a role the organisation's possessive names
    rf"|{ORG}(?:\u2019s|'s)\s+[^,.;\u201c\u201d\"]{{2,60}})"
)
# A person described as striking: "a striking porter", "a porter on strike", "who is on the picket line".
ON_STRIKE = re.compile(r"\b(?:striking|on\s+strike|on\s+the\s+picket\s+line|picketing|walked\s+out)\b", re.IGNORECASE)
# A person described only by working for an organisation: "who has worked at the Harbourline for 12 years", "an
# employee of Lakeport Foods". In a dispute between its workers and their employer, such a person is one of the
# workers; the employer speaks through its managers and spokespeople.
WORKS_FOR = re.compile(r"\b(?:who\s+(?:has\s+|had\s+|have\s+)?(?:worked|works|been\s+working)\s+(?:at|for)"
                       r"|an?\s+(?:\w+\s+)?employee\s+(?:of|at)|employed\s+(?:at|by))\b", re.IGNORECASE)
SPEAKS_FOR_MANAGEMENT = re.compile(r"\b(?:spokes\w+|manager\w*|executive\w*|director\w*|chief|ceo|president|owner"
                                   r"|head|official\w*|supervisor\w*|administrator\w*|vice)\b", re.IGNORECASE)
# "Ada Quill of Lakeport, who speaks for the union": a relative clause says whom a person speaks for.
PERSON_WHO = re.compile(
    rf"(?P<name>{NAME})(?:\s+of\s+[A-Z][\w-]+)?,\s+who\s+(?:speaks\s+for|represents|heads|leads|chairs|runs"
    rf"|is\s+(?:the\s+)?(?:president|head|leader|chair|spokesperson)\s+(?:of|for))\s+(?P<desc>[^,.;\u201c\u201d\"]{{3,80}})"
)
# "Two crowd scientists at Northfield State University, Cora Lind and Rafe Mott, estimated"
PEOPLE_AFTER_DESCRIPTION = re.compile(
    rf"(?P<desc>\b(?:economists|analysts|researchers|scientists|experts|officers|officials|organizers"
    rf"|organisers|spokespeople|statisticians)\b[^,.;]{{0,80}}),\s+(?P<names>{NAME}(?:,\s+{NAME})*\s+and\s+{NAME}),"
)
# "The union's president, Dan Birch, said": the role, then the name; the description is read back from the role.
PERSON_AFTER_DESCRIPTION = re.compile(rf"\b(?P<role>{ROLE_ALTERNATION}),\s+(?P<name>{NAME}),")
STATE_OFFICE = r"(?:[Uu]nder-?secretary|[Ss]ecretary|[Mm]inister|[Cc]ommissioner)"
# "the chair of the Harbour Porters' Guild, Dana Vell, said": a role of an organisation, then the name; so is a
# state's office named by its field ("Wessex's undersecretary of the interior, Dana Vell, said").
PERSON_AFTER_ROLE_OF = re.compile(
    rf"\b(?P<desc>(?:[Tt]he|[Aa]n?|[A-Z][\w.-]*(?:\u2019s|'s))\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?:{ROLE_ALTERNATION})\s+(?:of|at|for)\s+(?:the\s+)?{ORG}"
    rf"|{STATE_OFFICE}\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,2}})),\s+(?P<name>{NAME}),"
)
# (or a name's possessive: "Wessex's health minister, Dana Vell,")
DESCRIPTION_START = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:\u2019s|'s))\s+(?:[\w\u2019'-]+\s+){0,4}$"
)
TRAILING_NAME = re.compile(rf"(?P<name>{NAME})$")
PERSON_OF_PLACE = re.compile(rf"^(?P<name>{NAME})\s+of\s+[A-Z][\w-]+$")
# "Markus Brand of the consultancy Harwell", "Ada Quill of the Harbour Union": the person speaks for it.
PERSON_OF_ORG = re.compile(rf"^(?P<name>{NAME})\s+(?:of|at|from|with)\s+(?P<org>the\s+.+)$")
# "Rafe Mott of Corvane Air said": of an organisation by its bare name, which only the article can tell from a place.
PERSON_OF_NAMED_IN_TEXT = re.compile(
    rf"(?P<name>{NAME})\s+of\s+(?P<org>[A-Z][\w&\u2019'-]*(?:\s+[A-Z][\w&\u2019'-]*){{0,3}})"
    rf"(?=\s+(?:put|puts|said|says|estimated|estimates|told|wrote|calculated|found|added)\b|[,;:])"
)
PERSON_OF_ORG_IN_TEXT = re.compile(rf"(?P<name>{NAME})\s+of\s+(?P<org>the\s+[^,.;:\u201c\u201d\"]{{3,80}}?)(?=\s+(?:put|puts|said|says|estimated|estimates|told|wrote|calculated|found)\b|[,.;:])")
# "the consultancy Harwell", "the union Verband": what the named organisation is, said before its name.
NOUN_BEFORE_NAME = re.compile(r"^the\s+(?P<noun>[a-z][a-z-]+)\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})$")
ROLE_OF = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:head|chief|leader|boss|president|chair|chairman|chairwoman|spokesperson"
    r"|spokesman|spokeswoman|secretary|director|negotiator|representative|official|members?)\s+(?:of|at|for)\s+"
    r"(?P<org>.+)$",
    re.IGNORECASE,
)
# A relative clause after what a phrase names, which says more of it without changing what it is.
RELATIVE_CLAUSE = re.compile(r",?\s+(?:who|whose|that|which)\b")
# "Hundreds of nurses rallying outside the ministry": what the people are doing, where, is no party of theirs.
DOING_AFTER_PEOPLE = re.compile(r"^(?P<people>.*?\b[A-Za-z]+s)\s+(?:[a-z]+ing)\s+(?:outside|at|in|on|near|before|across|through"
                                r"|around|along|to|towards|against)\b")
# "A team of doctors", "a panel of economists": the people the collective noun counts are who speak, not a "Group".
COLLECTIVE_OF = re.compile(r"^(?:(?:an?|the)\s+(?:group|team|handful|number|couple|delegation|panel|band)"
                           r"|(?:hundreds|thousands|dozens|scores|tens\s+of\s+thousands))\s+of\s+(?=\S)", re.IGNORECASE)
PRESS_WORDS = frozenset("reporters reporter journalists journalist correspondents correspondent newsroom".split())
# The owner phrase owners.py gives the author of an analysis or tally: "analysis by Lakeport Aerial Mapping".
SOURCE_PHRASE = re.compile(
    rf"^(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{SOURCE_NOUNS})\s+(?:by|from)\s+(?P<source>.+)$",
    re.IGNORECASE,
)
# "the ministry's count", "Metro's actual ridership numbers", "the agency's tweet": whoever owns the statement.
# "Northline's opening proposal to the union": whoever makes an offer, whoever it is made to.
STATEMENT_NOUNS = (rf"{SOURCE_NOUNS}|tweet|statement|release|figures?|numbers?|data|account|website|records?"
                   r"|offers?|proposals?|package")
# "the partnership's analysis", "the institute's study": a statement whose noun names a source, as "analysis by".
POSSESSED_SOURCE = re.compile(rf"^.+?(?:\u2019s|'s|s\u2019|s')\s+(?:[\w-]+\s+){{0,2}}?(?:{SOURCE_NOUNS})$",
                              re.IGNORECASE)
POSSESSED_STATEMENT = re.compile(
    rf"^(?P<owner>.+?)(?:\u2019s|'s|s\u2019|s')\s+(?:[\w-]+\s+){{0,2}}?(?:{STATEMENT_NOUNS})s?"
    r"(?:\s+(?:to|for)\s+(?:the|its|their)\s+[\w\s-]{1,40})?$",
    re.IGNORECASE,
)
PREPOSITION = re.compile(r"\s(?:of|in|at|for|from|with|on|across|representing)\s")
TRAILING_NUMBER = re.compile(r"\s+\d[\d-]*$")
LOCAL_NUMBER = re.compile(r"\bLocal\s+\d+", re.IGNORECASE)
HONORIFICS = frozenset(
    """
    mr mrs ms dr prof sen rep gov president chief superintendent mayor governor senator chancellor commissioner
    principal dean provost judge
    """.split()
)
LABOUR_ACTION = (r"unions?|strik(?:e|es|ing|ers?)|bargain\w*|walkouts?|lockouts?|collective\s+agreement|picket\w*"
                 r"|walk(?:ed|s|ing)?\s+(?:out|off)")
# An article about work: a public body in it may be an employer; in one about a march it is the state.
LABOUR_DISPUTE = re.compile(rf"\b(?:{LABOUR_ACTION}|wages?|salar\w+|earns?|earnings|employees|workforce)\b", re.I)
# People on strike, by what the article says they do: "striking junior doctors", "the doctors' strike", "physicians
# have been on strike", "doctors suspended their strike".
STRIKING_PEOPLE = re.compile(
    r"\b[Ss]triking\s+(?:[\w-]+\s+){0,2}?(?P<striking>[a-z]+s)\b"
    r"|\b(?P<strike_of>[a-z]+s)(?:\u2019|')?\s+(?:(?:nationwide|national|indefinite|general|all-out)\s+)?(?:strikes?|walkouts?)\b"
    r"|\b(?P<on_strike>[a-z]+s)\s+(?:(?:at|in|of|from|across)\s+(?:[\w\u2019'-]+\s+){1,3}?)?(?:(?:have|had|has)\s+)?"
    r"(?:went|go|gone|are|were|been|remain|remained)\s+on\s+strike\b"
    r"|\b(?P<ended>[a-z]+s)\s+(?:[\w-]+\s+){0,3}?(?:suspended|suspend|called\s+off|ended|began|started|launched|resumed)"
    r"\s+(?:their|a|the)\s+(?:[\w-]+\s+){0,2}?(?:strike|walkout)\b"
)
# Unions that only belong to a march's coalition ("marches called by opposition parties with civil society and the
# trade unions"), and a party called a union ("the opposition Union for Wessex"): no work is in dispute.
UNIONS_OF_A_COALITION = re.compile(
    r"\b(?:opposition\s+parties|civil[\s-]+society)\b[^.;]{0,80}?\b(?:trade\s+)?unions\b"
    r"|\b(?:trade\s+)?unions\b[^.;]{0,80}?\b(?:opposition\s+parties|civil[\s-]+society)\b"
    r"|\bopposition\s+(?:party\s+)?(?:the\s+)?Union\s+(?:of|for)\b",
    re.IGNORECASE,
)
# A government employs its workers in an article of their union, strike or bargaining; in one about a march, "government
# employees were bused to the rally" makes no minister an employer.
INDUSTRIAL_DISPUTE = re.compile(rf"\b(?:{LABOUR_ACTION})\b", re.I)
PUBLIC_BODIES = frozenset("authority agency department service commission administration".split())
# The last words of a public employer's name: its government (a mayor, a city, a province) bargains for it.
PUBLIC_EMPLOYER = re.compile(
    r"\b(?:public\s+schools|school\s+district|unified|school\s+board|boards?\s+of\s+education|department\s+of\s+education"
    r"|transit\s+authority|transit|health\s+service|county|city)$",
    re.IGNORECASE,
)
# A strike against a government's policy, whoever employs the strikers: a general strike, a stay-away (workers stay
# home to protest), or a strike against a price rise, a tax, a law or a reform, not against an employer.
POLITICAL_STRIKE = re.compile(
    r"\b(?:(?:general|nationwide\s+general)\s+strikes?|stay-?aways?|stay-at-home\s+(?:strikes?|protests?)"
    r"|(?:strikes?|stoppages?|walkouts?)\s+against\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:prices?|tax(?:es)?|laws?|bills?|reforms?|polic(?:y|ies)|austerity|budget)\b)",
    re.IGNORECASE,
)
# A place's bare name for its government: alone, "the city" is as often the place ("the city saw 10,000 marchers").
GOVERNMENT_BY_PLACE = re.compile(r"^the\s+(?:city|state|county|province)$", re.IGNORECASE)
# An official no organisation is named for ("an official", "senior officials"), and the record the state keeps ("the
# official report", "the state exit poll", "the official results"): where no strike is in sight, the state's.
UNNAMED_OFFICIAL = re.compile(r"^(?:(?:an?|the|one|two|some|other|several|senior|local|top)\s+)*officials?$", re.IGNORECASE)
STATE_RECORD = re.compile(r"\b(?:official|state|government)\s+(?:reports?|results?|counts?|exit\s+polls?|protocols?)\b",
                          re.IGNORECASE)
ACRONYM_TOKEN = re.compile(r"^[A-Z]{2,4}$")
ACRONYM_WORD = re.compile(r"\b[A-Z]{3,5}\b")
NAME_FUNCTION_WORDS = frozenset("the of and for in at".split())
POSSESSIVE_END = re.compile(r"(?:\u2019s|'s|(?<=s)[\u2019'])$")


# The second of two parties joined by "and" opens on its own article ("Harbourline and the HRU"), or the first ends
# as an organisation's name does ("the Harbour Rail Union and Harbourline", "HRU and Harbourline"); a bare noun
# ends no name ("the College and Clinic Union" is one union).
JOINED_PARTY = re.compile(r"(?:the|its|their)\s", re.IGNORECASE)


def _complete_name(phrase: str) -> bool:
    words = phrase.split()
    last = words[-1]
    if ACRONYM_TOKEN.match(last):
        return True
    named = len([w for w in words if w.lower() not in ("the", "its", "their")]) > 1
    return named and last.lower().strip("\u2019'") in LABOUR_ORG_NOUNS | EMPLOYER_ORG_NOUNS | WORKER_NOUNS


# "a weary Vell", "a clearly defiant Ada Quill": a person already named, told with how they seemed.
DESCRIBED_PERSON = re.compile(
    r"[Aa]n?\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)")


@dataclass
class SideBook:
    """What one document tells about who is on which side."""

    parties: Parties
    labour: str
    management: str
    employers: set[str] = field(default_factory=set)  # lower case names learnt from the text
    unions: set[str] = field(default_factory=set)  # lower case names learnt from the text to be labour's
    # of those, the names learnt from "X's strike" alone: a place's or an industry's strike as well as a union's
    struck_only: set[str] = field(default_factory=set)
    analysts: set[str] = field(default_factory=set)  # lower case names the text gives an analysis or estimate to
    opposition: set[str] = field(default_factory=set)  # lower case names of the parties the text calls the opposition
    striking_trades: set[str] = field(default_factory=set)  # "doctors", where the article's strike is theirs
    government_employer: bool = False  # the article makes a government the employer
    labour_dispute: bool = True  # the article speaks of work: unions, strikes, bargaining, wages or employees
    industrial_dispute: bool = True  # the article speaks of unions, strikes or bargaining themselves
    police_ministry: bool = False  # the only ministry the article names runs the police: "the ministry" is it
    # the organisations the text names, for "the alliance" and "IDLA"
    organisations: NamedOrganisations = field(default_factory=NamedOrganisations)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)  # full name or surname -> (full name, side)
    # a head's title -> the person last named with it ("president" -> "Dana Varga"), for "the president said"
    titled: dict[str, str] = field(default_factory=dict)
    _aliases: list[tuple[re.Pattern, str]] = field(default_factory=list)
    # Without a parties file, a named organisation that is not labour's is taken for the employer.
    guess_named_employers: bool = False

    @classmethod
    def for_document(cls, text: str, parties: Parties, guess_named_employers: bool = False,
                     known: KnownOrganisations | None = None) -> SideBook:
        book = cls.organisations_of(text, parties, guess_named_employers)
        book._learn_analysts(text)
        book._learn_opposition(text)
        if known:
            book._learn_from_other_articles(text, known)
        if not book.employers and tells_of_labour_agreement(text):
            book.government_employer = True  # no company in sight: the government signed the deal
        if any(book._public_employer(name, text) for name in book.employers):
            book.government_employer = True  # a city's schools or transit: its mayor bargains for them
        book.police_ministry = names_only_a_police_ministry(text)
        book._learn_people(text)
        return book

    @classmethod
    def organisations_of(cls, text: str, parties: Parties, guess_named_employers: bool = False) -> SideBook:
        """What the document tells of its unions and employers only: the part of `for_document` other articles of
        the dispute learn from, without its people and analysts."""
        book = cls(parties, labour_side(parties), management_side(parties), guess_named_employers=guess_named_employers)
        book._aliases = _alias_patterns(parties)
        for party in parties.parties:
            for person in party.people:
                book.add_person(person, party.side)
        book.organisations = NamedOrganisations.of(text)
        book.employers |= book.organisations.employer_bodies
        book.unions |= book.organisations.worker_bodies
        book.labour_dispute = speaks_of_work(text)
        book.industrial_dispute = bool(INDUSTRIAL_DISPUTE.search(text))
        # A general strike is against a government's policy: its "government workers" strike beside everyone else's
        book.government_employer = (government_employs(text, book.industrial_dispute)
                                    and not POLITICAL_STRIKE.search(text))
        employers = _employer_mentions(text)
        book._learn_unions(text, employers)
        if book.labour_dispute:
            book.striking_trades = _striking_trades(text)
        book._learn_employers(text, employers)
        return book

    def _learn_from_other_articles(self, text: str, known: KnownOrganisations) -> None:
        """The employers and unions the dispute's other articles showed, where this one names them and does not say
        otherwise: a broker's note on "Corvane's forecast" speaks of the company struck against, and "According to
        Corvel, 240 porters lose pay" of the union another article called "the drivers' union, Corvel".

        A name learnt only from "X's strike" is not carried (the caller leaves it out): "Lakeport's first strike in a
        decade" teaches a place as a union, and nothing in an article tells the two apart."""
        named = _names_written(text)
        self.employers |= {name for name in known.employers - self.unions if name in named}
        self.unions |= {name for name in known.unions - self.employers if name in named}
        # Its initials too, where this article writes only them: "the HPU" of a union the others call the Harwell
        # Porters Union.
        written = set(ACRONYM_WORD.findall(text))
        self.unions |= {initials(name) for name in known.unions - self.employers} & {w.lower() for w in written}

    def _public_employer(self, name: str, text: str) -> bool:
        """'lakeport school district', or 'lps' where the text names Lakeport Public Schools: an employer the
        public pays."""
        return bool(PUBLIC_EMPLOYER.search(spelled_out(name.strip(".,\u2019' "), text)))

    def add_person(self, name: str, side: str) -> None:
        name = " ".join(name.split())
        words = name.split()
        if not words or words[0].lower() in TIME_OPENERS or {w.lower().strip(",") for w in words} & WEEKDAYS:
            return  # a time the sentence opens with ("On" a weekday, before a title and a name): no person
        self.people.setdefault(name.lower(), (name, side))
        self.people.setdefault(" ".join(name.lower().replace(".", " ").split()), (name, side))  # as person() looks up
        self.people.setdefault(words[-1].lower(), (name, side))
        particle = next((i for i, w in enumerate(words[1:-1], start=1) if w.lower() in SURNAME_PARTICLES), 0)
        if particle:  # "Paul Le Brun" is "Le Brun" later, "Jan Van Dam" "Van Dam"
            self.people.setdefault(" ".join(words[particle:]).lower(), (name, side))
        lowered = {w.lower() for w in words}
        if lowered & (WORKER_NOUNS | LABOUR_ORG_NOUNS | EMPLOYER_ORG_NOUNS | MANAGEMENT_NOUNS | ROLE_NOUNS):
            return  # "Lakeport Porters United" taken for a person: its first word is the employer's name
        for word in words[:-1]:
            if len(word) > 2 and word[:1].isupper() and word.lower() not in SURNAME_PARTICLES:
                # after the surname: the family name first ("Lee Dana-jin" is "Lee" later), a double surname
                # ("Ari Moss Vell" is "Moss" later), or the one name a person goes by
                self.people.setdefault(word.lower(), (name, side))

    def person(self, phrase: str) -> tuple[str, str] | None:
        """A person named in full or by surname, with or without a title ('Ms Pike'): (full name, side)."""
        words = phrase.lower().replace(".", " ").split()
        if len(words) > 1 and words[0] in HONORIFICS:
            words = words[1:]
        described = DESCRIBED_PERSON.fullmatch(" ".join(phrase.split()))
        if described:
            words = described.group("name").lower().split()
        return self.people.get(" ".join(words).strip(","))

    def person_name(self, phrase: str) -> str:
        """The person's name a phrase ends with ('Kaiser spokesperson John Nelson' -> 'John Nelson'), or ''.

        Capitalised words that name an organisation ('Coalition of Acme Health Unions', 'Clean Air Front') are not a
        person.
        """
        match = TRAILING_NAME.search(phrase)
        if not match:
            return ""
        words = match.group("name").split()
        if words[-1].lower() in TITLE_WORDS:
            return ""
        before = phrase[: match.start()].split()
        while len(words) > 2 and words[0].lower().rstrip(".") in ROLE_NOUNS | HONORIFICS | MANAGEMENT_NOUNS | WORKER_NOUNS | POLICE_WORDS:
            before.append(words.pop(0))  # 'President Michael Barnett', 'Nurse Ada Quill', '(Commissioner of) Police Ari Moss'
        if len(words) == 2 and words[0].lower().rstrip(".") in HONORIFICS:
            before.append(words.pop(0))  # 'Governor Vell-Moss': a surname after a title is a person, 'Vell-Moss' later
        if (len(words) > 2 and len(before) > 1 and before[-1].lower() in ("of", "for")
                and before[-2].lower() in ROLE_NOUNS | TITLE_WORDS):
            before.append(words.pop(0))  # 'Secretary for Schools Rafe Mott': the office's field, then the person
        name = " ".join(words)
        lowered = {w.lower() for w in words}
        if before and (before[-1].lower() in ("of", "the", "and", "&", "for", "at") or before[-1].lower() in OUTLET_KINDS):
            return ""  # "the newspaper La Voz": an outlet's name
        if lowered & (LABOUR_ORG_NOUNS | EMPLOYER_ORG_NOUNS | MANAGEMENT_NOUNS | CAMPAIGN_NOUNS | POLICE_WORDS) or self._alias_matches(name):
            return ""  # no person: "the Lakeport State Police Command"
        if words[-1].lower() in BODY_NOUNS and kind_of(name, words[-1].lower()) != UNKNOWN:
            return ""  # "the Lake Port City Constabulary": the last words of a body whose name says what it is
        if name.lower() in self.employers or words[0].lower() in self.employers:
            return ""
        return name

    def side_of(self, phrase: str) -> str:
        """The side a speaker phrase speaks for, or UNKNOWN."""
        phrase = " ".join(phrase.split())
        if not phrase:
            return UNKNOWN
        side = self._side_of(phrase)
        if side == UNKNOWN and " and " in phrase:
            return self._side_of_joined(phrase)
        return side

    def _side_of_joined(self, phrase: str) -> str:
        """'Ministers and a neighbour of the dead put the number at 40': speakers joined as one, of whom only one is a
        party, speak for that party; two parties of different sides speak for neither."""
        sides = {self._side_of(part) for part in phrase.split(" and ") if part.strip()} - {UNKNOWN}
        return sides.pop() if len(sides) == 1 else UNKNOWN

    def _side_of(self, phrase: str) -> str:
        from_place = PERSON_OF_PLACE.match(phrase)
        if from_place:  # "Ada Quill of Lakeport": the person, wherever she is from
            phrase = from_place.group("name")
        if STAGED_IT.search(phrase):
            return ORGANIZERS  # "one of the groups that organised the rally"
        if LABOUR_OFFICE.search(phrase):
            return GOVERNMENT  # "the Secretary of Labour", "Labor Secretary Ada Quill": labour is the office's field
        if names_an_analyst(phrase) or names_an_analyst(self.organisations.abbreviated(phrase)):
            return ANALYST  # "a volunteer group that tracks attendance at rallies", "the commission on human rights"
        if _workers_body_named_head_first(phrase):
            return self.labour  # "the Unión de Enfermeras Costeñas", whose last words look like a person's name
        relative = RELATIVE_CLAUSE.search(phrase)
        if relative:  # "a statistician who runs a polling blog": the statistician
            phrase = phrase[:relative.start()]
        doing = DOING_AFTER_PEOPLE.match(phrase)
        if doing and _head_noun(doing.group("people").lower()) in WORKER_NOUNS:
            phrase = doing.group("people")  # "nurses rallying outside the ministry": the nurses
        phrase = COLLECTIVE_OF.sub("", phrase)
        for stand_in in _spoken_for(phrase):
            side = self.side_of(stand_in)
            if side != UNKNOWN:
                return side
        source = SOURCE_PHRASE.match(phrase)
        if source:  # "analysis by Lakeport Aerial Mapping": its author's, and an author no party names is an analyst
            return self._source_side(source.group("source"))
        possessed = POSSESSED_STATEMENT.match(phrase)
        if possessed:
            side = self.side_of(possessed.group("owner"))
            if side != UNKNOWN:
                return side
            owner = possessed.group("owner")
            if POSSESSED_SOURCE.match(phrase) and _head_noun(owner) not in OUTLET_NOUNS:
                return self._source_side(owner)  # an author no party names; "the Ledger's analysis" is the outlet's
        known = self.person(phrase)
        if known:
            return known[1]
        if self._both_parties(phrase):
            return REPORTER  # "Harbourline and the HRU announced": said together, it is neither side's figure
        if " and " in phrase and not self._alias_matches(phrase):
            for part in phrase.split(" and "):  # "Cora Lind and Rafe Mott"
                known = self.person(part)
                if known:
                    return known[1]
        name = self.person_name(phrase)
        if name and len(name) < len(phrase):  # "Kaiser spokesperson John Nelson": the role decides
            known = self.person(name)
            if known:
                return known[1]
            phrase = phrase[: phrase.rindex(name)].strip()
        head_part = PREPOSITION.split(f" {phrase} ", maxsplit=1)[0].strip()
        head_part = TRAILING_NUMBER.sub("", head_part) or head_part  # "Local 214": the head is "Local"
        head = head_part.split()[-1].lower().strip(".,\u2019'") if head_part.split() else ""
        head_at = len(head_part) - 1
        for start, end, side in self._alias_matches(phrase):
            if start <= head_at < end:
                return side
        if head in WORKER_NOUNS or head in self.striking_trades:
            return self.labour
        if STATE_MEDIA.search(head_part):
            return GOVERNMENT  # "state broadcaster LTV said": the state's own outlet
        if called_an_outlet(head_part):
            return REPORTER  # "the newspaper La Voz said": another outlet's own voice
        learnt = self._learnt_side(head_part)
        if learnt != UNKNOWN:
            return learnt
        named = self._named_by_title(phrase)
        if named != UNKNOWN:
            return named
        kind = self._kind(phrase, head_part, head)
        if kind != UNKNOWN:
            return kind
        if head in MANAGEMENT_NOUNS:
            return self.management
        if head in SHARED_ORG_NOUNS:  # an alliance or association: of unions, or of employers?
            return self._org_side(phrase)
        if head in LABOUR_ORG_NOUNS:  # "The Coalition of Acme Health Unions"
            return self.labour
        if head in ROLE_NOUNS:
            modifier = head_part[: -len(head)] if head_part.lower().endswith(head) else head_part
            if head in WORKERS_BODY_NOUNS and _of_workers(phrase):
                return self.labour  # "the Committee of Harwell Nurses": the workers' own body
            side = self._org_side(modifier)
            if side != UNKNOWN:
                return side
            if self.guess_named_employers and _names_an_organisation(modifier):
                return self.management  # "Brightbean spokesperson": a named organisation that is no union
        side = self._org_side(phrase)
        if side == UNKNOWN and self._business_in_a_strike(head_part, head):
            return self.management  # "Starline Coffee said": a business the article names in a labour dispute
        return side if side != UNKNOWN else self._kind(phrase, phrase, "")

    def _named_by_title(self, phrase: str) -> str:
        """'The commission' alone: the side of the one commission the article named (a rights commission is an
        analyst), not what a commission in general would be."""
        bare = THE_TITLE.fullmatch(phrase)
        named = self.organisations.named(bare.group(1)) if bare else ""
        return self.side_of(named) if named and named.lower() != phrase.lower() else UNKNOWN

    def _both_parties(self, phrase: str) -> bool:
        """'Harbourline and the HRU', 'the union and the company': the two camps of the dispute speaking as one."""
        parts = [part.strip() for part in phrase.split(" and ")]
        if len(parts) != 2 or not all(parts) or not (JOINED_PARTY.match(parts[1]) or _complete_name(parts[0])):
            return False  # "the Food and Commercial Workers": one name
        if NAME_OF_BEFORE_AND.search(parts[0]) and parts[1][:1].isupper():
            return False  # "leaders of the Association of Riveters and Harbour Workers district": one name
        return {self.side_of(part) for part in parts} == {self.labour, self.management}

    def _business_in_a_strike(self, head_part: str, head: str) -> bool:
        """A business by its name's last word, named in an article about a labour dispute with no parties file:
        the organisation the union bargains with, whatever it sells."""
        last = head_part.split()[-1] if head_part.split() else ""
        return (self.guess_named_employers and self.labour_dispute and head in BUSINESS_NAME_HEADS
                and last[:1].isupper() and len(head_part.split()) > 1)

    def _source_side(self, source: str) -> str:
        """The side of the author of an analysis, a study or a tally: a party only where the words or the article
        say which ("a study by the union", "the interior ministry's count"); a firm or a group no party names is an
        independent analyst, not an employer guessed from its name."""
        if PRESS_WORDS & set(source.lower().split()):
            return REPORTER  # "a count by our reporters on the picket lines": the outlet's own
        side = self.side_of(source)
        if side == self.labour or side in (POLICE, ORGANIZERS):
            return side
        said = (self.declared_side(source, by_kind=False) != UNKNOWN or self._named_employer(source)
                or kind_of(source, "") != UNKNOWN)
        return side if side != UNKNOWN and said else ANALYST

    def _learnt_side(self, phrase: str) -> str:
        """Labour's or an analyst's, for an organisation the article showed to be one ("NRDU's strike notice",
        "estimates by the IES")."""
        lowered = phrase.lower().removeprefix("the ").strip()
        if lowered in self.unions or any(_contains_word(lowered, name) for name in self.unions if len(name) > 2):
            return self.labour
        if lowered in self.analysts:
            return ANALYST
        if lowered in self.opposition:
            return ORGANIZERS
        return UNKNOWN

    def _learn_opposition(self, text: str) -> None:
        """Parties the text calls the opposition ("the opposition Harbour Front (HF)", "the HF, an opposition
        party"): in a march or an unrest, the side that protests, as "the opposition" is."""
        if self.labour_dispute:
            return  # in a strike the opposition in parliament only comments
        for match in OPPOSITION_NAMED.finditer(text):
            for name in (match.group("org"), match.group("acronym")):
                if name and self.side_of(name) == UNKNOWN:
                    self.opposition.add(name.lower())
        for match in ORGANISATION_DESCRIBED.finditer(text) if ", " in text else ():
            if OPPOSITION_DESCRIPTION.match(match.group("desc")) and self.side_of(match.group("org")) == UNKNOWN:
                self.opposition.add(match.group("org").lower().removeprefix("the ").strip())

    def _learn_analysts(self, text: str) -> None:
        """Organisations an analysis, a study or an estimate is by, where the text makes them no party."""
        rates = RATES_OR_FORECASTS.finditer(text) if " its " in text or " their " in text else ()
        for match in (*AUTHORED_BY.finditer(text), *rates, *ESTIMATING_FIRM.finditer(text)):
            org = (match.group("org") or match.groupdict().get("source") or "").strip()
            if org and self.side_of(org) == UNKNOWN:
                self.analysts.add(org.lower().removeprefix("the ").strip())
        for match in ORGANISATION_DESCRIBED.finditer(text) if ", " in text else ():
            # "the Lakeport Tally Project, a volunteer group that tracks attendance": what the appositive says
            if INDEPENDENT_COUNTER.search(match.group("desc")) and self.side_of(match.group("org")) == UNKNOWN:
                self.analysts.add(match.group("org").lower().removeprefix("the ").strip())

    def _kind(self, phrase: str, head_part: str, head: str) -> str:
        """Police, organisers, analysts or a government, by what the phrase names; a government that is the
        article's employer (or an organisation the article made the employer) is the employer's."""
        if POLICE_MINISTRIES.search(phrase) or (self.police_ministry and THE_MINISTRY.search(phrase)):
            return POLICE  # a police ministry named "ministry of ...": its head part alone is any ministry
        if not self.labour_dispute and (UNNAMED_OFFICIAL.match(phrase) or STATE_RECORD.search(phrase)):
            return GOVERNMENT  # of a march or an unrest; in a strike an official may be the union's or the employer's
        kind = kind_of(head_part, head)
        if kind == UNKNOWN and head_part != phrase:
            kind = kind_of(phrase, "")
        if kind == UNKNOWN and not self.labour_dispute and _public_body(head_part):
            kind = GOVERNMENT  # "the Transit Authority" of a march, not of a strike
        if kind == UNKNOWN and self.government_employer and GOVERNMENT_BY_PLACE.match(phrase):
            kind = GOVERNMENT  # "the city offered 16%": where a city's schools bargain, the city is their employer
        if kind == GOVERNMENT and (self.government_employer or self._named_employer(phrase)) and not is_legislature(phrase):
            return self.management
        return kind

    def _named_employer(self, phrase: str) -> bool:
        lowered = phrase.lower()
        return any(_contains_word(lowered, name) for name in self.employers if " " in name or len(name) > 3)

    def _org_side(self, phrase: str) -> str:
        """An organisation's side by alias, by what it is, or by what the document taught."""
        side = self.declared_side(phrase, by_kind=False)
        if side != UNKNOWN:
            return side
        named = self.organisations.meant(phrase)
        if named:
            return self.declared_side(named)
        acronym = self.organisations.abbreviated(phrase)
        if acronym:  # "CHWA President Ola Brandt": the Coastal Harbour Workers Association
            return self.declared_side(acronym)
        lowered = phrase.lower()
        words = set(re.findall(r"[a-z][a-z.&-]*", lowered))
        # Labour's own words first: "Acme Health Unions" and "Transit Workers Local 214" are unions;
        # then what the document taught ("the Maritime Alliance, which bargains for ocean carriers").
        if _names_strong_labour(phrase, words):
            return self.labour
        if words & SHARED_ORG_NOUNS:
            # An alliance or association is the employers' only when the document said so of it by name:
            # "Lakeport" teachers do not make the Lakeport Education Association an employer.
            if lowered.removeprefix("the ") in self.employers:
                return self.management
        elif any(name in lowered for name in self.employers if _contains_word(lowered, name)):
            return self.management
        return self.declared_side(phrase)

    def declared_side(self, phrase: str, by_kind: bool = True) -> str:
        """A side from the parties' aliases or from what the organisation is, never from guesses about the text."""
        matches = self._alias_matches(phrase)
        if matches:
            return max(matches, key=lambda m: m[1] - m[0])[2]
        if not by_kind:
            return UNKNOWN
        words = set(re.findall(r"[a-z][a-z.&-]*", phrase.lower()))
        kind = self._kind(phrase, phrase, _head_noun(phrase))  # "Economic Institute" (IW) is an institute
        if not self.labour_dispute and words & SHARED_ORG_NOUNS and not _names_strong_labour(phrase, words):
            # a coalition or an alliance in a march or an unrest, and no rights group: of those who stage it
            return kind if kind != UNKNOWN else ORGANIZERS
        if _names_labour(phrase, words):
            return self.labour
        if kind != UNKNOWN:
            return kind
        if words <= BARE_GROUP:
            return UNKNOWN  # "the group" alone may be a company, a union or a protest group: it names none
        if not self.labour_dispute and words & CARE_WORDS:
            return ANALYST  # "a medical officer", "hospital sources" of a march: no employer, those who treat the hurt
        if words & EMPLOYER_ORG_NOUNS or words & MANAGEMENT_NOUNS or _employers_body(phrase):
            return self.management
        return UNKNOWN

    def _a_party_named(self, org: str) -> bool:
        """'Corvane Air', 'the HPU': an employer or a union this article (or the parties file) names."""
        name = org.lower().removeprefix("the ")
        return name in self.employers or name in self.unions or bool(self._alias_matches(org))

    def _alias_matches(self, phrase: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), side) for pattern, side in self._aliases for m in pattern.finditer(phrase)]

    def _learn_employers(self, text: str, mentions: list[str]) -> None:
        vocabulary = Vocabulary.of(text)
        candidates = mentions + [
            m.group("org") for m in PAIRED_WITH.finditer(text)
            if self._org_side(m.group("other")) == self.labour and not self.organisations.contains(m.group())
        ]
        for org in dict.fromkeys(candidates):
            self._learn_employer(org, vocabulary, text)

    def _learn_employer(self, org: str, vocabulary: Vocabulary, text: str = "") -> None:
        org = POSSESSIVE_END.sub("", org)
        if self._looks_like_labour(spelled_out(org, text)):
            return  # "HTU's members" where the text names the Harbor Teachers Union
        tokens = org.split()
        if is_country(org):
            return  # "United Kingdom porters": not "Kingdom" once "United" is read as a mere adjective
        while tokens and tokens[0].lower() in GENERIC_NAMES:
            tokens.pop(0)  # "The HRX": the name is HRX
        while len(tokens) > 1 and ACRONYM_TOKEN.match(tokens[-1]):
            tokens.pop()  # "Acme Health IT" workers: IT is the kind of worker
        if not tokens or self._looks_like_labour(" ".join(tokens)) or re.search(WEB_DOMAIN, org, re.IGNORECASE):
            return  # "Harborview.com Staff" is a byline: a web address names the outlet, not an employer
        name = " ".join(tokens).rstrip(".,\u2019'")
        if len(tokens) == 1 and (name.lower() in GENERIC_NAMES or vocabulary.in_lower_case(name)):
            return
        if is_country(name) or (len(tokens) == 1 and is_nationality(name)):
            return  # "Germany's train drivers", "Danish nurses": a country employs no one by its name alone
        self.employers.add(name.lower())
        first = tokens[0]
        if len(tokens) > 1 and first.lower() not in GENERIC_NAMES and not vocabulary.in_lower_case(first):
            self.employers.add(first.lower())
        acronym = "".join(t[0] for t in tokens if t[0].isupper())
        if len(acronym) > 1 and acronym in vocabulary.tokens:
            self.employers.add(acronym.lower())

    def _learn_unions(self, text: str, employers: list[str]) -> None:
        """Labour's organisations by what the text says of them; "X's strike" only where X is no employer."""
        strikes = [m.group("org") for m in OWN_STRIKE.finditer(text) if m.group("org") not in employers]
        for word, pattern in LABOUR_PATTERNS:
            if word not in text:
                continue
            for match in pattern.finditer(text):
                if not ROLE_BEFORE_NAME.search(text, max(0, match.start("org") - 30), match.start("org")):
                    self._learn_union(match.group("org"))  # not "HCD chief Pat Vale, the union ...": a person
        for org in strikes:
            learnt = self._learn_union(org)
            if learnt:
                self.struck_only.add(learnt)

    def _learn_union(self, org: str) -> str:
        """The name (lower case) newly learnt from `org` to be labour's, or ''."""
        tokens = org.split()
        while tokens and tokens[0].lower() in GENERIC_NAMES:
            tokens.pop(0)
        name = " ".join(tokens).rstrip(".,\u2019'")
        if name and name.lower() not in GENERIC_NAMES | self.unions and not self._looks_like_employer(name):
            self.unions.add(name.lower())
            if len(tokens) > 1 and tokens[-1] == "Local":
                self.unions.add(" ".join(tokens[:-1]).lower())  # "HBW Local 9": its members are the HBW's too
            return name.lower()
        return ""

    def _looks_like_employer(self, org: str) -> bool:
        words = set(org.lower().split())
        return bool(words & (EMPLOYER_ORG_NOUNS | MANAGEMENT_NOUNS)) and not _names_labour(org, words)

    def _looks_like_labour(self, org: str) -> bool:
        if _names_labour(org, set(org.lower().split())) or org.lower() in self.unions:
            return True
        expanded = self.organisations.abbreviated(org)
        if expanded and _names_labour(expanded, set(expanded.lower().split())):
            return True
        matches = self._alias_matches(org)
        return bool(matches) and max(matches, key=lambda m: m[1] - m[0])[2] == self.labour

    def people_named(self, text: str) -> list[str]:
        """The people a sentence introduces ("Edda Moss, a conductor", "Harbour Minister Nora Pike")."""
        found = [m.group("name") for m in PERSON_DESCRIBED.finditer(text)]
        found += [m.group("name") for m in PERSON_AFTER_ROLE.finditer(text)]
        return [name for name in dict.fromkeys(found) if self.person_name(name)]

    def _learn_people(self, text: str) -> None:
        for match in PERSON_AFTER_ROLE.finditer(text):
            if match.group("role").lower() in HEAD_TITLES:
                self.titled[match.group("role").lower()] = match.group("name")
            modifiers = ROLE_MODIFIERS.search(text, max(0, match.start() - 60), match.start())
            role = (modifiers.group() if modifiers else "") + match.group("role")
            if HEAD_OF_STATE.search(text, max(0, match.start() - 30), match.end("role")) or _national_head(role):
                self._learn_person(match.group("name"), "government")  # "President Lena Varga", of no organisation
                continue
            if not modifiers and self.labour_dispute and match.group("role").lower() in EMPLOYERS_HEADS \
                    and self.side_of(role) == UNKNOWN:
                self._learn_person(match.group("name"), "the employer")  # "Superintendent Ari Moss", of a strike
                continue
            self._learn_person(match.group("name"), role)
        if ", who " in text:  # "Ada Quill, who heads the commission,": first the body headed, not the whole clause
            for match in PERSON_WHO.finditer(text):
                self._learn_person(match.group("name"), match.group("desc"))
        for match in PERSON_DESCRIBED.finditer(text):
            if POSSESSIVE_MARK.search(match.group("name")):
                continue  # "According to Chile's Red Crescent, riot police beat 12 protesters": no person, no description
            if ACCORDING_TO_BEFORE.search(text, max(0, match.start() - 20), match.start()) and CLAUSE_OPENING.match(
                    match.group("desc")):
                continue  # "According to Ada Quill, riot police soon cleared the strikers": her account, not her
            self._learn_person(match.group("name"), match.group("desc").replace(",", " of"))
        for match in PEOPLE_AFTER_DESCRIPTION.finditer(text) if " and " in text else ():
            for name in re.split(r",\s+|\s+and\s+", match.group("names")):
                self._learn_person(name, match.group("desc"))
        for match in PERSON_AFTER_ROLE_OF.finditer(text) if " of " in text or " at " in text or " for " in text else ():
            self._learn_person(match.group("name"), match.group("desc"))
        for match in PERSON_AFTER_DESCRIPTION.finditer(text) if ", " in text else ():
            opening = DESCRIPTION_START.search(text, max(0, match.start() - 60), match.start())
            if opening:
                self._learn_person(match.group("name"), opening.group() + match.group("role"))
        for match in PERSON_OF_ORG_IN_TEXT.finditer(text) if " of the " in text else ():
            # "Bo Lind of the research firm Harwell"; an organisation only guessed to be the employer teaches nothing
            if self.side_of(match.group("org")) != self.management or self._named_employer(match.group("org")):
                self._learn_person(match.group("name"), match.group("org"))
        for match in PERSON_OF_NAMED_IN_TEXT.finditer(text) if " of " in text else ():
            if self._a_party_named(match.group("org")):  # a party the article names, not a place
                self._learn_person(match.group("name"), match.group("org"))

    def _learn_person(self, name: str, description: str) -> None:
        if self.person(name):
            return
        words = description.split()
        cut = next((i for i, w in enumerate(words) if w.lower().strip(".,") in REPORTING_VERBS), len(words))
        description = " ".join(words[:cut])  # "a Kaiser IT professional said in a statement"
        side = self.side_of(description)
        if side == UNKNOWN and ON_STRIKE.search(description):
            side = self.labour  # "Dana Vell, a striking porter": whatever the trade, a striker speaks for the strike
        if side == self.management and WORKS_FOR.search(description) and not SPEAKS_FOR_MANAGEMENT.search(description):
            side = self.labour  # "Ari Moss, who has worked at Harbourline for 12 years": a worker, not the employer
        if side == self.management and ANALYST_NOUNS & {w.lower() for w in description.split()} \
                and not self._named_employer(description):
            side = ANALYST  # "the Harwell University crowd science professor": no employer the article knows speaks
        if side != UNKNOWN:
            self.add_person(name, side)


# "The ministry said", "the ministry's statement": whichever ministry the article has named.
THE_MINISTRY = re.compile(r"(?:^|\b(?:the|its)\s+)ministry(?:\u2019s|'s)?(?:\s+[a-z]+){0,2}$", re.IGNORECASE)
# A ministry the article names by its field or its state: "the Harbours Ministry", "Wessex's Ministry of the Interior"
MINISTRY_NAMED = re.compile(r"\b([\w\u2019']+)\s+ministry\b|\bministry\s+of\s+(?:the\s+)?(\w+)", re.IGNORECASE)
NO_FIELD = frozenset("the a an its this that said says interior internal home".split())


def _striking_trades(text: str) -> set[str]:
    """People the article shows on strike whom the lexicon does not take for workers everywhere ("striking doctors",
    "the doctors' walkout", "doctors went on strike"): there they speak for labour, as nurses do."""
    found = {m.group(m.lastgroup).lower() for m in STRIKING_PEOPLE.finditer(text)}
    return {noun for noun in found if noun in PEOPLE_NOUNS and noun not in WORKER_NOUNS}


def speaks_of_work(text: str) -> bool:
    """The article is about work (its unions, strikes, bargaining, wages or employees), not only about a march that
    unions join."""
    return bool(LABOUR_DISPUTE.search(UNIONS_OF_A_COALITION.sub(" ", text)))


def names_only_a_police_ministry(text: str) -> bool:
    """The article names the interior ministry and no other: the health ministry's death toll is no police figure."""
    if not POLICE_MINISTRIES.search(text):
        return False
    for match in MINISTRY_NAMED.finditer(text):
        word = (match.group(1) or match.group(2)).lower()
        if word not in NO_FIELD and not word.endswith(("'s", "\u2019s")) and not is_nationality(word) \
                and not POLICE_MINISTRIES.match(match.group()):
            return False
    return True


def _national_head(role: str) -> bool:
    """"Norwegian President", "a Peruvian vice-president": a state's head, named by its nationality."""
    words = [w for w in role.replace("-", " ").split() if w.lower() != "vice"]
    return len(words) >= 2 and words[-1].lower() == "president" and is_nationality(words[-2])


def _employer_mentions(text: str) -> list[str]:
    """The organisations the text's own words make an employer ("workers at X", "the strike against X")."""
    return [m.group("org") for pattern in EMPLOYER_PATTERNS for m in pattern.finditer(text)]


def _spoken_for(phrase: str) -> list[str]:
    """The organisation a phrase speaks for or names by what it is: "Markus Brand of the consultancy Harwell",
    "the head of the NDWU", "a spokeswoman for the ministry" speak for theirs; "the union Verband" is a union."""
    found = []
    for pattern, group in ((PERSON_OF_ORG, "org"), (NOUN_BEFORE_NAME, "noun"), (ROLE_OF, "org")):
        match = pattern.match(phrase)
        if match:
            found.append(f"the {match.group(group)}" if group == "noun" else match.group(group))
    return found


def _head_noun(phrase: str) -> str:
    words = phrase.split()
    return words[-1].lower().strip(".,\u2019'") if words else ""


def _alias_patterns(parties: Parties) -> list[tuple[re.Pattern, str]]:
    """One pattern per side and case: acronyms match as written ("AFT" is not "aft"), other aliases in any case.

    Longer aliases come first in each alternation, so the longest alias at a position wins.
    """
    patterns = []
    for party in parties.parties:
        aliases = sorted(party.aliases, key=len, reverse=True)
        acronyms = [a for a in aliases if a.isupper() and len(a) <= 5]
        names = [a for a in aliases if a not in acronyms]
        for group, flags in ((acronyms, 0), (names, re.IGNORECASE)):
            if group:
                alternation = "|".join(re.escape(a) for a in group)
                patterns.append((re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags), party.side))
    return patterns


def initials(name: str) -> str:
    """A lower-case name's initials, without its function words and its local's number: "hpu" of "harwell porters
    union local 12"; "" where fewer than three."""
    words = [w for w in LOCAL_NUMBER.sub("", name).split() if w not in NAME_FUNCTION_WORDS]
    letters = "".join(w[0] for w in words if w[:1].isalpha())
    return letters if len(letters) >= 3 else ""


def spelled_out(name: str, text: str) -> str:
    """The words an acronym stands for where the text spells them ("LPS": "Lakeport Public Schools"), else the name."""
    if " " in name or not ACRONYM_TOKEN.match(name.upper()):
        return name
    spelled = r"\s+".join(rf"{letter}[\w-]*" for letter in name.upper())
    return next((m.group() for m in re.finditer(rf"\b{spelled}\b", text)), name)


def _public_body(phrase: str) -> bool:
    """An authority, agency, department or service: a public body unless a strike makes it an employer."""
    words = phrase.lower().split()
    return bool(words) and words[-1].strip(".,\u2019'") in PUBLIC_BODIES


def _names_labour(phrase: str, words: set[str]) -> bool:
    if _names_strong_labour(phrase, words):
        return True
    return (bool(words & SHARED_ORG_NOUNS) and not _employers_body(phrase) and not LOBBY.search(phrase)
            and not STATE_MEMBERS.search(phrase))  # "the Conference of Mayors" is of the state's officers


NAME_OF_BEFORE_AND = re.compile(r"\b[A-Z][\w-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*$")
# "the RSWU", "CWU": the initials of a "... Workers' Union", known as one even where the text never spells them out
WORKERS_UNION_ACRONYM = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?[A-Z]{1,5}WU(?:\u2019s|'s)?$")


# "local media", "local officials": the adjective, not a union's local ("Local 12", "the union local").
LOCAL_ADJECTIVE = re.compile(r"\blocal\s+(?!\d)(?!(?:union|chapter|president|leaders?|members?)\b)[a-z]", re.IGNORECASE)


def _names_strong_labour(phrase: str, words: set[str]) -> bool:
    """Words only labour's organisations use: union, local, guild ('alliance' and 'association' are shared); not the
    office that counts labour ("Bureau of Labor Statistics")."""
    if STATISTICS_OFFICE.search(phrase) or NOT_LABOUR_UNION.search(phrase) or LOBBY.search(phrase):
        return False
    if LOCAL_ADJECTIVE.search(phrase):
        words = words - {"local"}
    return bool(
        words & (LABOUR_ORG_NOUNS - SHARED_ORG_NOUNS) or LOCAL_NUMBER.search(phrase) or words & {"labor", "labour"}
        or WORKERS_UNION_ACRONYM.search(phrase) or UNITED_WORKERS.search(phrase) or _workers_body_named_head_first(phrase)
    )


def _employers_body(phrase: str) -> bool:
    """An alliance, association or council of employers: 'Alliance of Stage and Screen Producers'."""
    words = set(re.findall(r"[a-z][a-z-]*", phrase.lower()))
    # "operators" are workers, but an association of operators is one of firms: "the airport operators' association"
    return bool(words & SHARED_ORG_NOUNS) and bool(words & EMPLOYER_MEMBER_NOUNS) and not words & (
        LABOUR_ORG_NOUNS - SHARED_ORG_NOUNS | WORKER_NOUNS - EMPLOYER_MEMBER_NOUNS
    )


def _names_written(text: str) -> set[str]:
    """The lower-case forms of the names a text writes with capitals (one to four words), never a word it also
    writes in lower case."""
    vocabulary = Vocabulary.of(text)
    names = set()
    for match in re.finditer(r"[A-Z][\w&.\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w&.\u2019'-]*){0,3}", text):
        words = [re.sub(r"[\u2019']s?$", "", word.rstrip(".,")) for word in match.group().split()]
        for size in range(1, len(words) + 1):
            for start in range(len(words) - size + 1):
                names.add(" ".join(words[start:start + size]).lower())
    return {name for name in names if not vocabulary.in_lower_case(name)}


def _contains_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


# A body that workers elect or form among themselves: named for the workers it gathers, it speaks for them.
WORKERS_BODY_NOUNS = frozenset("committee council".split())
TRADES = WORKER_NOUNS - NO_TRADE | {"doctors", "physicians"}  # not workers elsewhere: "doctors said" tells of the hurt


def _of_workers(phrase: str) -> bool:
    """The phrase names a trade's workers ("Wessex Doctors Committee", "Committee of Harbour Pilots")."""
    return any(w.lower().strip(".,'\u2019") in TRADES for w in phrase.split())


# Names in Spanish, Portuguese, French or Italian put their head first ("the Unión de Enfermeras Costeñas", "the
# Sindicato dos Professores do Norte"): the last word is no head, but the workers named after "de" are whose body it is.
HEAD_FIRST_NAME = re.compile(rf"(?<![\w'-])(?:[A-Z\u00c0-\u00de][\w'-]*\s+){{1,3}}{ROMANCE_LINKS}\s(?P<rest>.*)$")


def _workers_body_named_head_first(phrase: str) -> bool:
    named = HEAD_FIRST_NAME.search(phrase)
    return bool(named) and _of_workers(named.group("rest"))


def _names_an_organisation(modifier: str) -> bool:
    """A capitalised name other than a determiner or a nationality: 'Brightbean' or 'Metro Transit', not 'The',
    'Kenyan' or ''."""
    return any(w[:1].isupper() and w.lower() not in GENERIC_NAMES and not is_nationality(w) for w in modifier.split())
