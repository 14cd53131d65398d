"""Who asserts a sentence: the subject of a main-clause reporting verb, "according to X", or a quote's attribution.

Only the phrase as written is found here ("Nelson", "they", "the company");
`resolve.py` turns it into a full name and `sides.py` into a side.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import (
    ALLEGATION_VERBS, CLAUSE_WORDS, DENIAL_VERBS, DETERMINERS, FINITE_WORDS, LINKING_PHRASES, LINKING_WORDS,
    POSITION_VERBS, REPORTING_VERBS, ROLE_NOUNS, WORKER_NOUNS, names_outlet,
)
from claims.organisations import DAY_OR_MONTH, ROMANCE_LINKS
from claims.patterns import NAME_CAPITAL, NAME_LETTER


@dataclass(frozen=True)
class Attribution:
    speaker: str  # the phrase as written: "Kaiser spokesperson John Nelson", "they", "the union"
    verb: str  # the reporting verb, "according to", or IN_THE_WORDS_OF
    stance: str = "assertion"  # assertion, allegation, denial


WORD = re.compile(r"[A-Za-z][A-Za-z\u2019'.&-]*")
# The source ends at a second figure: "1.2 million according to the ministry and 3.1 million according to ...", and
# where a clause opens after it with no comma: "according to the guild the talks had stalled by Friday".
# "By the estimates of X" is the same source in other words.
ACCORDING_TO = re.compile(
    r"\b(?:according to|by the\s+(?:[a-z]+\s+)?(?:estimates?|counts?|reckoning|calculations?)\s+of)\s+"
    r"(?P<who>[^,.;:!?()\u201c\u201d\"]{2,120}?)(?=\s+(?:and|or|but|while|against)\s+\d|\s+(?:that|which|who)\s"
    r"|\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|has|have|had|will|would|could|may|might)\b"
    r"|[,.;:!?()\u201c\u201d\"]|$)",
    re.IGNORECASE,
)
# Verbs that report a speaker's words across an aside: "Vell said, according to the Ledger, that ...", "The HRU, the
# largest union at the firm, said ...".
ASIDE_VERBS = r"(?:said|says|told|announced|added|stated|wrote|warned)"
VERB_THEN_ASIDE = re.compile(rf"\b{ASIDE_VERBS}\s*,\s*$", re.IGNORECASE)
ATTRIBUTIVE_BEFORE = re.compile(
    # (not "that": "the institute that estimated the cost" is a relative clause with a verb)
    r"\b(?:the|a|an|its|their|this|most|recent|latest|previous|earlier|first|second|third|last|newly|twice|already"
    r"|widely|much|hotly)\s+$", re.IGNORECASE)
# What "state" qualifies when it is no verb: "state television", "state-run media", "state prosecutors".
STATE_BODY = re.compile(
    r"(?:-|\s+)(?:(?:run|owned|controlled)\s+)?(?:television|tv|media|news|broadcaster|radio|agency|press|officials"
    r"|authorities|police|troopers|prosecutors?|department|governments?|legislature|lawmakers|senators?|auditor)\b",
    re.IGNORECASE,
)
# "Harwell General issued a statement saying ...": the one who issues a statement says what it says.
STATEMENT_SAYING = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:issued|issues|released|releases|put\s+out|puts\s+out|published|publishes|posted"
    r"|posts|sent|sends|shared|shares)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|letter|memo"
    r"|message|notice|update|post|bulletin)\s+(?:on\s+\w+\s+)?(?:saying|stating|announcing|that\s+said"
    r"|which\s+said)\b"
)
CLAUSE_OPENING = re.compile(r"[,;:]\s+")
# Reporting verbs that are nouns too: "a previous dispute", "its latest estimate".
NOUN_VERBS = frozenset("dispute disputes claim claims report reports estimate estimates count counts".split())
# "By the union's estimate", "in Harbourline's own count", "by the Drivers' account": whose reckoning the figure is.
RECKONING_OF = re.compile(
    r"\b(?:[Bb]y|[Ii]n)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this|last"
    r"|next|that|one|some|any|every|each|its|their|his|her|our)\b)(?P<who>(?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,5}?)(?:\u2019s|'s|(?<=s)[\u2019'])\s+"
    r"(?:(?:own|latest|new|initial|early|revised|official)\s+)?(?:estimates?|counts?|reckoning|calculations?|tally|figures"
    r"|account|words|view|opinion|estimation)\b"
)
# "In their view, a porter should earn $900 more", "In his words, ...": the view of the party named before.
PRONOUN_VIEW = re.compile(r"^\s*[Ii]n\s+(?P<pronoun>his|her|their|its)\s+(?:own\s+)?(?:words|view|opinion|estimation|reckoning"
                          r"|account|telling)\b")
VIEW_HOLDER = {"his": "he", "her": "she", "their": "they", "its": "it"}
IN_THE_WORDS_OF = "in the words of"  # the pronoun is the party named before, never the subject after it
# The rest of a name that lists trades with commas: "Bakers, Millers, Drivers and Allied Trades International
# Union". It must end in what an organisation is called, or the commas are the sentence's.
LISTED_NAME_REST = re.compile(
    r"(?:,\s+[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)+,?\s+and\s+(?:[A-Z][\w\u2019'-]*\s+)*"
    r"(?:Union|Association|Federation|Guild|Council|Alliance|Workers|Company|Corporation|Group)\b"
)
AGE_TAIL = re.compile(r",\s*\d{1,3},\s*$")
WENT_ON_TO = re.compile(r"\s+(?:went|goes|go|has\s+gone|had\s+gone)\s+on\s+to\s*$")
LINKING = "|".join(sorted((w.replace(" ", r"\s+") for w in LINKING_WORDS | LINKING_PHRASES), key=len, reverse=True))
INTERJECTION_TAIL = re.compile(rf",\s*(?:{LINKING}),\s*$", re.IGNORECASE)  # "The district, however, said"
LINKING_ONLY = re.compile(rf"^(?:{LINKING})$", re.IGNORECASE)  # "However, the union, which ..., says"
# "(Fontana, Calif.) --" and "OAKLAND, Calif. (AP) —": where the story was filed, not who speaks.
DATELINE = re.compile(
    r"^\s*\(?[A-Z][A-Za-z .]*(?:,\s*[A-Z][A-Za-z.]*)?\)?\s*(?:\([A-Z]+\)\s*)?(?:--|\u2014|\u2013)\s*"
    # a place in capitals before a plain hyphen, as copied text often has it: "LAKEPORT, Wessex (AP) - The union said"
    r"|^\s*[A-Z][A-Z .]+(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?\s*(?:\([A-Z]+\)\s*)?-\s+"
)
# "Late Tuesday the mayor claimed": a time before the subject is not part of it.
LEADING_TIME = re.compile(
    r"^\s*(?i:on|by|late|early|last|this|since|until)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2}|Sunday|weekend|week"
    r"|the\s+(?:morning|afternoon|evening|end\s+of\s+the\s+day)|midday|noon|midnight"
    # "Late on Sunday the court said", "In mid-April the office said": a time told roughly, then the subject
    r"|(?:(?i:late|early)\s+)?on\s+[A-Z][a-z]+day)(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=[A-Za-z])"
    rf"|^\s*(?i:in|by|until|since)\s+(?i:early|late|mid)[\s-]+(?:{DAY_OR_MONTH}),?\s+(?=[A-Za-z])"
)
INVERTED_SPEAKER = re.compile(r"\s+(?P<who>[A-Za-z][^,.;:!?\u201c\u201d\"]{0,90})")
# Segments that describe the subject rather than name it (", which represents ...,", ", a leading ... provider,").
# ", citing its own housing study,", ", speaking on condition of anonymity,": a participle describes the subject.
# "Ada Quill, speaking for the guild,", "The Lakeport Rights Commission, based in Harwell,": what the subject does or is.
# "A ministry report, since withdrawn, said", "A bulletin from the ministry, cited by local radio, said": what became of
# the statement, or who passed it on, between it and its reporting verb.
PARTICIPLE_START = re.compile(r"^(?:[a-z]+ing|based|headquartered|founded|affiliated|known|formed|led|backed|funded"
                              r"|set\s+up|(?:since\s+)?(?:deleted|removed|withdrawn|updated|amended|corrected)"
                              r"|(?:quoted|cited|seen|obtained|reported|published|released|issued|posted|shared)\s+(?:by|in|on)"
                              r")\b")
APPOSITIVE_START = re.compile(r"^(?:which|who|whose|whom|where|a|an|one of|including|along with|like|such as)\b", re.I)
LEADING_LINKS = re.compile(r"^(?:and|but|yet|so|while|meanwhile|however|furthermore|moreover|also|still)\s+", re.I)
TRAILING_FILLER = frozenset(
    """
    has have had was were is are been also previously repeatedly later again earlier publicly recently today yesterday
    now then first initially originally separately privately not never long often frequently consistently
    already still officially formally quickly immediately once further even just both all last this week
    tonight late finally eventually ultimately jointly reportedly unanimously narrowly overwhelmingly did does do
    """.split()
)
# '", Reilly said in a statement': after the verb, a phrase that opens with one of these is not who spoke.
NOT_AN_INVERTED_SPEAKER = frozenset(
    "in on at by during after before with from to for over through via when while as that this last late earlier".split()
)
COORDINATORS = (" and", " but", " yet", ",and", ",but")
MAX_SUBJECT_WORDS = 12
SUBJECT_WINDOW = 300
SEGMENT_BREAK = re.compile(r",(?=\s|$)|\s[\u2013\u2014]\s|\s--\s")
# "The alliance put the number of members on strike at nearly 45,000": a figure given, as "said" gives one.
PUT_A_FIGURE = re.compile(r"\s+(?:at\s+[^.;]{1,30}?\s+)?(?:the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:number|figure|count|total|tally|cost|turnout|damage|losses|loss|bill|toll)\b")
# "Health officials gave a figure of 14 dead": a figure given, as "put" puts one.
GAVE_A_FIGURE = re.compile(r"\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:figure|count|total|tally|toll|estimate)\s+of\b")
GIVING_VERBS = frozenset("gave give gives".split())
HONORIFIC_DOT = re.compile(r"\b(Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Sgt|Lt|Col|Capt|Rev|Supt)\.")
QUOTE_MARK = re.compile(r"[\u201c\u201d\"]")
# A segment that is a person's name, or ends with one: "Ada Quill" in "Ada Quill, the managing director,".
PERSON_NAME_ONLY = re.compile(rf"^{NAME_CAPITAL}{NAME_LETTER}+(?:\s+[A-Z]\.)?(?:\s+{NAME_CAPITAL}{NAME_LETTER}+){{1,2}}$")
PERSON_NAME_END = re.compile(rf"(?:^|\s){NAME_CAPITAL}{NAME_LETTER}+(?:\s+[A-Z]\.)?\s+{NAME_CAPITAL}{NAME_LETTER}+$")
# An organisation's name and nothing else: "The Harwell Porters Union", "the Guild of Pilots", "HRU", "HRU Local 12"
# (a number only as a local's, never a date's: "May 9").
ORG_NAME_ONLY = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w\u2019'&.-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w\u2019'&.-]*)*"
                           r"(?:(?:(?<=Local)|(?<=Lodge)|(?<=District)|(?<=Council)|(?<=Chapter)|(?<=Branch))\s+\d[\d-]*)?$")


RELIED_ON = re.compile(r"\s+(?:on|upon)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
AGENT_AFTER = re.compile(
    # (not a time: "5,000 votes were counted by Tuesday", "by the afternoon", "by midnight")
    r"[^.;:\u201c\u201d\"]{0,50}?\bby\s+(?!(?:the\s+)?(?:end|time|morning|afternoon|evening|night|midnight|midday|noon|dawn"
    r"|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|then|now|\d)\b)(?P<who>(?:the\s+)?[A-Za-z][^,.;:()\u201c\u201d\"]{1,50}?)(?=\s+(?:as|at|on|in|to|for|and)\s|[,.;:()]|$)"
)


# "The Ledger quoted Ari Moss, the union's negotiator, as saying that ...": the words are the one quoted, not the outlet's.
QUOTED_AS_SAYING = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^,.;:\u201c\u201d\"]{2,80}?)(?:,\s+[^.;:\u201c\u201d\"]{2,120}?,)?\s+as\s+(?:saying|stating"
    r"|telling)\b"
    # "Local reports quoting Health Minister Dana Vell said ...": the reports carry the minister's words
    r"|\b(?:reports?|media|outlets?|agenc(?:y|ies)|newspapers?)\s+quoting\s+(?P<quoted>[^,.;:\u201c\u201d\"]{2,80}?)\s+"
    r"(?:said|says|reported|stated)\b"
)


# "Harbourline's reply took up claims from the guild that pickets turned back 40 lorries": what follows "that" is
# the guild's. The noun says how it was put.
CLAIMED_BY = re.compile(
    r"\b(?P<noun>claims?|assertions?|allegations?|accusations?|warnings?|suggestions?)\s+(?:from|by)\s+"
    r"(?P<who>[^,.;:\u201c\u201d\"]{2,80}?)\s+that\s"
)
CLAIM_NOUN_VERBS = {"claim": "claimed", "assertion": "asserted", "allegation": "alleged", "accusation": "accused",
                    "warning": "warned", "suggestion": "suggested"}


def find_attribution(text: str) -> Attribution | None:
    text = HONORIFIC_DOT.sub(r"\1 ", text)  # "said Dr. Ines Falk": the full stop of a title ends no name
    quoted = _quoted_spans(text)
    quoting = QUOTED_AS_SAYING.search(text) if "quot" in text else None
    if quoting and not _inside(quoting.start(), quoted):
        return Attribution(_trim(quoting.group("who") or quoting.group("quoted")), "said")
    according = ACCORDING_TO.search(text)
    if according and VERB_THEN_ASIDE.search(text, 0, according.start()):
        according = None  # "Vell said, according to the Ledger, that ...": the Ledger only carries Vell's words
    if according and not _inside(according.start(), quoted):
        listed = LISTED_NAME_REST.match(text, according.end("who"))  # "the Bakery, Confectionery ... Union"
        who = text[according.start("who"):listed.end()] if listed else according.group("who")
        # "According to the Ledger, police said 300 were held", "the minister said 14 were hurt, according to the
        # newspaper the Ledger": the outlet carries the speaker's words
        carried = _outlet_named(who) and (find_attribution(text[according.end("who"):].lstrip(" ,"))
                                          or find_attribution(text[:according.start()].rstrip(" ,")))
        if carried:
            return carried  # "According to the Ledger, police said 300 were held": the outlet carries the police's words
        return Attribution(_trim(_author(who)), "according to")
    reckoning = RECKONING_OF.search(text)
    if reckoning and not _inside(reckoning.start(), quoted):
        return Attribution(_trim(reckoning.group("who")), "according to")
    view = PRONOUN_VIEW.match(text)
    if view:
        return Attribution(VIEW_HOLDER[view.group("pronoun")], IN_THE_WORDS_OF)
    statement = STATEMENT_SAYING.search(text)
    if statement and not _inside(statement.start(), quoted):
        who = CLAUSE_OPENING.split(text[:statement.start()])[-1]
        if who.strip():
            return Attribution(_trim(who), "said")
    for match in WORD.finditer(text):
        verb = match.group().lower().rstrip(".")
        if _inside(match.start(), quoted) or (match.group()[0].isupper() and match.start() > 0):
            continue  # capitalised inside a sentence, "State" is part of a name: Northfield State University
        passive = PASSIVE_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if verb not in REPORTING_VERBS and not (verb in ("put", "puts") and (PUT_A_FIGURE.match(text, match.end()) or passive)) \
                and not (verb in GIVING_VERBS and GAVE_A_FIGURE.match(text, match.end())):
            continue  # "police put the crowd at 80,000", "the damage is put at 100 million euros by the institute"
        if verb == "state" and STATE_BODY.match(text, match.end()):
            continue  # "the toll stood at 17, state television said": the adjective, not the verb
        if verb == "counted" and RELIED_ON.match(text, match.end()):
            continue  # "the coalition had counted on a large turnout": a hope, not a count
        if ((verb.endswith("ed") or verb in NOUN_VERBS)
                and ATTRIBUTIVE_BEFORE.search(text, max(0, match.start() - 12), match.start())):
            # "The most recent rejected offer contained 35%", "porters on a picket line during a previous dispute": an
            # adjective or a noun, not a verb with a subject
            continue
        if passive:
            # "The damage is estimated at ...": what is estimated, not who estimates it; "the crowd was
            # estimated at 80,000 by police": the agent after "by".
            agent = AGENT_AFTER.match(text, match.end())
            if agent and not _inside(agent.start("who"), quoted):
                return Attribution(_trim(agent.group("who")), verb, _stance(verb))
            continue
        speaker = _speaker_of(text, match, quoted)
        claimed = _claimed_by(text, match.end(), quoted) if verb not in DENIAL_VERBS else None
        if claimed:  # "The reply answers claims from the guild that ...", not "Harbourline denied claims by the guild"
            return claimed
        if speaker and _outlet_named(speaker):
            # "The Ledger says Harbourline has confirmed 212 cancellations": Harbourline's words, where they are the
            # outlet's very next clause (a later clause's source, "while the union claimed 140", is that clause's)
            carried = find_attribution(CLAUSE_OPENING.split(text[match.end():].lstrip(" ,"), maxsplit=1)[0])
            if carried:
                return carried
        if speaker:
            return Attribution(speaker, verb, _stance(verb))
    return _claimed_by(text, 0, quoted)


def _claimed_by(text: str, start: int, quoted: list[tuple[int, int]]) -> Attribution | None:
    """The claimant of "claims from the guild that ...", after `start`, as the one who says what follows."""
    claimed = CLAIMED_BY.search(text, start)
    if not claimed or _inside(claimed.start(), quoted):
        return None
    verb = CLAIM_NOUN_VERBS[claimed.group("noun").lower().rstrip("s")]
    return Attribution(_trim(claimed.group("who")), verb, _stance(verb))


# An offer and whom it was made to, ending where a relative clause about the offer begins: in "Harbourline's first
# proposal to the union, which offered $2 billion" the offer offers, and it is Harbourline's.
OFFER_TO_END = re.compile(
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*){0,3})(?:\u2019s|'s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:offer|proposal|package)s?\s+(?:to|for)\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*$"
)
RELATIVE_END = re.compile(r",\s+(?:which|that)\s+$")
# A party binding itself to do something is a position of its own, like an offer: "Harwell General agreed to hire
# 140 more nurses", "the district has pledged to cut class sizes". Agreeing to a thing ("agreed to a 5% raise") is
# not: that is the other side's offer accepted.
COMMITMENT = re.compile(r"\s+to\s+(?!(?:a|an|the|its|their|this|that|these|those|it|them|in|on|at|by|for|with|from|under"
                        r"|over|last|next|be)\b)[a-z]+\b")
PUSH_VERBS = frozenset("push pushes pushed pushing press presses pressed pressing".split())
FOR_AFTER = re.compile(r"\s+for\b")
COMMITMENT_VERBS = frozenset("agreed agrees pledged pledges promised promises vowed vows committed commits".split())


def find_position_holder(text: str) -> str:
    """The subject of a bargaining-position verb ("The guild is seeking ...", "The district offered ..."), or ''.

    For sentences no reporting verb attributes: the party whose demand or
    offer the sentence states. The caller keeps it only when it is a party.
    """
    quoted = _quoted_spans(text)
    for match in WORD.finditer(text):
        word = match.group().lower()
        # A commitment in the sentence's own first clause only: "Under it, pay goes up 10.5%, and Harwell has
        # committed to hiring 140 nurses" holds two owners' figures, which the figures' own owners sort out.
        committed = word in COMMITMENT_VERBS and COMMITMENT.match(text, match.end()) and "," not in text[:match.start()]
        pushing = word in PUSH_VERBS and FOR_AFTER.match(text, match.end())  # "the union pushed for 40%"
        if (word in POSITION_VERBS or committed or pushing) and not _inside(match.start(), quoted):
            participle = match.group().lower().endswith("ed") or match.group().lower() in ("sought", "made", "given")
            if participle and PASSIVE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                # "Porters earning under £20,000 were offered by Harbourline a 9% rise": the agent's position
                agent = AGENT_AFTER.match(text, match.end())
                return _trim(agent.group("who")) if agent else ""
            relative = RELATIVE_END.search(text, 0, match.start())
            offer = OFFER_TO_END.search(text, 0, relative.start()) if relative else None
            if offer:
                return offer.group("owner")
            clause_start = max([e for s, e in quoted if e <= match.start()] + [match.start() - SUBJECT_WINDOW, 0])
            subject = _clean_subject(text[clause_start:match.start()])
            if match.group().lower() == "offered" and names_workers(subject):
                return ""  # "Rail staff offered a 5% rise": a headline's passive; workers are offered pay
            return subject
    return ""


def names_workers(phrase: str) -> bool:
    """'Rail staff', 'drivers': a phrase whose head is workers, who are offered pay and do not offer it."""
    words = phrase.lower().split()
    return bool(words) and words[-1] in WORKER_NOUNS


def _stance(verb: str) -> str:
    if verb in ALLEGATION_VERBS:
        return "allegation"
    if verb in DENIAL_VERBS:
        return "denial"
    return "assertion"


def _speaker_of(text: str, verb: re.Match, quoted: list[tuple[int, int]]) -> str:
    # A subject sits within a few words of its verb; the window keeps long lines linear.
    clause_start = max([e for s, e in quoted if e <= verb.start()] + [verb.start() - SUBJECT_WINDOW, 0])
    # "The district, however, said", "Quill, 57, countered": the subject without the words set off after it
    pre = AGE_TAIL.sub(" ", INTERJECTION_TAIL.sub(" ", text[clause_start:verb.start()]))
    pre = WENT_ON_TO.sub(" ", pre)  # "The minister went on to say": the minister says it
    opened = pre.rfind("(")
    if opened >= 0 and ")" not in pre[opened:]:
        pre = pre[opened + 1:]  # "The movement is shrinking (the government says ...": the bracket's own subject
    if _shares_a_subject(pre, verb.group()):
        # "The operator put the number at 10,000, arguing ..." / "The minister repeated her call but said ..."
        # A quotation between them is the first verb's object: 'The union called the day an "exceptional"
        # success and said ...' shares the sentence's subject.
        subject = _main_subject(pre)
        if not subject and clause_start > 0 and not opens_with_quote(text):
            subject = _main_subject(text[max(0, verb.start() - SUBJECT_WINDOW):verb.start()])
        return subject
    if not pre.strip() or pre.rstrip().endswith((",", "\u201d", '"')):
        described = _described_subject(pre)
        if described:  # "Ben Ortiz, a spokesperson for the alliance, said ..."
            return described
        # ", said Barnett" / "," said the union; "put" is never inverted: what follows it is the figure's words
        after = INVERTED_SPEAKER.match(text, verb.end()) if verb.group().lower() not in GIVING_VERBS | {"put", "puts"} else None
        inverted = _clean_subject(after.group("who"), any_case=True) if after else ""
        if inverted and inverted.split()[0].lower() in NOT_AN_INVERTED_SPEAKER:
            inverted = ""
        if inverted or not pre.strip():
            return inverted
    # A headline's source at its end, in lower case as headlines write it: "..., monitoring group says".
    at_end = not text[verb.end():].strip(" .!\u201d\"")
    return _clean_subject(pre, any_case=at_end and "," in pre)


SUBJECT_THEN_RELATIVE = re.compile(r"^(?P<subject>(?:[Tt]he|[Aa]n?)\s+(?:[\w\u2019'-]+\s+){0,3}?[\w-]+)\s+(?:that|which|who)\s+"
                                   r"(?:represents|speaks\s+for|bargains\s+for)\b")
FRONTED_OPENERS = frozenset("for in during over since after before by at on across throughout".split())
# A phrase that opens with one of these sets the scene and names no one ("by" and "for" may name the source, "over"
# a number: "over 300 nurses said").
PLACE_OR_TIME_OPENERS = frozenset("in on at during via through throughout after before since across".split())
SUBJECT_PRONOUNS = frozenset("it they he she we".split())


def _clean_subject(phrase: str, any_case: bool = False) -> str:
    """The subject of a reporting verb, without appositives, datelines and adverbs; '' if it is not a subject."""
    phrase = LEADING_TIME.sub("", DATELINE.sub("", phrase))
    segments = _joined_lists([s.strip() for s in SEGMENT_BREAK.split(phrase)])
    if len(segments) > 1 and _sets_the_scene(segments[0]):
        segments = segments[1:]  # "In Harwell, the union said": the scene set, then the subject
    if len(segments) > 1 and LINKING_ONLY.match(segments[0]):
        segments = segments[1:]  # "However, the union, which ...": a link to the sentence before, then the subject
    # Only a segment closed by a comma can be an appositive: in "..., a Kaiser spokesperson said" the last
    # segment is the subject itself.
    closed = len(segments) > 1 and not _words(segments[-1], strip_filler=True)
    while segments and not _words(segments[-1], strip_filler=True):
        segments.pop()
    if len(segments) > 1 and " ".join(_words(segments[-1], strip_filler=True)).lower() in ("which", "who"):
        segments.pop()  # "The union, which said 3.5 million marched, ...", "The workers, who have been seeking"
    while len(segments) > 1 and _describes(segments[-1], segments[-2], closed):
        segments.pop()  # "Ada Quill, the managing director, said"
    if not segments:
        return ""
    described = SUBJECT_THEN_RELATIVE.match(segments[-1])
    if described:  # "A union that represents 30,000 porters said": the union
        segments[-1] = described.group("subject")
    words = _words(LEADING_LINKS.sub("", segments[-1]), strip_filler=True)
    if len(words) > 1 and words[0].lower() in FRONTED_OPENERS and words[-1].lower() in SUBJECT_PRONOUNS:
        return words[-1]  # "For the first half of the year it reported ...": a fronted phrase, then the subject
    if not words or len(words) > MAX_SUBJECT_WORDS:
        return ""
    if _sets_the_scene(" ".join(words)):
        return ""  # "In a statement posted on its website, the ministry said": "posted" has no subject of its own
    lowered = [w.lower() for w in words]
    if any((w in FINITE_WORDS and not _ranks_a_role(lowered, n) and not _links_a_name(words, n))
           or (w in CLAUSE_WORDS and w not in ("and", "or")) for n, w in enumerate(lowered)):
        return ""
    # "alliance chair Cora Lind said": a role in lower case before a name is a subject too.
    # "district officials insist ...": those who speak, after the body they speak for, in lower case.
    opens_well = any_case or words[0][0].isupper() or lowered[0] in SUBJECT_OPENERS or bool(
        PERSON_NAME_END.search(" ".join(words))
    ) or (len(words) == 2 and lowered[1] in SPEAKING_HEADS)
    if not opens_well or lowered[-1] in DETERMINERS | CLAUSE_WORDS:
        return ""
    if _has_past_verb(words):
        return ""  # "A county judge on Friday granted Harlan": a clause, not a subject
    if lowered[-1].endswith(("'s", "\u2019s")):
        return ""  # "the union's claim": the verb was a noun
    return " ".join(words)


def _sets_the_scene(phrase: str) -> bool:
    """The phrase opens with where or when ("In a statement posted ...", "In Harwell"), not with who."""
    first = phrase.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in PLACE_OR_TIME_OPENERS


def _joined_lists(segments: list[str]) -> list[str]:
    """A segment that goes on with "or" belongs to the one before it: in "the largest union at the firm with 30,000
    members, or a quarter of its staff," the description is one ("and" more often opens a clause of its own)."""
    joined: list[str] = []
    for segment in segments:
        if joined and joined[-1] and (LIST_GOES_ON.match(segment) or _relative_list_goes_on(joined[-1], segment)):
            joined[-1] = f"{joined[-1]}, {segment}"
        else:
            joined.append(segment)
    return joined


