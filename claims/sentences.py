"""Split a document into sentence units with character offsets.

A unit is a sentence, or a whole line when the line has no final punctuation
(headlines, captions, contact lines), so that a heading never swallows the
sentence under it. A quotation of several sentences that is followed by its
attribution ("“A. B,” Nelson said.") stays one unit, so that the quoted words
keep their speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    text: str
    headline: bool = False  # a line that ends without final punctuation
    bullet: bool = False  # a list item


# Abbreviations after which a full stop does not end the sentence unless a
# typical sentence opener follows ("in Washington, D.C. The coalition ...").
ABBREVIATIONS = frozenset(
    """
    inc corp co ltd llc bros jr sr no nos vs etc est approx dept univ assn intl natl govt
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
    okla ore pa penn tenn tex va vt wash wis wyo blvd ave rd st ft mt
    """.split()
)
# Titles always belong to the name that follows.
TITLES = frozenset("mr mrs ms dr prof sen rep gov gen lt col sgt capt rev hon pres supt atty messrs cmdr adm".split())
SENTENCE_OPENERS = frozenset(
    """
    the a an but and in it he she they we this that these those his her its their our i yet so however
    meanwhile still on at after before when while as if for with some many most about workers there
    officials union management according earlier later
    """.split()
)

# A run of terminators, closing quotes and brackets, then whitespace.
BOUNDARY = re.compile(r"[.!?\u2026]+[\"\u201d\u2019')\]]*\s+")
LINE = re.compile(r"[^\n\r\u2028\u2029]+")
BULLET = re.compile(r"[\u2022\u25aa\u25cf\u2023\u2043\u00b7*\-\u2013\u2014>]\s+|\(?\d{1,2}[.)]\s+(?=[A-Z])")
TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?$")
FIRST_WORD = re.compile(r"[\"\u201c\u2018'(]*([A-Za-z]+)")
# After a closing quote: a short attribution that ends the sentence ("Nelson said.").
ATTRIBUTION_TAIL = re.compile(
    r"(?:(?:[A-Z][\w\u2019'.-]*|he|she|they|it|we)\s+){1,5}"
    r"(?:said|says|added|adds|told reporters|wrote|noted|explained|continued|argued|insisted|stated)"
    r"(?:\s+(?:in|on|at|during|by|via)\s[^.!?\u201c\u201d\"]{0,80})?[.!?]"
)
# An opening quote closed later in the block by ," Name said / ," said Name.
QUOTE_CLOSE_ATTRIBUTED = re.compile(
    r"\s*(?:(?:[A-Z][\w\u2019'.-]*|he|she|they|it|we)\s+){1,6}(?:said|says|added|adds|wrote|noted|explained|stated)\b"
    r"|\s*(?:said|says|added|adds|wrote|noted|explained|stated)\s",
)
QUOTE_WINDOW = 2000
TERMINAL = ".!?\u2026:;\"\u201d\u2019)"


def split_units(text: str) -> list[Unit]:
    units: list[Unit] = []
    for start, end in _blocks(text):
        units.extend(_split_block(text, start, end))
    return units


def _blocks(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped prose lines joined back together."""
    blocks: list[list[int]] = []
    for match in LINE.finditer(text):
        start, end = match.span()
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        if blocks and _continues(text, blocks[-1], stripped):
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
    return [(s, e) for s, e in blocks]


def _continues(text: str, previous: list[int], line: str) -> bool:
    """A line that starts in lower case after an unfinished line is the same sentence, wrapped."""
    before = text[previous[0]:previous[1]].rstrip()
    gap = text[previous[1]:previous[1] + 3]
    return (
        line[0].islower()
        and bool(before)
        and before[-1] not in TERMINAL
        and gap.count("\n") + gap.count("\r") <= 2
        and "\n\n" not in gap
        and len(before) > 40
    )


def _split_block(text: str, start: int, end: int) -> list[Unit]:
    block = text[start:end]
    lead = len(block) - len(block.lstrip())
    bullet = BULLET.match(block, lead)
    is_bullet = bool(bullet)
    offset = bullet.end() if bullet else lead
    pieces: list[tuple[int, int]] = []
    segment_start = offset
    content_end = len(block.rstrip())
    for match in BOUNDARY.finditer(block, offset):
        cut = match.end()
        if cut >= content_end or not _ends_sentence(block, match, segment_start):
            continue
        pieces.append((segment_start, cut))
        segment_start = cut
    pieces.append((segment_start, len(block)))
    units = []
    for i, (s, e) in enumerate(pieces):
        piece = block[s:e]
        s += len(piece) - len(piece.lstrip())
        e -= len(piece) - len(piece.rstrip())
        if e <= s:
            continue
        last = i == len(pieces) - 1
        headline = last and block[e - 1] not in TERMINAL
        units.append(Unit(start + s, start + e, text[start + s:start + e], headline, is_bullet))
    return units


def _ends_sentence(block: str, match: re.Match, segment_start: int) -> bool:
    terminator_at = match.start()
    following = block[match.end():match.end() + 40]
    if not following:
        return False
    first = following[0]
    if first.islower() or first in ",;:-\u2013\u2014)":
        return False
    if _inside_attributed_quote(block, segment_start, match.end()):
        return False
    closed_quote = block[match.start():match.end()].rstrip()[-1:] in "\"\u201d"
    if closed_quote and ATTRIBUTION_TAIL.match(block[match.end():match.end() + 160]):
        return False
    if block[terminator_at] != ".":
        return True
    token = TOKEN_BEFORE.search(block, max(segment_start, terminator_at - 20), terminator_at + 1)
    if not token:
        return True
    word = token.group(1).lower().rstrip(".")
    if word in TITLES:
        return False
    if word in ABBREVIATIONS or len(word) == 1 or DOTTED.search(token.group(1)):
        opener = FIRST_WORD.match(following)
        return bool(opener) and opener.group(1).lower() in SENTENCE_OPENERS
    return True


def _inside_attributed_quote(block: str, segment_start: int, at: int) -> bool:
    """True when `at` lies inside a quotation that closes with an attribution ("…,” Nelson said)."""
    # Quotations longer than QUOTE_WINDOW are not looked for, which keeps a
    # megabyte-long line linear.
    opened_at = _open_quote(block, max(segment_start, at - QUOTE_WINDOW), at)
    if opened_at < 0:
        return False
    closing = _closing_quote(block, opened_at, at)
    if closing < 0:
        return False
    return bool(QUOTE_CLOSE_ATTRIBUTED.match(block, closing + 1))


def _open_quote(block: str, segment_start: int, at: int) -> int:
    """Index of the quotation mark still open at `at`, or -1."""
    curly_open = block.rfind("\u201c", segment_start, at)
    if curly_open >= 0 and block.find("\u201d", curly_open, at) < 0:
        return curly_open
    if block.count('"', segment_start, at) % 2 == 1:
        return block.rfind('"', segment_start, at)
    return -1


def _closing_quote(block: str, opened_at: int, at: int) -> int:
    mark = "\u201d" if block[opened_at] == "\u201c" else '"'
    return block.find(mark, at, at + QUOTE_WINDOW)
