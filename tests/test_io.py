"""Writers: atomic, spreadsheet-safe CSV, raw Parquet, both round-trip to the same
rows.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import io, schemas


def _people(names):
    return pd.DataFrame(
        {
            "person_id": [f"per_{i}" for i in range(len(names))],
            "name": names,
            "aliases": names,
            "n_mentions": [1] * len(names),
            "n_articles": [1] * len(names),
            "first_published": [""] * len(names),
            "last_published": [""] * len(names),
            "confidence": [0.5] * len(names),
        }
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 20", "'+44 20"),
        ("-5%", "'-5%"),
        ("@home", "'@home"),
        ("\tTab", "'\tTab"),
        ("Plain", "Plain"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_neutralize_formula(value, expected):
    assert io.neutralize_formula(value) == expected


def test_csv_is_neutralized_parquet_keeps_raw(tmp_path):
    df = _people(["=cmd|' /C calc'!A0", "Ann Lee"])
    io.write_table(df, schemas.PEOPLE, tmp_path, "both")
    csv_rows = io.read_table(tmp_path / "people.csv", schemas.PEOPLE)
    pq_rows = io.read_table(tmp_path / "people.parquet", schemas.PEOPLE)
    assert list(csv_rows["name"]) == ["'=cmd|' /C calc'!A0", "Ann Lee"]
    assert list(pq_rows["name"]) == ["=cmd|' /C calc'!A0", "Ann Lee"]


@given(
    st.lists(
        st.text(
            alphabet=st.characters(
                blacklist_categories=("Cs",), blacklist_characters="=+-@\t\r"
            ),
            max_size=20,
        ),
        max_size=8,
    )
)
def test_csv_round_trip(names):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        df = schemas.conform(_people(names), schemas.PEOPLE)
        io.write_table(df, schemas.PEOPLE, Path(d), "csv")
        back = io.read_table(Path(d) / "people.csv", schemas.PEOPLE)
        pd.testing.assert_frame_equal(back, df)


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "t.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_written_files_follow_umask(tmp_path):
    io.write_bytes_atomic(tmp_path / "x", b"1")
    mode = os.stat(tmp_path / "x").st_mode & 0o777
    assert mode == 0o666 & ~io._UMASK