LIST_GOES_ON = re.compile(r"^or\s+[a-z]")
INDEFINITE_OPENING = re.compile(r"^(?:a|an)\s+[a-z]")  # "an umbrella for ...": a description
RELATIVE_START = re.compile(r"^(?:which|who|whose|including|such as)\b", re.IGNORECASE)


def _relative_list_goes_on(before: str, segment: str) -> bool:
    """"which speaks for 30,000 drivers, cooks and other staff,", "an umbrella for tenants' groups, charities
    and churches,": the list in a relative clause or a description goes on past its comma; the next segment names no
    subject of its own."""
    words = segment.lower().split()
    return (bool(RELATIVE_START.match(before) or INDEFINITE_OPENING.match(before)) and bool(words)
            and segment[:1].islower()
            and not any(w in FINITE_WORDS or w in REPORTING_VERBS for w in words))


def _has_past_verb(words: list[str]) -> bool:
    """A verb in the past with its object ("judge on Friday granted Harlan ...", "... granted the"): the
    phrase is a clause. "The affected workers" and "Workers employed by the chain" stay subjects."""
    for i in range(1, len(words) - 1):
        w, after = words[i], words[i + 1]
        if w.islower() and w.endswith("ed") and len(w) > 4 and words[i - 1].lower() not in DETERMINERS:
            if after[:1].isupper() or after.lower() in ("the", "a", "an", "its", "their", "his", "her"):
                return True
    return False


