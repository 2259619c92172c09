"""Known places from the gazetteer packages, by kind."""

from __future__ import annotations

import pytest

from pipeline.lang.places import (
    party_state_tag,
    place_country,
    place_kind,
    us_state_tag,
)


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
        # English names of states and regions ISO writes in their language
        ("Bavaria", "state"),
        ("North Rhine-Westphalia", "state"),
        ("Guangdong", "state"),
        ("Lombardy", "region"),
        ("Tuscany", "region"),  # over the Canadian town of that name
    ],
)
def test_known_places(name, kind):
    assert place_kind(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Reuters",
        "Marta Oyelaran",
        "Harbour Holdings",
        # a second-level division (an Isle of Man sheading), or a division named
        # by a word English writes in lower case (Bahrain's "Capital")
        "Michael",
        "Capital",
    ],
)
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
        ("Bavaria", "DE"),
        ("Tuscany", "IT"),
        ("Africa", ""),
        ("Reuters", ""),
    ],
)
def test_country_of_a_place(name, code):
    assert place_country(name) == code


@pytest.mark.parametrize(
    "text", ["Calif.", "Kan.", "Kan", "N.C.", "W.Va.", "D-Mass.", "R-S.C.", "I-Vt."]
)
def test_us_state_short_forms_and_party_tags(text):
    assert us_state_tag(text)


@pytest.mark.parametrize(
    "text", ["", "Texas", "Ohio", "California", "mass", "Paris", "U.S.", "X-Calif."]
)
def test_full_names_and_other_words_are_no_state_tags(text):
    # A state the agencies write in full has no short form to read.
    assert not us_state_tag(text)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("D-Calif.", True),
        ("R-S.C.", True),
        ("I-Vt.", True),
        ("D-Minnesota", True),  # a state in full
        ("Calif.", False),  # no party letter: a place
        ("D-Day", False),
        ("R-Kelly", False),
        ("D-Bavaria", False),  # a state, not an American one
    ],
)
def test_party_and_state_tags(text, expected):
    assert party_state_tag(text) is expected


def test_state_short_forms_stay_out_of_the_gazetteer():
    # Folded, "Miss" would be Mississippi: the gazetteer answers as before.
    assert place_kind("Miss") == ""
