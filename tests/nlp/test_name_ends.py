"""Name ends the model leaves off, on blank pipelines with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.name_ends import complete_names
from pipeline.nlp.tokens import adapt_tokenizer

R = "\ufffd"


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    return nlp


def names(blank, text, *ents):
    """(first token, end token, label) entities on `text` -> completed texts."""
    doc = blank(text)
    spans = [Span(doc, a, b, label=label) for a, b, label in ents]
    return [(e.text, e.label_) for e in complete_names(doc, spans)]


def test_a_damaged_word_after_a_name_is_part_of_it(blank):
    got = names(blank, f"The Tuath F{R}{R}in leader spoke .", (1, 2, "ORG"))
    assert got == [(f"Tuath F{R}{R}in", "ORG")]


def test_a_damaged_word_before_a_name_is_part_of_it(blank):
    got = names(blank, f"Chief Ci{R}r{R}n Odhar said .", (2, 3, "PERSON"))
    assert got == [(f"Ci{R}r{R}n Odhar", "PERSON")]


def test_a_damaged_title_before_a_name_stays_out(blank):
    got = names(blank, f"T{R}{R}naiste Frances Varn said .", (1, 3, "PERSON"))
    assert got == [("Frances Varn", "PERSON")]


def test_a_damaged_lower_case_word_or_one_in_another_entity_stays_out(blank):
    doc_text = f"Odhar caf{R} and Breac F{R}n spoke ."
    got = names(blank, doc_text, (0, 1, "PERSON"), (3, 5, "PERSON"))
    assert got == [("Odhar", "PERSON"), (f"Breac F{R}n", "PERSON")]


@pytest.mark.parametrize(
    "text,ent,want",
    [
        ("Pak Sol-min arrived .", (0, 2, "PERSON"), "Pak Sol-min"),
        # a first syllable romanized in five letters
        ("Pak Chong-hee came .", (0, 2, "PERSON"), "Pak Chong-hee"),
        ("Pak Chong-Hee came .", (0, 2, "PERSON"), "Pak Chong-Hee"),
        # The given name alone, where the article also writes it in full.
        ("Pak Sol-min wrote . Sol-min arrived .", (6, 7, "PERSON"), "Sol-min"),
    ],
)
def test_a_hyphenated_given_name_is_whole(blank, text, ent, want):
    assert names(blank, text, ent) == [(want, "PERSON")]


@pytest.mark.parametrize(
    "text,ent,want",
    [
        ("The Pak Sol-led team won .", (1, 3, "PERSON"), "Pak Sol"),  # a suffix
        ("Sol-min arrived .", (0, 1, "PERSON"), "Sol"),  # one word, never in full
        ("Pak Chongs-hee came .", (0, 2, "PERSON"), "Pak Chongs"),  # six letters
        # a five-letter word, as many family names are, glued to a function word
        ("Ann Flent-on came .", (0, 2, "PERSON"), "Ann Flent"),
        ("Pak Sol-has come .", (0, 2, "PERSON"), "Pak Sol"),  # a lost space
        ("Pak Sol-said he came .", (0, 2, "PERSON"), "Pak Sol"),  # a glued verb
        ("Joan Harrow-Smithson came .", (0, 2, "PERSON"), "Joan Harrow"),  # long
        ("Pak Sol - min came .", (0, 2, "PERSON"), "Pak Sol"),  # spaced dash
        ("The Harbour Co-host met .", (1, 3, "ORG"), "Harbour Co"),  # not a person
    ],
)
def test_what_is_no_hyphenated_given_name(blank, text, ent, want):
    assert names(blank, text, ent) == [(want, ent[2])]


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        ("Little came from Theresa May about it .", [(3, 4, "PERSON")], "Theresa May"),
        ("The actor Fredric March won .", [(2, 3, "PERSON")], "Fredric March"),
        # a date, an abbreviation, a family name or a name of two words: no end
        ("She met Anna May 5 .", [(2, 3, "PERSON")], "Anna"),
        ("She met Anna Mar 5 .", [(2, 3, "PERSON")], "Anna"),
        ("She met Anna Sept .", [(2, 3, "PERSON")], "Anna"),
        ("Mr Okafor May said so .", [(1, 2, "PERSON")], "Okafor"),
        ("Ann Okafor May said so .", [(0, 2, "PERSON")], "Ann Okafor"),
        ("She met Anna may be late .", [(2, 3, "PERSON")], "Anna"),
        ("Anna May 2017 .", [(0, 1, "PERSON"), (1, 3, "DATE")], "Anna"),
    ],
)
def test_a_month_after_a_lone_given_name_is_its_family_name(blank, text, ents, want):
    assert names(blank, text, *ents)[0] == (want, "PERSON")


def test_a_first_name_and_a_name_beside_it_are_one_person(blank):
    got = names(
        blank,
        "Joan Harrow met Ana Lucia al-Tayeb .",
        (0, 1, "PERSON"),
        (1, 2, "PERSON"),
        (3, 5, "PERSON"),
        (5, 8, "PERSON"),
    )
    assert got == [("Joan Harrow", "PERSON"), ("Ana Lucia al-Tayeb", "PERSON")]


@pytest.mark.parametrize(
    "text,ents",
    [
        # Two full names in a list, two family names side by side.
        ("Joan Harrow Pak Solmin came .", [(0, 2, "PERSON"), (2, 4, "PERSON")]),
        ("Harrow Solmin came .", [(0, 1, "PERSON"), (1, 2, "PERSON")]),
        # Not one space apart, or not both people.
        ("Joan , Harrow came .", [(0, 1, "PERSON"), (2, 3, "PERSON")]),
        ("Joan Harrow Trust came .", [(0, 1, "PERSON"), (1, 3, "ORG")]),
    ],
)
def test_neighbours_that_are_two_names_stay_two(blank, text, ents):
    assert len(names(blank, text, *ents)) == 2


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # Read as a person of its own, or left out: part of the name either way.
        (
            "Martin Okoro , Jr. spoke in Memphis .",
            [(0, 2, "PERSON"), (3, 4, "PERSON")],
            [("Martin Okoro , Jr.", "PERSON")],
        ),
        ("Tom Bain , III spoke .", [(0, 2, "PERSON")], [("Tom Bain , III", "PERSON")]),
        # A generation alone is no one's name.
        ("Jr. spoke .", [(0, 1, "PERSON")], []),
        # A given name that looks like a numeral, a lower-case word: no generation.
        (
            "Anna Okoro , Iv Bain and Tom Bain spoke .",
            [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 8, "PERSON")],
            [("Anna Okoro", "PERSON"), ("Iv Bain", "PERSON"), ("Tom Bain", "PERSON")],
        ),
        ("Anna Okoro , jr spoke .", [(0, 2, "PERSON")], [("Anna Okoro", "PERSON")]),
    ],
)
def test_a_generation_after_a_comma_is_part_of_the_name(blank, text, ents, want):
    assert names(blank, text, *ents) == want


@pytest.mark.parametrize("text", ["", f"{R}{R}", f"- {R} -", "A-b-c-d", f"{R}-x-{R} Q"])
def test_junk_never_raises(blank, text):
    doc = blank(text)
    ents = [Span(doc, i, i + 1, label="PERSON") for i in range(0, len(doc), 2)]
    out = complete_names(doc, ents)
    assert len(out) == len(ents)
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


def test_a_name_around_a_quoted_nickname_is_completed(blank):
    got = names(
        blank, "Then Luis 'Lou' Correa spoke .", (1, 2, "PERSON"), (3, 6, "ORG")
    )
    assert got == [("Luis 'Lou' Correa", "PERSON")]