def _shares_a_subject(pre: str, verb: str) -> bool:
    """The verb continues the clause before it: a participle after a comma, or a verb after 'and' / 'but'."""
    tail = pre.rstrip().lower()
    if not tail or QUOTE_MARK.search(pre[-3:]):
        return False
    participle = verb.lower().endswith("ing") and tail.endswith(",")
    return participle or tail.endswith(COORDINATORS)


def main_subject(text: str) -> str:
    """The subject a sentence opens with, when it has one before its first verb; a source put first ("According to
    the filing, the drivers' guild cut its claim ...") is no subject."""
    fronted = FRONTED_SOURCE.match(text)
    return _main_subject(text[fronted.end() if fronted else 0:][:SUBJECT_WINDOW])


FRONTED_SOURCE = re.compile(r"[Aa]ccording\s+to\s+[^,.;:]{1,80},\s+")


def _main_subject(pre: str) -> str:
    """The words before the first verb of a clause, when they make a subject: 'The operator' of
    'The operator also put the number ...'."""
    words = pre.split()
    for i, word in enumerate(words[1:], start=1):
        lower = word.lower().strip(",")
        if _inside_a_name(words, i):
            continue  # "The Lakeport State Police Command": "State" is part of the name, no verb
        if lower in FINITE_WORDS or lower in REPORTING_VERBS or lower in POSITION_VERBS or (
            lower.endswith("ed") and len(lower) > 4 and words[i - 1].lower() not in DETERMINERS
        ):
            return _clean_subject(" ".join(words[:i]))
    return ""


