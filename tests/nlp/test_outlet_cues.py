"""Outlet cues on a blank pipeline with hand-set model entities: a person's name
right before a kind of news outlet is an organisation; a chemical weapon's name
or a model number before its kind is a product."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of
from spacy.tokens import Span

from pipeline.nlp.outlet_cues import (
    KIND_AFTER_RULE,
    org_before_kind,
    product_before_kind,
)
from pipeline.nlp.product_cues import AGENT_RULE, CODE_RULE, vessels


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _cue(nlp, text, name, label, others=()):
    doc = nlp(text)
    ent = span_of(doc, name, label)
    # Other model entities of the text, for the owner test.
    doc.ents = [ent, *(span_of(doc, n, lab) for n, lab in others)]
    out = org_before_kind(doc, ent)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("The Varnok news agency reported the raid .", "Varnok", "PERSON"),
        ("The VARNA news agency said so .", "VARNA", "PERSON"),
        # One word that is also a given name is the outlet's name.
        ("The SANA news agency said so .", "SANA", "PERSON"),
        ("A Kestrelblatt tabloid printed it .", "Kestrelblatt", "PERSON"),
        (
            "The Varnok Times newspaper said the talks failed .",
            "Varnok Times",
            "PERSON",
        ),
        ("The Drum Report website ran the story .", "Drum Report", "WORK_OF_ART"),
        ("The Kestrel TV channel aired it .", "Kestrel", "PERSON"),
        # What only a business has.
        ("Pay with the Varnopay app in shops .", "Varnopay", "PERSON"),
        ("Varnok customers queued for hours .", "Varnok", "PERSON"),
        ("Kestrel shareholders voted it down .", "Kestrel", "PERSON"),
        ("Ada Roe , a Varnok employee , saw it .", "Varnok", "PERSON"),
    ],
)
def test_a_name_before_an_outlet_noun_is_an_organisation(nlp, text, name, label):
    assert _cue(nlp, text, name, label) == (name, "ORG", KIND_AFTER_RULE)


@pytest.mark.parametrize(
    "text,name,label,others",
    [
        # No outlet noun, or not right after the name.
        ("Varnok said the news agency lied .", "Varnok", "PERSON", ()),
        ("Varnok 's newspaper closed .", "Varnok", "PERSON", ()),
        ("The Varnok News Agency said so .", "Varnok", "PERSON", ()),
        ("Varnok supporters queued for hours .", "Varnok", "PERSON", ()),
        ("Varnok 's customers queued .", "Varnok", "PERSON", ()),
        # A common word capitalised where the sentence opens.
        ("Song app is the new stage .", "Song", "PERSON", ()),
        # Apps for a platform ("Mac apps", "Android apps") are not its own.
        ("Port the Varnok apps to it .", "Varnok", "PERSON", ()),
        # A business's owner: "Ada Varnok ... Varnok customers" are hers.
        (
            "Varnok customers queued . Ada Varnok owns it .",
            "Varnok",
            "PERSON",
            (("Ada Varnok", "PERSON"),),
        ),
        # Only people and works change: a nationality stays.
        ("The Varnish news agency said so .", "Varnish", "NORP", ()),
        ("The Varnok news agency said so .", "Varnok", "GPE", ()),
        # Owners: a given name first, or a longer person's name with that end.
        ("The Rupert Varnok newspaper said so .", "Rupert Varnok", "PERSON", ()),
        (
            "The Varnok newspaper said so . Ada Varnok bought it .",
            "Varnok",
            "PERSON",
            (("Ada Varnok", "PERSON"),),
        ),
    ],
)
def test_other_names_stay(nlp, text, name, label, others):
    assert _cue(nlp, text, name, label, others) is None


def test_the_cue_keeps_the_span(nlp):
    doc = nlp("The Varnok news agency said so .")
    ent = Span(doc, 1, 2, label="PERSON")
    out = org_before_kind(doc, ent)
    assert (out.start, out.end) == (ent.start, ent.end)


@pytest.mark.parametrize(
    "text,label",
    [
        ("Tests found XQ nerve agent on the coat .", "ORG"),
        ("Tests found XQ nerve agent on the coat .", "PERSON"),
        ("Tests found XQ nerve agent on the coat .", "GPE"),
        # the kind right before the name
        ("Tests found the nerve agent XQ on the coat .", "ORG"),
        ("He was smeared with the toxic nerve agent XQ .", "WORK_OF_ART"),
    ],
)
def test_a_name_beside_a_kind_of_chemical_weapon_is_a_product(nlp, text, label):
    doc = nlp(text)
    out = product_before_kind(doc, span_of(doc, "XQ", label))
    assert (out.text, out.label_, out.id_) == ("XQ", "PRODUCT", AGENT_RULE)


@pytest.mark.parametrize(
    "text,label",
    [
        ("Tests found XQ agents on the coat .", "ORG"),  # no kind of weapon
        ("Tests found XQ nerve agent on the coat .", "NORP"),  # a nationality stays
        ("Tests found XQ Nerve Agent on the coat .", "ORG"),  # a name's own words
        # a person after the kind is who it was used on, not what it is
        ("It was the nerve agent XQ was killed with .", "PERSON"),
        ("Tests found the agent XQ on the coat .", "ORG"),  # no kind of weapon
    ],
)
def test_other_names_before_agents_stay(nlp, text, label):
    doc = nlp(text)
    assert product_before_kind(doc, span_of(doc, "XQ", label)) is None


@pytest.mark.parametrize(
    "text,code,label",
    [
        ("Rescuers flew a Kx-32 helicopter to the crash .", "Kx-32", "ORG"),
        ("A Mx-8 helicopter landed .", "Mx-8", "NORP"),
        ("They bought S-450 long-range antiaircraft missile systems .", "S-450", "ORG"),
        ("The A410M transport plane is late .", "A410M", "ORG"),
        ("Pilots of Tx-95MS strategic missile carriers took off .", "Tx-95MS", "GPE"),
        ("It launched WGX-9 military communications satellites .", "WGX-9", "ORG"),
        ("The old S71 models were grounded .", "S71", "PERSON"),
    ],
)
def test_a_model_number_before_a_kind_of_machine_is_a_product(nlp, text, code, label):
    doc = nlp(text)
    out = product_before_kind(doc, span_of(doc, code, label))
    assert (out.text, out.label_, out.id_) == (code, "PRODUCT", CODE_RULE)


@pytest.mark.parametrize(
    "text,code,label",
    [
        # A code before anything but a machine: a group, a service, a team.
        ("The G21 ministers met in Bonn .", "G21", "ORG"),
        ("Former MX5 intelligence officers spoke .", "MX5", "ORG"),
        ("The G21 host city police press system failed .", "G21", "ORG"),  # too far
        ("The G21 , missiles aside , met .", "G21", "ORG"),  # punctuation between
        # Not a model number: a name with no digit, or digits first.
        ("The Kestrel helicopter landed .", "Kestrel", "ORG"),
        ("The 3XM jets landed .", "3XM", "ORG"),
        ("Its Q3 models sold well .", "Q3", "ORG"),  # a quarter: the date rules'
        ("The Kx-32 Helicopter Company grew .", "Kx-32", "ORG"),  # a name's own words
        # Only the labels a code is taken for change: a date stays.
        ("A Kx-32 helicopter landed .", "Kx-32", "DATE"),
    ],
)
def test_other_codes_stay(nlp, text, code, label):
    doc = nlp(text)
    assert product_before_kind(doc, span_of(doc, code, label)) is None


@pytest.mark.parametrize(
    "text,name,alone,longer,rule",
    [
        (
            "Tests found XQ nerve agent . XQ kills fast , XQ Holdings said .",
            "XQ",
            (6, 7),
            (10, 12),
            AGENT_RULE,
        ),
        (
            "They sent a Kx-32 helicopter . The Kx-32 landed , Kx-32 Air said .",
            "Kx-32",
            (7, 8),
            (10, 12),
            CODE_RULE,
        ),
    ],
)
def test_other_mentions_of_the_product_follow(nlp, text, name, alone, longer, rule):
    # The name alone again is the product; a longer name opening with it is not.
    doc = nlp(text)
    product = product_before_kind(doc, span_of(doc, name, "ORG"))
    later = [Span(doc, *alone, label="ORG"), Span(doc, *longer, label="ORG")]
    got = [(e.text, e.label_, e.id_) for e in vessels(doc, [product, *later])]
    assert got == [
        (name, "PRODUCT", rule),
        (name, "PRODUCT", rule),
        (doc[longer[0] : longer[1]].text, "ORG", ""),
    ]
