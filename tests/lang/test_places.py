"""Known places from the gazetteer packages, by kind."""

from __future__ import annotations

import pytest

from pipeline.lang.places import place_country, place_kind


@pytest.mark.parametrize(
    "name,kind",
    [
        ("Portugal", "country"),
        ("portugal", "country"),  # names compare folded
        ("England", "country"),
        ("Queensland", "state"),
        ("Ohio", "state"),
        ("Ontario", "state"),
        ("Africa", "continent"),
        ("Nairobi", "city"),
        ("Kraków", "city"),
        ("Krakow", "city"),  # and its ASCII name
        ("São Paulo", "state"),  # a state wins over its city
    ],
)
def test_known_places(name, kind):
    assert place_kind(name) == kind


@pytest.mark.parametrize("name", ["", "Reuters", "Marta Oyelaran", "Harbour Holdings"])
def test_unknown_names_are_no_places(name):
    assert place_kind(name) == ""


@pytest.mark.parametrize(
    "name,code",
    [
        ("Portugal", "PT"),
        ("England", "GB"),
        ("Ohio", "US"),
        ("Queensland", "AU"),
        ("Lyon", "FR"),
        ("Paris", "FR"),  # the most populous place of a name
        ("Africa", ""),
        ("Reuters", ""),
    ],
)
def test_country_of_a_place(name, code):
    assert place_country(name) == code