def _inside_a_name(words: list[str], i: int) -> bool:
    """A capitalised word between two others is a word of a name, whatever else it may be ("State", "Will")."""
    return (i + 1 < len(words) and words[i][:1].isupper() and words[i - 1][:1].isupper()
            and words[i + 1][:1].isupper() and not words[i - 1].endswith(","))


ROMANCE_LINK = re.compile(ROMANCE_LINKS)


def _links_a_name(words: list[str], i: int) -> bool:
    """A Spanish or Portuguese link between two capitalised words is a word of a name, no verb: "do" in "the Sindicato
    dos Enfermeiros do Sul"."""
    return (0 < i < len(words) - 1 and bool(ROMANCE_LINK.fullmatch(words[i])) and words[i - 1][:1].isupper()
            and words[i + 1][:1].isupper())


def _described_subject(pre: str) -> str:
    """The subject of 'NAME, DESCRIPTION, verb', or ''."""
    segments = [s.strip() for s in SEGMENT_BREAK.split(pre)]
    if len(segments) >= 3 and not segments[-1] and _describes(segments[-2], segments[-3], closed=True):
        return _clean_subject(pre)
    return ""


def _describes(segment: str, before: str, closed: bool = True) -> bool:
    """A segment that describes the one before it rather than naming the subject.

    Not closed by a comma ("..., a Kaiser spokesperson said"), it is the subject itself, unless the
    segment before is no more than a name ("Fred Ortega, a Kaiser technician said").
    """
    if not closed and not PERSON_NAME_ONLY.match(before):
        return False
    if APPOSITIVE_START.match(segment) or PARTICIPLE_START.match(segment):
        return True
    if _role_first(segment) and PERSON_NAME_ONLY.match(before):
        return True  # "Rafe Mott, president of Local 1460, said", "Dana Vell, executive director of HRU, said"
    # "Ada Quill, the managing director,", "The Harwell Porters Union, the largest union at the firm,"
    return segment.lower().startswith("the ") and bool(PERSON_NAME_END.search(before) or ORG_NAME_ONLY.match(before))


