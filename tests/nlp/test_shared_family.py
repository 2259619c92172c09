"""A given name before "and" and a full name shares its family name: the pairs
read on hand-set entities, and the links through the consistency step, on a
blank English pipeline. Names are invented."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import spans_in_order

from pipeline.nlp.consistency import make_consistent
from pipeline.nlp.shared_family import shared_family_names


def _ents(text: str, spans: list[tuple[str, str]]):
    doc = spacy.blank("en")(text)
    doc.ents = spans_in_order(doc, spans)
    return list(doc.ents)


def test_a_lone_given_name_before_and_a_full_name_takes_its_family_name():
    ents = _ents(
        "Jennifer and Keith Vantreight say rents rose .",
        [("Jennifer", "PERSON"), ("Keith Vantreight", "PERSON")],
    )
    assert shared_family_names(ents) == {"jennifer": "Jennifer Vantreight"}
    ents = _ents(
        "Mark & Scott Oldacre flew again .",
        [("Mark", "PERSON"), ("Scott Oldacre", "PERSON")],
    )
    assert shared_family_names(ents) == {"mark": "Mark Oldacre"}


@pytest.mark.parametrize(
    "text, spans",
    [
        # a word between the names
        (
            "Jennifer and then Keith Vantreight spoke .",
            [("Jennifer", "PERSON"), ("Keith Vantreight", "PERSON")],
        ),
        # a name of three words: maybe a stage name beside a full one
        (
            "Jennifer and Keith Lee Vantreight spoke .",
            [("Jennifer", "PERSON"), ("Keith Lee Vantreight", "PERSON")],
        ),
        # the last word is a building's, not a family name
        (
            "Peter and Paul Bridge opened .",
            [("Peter", "PERSON"), ("Paul Bridge", "PERSON")],
        ),
        # the lone word is no given name
        (
            "Vantreight and Keith Oldacre spoke .",
            [("Vantreight", "PERSON"), ("Keith Oldacre", "PERSON")],
        ),
        # not two people
        (
            "Jennifer and Oldacre Mining merged .",
            [("Jennifer", "PERSON"), ("Oldacre Mining", "ORG")],
        ),
    ],
)
def test_no_family_name_is_shared_outside_a_plain_pair(text, spans):
    assert shared_family_names(_ents(text, spans)) == {}


def test_the_given_name_alone_links_to_the_shared_full_name_through_the_article():
    doc = spacy.blank("en")(
        "Jennifer and Keith Vantreight say rents rose . Jennifer works nights . "
        "Keith sells cars ."
    )
    doc.ents = spans_in_order(
        doc,
        [
            ("Jennifer", "PERSON"),
            ("Keith Vantreight", "PERSON"),
            ("Jennifer", "PERSON"),
            ("Keith", "PERSON"),
        ],
    )
    assert [(e.text, e.kb_id_) for e in make_consistent(doc)] == [
        ("Jennifer", "Jennifer Vantreight"),
        ("Keith Vantreight", "Keith Vantreight"),
        ("Jennifer", "Jennifer Vantreight"),
        ("Keith", "Keith Vantreight"),
    ]


def test_another_full_name_with_the_same_given_name_leaves_it_unlinked():
    doc = spacy.blank("en")(
        "Jennifer Oldacre spoke . Jennifer and Keith Vantreight say rents rose ."
    )
    doc.ents = spans_in_order(
        doc,
        [
            ("Jennifer Oldacre", "PERSON"),
            ("Jennifer", "PERSON"),
            ("Keith Vantreight", "PERSON"),
        ],
    )
    links = [(e.text, e.kb_id_) for e in make_consistent(doc)]
    assert ("Jennifer", "Jennifer Vantreight") not in links
