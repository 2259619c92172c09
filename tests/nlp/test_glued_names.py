"""The cut of a person's name off the organisation before it (nlp.glued_names), on a
blank pipeline with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import rule_rows

from pipeline.nlp.glued_names import HEAD_ID, PERSON_ID, PLACE_ID, split_glued_names


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _split(nlp, text: str, ents: list[tuple[str, str]]):
    return rule_rows(split_glued_names, nlp, text, ents)


def test_an_organisation_by_its_head_word_gives_up_the_name_after_it(nlp):
    text = "The governor of the Bank of Ruritania Elvira Ostrova spoke ."
    got = _split(nlp, text, [("Bank of Ruritania Elvira Ostrova", "ORG")])
    assert got == [
        ("Bank of Ruritania", "ORG", HEAD_ID),
        ("Elvira Ostrova", "PERSON", PERSON_ID),
    ]


def test_a_family_name_the_article_gives_a_person_is_evidence(nlp):
    text = "A letter from Rostavia Elvira Ostrova came . Ostrova said no ."
    ents = [("Rostavia Elvira Ostrova", "ORG"), ("Ostrova", "PERSON")]
    assert _split(nlp, text, ents) == [
        ("Rostavia", "ORG", HEAD_ID),
        ("Elvira Ostrova", "PERSON", PERSON_ID),
        ("Ostrova", "PERSON", ""),
    ]
    # Without it, a head that is no organisation by its shape keeps the name.
    assert _split(nlp, "A letter from Rostavia Elvira Ostrova came .", ents[:1]) == [
        ("Rostavia Elvira Ostrova", "ORG", "")
    ]


def test_a_country_before_the_name_is_the_place_when_the_article_names_him(nlp):
    text = "The president of Kosovo Hashim Berisha met them . Berisha smiled ."
    ents = [("Kosovo Hashim Berisha", "ORG"), ("Berisha", "PERSON")]
    assert _split(nlp, text, ents)[:2] == [
        ("Kosovo", "GPE", PLACE_ID),
        ("Hashim Berisha", "PERSON", PERSON_ID),
    ]
    # a country before a company's name: "Taiping" is no family name here
    text = "Shares of China Taiping Reinsurance rose ."
    got = _split(nlp, text, [("China Taiping Reinsurance", "ORG")])
    assert got == [("China Taiping Reinsurance", "ORG", "")]


def test_a_portfolio_joined_by_a_hyphen_is_dropped(nlp):
    text = "Minister for Health-Simon Dalton said so ."
    got = _split(nlp, text, [("Health-Simon Dalton", "ORG")])
    assert got == [("Simon Dalton", "PERSON", PERSON_ID)]


@pytest.mark.parametrize(
    "text, name, person",
    [
        # the last word is a common word or names organisations
        ("He read The New York Times today .", "The New York Times", ""),
        ("She joined the US Marine Corps .", "US Marine Corps", ""),
        ("The UN General Assembly voted .", "UN General Assembly", ""),
        ("The China Art Academy opened .", "China Art Academy", ""),
        # a particle is no first name, whatever gender-guesser says
        ("Copa Di Vino sells wine . Vino said .", "Copa Di Vino", "Vino"),
        # the two words are a place together
        ("The Hebrew School of Ann Arbor met .", "Hebrew School of Ann Arbor", ""),
        # what comes before is no name of its own, even with the family name
        (
            "The Party for Freedom of Geert Wilders won . Wilders smiled .",
            "Party for Freedom of Geert Wilders",
            "Wilders",
        ),
        ("Mr L Paul Okafor spoke . Okafor left .", "L Paul Okafor", "Okafor"),
        # the head ends in a first name, or the first name completes a place
        (
            "Marcus Alvin Okafor wrote it . Okafor won .",
            "Marcus Alvin Okafor",
            "Okafor",
        ),
        ("Sierra Leone Sesay said . Sesay left .", "Sierra Leone Sesay", "Sesay"),
        # a first name that is a common word needs the family name elsewhere
        ("The Institute of Fine Arts opened .", "Institute of Fine Arts", ""),
    ],
)
def test_names_that_are_organisations_stay_whole(nlp, text, name, person):
    ents = [(name, "ORG")] + ([(person, "PERSON")] if person else [])
    got = _split(nlp, text, ents)
    assert got[0] == (name, "ORG", "")


def test_short_or_other_entities_are_left_alone(nlp):
    text = "Elvira Ostrova of Acme Elvira spoke ."
    ents = [("Elvira Ostrova", "PERSON"), ("Acme Elvira", "ORG")]
    assert _split(nlp, text, ents) == [
        ("Elvira Ostrova", "PERSON", ""),
        ("Acme Elvira", "ORG", ""),
    ]


@pytest.mark.parametrize(
    "text, ent, want",
    [
        # a constituency run into the member's name after "MP for"
        (
            "Labour 's MP for Marlow North Elvira Ostrova said no .",
            "Marlow North Elvira Ostrova",
            [
                ("Marlow North", "GPE", PLACE_ID),
                ("Elvira Ostrova", "PERSON", PERSON_ID),
            ],
        ),
        (
            "The Member of Parliament for Marlow Elvira Ostrova said no .",
            "Marlow Elvira Ostrova",
            [("Marlow", "GPE", PLACE_ID), ("Elvira Ostrova", "PERSON", PERSON_ID)],
        ),
        # no constituency title before "for", or a name of three words: whole
        (
            "He thanked Marlow Elvira Ostrova for the help .",
            "Marlow Elvira Ostrova",
            [("Marlow Elvira Ostrova", "PERSON", "")],
        ),
        (
            "A gift for Mary Elvira Ostrova came .",
            "Mary Elvira Ostrova",
            [("Mary Elvira Ostrova", "PERSON", "")],
        ),
        (
            "The MP for Mary Elvira Ostrova spoke .",
            "Mary Elvira Ostrova",
            [("Mary Elvira Ostrova", "PERSON", "")],
        ),
    ],
)
def test_a_constituency_run_into_a_members_name_is_cut_off(nlp, text, ent, want):
    assert _split(nlp, text, [(ent, "PERSON")]) == want


def test_a_place_or_acronym_run_into_a_family_name_alone_is_cut(nlp):
    text = "Vera Ostrova met the envoy to the U.S. Ostrova and Lund spoke twice ."
    ents = [("Vera Ostrova", "PERSON"), ("U.S. Ostrova", "ORG")]
    assert _split(nlp, text, ents) == [
        ("Vera Ostrova", "PERSON", ""),
        ("U.S.", "GPE", PLACE_ID),
        ("Ostrova", "PERSON", PERSON_ID),
    ]
    text = "Vera Ostrova spoke . By Tom Lee , CNN Ostrova asserted it ."
    ents = [("Vera Ostrova", "PERSON"), ("Tom Lee", "PERSON"), ("CNN Ostrova", "ORG")]
    assert _split(nlp, text, ents)[2:] == [
        ("CNN", "ORG", HEAD_ID),
        ("Ostrova", "PERSON", PERSON_ID),
    ]


@pytest.mark.parametrize(
    "text, ents",
    [
        # no one of that family name is named in full
        ("Talks in Libya Ostrova rejected .", [("Libya Ostrova", "ORG")]),
        # a head that is neither a place nor an acronym
        (
            "Vera Ostrova spoke . Rostavia Ostrova won .",
            [("Vera Ostrova", "PERSON"), ("Rostavia Ostrova", "ORG")],
        ),
        # a common word or an organisation's word is no family name
        (
            "Vera Bank spoke . The Libya Bank lent .",
            [("Vera Bank", "PERSON"), ("Libya Bank", "ORG")],
        ),
    ],
)
def test_without_a_named_family_name_or_a_place_the_organisation_stays(nlp, text, ents):
    got = _split(nlp, text, ents)
    assert got[-1] == (ents[-1][0], "ORG", "")


def test_an_acronym_that_is_also_a_town_stays_an_organisation(nlp):
    text = "Nikki Ostrova spoke . The envoy to the UN Ostrova said so ."
    ents = [("Nikki Ostrova", "PERSON"), ("UN Ostrova", "ORG")]
    assert _split(nlp, text, ents)[1:] == [
        ("UN", "ORG", HEAD_ID),
        ("Ostrova", "PERSON", PERSON_ID),
    ]


def test_a_repeated_name_or_a_family_name_written_as_a_shop_stays(nlp):
    text = "Vera Ostrova founded Vilnius Ostrova . Vilnius Ostrova grew ."
    ents = [
        ("Vera Ostrova", "PERSON"),
        ("Vilnius Ostrova", "ORG"),
        ("Vilnius Ostrova", "PERSON"),  # the model's other reading counts too
    ]
    assert [r[0] for r in _split(nlp, text, ents)] == [e[0] for e in ents]
    text = "Jack Ostrova shopped at Ostrova . Dublin Ostrova shut ."
    ents = [("Jack Ostrova", "PERSON"), ("Ostrova", "ORG"), ("Dublin Ostrova", "ORG")]
    assert _split(nlp, text, ents)[-1] == ("Dublin Ostrova", "ORG", "")


def test_a_hyphenated_name_is_no_place_run_into_a_family_name(nlp):
    text = "Vera Ostrova spoke . Lyon-Ostrova said no ."
    ents = [("Vera Ostrova", "PERSON"), ("Lyon-Ostrova", "ORG")]
    assert _split(nlp, text, ents)[-1] == ("Lyon-Ostrova", "ORG", "")
