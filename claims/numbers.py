"""Numbers written in digits or in words, to values."""
from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
EUROPEAN_THOUSANDS = re.compile(r"\d{1,3}(?:\.000|(?:\.\d{3}){2,})")
NUMBER_WORDS = (*UNITS, "hundred", "thousand", "million", "billion", "trillion", "dozen")
FRACTIONS = {"half": 0.5, "quarter": 0.25}  # only before a scale: "half a million", "a quarter of a billion"


def parse_digits(digits: str) -> float:
    """'72,000' -> 72000.0; '34.97' -> 34.97. A European '1.500' stays 1.5: the articles are in English. But
    '450.000' and '1.200.000' are thousands: no English decimal ends in three zeros or has two points."""
    if EUROPEAN_THOUSANDS.fullmatch(digits):
        return float(digits.replace(".", ""))
    return float(digits.replace(",", ""))


def scale_of(word: str | None) -> float:
    return SCALES.get((word or "").strip().lower().rstrip(".").lstrip("-"), 1.0)


def parse_words(phrase: str) -> float | None:
    """'two dozen' -> 24; 'seventy-five' -> 75; 'three hundred thousand' -> 300000; 'a million' -> 1e6;
    'half a million' -> 500000; 'three and a half' -> 3.5; 'a million and a half' -> 1500000."""
    words = phrase.lower().replace("-", " ").split()
    if words[-3:] == ["and", "a", "half"] and len(words) > 3:
        whole = parse_words(" ".join(words[:-3]))
        if whole is None:
            return None
        return whole + 0.5 * (SCALES.get(words[-4], 1.0))
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in ("a", "an", "and", "of"):
            continue
        if word in FRACTIONS:
            current = (current or 1) * FRACTIONS[word]
        elif word in UNITS:
            current += UNITS[word]
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
