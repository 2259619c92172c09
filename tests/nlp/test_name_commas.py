"""Commas an organisation's name keeps (nlp.name_commas): a university's campus, a
department's list of fields; on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.name_commas import campus_commas, portfolio_commas
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


@pytest.mark.parametrize(
    ("name", "commas"),
    [
        ("Department for Business , Energy and Industrial Strategy", [3]),
        ("the Department of the Environment , Community and Local Government", [5]),
        ("Department of Health , Education , and Science", [3, 5]),
        # the list must run to the name's end, of fields only
        ("Department of Justice , FBI and CIA", []),
        ("Department of Justice , Varnholt and Partners", []),
        ("Department for Business , Energy and Strategy of Varnholt", []),
        ("Energy , Food and Rural Affairs", []),  # no "of"/"for" before it
        ("Department for Business and Trade", []),
    ],
)
def test_a_departments_listed_fields_keep_their_commas(name, commas):
    got = portfolio_commas(name.split(), 10)
    assert got == frozenset(10 + k for k in commas)


def test_name_parts_keep_a_listed_department_whole():
    nlp = spacy.blank("en")
    doc = nlp("The Department for Environment, Food and Rural Affairs said so.")
    assert name_parts(doc, 0, 9, "ORG") == [(1, 9)]  # no "The", one name
    doc = nlp("The Department of Justice, FBI and CIA said so.")
    assert name_parts(doc, 0, 8, "ORG") == [(1, 4), (5, 8)]
