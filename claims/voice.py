"""Whose voice a document's unattributed sentences are in: the publication's, or a party's press release.

A press release issued by a union or an employer (a contact block, "Media
Contacts", an email domain such as steelworkers.org, "today announced", an
"About X" or "X represents N workers" paragraph) asserts its own sentences.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import BUSINESS_NAME_HEADS, EMPLOYER_ORG_NOUNS, MANAGEMENT_NOUNS, names_outlet
from claims.model import REPORTER, UNKNOWN
from claims.organisations import ORG
from claims.patterns import WEB_DOMAIN
from claims.sides import SideBook

STRONG_SIGNS = re.compile(
    r"^\s*(?:media |press )?contacts?\s*:|^\s*media contacts?\s*$|^\s*press (?:inquiries|contacts?)\b"
    r"|for immediate release|^\s*#{3}\s*$|^\s*about (?:the )?[A-Z][^\n.]{2,80}$|^\s*news release\b"
    # "CINCINNATI, June 24, 2025 - Greenvale Grocers today presented ...": a release's dateline
    r"|^(?-i:[A-Z][A-Z .]{2,30}),[^\n]{0,40}\b(?:19|20)\d\d\s*[-\u2013\u2014]{1,2}\s*[A-Z][^\n]{0,120}\btoday\s+[a-z]+ed\b",
    re.IGNORECASE | re.MULTILINE,
)
ANNOUNCED = re.compile(rf"(?P<org>{ORG})[^.\n]{{0,200}}?\s(?:today\s+announced|announced\s+today)\b")
REPRESENTS = re.compile(rf"(?m)^\s*(?:The\s+)?(?P<org>{ORG}(?:[ \t]+\d+)?)\s+represents\s+(?:more than\s+|nearly\s+|about\s+)?[\d,]+")
ABOUT = re.compile(rf"(?im)^\s*about\s+(?:the\s+)?(?P<org>{ORG})\s*$")
EMAIL_DOMAIN = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?P<domain>[\w-]{1,63})\.(?:org|com|net|us|edu|gov)\b", re.IGNORECASE)
WEAK_SIGN_COUNT = 2
PARENTHESES = re.compile(r"\(([^()]*)\)")
FIRST_PERSON = re.compile(r"(?:^|[.!?]\s+)(?:We|Our)\b", re.MULTILINE)
# Words of an organisation's name that name no organisation in particular.
GENERIC_NAME_WORDS = frozenset("the of and press release union company council federation association".split())


@dataclass(frozen=True)
class Voice:
    speaker: str
    side: str

    @property
    def is_party(self) -> bool:
        return self.side not in (REPORTER, UNKNOWN)


def document_voice(text: str, book: SideBook, publisher: str | None) -> Voice:
    """The speaker and side of sentences that nobody in them asserts."""
    publication = (publisher or "").strip()
    if publication and not is_outlet(publication) and _named_in(text, publication):
        # Declared, not guessed: a paper named after its city is not the city's school district. A party that never
        # names itself writes of another's dispute ("Western Harbour Labour Council" on a bakers' strike): as an
        # outlet does.
        side = _publisher_side(book, publication)
        if side != UNKNOWN:
            return Voice(publication, side)
    if _is_press_release(text):
        for issuer in _issuers(text):
            side = book.side_of(issuer)
            if side != UNKNOWN:
                return Voice(issuer, side)
        if publication and not is_outlet(publication) and book.guess_named_employers:
            return Voice(publication, book.management)  # a release from an organisation that is no union
    return Voice(publication or "the publication", REPORTER)


def _publisher_side(book: SideBook, publication: str) -> str:
    """The publisher's side by the parties file, or by what its name says it is; an employer only by the last
    word of its name ("Lakeport Health Group"): "The Civic Center Ledger" is no medical centre."""
    side = book.declared_side(publication)
    if side != book.management or book.declared_side(publication, by_kind=False) == side:
        return side
    words = re.findall(r"[a-z][a-z.&-]*", PARENTHESES.sub(" ", publication).lower())
    return side if words and words[-1] in EMPLOYER_ORG_NOUNS | MANAGEMENT_NOUNS | BUSINESS_NAME_HEADS else UNKNOWN


def _named_in(text: str, publication: str) -> bool:
    """The text names the publishing organisation (a word of its name or its initials, "CTU") or speaks as it
    ("Our average operator earns")."""
    if FIRST_PERSON.search(text):
        return True
    name = PARENTHESES.sub(" ", publication)
    words = [w for w in re.findall(r"[A-Z][\w&-]+", name) if w.lower() not in GENERIC_NAME_WORDS]
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w&-]*", name))
    found = set(re.findall(r"[A-Z][\w&-]+", text))
    return any(w in found for w in words) or (len(initials) > 1 and initials in found)


def is_outlet(publication: str) -> bool:
    """A news outlet by its name: "The Lakeport Herald", "lakeport.news", or "KLPT 7 (Associated Press)" and
    "Lakeport.vn (Lakenews Wire)", whose brackets name the outlet it carries."""
    name = PARENTHESES.sub(" ", publication)
    if re.search(WEB_DOMAIN, name, re.IGNORECASE):
        return True
    return any(names_outlet(part) for part in (name, *PARENTHESES.findall(publication)))


def _is_press_release(text: str) -> bool:
    if STRONG_SIGNS.search(text):
        return True
    weak = _has(ANNOUNCED, text, "announced") + _has(REPRESENTS, text, "represents") + _has(EMAIL_DOMAIN, text, "@")
    return weak >= WEAK_SIGN_COUNT


def _has(pattern: re.Pattern, text: str, word: str) -> bool:
    """The pattern's search, run only where its key word occurs: on a long page without it, each
    position would otherwise cost a scan of the next 200 characters."""
    return word in text and bool(pattern.search(text))


def _issuers(text: str):
    """Candidate issuing organisations, the most telling first."""
    for match in EMAIL_DOMAIN.finditer(text):
        named = _organisation_named(text, match.group("domain"))
        if named:
            yield named
    for pattern, word in ((ANNOUNCED, "announced"), (ABOUT, ""), (REPRESENTS, "represents")):
        if word in text:
            for match in pattern.finditer(text):
                yield match.group("org")


def _organisation_named(text: str, domain: str) -> str:
    """The organisation whose name contains the email domain's word: steelworkers.org -> United Steelworkers."""
    if len(domain) < 3:
        return ""
    word = "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in domain)
    match = re.search(rf"(?:[A-Z][\w&-]*\s+){{0,3}}(?<![@\w.]){word}\w*", text)
    return match.group().strip() if match else domain
