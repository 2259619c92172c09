"""The pair scorer's features and threshold (evaluate.pair_scorer), on hand-built
parses: no model."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from pipeline.evaluate.pair_scorer import Candidate, matrix, path_features, threshold

TITLES = frozenset({"chief"})
CUES = frozenset({"joined"})


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_an_apposed_title_of_the_organisation(vocab):
    # "Roe , chief of Acme" with Roe the root and Acme the object of "of".
    doc = Doc(
        vocab,
        words=["Roe", ",", "chief", "of", "Acme"],
        heads=[0, 0, 0, 2, 3],
        deps=["ROOT", "punct", "appos", "prep", "pobj"],
        pos=["PROPN", "PUNCT", "NOUN", "ADP", "PROPN"],
        ents=["B-PERSON", "O", "O", "O", "B-ORG"],
    )
    assert path_features(doc[0], doc[4], TITLES, CUES) == {
        "path=|vappos|vprep|vpobj",
        "edges=3",
        "top=PROPN:roe",
        "person_dep=ROOT",
        "order=person_first",
        "distance=1",
        "title_on_path",
        "prep=of",
        "title_between",
    }


def test_a_subject_that_joined_the_organisation(vocab):
    doc = Doc(
        vocab,
        words=["Roe", "joined", "Acme", "and", "Lee", "stayed"],
        heads=[1, 1, 1, 1, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj"],
        pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB"],
        ents=["B-PERSON", "O", "B-ORG", "O", "B-PERSON", "O"],
    )
    assert path_features(doc[0], doc[2], TITLES, CUES) == {
        "path=nsubj|vdobj",
        "edges=2",
        "top=VERB:joined",
        "person_dep=nsubj",
        "order=person_first",
        "distance=0",
        "cue=joined",
    }
    # Lee comes after Acme; nothing of Roe's verb is on Lee's path but "joined".
    lee = path_features(doc[4], doc[2], TITLES, CUES)
    assert {"path=nsubj^conj|vdobj", "order=org_first", "person_dep=nsubj"} <= lee


def test_names_the_parse_does_not_join_have_no_features(vocab):
    doc = Doc(
        vocab,
        words=["Roe", "left", ".", "Acme", "grew"],
        heads=[1, 1, 1, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT"],
    )
    assert path_features(doc[0], doc[3], TITLES, CUES) == frozenset()


def test_the_threshold_is_the_lowest_that_reaches_the_precision():
    p = np.array([0.95, 0.9, 0.72, 0.66, 0.52])
    gold = np.array([True, True, True, False, False])
    assert threshold(p, gold, 0.88) == 0.7
    assert threshold(p, gold, 0.6) == 0.5
    assert threshold(np.array([0.9]), np.array([False]), 0.88) is None


def test_the_matrix_has_a_column_per_known_feature():
    cands = [
        Candidate(0, frozenset({"a", "b"}), True),
        Candidate(1, frozenset({"b", "z"}), False),
    ]
    assert matrix(cands, {"a": 0, "b": 1}).tolist() == [[1.0, 1.0], [0.0, 1.0]]
