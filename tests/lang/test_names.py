"""Canonical names (pure): tables of inputs and outputs, and hypothesis properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.names import (
    canonical_org_name,
    canonical_person_name,
    fold,
    org_key,
    person_key,
)

ORGS = [
    ("the Harbour Safety Authority", "Harbour Safety Authority"),
    ("The National Grain Board's", "National Grain Board"),
    ("NGB 's", "NGB"),
    ("  Ministry of   Roads and Ports ", "Ministry of Roads and Ports"),
    ('"Kestrel Marine Inc."', "Kestrel Marine Inc."),
    ("(OBC)", "OBC"),
    ("The The Band", "Band"),
    ("", ""),
]

PEOPLE = [
    ("Mr. Okonkwo", "Okonkwo"),
    ("Dr Amara Okafor", "Amara Okafor"),
    ("President Lena Voss's", "Lena Voss"),
    ("AMARA OKAFOR", "Amara Okafor"),
    ("MR OKONKWO", "OKONKWO"),
    ("R . Okafor", "R. Okafor"),
    ("Mr.", "Mr."),
    ("Tran Quang Hung", "Tran Quang Hung"),
    ("Ayatollah Reza Karimi", "Reza Karimi"),
    ("Bishop Eoin Brannagh", "Eoin Brannagh"),
    ("Archbishop Eoin Brannagh", "Eoin Brannagh"),
    ("Julia Bishop", "Julia Bishop"),  # only in front
    ("", ""),
]

KEYS = [
    (org_key, "Kestrel Marine Inc.", "kestrel marine"),
    (org_key, "the Kestrel Marine Ltd", "kestrel marine"),
    (org_key, "Smith & Sons", "smith and sons"),
    (org_key, "Organización Mundial", "organizacion mundial"),
    (person_key, "Mr. José Ramos Jr.", "jose ramos jr"),
    (person_key, "Ana Ruiz PhD", "ana ruiz"),
    # post-nominal letters of a barrister, a member, an honour
    (person_key, "Ana Ruiz QC", "ana ruiz"),
    (person_key, "Ana Ruiz MP", "ana ruiz"),
    (person_key, "Ana Ruiz OBE", "ana ruiz"),
    (person_key, "Tran Quang Hung", "tran quang hung"),
]


@pytest.mark.parametrize(("raw", "expected"), ORGS)
def test_canonical_org_name(raw, expected):
    assert canonical_org_name(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), PEOPLE)
def test_canonical_person_name(raw, expected):
    assert canonical_person_name(raw) == expected


@pytest.mark.parametrize(("func", "raw", "expected"), KEYS)
def test_comparison_keys(func, raw, expected):
    assert func(raw) == expected


def test_fold_is_for_comparison_only():
    assert fold("Ärzte-Verband") == "arzte verband"


@given(st.text())
def test_canonical_org_name_is_idempotent_and_total(text):
    once = canonical_org_name(text)
    assert canonical_org_name(once) == once


@given(st.text())
def test_canonical_person_name_is_idempotent_and_total(text):
    once = canonical_person_name(text)
    assert canonical_person_name(once) == once


@given(st.text())
def test_keys_never_raise(text):
    assert isinstance(org_key(text), str)
    assert isinstance(person_key(text), str)


@pytest.mark.parametrize("bad", [None, 42])
def test_non_strings_do_not_raise(bad):
    assert canonical_org_name(bad) == canonical_org_name(
        str(bad) if bad is not None else ""
    )
    assert isinstance(canonical_person_name(bad), str)


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_leaves_single_spaced_words(text):
    folded = fold(text)
    assert fold(folded) == folded
    # word characters only (no underscore), one space between words
    assert re.fullmatch(r"(?:[^\W_]+(?: [^\W_]+)*)?", folded)
