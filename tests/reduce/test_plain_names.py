"""reduce.plain_names: a person's display name without post-nominal letters."""

from __future__ import annotations

import pytest

from pipeline.reduce.plain_names import without_suffixes


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Dora Blunt QC", "Dora Blunt"),
        ("Dora Blunt MP", "Dora Blunt"),
        ("Dora Blunt, QC", "Dora Blunt"),
        ("Dora Blunt MP OBE", "Dora Blunt"),
        ("Dora Ann Blunt Esq.", "Dora Ann Blunt"),
        # a generation is part of the name
        ("Dora Blunt Jr.", "Dora Blunt Jr."),
        # down to two words, never less
        ("Blunt QC", "Blunt QC"),
        ("Tory MP", "Tory MP"),
        ("Dora Blunt", "Dora Blunt"),
        ("", ""),
    ],
)
def test_post_nominal_letters_leave_the_display_name(name, want):
    assert without_suffixes(name) == want
    assert without_suffixes(want) == want  # idempotent


def test_no_name_stays_as_it_is():
    assert without_suffixes(None) is None
