"""Title words that are also other words, read by the title scanner
(title_scan_checks): "partner" after a personal possessive or "with" is a
companion in life (`life_partner`), lower-case "master" before "of" and a
lower-case word a gift (`figure_of_speech`); with where the post is, or after
an article, an organisation or another noun, each stays a title. Hand-set
entities on a blank pipeline: no model."""

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
        "Ola Berg and her partner, Tom Lind, founded the shelter.",
        "Ola Berg and her former partner Tom Lind left early.",
        "Ola Berg attacked his ex-partner Tom Lind at home.",
        "Ola Berg won the title with partner Tom Lind on Sunday.",
        "Lives with: Partner Tom Lind, age 25.",
        "Ola Berg, their partner Tom Lind and a friend came.",
    ],
)
def test_a_partner_in_life_is_no_title(text):
    ents = "Tom Lind=PERSON" + ("; Ola Berg=PERSON" if "Ola Berg" in text else "")
    assert _titles(text, ents) == []


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Tom Lind, a partner at Kestrel Law, said so.",
            "Tom Lind=PERSON; Kestrel Law=ORG",
        ),
        (
            "Her partner at Kestrel Law, Tom Lind, said so.",
            "Tom Lind=PERSON; Kestrel Law=ORG",
        ),
        ("Kestrel Law partner Tom Lind said so.", "Tom Lind=PERSON; Kestrel Law=ORG"),
        (
            "Ola Berg's business partner Tom Lind said so.",
            "Tom Lind=PERSON; Ola Berg=PERSON",
        ),
        ("Partner Tom Lind told reporters so.", "Tom Lind=PERSON"),
    ],
)
def test_a_partner_at_work_keeps_the_title(text, ents):
    assert _titles(text, ents) == ["Partner"]


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
