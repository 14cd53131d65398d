"""Turn a speaker phrase into the person or organisation named earlier: "he", "they", "the company", "Nelson"."""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field

from claims.kinds import ANALYST_DESCRIPTION
from claims.model import REPORTER, UNKNOWN
from claims.sides import HEAD_TITLES, SideBook

SPEAKER_MEMORY = 40
# Other outlets' reports, named by no one in particular: "reports", "local media", "news reports", "media reports said".
MEDIA_REPORTS = re.compile(r"(?:(?:some|several|other|local|national|foreign|international|unconfirmed|early|news"
                           r"|media|press|newspaper|television|tv)\s+){0,3}(?:reports?|media|press|newspapers)")
PERSON_PRONOUNS = frozenset("he she him her his".split())  # "his demand": his, as "her demand" is hers
GROUP_PRONOUNS = frozenset("they them we".split())
ORG_PRONOUNS = frozenset("it".split())
EMPLOYER_TITLES = frozenset(
    """
    company employer hospital hospitals system health system studio studios district authority agency
    corporation firm organization organisation administration management network airline university
    operator chain retailer grocer supermarket carrier railway railroad manufacturer automaker carmaker
    insurer store plant government ministry council board school
    """.split()
)
LABOUR_TITLES = frozenset("union unions coalition local guild alliance federation association group workers".split())
# Titles that may stand for a union of any name ("the union" for Transit Workers Local 214);
# "the guild" or "the alliance" stand only for an organisation so called.
GENERIC_LABOUR_TITLES = frozenset("union unions local".split())
SPOKES_TITLES = frozenset("spokesperson spokeswoman spokesman".split())
# What a party issues, called back by what it is: "According to the release, 40 officers were hurt" after the
# police's statement; the party whose words the article last gave.
ISSUED_TITLES = frozenset("release statement letter bulletin memo".split())
# Heads of a phrase that name one person by a role: "a Harbourline spokesman", "the union's president".
PERSON_ROLES = SPOKES_TITLES | frozenset(
    "official president chairman chairwoman secretary minister director manager executive negotiator leader chief".split())
DETERMINER_PREFIXES = ("the ", "a ", "an ", "its ", "their ")
BUSINESS_EPITHETS = frozenset("giant titan conglomerate behemoth".split())
# "the freight carrier", "the German airline": a business by its trade (not "the federal government")
BUSINESS_TITLES = frozenset(
    "company firm corporation carrier airline operator chain retailer grocer supermarket railway railroad manufacturer "
    "automaker carmaker insurer network studio".split())


def is_media_reports(phrase: str) -> bool:
    """Other outlets' reports, with no party named: "reports", "local media reports"."""
    return bool(MEDIA_REPORTS.fullmatch(" ".join(phrase.lower().split())))


@dataclass(frozen=True)
class Speaker:
    name: str
    side: str
    is_person: bool = False


