"""A first name written with a slip in a corpus too small for a dominant spelling:
hand-made keys and mention rows, so these test the reduce, not the model. Names
are invented."""

from __future__ import annotations

import pandas as pd

from pipeline.lang.names import person_key
from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.merge import UnionFind
from pipeline.reduce.name_slips import merge_slips


def _joined(articles: dict[str, list[str]]) -> dict[str, str]:
    """name -> the name of its union-find root after `merge_slips`; `articles`:
    each name's articles."""
    arts = {person_key(n): set(a) for n, a in articles.items()}
    uf = UnionFind()
    merge_slips(sorted(arts), arts, uf)
    back = {person_key(n): n for n in articles}
    return {n: back[uf.find(person_key(n))] for n in articles}


def test_an_unknown_first_name_joins_the_known_one_a_slip_away_in_one_article():
    got = _joined({"Pual Verhaegen": ["a1"], "Paul Verhaegen": ["a2"]})
    assert got["Pual Verhaegen"] == got["Paul Verhaegen"]


def test_the_order_of_the_keys_does_not_matter():
    names = {"Vladmir Okonjo": ["a1"], "Vladimir Okonjo": ["a2", "a3"]}
    got = _joined(names)
    again = _joined(dict(reversed(list(names.items()))))
    assert got == again
    assert got["Vladmir Okonjo"] == got["Vladimir Okonjo"]


def test_no_join_when_the_first_letters_differ():
    # a daughter's name can be her father's with two letters swapped
    got = _joined({"Nawar Qasimi": ["a1"], "Anwar Qasimi": ["a2"]})
    assert got["Nawar Qasimi"] != got["Anwar Qasimi"]


def test_no_join_when_the_known_name_is_in_fewer_articles():
    got = _joined({"Pual Verhaegen": ["a1", "a2"], "Paul Verhaegen": ["a3"]})
    assert got["Pual Verhaegen"] != got["Paul Verhaegen"]


def test_two_known_names_it_could_be_take_neither():
    got = _joined(
        {"Markc Verhaegen": ["a1"], "Mark Verhaegen": ["a2"], "Marc Verhaegen": ["a3"]}
    )
    assert len(set(got.values())) == 3


def test_two_known_given_names_a_letter_apart_stay_two_people():
    got = _joined({"Mary Verhaegen": ["a1"], "Mark Verhaegen": ["a2"]})
    assert got["Mary Verhaegen"] != got["Mark Verhaegen"]


def test_the_family_name_alone_then_finds_one_person_in_the_people_table():
    rows = pd.DataFrame(
        [
            ("m1", "a1", "PERSON", "Pual Verhaegen", "", ""),
            ("m2", "a1", "PERSON", "Verhaegen", "", ""),
            ("m3", "a2", "PERSON", "Paul Verhaegen", "", ""),
            ("m4", "a3", "PERSON", "Verhaegen", "", ""),
        ],
        columns=["mention_id", "article_id", "label", "text", "link", "honorific"],
    )
    days = {"a1": "2025-01-01", "a2": "2025-01-02", "a3": "2025-01-03"}
    people = resolve_entities(rows, days).people
    assert people["name"].tolist() == ["Paul Verhaegen"]
    assert people["n_mentions"].tolist() == [4]
