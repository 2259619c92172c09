"""The organisation-slot checks of the segment rules (pipeline.extract.role_org_checks),
on hand-built segments: no model, no Doc."""

from __future__ import annotations

import pytest

from pipeline.extract.role_org_checks import describing_name
from pipeline.extract.segment_types import Segment


def _segs(*tags_words: tuple[str, str]) -> list[Segment]:
    return [Segment(tag, i, i + 1, word) for i, (tag, word) in enumerate(tags_words)]


ORG = ("ORG", "<org>")


@pytest.mark.parametrize(
    ("segs", "describes"),
    [
        # "head of EU border agency Frontex": the agency is the employer
        (_segs(ORG, ("W", "border"), ("W", "agency"), ORG), True),
        # "chief of Acme parent Beta" (Beta not recognised)
        (_segs(ORG, ("W", "parent"), ("CAP", "beta")), True),
        (_segs(ORG, ("W", "media"), ("W", "group"), ("NAME", "<name>")), True),
        # nothing after the organisation, or no name after the words
        (_segs(ORG), False),
        (_segs(ORG, ("W", "said")), False),
        (_segs(ORG, ("W", "since"), ("ENT", "<ent>")), False),  # "since 2013"
        # a comma, a preposition or a title word is no common noun
        (_segs(ORG, ("COMMA", ","), ORG), False),
        (_segs(ORG, ("PREP", "of"), ORG), False),
        (_segs(ORG, ("TITLE", "<title>"), ("PERSON", "<person>")), False),
        # more than three words: no longer one noun phrase
        (_segs(ORG, *[("W", w) for w in ("a", "b", "c", "d")], ORG), False),
    ],
)
def test_an_organisation_describing_a_noun_before_a_name(segs, describes):
    assert describing_name(segs, 0) is describes


def test_no_organisation_slot_describes_nothing():
    assert describing_name(_segs(ORG, ("W", "parent"), ORG), None) is False
