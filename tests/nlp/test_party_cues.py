"""nlp.party_cues on a blank pipeline with hand-set model entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import rule_rows

from pipeline.nlp.party_cues import PARTY_RULE, party_before_title

NLP = spacy.blank("en")


def _cue(text: str, *ents: tuple[str, str]):
    return rule_rows(party_before_title, NLP, text, list(ents))


@pytest.mark.parametrize(
    "text, ents, party",
    [
        # At a sentence's start the model reads the party word as nothing.
        ("Labour MP Dora Blunt spoke.", [("Dora Blunt", "PERSON")], "Labour"),
        # A nationality to the model.
        (
            "Then Tory strategist Dora Blunt spoke.",
            [("Tory", "NORP"), ("Dora Blunt", "PERSON")],
            "Tory",
        ),
        # Two words, the model's nationality only the second.
        (
            "Liberal Democrat leader Dora Blunt spoke.",
            [("Democrat", "NORP"), ("Dora Blunt", "PERSON")],
            "Liberal Democrat",
        ),
        # An American party's word, a state's name before it.
        (
            "Then New York Democratic lawmaker Dora Blunt spoke.",
            [("New York", "GPE"), ("Democratic", "NORP"), ("Dora Blunt", "PERSON")],
            "Democratic",
        ),
        # A qualifier of the whole role before the party word.
        ("Former Tory MP Dora Blunt spoke.", [("Dora Blunt", "PERSON")], "Tory"),
        # Qualifiers of the office, and lower-case words between.
        (
            "The Tory deputy leader Dora Blunt spoke.",
            [("Dora Blunt", "PERSON")],
            "Tory",
        ),
        (
            "A Likud mayoral candidate Dora Blunt spoke.",
            [("Likud", "NORP"), ("Dora Blunt", "PERSON")],
            "Likud",
        ),
    ],
)
def test_a_party_word_before_a_party_office_is_the_party(text, ents, party):
    got = _cue(text, *ents)
    assert (party, "ORG", PARTY_RULE) in got
    assert got[-1] == ("Dora Blunt", "PERSON", "")
    assert not any(label == "NORP" for _, label, _ in got)


def test_a_nationality_run_on_into_the_party_word_keeps_its_own_words():
    assert _cue(
        "Scottish Labour leader Dora Blunt spoke.",
        ("Scottish Labour", "NORP"),
        ("Dora Blunt", "PERSON"),
    ) == [
        ("Scottish", "NORP", ""),
        ("Labour", "ORG", PARTY_RULE),
        ("Dora Blunt", "PERSON", ""),
    ]


@pytest.mark.parametrize(
    "text, ents",
    [
        # An office of state, not of the party.
        (
            "Labour Senator Dora Blunt spoke.",
            [("Labour", "NORP"), ("Dora Blunt", "PERSON")],
        ),
        # After a body: its office.
        (
            "The Senate Labour leader Dora Blunt spoke.",
            [("Senate", "ORG"), ("Dora Blunt", "PERSON")],
        ),
        # No office: the party's voters.
        ("Tory voters cheered Dora Blunt.", [("Tory", "NORP")]),
        # Not a party of the lexicon.
        (
            "Conservative strategist Dora Blunt spoke.",
            [("Conservative", "NORP"), ("Dora Blunt", "PERSON")],
        ),
        # A longer name the party word ends, at a sentence's start too.
        (
            "New Democrat lawmaker Dora Blunt spoke.",
            [("Democrat", "NORP"), ("Dora Blunt", "PERSON")],
        ),
        # ... also when the model ran the name's first word on into it
        (
            "Then New Democrat lawmaker Dora Blunt spoke.",
            [("New Democrat", "NORP"), ("Dora Blunt", "PERSON")],
        ),
        # A longer name the party word ends ("New Democrat", another party).
        (
            "Then the New Democrat lawmaker Dora Blunt spoke.",
            [("Democrat", "NORP"), ("Dora Blunt", "PERSON")],
        ),
        # No person after the office.
        ("A Labour spokesman said no.", []),
        # The model's own name takes the word in.
        (
            "Green Party leader Dora Blunt spoke.",
            [("Green Party", "ORG"), ("Dora Blunt", "PERSON")],
        ),
        # Lower case: a view, not a party.
        ("The labour leader Dora Blunt spoke.", [("Dora Blunt", "PERSON")]),
        # Not in the lexicon: a name many countries' parties share.
        ("Conservative MP Dora Blunt spoke.", [("Dora Blunt", "PERSON")]),
        # Too many words between.
        (
            "Labour said the new local council leader Dora Blunt spoke.",
            [("Dora Blunt", "PERSON")],
        ),
    ],
)
def test_no_party_office_no_party(text, ents):
    got = _cue(text, *ents)
    assert not any(rid == PARTY_RULE for _, _, rid in got)
    assert [g[:2] for g in got] == [tuple(e) for e in ents]
