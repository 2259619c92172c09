"""vessels (pipeline.nlp.product_cues) on a blank pipeline with hand-set entities."""

from __future__ import annotations

import spacy
from hand_spans import span_of
from spacy.tokens import Doc, Span

from pipeline.nlp.product_cues import VESSEL_RULE, vessels


def _vessels(text: str, ents: list[tuple[str, ...]]) -> list[tuple[str, str, str]]:
    doc = spacy.blank("en")(text)
    spans = sorted((span_of(doc, *e) for e in ents), key=lambda s: s.start)
    return [(e.text, e.label_, e.id_) for e in vessels(doc, spans)]


def _tokens(doc: Doc, char: int, text: str) -> tuple[int, int]:
    s = doc.char_span(char, char + len(text))
    return s.start, s.end


def test_a_name_after_a_vessel_noun_is_a_product():
    assert _vessels(
        "Oslo sent the frigate Nordkapp and the icebreaker Svalbard north.",
        [("Oslo", "GPE"), ("Nordkapp", "GPE"), ("Svalbard", "PERSON")],
    ) == [
        ("Oslo", "GPE", ""),
        ("Nordkapp", "PRODUCT", VESSEL_RULE),
        ("Svalbard", "PRODUCT", VESSEL_RULE),
    ]
    # A rule's organisation too, and a two-word vessel noun.
    assert _vessels(
        "Jets took off from the aircraft carrier Marta Olsen, officials said.",
        [("Marta Olsen", "ORG", "org:object-kind-apposition")],
    ) == [("Marta Olsen", "PRODUCT", VESSEL_RULE)]


def test_a_title_cut_off_the_ship_name_is_put_back():
    assert _vessels(
        "The aircraft carrier Admiral Brandt sailed.", [("Brandt", "PERSON")]
    ) == [("Admiral Brandt", "PRODUCT", VESSEL_RULE)]
    # ... but never a word of the entity before it.
    assert _vessels(
        "The cruiser Kiel Brandt sailed.", [("Kiel", "GPE"), ("Brandt", "PERSON")]
    ) == [("Kiel", "PRODUCT", VESSEL_RULE), ("Brandt", "PERSON", "")]


def test_a_navy_prefix_makes_a_ship():
    assert _vessels(
        "USS Harbor Point docked and HMS Gale left.",
        [("USS Harbor Point", "ORG"), ("HMS Gale", "PERSON")],
    ) == [
        ("USS Harbor Point", "PRODUCT", VESSEL_RULE),
        ("HMS Gale", "PRODUCT", VESSEL_RULE),
    ]
    # The prefix alone is no ship.
    assert _vessels("USS said so.", [("USS", "ORG")]) == [("USS", "ORG", "")]


def test_an_airline_a_date_and_a_capitalised_noun_stay():
    assert _vessels(
        "They flew with the carrier Nordic Air to Oslo.", [("Nordic Air", "ORG")]
    ) == [("Nordic Air", "ORG", "")]
    assert _vessels("The vessel Monday left.", [("Monday", "DATE")]) == [
        ("Monday", "DATE", "")
    ]
    # The noun must be lower case: "Ship" opening a name is part of it.
    assert _vessels("The Ship Inn Trust met.", [("Inn Trust", "ORG")]) == [
        ("Inn Trust", "ORG", "")
    ]


def test_every_mention_of_a_ship_name_in_the_doc_is_the_ship():
    text = (
        "The aircraft carrier The Admiral Brandt sailed. Later the Admiral Brandt "
        "and Admiral Ruiz docked; Brandt Kiel said so."
    )
    doc = spacy.blank("en")(text)
    later = doc.text.index("Brandt and")
    spans = [
        span_of(doc, "The Admiral Brandt", "ORG"),
        Span(doc, *_tokens(doc, later, "Brandt"), label="PERSON"),
        span_of(doc, "Ruiz", "PERSON"),
        span_of(doc, "Brandt Kiel", "PERSON"),
    ]
    got = [(e.text, e.label_) for e in vessels(doc, spans)]
    assert got == [
        ("The Admiral Brandt", "PRODUCT"),
        ("Admiral Brandt", "PRODUCT"),
        ("Ruiz", "PERSON"),  # another admiral's name is no ship
        ("Brandt Kiel", "PERSON"),
    ]


def test_a_determiner_is_not_taken_into_the_name():
    assert _vessels(
        "It has one tanker The Volga and two ferries.", [("Volga", "LOC")]
    ) == [("Volga", "LOC", "")]
    assert _vessels("The tanker Volga left.", [("Volga", "LOC")]) == [
        ("Volga", "PRODUCT", VESSEL_RULE)
    ]
