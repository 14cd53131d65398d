"""Sentence units: offsets, abbreviations, headlines, bullets and attributed multi-sentence quotations."""
from claims.sentences import split_units


def texts(document):
    return [u.text for u in split_units(document)]


def test_offsets_index_the_document():
    document = "  Nurses struck on Monday.  The hospital said 40 beds closed.\n\nHeadline without a stop\n"
    for unit in split_units(document):
        assert document[unit.start:unit.end] == unit.text
        assert unit.text == unit.text.strip()


def test_abbreviations_do_not_end_sentences():
    document = (
        "The contract ends Sept. 30, 2024, the U.S. labor board said. Acme Inc. offered 3 percent. "
        "Dr. Ruth Alvarez and J. R. Smith of the Teamsters disagreed."
    )
    assert texts(document) == [
        "The contract ends Sept. 30, 2024, the U.S. labor board said.",
        "Acme Inc. offered 3 percent.",
        "Dr. Ruth Alvarez and J. R. Smith of the Teamsters disagreed.",
    ]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence():
    document = "Pickets went up in Washington, D.C. The district said schools stay open."
    assert texts(document) == ["Pickets went up in Washington, D.C.", "The district said schools stay open."]


def test_headline_lines_are_their_own_unit():
    units = split_units("Teachers Vote to Strike in Riverton\nThe vote passed with 91 percent.")
    assert [u.text for u in units] == ["Teachers Vote to Strike in Riverton", "The vote passed with 91 percent."]
    assert units[0].headline and not units[1].headline


def test_a_quotation_of_several_sentences_keeps_its_attribution():
    document = "“We offered a fair raise. The union walked away,” Ortiz said. “We are still here.”"
    assert texts(document) == [
        "“We offered a fair raise. The union walked away,” Ortiz said.",
        "“We are still here.”",
    ]


def test_closing_quote_then_short_attribution_stays_together():
    document = "“Talks are over.” Lin said. The mayor called for calm."
    assert texts(document) == ["“Talks are over.” Lin said.", "The mayor called for calm."]


def test_bullets_are_marked_and_wrapped_lines_are_joined():
    document = "Demands include:\n• Safe staffing ratios in every ward\n" \
               "The guild says the studios have refused to discuss residuals for\nstreaming shows since May."
    units = split_units(document)
    assert units[1].bullet and units[1].text == "Safe staffing ratios in every ward"
    assert units[2].text.endswith("for\nstreaming shows since May.")


def test_no_punctuation_and_empty_input():
    assert split_units("") == []
    assert texts("just words with no stop at all") == ["just words with no stop at all"]
