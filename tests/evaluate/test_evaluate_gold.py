"""Gold loaders: format detection, dataset names, filtering, finding dev sets."""

from __future__ import annotations

import json

import pytest
from evalstub import CONLL, DATA, KNOWLEDGENET, LINKS, MEANTIME, TIMEBANK

from pipeline.evaluate.gold import detect_format, find_dev_sets, load_gold, meantime_dct


@pytest.mark.parametrize(
    ("path", "fmt", "name", "tasks"),
    [
        (MEANTIME, "meantime", "meantime", ("entities", "timex", "rows")),
        (CONLL, "conll", "conll", ("entities", "rows")),
        (TIMEBANK, "timebank", "tb_mini", ("timex",)),
        (KNOWLEDGENET, "knowledgenet", "knowledgenet", ("roles",)),
        (LINKS, "links", "links", ("resolution", "rows")),
    ],
)
def test_load_gold_detects_format(path, fmt, name, tasks):
    g = load_gold(path)
    assert (g.format, g.name, g.tasks) == (fmt, name, tasks)


def test_fixture_offsets_match_their_text():
    for path in (MEANTIME, CONLL, TIMEBANK, LINKS):
        for rec in map(json.loads, path.read_text().splitlines()):
            items = rec.get("entities", []) + rec.get("timexes", [])
            for item in items + rec.get("links", []):
                assert rec["text"][item["start"] : item["end"]] == item["text"]


def test_meantime_filtering():
    m1, m2 = load_gold(MEANTIME).docs()
    t = m1.input.text
    assert m1.input.published == "2011-05-02" and m1.scored_end == t.index("\nLater")
    # NOM "Acme Corp chief" and PRO "Zorland office" are gone.
    assert [(t[s:e], lab) for s, e, lab in m1.entities] == [
        ("Acme Corp", "ORG"),
        ("Jane Roe", "PER"),
        ("Acme Corp", "ORG"),
        ("Acme Corp chief Jane Roe", "PER"),
        ("Zorland", "LOC"),
    ]
    assert [t[s:e] for s, e in m1.ignore_timex] == ["May 02 , 2011"]
    assert [x.type for x in m1.timexes] == ["DATE", "DURATION"]
    assert [m2.input.text[s:e] for s, e in m2.ignore_entity] == ["Kim Lee"]


def test_other_formats_parse():
    (c1,) = load_gold(CONLL).docs()
    assert c1.input.published is None and len(c1.entities) == 5
    b1, b2 = load_gold(TIMEBANK).docs()
    assert b1.input.published == "1999-03-14" and [x.value for x in b1.timexes] == [
        "1999-03-12",
        "PT3H",
        "P1W",
    ]
    kn = list(load_gold(KNOWLEDGENET).docs())
    assert [d.input.doc_id for d in kn] == [
        "k1",
        "k2",
        "k3",
        "k5",
        "k6",
    ]  # k4 lists no property
    assert kn[3].roles == (("Alan Pires", "Corvo SA"),)  # CEO and EMPLOYEE pair merged
    assert kn[3].role_properties == ("CEO", "EMPLOYEE_OR_MEMBER_OF")


def test_detect_format_rejects_other_shapes():
    with pytest.raises(ValueError, match="unrecognised"):
        detect_format({"doc": "1", "names": [], "descriptions": []})


def test_find_dev_sets(tmp_path):
    assert find_dev_sets(tmp_path / "absent") == []
    assert find_dev_sets(DATA) == [CONLL, KNOWLEDGENET, LINKS, MEANTIME, TIMEBANK]
    (tmp_path / "side.jsonl").write_text(json.dumps({"doc": "1", "names": []}) + "\n")
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "gold.jsonl").write_text(CONLL.read_text())
    assert find_dev_sets(tmp_path) == [tmp_path / "gold.jsonl"]


def test_bad_files_raise(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(ValueError, match="empty"):
        load_gold(empty)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(
        CONLL.read_text()
        + '{"id": "x", "text": "a", "sentences": [], "entities": [{}]}\n'
    )
    with pytest.raises(ValueError, match="broken.jsonl:2"):
        list(load_gold(broken).docs())


def test_meantime_day_first_dct_becomes_iso():
    assert meantime_dct("03-02-2009") == "2009-02-03"
    assert meantime_dct("2009-02-03") == "2009-02-03"
    assert meantime_dct(None) is None
