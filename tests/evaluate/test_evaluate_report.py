"""The plain-text table and the JSON rendering."""

from __future__ import annotations

import json

from pipeline.evaluate import format_table, to_json
from pipeline.evaluate.types import ScoreRow

ROWS = [
    ScoreRow(
        "conll2003_dev", "entities", "ALL", "exact", 0.7123, 0.5951, 0.64844, 5942, 4963
    ),
    ScoreRow(
        "tb", "timex", "DATE+TIME", "value_acc", None, None, None, 12, accuracy=0.5
    ),
]


def test_format_table_exact_layout():
    assert format_table(ROWS) == (
        "dataset        task      label      metric         P      R     F1    acc  "
        "support  pred\n-------------  --------  ---------  ---------  -----  -----  "
        "-----  -----  -------  ----\nconll2003_dev  entities  ALL        exact      "
        "0.712  0.595  0.648      -     5942  4963\ntb             timex     DATE+TIME "
        " value_acc      -      -      -  0.500       12     -"
    )


def test_count_column_only_when_a_row_has_a_count():
    split = ScoreRow(
        "aida", "resolution", "PER+ORG", "split", None, None, None, 9, count=2
    )
    lines = format_table([*ROWS, split]).splitlines()
    assert lines[0].split()[-1] == "count"
    assert lines[2].split()[-2:] == ["4963", "-"]
    assert lines[4].split()[-3:] == ["9", "-", "2"]


def test_format_table_without_rows_is_header_only():
    assert format_table([]).splitlines()[0].split() == [
        "dataset",
        "task",
        "label",
        "metric",
        "P",
        "R",
        "F1",
        "acc",
        "support",
        "pred",
    ]


def test_to_json_round_trip():
    data = json.loads(to_json(ROWS))
    assert data[0]["f1"] == 0.64844 and data[0]["support"] == 5942
    assert data[1]["precision"] is None and data[1]["accuracy"] == 0.5
    assert [ScoreRow(**d) for d in data] == ROWS
