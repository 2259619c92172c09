"""The faster matchers find what spaCy's own find."""

from __future__ import annotations

import spacy
from spacy.matcher import DependencyMatcher, Matcher
from spacy.matcher.matcher import _SetPredicate
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.matching import SharedNodeMatcher, speed_up

PATTERNS = [
    [{"LOWER": {"IN": ["chief", "acme"]}}, {"IS_TITLE": True, "OP": "+"}],
    [{"LOWER": {"NOT_IN": ["the", "a"]}, "ENT_TYPE": {"IN": ["ORG"]}}],
    [{"ENT_TYPE": {"NOT_IN": ["ORG", "PERSON"]}, "TAG": {"IN": ["NNP"]}}],
    [{"TEXT": {"REGEX": "^[A-Z]{2,5}s$"}}],
    [{"LOWER": {"REGEX": "^co-"}}, {"ORTH": {"IN": [",", ":"]}}],
    [{"DEP": {"IN": ["nsubj"]}, "LOWER": {"NOT_IN": ["he"]}}],
    [{"LOWER": {"IN": ["acme"]}}, {"_": {"predicates_test_flag": {"IN": [0]}}}],
]


def _doc():
    nlp = spacy.blank("en")
    words = "The Acme Corp , co-founded by Chief Jane Doe : NGOs and He said .".split()
    tags = ["DT", "NNP", "NNP", ",", "VBN", "IN", "NNP", "NNP", "NNP", ":", "NNS"]
    tags += ["CC", "PRP", "VBD", "."]
    deps = ["det", "nsubj", "ROOT", "punct", "acl", "agent", "compound", "compound"]
    deps += ["pobj", "punct", "conj", "cc", "nsubj", "conj", "punct"]
    heads = [2, 2, 2, 2, 2, 4, 8, 8, 5, 2, 2, 2, 13, 2, 2]
    doc = Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)
    doc.ents = [Span(doc, 1, 3, "ORG"), Span(doc, 7, 9, "PERSON")]
    return doc


def test_stand_ins_find_the_same_matches():
    if not Token.has_extension("predicates_test_flag"):
        Token.set_extension("predicates_test_flag", default=0)
    doc = _doc()
    plain, fast = Matcher(doc.vocab), Matcher(doc.vocab)
    for k, pattern in enumerate(PATTERNS):
        plain.add(str(k), [pattern])
        fast.add(str(k), [pattern])
    speed_up(fast)
    kinds = [type(p) for p in fast._extra_predicates]
    assert kinds.count(_SetPredicate) == 1  # only the extension predicate is kept
    assert fast(doc) == plain(doc)
    assert len(plain(doc)) >= 6
    # Patterns added after speed_up share the stand-ins and still match.
    fast.add("late", [[{"LOWER": {"IN": ["chief", "acme"]}}]])
    plain.add("late", [[{"LOWER": {"IN": ["chief", "acme"]}}]])
    assert fast(doc) == plain(doc)


DEP_PATTERNS = {
    "subject": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": "ROOT"}},
        {
            "LEFT_ID": "verb",
            "REL_OP": ">",
            "RIGHT_ID": "subj",
            "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}},
        },
    ],
    "agent": [
        {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"DEP": "ROOT"}},
        {"LEFT_ID": "verb", "REL_OP": ">>", "RIGHT_ID": "by", "RIGHT_ATTRS": {}},
        {
            "LEFT_ID": "by",
            "REL_OP": ">",
            "RIGHT_ID": "name",
            "RIGHT_ATTRS": {"ENT_TYPE": "PERSON"},
        },
    ],
    "conj": [
        {"RIGHT_ID": "a", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}}},
        {"LEFT_ID": "a", "REL_OP": "$++", "RIGHT_ID": "b", "RIGHT_ATTRS": {}},
    ],
}


def test_shared_node_matcher_finds_the_same_matches():
    doc = _doc()
    plain, shared = DependencyMatcher(doc.vocab), SharedNodeMatcher(doc.vocab)
    for key, pattern in DEP_PATTERNS.items():
        plain.add(key, [pattern])
        shared.add(key, [pattern])
    assert shared(doc) == plain(doc)  # before share_nodes: spaCy's own search
    shared.share_nodes()
    assert len(shared._same) == 4  # 7 nodes, 4 distinct
    assert shared(doc) == plain(doc)
    assert len(plain(doc)) >= 10
    assert shared._get_keys_to_position_maps(doc) == (
        plain._get_keys_to_position_maps(doc)
    )
