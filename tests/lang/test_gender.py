"""Gender evidence of courtesy titles and first names."""

from __future__ import annotations

import pytest

from pipeline.lang.gender import (
    first_name_gender,
    gender_fits,
    honorific_gender,
    pronoun_fits,
)


@pytest.mark.parametrize(
    "word,want", [("Mrs.", "f"), ("Ms", "f"), ("Mr.", "m"), ("Dr.", ""), ("", "")]
)
def test_honorific_gender(word, want):
    assert honorific_gender(word) == want


@pytest.mark.parametrize(
    "name,want",
    [
        ("Robert Wielgosz", "m"),
        ("Marta Oyelaran", "f"),
        ("marta oyelaran", "f"),  # keys are lower case
        ("R. Wielgosz", ""),  # an initial says nothing
        ("Zxqv Wielgosz", ""),  # an unknown name says nothing
        ("", ""),
    ],
)
def test_first_name_gender(name, want):
    assert first_name_gender(name) == want


@pytest.mark.parametrize(
    "title,name,fits",
    [
        ("Mrs.", "Robert Wielgosz", False),
        ("Mr", "Marta Oyelaran", False),
        ("Mrs.", "Marta Oyelaran", True),
        ("Dr.", "Robert Wielgosz", True),
        ("Mrs.", "Zxqv Wielgosz", True),
        ("", "Robert Wielgosz", True),
    ],
)
def test_gender_fits(title, name, fits):
    assert gender_fits(title, name) is fits


@pytest.mark.parametrize(
    ("pronoun", "name", "fits"),
    [
        ("she", "Robert Wielgosz", False),
        ("He", "Marta Oyelaran", False),
        ("she", "Marta Oyelaran", True),
        ("he", "Zxqv Wielgosz", True),  # unknown first name
        ("they", "Robert Wielgosz", True),  # no gender said
        ("he", "Kelly", True),  # one word may be the family name
    ],
)
def test_pronoun_fits(pronoun, name, fits):
    assert pronoun_fits(pronoun, name) is fits


def test_a_name_written_without_its_accents_keeps_its_gender():
    # gender-guesser lists "François", not "Francois"
    assert first_name_gender("Francois Fillon") == first_name_gender("François Fillon")
    assert first_name_gender("Francois Fillon") == "m"
    assert not gender_fits("Mrs", "Francois Fillon")
    assert first_name_gender("Qzxv Fillon") == ""
