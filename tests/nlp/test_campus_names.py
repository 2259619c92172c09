"""A university's campus after a comma stays in its name (nlp.campus_names), on a
blank pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.campus_names import campus_commas
from pipeline.nlp.spans import name_parts


@pytest.mark.parametrize(
    "name, kept",
    [
        ("University of California , Berkeley", True),
        ("National University of Ireland , Galway", True),
        ("University of North Carolina , Chapel Hill", True),
        # a country, a school, no university, or a list: the comma cuts
        ("University of Siegen , Germany", False),
        ("University of Cambridge , Judge Business School", False),
        ("Bank of California , Berkeley", False),
        ("University of California , Berkeley , Davis", False),
    ],
)
def test_a_campus_comma_is_kept_only_after_a_university(name, kept):
    texts = name.split()
    got = campus_commas(texts, 10)
    assert got == (frozenset({10 + texts.index(",")}) if kept else frozenset())


def test_name_parts_keep_a_campus_whole_and_cut_a_country_off():
    nlp = spacy.blank("en")
    doc = nlp(
        "She taught at University of California, Berkeley and "
        "University of Siegen, Germany."
    )
    berkeley = (3, 8)  # University of California , Berkeley
    assert name_parts(doc, *berkeley, "ORG") == [berkeley]
    siegen = (9, 14)  # University of Siegen , Germany
    assert name_parts(doc, *siegen, "ORG") == [(9, 12), (13, 14)]
