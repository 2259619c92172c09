"""The sentence tests run before any segment is cut: what they let pass may give
a role, what they turn away cannot (hand-set entities, no model)."""

from __future__ import annotations

import pytest
from role_docs import make_doc
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from pipeline.extract.role_grammar import ROLES_JSONL
from pipeline.extract.role_patterns import match_rules
from pipeline.extract.roles import plan_roles
from pipeline.extract.segment_merge import sentence_segments
from pipeline.extract.segment_sentences import (
    count_label,
    loose_readable,
    loose_rule_needs,
    title_start_ids,
)


def test_a_title_may_start_at_either_apostrophe():
    ids = title_start_ids(frozenset({"chief", "o'clock"}))
    spelt = ("chief", "o'clock", "o’clock")
    assert ids == frozenset(get_string_id(w) for w in spelt)


@pytest.mark.parametrize(
    "text, ents, readable",
    [
        ("Okafor is the chief executive of Acme.", "Acme=ORG", True),
        ("Okafor joined Acme as its chief executive.", "Acme=ORG", False),
        ("Okafor is a shareholder of Acme.", "Acme=ORG", False),
    ],
)
def test_a_sentence_naming_no_person_is_read_with_the_loose_rules_words(
    text, ents, readable
):
    doc = make_doc(text, ents)
    words = doc.to_array(LOWER).tolist()
    assert loose_readable(loose_rule_needs(ROLES_JSONL), words) == readable
    if not readable:  # the loose rules would find nothing in its segments
        hits = match_rules(sentence_segments(doc[:], list(doc.ents)), ROLES_JSONL)
        assert not [h for h in hits if h.rule.loose_person]


def test_the_loose_rule_still_reads_its_sentence():
    doc = make_doc("Okafor is the chief executive of Acme.", "Acme=ORG")
    rows = plan_roles(doc, "a1", "body").cands
    assert [(r["person_text"], r["title"], r["org_text"]) for r in rows] == [
        ("Okafor", "Chief Executive Officer", "Acme")
    ]


def test_an_organisation_with_a_unit_counts_twice():
    doc = make_doc("Acme's Research Division grew.", "Acme's Research Division=ORG")
    lowers = doc.to_array(LOWER).tolist()
    assert count_label(list(doc.ents), "ORG", lowers) == 2
    plain = make_doc("Acme Research Division grew.", "Acme Research Division=ORG")
    assert count_label(list(plain.ents), "ORG", plain.to_array(LOWER).tolist()) == 1
