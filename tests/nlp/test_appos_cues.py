"""appos_kind_spans: a name an indefinite kind of organisation describes, on a blank
pipeline with hand-set entities (no model runs)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.appos_cues import APPOS_KIND_RULE, appos_kind_spans


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def spans(blank, text: str, ents: dict[str, str] | None = None) -> list[str]:
    doc = blank(text)
    marked = []
    for what, label in (ents or {}).items():
        start = text.index(what)
        marked.append(doc.char_span(start, start + len(what), label=label))
    doc.ents = marked
    out = appos_kind_spans(doc)
    assert all(s.label_ == "ORG" and s.id_ == APPOS_KIND_RULE for s in out)
    return [s.text for s in out]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "She worked with Tradeks , a newly founded furniture company that hires .",
            {"Tradeks": "PERSON"},
            ["Tradeks , a newly founded furniture company that"],
        ),
        # A nationality and one more word before the kind; a name of several words.
        (
            "He founded Quill Fern Ltd , a Danish furniture brand , in 2004 .",
            {"Danish": "NORP"},
            ["Quill Fern Ltd , a Danish furniture brand ,"],
        ),
        # The name starts at its first word that may open one.
        (
            "The Tradeks , a startup .",
            {},
            ["Tradeks , a startup ."],
        ),
    ],
)
def test_a_name_an_organisations_kind_describes(blank, text, ents, expected):
    assert spans(blank, text, ents) == expected


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        # The kind noun describes the person's job.
        ("Jo Bain , a company spokesman , said so .", {}),
        # Function words before the kind: a member of a band is a person.
        ("Jo Bain , a member of the band , said so .", {}),
        # "the" is no indefinite description; a place is no organisation here.
        ("Separately , the company said so .", {}),
        ("They met in Lagos , a city .", {"Lagos": "GPE"}),
        ("They met in Lagos , a company town that grew .", {"Lagos": "GPE"}),
        # Nothing before the comma that could be a name.
        ("Then , a company said so .", {}),
    ],
)
def test_no_name_without_such_a_description(blank, text, ents):
    assert spans(blank, text, ents) == []


@pytest.mark.parametrize(
    "text", ["", ",", ", a", "X , a", "X , a firm", ", an company"]
)
def test_junk_never_raises(blank, text):
    spans(blank, text)
