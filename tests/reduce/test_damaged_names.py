"""Names a scrape wrote with lost letters (replacement characters where an accented
letter was): hand-made keys and mention rows, so these test the reduce, not the
model. Names are invented."""

from __future__ import annotations

import pandas as pd

from pipeline.lang.names import person_key
from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.merge import UnionFind
from pipeline.reduce.name_slips import merge_damaged

LOST = "\ufffd\ufffd"


def _joined(names: list[str]) -> dict[str, str]:
    """name -> the name of its union-find root after `merge_damaged`."""
    keys = sorted({person_key(n) for n in names})
    anchors = {person_key(n): n for n in names}
    uf = UnionFind()
    merge_damaged(keys, anchors, uf)
    back = {person_key(n): n for n in names}
    return {n: back[uf.find(person_key(n))] for n in names}


def test_a_lost_letter_is_one_letter_of_the_one_name_it_can_be():
    damaged = f"Se{LOST}n Dorlan"
    got = _joined([damaged, "Sean Dorlan", "Sean Dorlanski", "Seoirse Dorlan"])
    assert got[damaged] == got["Sean Dorlan"]
    assert got["Seoirse Dorlan"] == "Seoirse Dorlan"  # longer: no one letter
    assert got["Sean Dorlanski"] == "Sean Dorlanski"


def test_two_damages_of_one_name_meet():
    a, b = f"N{LOST}ir{LOST}n Vasko", f"No{LOST}r{LOST}n Vasko"
    got = _joined([a, b])
    assert got[a] == got[b]


def test_two_names_it_could_be_take_neither():
    damaged = f"Se{LOST}n Dorlan"
    got = _joined([damaged, "Sean Dorlan", "Seon Dorlan"])
    assert len(set(got.values())) == 3


def test_a_damaged_name_joins_its_person_in_the_people_table():
    rows = pd.DataFrame(
        [
            ("m1", "a1", "PERSON", f"Ciar{LOST}n Velde", "", ""),
            ("m2", "a2", "PERSON", "Ciaran Velde", "", ""),
            ("m3", "a3", "PERSON", "Ciaran Velde", "", ""),
        ],
        columns=["mention_id", "article_id", "label", "text", "link", "honorific"],
    )
    days = {"a1": "2025-01-01", "a2": "2025-01-02", "a3": "2025-01-03"}
    people = resolve_entities(rows, days).people
    assert people["name"].tolist() == ["Ciaran Velde"]
    assert people["n_mentions"].tolist() == [3]


def _table(label: str, texts: list[str]) -> pd.DataFrame:
    """The organisations or people table of one mention per text, an article each."""
    rows = pd.DataFrame(
        [(f"m{i}", f"a{i}", label, t, "", "") for i, t in enumerate(texts)],
        columns=["mention_id", "article_id", "label", "text", "link", "honorific"],
    )
    res = resolve_entities(rows, {f"a{i}": "2025-01-01" for i in range(len(texts))})
    return res.organisations if label == "ORG" else res.people


def test_a_damaged_name_is_never_the_display_name_beside_its_whole_spelling():
    # written damaged more often, the row still shows the name whole, for
    # organisations as for people
    for label, whole, damaged in (
        ("ORG", "Sinn Vela", f"Sinn V{LOST}la"),
        ("PERSON", "Sean Dorlan", f"Se{LOST}n Dorlan"),
    ):
        got = _table(label, [damaged, damaged, damaged, whole])
        assert got[["name", "n_mentions"]].values.tolist() == [[whole, 4]], label
    # alone, it is the name
    got = _table("ORG", [f"Sinn V{LOST}la"])
    assert got["name"].tolist() == [f"Sinn V{LOST}la"]


def test_a_damaged_first_or_last_word_finds_its_name_by_the_other():
    damaged_first = f"Se{LOST}n O'Dorlan"
    damaged_last = f"Marta Dorl{LOST}n"
    got = _joined([damaged_first, "Sean O'Dorlan", damaged_last, "Marta Dorlan"])
    assert got[damaged_first] == got["Sean O'Dorlan"]
    assert got[damaged_last] == got["Marta Dorlan"]


def test_junk_names_as_written_never_raise_and_join_nothing():
    keys = ["se n dorlan", "sean dorlan"]
    for junk in ({"se n dorlan": float("nan")}, {"se n dorlan": ""}, {}):
        uf = UnionFind()
        merge_damaged(keys, junk, uf)
        assert uf.find("se n dorlan") != uf.find("sean dorlan")
