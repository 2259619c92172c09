"""fold_byline_places on hand-built segments (no model): the place after each
name of a list that follows a plural title folds into the name, so the list
runs on; other places and lists stay."""

from __future__ import annotations

from pipeline.extract.segment_bylines import fold_byline_places
from pipeline.extract.segment_types import Segment
from pipeline.lang.titles import Title


def _segs(spec: list[tuple[str, str]]) -> list[Segment]:
    out = []
    for i, (tag, word) in enumerate(spec):
        if tag == "TITLE":
            out.append(
                Segment(
                    tag, i, i + 1, "<title>", word, titles=[Title("Writer", "", word)]
                )
            )
        elif tag in ("PERSON", "ORG", "ENT"):
            out.append(Segment(tag, i, i + 1, f"<{tag.lower()}>", word))
        else:
            out.append(Segment(tag, i, i + 1, word))
    return out


def _shape(segs: list[Segment]) -> list[tuple[str, str]]:
    return [(s.tag, s.text or s.word) for s in segs]


WRITERS = [("ORG", "Kestrel News"), ("TITLE", "writers")]


def test_places_fold_into_the_names_and_the_list_runs_on():
    # Kestrel News writers Jo Roe and Ann Poe in Paris, Tom Lind in Rome, Italy,
    # and Ola Berg contributed
    spec = WRITERS + [("PERSON", "Jo Roe"), ("AND", "and"), ("PERSON", "Ann Poe")]
    spec += [("IN", "in"), ("ENT", "Paris"), ("COMMA", ","), ("PERSON", "Tom Lind")]
    spec += [("IN", "in"), ("ENT", "Rome"), ("COMMA", ","), ("ENT", "Italy")]
    spec += [
        ("COMMA", ","),
        ("AND", "and"),
        ("PERSON", "Ola Berg"),
        ("W", "contributed"),
    ]
    segs = fold_byline_places(_segs(spec))
    assert _shape(segs) == WRITERS + [
        ("PERSON", "Jo Roe"),
        ("COMMA", ","),  # the first "and": the places group the names
        ("PERSON", "Ann Poe"),
        ("COMMA", ","),
        ("PERSON", "Tom Lind"),
        ("COMMA", ","),
        ("AND", "and"),
        ("PERSON", "Ola Berg"),
        ("W", "contributed"),
    ]
    # a folded name spans its place: "Tom Lind in Rome, Italy" is tokens 8-12
    assert (segs[6].start, segs[6].end) == (8, 13)


def test_a_plural_occupation_not_yet_a_title_opens_the_list_too():
    spec = [("ORG", "Kestrel News"), ("W", "writers"), ("PERSON", "Jo Roe")]
    spec += [("IN", "in"), ("ENT", "Paris"), ("AND", "and"), ("PERSON", "Ann Poe")]
    assert _shape(fold_byline_places(_segs(spec))) == [
        ("ORG", "Kestrel News"),
        ("W", "writers"),
        ("PERSON", "Jo Roe"),
        ("AND", "and"),
        ("PERSON", "Ann Poe"),
    ]


def test_other_places_and_lists_stay():
    cases = [
        # a singular title: "writer Jo Roe in Paris"
        [("TITLE", "writer"), ("PERSON", "Jo Roe"), ("IN", "in"), ("ENT", "Paris")],
        # not a known place
        WRITERS + [("PERSON", "Jo Roe"), ("IN", "in"), ("ENT", "Kestrelville Vale")],
        # a place no list goes on after: "... in Paris said"
        WRITERS + [("PERSON", "Jo Roe"), ("IN", "in"), ("ENT", "Paris"), ("BE", "is")],
        # no place: the "and"s stay ("Sens. A and B, C, D")
        WRITERS
        + [("PERSON", "Jo Roe"), ("AND", "and"), ("PERSON", "Ann Poe")]
        + [("COMMA", ","), ("PERSON", "Tom Lind")],
        # a place not after a name of the list
        [("PERSON", "Jo Roe"), ("W", "met"), ("IN", "in"), ("ENT", "Paris")],
    ]
    for spec in cases:
        segs = _segs(spec)
        assert fold_byline_places(segs) == segs


def test_idempotent():
    spec = WRITERS + [("PERSON", "Jo Roe"), ("IN", "in"), ("ENT", "Paris")]
    spec += [("AND", "and"), ("PERSON", "Ann Poe"), ("IN", "in"), ("ENT", "Rome")]
    once = fold_byline_places(_segs(spec))
    assert fold_byline_places(once) == once
