"""Acronym linking in the pipeline: labels and link keys on every mention of an
acronym.
"""

from __future__ import annotations

import pytest

TEXT = (
    "The Harbour Safety Authority ( HSA ) and the Ministry of Roads and Ports ( MRP ) "
    "signed a memorandum of understanding ( MoU ) on Tuesday . HSA will inspect the "
    "docks . Under the MoU , MRP pays for the work ."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def ents_of(doc, text):
    return [(e.label_, e.id_, e.kb_id_) for e in doc.ents if e.text == text]


def test_every_acronym_mention_is_linked_to_its_long_form(doc):
    assert (
        ents_of(doc, "HSA")
        == [("ORG", "acronym:short-form", "Harbour Safety Authority")] * 2
    )
    assert (
        ents_of(doc, "MRP")
        == [("ORG", "acronym:short-form", "Ministry of Roads and Ports")] * 2
    )


def test_long_forms_are_organisations_keyed_by_their_canonical_name(doc):
    assert [
        (e.label_, e.kb_id_) for e in doc.ents if e.text == "Harbour Safety Authority"
    ] == [("ORG", "Harbour Safety Authority")]
    assert [
        (e.label_, e.kb_id_)
        for e in doc.ents
        if e.text == "Ministry of Roads and Ports"
    ] == [("ORG", "Ministry of Roads and Ports")]


def test_acronym_of_a_common_noun_phrase_is_no_entity(doc):
    assert ents_of(doc, "MoU") == []
    assert not [e for e in doc.ents if "memorandum" in e.text]


def test_reverse_form_and_possessive(nlp):
    doc = nlp("NGB ( National Grain Board ) raised prices . NGB 's chief said so .")
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ == "ORG"] == [
        ("NGB", "ORG", "National Grain Board"),
        ("National Grain Board", "ORG", "National Grain Board"),
        ("NGB", "ORG", "National Grain Board"),
    ]


def test_acronym_mention_wins_over_the_models_place_label(nlp):
    doc = nlp(
        "The Coastal Shipping Agency (CSA) of Norland said CSA inspectors found "
        "nothing. CSA said so."
    )
    assert {e.label_ for e in doc.ents if e.text == "CSA"} == {"ORG"}


@pytest.mark.parametrize(
    ("long", "inside", "label"),
    [
        ("United Norland Air Force", "United Norland", "ORG"),
        ("Norland Coast Guard", "Norland", "ORG"),
        ("Norland Central Command", "Norland", "ORG"),
        # A law's head word: a law, whatever the model called part of it.
        ("Norland Fair Care Act", "Norland", "LAW"),
        ("Norland Free Trade Agreement", "Norland", "LAW"),
        ("Treaty of Norland", "Norland", "LAW"),
        # ... when it heads the name: a government "of National Accord" is none
        ("Government of Norland Accord", "Norland", "GPE"),
        # Negative: no body's head word, the label of what covers most of it.
        ("United Norland Republic", "United Norland", "GPE"),
    ],
)
def test_a_long_form_ending_in_a_body_is_an_organisation(long, inside, label):
    import spacy
    from spacy.tokens import Span

    from pipeline.nlp.acronym_linker import _long_form_label

    doc = spacy.blank("en")(f"The {long} said so .")
    n = len(long.split())
    covered = Span(doc, 1, 1 + len(inside.split()), label="GPE")
    assert _long_form_label([covered], Span(doc, 1, 1 + n)) == label


def _hand_doc(text: str, ents: list[tuple[str, str]]):
    import spacy

    doc = spacy.blank("en")(text)
    spans = []
    for what, label in ents:
        start = text.index(what)
        spans.append(doc.char_span(start, start + len(what), label=label))
    doc.ents = spans
    return doc


def test_an_acronym_in_brackets_after_a_named_organisation_is_its_own():
    from pipeline.nlp.acronym_linker import link_acronyms

    # Letters of another language: the text pairing alone would not take them.
    doc = _hand_doc(
        "The Norland Workers' Party ( PKN ) denied it . PKN said so .",
        [("Norland Workers' Party", "ORG")],
    )
    got = [(e.text, e.label_, e.kb_id_) for e in link_acronyms(doc)]
    assert got == [
        ("Norland Workers' Party", "ORG", "Norland Workers' Party"),
        ("PKN", "ORG", "Norland Workers' Party"),
        ("PKN", "ORG", "Norland Workers' Party"),
    ]


