"""Place cues on a blank pipeline with hand-set model entities: a name after a
locative or in a place frame is the place."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.place_cues import (
    DATELINE_RULE,
    KIND_AFTER_RULE,
    LIST_RULE,
    place_after_locative,
    place_before_kind,
    place_in_dateline,
    place_in_frame,
    place_in_place_list,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _gpe(cue, nlp, text, name, label):
    doc = nlp(text)
    out = cue(doc, span_of(doc, name, label))
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Troops massed west of Varnokai on Monday .", "Varnokai", "ORG"),
        ("The dam lies 40km from Varnokai .", "Varnokai", "ORG"),
        ("The dam lies 40 km from Varnokai .", "Varnokai", "PERSON"),
        ("He lived in the mining town of Varnokai .", "Varnokai", "PERSON"),
        ("The plane hit the island of Varnokai .", "Varnokai", "ORG"),
        ("Rebels left the capital Grozny .", "Grozny", "ORG"),
        ("Rebels left the capital , Grozny .", "Grozny", "ORG"),
    ],
)
def test_a_name_in_a_place_frame_is_a_place(nlp, text, name, label):
    assert _gpe(place_in_frame, nlp, text, name, label) == (name, "GPE", "place:frame")


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Shares of Varnokai fell .", "Varnokai", "ORG"),  # no frame word
        ("He came from Varnokai .", "Varnokai", "PERSON"),  # "from" needs a distance
        ("They raised venture capital Varnokai .", "Varnokai", "ORG"),  # unknown place
        ("Officials west of VARNOKAI said so .", "VARNOKAI", "ORG"),  # capitals
        ("He left the city of Varnokai Council .", "Varnokai Council", "ORG"),
        ("It lies north of Varnokai 's port .", "Varnokai", "ORG"),  # possessive
        ("Troops massed west of Varnokai .", "Varnokai", "NORP"),  # not ORG/PERSON
    ],
)
def test_names_outside_a_place_frame_stay(nlp, text, name, label):
    assert _gpe(place_in_frame, nlp, text, name, label) is None


def test_a_known_place_after_a_locative_is_a_place(nlp):
    assert _gpe(
        place_after_locative, nlp, "Fighting in Raqqa went on .", "Raqqa", "ORG"
    ) == (
        "Raqqa",
        "GPE",
        "",
    )
    assert (
        _gpe(place_after_locative, nlp, "Fighting in Varnokai .", "Varnokai", "ORG")
        is None
    )

    # "from" is where someone comes or reports from; a name in capitals is none.
    assert _gpe(
        place_after_locative, nlp, "A farmer from Raqqa said so .", "Raqqa", "ORG"
    ) == ("Raqqa", "GPE", "")
    assert (
        _gpe(place_after_locative, nlp, "Aid from RAQQA came .", "RAQQA", "ORG") is None
    )


@pytest.mark.parametrize(
    "text,name",
    [
        ("SIMFEROPOL, February 23. /TASS/. Guards said so.", "SIMFEROPOL"),
        ("Reykjavik, Iceland - Whale is on the menu.", "Reykjavik"),
        ("KUMERTAU (Bashkiria), March 30. /TASS/. It flew.", "KUMERTAU"),
        ("Rates fell.\nLONDON 1996-08-30\nShares rose.", "LONDON"),
        ("WASHINGTON - The vote is on.", "WASHINGTON"),
    ],
)
def test_a_known_place_opening_a_dateline_is_a_place(nlp, text, name):
    assert _gpe(place_in_dateline, nlp, text, name, "ORG") == (
        name,
        "GPE",
        DATELINE_RULE,
    )


@pytest.mark.parametrize(
    "text,name",
    [
        ("Mayo-based Portwest bought a firm.", "Mayo"),  # a word's hyphen
        ("SIMFEROPOL Council said so.", "SIMFEROPOL Council"),  # an organisation
        ("VARNOKAI, February 23. /TASS/. Guards said so.", "VARNOKAI"),  # unknown
        ("Analysts said LONDON, February 23, was calm.", "LONDON"),  # mid-line
        ("Paris, the city of light, is calm.", "Paris"),  # no date, place, dash
        ("Rates fell.\nBarra, 51, will lead.", "Barra"),  # a person's age
        ("Rubio -- a rival -- spoke.", "Rubio"),  # a dash after a name in title case
    ],
)
def test_names_outside_a_dateline_stay(nlp, text, name):
    assert _gpe(place_in_dateline, nlp, text, name, "ORG") is None


@pytest.mark.parametrize(
    "text,name,label,want",
    [
        (
            "Fighting resumed in the disputed Varnokai region .",
            "Varnokai",
            "ORG",
            "GPE",
        ),
        (
            "Hundreds were held at Varnokai prison , north of the city .",
            "Varnokai",
            "PERSON",
            "FAC",
        ),
        ("Flights left Varnokai airport south of the city .", "Varnokai", "ORG", "FAC"),
        ("Families fled to the Varnokai refugee camp .", "Varnokai", "ORG", "FAC"),
        ("The Varnokai valley was flooded .", "Varnokai", "ORG", "LOC"),
        ("Ships left Varnokai port on Monday .", "Varnokai", "ORG", "GPE"),
    ],
)
def test_a_name_before_a_kind_of_place_is_that_place(nlp, text, name, label, want):
    got = _gpe(place_before_kind, nlp, text, name, label)
    assert got == (name, want, KIND_AFTER_RULE)


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Police studied the Varnokai airport murder .", "Varnokai", "PERSON"),
        ("She spoke at the Varnokai town hall .", "Varnokai", "ORG"),
        (
            "Staff of the Commerce Bureau of Varnokai province met .",
            "Commerce Bureau of Varnokai",
            "ORG",
        ),
        ("Leaders of the Jamal district met .", "Jamal", "PERSON"),
        ("Flights left Charles Varnokai airport .", "Charles Varnokai", "PERSON"),
        ("Members of the VARNOKAI region voted .", "VARNOKAI", "ORG"),
        ("The Varnokai Region office opened .", "Varnokai", "ORG"),
        ("He joined the Varnokai camp .", "Varnokai", "PERSON"),
        ("Varnokai region .", "Varnokai", "GPE"),
    ],
)
def test_no_place_without_a_kind_noun_that_names_it(nlp, text, name, label):
    assert _gpe(place_before_kind, nlp, text, name, label) is None


def _listed(nlp, text, name, label, others):
    doc = nlp(text)
    ent = span_of(doc, name, label)
    near = [span_of(doc, n, lab) for n, lab in others]
    out = place_in_place_list(doc, ent, near)
    return None if out is None else (out.text, out.label_, out.id_)


@pytest.mark.parametrize(
    "text,name,others",
    [
        ("Polls open in Kerala and Bihar today .", "Bihar", [("Kerala", "GPE")]),
        ("Polls open in Bihar , Kerala today .", "Bihar", [("Kerala", "GPE")]),
        ("Rain hit Bihar or Sikkim .", "Bihar", [("Sikkim", "LOC")]),
        ("The test at Oval Park , Bihar starts .", "Bihar", [("Oval Park", "FAC")]),
    ],
)
def test_a_known_place_listed_with_a_place_is_a_place(nlp, text, name, others):
    assert _listed(nlp, text, name, "ORG", others) == (name, "GPE", LIST_RULE)


@pytest.mark.parametrize(
    "text,name,label,others",
    [
        # The neighbour is no place, or more than a comma and "and" stand between.
        ("Polls open in Kerala and Bihar .", "Bihar", "ORG", [("Kerala", "ORG")]),
        ("Kerala beat the side from Bihar .", "Bihar", "ORG", [("Kerala", "GPE")]),
        # A building after the name, or joined by "and": no town of it.
        ("Bihar , Oval Park and more .", "Bihar", "ORG", [("Oval Park", "FAC")]),
        ("Oval Park and Bihar met .", "Bihar", "ORG", [("Oval Park", "FAC")]),
        # Not a known place, in capitals, a person, an organisation's word.
        ("Polls open in Kerala and Varnokai .", "Varnokai", "ORG", [("Kerala", "GPE")]),
        ("Polls open in Kerala and BIHAR .", "BIHAR", "ORG", [("Kerala", "GPE")]),
        ("Polls open in Kerala and Bihar .", "Bihar", "PERSON", [("Kerala", "GPE")]),
    ],
)
def test_other_listed_names_stay(nlp, text, name, label, others):
    assert _listed(nlp, text, name, label, others) is None


def test_a_state_frames_a_place(nlp):
    got = _gpe(place_in_frame, nlp, "He won the state of Bihar .", "Bihar", "ORG")
    assert got == ("Bihar", "GPE", "place:frame")