@dataclass
class Discourse:
    """The speakers seen so far in one document, most recent last."""

    book: SideBook
    # Only recent speakers can be meant by "he" or "the union"; the bound keeps long documents linear.
    seen: deque[Speaker] = field(default_factory=lambda: deque(maxlen=SPEAKER_MEMORY))

    def speaker(self, phrase: str) -> Speaker:
        resolved = self._resolve(" ".join(phrase.split()))
        # A person is remembered even when no side is known: "he said" in the next sentence is still them.
        if resolved.side != UNKNOWN or resolved.is_person or resolved.name != phrase:
            self.seen.append(resolved)
        return resolved

    def resolve(self, phrase: str) -> Speaker:
        """The speaker a phrase names, without remembering it as one who spoke."""
        return self._resolve(" ".join(phrase.split()))

    def mention(self, name: str) -> None:
        """A person named without speaking ("Among those on the picket line was Edda Moss, a conductor"):
        the next "she said" may be them."""
        known = self.book.person(name)
        self.seen.append(Speaker(known[0], known[1], True) if known else Speaker(name, self.book.side_of(name), True))

    def _resolve(self, phrase: str) -> Speaker:
        lower = phrase.lower()
        if is_media_reports(lower):
            return Speaker(phrase, REPORTER)  # "according to local media reports": other outlets, no party
        if lower in PERSON_PRONOUNS:
            return self._last(lambda s: s.is_person) or Speaker(phrase, UNKNOWN, True)
        if lower in GROUP_PRONOUNS:
            return self._last(lambda s: not s.is_person) or Speaker(phrase, UNKNOWN)
        if lower in ORG_PRONOUNS:  # "it": the organisation that spoke last, whichever side
            return self._last(lambda s: not s.is_person and s.side != UNKNOWN) or Speaker(phrase, UNKNOWN)
        title = _title(lower)
        if title:
            found = self._title(title) or (self._the_one_business(title) if lower == f"the {title}" else None)
            if found:
                return found
        known = self.book.person(phrase)
        if known:
            return Speaker(known[0], known[1], True)
        person = self.book.person_name(phrase)
        side = self.book.side_of(phrase)
        if person:
            full = self.book.person(person)
            person = full[0] if full else person
            if side != UNKNOWN:
                self.book.add_person(person, side)
            return Speaker(person, side, True)
        if len(phrase.split()) == 1 and phrase[:1].isupper() and side == UNKNOWN:
            return Speaker(phrase, side, True)  # a surname not seen before
        # "A Harbourline spokesman said ... He said": one person known by a role, whom "he" and "the spokesman" name
        words = lower.split()
        return Speaker(phrase, side, bool(words) and words[-1] in PERSON_ROLES)

    def _title(self, title: str) -> Speaker | None:
        """'the company' -> the employer named earlier; 'the union' -> the labour organisation named earlier."""
        if title in SPOKES_TITLES:
            return self._last(lambda s: s.is_person)
        if title in ISSUED_TITLES:
            return self._last(lambda s: s.side not in (REPORTER, UNKNOWN))
        if title in HEAD_TITLES:  # "The president said": the person the article named President
            name = self.book.titled.get(title)
            known = self.book.person(name) if name else None
            return Speaker(known[0], known[1], True) if known else None
        named = self.book.organisations.named(title)
        if named:  # "the alliance": the Alliance of Stage and Screen Producers named in the article
            return Speaker(named, self.book.side_of(named))
        # Not "Harbourline and the HRU union", who spoke together: "the union" is then the HRU alone.
        same_title = self._last(lambda s: not s.is_person and s.side != REPORTER and title in s.name.lower().split())
        if same_title:
            return same_title
        if title in EMPLOYER_TITLES:
            return self._last(lambda s: not s.is_person and s.side == self.book.management)
        if title == "group":
            return self._last(lambda s: not s.is_person)
        if title in GENERIC_LABOUR_TITLES:
            return self._last(lambda s: not s.is_person and s.side == self.book.labour and _is_org(s.name))
        return None

    def _the_one_business(self, title: str) -> Speaker | None:
        """"The carrier said" before the article let the company speak: in a labour dispute, the one business it
        names as the employer (here or in the dispute's other articles), not a public body."""
        book = self.book
        if (title in BUSINESS_TITLES and book.industrial_dispute and not book.government_employer
                and _one_name(book.employers)):
            return Speaker(f"the {title}", book.management)
        return None

    def _last(self, wanted) -> Speaker | None:
        return next((s for s in reversed(self.seen) if wanted(s)), None)


def _one_name(names: set[str]) -> bool:
    """The lower-case names are one organisation's: "harwell air", "harwell" and "ha" are."""
    full = [n for n in names if not any(n != m and _short_for(n, m) for m in names)]
    return len(full) == 1


def _short_for(short: str, name: str) -> bool:
    words = name.split()
    return short in words or short == " ".join(words[:len(short.split())]) or short == "".join(w[0] for w in words)


def _title(lower: str) -> str:
    """'the company' -> 'company'; '' when the phrase is not a bare title. A business called by what it makes or how
    big it is ("the aerospace giant", "the U.S. planemaker", "the airplane maker") is 'the company'."""
    for prefix in DETERMINER_PREFIXES:
        if lower.startswith(prefix):
            rest = lower[len(prefix):]
            if rest in EMPLOYER_TITLES | LABOUR_TITLES | SPOKES_TITLES | HEAD_TITLES | ISSUED_TITLES:
                return rest
            return "company" if _business_epithet(rest) else ""
    return ""


def _business_epithet(rest: str) -> bool:
    words = rest.split()
    if not 1 <= len(words) <= 4 or ANALYST_DESCRIPTION.search(rest) or any(w in ("of", "and", "for") for w in words):
        return False
    head = words[-1]
    return head in BUSINESS_EPITHETS or head.endswith("maker") or (len(words) > 1 and head in BUSINESS_TITLES)


def _is_org(name: str) -> bool:
    """An organisation's name rather than a title or a crowd: 'The Coalition of ... Unions', 'USW Local 7600'."""
    words = name.split()
    return bool(words) and not _title(name.lower()) and any(w[:1].isupper() for w in words[1:] or words)
