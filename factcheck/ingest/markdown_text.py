"""The text a reader sees in a Markdown file: headings, emphasis, links and images without their markup.

A claim quoted from a Markdown article should read as the article reads,
not carry its "#" or "**"; list items stay list items (the sentence
splitter knows "- " and "* " bullets).
"""
from __future__ import annotations

import re

HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$")
SETEXT_RULE = re.compile(r"(?m)^[ \t]{0,3}(?:=+|-{3,}|\*{3,}|_{3,})[ \t]*$")
IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)")
REFERENCE_LINK = re.compile(r"(?m)^[ \t]{0,3}\[[^\]\n]{1,100}\]:[ \t]+\S+.*$")
STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,500}?)(?<=[^\s*_])\1(?![\w*])")
CODE = re.compile(r"`([^`\n]{1,500})`")
QUOTE_MARKER = re.compile(r"(?m)^[ \t]{0,3}>[ \t]?")


def markdown_to_text(text: str) -> str:
    text = HEADING.sub(r"\1", text)
    text = SETEXT_RULE.sub("", text)
    text = REFERENCE_LINK.sub("", text)
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = STRONG.sub(r"\2", text)
    text = EMPHASIS.sub(r"\2", text)
    text = CODE.sub(r"\1", text)
    return QUOTE_MARKER.sub("", text)
