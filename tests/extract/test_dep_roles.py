"""dep_role_rows: one positive and one negative sentence per dependency pattern id,
and how it plugs in.
"""

from __future__ import annotations

import pytest
from dep_role_cases import DEP_ROLE_CASES
from role_docs import HandParser, make_doc

from pipeline.extract.dep_roles import dep_role_rows
from pipeline.extract.dep_rules import load_dep_rules
from pipeline.extract.role_grammar import ROLES_JSONL, load_rules
from pipeline.extract.roles import role_rows as _role_rows
from pipeline.schemas import ROLE_CANDIDATES


def parser_make_doc():
    """The role parser's interface over the hand-set parses of the test sentences."""
    return HandParser()


def role_rows(doc, article_id: str, field: str) -> list[dict]:
    return _role_rows(doc, article_id, field, parser_make_doc())


def _rows(text: str) -> list[dict]:
    doc = make_doc(text)
    return dep_role_rows(
        list(enumerate(doc.sents)),
        lambda k, sent: {"sentence_index": k},
        parser_make_doc(),
    )


@pytest.mark.parametrize(
    ("rule_id", "sentence", "expected"),
    DEP_ROLE_CASES,
    ids=[f"{c[0]}:{'pos' if c[2] else 'neg'}{i}" for i, c in enumerate(DEP_ROLE_CASES)],
)
def test_dep_patterns(rule_id, sentence, expected):
    rows = _rows(sentence)
    assert {
        (r["person_text"], r["title"], r["qualifier"], r["org_text"]) for r in rows
    } == expected
    if expected:
        assert rule_id in {part for r in rows for part in r["rule_id"].split("+")}


def test_the_shipped_parse_rules_are_found_by_the_index():
    # One node test the index does not read (a regex, a flag such as IS_ALPHA)
    # sends every parse rule back to the Matcher's per-token tests: on 600 news
    # articles that doubled the parse rules' time.
    matcher, _ = load_dep_rules(parser_make_doc())
    assert matcher.indexed


def test_a_person_entity_inside_a_title_phrase_is_no_person():
    # The recognizer sometimes reads the tail of "Professor Emeritus of Geology" as a
    # name.
    text = "Tomas Reyes is Professor Emeritus of Geology at Danforth University."
    ents = [
        (0, 11, "PERSON", "Tomas Reyes", ""),
        (25, 44, "PERSON", "Emeritus of Geology", ""),
        (48, 67, "ORG", "Danforth University", ""),
    ]
    assert text[25:44] == "Emeritus of Geology" and text[48:67] == "Danforth University"
    from pipeline.extract.dep_roles import _sentence_roles

    parser = parser_make_doc()
    rows = _sentence_roles(parser(text), ents, load_dep_rules(parser))
    people = {text[p[0] : p[1]] for p, _, _, _ in rows}
    assert "Emeritus of Geology" not in people


def test_every_dep_pattern_id_has_a_positive_and_a_negative_case():
    ids = {r.id for r in load_rules(ROLES_JSONL) if r.over in ("parse", "path")}
    assert ids == {rid for rid, _, exp in DEP_ROLE_CASES if exp}
    assert ids == {rid for rid, _, exp in DEP_ROLE_CASES if not exp}


def test_he_binds_only_to_the_one_person_named_before_it():
    assert {
        r["person_text"]
        for r in _rows("Marco Bellini said he was president of Northwind Bank.")
    } == {"Marco Bellini"}
    assert (
        _rows("Marco Bellini told Anna Weiss he was president of Northwind Bank.") == []
    )
    # A "he" before the name is the one a later "he" goes on with.
    later = ", where he was named president of Northwind Bank."
    assert {
        r["person_text"] for r in _rows("Ines met Marco Bellini in Oslo" + later)
    } == {"Marco Bellini"}
    assert _rows("He met Marco Bellini in Oslo" + later) == []


def test_parse_only_adds_to_the_segment_rows():
    doc = make_doc(
        "Priya Natarajan is a Canadian businesswoman, president of Northwind Bank."
    )
    rows = role_rows(doc, "art", "body")
    assert all(list(r) == ROLE_CANDIDATES.names for r in rows)
    assert [(r["person_text"], r["title"], r["org_text"]) for r in rows] == [
        ("Priya Natarajan", "President", "Northwind Bank")
    ]


def test_he_in_a_later_sentence_binds_to_the_one_person_named_just_before():
    rows = _rows(
        "Marco Bellini opened a bakery in 1990. He was later president of Northwind "
        "Bank.",
    )
    assert [
        (r["person_text"], r["title"], r["org_text"], r["sentence_index"]) for r in rows
    ] == [("Marco Bellini", "President", "Northwind Bank", 1)]
    assert (
        _rows(
            "Marco Bellini met Anna Weiss in 1990. He was later president of Northwind "
            "Bank.",
        )
        == []
    )
    assert (
        _rows("The bakery opened in 1990. He was later president of Northwind Bank.")
        == []
    )


