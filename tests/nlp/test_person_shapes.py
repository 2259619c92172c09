"""People's name shapes on a blank pipeline with hand-set model entities: a model
ORG of first names and a particle, or of two hyphenated first names, and one more
word is a person, and so is a name listed between two people (a name beside a
job title: test_title_names)."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of, spans_in_order

from pipeline.nlp.entity_cues import apply_model_cues
from pipeline.nlp.person_shapes import (
    AFTER_ORG_RULE,
    DOUBLE_FIRST_NAME_RULE,
    GROUP_RULE,
    HONORIFIC_RULE,
    LIST_RULE,
    definite_name,
    group_of_people,
    people_of_group,
    person_after_glued_honorific,
    person_after_org_possessive,
    person_by_shape,
    person_in_name_list,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _cue(nlp, text, name, label="ORG"):
    doc = nlp(text)
    ent = span_of(doc, name, label)
    doc.ents = [ent]
    out = person_by_shape(doc, ent)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Hans-Peter Vollmar became president on Sunday .", "Hans-Peter Vollmar"),
        ("The ally of Marie-Claire Dubrec spoke .", "Marie-Claire Dubrec"),
    ],
)
def test_two_hyphenated_first_names_and_a_surname_are_a_person(nlp, text, name):
    assert _cue(nlp, text, name) == (name, "PERSON", DOUBLE_FIRST_NAME_RULE)


def test_a_particle_name_is_a_person_under_the_models_id(nlp):
    assert _cue(nlp, "Yvette de Marsac spoke .", "Yvette de Marsac") == (
        "Yvette de Marsac",
        "PERSON",
        "",
    )


@pytest.mark.parametrize(
    "text,name,label",
    [
        # The last word is an organisation word.
        ("Jean-Paul Industries cut jobs .", "Jean-Paul Industries", "ORG"),
        # Not both halves first names.
        ("Hewlett-Packard Enterprise cut jobs .", "Hewlett-Packard Enterprise", "ORG"),
        ("Rolls-Royce Vantor cut jobs .", "Rolls-Royce Vantor", "ORG"),
        # "al" is a first name to gender-guesser, but a lower-case article here.
        ("The al-Nadeem Centre treats victims .", "al-Nadeem Centre", "ORG"),
        # Two surname words, or one: not the shape.
        ("Hans-Peter Vollmar Brandt spoke .", "Hans-Peter Vollmar Brandt", "ORG"),
        ("Hans-Peter spoke .", "Hans-Peter", "ORG"),
        # Only a model ORG is relabelled.
        ("Hans-Peter Vollmar spoke .", "Hans-Peter Vollmar", "GPE"),
    ],
)
def test_other_shapes_stay(nlp, text, name, label):
    assert _cue(nlp, text, name, label) is None


def _listed(nlp, text, ents):
    """person_in_name_list on the middle of three hand-set (text, label) entities."""
    doc = nlp(text)
    before, ent, after = spans_in_order(doc, ents)
    doc.ents = [before, ent, after]
    out = person_in_name_list(doc, ent, before, after)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,ents",
    [
        (
            "The squad : Anna Berg , Ivo Tamm and Lena Holt .",
            [("Anna Berg", "PERSON"), ("Ivo Tamm", "ORG"), ("Lena Holt", "PERSON")],
        ),
        # A team sheet numbers its players.
        (
            "Pack : 5 - Olaf Rist , 4 - Ivo Tamm , 3 - Per Lund .",
            [("Olaf Rist", "PERSON"), ("Ivo Tamm", "ORG"), ("Per Lund", "PERSON")],
        ),
        # One word, between a semicolon and a comma.
        (
            "Did not bat : Rist ; Tamm , Lund .",
            [("Rist", "PERSON"), ("Tamm", "ORG"), ("Lund", "PERSON")],
        ),
    ],
)
def test_a_name_listed_between_two_people_is_a_person(nlp, text, ents):
    assert _listed(nlp, text, ents) == (ents[1][0], "PERSON", LIST_RULE)


@pytest.mark.parametrize(
    "text,ents",
    [
        # An organisation word, a firm's last word, a known place.
        (
            "By Anna Berg , Tamm University and Lena Holt .",
            [
                ("Anna Berg", "PERSON"),
                ("Tamm University", "ORG"),
                ("Lena Holt", "PERSON"),
            ],
        ),
        (
            "Anna Berg , Salomon Bros and Lena Holt met .",
            [("Anna Berg", "PERSON"), ("Salomon Bros", "ORG"), ("Lena Holt", "PERSON")],
        ),
        (
            "Anna Berg , Kyoto and Lena Holt met .",
            [("Anna Berg", "PERSON"), ("Kyoto", "ORG"), ("Lena Holt", "PERSON")],
        ),
        # Words, not separators, between the names.
        (
            "Anna Berg joined Ivo Tamm with Lena Holt .",
            [("Anna Berg", "PERSON"), ("Ivo Tamm", "ORG"), ("Lena Holt", "PERSON")],
        ),
        # A person on one side only.
        (
            "Anna Berg , Ivo Tamm and Kyoto met .",
            [("Anna Berg", "PERSON"), ("Ivo Tamm", "ORG"), ("Kyoto", "GPE")],
        ),
        # Capitals are a headline's or an acronym's, four words no one's name.
        (
            "Anna Berg , IVO TAMM and Lena Holt .",
            [("Anna Berg", "PERSON"), ("IVO TAMM", "ORG"), ("Lena Holt", "PERSON")],
        ),
        (
            "Anna Berg , Ivo Tamm Per Lund and Lena Holt .",
            [
                ("Anna Berg", "PERSON"),
                ("Ivo Tamm Per Lund", "ORG"),
                ("Lena Holt", "PERSON"),
            ],
        ),
    ],
)
def test_other_listed_names_stay(nlp, text, ents):
    assert _listed(nlp, text, ents) is None


@pytest.mark.parametrize(
    "text,name,person",
    [
        ("Where Mr-Okafor-was living .", "Mr-Okafor", "Okafor"),
        ("Ms-Le Brun said so .", "Ms-Le Brun", "Le Brun"),
        ("Dr-Amadi spoke .", "Dr-Amadi", "Amadi"),
    ],
)
def test_a_name_glued_to_a_courtesy_title_is_a_person(nlp, text, name, person):
    doc = nlp(text)
    ent = span_of(doc, name, "ORG")
    out = person_after_glued_honorific(doc, ent)
    assert (out.text, out.label_, out.id_) == (person, "PERSON", HONORIFIC_RULE)


@pytest.mark.parametrize(
    "text,name,label",
    [
        # With a space a courtesy title may open a brand's name.
        ("He drank Dr Amadi Cola .", "Dr Amadi Cola", "ORG"),
        ("Mr - Okafor spoke .", "Mr - Okafor", "ORG"),
        # A lower-case word after the hyphen; not an ORG.
        ("Mr-big spoke .", "Mr-big", "ORG"),
        ("Mr-Okafor spoke .", "Mr-Okafor", "GPE"),
    ],
)
def test_other_courtesy_title_shapes_stay(nlp, text, name, label):
    doc = nlp(text)
    assert person_after_glued_honorific(doc, span_of(doc, name, label)) is None


@pytest.mark.parametrize(
    "text,name,group",
    [
        # a plural title ends a group's name, not a person's
        ("Several Norland MPs voted against it .", "Norland MPs", True),
        ("Prosecutors said the case was closed .", "Prosecutors", True),
        ("Gynecologists said the fees rose .", "Gynecologists", True),
        # an acronym's plural is no family name, even after a first name
        ("Tory MPs walked out .", "Tory MPs", True),
        # a plural word after a first name may be a family name
        ("Ben Fellows said so .", "Ben Fellows", False),
        ("Ida Masters said so .", "Ida Masters", False),
        ("Ida Berg said so .", "Ida Berg", False),
    ],
)
def test_a_plural_title_ends_a_group_not_a_person(nlp, text, name, group):
    doc = nlp(text)
    ent = span_of(doc, name, "PERSON")
    assert group_of_people(ent) is group
    # the cues drop it from the model's entities
    assert [e.text for e in apply_model_cues(doc, [ent])] == ([] if group else [name])
    # an organisation so named is none of this rule's business
    assert not group_of_people(span_of(doc, name, "ORG"))


@pytest.mark.parametrize(
    "text,name,label,expected",
    [
        ("Raids hit the Varnese minority again .", "Varnese", "PERSON", True),
        ("Elders of the Korrah clan met .", "Korrah", "ORG", True),
        # a seat of government (lexicon government_seats)
        ("Rival Kremlin clans met .", "Kremlin", "ORG", False),
        ("The Korrah and Varnese ethnic groups met .", "Varnese", "ORG", True),
        ("Thousands of ethnic Varnese fled .", "Varnese", "PERSON", True),
        # an acronym: "non-EU migrants", "the UN minority report"
        ("The KRA minority report came out .", "KRA", "ORG", False),
        # no group noun after it
        ("Varnese said the minority was safe .", "Varnese", "PERSON", False),
        # an organisation's word, and a noun that opens a title
        ("The Senate minority voted .", "Senate", "ORG", False),
        ("Varnese minority leader Jo Lee spoke .", "Varnese", "ORG", False),
        ("The Korrah ethnic cleansing began .", "Korrah", "ORG", False),
        # two words: a person ("Anna Varnese minority leader" is no people)
        ("Anna Varnese minority leader spoke .", "Anna Varnese", "PERSON", False),
        # a label other than the model's PERSON or ORG stays
        ("The Varnese minority voted .", "Varnese", "NORP", False),
    ],
)
def test_a_name_before_a_group_noun_is_a_people(nlp, text, name, label, expected):
    doc = nlp(text)
    ent = span_of(doc, name, label)
    doc.ents = [ent]
    out = people_of_group(doc, ent)
    assert (out is not None) == expected
    if expected:
        assert (out.text, out.label_, out.id_) == (name, "NORP", GROUP_RULE)


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("Barges sail along the Varne or the Elbe .", "Varne", True),
        ("He spoke in the Seanor , then left .", "Seanor", True),
        ("They sailed up the Varne .", "Varne", True),
        # the word after leads on: someone's
        ("Aides to the Holt administration met .", "Holt", False),
        ("Critics of the Holt-era rules met .", "Holt", False),
        ("Questions about the Holt 's ties grew .", "Holt", False),
        ("He is the Shakespeare of rock .", "Shakespeare", False),
        # no "the", or two words
        ("Aides to Holt and others met .", "Holt", False),
        ("He met the Ana Holt , a singer .", "Ana Holt", False),
    ],
)
def test_a_name_the_article_opens_and_ends_is_no_person(nlp, text, name, expected):
    doc = nlp(text)
    ent = span_of(doc, name, "PERSON")
    doc.ents = [ent]
    assert definite_name(doc, ent) == expected


def test_a_definite_name_takes_the_models_other_reading_or_goes(nlp):
    doc = nlp("Barges sail along the Varne , and Varne towns flood . The Elbe , too .")
    doc.ents = spans_in_order(
        doc, [("Varne", "PERSON"), ("Varne", "LOC"), ("Elbe", "PERSON")]
    )
    assert [(e.text, e.label_) for e in apply_model_cues(doc, list(doc.ents))] == [
        ("Varne", "LOC"),
        ("Varne", "LOC"),
    ]


def test_a_familys_plural_stays_a_person(nlp):
    doc = nlp("Donors met the Varnholts , and Dora Varnholt spoke .")
    doc.ents = spans_in_order(
        doc, [("Varnholts", "PERSON"), ("Dora Varnholt", "PERSON")]
    )
    assert definite_name(doc, doc.ents[0], list(doc.ents)) is False
    assert definite_name(doc, doc.ents[0]) is True  # no family name to go by


def test_an_epithet_after_a_name_stays_a_person(nlp):
    doc = nlp("He met Marvin the Torch , a fixer .")
    doc.ents = spans_in_order(doc, [("Marvin", "PERSON"), ("Torch", "PERSON")])
    assert definite_name(doc, doc.ents[1], list(doc.ents)) is False
    assert definite_name(doc, doc.ents[1], [doc.ents[1]]) is True


def _after_org(nlp, text, org, name, org_label="ORG", label="ORG"):
    doc = nlp(text)
    before, ent = span_of(doc, org, org_label), span_of(doc, name, label)
    doc.ents = [before, ent]
    out = person_after_org_possessive(doc, ent, before)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,org,name,label",
    [
        ("Norvik Radio's Wendy Tamm , reporting from Oslo , said so .", "Norvik Radio",
         "Wendy Tamm", "ORG"),
        ("Acme Corp\u2019s Carla Brann said sales rose .", "Acme Corp", "Carla Brann",
         "GPE"),
    ],
)  # fmt: skip
def test_a_name_after_an_organisations_possessive_is_its_person(
    nlp, text, org, name, label
):
    assert _after_org(nlp, text, org, name, label=label) == (
        name,
        "PERSON",
        AFTER_ORG_RULE,
    )


@pytest.mark.parametrize(
    "text,org,name,org_label",
    [
        # a place's, not an organisation's
        ("Norvik's Wendy Tamm said so .", "Norvik", "Wendy Tamm", "GPE"),
        # no possessive between them
        ("Norvik Radio and Wendy Tamm said so .", "Norvik Radio", "Wendy Tamm", "ORG"),
        # a programme or unit named after the name
        ("He told Norvik Radio's Wendy Tamm programme so .", "Norvik Radio",
         "Wendy Tamm", "ORG"),
        # no person's shape: a common word, an organisation word
        ("Norvik Radio's General Staff said so .", "Norvik Radio", "General Staff",
         "ORG"),
        ("Norvik Radio's Wendy School said so .", "Norvik Radio", "Wendy School",
         "ORG"),
        # a common word first, a place's word last
        ("Norvik Radio's Fairy Tales sold well .", "Norvik Radio", "Fairy Tales",
         "ORG"),
        ("Norvik Radio's Wendy Island studio opened .", "Norvik Radio",
         "Wendy Island", "ORG"),
    ],
)  # fmt: skip
def test_names_after_a_possessive_that_stay(nlp, text, org, name, org_label):
    assert _after_org(nlp, text, org, name, org_label=org_label) is None
