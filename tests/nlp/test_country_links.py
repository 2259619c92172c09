"""country_links: a generic ORG right after the country the model read apart from it
is linked as that country's body; on a blank pipeline with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Span

from pipeline.nlp.country_links import country_links


def _links(text: str, ents: list[tuple[str, str]], kb: str = "") -> list[str]:
    doc = spacy.blank("en")(text)
    spans = []
    for what, label in ents:
        start = text.index(what)
        span = doc.char_span(start, start + len(what), label=label)
        if kb and label == "ORG":
            span = Span(doc, span.start, span.end, label, kb_id=kb)
        spans.append(span)
    return [e.kb_id_ for e in country_links(doc, spans)]


@pytest.mark.parametrize(
    ("text", "ents", "links"),
    [
        (
            "The French Senate voted.",
            [("French", "NORP"), ("Senate", "ORG")],
            ["", "French Senate"],
        ),
        (
            "A U.S. Navy ship docked.",
            [("U.S.", "GPE"), ("Navy", "ORG")],
            ["", "U.S. Navy"],
        ),
        # A nation of a union has bodies of its own.
        (
            "The Scottish Parliament met.",
            [("Scottish", "NORP"), ("Parliament", "ORG")],
            ["", "Scottish Parliament"],
        ),
        # No country in the word, a name that is no generic body, or words between.
        (
            "The Republican Senate voted.",
            [("Republican", "NORP"), ("Senate", "ORG")],
            ["", ""],
        ),
        (
            "The French Renault board met.",
            [("French", "NORP"), ("Renault", "ORG")],
            ["", ""],
        ),
        (
            "French lawmakers and the Senate met.",
            [("French", "NORP"), ("Senate", "ORG")],
            ["", ""],
        ),
        (
            "A French man told the Senate.",
            [("French", "NORP"), ("Senate", "ORG")],
            ["", ""],
        ),
        # The country's possessive, glued to it, before the body.
        (
            "Kestrel quoted South Korea's National Intelligence Service.",
            [("South Korea", "GPE"), ("National Intelligence Service", "ORG")],
            ["", "South Korea's National Intelligence Service"],
        ),
        (
            "The Philippines' Senate voted.",
            [("Philippines", "GPE"), ("Senate", "ORG")],
            ["", "Philippines' Senate"],
        ),
        # A possessive of no country, a possessive apart from its word, or one
        # glued to the name after it links nothing.
        (
            "Marlow's Senate voted.",
            [("Marlow", "GPE"), ("Senate", "ORG")],
            ["", ""],
        ),
        (
            "France 's Senate voted.",
            [("France", "GPE"), ("Senate", "ORG")],
            ["", ""],
        ),
    ],
)
def test_a_country_right_before_a_generic_body_links_it(text, ents, links):
    assert _links(text, ents) == links


def test_a_link_already_set_stays():
    got = _links(
        "The French Senate voted.",
        [("French", "NORP"), ("Senate", "ORG")],
        kb="Senate of the Republic",
    )
    assert got == ["", "Senate of the Republic"]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["French", "US", "Senate", "Navy", "Acme", "the", "x"]),
            st.sampled_from(["NORP", "GPE", "ORG", "PERSON"]),
        ),
        max_size=8,
    )
)
def test_links_change_no_entity_s_extent_or_label(words):
    # Every word an entity of a random label: the same entities come back.
    doc = spacy.blank("en")(" ".join(w for w, _ in words))
    ents = [Span(doc, i, i + 1, label) for i, (_, label) in enumerate(words)]
    out = country_links(doc, ents)
    assert [(e.start, e.end, e.label_) for e in out] == [
        (e.start, e.end, e.label_) for e in ents
    ]
