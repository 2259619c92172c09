"""Mention rows: offsets, sentence indices, labels and provenance from spans."""

import pytest
import spacy
from spacy.tokens import Span

from pipeline.extract.mentions import (
    mention_id,
    mention_rows,
    orgs_by_role,
    people_by_role,
    sentence_index,
    source_of,
    untagged_people,
)


@pytest.mark.parametrize(
    "rule_id, source",
    [
        ("", "model"),
        ("acronym:schwartz_hearst", "acronym"),
        ("propagated:doc_vote", "propagated"),
        ("org:ministry_of", "rule"),
        ("date:quarter", "rule"),
    ],
)
def test_source_of(rule_id, source):
    assert source_of(rule_id) == source


@pytest.mark.parametrize("char, index", [(0, 0), (9, 0), (10, 1), (25, 2), (99, 2)])
def test_sentence_index(char, index):
    assert sentence_index([0, 10, 20], char) == index


def test_rows_from_a_hand_built_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Anna Berg spoke. The Bank of Oslo agreed.")
    doc.ents = [
        Span(doc, 0, 2, label="PERSON", kb_id="Anna Berg"),
        Span(doc, 4, 8, label="ORG", span_id="org:bank_of"),
    ]
    rows = mention_rows(doc, "a1", "body")
    assert [
        (
            r["text"],
            r["start_char"],
            r["end_char"],
            r["sentence_index"],
            r["label"],
            r["source"],
            r["rule_id"],
            r["link"],
        )
        for r in rows
    ] == [
        ("Anna Berg", 0, 9, 0, "PERSON", "model", "", "Anna Berg"),
        ("The Bank of Oslo", 17, 33, 1, "ORG", "rule", "org:bank_of", ""),
    ]
    assert rows[0]["mention_id"] == mention_id("a1", "body", 0, 9, "PERSON")
    assert [r["honorific"] for r in rows] == ["", ""]
    assert len({r["mention_id"] for r in rows}) == 2


@pytest.mark.parametrize(
    "text, start, label, honorific",
    [
        ("Yesterday Mr. Hung spoke.", 2, "PERSON", "Mr."),
        ("Yesterday Dr Lee spoke.", 2, "PERSON", "Dr"),
        ("Yesterday General Lee spoke.", 2, "PERSON", ""),
        ("Yesterday Mr. Hung spoke.", 2, "ORG", ""),
        ("Hung spoke.", 0, "PERSON", ""),
    ],
)
def test_honorific_before(text, start, label, honorific):
    from pipeline.extract.mentions import honorific_before

    doc = spacy.blank("en")(text)
    assert honorific_before(Span(doc, start, start + 1, label=label)) == honorific


def _mention(text, label, start, field="body"):
    return {
        "mention_id": mention_id("a1", field, start, start + len(text), label),
        "article_id": "a1",
        "field": field,
        "start_char": start,
        "end_char": start + len(text),
        "text": text,
        "label": label,
        "source": "model",
        "rule_id": "",
    }


def _cand(person, link, title, field="body"):
    return {"field": field, "person_text": person, "person_link": link, "title": title}


def test_a_titled_loose_subject_makes_its_mentions_people():
    mentions = [
        _mention("Okafor", "ORG", 0),
        _mention("Danforth Bank", "ORG", 30),
        _mention("Okafor", "GPE", 80),
        _mention("Okafor", "ORG", 0, field="title"),  # another field
    ]
    cands = [_cand("Okafor", "", "Chief Executive Officer")]
    out = people_by_role(mentions, cands)
    assert [m["label"] for m in out] == ["PERSON", "ORG", "PERSON", "ORG"]
    assert out[0]["rule_id"] == "role:loose_subject" and out[0]["source"] == "rule"
    assert out[0]["mention_id"] == mention_id("a1", "body", 0, 6, "PERSON")
    assert people_by_role(out, cands) == out  # idempotent


def test_an_untitled_loose_subject_makes_its_mentions_people():
    # The grammar reads a loose subject untitled only when it holds an office or
    # does a person's work ("In 1984 Okafor served in the Norvik Army").
    out = people_by_role([_mention("Okafor", "ORG", 8)], [_cand("Okafor", "", "")])
    assert [(m["label"], m["rule_id"]) for m in out] == [
        ("PERSON", "role:loose_subject")
    ]


@pytest.mark.parametrize(
    "cand",
    [
        _cand("Okafor", "Okafor", "Chief Executive Officer"),  # a model PERSON
        _cand("Okafor", "Okafor", ""),
        _cand("Okafor", "", "", field="title"),  # another field
    ],
)
def test_other_role_readings_leave_labels_alone(cand):
    mentions = [_mention("Okafor", "ORG", 0)]
    assert people_by_role(mentions, [cand]) == mentions


