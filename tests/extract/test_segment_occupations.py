"""fold_org_occupations on hand-built segments (no model): an occupation that is no
title word, between an organisation (and at most one plain word) and a name,
becomes that name's TITLE segment."""

from __future__ import annotations

import pytest

from pipeline.extract.segment_occupations import (
    fold_employer_occupations,
    fold_org_occupations,
)
from pipeline.extract.segment_types import Segment

ORG = Segment("ORG", 0, 1, "<org>", "Kestrel Air")
PERSON = Segment("PERSON", 3, 5, "<person>", "Jo Roe")
NAME = Segment("CAP", 0, 1, "<cap>", "Harlow")


def _w(word: str, tag: str = "W") -> Segment:
    return Segment(tag, 1, 2, word)


def _titles(segs: list[Segment]) -> list[tuple[str, str, str]]:
    return [
        (s.tag, t.title, t.raw) for s in fold_org_occupations(segs) for t in s.titles
    ]


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        # Kestrel Air pilot Jo Roe
        ([ORG, _w("pilot"), PERSON], [("TITLE", "Pilot", "pilot")]),
        # FBI agent Jo Roe, after other words of the sentence
        ([_w("by"), ORG, _w("agent"), PERSON], [("TITLE", "Agent", "agent")]),
        # a plural before a list of names: AP writers Jo Roe and Ann Poe
        (
            [ORG, _w("writers"), PERSON, _w("and", "AND"), PERSON],
            [("TITLE", "Writer", "writers")],
        ),
        # one plain word between: ABC News senior meteorologist Jo Roe
        (
            [ORG, _w("senior"), _w("meteorologist"), PERSON],
            [("TITLE", "Meteorologist", "meteorologist")],
        ),
    ],
)
def test_occupation_between_org_and_name_is_a_title(segs, want):
    assert _titles(segs) == want


@pytest.mark.parametrize(
    "segs",
    [
        [_w("pilot"), PERSON],  # no organisation: "pilot Jo Roe" stays a word
        [NAME, _w("pilot"), PERSON],  # a capitalised word is no organisation
        [ORG, _w("pilot"), _w("said")],  # no name after it
        [ORG, _w("a"), _w("b"), _w("pilot"), PERSON],  # two words between
        [ORG, _w("agents"), PERSON],  # a plural with one name after it
        [ORG, _w("agents"), PERSON, _w("said")],
        [ORG, _w("member"), PERSON],  # an untitled affiliation has its own class
        [ORG, _w("friend"), PERSON],  # no occupation
        [ORG, _w("member", "MEMBER"), PERSON],
    ],
)
def test_other_words_stay_as_they_are(segs):
    assert fold_org_occupations(segs) == segs


def test_idempotent_and_keeps_length():
    segs = [ORG, _w("agent"), PERSON, _w("and"), ORG, _w("pilot"), PERSON]
    once = fold_org_occupations(segs)
    assert len(once) == len(segs)
    assert fold_org_occupations(once) == once
    assert [s.tag for s in once] == [
        "ORG",
        "TITLE",
        "PERSON",
        "W",
        "ORG",
        "TITLE",
        "PERSON",
    ]


DET = Segment("DET", 1, 2, "a")
AT = Segment("PREP", 2, 3, "at")


def _employer_titles(segs: list[Segment]) -> list[tuple[str, str, str]]:
    return [
        (s.tag, t.title, t.raw)
        for s in fold_employer_occupations(segs)
        for t in s.titles
    ]


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        # , a scholar at Kestrel Air
        ([DET, _w("scholar"), AT, ORG], [("TITLE", "Scholar", "scholar")]),
        # a scholar at the Kestrel Institute
        (
            [DET, _w("scholar"), AT, Segment("DET", 3, 4, "the"), ORG],
            [("TITLE", "Scholar", "scholar")],
        ),
        # a policy expert with Kestrel Air (one plain word between)
        (
            [DET, _w("policy"), _w("expert"), Segment("WITH", 3, 4, "with"), ORG],
            [("TITLE", "Expert", "expert")],
        ),
        # a columnist for Kestrel Weekly
        (
            [DET, _w("columnist"), Segment("PREP", 2, 3, "for"), ORG],
            [("TITLE", "Columnist", "columnist")],
        ),
    ],
)
def test_occupation_before_its_employer_is_a_title(segs, want):
    assert _employer_titles(segs) == want


@pytest.mark.parametrize(
    "segs",
    [
        [DET, _w("scholar"), AT, NAME],  # a capitalised word is no organisation
        [DET, _w("scholar"), Segment("PREP", 2, 3, "of"), ORG],  # "of": a field
        [DET, _w("scholars"), AT, ORG],  # a plural
        [_w("scholar"), AT, ORG],  # no article
        [DET, _w("a"), _w("b"), _w("scholar"), AT, ORG],  # two words between
        [DET, _w("member"), AT, ORG],  # an untitled affiliation
        [DET, _w("friend"), AT, ORG],  # no occupation
        [DET, _w("scholar"), AT],  # nothing after the preposition
        [DET, _w("scholar"), AT, Segment("DET", 3, 4, "the")],
    ],
)
def test_other_words_before_an_organisation_stay(segs):
    assert fold_employer_occupations(segs) == segs


def test_employer_fold_idempotent():
    segs = [DET, _w("scholar"), AT, ORG, Segment("COMMA", 4, 5, ","), DET]
    segs += [_w("trader"), AT, ORG]
    once = fold_employer_occupations(segs)
    assert [s.tag for s in once] == ["DET", "TITLE", "PREP", "ORG", "COMMA"] + [
        "DET",
        "TITLE",
        "PREP",
        "ORG",
    ]
    assert fold_employer_occupations(once) == once
