"""Team patterns on blank pipelines with hand-set entities: a place that plays in a
sports report becomes an ORG named by the pattern; nothing else changes."""

from __future__ import annotations

import json

import pytest
import spacy
from team_cases import TEAM_CASES

from pipeline.nlp.breaks import line_breaks
from pipeline.nlp.teams import TEAMS_JSONL, Teams, build_matcher


@pytest.fixture(scope="module")
def nlp():
    out = spacy.blank("en")
    out.add_pipe("sentencizer")
    return out


@pytest.fixture(scope="module")
def teams(nlp):
    return Teams(build_matcher(nlp.vocab))


def _doc(nlp, text: str, ents: str):
    doc = nlp(text)
    spans = []
    for item in filter(None, (x.strip() for x in ents.split(";"))):
        what, label = item.rsplit("=", 1)
        start = text.index(what)
        spans.append(doc.char_span(start, start + len(what), label=label))
    doc.ents = spans
    return doc


def _teams(doc) -> dict[str, str]:
    return {e.text: e.id_ for e in doc.ents if e.label_ == "ORG"}


def test_every_pattern_id_has_cases():
    with TEAMS_JSONL.open(encoding="utf-8") as fh:
        ids = {json.loads(line)["id"] for line in fh if line.strip()}
    assert ids == set(TEAM_CASES)


@pytest.mark.parametrize("rule_id", sorted(TEAM_CASES))
def test_positive_case(nlp, teams, rule_id):
    text, ents, expected, _, _ = TEAM_CASES[rule_id]
    found = _teams(teams(_doc(nlp, text, ents)))
    assert set(found) == expected
    assert rule_id in found.values()


@pytest.mark.parametrize("rule_id", sorted(TEAM_CASES))
def test_negative_case(nlp, teams, rule_id):
    _, _, _, text, ents = TEAM_CASES[rule_id]
    doc = teams(_doc(nlp, text, ents))
    assert _teams(doc) == {}
    assert [e.label_ for e in doc.ents] == [
        x.rsplit("=", 1)[1] for x in ents.split("; ")
    ]


def test_outside_a_sports_report_nothing_changes(nlp, teams):
    doc = teams(
        _doc(nlp, "Riverton beat Kingsbay in the vote .", "Riverton=GPE; Kingsbay=GPE")
    )
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Riverton", "GPE"),
        ("Kingsbay", "GPE"),
    ]


def test_only_sentences_near_a_cue_are_read(nlp, teams):
    text = (
        "It was a league match in a long season . Filler one . Filler two . "
        "Riverton beat Kingsbay in the vote ."
    )
    doc = teams(_doc(nlp, text, "Riverton=GPE; Kingsbay=GPE"))
    assert _teams(doc) == {}


@pytest.mark.parametrize(
    ("name", "label"),
    [("Sweden", "GPE"), ("U.S.", "GPE"), ("English", "NORP"), ("European", "NORP")],
)
def test_a_nation_or_a_nationality_stays_what_it_was(nlp, teams, name, label):
    text = f"{name} beat Kingsbay 2-1 ." + " It was a league match in a long season ."
    doc = teams(_doc(nlp, text, f"{name}={label}; Kingsbay=GPE"))
    assert [(e.text, e.label_) for e in doc.ents] == [
        (name, label),
        ("Kingsbay", "ORG"),
    ]


def test_a_player_named_in_full_is_no_team(nlp, teams):
    text = (
        "Edberg beat Tomas Varnhold in the first round of the tournament . "
        "Next he has a match against Varnhold in the second round of the season ."
    )
    doc = _doc(nlp, text, "Edberg=PERSON; Tomas Varnhold=PERSON")
    start = text.index("against Varnhold") + len("against ")  # the second one
    doc.ents = [*doc.ents, doc.char_span(start, start + 8, label="GPE")]
    assert _teams(teams(doc)) == {}


def test_never_raises_without_entities(nlp, teams):
    for text in ("", "league match season", "Kingsbay beat"):
        assert list(teams(nlp(text)).ents) == []


def test_the_lines_of_a_list_count_as_one_sentence(nlp, teams):
    # A fixture list: each line is a sentence of its own (`nlp.breaks`), but
    # nearness to the cue counts in full-stop sentences.
    text = (
        "The league season fixtures for the tour .\n"
        "May 3 v Riverton\nMay 5 v Hollins\nMay 7 v Kingsbay\n"
        "Filler one . Filler two . Kingsbay beat Riverton in the vote ."
    )
    doc = line_breaks(_doc(nlp, text, "Riverton=GPE; Hollins=GPE; Kingsbay=GPE"))
    assert sum(1 for s in doc.sents if s.text.strip()) == 7
    found = [(e.text, e.label_) for e in teams(doc).ents]
    assert found[:3] == [("Riverton", "ORG"), ("Hollins", "ORG"), ("Kingsbay", "ORG")]
