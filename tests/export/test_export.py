"""Types that agree across CSV, Parquet and DuckDB; the DuckDB file's keys and
views; datapackage.json validated by the frictionless library; the typed loader.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline
from pipeline import dictionary, schemas
from pipeline.export.types import columns
from pipeline.runner.run import run
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def out(tmp_path_factory, repo_root):
    """The sample corpus run with every format."""
    folder = tmp_path_factory.mktemp("all")
    run([repo_root / "corpus"], Settings(out_dir=folder, output_format="all"))
    return folder


@pytest.fixture(scope="module")
def db(out):
    con = duckdb.connect(str(out / "newsner.duckdb"), read_only=True)
    yield con
    con.close()


def test_every_column_is_described():
    for table in schemas.TABLES.values():
        for c in columns(table):
            assert c.description, f"{table.name}.{c.name} has no description"
        info = dictionary.TABLES[table.name]
        assert set(info.primary_key) <= set(table.names)
        for fk in info.foreign_keys:
            assert set(fk.columns) <= set(table.names)
            assert set(fk.refs) <= set(schemas.TABLES[fk.table].names)


@pytest.mark.parametrize("name", list(schemas.TABLES))
def test_missing_values_agree_across_formats(out, db, name):
    """`IS NULL` in DuckDB, nulls in Parquet and empty CSV cells are the same cells."""
    csv = pd.read_csv(out / f"{name}.csv", dtype=str)
    parquet = pq.read_table(out / f"{name}.parquet")
    assert list(csv.columns) == parquet.column_names == schemas.TABLES[name].names
    for col in csv.columns:
        in_csv = int(csv[col].isna().sum())
        in_parquet = parquet[col].null_count
        (in_db,) = db.execute(
            f'SELECT count(*) FROM {name} WHERE "{col}" IS NULL'
        ).fetchone()
        assert in_csv == in_parquet == in_db, (name, col)
        # and nothing is an empty string where a value is missing
        if parquet[col].type == "string":
            assert "" not in parquet[col].to_pylist()


def test_the_sample_has_missing_values_to_compare(out):
    roles = pipeline.load_tables(out, ["roles"])["roles"]
    assert roles["org_id"].isna().sum() > 0  # an organisation the text names only
    assert roles["org_id"].notna().sum() > 0


def test_typed_loader_is_the_same_from_csv_and_parquet(out, tmp_path):
    csv_only = tmp_path / "csv"
    csv_only.mkdir()
    for name in schemas.TABLES:
        shutil.copy(out / f"{name}.csv", csv_only)
    from_parquet = pipeline.load_tables(out)
    from_csv = pipeline.load_tables(csv_only)
    for name, table in schemas.TABLES.items():
        pd.testing.assert_frame_equal(from_csv[name], from_parquet[name])
        df = from_parquet[name]
        for col, dtype in table.columns:
            if dictionary.is_date(col):
                assert str(df[col].dtype).startswith("datetime64"), col
            elif dtype == schemas.STR:
                assert df[col].dtype == "string", col  # ids are strings everywhere
            else:
                assert df[col].dtype == dtype, col
    arts = from_parquet["articles"].set_index("article_id")
    assert arts.loc["wire-0001", "published"] == pd.Timestamp("2024-03-04")
    assert pd.isna(arts.loc["wire-0003", "published"])


def test_duckdb_declares_types_and_primary_keys(db):
    types = dict(
        db.execute(
            "SELECT table_name || '.' || column_name, data_type "
            "FROM information_schema.columns"
        ).fetchall()
    )
    assert types["articles.article_id"] == "VARCHAR"
    assert types["articles.published"] == "DATE"
    assert types["dates.first_day"] == "DATE"
    assert types["mentions.start_char"] == "BIGINT"
    keys = {
        t: list(cols)
        for t, cols in db.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    }
    assert keys == {
        name: list(info.primary_key) for name, info in dictionary.TABLES.items()
    }
    (comment,) = db.execute(
        "SELECT comment FROM duckdb_columns() WHERE table_name = 'dates' "
        "AND column_name = 'first_day'"
    ).fetchone()
    assert comment.startswith("First day of the period")


def test_duckdb_views_join_the_tables(db):
    rows = db.execute(
        "SELECT person_canonical_name, title, org_canonical_name, org_acronym, "
        "published FROM role_details WHERE person_canonical_name = 'Tran Quang Hung'"
    ).fetchall()
    assert [r[:4] for r in rows] == [
        (
            "Tran Quang Hung",
            "Director General",
            "Authority of Information Security",
            "AIS",
        )
    ]
    assert str(rows[0][4]) == "2024-11-15"
    (n,) = db.execute(
        "SELECT count(*) FROM mention_entities WHERE entity_kind = 'organisation' "
        "AND entity_name = 'Authority of Information Security'"
    ).fetchone()
    assert n >= 2  # the long form and the acronym
    timeline = db.execute(
        "SELECT sum(n_mentions) FROM entity_timeline WHERE name = "
        "'Authority of Information Security'"
    ).fetchone()
    assert timeline == (n,)


def test_no_column_is_an_sql_reserved_word(db):
    reserved = {
        w
        for (w,) in db.execute(
            "SELECT keyword_name FROM duckdb_keywords() "
            "WHERE keyword_category = 'reserved'"
        ).fetchall()
    }
    used = {c for t in schemas.TABLES.values() for c in t.names}
    assert not used & reserved
    db.execute("SELECT first_day, last_day FROM dates").fetchall()


def test_datapackage_validates_with_frictionless(out):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads((out / "datapackage.json").read_text())
    roles = next(r for r in package["resources"] if r["name"] == "roles")
    assert roles["schema"]["primaryKey"] == ["role_id"]
    assert {
        "fields": ["person_id"],
        "reference": {"resource": "people", "fields": ["person_id"]},
    } in roles["schema"]["foreignKeys"]
    dates = next(r for r in package["resources"] if r["name"] == "dates")
    fields = {f["name"]: f for f in dates["schema"]["fields"]}
    assert fields["first_day"]["type"] == "date"
    assert fields["kind"]["constraints"]["enum"] == ["DATE", "TIME", "DURATION", "SET"]


def test_datapackage_catches_a_broken_key(out, tmp_path):
    """The package is not decoration: a dangling foreign key fails validation."""
    frictionless = pytest.importorskip("frictionless")
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in schemas.TABLES:
        shutil.copy(out / f"{name}.csv", copy)
    shutil.copy(out / "datapackage.json", copy)
    roles = pd.read_csv(copy / "roles.csv", dtype=str, keep_default_na=False)
    roles.loc[0, "person_id"] = "per_nobody"
    roles.to_csv(copy / "roles.csv", index=False)
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {t for (t,) in report.flatten(["type"])}


def test_duckdb_alone_leaves_no_parquet(tmp_path, repo_root):
    result = run(
        [repo_root / "corpus" / "wire.jsonl"],
        Settings(out_dir=tmp_path, output_format="duckdb"),
    )
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert "newsner.duckdb" in names and "datapackage.json" in names
    assert not [n for n in names if n.endswith(".parquet")]
    assert result.tables["articles"] == 3
    con = duckdb.connect(str(tmp_path / "newsner.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    con.close()
