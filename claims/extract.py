"""Sentences in, check-worthy claims out, each with its speaker, side and figures."""
from __future__ import annotations

import re
from dataclasses import replace

from claims.attribution import (
    ASIDE_VERBS, IN_THE_WORDS_OF, find_attribution, find_position_holder, main_subject, opens_with_quote,
)
from claims.boilerplate import is_boilerplate, without_credit
from claims.kinds import counts_state_forces, treats_the_hurt
from claims.lexicon import GENERIC_NAMES, POSITION_VERBS, REPORTING_VERBS, WORKER_NOUNS
from claims.measures import TURNED_DOWN
from claims.frames import (
    AGREED, BALLOT, CROWD_SIZE, CROWD_VERB_AFTER, CROWD_WORDS, DEMANDED, NOTICE_LENGTH, OFFERED, THRESHOLD_MEASURE,
    frame_for, is_age, is_casualty, is_cost, is_generic_measure, is_results, is_vote, measure_of, pay_as_terms,
)
from claims.model import (
    ANALYST, EMPLOYER, GOVERNMENT, ORGANIZERS, POLICE, REPORTER, UNKNOWN, Claim, KnownOrganisations, Parties, Quantity,
)
from claims.organisations import ORG
from claims.owners import (
    OFFER_MAKER, RELATIVE_SUBJECT, THE_GOVERNMENT, clause_spans, enacted_by, instrument_holder, offer_holder, offer_maker, offered_to_workers,
    owner_after, owner_phrase, position_named, sought_by, tells_offer_terms,
)
from claims.parties import DEFAULT_PARTIES
from claims.quantities import find_quantities, is_unnumbered_span
from claims.resolve import Discourse, Speaker, is_media_reports
from claims.sentences import Unit, split_units
from claims.sides import SideBook
from claims.voice import Voice, document_voice, is_outlet
from claims.worthiness import THRESHOLD, Features, checkworthiness

# A second assertion inside the sentence: "..., an allegation Kaiser has denied."
DENIAL_CLAUSE = re.compile(
    r",\s*(?P<span>(?:(?:an?|the)\s+(?:allegation|accusation|claim|charge|assertion)s?\s+(?:that\s+|which\s+)?|which\s+)"
    r"(?P<who>[A-Z][\w\u2019'&.-]*(?:\s+[A-Z][\w\u2019'&.-]*){0,4}|the\s+[a-z]+|management)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:[a-z]+ly\s+)?(?:denied|denies|disputed|disputes|rejected|rejects|refuted|refutes)"
    r"\b[^.;!?]*)"
)
DENIAL_SCORE = 0.6
# Longer "sentences" are runs of markup or data without punctuation, never a claim to check.
MAX_CLAIM_CHARS = 2000
# A sentence that opens on a count or an analysis named before: "The count could be off by 50,000", "By the pair's
# reckoning,", "The analysis put the first-day cost at $60 million", "That is 40 percent of the region's drivers", "Of
# those drivers, 760 had been warned".
COUNT_ANAPHOR = re.compile(
    r"^\s*(?:(?:That|This)\s+(?:is|was|would\s+be|represents|amounts\s+to)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$"
    r"|Of\s+(?:those|these|them)\b"
    r"|(?:The|That|This|Their|Its)\s+(?:count|estimate|tally|figure|calculation|analysis|report|study|forecast)\b"
    r"|By\s+(?:the\s+(?:pair|two|researchers|analysts|group)(?:\u2019s|'s|s\u2019|s')|their|its)\s+(?:reckoning|count|estimate|calculations?)\b)"
)
# The words that make a bare number in a later sentence the same count again, under another party's name.
POSSESSIVES = {"it": "its", "they": "their"}
COUNT_REFERENCE = re.compile(r"\b(?:figure|number|count|estimate|tally|total)s?\b", re.IGNORECASE)
OFFER_IN_VIEW = re.compile(r"offer|propos|package|deal|agreement|contract|settlement", re.IGNORECASE)
OFFER_NOUN = re.compile(r"\b(?:offer|proposal)s?\b", re.IGNORECASE)
# A deal the parties reached, not one side's offer: "the tentative agreement", "the proposed contract".
AGREEMENT_IN_VIEW = re.compile(
    r"\b(?:agreements?|contracts?(?!\s+(?:offer|proposal)s?\b)|settlements?)\b|\b(?:tentative|proposed|provisional)\s+deals?\b"
    r"|\b(?:reached|struck|agreed|arrived\s+at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?deal\b", re.IGNORECASE)
QUOTES = re.compile("[\u201c\u201d\"]")
# A ballot of members, not of a legislature, a board or shareholders: in a labour dispute the union runs it and its
# result is the union's figure, whoever reports it.
NOT_MEMBERS_BALLOT = re.compile(
    r"\b(?:House|Senate|[Ll]awmakers|[Ll]egislat\w+|[Pp]arliament\w*|MPs|Congress\w*|[Cc]ouncil\w*|[Aa]ssembly|[Bb]oard"
    r"|[Ss]hareholders|[Ss]tockholders|[Ii]nvestors|[Jj]ur(?:y|ors)|[Ee]lection|[Rr]eferend\w+|[Pp]olls?|[Ss]urvey\w*"
    # a public election's count, told without the word: "Vell won 52% of the votes, enough to avoid a second round"
    r"|[Rr]un-?offs?|(?:first|second)\s+round|[Cc]andidates?|[Ee]lectoral|[Pp]residential)\b")
WILL = re.compile(r"\b(?:will|would|is to|are to)\b", re.IGNORECASE)
# "Further losses ... were estimated at $144 million", after a sentence giving an analysis's estimate: the same
# estimator's figures, going on.
ESTIMATED_WITHOUT_AGENT = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:estimated|put|projected|calculated|reckoned|forecast)\s+(?:at|to\s+be)\b(?![^.]*\bby\b)",
    re.IGNORECASE)
