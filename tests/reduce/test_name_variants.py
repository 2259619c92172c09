"""written_variants: organisation keys that are one name written two ways, and
the resolver joining them (hand-set keys and mentions, no model)."""

from __future__ import annotations

import pytest
from resolved_ids import entity_ids_of
from test_corpus_resolution import days, rows

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.name_variants import written_variants


@pytest.mark.parametrize(
    "a, b",
    [
        ("zorvex bank", "zorvexbank"),
        ("u s council of tanners", "us council of tanners"),
        ("okafor s party", "okafors party"),
        ("trans-meridian freight", "transmeridian freight"),
        ("house of tanners", "house tanners"),
        ("council on foreign trade", "council of foreign trade"),
        ("league of the northern ports", "league of northern ports"),
    ],
)
def test_one_name_written_two_ways_is_a_pair(a, b):
    assert written_variants([b, a]) == [tuple(sorted((a, b)))]


@pytest.mark.parametrize(
    "a, b",
    [
        # "and" joins two names as often as it is part of one
        ("fox and news", "fox news"),
        # a name that opens or ends with a small word is cut or glued
        ("and zorvex motor", "zorvex motor"),
        ("zorvex university a", "zorvex university"),
        # one content word says too little
        ("bank of", "bank"),
        ("northwind partners", "north wind power"),
    ],
)
def test_other_names_are_no_pair(a, b):
    assert written_variants([a, b]) == []


def test_the_pairs_do_not_depend_on_the_order_of_the_keys():
    keys = ["council on trade", "council of trade", "council trade", "zorvexbank"]
    assert written_variants(keys) == written_variants(list(reversed(keys)))


def test_the_resolver_joins_names_written_two_ways():
    df = rows(
        ("a0", "ORG", "Zorvex Institute for Peace"),
        ("a1", "ORG", "Zorvex Institute of Peace"),
        ("a2", "ORG", "Northwind Institute for Peace"),
        ("a3", "ORG", "Northwind Institute-for-Peace"),
    )
    got = entity_ids_of(resolve_entities(df, days(4)), df)
    assert got["m0"] == got["m1"] != got["m2"]
    assert got["m2"] == got["m3"]