def test_an_untagged_loose_subject_becomes_a_person_mention():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Acme grew. Okafor is the chief executive of Acme. Okafor left.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 9, 10, label="ORG")]
    mentions = [_mention("Acme", "ORG", 0), _mention("Acme", "ORG", 44)]
    cand = {**_cand("Okafor", "", "Chief Executive Officer"), "article_id": "a1"}
    out = untagged_people(doc, [{**cand, "sentence_index": 1}], mentions)
    assert [(m["text"], m["start_char"], m["label"], m["rule_id"]) for m in out] == [
        ("Okafor", 11, "PERSON", "role:loose_subject")
    ]
    assert out[0]["sentence_index"] == 1 and out[0]["source"] == "rule"
    # a linked person is the recognizer's already; a mention there is left alone
    assert untagged_people(doc, [{**cand, "person_link": "Okafor"}], mentions) == []
    taken = [*mentions, _mention("Okafor", "ORG", 11)]
    assert untagged_people(doc, [{**cand, "sentence_index": 1}], taken) == []
    # the name written inside a longer word first: its own word is the mention
    doc = nlp("Tied to Acme, Tie is its chief executive.")
    out = untagged_people(
        doc,
        [{**_cand("Tie", "", "Chief"), "article_id": "a1", "sentence_index": 0}],
        [],
    )
    assert [(m["text"], m["start_char"]) for m in out] == [("Tie", 14)]


def _at(m, sentence, link):
    return {**m, "sentence_index": sentence, "link": link}


def _org_cand(person, title, org, org_link, sentence, field="body"):
    return {
        **_cand(person, person, title, field),
        "org_text": org,
        "org_link": org_link,
        "sentence_index": sentence,
    }


def test_a_person_mention_a_role_reads_as_its_organisation_becomes_one():
    mentions = [
        _at(_mention("Ola Berg", "PERSON", 0), 0, "Ola Berg"),
        _at(_mention("Kestrel Holmgard", "PERSON", 24), 0, "Kestrel Holmgard"),
        _at(_mention("Kestrel Holmgard", "PERSON", 90), 2, "Kestrel Holmgard"),
        _at(_mention("Kestrel Holmgard", "PERSON", 0, field="title"), 0, "x"),
    ]
    cands = [
        _org_cand("Ola Berg", "Economist", "Kestrel Holmgard", "Kestrel Holmgard", 0)
    ]
    out, got = orgs_by_role(mentions, cands)
    assert [m["label"] for m in out] == ["PERSON", "ORG", "ORG", "PERSON"]
    assert out[1]["rule_id"] == "role:org_of_role" and out[1]["source"] == "rule"
    assert out[1]["mention_id"] == mention_id("a1", "body", 24, 40, "ORG")
    assert out[1]["link"] == "Kestrel Holmgard" == got[0]["org_link"]
    assert orgs_by_role(out, got) == (out, got)  # idempotent
    # an acronym of one word is no family name
    one = [_at(_mention("KHG", "PERSON", 24), 0, "KHG")]
    out, _ = orgs_by_role(one, [_org_cand("Ola Berg", "Economist", "KHG", "KHG", 0)])
    assert [m["label"] for m in out] == ["ORG"]


@pytest.mark.parametrize(
    ("org", "link"),
    [
        ("Ines Varga", "Ines Varga"),  # a known first name: a client, not an employer
        ("Holmgard", "Kestrel Holmgard"),  # a family name of the article's person
        ("Holmgard", "Holmgard"),  # one word: a family name the corpus may know
    ],
)
def test_a_name_that_reads_as_a_persons_stays_a_person(org, link):
    mentions = [_at(_mention(org, "PERSON", 24), 0, link)]
    cands = [_org_cand("Ola Berg", "Attorney", org, link, 0)]
    assert orgs_by_role(mentions, cands) == (mentions, cands)


def test_a_name_some_role_reads_as_its_person_stays_a_person():
    mentions = [_at(_mention("Kestrel Holmgard", "PERSON", 24), 0, "Kestrel Holmgard")]
    cands = [
        _org_cand("Ola Berg", "Adviser", "Kestrel Holmgard", "Kestrel Holmgard", 0),
        _org_cand("Kestrel Holmgard", "Chair", "Acme", "Acme", 1),
    ]
    assert orgs_by_role(mentions, cands) == (mentions, cands)