# A party called by what it is, in lower case: "the government", "the rail company", "the union".
PARTY_NOUN_PHRASE = re.compile(r"\bthe\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# The words between a figure and the level it moved from: ", up from", " (down from".
EARLIER_LEVEL_GAP = re.compile(r",?\s*\(?(?:up|down)\s+from\s+(?:(?:a|an|the|about|around|roughly|nearly|just|some)\s+)*")
# A source named again by what it is: "as the same group reported", "the same analysis showed".
SAME_SOURCE = re.compile(r"(?:[Tt]he\s+)?same\s+(?:body|group|firm|organi[sz]ation|source|study|report|analysis|survey"
                         r"|researchers?|analysts?|economists?|consultancy|institute|agency|estimate|count)")
# A party that said what a subordinate clause goes on to tell: "... after the transport minister had said that".
SAID_THAT_BEFORE = re.compile(
    r"\b(?:after|before|when|as|since|because|while|although|though)\s+(?P<who>[^,;:.\d\u201c\u201d\"]{2,60}?)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:said|says|told\s+\w+|warned|cautioned|noted|estimated|claimed|predicted|calculated"
    r"|projected|forecast|reported|argued|announced)\s+that\b[^;\d]*$"
)
# An offer that holds the figure after it: "their pay offer to 11%", "its proposal of a".
HELD_OFFER = re.compile(r"\b(?:offer|proposal)s?\b[^.;:]{0,25}$", re.IGNORECASE)
# A subject that names its party by what it is and nothing else: "The union", "the unions".
PARTY_BY_NOUN = re.compile(r"(?:[Tt]he\s+)?(?:labou?r\s+)?union(?P<plural>s)?")
# A sentence that gives the one before it its source: "That is according to the federation.", "Those figures come
# from the police."
BACK_ATTRIBUTION = re.compile(
    r"^(?:That|This)(?:\u2019s|'s|\s+is|\s+was)\s+according\s+to\s+(?P<owner>[^,;:.]{2,60})\.?\s*$"
    r"|^(?:The|Those|These)\s+(?:figures?|numbers|estimates?|counts?)\s+(?:come|came|are|were)\s+from\s+(?P<source>[^,;:.]{2,60})\.?\s*$"
)
# "The district has offered:", "The union is demanding:": a party's verb of offer or demand ends the lead-in.
LIST_OWNER_VERB = re.compile(
    r"^\s*(?P<owner>[Tt]he\s+[a-z]+|(?:[Tt]he\s+)?[A-Z][\w&.\u2019'-]*(?:\s+[A-Z][\w&.\u2019'-]*){0,5}?)\s+(?:(?:has|have|had|is|are|now)\s+)*"
    r"(?:offered|offering|proposed|proposing|demanded|demanding|seeking|sought|wants|asking\s+for|put\s+forward)\b[^:]{0,40}:\s*$"
)


def _quotation_left_open(text: str, open_before: Speaker | None, speaker: Speaker | None) -> Speaker | None:
    """Who speaks the quotation still open after this sentence: 'the university said: "We respect ... . But
    we also ...' leaves it open, and the sentences that follow are the university's until it closes."""
    curly = text.count("\u201c") - text.count("\u201d")
    straight = text.count('"') % 2
    if open_before is not None:
        closes = curly < 0 or straight or "\u201d" in text
        return None if closes else open_before
    return speaker if (curly > 0 or straight) else None


def extract(text: str, parties: Parties | None = None, publisher: str | None = None, title: str | None = None,
            known: KnownOrganisations | None = None) -> list[Claim]:
    """The check-worthy claims of one document body; never raises.

    `known` carries the employers and unions other articles of the dispute taught (see `organisations_taught`).
    """
    if not isinstance(text, str) or not text.strip():
        return []
    publisher = publisher if isinstance(publisher, str) else None
    book = _side_book(text, parties, publisher, title, known)
    voice = document_voice(text, book, publisher)
    return _Extraction(text, book, voice).run()


def organisations_taught(text: str, parties: Parties | None = None, publisher: str | None = None,
                         title: str | None = None) -> KnownOrganisations:
    """The employers and unions one document shows to be such, for the other articles of its dispute."""
    if not isinstance(text, str) or not text.strip():
        return KnownOrganisations()
    book = SideBook.organisations_of(_as_read(text, publisher if isinstance(publisher, str) else None, title),
                                     parties if parties else DEFAULT_PARTIES, guess_named_employers=not parties)
    return KnownOrganisations(frozenset(book.employers), frozenset(book.unions - book.struck_only))


def _side_book(text: str, parties: Parties | None, publisher: str | None, title: str | None,
               known: KnownOrganisations | None) -> SideBook:
    return SideBook.for_document(_as_read(text, publisher, title), parties if parties else DEFAULT_PARTIES,
                                 guess_named_employers=not parties, known=known)


def _as_read(text: str, publisher: str | None, title: str | None) -> str:
    """The text sides are learnt from: a party that publishes its own release is named by it, so that its acronym in
    the text ("CTU") is known; the title is read with the body."""
    issuer = f"{publisher}.\n" if publisher and not is_outlet(publisher) else ""
    return f"{issuer}{title or ''}\n{text}"


# A party that turned an offer down, in the words that own a figure: it did not make the offer.
REJECTED_OFFER = re.compile(rf"\b(?:{TURNED_DOWN}|rejected|refused|spurned)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                            r"(?:[\w-]+\s+){0,2}(?:offer|proposal|deal|contract|agreement)\b", re.IGNORECASE)
# A relative clause that says whom an organisation represents, just before the count, or before the whole its members
# are a part of ("which now represents some 9,000 of its 12,000 dockside porters").
DESCRIBES_MEMBERS = re.compile(
    r",?\s+(?:which|who|that)\s+(?:now\s+)?(?:represents|speaks\s+for|bargains\s+for|has\s+organi[sz]ed)\s+"
    r"(?:the\s+[\w\u2019'-]+\s+|(?:[A-Z][\w\u2019'-]*\s+){1,3})?(?:about|around|some|nearly|roughly|more\s+than|over)?\s*"
    r"(?:[\d][\d,.]*\s+of\s+(?:the|its|their|all)\s+)?$"
    r"|\bwhose\s+members\s+number\s+(?:about|around|some|nearly|roughly|more\s+than|over)?\s*$")
CONTRAST_BREAK = re.compile(r"\b(?:but|while|whereas|though|although)\b|;")  # clause breaks that set a source apart
# A tax a figure is: "a levy of 40 cents a bottle", "9 cents a kilo of duty", "adds 12 cents to the tobacco duty",
# "a 2% levy on tickets", "a $3-per-room levy" (not "$2 million in taxes" a company paid: it sets no rate).
TAX_BEFORE = re.compile(r"\b(?:tax|levy|duty)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
TAX_AFTER = re.compile(
    r"(?:-per-[a-z]+)?(?:\s*(?:per|a|an)\s+[a-z]+)?(?:\s+of)?[\s-]+(?:[a-z]+\s+){0,2}?(?:tax|levy|duty)\b"
    r"(?!\s+(?:cuts?|breaks?|credits?|returns?|refunds?|revenues?|bills?)\b)"
    r"|\s+(?:[a-z]+\s+){0,2}?(?:to|on)\s+the\s+(?:[a-z]+\s+){0,2}(?:tax|levy|duty)\b", re.IGNORECASE)
# "a loss of 40 million, after stoppages which, according to the operator, cost 2 million each": a source set inside
# a relative clause vouches for that clause only, not for the figures of the sentence before it.
RELATIVE_SOURCE = re.compile(r"\b(?:that|which)\s*,\s*according\s+to\s+(?P<who>[^,.;]{2,80}),", re.IGNORECASE)
# "The HRU, the largest union at the firm with 30,000 members, or a quarter of its staff, said ...": a figure in the
# description set after the subject, before its reporting verb, is the outlet's account of the subject.
SUBJECT_DESCRIBED = re.compile(r"^[^,]{2,80},\s+(?:the|a|an)\s+[^.;]*$")
VERB_AFTER_DESCRIPTION = re.compile(rf"[^.;]*?,\s+{ASIDE_VERBS}\b")
# Those the police count as their own when they are hurt.
POLICE_COUNTED = re.compile(r"\b(?:police|officers|policemen|policewomen|personnel|gendarmes|security\s+forces)\b",
                            re.IGNORECASE)
# Unnamed officials, who count a crackdown's dead and held for the state (not "hospital officials", who treat them).
BARE_OFFICIALS = re.compile(r"(?:the\s+)?(?:officials|authorities)$", re.IGNORECASE)
# A count the state gives, in the outlet's voice: "the 27 officially reported so far", "the official toll of 31".
OFFICIALLY = re.compile(r"\bofficially\s+(?:reported|confirmed|recorded|registered|counted|announced|put)\b"
                        r"|\bofficial\s+(?:death\s+)?(?:toll|count|tally)\b", re.IGNORECASE)
# Police who arrest or hold people, just before their count.
ARRESTS_MADE = re.compile(
    r"(?P<who>\b(?:[A-Z][\w-]*\s+)?(?:[Pp]olice|[Gg]endarmes|[Gg]endarmerie|[Oo]fficers|[Aa]uthorities))\s+(?:have\s+|had\s+)?"
    r"(?:arrested|detained|held|took|have\s+taken)\s+(?:into\s+custody\s+)?"
    r"(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)?\s*$")
# An organisation and the staff it has, employs or has taken on, just before their count.
WORKFORCE_HELD = re.compile(
    rf"(?P<org>{ORG}|\b[Ii]t)\s+(?:now\s+|also\s+)?(?:has|had|employs|employed|(?:has\s+|had\s+)?(?:taken\s+on|hired|added|took\s+on))"
    r"\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under)?\s*$")


# "Harwell Air pays its porters £28,000 to £31,500", "the trust pays its cleaners ...": an employer's account of its
# own pay, to every figure of the clause after it.
EMPLOYER_PAYS = re.compile(rf"(?P<org>{ORG}|\b[Ii]t|\b[Tt]he\s+[a-z]+)\s+(?:now\s+|currently\s+)?pays\s+(?!for\b)")


# The place at the end of a longer name: "Portugal" in "the Forum of Missing Marchers in Portugal", no party itself.
PLACE_IN_A_NAME = re.compile(r"[A-Z][\w'-]*\s+in\s+$")


class _Extraction:
    """One pass over one document; keeps who spoke last so that "he said" and a continued quote resolve."""

    def __init__(self, text: str, book: SideBook, voice: Voice):
        self.text = text
        self.voice = voice
        self.discourse = Discourse(book)
        if voice.is_party:
            self.discourse.seen.append(Speaker(voice.speaker, voice.side))
        self.quote_speaker: Speaker | None = None
        self.list_speaker: Speaker | None = None  # who set out the list whose items follow
        self.open_quote: Speaker | None = None  # who speaks a quotation that goes on past the last sentence
        self.claims: list[Claim] = []
        self.sides: dict[str, str] = {}  # organisations' sides, for the subjects of figures
        self.last_counter: Speaker | None = None  # the party whose figure came last, for "the count" after it
        self.last_count: Quantity | None = None  # the last count whose measure its words name, for "the figure" after it
        self.unnamed_counters: dict[Quantity, Speaker] = {}  # this sentence's figures' sources the text does not place
        self.previous_text = ""  # the sentence before, whose opening party "It wants ..." may go on about
        self.account: Speaker | None = None  # the party whose account the last sentence reported, in this paragraph
        self.previous_end = 0
        self.offer: Speaker | None = None  # the employer or government whose offer the article last spoke of
        self.offer_told: Speaker | None = None  # whose offer the last sentence told of, naming no maker
        self.before_prose = True  # no sentence read yet: a heading here is the article's own headline

    def run(self) -> list[Claim]:
        for unit in split_units(self.text):
            try:
                self._unit(unit)
                self.previous_text = unit.text
                self.before_prose = self.before_prose and unit.headline
            except (ValueError, IndexError, KeyError, RecursionError, OverflowError):
                # One odd sentence must not cost the document its other claims.
                self.quote_speaker = self.open_quote = None
                self.previous_text = ""
        return self.claims

    def _unit(self, unit: Unit) -> None:
        text = without_credit(unit.text)
        if len(text) > MAX_CLAIM_CHARS or is_boilerplate(text):
            self.quote_speaker = self.open_quote = None
            if not unit.bullet:
                self.list_speaker = None  # "Read more:" opens no party's list
            return
        back = BACK_ATTRIBUTION.match(text)
        if back and self.claims and self.claims[-1].side in (REPORTER, UNKNOWN):
            # "More than 3 million marched on Tuesday. That is according to the federation.": the figures before
            # are the source's.
            owner = self._party(back.group("owner") or back.group("source"))
            if owner is not None:
                self.claims[-1] = self._owned_by(self.claims[-1], owner)
        attribution = find_attribution(text)
        holder = None
        if attribution:
            # ("In their words, the ministry had failed them": "they" are not the ministry the sentence goes on with)
            subject = self._sentence_subject(text, attribution.speaker) if attribution.verb != IN_THE_WORDS_OF else None
            speaker = self._same_source(attribution.speaker) or subject or self.discourse.speaker(attribution.speaker)
            stance = attribution.stance
            if speaker.side in (REPORTER, UNKNOWN, ANALYST):
                speaker = self._source_quoted(text, attribution) or speaker
        elif opens_with_quote(text) and self.quote_speaker:
            speaker, stance = self.quote_speaker, "assertion"  # a quotation that goes on from the last one
        elif self.open_quote:
            speaker, stance = self.open_quote, "assertion"  # a sentence inside a quotation opened before it
        elif unit.bullet and self.list_speaker:
            speaker, stance = self.list_speaker, "assertion"  # an item of a list a party set out
        else:
            holder = (self._position_holder(text) or self._offer_terms(text) or self._account_goes_on(unit, text)
                      or self._observer_acting(text))
            speaker, stance = holder or Speaker(self.voice.speaker, self.voice.side), "assertion"
        self._remember_offer(text, speaker)
        goes_on = holder is not None and holder is self.account  # the account may run on for several sentences
        self.account = speaker if (attribution or goes_on) and speaker.side not in (REPORTER, UNKNOWN) else None
        self.previous_end = unit.end
        if not unit.bullet:
            self.list_speaker = self._list_owner(text, attribution) if text.rstrip().endswith(":") else None
        self._remember_people(text, speaker)
        attributed = (bool(attribution) or speaker is self.quote_speaker or speaker is self.open_quote
                      or (unit.bullet and speaker is self.list_speaker))
        self.quote_speaker = speaker if attributed and ("\u201c" in text or '"' in text) else None
        self.open_quote = _quotation_left_open(text, self.open_quote, speaker if attributed else None)
        quantities = find_quantities(text)
        figures = sum(q.kind != "date" for q in quantities)
        features = Features(
            figures=figures,
            dates=len(quantities) - figures,
            attributed=attributed or holder is not None,  # a party's stated offer or demand is its claim
            stance=stance,
            party_voice=not attributed and self.voice.is_party,
            headline=unit.headline and not self.before_prose,
            bullet=unit.bullet,
            # The headline above the first sentence is the outlet's own summary of its story, a claim as much as any
            # sentence: readers set it beside the body's and other articles' accounts. Later headings are furniture.
            title=unit.headline and self.before_prose and not unit.bullet,
        )
        score = checkworthiness(text, features)
        if score < THRESHOLD:
            return
        self._add_owned(text, unit.start, speaker, score, quantities, stance, bool(attribution))
        self._add_denial(text, unit.start)

    def _remember_offer(self, text: str, speaker: Speaker) -> None:
        """The employer or government whose offer the article last spoke of, and the one whose offer this sentence
        told of without naming its maker, for the next sentence only."""
        self.offer_told = None
        if not OFFER_IN_VIEW.search(text):
            return
        maker = self._party(offer_maker(text) or "")
        if maker is not None and maker.side in (EMPLOYER, GOVERNMENT):
            self.offer = maker
        elif maker is None and AGREEMENT_IN_VIEW.search(text):
            self.offer = None  # "the proposed contract": what follows are the terms both parties agreed
        elif maker is None and speaker.side in (EMPLOYER, GOVERNMENT) and OFFER_NOUN.search(text):
            self.offer_told = speaker  # "According to the district, its proposal covers three years. That would ..."

    def _offer_terms(self, text: str) -> Speaker | None:
        """The maker of the offer in view, for a sentence that tells what it would give ("Each driver would get a
        £400 bonus"): an offer's terms are its maker's figures, even in the outlet's voice."""
        offer = self.offer or self.offer_told
        return offer if offer is not None and tells_offer_terms(text) else None

    def _account_goes_on(self, unit: Unit, text: str) -> Speaker | None:
        """The party whose account the sentence before reported, when this one goes on with what will be
        ("The union said porters will earn at least $19 an hour. Drivers will earn $31."):
        the terms of a deal or plan it set out, in the same paragraph."""
        if "\n\n" in self.text[self.previous_end:unit.start]:
            return None
        if ESTIMATED_WITHOUT_AGENT.search(text):
            return self.account or self._last_estimator()
        return self.account if WILL.search(text) else None

    def _last_estimator(self) -> Speaker | None:
        """The party whose figures the sentence just before gave, where they were a party's and not the outlet's."""
        last = self.claims[-1] if self.claims and self.claims[-1].end == self.previous_end else None
        frame = next((q.frame for q in last.quantities if q.frame and q.kind != "date"), None) if last else None
        return Speaker(frame.owner, frame.owner_side) if frame and frame.owner_side not in (REPORTER, UNKNOWN) else None

    def _sentence_subject(self, text: str, phrase: str) -> Speaker | None:
        """For 'it said', 'they said' or 'according to its website': the party the sentence itself opens with, if
        any ("The operator is also offering £750, it said on Wednesday")."""
        if not PRONOUN_SOURCE.fullmatch(phrase.strip()) or QUOTES.search(text):
            return None  # inside a quotation the subject is whoever the quote is about, not who speaks
        subject = main_subject(text)
        return self._party(subject) if subject and subject.lower() not in ("it", "they") else None

    def _list_owner(self, text: str, attribution) -> Speaker | None:
        """Who a list's lead-in gives it to: "The union said:" or "The RSWU's claim, as set out to members:"."""
        if attribution:
            return self.discourse.speaker(attribution.speaker)
        owner = LIST_OWNER_VERB.match(text)
        if owner:
            return self._party(owner.group("owner"))
        named = position_named(text)  # "The union's claim:", "Here's what is in the district's latest offer:"
        owner = self._resolve_owner(named, text) if named else None
        return owner if owner and owner.side not in (REPORTER, UNKNOWN) else None

    def _owned_by(self, claim: Claim, owner: Speaker) -> Claim:
        """The claim, its figures and side given to the party a following sentence names as their source."""
        quantities = tuple(
            q if q.frame is None or q.kind == "date"
            else replace(q, frame=replace(q.frame, owner=owner.name, owner_side=self._counting_role(owner, q).side))
            for q in claim.quantities
        )
        figures = [q for q in quantities if q.kind != "date" and q.frame is not None]
        return replace(claim, side=figures[0].frame.owner_side if figures else owner.side, quantities=quantities)

    def _remember_people(self, text: str, speaker: Speaker) -> None:
        """People a sentence names, for a "she said" further on; its own speaker stays the latest."""
        named = [name for name in self.discourse.book.people_named(text) if name != speaker.name]
        for name in named:
            self.discourse.mention(name)
        subject = main_subject(text) if named and not speaker.is_person else ""
        known = self.discourse.book.person(subject) if subject else None
        if known and known[0] not in named:
            # "Moss listed the officers who died: Inspector Ada Quill; ...": the next "he said" is still Moss
            self.discourse.seen.append(Speaker(known[0], known[1], True))
        elif named and speaker.is_person:
            self.discourse.seen.append(speaker)

    def _position_holder(self, text: str) -> Speaker | None:
        """The party whose demand or offer an unattributed sentence states, when the subject is a party."""
        if self.voice.is_party:
            return None  # a press release asserts its own sentences, whoever's offer they state
        subject = find_position_holder(text)
        return self._party(subject) if subject else None

    def _source_quoted(self, text: str, attribution) -> Speaker | None:
        """"The Ledger reported that the guild said 2,300 had signed": a party whose words another
        source passes on still speaks them."""
        passed_on = re.search(rf"\b{re.escape(attribution.verb)}\s+that\s+", text)
        rest = text[passed_on.end():] if passed_on else ""
        inner = find_attribution(rest) if rest else None
        if inner is None or inner.verb == "according to" or not rest.startswith(inner.speaker):
            return None  # (not "wrote that 60 stood by noon, while the union claimed 140": that clause's source only)
        return self._party(inner.speaker)

    def _same_source(self, phrase: str) -> Speaker | None:
        """A source called by what it is again ("according to the same group"): the party whose figure came last."""
        return self.last_counter if SAME_SOURCE.fullmatch(phrase.strip()) else None

    def _observer_acting(self, text: str) -> Speaker | None:
        """"The Harwell Rights Institute has filed 31 complaints": what an observer of the dispute (a rights group,
        an institute, a forensic unit) did and counted, told in the outlet's voice, is its own account."""
        subject = main_subject(text)
        if not subject or subject.lower() in ("it", "they") or self.discourse.resolve(subject).side != ANALYST:
            return None
        return self.discourse.speaker(subject)  # remembered as one who spoke only once it is known to be an observer

    def _party(self, phrase: str) -> Speaker | None:
        """The speaker a phrase names, when it is one of the dispute's parties."""
        speaker = self.discourse.speaker(phrase)
        return speaker if speaker.side not in (REPORTER, UNKNOWN) else None

    def _add(self, text, start, speaker: Speaker, score, quantities, stance) -> None:
        """One claim; figures without a frame get one whose owner is the speaker."""
        self.claims.append(
            Claim(
                text=text, start=start, end=start + len(text), position=len(self.claims), speaker=speaker.name,
                side=speaker.side, checkworthiness=score, quantities=self._framed(text, quantities, {}, speaker),
                stance=stance,
            )
        )

    def _counting_role(self, owner: Speaker, q: Quantity, ballot: bool = False, subject: Speaker | None = None,
                       text: str = "") -> Speaker:
        """A union counting the crowd of a march counts as its organiser: the march is its own, and its count
        stands against the police's as the organisers' does. An unplaced source costing the dispute is an analyst, and
        so is a cost in the outlet's voice after an analyst's. The result of a members' ballot told in the outlet's
        voice is the union's: it ran the ballot and gave out the count; so is a strike notice, which only a union gives,
        and a demand no party is named for ("the nurses are seeking 15%"). An offer's or a deal's terms in the outlet's
        voice are their maker's (`_terms_maker`; `subject`: the party the sentence opens with), and so is a pay level
        told as an offer's terms ("Under the new proposal, average pay would climb to $111,155")."""
        if q.frame is not None and q.frame.measure == THRESHOLD_MEASURE:
            return Speaker(self.voice.speaker, self.voice.side)  # a bar the law sets: told, not put forward
        if owner.side in (REPORTER, UNKNOWN) and q.frame is not None and self.discourse.book.labour_dispute and (
                ballot and is_vote(q.frame.measure) or q.frame.measure == NOTICE_LENGTH
                or q.frame.measure.endswith(DEMANDED)):
            union = self.discourse.resolve("the union")
            return union if union.side == self.discourse.book.labour else Speaker("the union", self.discourse.book.labour)
        if owner.side in (REPORTER, UNKNOWN) and q.frame is not None and self.discourse.book.labour_dispute and (
                q.frame.measure.endswith(OFFERED) or q.frame.measure.endswith(AGREED)
                or pay_as_terms(text, q.frame.measure)):
            return self._terms_maker(subject)
        if q.frame is not None and q.frame.measure == CROWD_SIZE and owner.side == self.discourse.book.labour:
            return Speaker(owner.name, ORGANIZERS, owner.is_person)
        reckoned = q.frame is not None and (is_cost(q.frame.measure) or is_casualty(q.frame.measure))
        relayed = reckoned and owner.side == REPORTER and is_cost(q.frame.measure) and is_media_reports(owner.name)
        if reckoned and owner.side == UNKNOWN and is_casualty(q.frame.measure) and BARE_OFFICIALS.match(owner.name):
            return Speaker(owner.name, GOVERNMENT)  # "According to officials, 35 people have died": the state's toll
        if reckoned and (owner.side == UNKNOWN or relayed) and (is_cost(q.frame.measure) or not owner.is_person):
            # The parties of a dispute are known by what they are; a source no party's name spells out that puts a
            # cost on the dispute, or an organisation that counts its dead and hurt, is reckoning from outside: an
            # analyst. Press reports of a cost relay such an estimate.
            return Speaker(owner.name, ANALYST, owner.is_person)
        if reckoned and is_casualty(q.frame.measure) and treats_the_hurt(owner.name):
            return Speaker(owner.name, ANALYST, owner.is_person)  # "nine were taken to hospital, the ambulance service said"
        if reckoned and owner.side in (REPORTER, UNKNOWN) and POLICE_COUNTED.search(q.frame.population or ""):
            # "83 police personnel were hurt": the police count their own wounded
            return Speaker("the police", POLICE)
        if owner.side in (REPORTER, UNKNOWN) and q.kind == "count" and not reckoned and counts_state_forces(text, q.end):
            return Speaker("the government", GOVERNMENT)  # "900 troops will stand in for the strikers"
        if (owner.side in (REPORTER, UNKNOWN) and q.kind == "count" and (reckoned or not self.discourse.book.labour_dispute)
                and OFFICIALLY.search(text, max(0, q.start - 40), min(len(text), q.end + 40))):
            return Speaker("the authorities", GOVERNMENT)  # "on top of the 27 officially reported so far"
        last = self.last_counter
        if q.frame is not None and owner.side == REPORTER and is_cost(q.frame.measure) and last and last.side == ANALYST:
            return last  # the outlet going on with the cost an analyst put on the dispute just before
        return owner

    def _terms_maker(self, subject: Speaker | None) -> Speaker:
        """Whose terms an offer or a deal told in the outlet's voice holds ("The draft contract offered raises of 9%"):
        the party the sentence names as making it where it is not labour ("lawmakers passed a deal that lifts
        porters' pay by 3 percent"), else the employer the article knows, else, with no employer in sight, the
        government that spoke (a minimum wage, a public pay award), else the employer unnamed."""
        book = self.discourse.book
        if subject is not None and subject.side not in (REPORTER, UNKNOWN, book.labour):
            return subject
        parties = [s for s in reversed(self.discourse.seen) if s.side in (book.management, GOVERNMENT)]
        employer = next((s for s in parties if s.side == book.management), None)
        if employer is None and parties and not book.employers:
            return parties[0]
        return employer or Speaker(OFFER_MAKER, book.management)

    def _remember_counter(self, owners: dict) -> None:
        for q, owner in owners.items():
            if q.kind != "date" and owner.side not in (REPORTER, UNKNOWN):
                self.last_counter = owner

    def _framed(self, text: str, quantities, owners: dict, speaker: Speaker) -> tuple[Quantity, ...]:
        """Each figure with its frame, read from the whole sentence; a bare count after another ("1.28 million
        protesters, while the union claimed 3.5 million") measures what the one before it measures."""
        subject = self._subject(text) if quantities else ""
        framed: list[Quantity] = []
        for q in quantities:
            if q.frame is not None:
                framed.append(q)
                continue
            owner = owners.get(q, speaker)
            frame = frame_for(text, q, quantities, owner.name, owner.side, subject)
            # A tally's own words say which way each count voted ("310 in favour and 25 against"), and a count
            # that its own verb makes a crowd ("as 5,000 marched") is one, whatever count came before it.
            carries = (q.unit == "count" and not is_casualty(frame.measure) and not is_vote(frame.measure)
                       and not CROWD_VERB_AFTER.match(text[q.end:q.end + 80])) or is_generic_measure(frame.measure)
            before = _measure_before(framed, q) if carries else None
            if before is None and self._refers_back(text, q, frame):
                before = self.last_count
            if before is None and self._crowd_estimate(text, q, frame, owner):
                frame = replace(frame, measure=CROWD_SIZE)
            if before is not None:
                # The measure carries over; a group the figure's own words name ("once averaged") stays its own.
                frame = replace(frame, measure=before.frame.measure, population=frame.population or before.frame.population)
            framed.append(replace(q, frame=frame))
            if q.kind == "count" and not is_generic_measure(frame.measure):
                self.last_count = framed[-1]
        return _ranges_of_one_measure(text, framed)

    def _crowd_estimate(self, text: str, q: Quantity, frame, owner: Speaker) -> bool:
        """A bare estimate or figure of the police or of a march's organisers with no count named before it ("The
        police offered a conservative estimate of 240,000"): what they count is a crowd."""
        return (self.last_count is None and owner.side in (POLICE, ORGANIZERS) and q.kind == "count"
                and q.unit == "count" and not q.counted and is_generic_measure(frame.measure)
                and bool(COUNT_REFERENCE.search(text, max(0, q.start - 60), q.start)))

    def _refers_back(self, text: str, q: Quantity, frame) -> bool:
        """A bare count given as "the figure", "the number" or "their estimate" ("The ministry's figure is 1.23
        million", "police put the number at 1.2 million") counts what the last count named before it counted."""
        return (self.last_count is not None and q.kind == "count" and q.unit == "count" and not q.counted
                and is_generic_measure(frame.measure) and bool(COUNT_REFERENCE.search(text, max(0, q.start - 60), q.start)))

    def _add_owned(self, text, start, speaker: Speaker, score, quantities, stance, attributed: bool) -> None:
        """The claim, its side its figures' owner's; split at a clause boundary where two owners' figures
        share the sentence ("the union wants 6.5% while the district offered 6%")."""
        figures = [q for q in quantities if q.kind != "date"]
        if not figures:
            self._add(text, start, speaker, score, quantities, stance)
            return
        # (an attributed sentence's one figure may sit in a clause of another speaker's: "the minister said most
        # schools would open, while the union said it expected 80% to close")
        spans = clause_spans(text) if len(figures) > 1 or attributed else [(0, len(text))]
        starts = sorted(q.start for q in figures)
        owners = {q: self._owner(text, q, speaker, _span_of(spans, q.start), attributed and len(spans) > 1,
                                 next((s for s in starts if s > q.start), len(text)))
                  for q in quantities}
        owners = self._counters_against_the_police(text, _periods_share_owners(text, quantities, owners), speaker)
        self.unnamed_counters = {}
        framed = self._framed(text, quantities, owners, speaker)
        # (an election's vote in an article that speaks of wages or employees but of no union or strike is no ballot)
        ballot = self.discourse.book.industrial_dispute and BALLOT.search(text) and not NOT_MEMBERS_BALLOT.search(text)
        subject = main_subject(text)
        maker = self.discourse.resolve(subject) if subject else None
        roles = [self._counting_role(owners[q], f, bool(ballot), maker, text) for f, q in zip(framed, quantities)]
        framed = tuple(f if f.frame is None or f.frame.owner_side == r.side else replace(f, frame=replace(f.frame, owner=r.name, owner_side=r.side))
                       for f, r in zip(framed, roles))
        owners = dict(zip(framed, roles))
        self._remember_counter(owners)
        figures = [q for q in framed if q.kind != "date"]
        parts = _parts(text, spans, figures, owners) or _parts(text, _owner_spans(text, figures, owners), figures, owners)
        if len(parts) < 2:
            owner = _claim_owner([owners[q] for q in _deciding(figures)], speaker)
            self._add(text, start, Speaker(speaker.name, owner.side), score, framed, stance)
            return
        for part_start, part_end, owner in parts:
            shifted = tuple(
                replace(q, start=q.start - part_start, end=q.end - part_start)
                for q in framed if part_start <= q.start and q.end <= part_end
            )
            name = speaker.name if part_start == 0 and owner.side == speaker.side else owner.name
            self._add(text[part_start:part_end], start + part_start, Speaker(name, owner.side), score, shifted, stance)

    def _owner(self, text: str, q: Quantity, speaker: Speaker, span: tuple[int, int], per_clause: bool,
               next_figure: int) -> Speaker:
        """Whose figure q is: a party that speaks the sentence, else the party its clause says states, offers,
        demands, counts or estimates it, else the speaker.

        `per_clause`: the sentence is attributed and has several clauses; the speaker owns the first clause's
        figures only when its reporting verb is there ("police counted 80,000, while the union claimed 200,000").
        """
        start, end = span
        if is_unnumbered_span(q):
            return speaker  # "the transport secretary urged the panel to settle the week-long walkout": the teller's
        if q.kind == "count" and DESCRIBES_MEMBERS.search(text, max(start, q.start - 40), q.start):
            # "The HRU, which speaks for 9,000 porters, said ...": whom a union represents is the outlet's description
            # of it, not a figure the union puts forward
            return Speaker(self.voice.speaker, self.voice.side)
        if start == 0 and SUBJECT_DESCRIBED.match(text, 0, q.start) and VERB_AFTER_DESCRIPTION.match(text, q.end):
            return Speaker(self.voice.speaker, self.voice.side)
        if _sourced_after_it(text, q):
            return Speaker(self.voice.speaker, self.voice.side)
        named_after = owner_after(text, q.end, next_figure, end, is_count=q.kind == "count")
        if named_after:  # "1.2 million according to the ministry, 3.1 million according to the union"
            owner = self._resolve_owner(named_after, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
        held = offer_holder(text, q.start, q.end, start)
        if held:  # "the union rejected the district's offer of 6%": the district's figure, whoever reports it
            owner = self._resolve_owner(held, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
            if HELD_OFFER.search(text, max(start, q.start - 40), q.start):
                # "The depots raised their pay offer to 11%": an offer whose maker the article does not place is the
                # maker of the offer in view, else the employer's
                maker = self.offer or self._resolve_owner(OFFER_MAKER, text[:q.start])
                if maker.side not in (REPORTER, UNKNOWN):
                    return maker
        if speaker.side == self.discourse.book.labour and offered_to_workers(text, q.start, start):
            # "porters had been offered 3%, the union said": the union tells of an offer; the offer is its maker's
            maker = self.offer or self._resolve_owner(OFFER_MAKER, text[:q.start])  # the offer in view, if any
            if maker.side not in (REPORTER, UNKNOWN, speaker.side):
                return maker
        is_party = speaker.side not in (REPORTER, UNKNOWN)
        own_attribution = False
        own = speaker
        if start > 0 or per_clause:
            attribution = _clause_attribution(text, start, end)
            own_attribution = bool(attribution)
            if attribution:
                own = self.discourse.resolve(attribution.speaker)
                if own.side not in (REPORTER, UNKNOWN):
                    return own
                self._unnamed_counter(q, own)
        seekers = sought_by(text, q.end, end)
        if seekers:
            owner = self._resolve_owner(seekers, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
        if is_party and q.kind == "count" and _names_the_speaker(text, q, speaker.name):
            # "Some 6,300 Harbourline porters told the company they would stay out": a figure in the words that name
            # the speaker is the outlet's account of who speaks, not a figure the speaker gives
            return Speaker(self.voice.speaker, self.voice.side)
        if is_party and _in_quote(text, q.start):
            return speaker
        if is_party and start == 0 and (own_attribution or not per_clause):
            return speaker
        # "the guild's five-day notice" is the guild's; "Acme's four plants" only describes Acme
        phrase = owner_phrase(text, q.start, q.end, start, end, is_count=q.kind == "count")
        if phrase and REJECTED_OFFER.search(phrase):
            # "the union voted down a contract offer under which some would have got 4%": whoever turns an offer down
            # did not make it
            phrase = OFFER_MAKER
        if phrase:
            owner = self._resolve_owner(phrase, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
            self._unnamed_counter(q, owner)
        if speaker.side in (REPORTER, UNKNOWN) and self.last_counter and COUNT_ANAPHOR.match(text[start:q.start]):
            return self.last_counter  # "The count could be off by 50,000": the count named before
        arrested = ARRESTS_MADE.search(text, max(start, q.start - 60), q.start) if q.kind == "count" else None
        if speaker.side in (REPORTER, UNKNOWN) and arrested:
            # "Riot police arrested some 130 people": those who make the arrests keep the count of them
            owner = self._resolve_owner(arrested.group("who"), text[:arrested.start("who")])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
        workforce = WORKFORCE_HELD.search(text, max(start, q.start - 60), q.start) if q.kind == "count" else None
        if speaker.side in (REPORTER, UNKNOWN) and workforce and q.unit == "people":
            # "Harwell Health has about 40,000 employees", "it has hired 5,000 nurses since May": an employer's
            # count of its own staff
            owner = self._resolve_owner(workforce.group("org"), text[:workforce.start("org")])
            if owner.side == EMPLOYER:
                return owner
        pays = EMPLOYER_PAYS.search(text, start, q.start) if q.kind == "money" else None
        if speaker.side in (REPORTER, UNKNOWN) and pays:
            owner = self._resolve_owner(pays.group("org"), text[:pays.start("org")])
            if owner.side == EMPLOYER:
                return owner
        if speaker.side in (REPORTER, UNKNOWN) and q.kind == "money" and is_results(measure_of(text, q)[0]):
            # "it reported profits above $2 billion": an organisation's results come from its own accounts, in a
            # labour dispute the employer's, whoever repeats them
            owner = self._resolve_owner(OFFER_MAKER, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
        # A reform sets ages, sums and shares; the people who march against it are nobody's figure but their counter's.
        counts_people = q.unit == "people" or (q.kind == "count" and CROWD_WORDS.search(text, start, end) is not None)
        instrument = instrument_holder(text, q.start, start) if speaker.side in (REPORTER, UNKNOWN) and not counts_people else ""
        if instrument:  # "Under the reform, the age rises to 64": what the government's reform sets
            # The government by what it is: the discourse's "the government" may be the last employer that spoke.
            owner = (Speaker(instrument, self.discourse.book.side_of(instrument)) if instrument == THE_GOVERNMENT
                     else self._resolve_owner(instrument, text[:q.start]))
            if owner.side not in (REPORTER, UNKNOWN):
                return owner
        if speaker.side in (REPORTER, UNKNOWN) and q.kind in ("money", "percent") and _a_tax(text, q):
            return Speaker(THE_GOVERNMENT, GOVERNMENT)  # "a levy of 40 cents a bottle": only a government sets a tax
        # (only sums and shares: "enacted a budget, ending the six-day walkout" does not enact the walkout)
        enacts = speaker.side in (REPORTER, UNKNOWN) and q.kind in ("money", "percent")
        enactor = enacted_by(text, q.start, 0) if enacts else ""
        if enactor:  # "Governor Quill signed the measure, which raises pay 6%": the enacted terms are the enactor's
            owner = self._resolve_owner(enactor, text[:q.start])
            if owner.side not in (REPORTER, UNKNOWN, self.discourse.book.labour):
                return owner
        told = SAID_THAT_BEFORE.search(text, start, q.start) if speaker.side in (REPORTER, UNKNOWN) else None
        if told:  # "The tally came out after the transport minister had said that the stoppage would cancel 2,400"
            owner = self._resolve_owner(told.group("who"), text[:told.start("who")])
            if owner.side not in (REPORTER, UNKNOWN) or (owner.side == UNKNOWN and owner.name[:1].isupper()
                                                        and not is_outlet(owner.name)):
                return owner  # a source no party's name spells out: from outside the dispute (a cost's analyst)
        if per_clause and not own_attribution and _before_its_source(text, start):
            # "Lakeport Transit carried 41 million riders, but it says fares cover a third of its costs": the figure
            # is the outlet's
            return Speaker(self.voice.speaker, self.voice.side)
        if own_attribution and start > 0 and not is_outlet(own.name):
            # "the governor said ..., while a hospital association said 62 were treated": that clause's source,
            # whoever it is (an outlet that passes the speaker's words on is no new source)
            return own
        return speaker

    def _unnamed_counter(self, q: Quantity, owner: Speaker) -> None:
        """Remember an organisation the text names as a figure's source but does not say what it is."""
        words = owner.name.split()
        if owner.side == UNKNOWN and words and words[-1][:1].isupper() and not owner.is_person and not is_outlet(owner.name):
            self.unnamed_counters[q] = owner

    def _counters_against_the_police(self, text: str, owners: dict, speaker: Speaker) -> dict:
        """A crowd count by an organisation the article does not otherwise place, set against a count by the police or
        a ministry in the same sentence, is the organisers' ("police said 93,000 marched, where the HFU counted
        500,000"): the other side of a march's count is the side that called it. A figure the sentence's words give
        to a party stays that party's; an outlet ("the Lakeport Times reported") counts for no side."""
        if not self.unnamed_counters or not CROWD_WORDS.search(text):
            return owners
        if not any(o.side in (POLICE, GOVERNMENT) for o in owners.values()):
            return owners
        return {q: (Speaker(self.unnamed_counters[q].name, ORGANIZERS)
                    if q in self.unnamed_counters and q.kind == "count" and (owner == speaker or owner.side in (REPORTER, UNKNOWN))
                    else owner)
                for q, owner in owners.items()}

    def _resolve_owner(self, phrase: str, before: str) -> Speaker:
        """'it' and 'they' are the party the sentence named last before the figure, else the discourse's."""
        if phrase.lower() in ("it", "they"):
            subject = self._party_subject(before, plural=phrase.lower() == "they")
            if subject is not None:  # "Harwell Securities has cut its rating on Skyway and lowered its price target"
                return subject
            # A name, or a party the sentence calls by what it is ("retreat on its proposals" after "the
            # government"): the nearest one before the figure that is a party.
            named = [(m.end(), m.group()) for m in re.finditer(ORG, before)
                     if not PLACE_IN_A_NAME.search(before, 0, m.start())]
            named += [(m.end(i), f"the {m.group(i)}") for m in PARTY_NOUN_PHRASE.finditer(before) for i in (1, 2)
                      if m.group(i)]
            for _, phrase_before in sorted(named, reverse=True):
                words = phrase_before.split()
                while words and words[0].lower() in GENERIC_NAMES:
                    words.pop(0)
                if not words or words[0].lower() in WORKER_NOUNS:
                    continue  # "workers at the company rejected its offer": not the workers' offer
                name = " ".join(words)
                side = self.discourse.book.side_of(name)
                if side not in (REPORTER, UNKNOWN) or phrase_before[:1].isupper():
                    return Speaker(name, side)
            pronoun = phrase.lower()
            opens_on_it = before.lstrip(" \"\u201c").lower().startswith((f"{pronoun} ", f"{POSSESSIVES[pronoun]} "))
            previous = self._party_subject(self.previous_text, plural=True) if opens_on_it else None
            if previous is not None:
                # "The HFU union called the staff out. It wants 500 euros more." / "Its terms include a 9% raise.": a
                # sentence that opens on the pronoun goes on about the party the sentence before opened with.
                return previous
        return self.discourse.resolve(phrase)

    def _party_subject(self, before: str, plural: bool) -> Speaker | None:
        """The party a sentence opens with, when "its" or "their" can stand for it: not "Workers at Northline",
        whose "its offer" is Northline's."""
        opened = RELATIVE_SUBJECT.match(before)
        subject = opened.group("np") if opened else main_subject(before)  # "A board that the president set up ..."
        words = [w.lower() for w in subject.split() if w.lower() not in GENERIC_NAMES]
        called = PARTY_BY_NOUN.fullmatch(subject.strip())
        if not words and called and bool(called.group("plural")) == plural:
            words = subject.lower().split()[-1:]  # "The union has cut its demand": a party called by what it is
        if not words or (not plural and words[0] in WORKER_NOUNS):
            return None
        side = self.discourse.book.side_of(subject)
        return Speaker(subject, side) if side not in (REPORTER, UNKNOWN) else None

    def _subject(self, text: str) -> str:
        """The organisation a claim's figures are about: the first employer it names, else the first party."""
        book = self.discourse.book
        found = ""
        for match in re.finditer(ORG, text):
            words = match.group().split()
            while words and words[0].lower() in GENERIC_NAMES:
                words.pop(0)
            name = " ".join(words)
            if not name or book.person_name(name) or book.person(name):
                continue
            if name not in self.sides:
                self.sides[name] = book.side_of(name)
            side = self.sides[name]
            if side == book.management:
                return name
            if not found and side == book.labour:
                found = name
        return found

    def _add_denial(self, text: str, start: int) -> None:
        match = DENIAL_CLAUSE.search(text)
        if not match:
            return
        span = match.group("span").rstrip()
        speaker = self.discourse.speaker(match.group("who"))
        self._add(span, start + match.start("span"), speaker, DENIAL_SCORE, find_quantities(span), "denial")


# The sentence's own subject as the source: "it", "they", "its website", "their own figures".
PRONOUN_SOURCE = re.compile(r"it|they|(?:its|their)\s+(?:own\s+)?[a-z]+(?:\s+[a-z]+)?", re.IGNORECASE)





def _clause_attribution(text: str, start: int, end: int):
    """The attribution of one clause, read as a sentence of its own: "while rights groups said 12 died" opens on
    "Rights groups"."""
    clause = text[start:end]
    return find_attribution(clause[:1].upper() + clause[1:])

def _before_its_source(text: str, start: int) -> bool:
    """The clause at `start` comes before a clause that opens on its source and reporting verb ("..., but it says
    ..."); a source named at the sentence's end ("..., while others earn more, according to the guild") speaks for
    all."""
    last_end = 0
    for s, e in clause_spans(text):
        attribution = _clause_attribution(text, s, e)
        if attribution:
            opens = attribution.verb != "according to" and text[s:e].lower().startswith(attribution.speaker.lower())
            return opens and start < s and CONTRAST_BREAK.search(text, last_end, s) is not None
        last_end = e
    return False


def _a_tax(text: str, q: Quantity) -> bool:
    """The figure is a tax's rate or sum, which its words before or after it say."""
    return bool(TAX_BEFORE.search(text, max(0, q.start - 30), q.start) or TAX_AFTER.match(text, q.end))

def _sourced_after_it(text: str, q: Quantity) -> bool:
    """The sentence's only source is an "according to" inside a relative clause that opens after the figure: the
    figure is the outlet's ("a loss of 40 million, after stoppages which, according to the operator, cost 2m")."""
    relative = RELATIVE_SOURCE.search(text, q.end)
    attribution = find_attribution(text) if relative else None
    return bool(attribution and attribution.verb == "according to" and attribution.speaker in relative.group("who"))

def _span_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next((s for s in spans if s[0] <= at < s[1]), spans[-1])


def _names_the_speaker(text: str, q: Quantity, name: str) -> bool:
    """The figure is part of the speaker's name as the sentence writes it."""
    at = text.find(name) if name else -1
    return at >= 0 and at <= q.start and q.end <= at + len(name)


def _in_quote(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _owner_spans(text: str, figures, owners) -> list[tuple[int, int]]:
    """Spans cut at the last comma between two figures of different parties, where no clause word cuts them
    ("The ministry gave 740,000, well below the 2 million put forward by the unions"), or after the first one's
    closing bracket."""
    cuts = []  # (where the first part ends, where the second begins)
    ordered = sorted(figures, key=lambda q: q.start)
    for a, b in zip(ordered, ordered[1:]):
        sides = {owners[a].side, owners[b].side}
        relative = RELATIVE_SOURCE.search(text, a.end, b.start)
        if len(sides) == 2 and owners[a].side == REPORTER and relative:
            cuts.append((relative.start(), relative.start()))  # "..., after stoppages which, according to X, cost 2m"
            continue
        if len(sides) < 2 or sides & {REPORTER, UNKNOWN}:
            continue
        comma = text.rfind(", ", a.end, b.start)
        joined = _and_a_verb(text, a.end, b.start)
        if comma > 0 and not _in_quote(text, comma):
            cuts.append((comma, comma + 2))
        elif joined > 0:  # "The guild turned down a 3% rise put forward by Harwell and wants 6%"
            cuts.append((joined, joined + 1))
        elif text[a.end:a.end + 1] == ")":  # "The police count (57,000) was far below that of the unions (400,000)"
            cuts.append((a.end + 1, a.end + 2))
    bounds = [(0, 0), *cuts, (len(text), len(text))]
    return [(start, end) for (_, start), (end, _) in zip(bounds, bounds[1:])]


def _and_a_verb(text: str, start: int, end: int) -> int:
    """Where " and " opens a second predicate between two figures ("... and wants 6%"), or -1."""
    for match in AND_A_VERB.finditer(text, start, end):
        if match.group("verb").lower() in PREDICATE_VERBS and not _in_quote(text, match.start()):
            return match.start()
    return -1


AND_A_VERB = re.compile(r"\sand\s+(?:(?:also|now|then|still)\s+)?(?P<verb>[a-z]+)\b")
PREDICATE_VERBS = POSITION_VERBS | REPORTING_VERBS | frozenset("is are was were has have had will would put".split())


def _parts(text: str, spans, figures, owners) -> list[tuple[int, int, Speaker]]:
    """Runs of clauses whose figures have one owner, as (start, end, owner); one run when nothing splits."""
    runs: list[list] = []
    pending = None  # a clause without figures joins the run after it
    for start, end in spans:
        own = {owners[q].side: owners[q] for q in figures if start <= q.start < end}
        if len(own) > 1:
            return []
        if not own:
            pending = pending if pending is not None else start
            if runs and start == spans[-1][0]:
                runs[-1][1] = end
            continue
        owner = next(iter(own.values()))
        first = pending if pending is not None else start
        pending = None
        if runs and runs[-1][2].side == owner.side:
            runs[-1][1] = end
        else:
            runs.append([first, end, owner])
    if len(runs) < 2:
        return []
    parts = []
    for i, (start, end, owner) in enumerate(runs):
        piece = text[start:len(text) if i + 1 == len(runs) else end]
        trimmed = piece.rstrip(" ,;")
        parts.append((start, start + len(trimmed), owner))
    return parts


def _measure_before(framed: list[Quantity], q: Quantity) -> Quantity | None:
    """The figure before `q` in its sentence whose measure `q` shares: the nearest of its kind with a measure of
    its own ("offered 2.5 per cent to some and 1.5 per cent to others"), or for a bare percentage, a raise
    given as a sum just before ("a raise of $2 an hour, or 4.1 per cent")."""
    for f in reversed(framed):
        measure = f.frame.measure if f.frame else ""
        if not measure or is_generic_measure(measure):
            continue
        if f.kind == q.kind or q.kind == "percent" and measure.startswith("raise"):
            return f
    return None


# What joins a raise to the term it runs over: "13% over three years", "10% over a term of 25 months".
TERM_GAP = re.compile(r"^[\s\u201d\"]*(?:over|for|across|during|spread\s+over)\s+(?:a\s+(?:term|period)\s+of\s+|the\s+next\s+)?"
                      r"(?:(?:about|around|roughly|more\s+than|over|nearly)\s+)?$")


def _periods_share_owners(text: str, quantities, owners: dict) -> dict:
    """A duration that gives the term of the figure before it is that figure's owner's: "the company's offer of
    13% over three years" is one offer, whoever else the sentence names."""
    shared = dict(owners)
    for before, q in zip(quantities, quantities[1:]):
        if q.kind == "duration" and before.kind != "date" and TERM_GAP.match(text[before.end:q.start]):
            shared[q] = shared[before]
        elif q.kind == before.kind and q.unit == before.unit and EARLIER_LEVEL_GAP.fullmatch(text[before.end:q.start]):
            shared[q] = shared[before]  # "raised its offer to 11%, up from about 8%": the same party's earlier level
    return shared


def _deciding(figures: list[Quantity]) -> list[Quantity]:
    """The figures that say whose claim a sentence is: an age a rule sets ("protests against the plan to lift the
    retirement age from 60 to 62") is what the dispute is about, not the speaker's count, where another figure is."""
    return [q for q in figures if not (q.frame and is_age(q.frame.measure))] or figures


def _claim_owner(figure_owners: list[Speaker], speaker: Speaker) -> Speaker:
    """Whose claim a sentence is when its figures cannot be split between their owners: theirs when they are one
    party; the party's when the outlet states its own figure beside one party's ("within 10 percent of an earlier
    tally of 48,000 from a Dutch group"); else the speaker's."""
    if all(o.side == figure_owners[0].side for o in figure_owners):
        return figure_owners[0]
    parties = {o.side for o in figure_owners if o.side not in (REPORTER, UNKNOWN)}
    if speaker.side in (REPORTER, UNKNOWN) and len(parties) == 1:
        return next(o for o in figure_owners if o.side in parties)
    return speaker


RANGE_JOIN = re.compile(r"\s*(?:to|and|-|\u2013)\s*")


def _ranges_of_one_measure(text: str, framed: list[Quantity]) -> tuple[Quantity, ...]:
    """The two ends of a range measure one thing, which the words after its upper end say: in "it would pay 85% to 90%
    of the cost of cover" and "between 30% and 45% of depots" the lower end is a share of the same thing, no raise."""
    out = list(framed)
    for i, (low, high) in enumerate(zip(framed, framed[1:])):
        if (low.qualifier == "at least" and high.qualifier == "at most" and low.kind == high.kind
                and low.frame is not None and high.frame is not None and RANGE_JOIN.fullmatch(text[low.end:high.start])
                and low.frame.measure != high.frame.measure):
            # the words after the upper end name the measure, unless they name none
            known = low if is_generic_measure(high.frame.measure) else high
            for at, q in ((i, low), (i + 1, high)):
                out[at] = replace(q, frame=replace(q.frame, measure=known.frame.measure))
    return tuple(out)
