"""A common word the recognizer read as a person's first name: hand-set entities on
a blank English pipeline, so these test the rule, not the model. Names are
invented."""

from __future__ import annotations

import spacy
from hand_spans import spans_in_order

from pipeline.nlp.name_leads import trim_leads, trim_tails

NLP = spacy.blank("en")


def _people(text: str, ents: list[tuple[str, str]]) -> list[str]:
    doc = NLP(text)
    doc.ents = spans_in_order(doc, ents)
    return [e.text for e in trim_leads(doc, list(doc.ents)) if e.label_ == "PERSON"]


def test_a_common_word_before_a_family_name_the_article_gives_is_cut():
    text = "Oskar Vantreight spoke . Earlier Vantreight said no ."
    ents = [("Oskar Vantreight", "PERSON"), ("Earlier Vantreight", "PERSON")]
    assert _people(text, ents) == ["Oskar Vantreight", "Vantreight"]


def test_a_common_word_before_a_full_name_the_article_gives_is_cut():
    text = "Oskar Vantreight won . Outspoken Oskar Vantreight lost ."
    ents = [("Oskar Vantreight", "PERSON"), ("Outspoken Oskar Vantreight", "PERSON")]
    assert _people(text, ents) == ["Oskar Vantreight", "Oskar Vantreight"]


def test_a_given_name_or_a_name_the_article_repeats_or_stands_alone_stays():
    # "Little" is a common word; named twice, "Little Lemaire" is a name.
    text = "Little Lemaire met Ida Lemaire . Little Lemaire left ."
    ents = [
        ("Little Lemaire", "PERSON"),
        ("Ida Lemaire", "PERSON"),
        ("Little Lemaire", "PERSON"),
    ]
    assert _people(text, ents) == ["Little Lemaire", "Ida Lemaire", "Little Lemaire"]
    # A known given name is no lead word, even where it is a common word too.
    text = "Hope Lemaire met Ida Lemaire ."
    ents = [("Hope Lemaire", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _people(text, ents) == ["Hope Lemaire", "Ida Lemaire"]
    # The rest named nowhere else: no evidence that the first word is not the name's.
    text = "Earlier Vantreight said no to Ida Lemaire ."
    ents = [("Earlier Vantreight", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _people(text, ents) == ["Earlier Vantreight", "Ida Lemaire"]


def test_a_country_state_or_continent_run_into_a_name_the_article_gives_is_cut():
    text = (
        "Oskar Le Vant spoke . In Africa Le Vant won . North Korea Vantreight met him ."
    )
    ents = [
        ("Oskar Le Vant", "PERSON"),
        ("Africa Le Vant", "PERSON"),
        ("North Korea Vantreight", "PERSON"),
        ("Ida Vantreight", "PERSON"),
    ]
    text += " Ida Vantreight left ."
    assert _people(text, ents) == [
        "Oskar Le Vant",
        "Le Vant",
        "Vantreight",
        "Ida Vantreight",
    ]


def test_a_place_that_is_a_given_name_or_a_place_named_nowhere_else_stays():
    # "Georgia" opens women's names; "Paris" is a city, no country or state.
    text = "Georgia Vantreight met Ida Vantreight and Paris Vantreight ."
    ents = [
        ("Georgia Vantreight", "PERSON"),
        ("Ida Vantreight", "PERSON"),
        ("Paris Vantreight", "PERSON"),
    ]
    assert _people(text, ents) == [
        "Georgia Vantreight",
        "Ida Vantreight",
        "Paris Vantreight",
    ]
    text = "Florida Vantreight met Ida Lemaire ."
    ents = [("Florida Vantreight", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _people(text, ents) == ["Florida Vantreight", "Ida Lemaire"]


def test_other_labels_and_one_word_names_are_left_alone():
    text = "Oskar Vantreight spoke . Earlier Vantreight Holdings said no ."
    ents = [("Oskar Vantreight", "PERSON"), ("Earlier Vantreight Holdings", "ORG")]
    doc = NLP(text)
    doc.ents = spans_in_order(doc, ents)
    assert [e.text for e in trim_leads(doc, list(doc.ents))] == [
        "Oskar Vantreight",
        "Earlier Vantreight Holdings",
    ]


def test_a_family_name_alone_is_no_evidence_against_the_first_word():
    # "Arid" is a common word, but "Vantreight" alone may be this very person.
    text = "Arid Vantreight was held . Vantreight denied it ."
    ents = [("Arid Vantreight", "PERSON"), ("Vantreight", "PERSON")]
    assert _people(text, ents) == ["Arid Vantreight", "Vantreight"]


def _tails(text: str, ents: list[tuple[str, str]]) -> list[str]:
    doc = NLP(text)
    doc.ents = spans_in_order(doc, ents)
    return [e.text for e in trim_tails(doc, list(doc.ents)) if e.label_ == "PERSON"]


def test_a_common_word_a_full_name_ran_on_into_is_cut():
    # A caption without its full stop: the family name alone elsewhere.
    text = "Minister Oskar Vantreight Local media say Vantreight will go ."
    ents = [("Oskar Vantreight Local", "PERSON"), ("Vantreight", "PERSON")]
    assert _tails(text, ents) == ["Oskar Vantreight", "Vantreight"]
    # The full name elsewhere; a word in capitals as a headline writes it.
    text = "Ida Lemaire RIPS critics . Ida Lemaire spoke ."
    ents = [("Ida Lemaire RIPS", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _tails(text, ents) == ["Ida Lemaire", "Ida Lemaire"]


def test_a_name_word_a_head_word_or_an_unconfirmed_name_keeps_its_last_word():
    # "Hope" is a given name; "Office" and "Street" end other kinds of name.
    text = (
        "Ida Lemaire Hope met Ida Lemaire at Ida Lemaire Office on Ida Lemaire Street ."
    )
    ents = [
        ("Ida Lemaire Hope", "PERSON"),
        ("Ida Lemaire", "PERSON"),
        ("Ida Lemaire Office", "PERSON"),
        ("Ida Lemaire Street", "PERSON"),
    ]
    assert _tails(text, ents) == [e for e, _ in ents]
    # Written twice, or with its first words named nowhere else, it is a name.
    text = "Oskar Vantreight Local met Ida Lemaire . Oskar Vantreight Local left ."
    ents = [
        ("Oskar Vantreight Local", "PERSON"),
        ("Ida Lemaire", "PERSON"),
        ("Oskar Vantreight Local", "PERSON"),
    ]
    assert _tails(text, ents) == [e for e, _ in ents]
    text = "Oskar Vantreight Local met Ida Lemaire ."
    ents = [("Oskar Vantreight Local", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _tails(text, ents) == [e for e, _ in ents]
    # Two words: the last may be the family name itself.
    text = "Ida Local met Ida Lemaire ."
    ents = [("Ida Local", "PERSON"), ("Ida Lemaire", "PERSON")]
    assert _tails(text, ents) == [e for e, _ in ents]