def test_an_apposition_on_one_of_two_names_stays_with_that_name():
    rows = _rows(
        "Anna Weiss and Marco Bellini, president of Northwind Bank, arrived on Friday.",
    )
    assert {(r["person_text"], r["org_text"]) for r in rows} <= {
        ("Marco Bellini", "Northwind Bank")
    }


def test_a_coordinated_verb_shares_the_subject_only_when_it_has_none():
    rows = _rows("Anna Weiss moved to Oslo in 1990 and joined Northwind Bank.")
    assert [(r["person_text"], r["org_text"]) for r in rows] == [
        ("Anna Weiss", "Northwind Bank")
    ]
    rows = _rows("Anna Weiss spoke first and then Marco Bellini joined Northwind Bank.")
    assert ("Anna Weiss", "Northwind Bank") not in {
        (r["person_text"], r["org_text"]) for r in rows
    }


def test_a_parse_with_nothing_marked_gives_no_role_and_does_not_raise():
    # Only organisations: no token is marked as a person or a title, and spaCy's
    # Matcher raises on patterns asking for TAG on a Doc without tags.
    from role_docs import parsed

    from pipeline.extract.dep_roles import _sentence_roles

    text = "Acme Bank sued Danforth Bank ."
    doc = parsed(text, "1:compound 2:nsubj 2:ROOT 4:compound 2:dobj 2:punct")
    ents = [(0, 9, "ORG", "Acme Bank", ""), (15, 28, "ORG", "Danforth Bank", "")]
    assert not doc.has_annotation("TAG")
    assert _sentence_roles(doc, ents, load_dep_rules(parser_make_doc())) == []


def _pair_rows(text: str) -> set[tuple[str, str, str]]:
    return {
        (r["person_text"], r["title"], r["org_text"])
        for r in role_rows(make_doc(text), "art", "body")
    }


def test_a_second_organisation_continues_a_parse_rule_row():
    # The hand parse hangs "Laboratory" on "Tanaka", as the parser does: only the
    # segment sequence says the laboratory follows the university.
    doc = make_doc(
        "Osamu Tanaka of Kestrel University and Marlow Biological Laboratory won "
        "the prize."
    )
    rows = role_rows(doc, "art", "body")
    assert {(r["person_text"], r["org_text"], r["rule_id"]) for r in rows} == {
        ("Osamu Tanaka", "Kestrel University", "role:dep_person_of_org"),
        (
            "Osamu Tanaka",
            "Marlow Biological Laboratory",
            "role:dep_person_of_org+role:tail_org",
        ),
    }


def test_continuations_follow_an_adverb_and_chain_through_a_list():
    assert _pair_rows(
        "Ines Moreau taught at Halvorsen University and later at the Brockton "
        "Institute."
    ) == {
        ("Ines Moreau", "", "Halvorsen University"),
        ("Ines Moreau", "", "Brockton Institute"),
    }
    assert _pair_rows(
        "The panel heard Ruth Adeyemi of Corvane Foods, Halden Mills and Pellworth "
        "Dairy on Monday."
    ) == {
        ("Ruth Adeyemi", "", "Corvane Foods"),
        ("Ruth Adeyemi", "", "Halden Mills"),
        ("Ruth Adeyemi", "", "Pellworth Dairy"),
    }


def test_an_organisation_that_heads_a_later_title_is_no_continuation():
    assert ("Ruth Adeyemi", "", "Halden Mills") not in _pair_rows(
        "Ruth Adeyemi of Corvane Foods and Halden Mills chairman Piet Vos met on "
        "Monday."
    )


def test_the_node_index_finds_the_matches_spacy_finds(monkeypatch):
    # SharedNodeMatcher finds node tokens by an index (nlp.node_index) and skips
    # roots missing a node; with `_distinct` unset it is spaCy's own
    # DependencyMatcher. On every hand-parsed case, with the marks the role
    # parser sets, both must give the same matches in the same order.
    from pipeline.nlp.node_matcher import SharedNodeMatcher

    fast = SharedNodeMatcher.__call__
    compared = []

    def both(self, doc):
        got = fast(self, doc)
        kept, self._distinct = self._distinct, None
        try:
            want = fast(self, doc)
        finally:
            self._distinct = kept
        assert got == want, doc.text
        compared.append(len(got))
        return got

    monkeypatch.setattr(SharedNodeMatcher, "__call__", both)
    for _, sentence, _ in DEP_ROLE_CASES:
        _rows(sentence)
    assert len(compared) > 100 and sum(compared) > 100