# Words that rank a title without being one: "executive director", "deputy general secretary", "acting chair".
TITLE_RANKS = frozenset("executive deputy vice general senior acting interim assistant associate managing chief national "
                        "regional state international co".split())


# Offices that speak for the body they head: "chief executive of ...", "superintendent of the district".
OFFICE_NOUNS = frozenset("executive ceo manager superintendent commissioner minister mayor governor".split())


def _ranks_a_role(lowered: list[str], n: int) -> bool:
    """The word at `n` qualifies the role after it rather than being a verb: "lead negotiator", "lead organiser"."""
    return n + 1 < len(lowered) and lowered[n + 1].strip(",") in ROLE_NOUNS


def _role_first(segment: str) -> bool:
    """The segment opens with a role ("president of ...", "executive director of ..."), whatever ranks it."""
    for word in (w.lower().strip(",") for w in segment.split()[:4]):
        if word in ROLE_NOUNS or word in OFFICE_NOUNS:
            return True
        if word not in TITLE_RANKS:
            return False
    return False


SUBJECT_OPENERS = frozenset(
    """
    the a an he she they it we i this these those his her their its our union unions management officials
    workers employees staff nurses members leaders executives spokesperson spokeswoman spokesman company
    organisers organizers police authorities analysts economists researchers experts
    """.split()
)

