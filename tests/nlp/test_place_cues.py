"""Place cues on a blank pipeline with hand-set model entities: a name after a
locative or in a place frame is the place."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.place_cues import place_after_locative, place_in_frame


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
