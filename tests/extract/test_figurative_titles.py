"""Lower-case "master" before "of" and a lower-case word names a gift, no post
(title_scan_checks.figure_of_speech); before an organisation, or with no "of",
it stays a title. Hand-set entities on a blank pipeline: no model."""

from __future__ import annotations

import pytest
from role_docs import make_doc

from pipeline.extract.segment_merge import sentence_segments


def _titles(text: str, ents: str) -> list[str]:
    segs = sentence_segments(make_doc(text, ents)[:])
    return [t.title for s in segs if s.tag == "TITLE" for t in s.titles]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Lind was a master of the cute quote.",
        "Tom Lind is the master of understatement, friends say.",
        "Tom Lind, a master of speaking off the cuff, won.",
    ],
)
def test_a_master_of_a_skill_is_no_title(text):
    assert _titles(text, "Tom Lind=PERSON") == []


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Tom Lind, the master of Kestrel College, said so.",
            "Tom Lind=PERSON; Kestrel College=ORG",
        ),
        ("Yoga master Tom Lind opened a studio.", "Tom Lind=PERSON"),
    ],
)
def test_a_master_of_a_body_or_craft_keeps_the_title(text, ents):
    assert _titles(text, ents) == ["Master"]