SPEAKING_HEADS = frozenset("officials leaders executives negotiators spokesperson spokeswoman spokesman".split())


def _words(segment: str, strip_filler: bool) -> list[str]:
    words = segment.split()
    while strip_filler and words and words[-1].lower().strip(".,") in TRAILING_FILLER:
        words.pop()
    return [w.strip("()[]") for w in words if w.strip("()[]")]


# "a letter the company sent to union officials", "a memo sent to staff by the company": a document speaks for whoever
# wrote it, not for whoever it went to.
DOCUMENT_NOUNS = r"(?:letter|memo|memorandum|statement|email|e-mail|message|notice|note|circular|filing|document|bulletin|summary)"
WRITTEN_BY = re.compile(
    rf"^(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?{DOCUMENT_NOUNS}\s+(?:that\s+)?(?P<author>.+?)\s+(?:had\s+|has\s+)?"
    r"(?:sent|wrote|issued|released|circulated|published|posted|gave|put out)\b"
    rf"|^(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?{DOCUMENT_NOUNS}\s+(?:sent|written|issued|released|circulated|posted)\s+"
    r"(?:to\s+[^,]+?\s+)?by\s+(?P<agent>.+)$",
    re.IGNORECASE,
)


def _author(phrase: str) -> str:
    """Who a document named as a source speaks for: its writer where the phrase says who that is."""
    written = WRITTEN_BY.match(phrase.strip())
    return (written.group("author") or written.group("agent")) if written else phrase


