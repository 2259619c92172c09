"""Sentence breaks at line breaks and long space runs (nlp.breaks), on a blank
English pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp import breaks  # noqa: F401  (registers the component)
from pipeline.nlp.breaks import breaks_sentence
from pipeline.nlp.tokens import adapt_tokenizer


@pytest.fixture(scope="module")
def nlp():
    # newsner's tokenizer: it keeps a full stop glued to a dash as one token.
    nlp = adapt_tokenizer(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsner_line_breaks")
    return nlp


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_line_break_ends_a_sentence_without_a_full_stop(nlp):
    assert sentences(nlp, "Harbour Mills Annual Report\nThe board met on Monday.") == [
        "Harbour Mills Annual Report",
        "The board met on Monday.",
    ]


def test_a_blanked_credit_ends_the_dateline(nlp):
    # "Lisbon (Agency)Mayor Ana Duarte ..." with its credit blanked.
    text = "Lisbon " + " " * 8 + "Mayor Ana Duarte opened the bridge."
    assert sentences(nlp, text) == ["Lisbon", "Mayor Ana Duarte opened the bridge."]


def test_prose_spacing_keeps_a_sentence_whole(nlp):
    text = "Mayor Ana Duarte  opened the bridge. It rained."
    assert sentences(nlp, text) == [
        "Mayor Ana Duarte  opened the bridge.",
        "It rained.",
    ]


def test_a_paragraph_break_after_a_full_stop_adds_no_sentence(nlp):
    doc = nlp("The board met.\n\nIt voted. Then it rose.\n\nLater it sat again")
    assert len(list(doc.sents)) == 4


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The mill closed in May.-Workers met the owners.",
            ["The mill closed in May.-", "Workers met the owners."],
        ),
        (
            'She said "we will stay."- The vote is on Friday.',
            ['She said "we will stay."-', "The vote is on Friday."],
        ),
        (
            "Is it over?- Nobody knows.",
            ["Is it over?-", "Nobody knows."],
        ),
        # the '"?' a lost quote mark leaves, glued to a sentence's end
        (
            'He has no place at the KMC.""?,Sen. Ode Roe said so.',
            ['He has no place at the KMC.""?,', "Sen. Ode Roe said so."],
        ),
        (
            'Was it over?"?Quell asked.',
            ['Was it over?"?', "Quell asked."],
        ),
    ],
)
def test_a_sentence_end_glued_to_a_dash_ends_the_sentence(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_a_dash_after_other_punctuation_or_an_abbreviation_is_no_end(nlp):
    # "Source:-" labels what follows; "U.S.-Mexico" is one word; a lost quote after
    # a comma or inside a word goes on ('Ondara,"?Quell said', 'gop"?White').
    for text in (
        "Source:-Harbour Mills Gazette",
        "They shut the U.S.-Mexico gate.",
        'and Ondara,"?Quell said so.',
        'the gop"?White House said so.',
    ):
        assert len(sentences(nlp, text)) == 1


def test_two_spaces_before_a_capital_end_a_caption(nlp):
    text = "Photo by Ana Duarte / Harbour Gazette  Since May the mill has been shut."
    assert sentences(nlp, text) == [
        "Photo by Ana Duarte / Harbour Gazette",
        "Since May the mill has been shut.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Duarte  opened the bridge.",  # a lower-case word after the gap
        "They met Mr.  Lee on Monday.",  # an abbreviation before it
    ],
)
def test_two_spaces_as_typing_keep_the_sentence_whole(nlp, text):
    assert len(sentences(nlp, text)) == 1


@pytest.mark.parametrize(
    "space,ends",
    [(" ", False), ("  ", False), ("   ", True), ("\n", True), (" \n ", True)],
)
def test_which_whitespace_breaks(space, ends):
    assert breaks_sentence(space) is ends


@pytest.mark.parametrize(
    "text",
    ["", "\n", "   ", "\n\nword", "word\n", "a \n\n b", ".-", "a.-", "  A", "a  "],
)
def test_junk_never_raises(nlp, text):
    doc = nlp(text)
    assert "".join(t.text_with_ws for t in doc) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An abbreviation closes its sentence before a sentence opener.
        (
            "Jane Okafor moved to the U.S. She joined Danforth Bank.",
            ["Jane Okafor moved to the U.S.", "She joined Danforth Bank."],
        ),
        (
            "The shares were bought by Danforth Inc. The price was not given.",
            ["The shares were bought by Danforth Inc.", "The price was not given."],
        ),
        (
            "The match ended at 9 p.m. But the fans stayed.",
            ["The match ended at 9 p.m.", "But the fans stayed."],
        ),
        # Inside a sentence it is followed by a name or a title: whole.
        (
            "U.S. President Jane Okafor met Danforth Inc. Chief Executive Tom Roe.",
            ["U.S. President Jane Okafor met Danforth Inc. Chief Executive Tom Roe."],
        ),
        # Lower case, or an abbreviation of another kind: whole.
        (
            "Danforth Co. the brewer, and Mr. The Rock met.",
            ["Danforth Co. the brewer, and Mr. The Rock met."],
        ),
    ],
)
def test_an_abbreviation_ends_a_sentence_before_an_opener(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_without_a_free_flag_bit_every_token_is_looked_at():
    # The component marks the words that may break with a lexeme flag; in a
    # vocabulary whose 63 flag bits are all taken it looks at every token and
    # breaks the same sentences.
    full = adapt_tokenizer(spacy.blank("en"))
    full.add_pipe("sentencizer")
    full.add_pipe("newsner_line_breaks")
    while True:
        try:
            full.vocab.add_flag(lambda text: False)
        except ValueError:
            break
    text = (
        "Harbour Mills Annual Report\nThe mill closed in May.-Workers met.  "
        'Then the U.S. The end?"?Quell asked.   Lisbon'
    )
    expected = [
        "Harbour Mills Annual Report",
        "The mill closed in May.-",
        "Workers met.",
        "Then the U.S.",
        'The end?"?',
        "Quell asked.",
        "Lisbon",
    ]
    assert sentences(full, text) == expected
    flagged = adapt_tokenizer(spacy.blank("en"))
    flagged.add_pipe("sentencizer")
    flagged.add_pipe("newsner_line_breaks")
    assert sentences(flagged, text) == expected
