"""Alias links (nlp.aliases) on a blank pipeline with hand-set entities: which later
names are given as another name of the name before them, and the link keys they
take."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.aliases import ALIAS_ID, alias_names, link_aliases


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def doc_with(blank, text: str, ents: list[tuple[str, str]]):
    """The Doc of `text` with the (text, label) entities, in text order, each keyed
    by its own text."""
    doc = blank(text)
    spans, at = [], 0
    for what, label in ents:
        start = text.index(what, at)
        at = start + len(what)
        s = doc.char_span(start, at)
        spans.append(Span(doc, s.start, s.end, label=label, kb_id=what))
    doc.ents = spans
    return doc


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Jan Novak (1369 - 1415), often referred to in English as John Novak or "
            "Jack Novak, was a priest.",
            [
                ("Jan Novak", "PERSON"),
                ("English", "LANGUAGE"),
                ("John Novak", "PERSON"),
                ("Jack Novak", "PERSON"),
            ],
            [("Jan Novak", "John Novak"), ("Jan Novak", "Jack Novak")],
        ),
        (
            "The Meridian Group (formerly Coastal Partners) grew.",
            [("Meridian Group", "ORG"), ("Coastal Partners", "ORG")],
            [("Meridian Group", "Coastal Partners")],
        ),
        (
            "The Department of Earth Sciences (formerly the Department of Geology) "
            "hired her.",
            [("Department of Earth Sciences", "ORG"), ("Department of Geology", "ORG")],
            [("Department of Earth Sciences", "Department of Geology")],
        ),
        (
            "Robert Hale – better known as Bobby Hale – flew.",
            [("Robert Hale", "PERSON"), ("Bobby Hale", "PERSON")],
            [("Robert Hale", "Bobby Hale")],
        ),
        (
            "Acme Tools, previously Acme Hardware",
            [("Acme Tools", "ORG"), ("Acme Hardware", "ORG")],
            [("Acme Tools", "Acme Hardware")],
        ),
        # no cue head: "also" alone, a plain apposition, a list
        (
            "Ann Lee, also Bo Chen, spoke.",
            [("Ann Lee", "PERSON"), ("Bo Chen", "PERSON")],
            [],
        ),
        (
            "Ann Lee, Bo Chen and Cy Park spoke.",
            [("Ann Lee", "PERSON"), ("Bo Chen", "PERSON"), ("Cy Park", "PERSON")],
            [],
        ),
        # a word that is no cue, a name that goes on, another label
        (
            "Ann Lee, formerly of Acme Corp, spoke.",
            [("Ann Lee", "PERSON"), ("Acme Corp", "ORG")],
            [],
        ),
        (
            "Acme Corp, previously Beta Inc's owner, grew.",
            [("Acme Corp", "ORG"), ("Beta Inc", "ORG")],
            [],
        ),
        (
            "Acme Corp, known as Ann Lee, grew.",
            [("Acme Corp", "ORG"), ("Ann Lee", "GPE")],
            [],
        ),
        # "formerly" before another label names an employer, not the same one
        (
            "Ann Lee, formerly Acme Corp, spoke.",
            [("Ann Lee", "PERSON"), ("Acme Corp", "ORG")],
            [],
        ),
        # a bracket that is no aside, and no comma after it
        (
            "Acme Corp (formerly Beta Inc and Gamma Ltd) grew.",
            [("Acme Corp", "ORG"), ("Beta Inc", "ORG"), ("Gamma Ltd", "ORG")],
            [],
        ),
        (
            "Ann Lee (born 1950) called Bo Chen yesterday.",
            [("Ann Lee", "PERSON"), ("Bo Chen", "PERSON")],
            [],
        ),
    ],
)
def test_alias_names(blank, text, ents, expected):
    doc = doc_with(blank, text, ents)
    got = [(a.text, b.text) for a, b in alias_names(doc, list(doc.ents))]
    assert got == expected


def test_every_mention_of_an_alias_takes_the_names_key(blank):
    doc = doc_with(
        blank,
        "Pauline Marsh, also known as Polly Marsh, runs Brightwater. Polly Marsh "
        "and Ann Lee left.",
        [
            ("Pauline Marsh", "PERSON"),
            ("Polly Marsh", "PERSON"),
            ("Brightwater", "ORG"),
            ("Polly Marsh", "PERSON"),
            ("Ann Lee", "PERSON"),
        ],
    )
    got = [(e.text, e.id_, e.kb_id_) for e in link_aliases(doc, list(doc.ents))]
    assert got == [
        ("Pauline Marsh", "", "Pauline Marsh"),
        ("Polly Marsh", ALIAS_ID, "Pauline Marsh"),
        ("Brightwater", "", "Brightwater"),
        ("Polly Marsh", "", "Pauline Marsh"),
        ("Ann Lee", "", "Ann Lee"),
    ]


def test_no_alias_leaves_the_entities_as_they_are(blank):
    doc = doc_with(
        blank, "Ann Lee met Bo Chen.", [("Ann Lee", "PERSON"), ("Bo Chen", "PERSON")]
    )
    ents = list(doc.ents)
    assert link_aliases(doc, ents) is ents


@pytest.mark.parametrize(
    "text",
    ["", "(", "Ann Lee (", "Ann Lee, known as", "Ann Lee – aka", "Ann Lee, known as ("],
)
def test_junk_never_raises(blank, text):
    ents = [("Ann Lee", "PERSON")] if "Ann Lee" in text else []
    doc = doc_with(blank, text, ents)
    assert link_aliases(doc, list(doc.ents)) == list(doc.ents)


def test_the_aside_corrects_the_models_label_not_a_rules(blank):
    text = "Pauline Marsh, also known as Polly Marsh, runs it. Polly Marsh left."
    doc = doc_with(
        blank,
        text,
        [("Pauline Marsh", "PERSON"), ("Polly Marsh", "ORG"), ("Polly Marsh", "ORG")],
    )
    got = [(e.label_, e.id_, e.kb_id_) for e in link_aliases(doc, list(doc.ents))]
    assert got == [
        ("PERSON", "", "Pauline Marsh"),
        ("PERSON", ALIAS_ID, "Pauline Marsh"),
        ("PERSON", ALIAS_ID, "Pauline Marsh"),
    ]
    ruled = doc_with(blank, text, [("Pauline Marsh", "PERSON")])
    ruled.ents = list(ruled.ents) + [
        Span(ruled, 6, 8, label="ORG", span_id="org:some-rule", kb_id="Polly Marsh")
    ]
    assert [e.label_ for e in link_aliases(ruled, list(ruled.ents))] == [
        "PERSON",
        "ORG",
    ]
