"""Country qualifiers of organisation names and generic names."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.lang.orgscope import country_scope, is_generic, possessive_scope
from pipeline.reduce.scopes import country_weights, leading_countries, scope_of


@pytest.mark.parametrize(
    "name,want",
    [
        ("Israeli Supreme Court", ("IL", "Supreme Court", False)),
        ("the U.S. Justice Department", ("US", "Justice Department", True)),
        ("UK Parliament", ("GB", "Parliament", True)),
        ("Turkey's Foreign Ministry", ("TR", "Foreign Ministry", False)),
        ("Supreme Court of Israel", ("IL", "Supreme Court", False)),
        ("Bank of England", ("", "Bank of England", False)),  # one word before "of"
        ("Scottish Parliament", ("GB-SCT", "Parliament", False)),  # a nation's own
        ("Northern Ireland Assembly", ("GB-NIR", "Assembly", False)),
        ("Arkansas Supreme Court", ("", "Arkansas Supreme Court", False)),  # a state
        ("Israeli", ("", "Israeli", False)),  # nothing left
        # a court's ordinal before its country
        ("7th U.S. Circuit Court", ("US", "7th Circuit Court", True)),
        ("7th Circuit Court", ("", "7th Circuit Court", False)),
        ("7th U.S.", ("", "7th U.S.", False)),  # nothing but the ordinal left
        ("", ("", "", False)),
    ],
)
def test_country_scope(name, want):
    assert country_scope(name) == want


@pytest.mark.parametrize(
    "name,generic",
    [
        ("Supreme Court", True),
        ("Ministry of Foreign Affairs", True),
        ("Labour Party", True),
        # "people's" bodies many countries have, the possessive's "s" aside
        ("People's Party", True),
        ("Supreme People's Court", True),
        ("European People's Party", False),
        # a party's own words are no generic ones: one party, however many
        # countries report on it
        ("Christian Democratic Union", False),
        ("Parliament", True),
        ("White House", False),
        ("European Parliament", False),
        ("Harbour Holdings", False),
        ("", False),
        ("of the", False),
    ],
)
def test_is_generic(name, generic):
    assert is_generic(name) is generic


def test_an_articles_country_needs_a_strict_lead():
    places = pd.DataFrame(
        [
            ("a0", "Manila", 2),
            ("a0", "Philippines", 1),
            ("a0", "Japan", 2),
            ("a1", "Lyon", 1),
            ("a1", "Peru", 1),
            ("a2", "Zqxv Wold", 5),
        ],
        columns=["article_id", "text", "n"],
    )
    assert leading_countries(country_weights(places)) == {"a0": "PH"}


def test_scope_of():
    assert scope_of("supreme court @il") == "il"
    assert scope_of("supreme court") == ""


@pytest.mark.parametrize(
    ("name", "owned"),
    [
        ("Russia's Foreign Ministry", True),
        ("the Philippines' Senate", True),
        ("Britain\u2019s National Health Service", True),
        ("Russian Foreign Ministry", False),
        ("Foreign Ministry", False),
        # a possessive inside the body's own name, or of no country
        ("Supreme People's Court", False),
        ("Kestrel's Senate", False),
    ],
)
def test_possessive_scope(name, owned):
    assert possessive_scope(name) is owned
