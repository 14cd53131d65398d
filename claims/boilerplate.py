"""Lines that are page furniture, never claims: bylines, credits, sign-up prompts, contact blocks, dates alone."""
from __future__ import annotations

import re

from claims.patterns import PHONE, STREET_NUMBER

# "By Jane Roe, Staff writer", "By: Channel 12 Lakeport \u00b7 Tuesday, March 3rd 2026" (a station's name may hold a number); the
# name is capitalised, so that "By contrast, nurses backed the offer." stays prose.
BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|story by):?\s+[A-Z][\w.\u2019'-]*"
    r"(?:\s+(?:[A-Z][\w.\u2019'-]*|\d{1,3}|and|&|de|van|von))*"
    r"(?:\s*[,|\u2013\u2014\u00b7\u2022-]\s*(?:[A-Z][a-z]+,?\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|[A-Z][\w .\u2019'-]*))?\s*$"
)
# "Photo: Jane Roe" or "Images by the union" labels a picture; a long line that opens so is prose.
CREDIT_LABEL = re.compile(
    r"^(?:photo|photograph|image|picture|credit|illustration|video|graphic)s?\b\s*(?:via|by|:|courtesy|credit)",
    re.IGNORECASE,
)
CREDIT_LABEL_MAX_WORDS = 15
CREDIT = re.compile(
    # An agency after "via" or "/" is a credit where it ends the line; inside a sentence it is a source.
    r"\b(?:via|/)\s*(?:Getty Images|AFP|AP|Reuters|Shutterstock|Bloomberg|Unsplash|Wikimedia)\b"
    r"(?:\s*(?:via|/)\s*Getty Images)?\W*$"
    r"|\((?:AP|AFP|Reuters) Photo\b|\bcourtesy of\b.*$|^Left to right:|\bphoto(?:graph)? by\b",
    re.IGNORECASE,
)
# Substrings of page furniture, tested with `in` on the lower-cased line (much faster than one big regex).
FURNITURE = (
    "sign up for", "sign up to", "by signing up", "for signing up", "now signed up", "subscribe to our",
    "subscribe now", "subscribe today", "our newsletter", "daily newsletter", "privacy policy", "terms of use",
    "terms of service", "read the full", "click here", "found this helpful", "was this helpful",
    "was it helpful", "follow us", "all rights reserved", "\u00a9", "contact:", "media contact", "press inquiries",
    "media inquiries", "press contact", "mailing address", "http://", "https://", "www.",
)
# Words that are furniture only where a line starts with them: in prose a union may ask "for more
# information", call for public "inquiries" or quote its own newsletter.
FURNITURE_START = ("for more information", "inquiries", "subscribe", "newsletter", "read more")
EMAIL = re.compile(r"\w@[\w-]+\.[A-Za-z]{2,}")
FURNITURE_LINE = re.compile(r"^(?:advertisement|share (?:this|on)\b|copyright\b)", re.IGNORECASE)
DIGIT = re.compile(r"\d")
PHONE_NUMBER = re.compile(rf"(?<!\d)\(?(?:{PHONE})")
ADDRESS = re.compile(rf"^{STREET_NUMBER}|^[A-Z][\w .]+,\s*[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?$")
DATE_OR_TIME_ONLY = re.compile(
    r"^(?:(?:updated|published|posted)\s*:?\s*)?"
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)\w*,?\s*)?"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})?"
    r"(?:[,\s]*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return True
    if BYLINE.match(stripped) or _has_furniture(stripped) or _has_credit(stripped):
        return True
    if not DIGIT.search(stripped):
        return False
    return bool(PHONE_NUMBER.search(stripped) or ADDRESS.search(stripped) or DATE_OR_TIME_ONLY.match(stripped))


CREDIT_HINTS = ("photo", "image", "credit", "via", "/", "courtesy", "left to right", "illustration", "video",
                "graphic", "picture")


def _has_credit(text: str) -> bool:
    lower = text.lower()
    if not any(h in lower for h in CREDIT_HINTS):
        return False
    if CREDIT_LABEL.match(text) and len(text.split()) <= CREDIT_LABEL_MAX_WORDS:
        return True
    return bool(CREDIT.search(text))


def _has_furniture(text: str) -> bool:
    lower = text.lower()
    return (any(k in lower for k in FURNITURE) or lower.startswith(FURNITURE_START)
            or bool(EMAIL.search(text) or FURNITURE_LINE.match(text)))


# A caption whose photo credit is glued to its last word ("... across the U.S.Frederic J. Brown/AFP via Getty Images").
CREDIT_TAIL = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z\u2019'-]+(?:\s(?:[A-Z]\.|[A-Z][a-z\u2019'-]+)){0,3}\s?/\s?[\w .]*?"
    r"(?:Getty Images|AFP|AP|Reuters|Shutterstock|Bloomberg)\s*$"
)


def without_credit(text: str) -> str:
    """The caption text before a trailing photo credit, or the text unchanged."""
    if "/" not in text:
        return text
    match = CREDIT_TAIL.search(text)
    return text[:match.start()].rstrip() if match else text
