"""Sentence breaks at line breaks and long space runs (nlp.breaks), on a blank
English pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp import breaks  # noqa: F401  (registers the component)
from pipeline.nlp.breaks import breaks_sentence


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
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
    "space,ends",
    [(" ", False), ("  ", False), ("   ", True), ("\n", True), (" \n ", True)],
)
def test_which_whitespace_breaks(space, ends):
    assert breaks_sentence(space) is ends


@pytest.mark.parametrize("text", ["", "\n", "   ", "\n\nword", "word\n", "a \n\n b"])
def test_junk_never_raises(nlp, text):
    doc = nlp(text)
    assert "".join(t.text_with_ws for t in doc) == text
