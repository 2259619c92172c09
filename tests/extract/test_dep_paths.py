"""dep_paths: what stops a path rule between a person and an organisation, on
hand-built parses (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.extract.dep_denials import denies
from pipeline.extract.dep_paths import _blocked


def _parse(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


@pytest.mark.parametrize(
    ("adverbs", "blocked"),
    [
        (["never"], True),  # "Jo Roe never joined Acme"
        (["not"], True),
        (["not", "only"], False),  # "Jo Roe not only joined Acme": it adds
        (["not", "just"], False),
        ([], False),
    ],
)
def test_a_negation_blocks_the_path_only_when_it_denies(adverbs, blocked):
    n = len(adverbs)
    verb = 2 + n
    words = ["Jo", "Roe", *adverbs, "joined", "Acme", "."]
    heads = [1, verb, *[verb] * n, verb, verb, verb]
    negation = ["neg"] + ["advmod"] * (n - 1) if n else []
    deps = ["compound", "nsubj", *negation, "ROOT", "dobj", "punct"]
    doc = _parse(words, heads, deps)
    path = [doc[1], doc[verb], doc[verb + 1]]
    assert _blocked(path, doc[1], {"NOT_THROUGH": frozenset()}, "Jo Roe") is blocked


@pytest.mark.parametrize(
    ("name", "owner", "blocked"),
    [
        ("John Roe", "her", True),  # "John Roe left her job at Acme": hers
        ("Jane Roe", "her", False),
        ("John Roe", "his", False),
        ("Jo Roe", "her", False),  # a name of unknown gender fits either
    ],
)
def test_a_job_owned_by_a_pronoun_that_does_not_fit_blocks_the_path(
    name, owner, blocked
):
    words = [*name.split(), "left", owner, "job", "at", "Acme", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 2]
    deps = ["compound", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj", "punct"]
    doc = _parse(words, heads, deps)
    path = [doc[6], doc[5], doc[4], doc[2]]
    assert _blocked(path, doc[1], {"NOT_THROUGH": frozenset()}, name) is blocked


def test_a_job_owned_by_another_person_blocks_the_path():
    words = ["Jo", "Roe", "praised", "Ann", "Poe", "'s", "work", "at", "Acme", "."]
    heads = [1, 2, 2, 4, 6, 4, 2, 6, 7, 2]
    deps = [
        "compound", "nsubj", "ROOT", "compound", "poss", "case", "dobj", "prep",
        "pobj", "punct",
    ]  # fmt: skip
    doc = _parse(words, heads, deps)
    path = [doc[8], doc[7], doc[6], doc[2]]
    spec = {"NOT_THROUGH": frozenset()}
    assert not _blocked(path, doc[1], spec, "Jo Roe")  # no entities: no person
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "PERSON")]
    assert _blocked(path, doc[1], spec, "Jo Roe")


def test_a_denial_is_a_negation_not_followed_by_only_or_just():
    doc = _parse(
        ["not", "the", "only", "never", "not", "merely", "not", "a"],
        [0] * 8,
        ["ROOT"] + ["dep"] * 7,
    )
    assert [denies(t) for t in doc] == [
        False,
        False,
        False,
        True,
        False,
        False,
        True,
        False,
    ]
