"""The faster matchers find what spaCy's own find."""

from __future__ import annotations

import spacy
from spacy.matcher import DependencyMatcher, Matcher
from spacy.matcher.matcher import _SetPredicate
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.matching import (
    add_ruler_patterns,
    flag_ruler,
    lexeme_flags,
    speed_up,
)
from pipeline.nlp.node_matcher import SharedNodeMatcher

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


RULER_PATTERNS = [
    {"label": "ORG", "id": "t:in", "pattern": [{"LOWER": {"IN": ["the", "by", ","]}}]},
    {
        "label": "X",
        "id": "t:not-in",
        "pattern": [
            {"LOWER": {"NOT_IN": ["the", "by", ","]}, "IS_TITLE": True},
            {"ORTH": {"IN": ["Corp", "Doe"]}},
        ],
    },
    {
        "label": "X",
        "id": "t:optional",
        "pattern": [
            {"TEXT": {"REGEX": "^co-"}, "OP": "?"},
            {"lower": {"IN": ["by"]}},
            {"LOWER": {"IN": ["chief"]}},
        ],
    },
    {
        "label": "X",
        "id": "t:mixed",
        "pattern": [{"LOWER": {"IN": ["ngos"], "REGEX": "s$"}}],
    },
    {"label": "X", "id": "t:phrase", "pattern": "Jane Doe"},
    {
        "label": "X",
        "id": "t:less",
        "pattern": [{"LOWER": {"IN": ["chief", "said", "doe"], "NOT_IN": ["said"]}}],
    },
]


def _ruler(patterns, flags: bool):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    ruler.add_patterns(patterns)
    if flags:
        flag_ruler(ruler)
    return nlp, ruler


def _spans(nlp, ruler, text):
    doc = ruler(nlp(text))
    return [(s.start, s.end, s.label_, s.id_) for s in doc.spans["ruler"]]


def test_lexeme_flags_find_the_same_spans():
    text = "The Acme Corp , co-founded by Chief Jane Doe : NGOs and he said ."
    plain_nlp, plain = _ruler(RULER_PATTERNS, flags=False)
    nlp, fast = _ruler(RULER_PATTERNS, flags=True)
    expected = _spans(plain_nlp, plain, text)
    assert len(expected) == 10  # "Chief" and "Doe" by t:less, not "said"
    assert _spans(nlp, fast, text) == expected
    # Words first seen after the flags were added get them too.
    assert _spans(nlp, fast, "Zyxo Doe met the acmE chief by chief .") == _spans(
        plain_nlp, plain, "Zyxo Doe met the acmE chief by chief ."
    )
    # Leading word tests are flags (IN and NOT_IN of one set share a flag);
    # a second element, a test with two operators and a phrase stay as written.
    done = lexeme_flags(RULER_PATTERNS, spacy.blank("en").vocab)
    first, second = done[1]["pattern"]
    flag = next(k for k in first if isinstance(k, int))
    assert first == {"IS_TITLE": True, flag: False}  # NOT_IN: the set's flag off
    assert second == {"ORTH": {"IN": ["Corp", "Doe"]}}
    assert done[0]["pattern"] == [{flag: True}]  # the same set, one flag
    assert all(
        isinstance(k, int) for s in done[2]["pattern"][:2] for k in s if k != "OP"
    )
    assert done[3] == RULER_PATTERNS[3] and done[4] == RULER_PATTERNS[4]
    # A list less some of its words: one flag for the difference.
    (less,) = done[5]["pattern"]
    assert len(less) == 1 and list(less.values()) == [True]
    assert RULER_PATTERNS[0]["pattern"] == [{"LOWER": {"IN": ["the", "by", ","]}}]


def test_lexeme_flags_stop_at_the_last_free_bit():
    vocab = spacy.blank("en").vocab
    while any(b not in vocab.lex_attr_getters for b in range(1, 64)):
        vocab.add_flag(lambda word: False)
    assert lexeme_flags(RULER_PATTERNS, vocab) == RULER_PATTERNS


def test_a_flagged_ruler_saves_its_own_patterns(tmp_path):
    nlp, ruler = _ruler(RULER_PATTERNS, flags=True)
    assert ruler.patterns == RULER_PATTERNS
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    text = "The Acme Corp , co-founded by Chief Jane Doe ."
    assert _spans(again, again.get_pipe("span_ruler"), text) == _spans(nlp, ruler, text)


def _counting_pipeline(phrase_attr: str):
    """A blank pipeline whose component before the ruler counts the Docs it sees
    (a stand-in for the model's recognizer), and the ruler."""
    nlp = spacy.blank("en")
    seen = []

    def counter(doc):
        seen.append(doc.text)
        for token in doc:
            token.tag_ = "NN"
        return doc

    name = f"count_docs_{phrase_attr.lower()}"
    spacy.Language.component(name, func=counter)
    nlp.add_pipe(name)
    ruler = nlp.add_pipe("span_ruler", config={"phrase_matcher_attr": phrase_attr})
    return nlp, ruler, seen


PHRASES = [
    {"label": "ORG", "pattern": "acme corp", "id": "org:x"},
    {"label": "ORG", "pattern": "Ministry of Silly Walks", "id": "org:y"},
]


def test_ruler_phrase_patterns_are_made_by_the_tokenizer_alone():
    nlp, ruler, seen = _counting_pipeline("LOWER")
    add_ruler_patterns(ruler, PHRASES)
    assert seen == []  # the component before the ruler never ran
    assert ruler.patterns == PHRASES
    doc = nlp("Shares of ACME Corp rose; the ministry of silly walks said.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["ruler"]] == [
        ("ACME Corp", "ORG", "org:x"),
        ("ministry of silly walks", "ORG", "org:y"),
    ]
    assert "count_docs_lower" in nlp.pipe_names  # enabled again afterwards


def test_ruler_phrase_patterns_on_other_attributes_see_the_pipeline():
    # A phrase matcher on an attribute a component sets (TAG) needs the
    # components before it: they still run over the pattern texts.
    nlp, ruler, seen = _counting_pipeline("TAG")
    add_ruler_patterns(ruler, PHRASES)
    assert seen == ["acme corp", "Ministry of Silly Walks"]
