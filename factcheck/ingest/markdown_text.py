"""The text a reader sees in a Markdown file: headings, emphasis, links and images without their markup.

A claim quoted from a Markdown article should read as the article reads,
not carry its "#" or "**"; list items stay list items (the sentence
splitter knows "- " and "* " bullets).
"""
from __future__ import annotations

import re

# The heading's text is trimmed in Python: `(.*?)[ \t]*#*[ \t]*$` tried every split of a run of spaces (cubic).
HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(.*)$")
SETEXT_RULE = re.compile(r"(?m)^[ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$")
# Linear time: no part of a pattern may run over the place where another try of the same pattern starts
# (a "[" for links, a "**" for strong text), so that each character is looked at a bounded number of times.
IMAGE = re.compile(r"!\[([^\[\]\n]{0,300})\]\([^)\[\]\n]{0,500}\)")
LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\([^)\[\]\n]{0,500}\)")
REFERENCE_LINK = re.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]+\S+.*$")
STRONG = re.compile(
    r"\*\*(?=\S)((?:[^\n*]|\*(?!\*)){1,500}?)(?<=\S)\*\*"
    r"|__(?=\S)((?:[^\n_]|_(?!_)){1,500}?)(?<=\S)__"
)
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,500}?)(?<=[^\s*_])\1(?![\w*])")
CODE = re.compile(r"`([^`\n]{1,500})`")
QUOTE_MARKER = re.compile(r"(?m)^[ \t]{0,3}>[ \t]?")


def _heading_text(match: re.Match) -> str:
    """The text of an ATX heading without its closing hashes and the spaces around them."""
    return match.group(1).rstrip(" \t").rstrip("#").rstrip(" \t")


def markdown_to_text(text: str) -> str:
    text = HEADING.sub(_heading_text, text)
    text = SETEXT_RULE.sub("", text)
    text = REFERENCE_LINK.sub("", text)
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    text = EMPHASIS.sub(r"\2", text)
    text = CODE.sub(r"\1", text)
    return QUOTE_MARKER.sub("", text)
