"""Names written around a quoted nickname, on blank pipelines with hand-set
entities: the rule, not the model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.nicknames import NICKNAME_RULE, join_nicknames
from pipeline.nlp.tokens import adapt_tokenizer


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    return nlp


def _spans(doc, ents):
    """(first word, last word, label) -> Spans of `doc`."""
    words = [t.text for t in doc]
    spans = []
    for first, last, label in ents:
        a = words.index(first)
        spans.append(Span(doc, a, words.index(last, a) + 1, label=label))
    return spans


def joined(blank, text, *ents):
    """(first word, last word, label) entities on `text` -> (text, label, rule id)."""
    doc = blank(text)
    return [(e.text, e.label_, e.id_) for e in join_nicknames(doc, _spans(doc, ents))]


def test_a_single_quoted_nickname_joins_the_given_name_to_the_family_name(blank):
    got = joined(
        blank, "Robert 'Bob' Mendez runs Tellan .", ("Robert", "Robert", "PERSON")
    )
    assert got == [("Robert 'Bob' Mendez", "PERSON", NICKNAME_RULE)]


def test_a_name_the_model_split_into_a_person_and_an_organisation_is_one(blank):
    text = "Yesterday Frederick 'Freddie' Thompson said so ."
    got = joined(
        blank,
        text,
        ("Frederick", "Frederick", "PERSON"),
        ("Freddie", "Thompson", "ORG"),
    )
    assert got == [("Frederick 'Freddie' Thompson", "PERSON", NICKNAME_RULE)]


def test_a_whole_name_read_as_an_organisation_becomes_a_person(blank):
    text = "Kessler hired James 'Jim' Okafor , a banker ."
    got = joined(blank, text, ("Kessler", "Kessler", "ORG"), ("James", "Okafor", "ORG"))
    assert got == [
        ("Kessler", "ORG", ""),
        ("James 'Jim' Okafor", "PERSON", NICKNAME_RULE),
    ]


def test_a_model_person_with_initials_keeps_its_start(blank):
    text = "Then I. Lewis 'Scooter' Libby spoke ."
    got = joined(blank, text, ("I.", "Lewis", "PERSON"), ("Libby", "Libby", "PERSON"))
    assert got == [("I. Lewis 'Scooter' Libby", "PERSON", NICKNAME_RULE)]


def test_a_name_already_whole_is_left_as_it_is(blank):
    text = 'William " Bill " Mendez runs Tellan .'
    got = joined(blank, text, ("William", "Mendez", "PERSON"))
    assert got == [('William " Bill " Mendez', "PERSON", "")]


@pytest.mark.parametrize(
    "text, ents",
    [
        # Scare quotes after a word that is no given name.
        (
            "The Bierbach 'Penelopegate' Affair grew .",
            [("Bierbach", "Bierbach", "PERSON")],
        ),
        # A song between two people: a name of its own starts after it.
        (
            "Anna 'Hello' Bruno Mars sang .",
            [("Anna", "Anna", "PERSON"), ("Bruno", "Mars", "PERSON")],
        ),
        # A quotation, not a nickname.
        ("Anna 'We Will Win Now' Mars said .", [("Anna", "Anna", "PERSON")]),
        # Nothing says a name is here.
        ("Will 'Power' Play is a film .", []),
        # An organisation glued on before the given name is not cut in two.
        ("Acme James 'Jim' Okafor left .", [("Acme", "James", "ORG")]),
    ],
)
def test_no_name_is_made_where_the_quotes_are_no_nickname(blank, text, ents):
    doc = blank(text)
    spans = _spans(doc, ents)
    assert join_nicknames(doc, spans) == spans


@pytest.mark.parametrize(
    "text", ["' ' '", "Anna '", "Anna ' Bob", "Anna ' Bob '", "'Anna' 'Bob'"]
)
def test_junk_never_raises_and_is_idempotent(blank, text):
    doc = blank(text)
    once = join_nicknames(doc, [])
    assert join_nicknames(doc, once) == once