def test_an_acronym_before_a_bracket_holding_a_named_organisation_is_its_own():
    from pipeline.nlp.acronym_linker import link_acronyms

    doc = _hand_doc(
        "The PKN ( Norland Workers' Party ) denied it . PKN said so .",
        [("PKN", "ORG"), ("Norland Workers' Party", "ORG")],
    )
    got = [(e.text, e.label_, e.kb_id_) for e in link_acronyms(doc)]
    assert got == [
        ("PKN", "ORG", "Norland Workers' Party"),
        ("Norland Workers' Party", "ORG", "Norland Workers' Party"),
        ("PKN", "ORG", "Norland Workers' Party"),
    ]


@pytest.mark.parametrize(
    "text,ents",
    [
        # the bracket holds more than the organisation
        (
            "The PKN ( Norland Workers' Party , banned ) denied it .",
            [("Norland Workers' Party", "ORG")],
        ),
        # text in capitals: every word looks like an acronym
        (
            "RAID ON EL PKN ( NORLAND WORKERS PARTY ) CAMP",
            [("NORLAND WORKERS PARTY", "ORG")],
        ),
        # a one-word organisation, a place, an acronym inside a person's name
        ("The PKN ( Acme ) denied it .", [("Acme", "ORG")]),
        ("The PKN ( North Norland ) voted .", [("North Norland", "GPE")]),
        (
            "Ode PKN ( Norland Workers' Party ) spoke .",
            [("Ode PKN", "PERSON"), ("Norland Workers' Party", "ORG")],
        ),
    ],
)
def test_a_bracket_not_holding_just_a_named_organisation_pairs_nothing(text, ents):
    from pipeline.nlp.acronym_linker import link_acronyms

    doc = _hand_doc(text, ents)
    assert [(e.text, e.label_, e.kb_id_) for e in link_acronyms(doc)] == [
        (what, label, "") for what, label in ents
    ]


def test_a_bracket_after_a_place_or_a_one_word_name_pairs_nothing():
    from pipeline.nlp.acronym_linker import link_acronyms

    doc = _hand_doc(
        "Norland ( PKN ) and Acme ( XYZ ) met .", [("Norland", "GPE"), ("Acme", "ORG")]
    )
    assert [(e.text, e.label_) for e in link_acronyms(doc)] == [
        ("Norland", "GPE"),
        ("Acme", "ORG"),
    ]


def test_a_long_form_inside_a_non_entity_match_is_no_name():
    from pipeline.nlp.acronym_linker import link_acronyms
    from pipeline.nlp.entity_merge import NONENT_SPANS_KEY

    text = "Acme 's Global Depositary Receipts ( GDRs ) rose . The GDRs fell ."
    ents = [("Global Depositary Receipts", "ORG"), ("Acme", "ORG")]
    doc = _hand_doc(text, ents)
    # Without the non-entity match the pair makes an organisation of them.
    assert [e.text for e in link_acronyms(doc)] == [
        "Acme",
        "Global Depositary Receipts",
        "GDRs",
        "GDRs",
    ]
    start = text.index("Global")
    doc.spans[NONENT_SPANS_KEY] = [
        doc.char_span(start, start + len("Global Depositary Receipts"), label="NONENT")
    ]
    assert [e.text for e in link_acronyms(doc)] == ["Acme"]


def test_a_term_acronym_is_an_organisation_only_where_the_article_defines_it(nlp):
    # "AI" is lexicon term_acronyms (artificial intelligence, no name): an article
    # that writes it as an organisation's short form still links it.
    defined = nlp("The Amara Institute ( AI ) spoke on Monday . AI 's head said so .")
    assert (
        ents_of(defined, "AI") == [("ORG", "acronym:short-form", "Amara Institute")] * 2
    )
    assert ents_of(nlp("Kestrel is a Beijing-based AI company ."), "AI") == []
