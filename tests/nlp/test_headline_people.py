"""The headline's person for the body's family name alone: hand-set entities and
links on a blank English pipeline, so these test the rule, not the model. Names
are invented."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.nlp.headline_people import headline_family_names

NLP = spacy.blank("en")


def _doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    """`text` with PERSON entities (text, link) given in text order."""
    doc = NLP(text)
    spans, at = [], 0
    for name, link in ents:
        start = doc.text.index(name, at)
        at = start + len(name)
        s = doc.char_span(start, at)
        spans.append(Span(doc, s.start, s.end, label="PERSON", kb_id=link))
    doc.ents = spans
    return doc


def _links(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.kb_id_) for e in doc.ents]


HEAD = "Justin Vantreight is not immune"
BODY = (
    "Vantreight might sense a storm . He took the office his father , "
    "Pierre Vantreight , held . Vantreight said no ."
)
BODY_LINKS = [
    ("Vantreight", "Pierre Vantreight"),
    ("Pierre Vantreight", "Pierre Vantreight"),
    ("Vantreight", "Pierre Vantreight"),
]


def test_the_family_name_used_before_the_bodys_full_name_is_the_headlines_person():
    head = _doc(HEAD, [("Justin Vantreight", "Justin Vantreight")])
    body = _doc(BODY, BODY_LINKS)
    headline_family_names([head], body)
    assert _links(body) == [
        ("Vantreight", "Justin Vantreight"),
        ("Pierre Vantreight", "Pierre Vantreight"),
        ("Vantreight", "Justin Vantreight"),
    ]


def test_a_person_the_body_introduces_first_keeps_the_family_name():
    head = _doc(
        "Ivana Vantreight opens a shop", [("Ivana Vantreight", "Ivana Vantreight")]
    )
    text = "Donald Vantreight spoke . Vantreight said no ."
    links = [
        ("Donald Vantreight", "Donald Vantreight"),
        ("Vantreight", "Donald Vantreight"),
    ]
    body = _doc(text, links)
    headline_family_names([head], body)
    assert _links(body) == links


def test_the_bodys_own_links_stand_when_it_names_the_headlines_person():
    head = _doc(HEAD, [("Justin Vantreight", "Justin Vantreight")])
    text = BODY + " Justin Vantreight left ."
    links = BODY_LINKS + [("Justin Vantreight", "Justin Vantreight")]
    body = _doc(text, links)
    headline_family_names([head], body)
    assert _links(body) == links


def test_an_unlinked_family_name_no_given_name_or_a_misfit_title_stays():
    # unlinked: left to the corpus
    head = _doc(HEAD, [("Justin Vantreight", "Justin Vantreight")])
    body = _doc("Vantreight said no .", [("Vantreight", "Vantreight")])
    headline_family_names([head], body)
    assert _links(body) == [("Vantreight", "Vantreight")]
    # a headline "name" whose first word is no given name
    head = _doc(
        "Storms Vantreight is not immune", [("Storms Vantreight", "Storms Vantreight")]
    )
    body = _doc(BODY, BODY_LINKS)
    headline_family_names([head], body)
    assert _links(body) == BODY_LINKS
    # "Mrs" does not fit a man's first name
    head = _doc(HEAD, [("Justin Vantreight", "Justin Vantreight")])
    text = "Mrs Vantreight smiled . Her husband , Pierre Vantreight , spoke ."
    links = [
        ("Vantreight", "Pierre Vantreight"),
        ("Pierre Vantreight", "Pierre Vantreight"),
    ]
    body = _doc(text, links)
    headline_family_names([head], body)
    assert _links(body) == links


def test_two_headline_people_of_one_family_name_link_nothing_and_junk_never_raises():
    head = _doc(
        "Justin and Sophie Vantreight : Justin Vantreight and Anna Vantreight wed",
        [
            ("Justin Vantreight", "Justin Vantreight"),
            ("Anna Vantreight", "Anna Vantreight"),
        ],
    )
    body = _doc(BODY, BODY_LINKS)
    headline_family_names([head], body)
    assert _links(body) == BODY_LINKS
    for text in ("", " ", "!!", "Vantreight"):
        headline_family_names([NLP(text)], NLP(text))
    headline_family_names([], _doc(BODY, BODY_LINKS))