def _outlet_named(phrase: str) -> bool:
    """An outlet by its name ("the Lakeport Ledger", "the state news agency Lakenews"), not "the union leader"."""
    words = phrase.split()
    return bool(words) and words[-1][:1].isupper() and names_outlet(phrase)


def _trim(phrase: str) -> str:
    return " ".join(phrase.split())


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < at < e for s, e in spans)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted words, so that a reporting verb inside a quotation is not taken for the sentence's."""
    spans = []
    opened = -1
    for mark in QUOTE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if opened < 0 and not spans and _closes(text, i, ch):
            spans.append((0, i + 1))  # the end of a quotation begun in an earlier sentence
        elif ch == "\u201c" or (ch == '"' and opened < 0):
            opened = i
        elif (ch == "\u201d" or ch == '"') and opened >= 0:
            spans.append((opened, i + 1))
            opened = -1
    if opened >= 0 and not spans:
        spans.append((opened, len(text)))  # a quotation that goes on past this sentence
    return spans


def _closes(text: str, at: int, mark: str) -> bool:
    """A closing quotation mark: a curly one, or a straight one right after the quotation's last punctuation."""
    if mark == "\u201d":
        return True
    return mark == '"' and at > 0 and text[at - 1] in ",.!?\u2026" and (at + 1 == len(text) or text[at + 1].isspace())


def opens_with_quote(text: str) -> bool:
    return text[:1] in ("\u201c", '"')
