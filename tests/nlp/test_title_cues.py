"""nlp.title_cues on a blank pipeline with hand-set model entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.title_cues import ORG_BEFORE_TITLE, ORG_TITLE_TAIL, org_before_title

NLP = spacy.blank("en")


def _cue(text: str, *names: str, rid: str = ""):
    doc = NLP(text)
    ents = [span_of(doc, name, "PERSON", rid) for name in names]
    return [(e.text, e.label_, e.id_) for e in org_before_title(doc, ents)]


def test_a_name_before_another_person_s_title_is_an_organisation():
    assert _cue(
        "Kestrel Vale leader Dora Blunt spoke.", "Kestrel Vale", "Dora Blunt"
    ) == [
        ("Kestrel Vale", "ORG", ORG_BEFORE_TITLE),
        ("Dora Blunt", "PERSON", ""),
    ]
    # A qualifier may come first; the model may run the name into the title.
    assert _cue(
        "Kestrel Vale deputy leader Dora Blunt spoke.", "Kestrel Vale", "Dora Blunt"
    )[0] == ("Kestrel Vale", "ORG", ORG_BEFORE_TITLE)
    assert _cue("Kestrel Vale TD Dora Blunt spoke.", "Kestrel Vale TD", "Dora Blunt")[
        0
    ] == ("Kestrel Vale", "ORG", ORG_BEFORE_TITLE)
    # The Doc's other mentions of the name go with it.
    got = _cue(
        "Kestrel Vale won. Kestrel Vale leader Dora Blunt spoke.",
        "Kestrel Vale",
        "Kestrel Vale leader",
        "Dora Blunt",
    )
    assert [g[:2] for g in got] == [
        ("Kestrel Vale", "ORG"),
        ("Kestrel Vale", "ORG"),
        ("Dora Blunt", "PERSON"),
    ]


def test_people_and_other_words_between_stay_people():
    # A first name gender-guesser knows: a person's title for another person.
    assert (
        _cue("Donald Blunt adviser Dora Roe spoke.", "Donald Blunt", "Dora Roe")[0][1]
        == "PERSON"
    )
    # After a courtesy title.
    assert (
        _cue("Mr Kestrel Vale leader Dora Blunt.", "Kestrel Vale", "Dora Blunt")[0][1]
        == "PERSON"
    )
    # No title between: two people.
    assert _cue("Kestrel Vale met Dora Blunt.", "Kestrel Vale", "Dora Blunt")[0][1] == (
        "PERSON"
    )
    # A title people hold for people; a family name standing alone.
    assert _cue("Kestrel Vale aide Dora Roe.", "Kestrel Vale", "Dora Roe")[0][1] == (
        "PERSON"
    )
    assert (
        _cue(
            "Kestrel Vale leader Dora Roe. Vale said no.",
            "Kestrel Vale",
            "Dora Roe",
            "Vale",
        )[0][1]
        == "PERSON"
    )
    # One word is too little to tell, but before a company officer's title; a
    # rule's person keeps its label.
    assert _cue("Blunt adviser Dora Roe spoke.", "Blunt", "Dora Roe")[0][1] == "PERSON"
    assert _cue("Blunt leader Dora Roe spoke.", "Blunt", "Dora Roe")[0][1] == "PERSON"
    assert _cue("Blunt said CEO Dora Roe.", "Blunt", "Dora Roe")[0][1] == "PERSON"
    assert _cue(
        "Kestrel Vale leader Dora Blunt.", "Kestrel Vale", "Dora Blunt", rid="person:x"
    )[0][1] == ("PERSON")


def test_one_word_before_a_company_officer_s_title_is_an_organisation():
    # every mention of it in the Doc, a family name standing alone or not
    got = _cue(
        "Kestrel CEO Dora Roe and Kestrel CFO Ivo Tamm spoke.",
        "Kestrel",
        "Dora Roe",
        "Kestrel",
        "Ivo Tamm",
    )
    assert [g[:2] for g in got] == [
        ("Kestrel", "ORG"),
        ("Dora Roe", "PERSON"),
        ("Kestrel", "ORG"),
        ("Ivo Tamm", "PERSON"),
    ]
    assert _cue("Kestrel chairman Dora Roe.", "Kestrel", "Dora Roe")[0] == (
        "Kestrel",
        "ORG",
        ORG_BEFORE_TITLE,
    )


def _orgs(text: str, org: str, person: str, rid: str = ""):
    doc = NLP(text)
    ents = [span_of(doc, org, "ORG", rid), span_of(doc, person, "PERSON")]
    return [(e.text, e.label_, e.id_) for e in org_before_title(doc, ents)][0]


def test_an_organisation_run_on_into_a_person_s_title_is_cut_before_it():
    # The title inside the name, or running on past it up to the person.
    assert _orgs(
        "Marlow Council Special Representative Ivo Tamm spoke.",
        "Marlow Council Special Representative",
        "Ivo Tamm",
    ) == ("Marlow Council", "ORG", ORG_TITLE_TAIL)
    assert _orgs(
        "Kestrel Executive Vice Chairman Ivo Tamm spoke.",
        "Kestrel Executive",
        "Ivo Tamm",
    ) == ("Kestrel", "ORG", ORG_TITLE_TAIL)
    # A title may hold "of" ("Chief of Staff").
    assert _orgs(
        "Marlow House Chief of Staff Ivo Tamm spoke.", "Marlow House Chief", "Ivo Tamm"
    ) == ("Marlow House", "ORG", ORG_TITLE_TAIL)
    # A name does not end in "of": the title is the later one.
    assert _orgs(
        "Office of Audit Inspector General Ivo Tamm spoke.",
        "Office of Audit Inspector General",
        "Ivo Tamm",
    ) == ("Office of Audit", "ORG", ORG_TITLE_TAIL)


def test_organisations_that_end_otherwise_are_kept_whole():
    # An organisation named for a title, with no person right after it.
    assert _orgs(
        "The Marlow Health Executive said Ivo Tamm left.",
        "Marlow Health Executive",
        "Ivo Tamm",
    ) == ("Marlow Health Executive", "ORG", "")
    # Lower-case words between: no title of the person's.
    assert _orgs(
        "Kestrel Chief engineers like Ivo Tamm.", "Kestrel Chief", "Ivo Tamm"
    ) == ("Kestrel Chief", "ORG", "")
    # A title held for a person, a head left with nothing but "The", a rule's ORG.
    assert _orgs("Kestrel Aide Ivo Tamm.", "Kestrel Aide", "Ivo Tamm")[0] == (
        "Kestrel Aide"
    )
    assert _orgs("The Economist Ivo Tamm wrote.", "The Economist", "Ivo Tamm")[0] == (
        "The Economist"
    )
    assert _orgs(
        "Kestrel Chairman Ivo Tamm.", "Kestrel Chairman", "Ivo Tamm", rid="org:x"
    ) == ("Kestrel Chairman", "ORG", "org:x")
    # The body's name ending in a title word before an apposition's comma.
    assert _orgs(
        "The Marlow Health Executive, Ivo Tamm said, was late.",
        "Marlow Health Executive",
        "Ivo Tamm",
    ) == ("Marlow Health Executive", "ORG", "")


@pytest.mark.parametrize(
    ("text", "org", "want"),
    [
        # a country's title run into an organisation
        ("Greek Finance Minister Ivo Tamm spoke.", "Greek Finance", []),
        # a courtesy title before the title: a judge, no organisation
        ("Ms Justice Ivo Tamm ruled.", "Ms Justice", []),
        # the title set off from its holder by a comma
        ("A Greek Finance Minister, Ivo Tamm, spoke.", "Greek Finance Minister", []),
    ],
)
def test_a_title_run_into_an_organisation_with_nothing_else_is_none(text, org, want):
    doc = NLP(text)
    ents = [span_of(doc, org, "ORG"), span_of(doc, "Ivo Tamm", "PERSON")]
    got = [(e.text, e.label_) for e in org_before_title(doc, ents)]
    assert got == [*want, ("Ivo Tamm", "PERSON")]


@pytest.mark.parametrize(
    ("text", "org", "between", "want"),
    [
        # the holder after an apposition's comma, a courtesy title or not
        (
            "Marlow Council MP, Ivo Tamm, spoke.",
            "Marlow Council MP",
            "",
            "Marlow Council",
        ),
        (
            "The Marlow Council Special Representative, Sir Ivo Tamm, spoke.",
            "Marlow Council Special Representative",
            "",
            "Marlow Council",
        ),
        # after what the title is for or to, with a comma or not
        (
            "The Kestrel Union Special Coordinator for Norland, Ivo Tamm, spoke.",
            "Kestrel Union Special Coordinator",
            "Norland",
            "Kestrel Union",
        ),
        (
            "Kestrel Union Special Coordinator for Norland Ivo Tamm spoke.",
            "Kestrel Union Special Coordinator",
            "Norland",
            "Kestrel Union",
        ),
        # a hyphen inside the title
        (
            "Marlow Police Inspector-General Ivo Tamm spoke.",
            "Marlow Police Inspector",
            "",
            "Marlow Police",
        ),
        # "to" a person is nothing a title is for
        (
            "They sent the Marlow Council MP to Ivo Tamm today.",
            "Marlow Council MP",
            "",
            "Marlow Council MP",
        ),
        # no holder across the comma: another name, or a second clause
        (
            "Marlow Council MP, Norland and Ivo Tamm met.",
            "Marlow Council MP",
            "Norland",
            "Marlow Council MP",
        ),
        (
            "Marlow Council MP said so, Ivo Tamm added.",
            "Marlow Council MP",
            "",
            "Marlow Council MP",
        ),
    ],
)
def test_a_title_ending_an_organisation_before_its_holder_is_cut(
    text, org, between, want
):
    doc = NLP(text)
    ents = [span_of(doc, org, "ORG")]
    if between:
        ents.append(span_of(doc, between, "GPE"))
    ents.append(span_of(doc, "Ivo Tamm", "PERSON"))
    assert [e.text for e in org_before_title(doc, ents)][0] == want


def _place_cue(text: str, place: str, *people: str):
    doc = NLP(text)
    ents = [span_of(doc, place, "GPE")] + [span_of(doc, p, "PERSON") for p in people]
    ents.sort(key=lambda e: e.start)
    return [(e.text, e.label_, e.id_) for e in org_before_title(doc, ents)]


def test_an_unknown_place_before_another_person_s_title_is_an_organisation():
    got = _place_cue(
        "Kestrelvik Commissioner Dora Roe spoke.", "Kestrelvik", "Dora Roe"
    )
    assert got[0] == ("Kestrelvik", "ORG", ORG_BEFORE_TITLE)
    # the Doc's other model places of the same text go with it
    doc = NLP("Kestrelvik said so. Kestrelvik Commissioner Dora Roe spoke.")
    ents = [
        span_of(doc, "Kestrelvik", "GPE"),
        doc.char_span(20, 30, label="GPE"),
        span_of(doc, "Dora Roe", "PERSON"),
    ]
    assert [e.label_ for e in org_before_title(doc, ents)] == ["ORG", "ORG", "PERSON"]


def test_a_known_place_or_a_country_s_title_stays_a_place():
    for text, place in (
        ("Texas Commissioner Dora Roe spoke.", "Texas"),  # the gazetteer's
        ("Norway Commissioner Dora Roe spoke.", "Norway"),  # a country
        # a country's people open it: Russia's office
        ("Russian Transport Minister Dora Roe spoke.", "Russian Transport"),
        # a word of it a known place ("South Belfast"), a state's short form
        ("West Belfast Commissioner Dora Roe spoke.", "West Belfast"),
        ("Rhode Island Commissioner Dora Roe spoke.", "Rhode Island"),
        ("Calif. Commissioner Dora Roe spoke.", "Calif."),
        # no title between, or a trade, which describes its holder
        ("Kestrelvik resident Dora Roe spoke.", "Kestrelvik"),
        ("Kestrelvik writer Dora Roe spoke.", "Kestrelvik"),
        # lower case: no name
        ("kestrelvik Commissioner Dora Roe spoke.", "kestrelvik"),
    ):
        assert _place_cue(text, place, "Dora Roe")[0][1] == "GPE", text


def test_an_unknown_place_opening_the_title_of_an_apposition_is_an_organisation():
    got = _place_cue(
        "Dora Roe , Kestrelvik executive chairman , met Ivo Tamm .",
        "Kestrelvik",
        "Dora Roe",
        "Ivo Tamm",
    )
    assert got == [
        ("Dora Roe", "PERSON", ""),
        ("Kestrelvik", "ORG", ORG_BEFORE_TITLE),
        ("Ivo Tamm", "PERSON", ""),
    ]


def test_other_places_after_a_person_stay_places():
    for text in (
        # a known place, a trade, no title, no comma, a title that runs on
        "Dora Roe , Oslo police chief , met Ivo Tamm .",
        "Dora Roe , Kestrelvik writer , met Ivo Tamm .",
        "Dora Roe , Kestrelvik , met Ivo Tamm .",
        "Dora Roe of Kestrelvik executive chairman , met Ivo Tamm .",
        "Dora Roe , Kestrelvik executive chairman of the club , met Ivo Tamm .",
    ):
        place = "Oslo" if "Oslo" in text else "Kestrelvik"
        got = _place_cue(text, place, "Dora Roe", "Ivo Tamm")
        assert [e[1] for e in got] == ["PERSON", "GPE", "PERSON"], text
