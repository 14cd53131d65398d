"""Extraction never raises, whatever the text, and every offset it gives points at its own text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims


# Modest counts: these run in every CI build.
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of news text, markup and noise, so that random joins look like (broken) articles.
FRAGMENTS = [
    "The union said", "management claimed", "“We will strike,” said Ana Ruiz.", '"No," he said.', " ", "\n", "\n\n",
    "300", "12.5", "$1,200", "€40", "5%", "percent", "per hour", "a year", "about", "more than", "nearly", "2023-10-04",
    "March 3", "workers", "nurses", ".", ",", "!", "?", ":", ";", "—", "…", "(", ")", "\"", "'", "“", "”",
    "<p>", "</p>", "<script>alert(1)</script>", "&amp;", "<b>", "**", "# ", "- ", "| a |", "=SUM(A1)",
    "\x1b[31m", "\x00", "\r", "\t", "\u202e", "\u200b", "\ufeff", "الاتحاد قال إن 300 عامل أضربوا", "שכר 12%",
    "罢工 300 名工人", "🙂", "Dr.", "U.S.", "Inc.", "No. 5", "e.g.", "i.e.", "vs.", "1.", "a)", "iii.",
]
news_soup = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
any_unicode = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400)
control_heavy = st.text(alphabet=st.characters(max_codepoint=0x9F), max_size=400)
digits_only = st.text(alphabet="0123456789 ,.", max_size=400)


def check_offsets(text: str) -> list:
    """Extract, and check that every claim and figure offset points at its own text."""
    found = claims.extract(text)
    for claim in found:
        assert text[claim.start : claim.end] == claim.text, (claim.start, claim.end, claim.text)
        for q in claim.quantities:
            assert claim.text[q.start : q.end] == q.text, (q.start, q.end, q.text, claim.text)
    return found


@SETTINGS
@given(any_unicode)
def test_any_unicode(text):
    check_offsets(text)


@SETTINGS
@given(control_heavy)
def test_control_characters(text):
    check_offsets(text)


@SETTINGS
@given(news_soup)
def test_news_soup(text):
    check_offsets(text)


@SETTINGS
@given(digits_only)
def test_only_digits(text):
    check_offsets(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t  ",
        "word " * 200_000,  # one line of a megabyte, no punctuation
        "The union said 300 workers walked out, " * 25_000,  # one megabyte line, one sentence
        "1234567890" * 100_000,  # a megabyte of digits
        "<div><p>The union said <b>300</b> workers <i>walked out</p></div><script>x=1</script>" * 10_000,
        "إضراب: قال الاتحاد إن 300 عامل أضربوا عن العمل يوم الاثنين. " * 2_000,  # right-to-left
    ],
    ids=["empty", "whitespace", "megabyte-words", "megabyte-sentence", "megabyte-digits", "html-soup", "rtl"],
)
def test_hard_inputs(text):
    check_offsets(text)
