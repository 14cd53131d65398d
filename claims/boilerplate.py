"""Lines that are page furniture, never claims: bylines, credits, sign-up prompts, contact blocks, dates alone."""
from __future__ import annotations

import re

BYLINE = re.compile(
    r"^(?:by|written by|reporting by|story by)\s+[A-Z][\w.\u2019'-]*(?:\s+(?:[A-Z][\w.\u2019'-]*|and|&|de|van|von))*"
    r"(?:\s*[,|\u2013\u2014-]\s*[A-Z][\w .\u2019'-]*)?\s*$",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^(?:photo|photograph|image|picture|credit|illustration|video|graphic)s?\b\s*(?:via|by|:|courtesy|credit)"
    r"|\b(?:via|/)\s*(?:Getty Images|AFP|AP|Reuters|Shutterstock|Bloomberg|Unsplash|Wikimedia)\b"
    r"|\((?:AP|AFP|Reuters) Photo\b|\bcourtesy of\b.*$|^Left to right:|\bphoto(?:graph)? by\b",
    re.IGNORECASE,
)
FURNITURE = re.compile(
    r"\bsign(?:ing|ed)?\s+up\b|\bsubscribe\b|\bnewsletter\b|\bprivacy policy\b|\bterms of (?:use|service)\b"
    r"|\bread (?:the full|more|the rest)\b|\bclick here\b|\bfound this helpful\b|\bwas (?:this|it) helpful\b"
    r"|\bfollow us\b|\ball rights reserved\b|\bcopyright\b|\u00a9|^advertisement$|^share (?:this|on)\b"
    r"|\bcontact:|\bmedia contacts?\b|\bpress (?:inquiries|contacts?)\b|\bmailing address\b"
    r"|\bfor (?:more information|industry specific inquiries|media inquiries)\b|\binquiries\b"
    r"|\S+@\S+\.\w+|\bhttps?://|\bwww\.\w",
    re.IGNORECASE,
)
PHONE = re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|\b\d{3}-\d{4}\b")
ADDRESS = re.compile(
    r"^\d+\s+(?:[A-Z][\w.]*\s+){0,4}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Suite|Plaza)\b"
    r"|^[A-Z][\w .]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$",
)
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
    return bool(
        BYLINE.match(stripped)
        or CREDIT.search(stripped)
        or FURNITURE.search(stripped)
        or PHONE.search(stripped)
        or ADDRESS.search(stripped)
        or DATE_OR_TIME_ONLY.match(stripped)
    )


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
