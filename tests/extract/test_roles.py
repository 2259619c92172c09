"""role_rows and relation_rows: one positive and one negative sentence per pattern
id, and the seed.
"""

from __future__ import annotations

import pytest
import spacy
from role_cases import RELATION_CASES, ROLE_CASES
from role_docs import HandParser, make_doc

from pipeline.extract.relations import relation_rows
from pipeline.extract.role_grammar import RELATIONS_JSONL, ROLES_JSONL, load_rules
from pipeline.extract.roles import plan_roles
from pipeline.extract.roles import role_rows as _role_rows
from pipeline.nlp.tokens import adapt_tokenizer
from pipeline.schemas import RELATION_CANDIDATES, ROLE_CANDIDATES


def role_rows(doc, article_id: str, field: str) -> list[dict]:
    """role_rows with the hand-set parses of the test sentences."""
    return _role_rows(doc, article_id, field, HandParser())


def _ids(path) -> list[str]:
    return list(dict.fromkeys(r.id for r in load_rules(path, "segments")))


def _role_set(rows: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(r["person_text"], r["title"], r["qualifier"], r["org_text"]) for r in rows}


@pytest.mark.parametrize(
    ("rule_id", "sentence", "expected"),
    ROLE_CASES,
    ids=[f"{c[0]}:{'pos' if c[2] else 'neg'}{i}" for i, c in enumerate(ROLE_CASES)],
)
def test_role_patterns(rule_id, sentence, expected):
    rows = role_rows(make_doc(sentence), "art", "body")
    assert _role_set(rows) == expected
    if (
        expected
        and any(r["org_text"] for r in rows)
        and not rule_id.startswith("role:tail")
    ):
        assert rule_id in {r["rule_id"] for r in rows}


@pytest.mark.parametrize(
    ("rule_id", "sentence", "expected"),
    RELATION_CASES,
    ids=[f"{c[0]}:{'pos' if c[2] else 'neg'}{i}" for i, c in enumerate(RELATION_CASES)],
)
def test_relation_patterns(rule_id, sentence, expected):
    rows = relation_rows(make_doc(sentence), "art", "body")
    assert {(r["child_text"], r["parent_text"]) for r in rows} == expected
    assert all(r["rule_id"] == rule_id and r["relation"] == "part_of" for r in rows)


def test_relations_read_the_role_plans_segments_alike():
    # The runner hands relation_rows its role plan's sentences and segments; an
    # organisation from context that a role rule appends must not reach them.
    shared = 0
    for _, sentence, _ in ROLE_CASES + RELATION_CASES:
        doc = make_doc(sentence)
        plan = plan_roles(doc, "art", "body")
        rows = relation_rows(doc, "art", "body", plan)
        assert rows == relation_rows(doc, "art", "body"), sentence
        shared += bool(rows and plan.segments)
    assert shared >= 3


@pytest.mark.parametrize(
    ("path", "cases"), [(ROLES_JSONL, ROLE_CASES), (RELATIONS_JSONL, RELATION_CASES)]
)
def test_every_pattern_id_has_a_positive_and_a_negative_case(path, cases):
    positives = {rid for rid, _, expected in cases if expected}
    negatives = {
        rid for rid, _, expected in cases if not expected or rid.startswith("role:tail")
    }
    ids = _ids(path)
    assert not [i for i in ids if i not in positives], (
        "pattern ids without a positive case"
    )
    assert not [i for i in ids if i not in negatives], (
        "pattern ids without a negative case"
    )
    assert not {rid for rid, _, _ in cases} - set(ids), (
        "cases naming an id that no pattern has"
    )


def test_rows_have_exactly_the_candidate_columns():
    doc = make_doc(
        "Maria Lopez, chief executive of Halvorsen Energy Group, said the Research "
        "Division within Halvorsen Energy Group was closed."
    )
    roles, rels = role_rows(doc, "art", "body"), relation_rows(doc, "art", "body")
    assert roles and rels
    assert all(list(r) == ROLE_CANDIDATES.names for r in roles)
    assert all(list(r) == RELATION_CANDIDATES.names for r in rels)
    assert roles[0]["evidence"] == doc.text and roles[0]["sentence_index"] == 0


def test_coordinated_titles_give_one_row_each():
    rows = role_rows(
        make_doc(
            "Maria Lopez is the founder, president and chief executive of Halvorsen "
            "Energy Group."
        ),
        "art",
        "body",
    )
    assert [r["title"] for r in rows] == [
        "Founder",
        "President",
        "Chief Executive Officer",
    ]
    assert [r["title_raw"] for r in rows] == ["founder", "president", "chief executive"]


def test_former_distributes_over_coordinated_titles():
    rows = role_rows(
        make_doc(
            "Robert Hale, the former president and CEO of Granite Logistics Inc., was "
            "charged."
        ),
        "art",
        "body",
    )
    assert {(r["title"], r["qualifier"]) for r in rows} == {
        ("President", "former"),
        ("Chief Executive Officer", "former"),
    }


def test_a_title_without_a_person_gives_no_row():
    assert (
        role_rows(
            make_doc(
                "The chief executive of Halvorsen Energy Group resigned on Tuesday."
            ),
            "art",
            "body",
        )
        == []
    )


def test_a_person_near_an_unrelated_organisation_gives_no_row():
    doc = make_doc("Maria Lopez said Halvorsen Energy Group would cut 200 jobs.")
    assert role_rows(doc, "art", "body") == []


def test_an_untitled_reading_leaves_a_title_in_its_sentence_to_the_parse():
    # the segment rules read only the joining; the parse reads the office
    doc = make_doc(
        "Hanna Berg joined Kestrel Insurance in 1990 and became its chief economist "
        "in 1995."
    )
    rows = role_rows(doc, "art", "body")
    assert _role_set(rows) == {
        ("Hanna Berg", "Chief Economist", "", "Kestrel Insurance")
    }
    # without a title word the segment rules' reading stands alone
    doc = make_doc("Hanna Berg joined Kestrel Insurance in 1990 and moved to Leeds.")
    assert [(r["title"], r["rule_id"]) for r in role_rows(doc, "art", "body")] == [
        ("", "role:affil_joined")
    ]


def test_a_plural_title_goes_to_the_names_before_the_first_and():
    # the list goes on with people who hold no such title
    doc = make_doc(
        "The AARP, the Freedom Caucus, GOP Sens. Anna Weiss and Tom Hale, Ann Poe, "
        "Ivo Lind and the Heritage Trust opposed it."
    )
    assert _role_set(role_rows(doc, "art", "body")) == {
        ("Anna Weiss", "Senator", "", "GOP"),
        ("Tom Hale", "Senator", "", "GOP"),
    }


def test_an_empty_doc_gives_no_rows():
    doc = make_doc("")
    assert (
        role_rows(doc, "art", "title") == []
        and relation_rows(doc, "art", "title") == []
    )


def test_a_descriptive_org_noun_reading_beats_the_shorter_adjective_reading():
    rows = role_rows(
        make_doc(
            "David Okafor is chief executive of the Danish shipping company Meridian "
            "Bank."
        ),
        "a1",
        "body",
    )
    assert {(r["person_text"], r["org_text"]) for r in rows} == {
        ("David Okafor", "Meridian Bank")
    }


def test_a_bracketed_acronym_gives_the_role_at_the_acronym_too():
    rows = role_rows(
        make_doc(
            "David Okafor is chief executive of Meridian Bank Holdings (MBH), the "
            "lender said."
        ),
        "a1",
        "body",
    )
    assert {(r["person_text"], r["org_text"]) for r in rows} == {
        ("David Okafor", "Meridian Bank Holdings"),
        ("David Okafor", "MBH"),
    }
    rows = role_rows(
        make_doc(
            "David Okafor is chief executive of Meridian Bank Holdings (Lagos), the "
            "lender said."
        ),
        "a1",
        "body",
    )
    assert {(r["person_text"], r["org_text"]) for r in rows} == {
        ("David Okafor", "Meridian Bank Holdings")
    }


def test_loose_subject_person_has_no_link():
    rows = role_rows(
        make_doc("Okonkwo is a senior analyst at Halvorsen Technical University."),
        "art",
        "body",
    )
    assert [(r["person_text"], r["person_link"], r["rule_id"]) for r in rows] == [
        ("Okonkwo", "", "role:loose_subject_copula_title_org")
    ]


def test_an_ordinal_or_adverb_date_before_a_title_is_a_modifier():
    rows = _role_set(
        role_rows(
            make_doc("Laura Benson served as the seventh president of Meridian Bank."),
            "art",
            "body",
        )
    )
    assert ("Laura Benson", "President", "", "Meridian Bank") in rows


def test_a_title_running_into_an_entity_takes_the_title_words():
    # the model may tag "Emeritus of Mathematics" as a PERSON; the title scanner takes
    # it back
    doc = make_doc(
        "Laura Benson is Professor Emeritus of Mathematics at Dunrow University."
    )
    rows = [
        r
        for r in role_rows(doc, "art", "body")
        if not r["rule_id"].startswith("role:dep")
    ]
    assert {(r["person_text"], r["title"], r["org_text"]) for r in rows} == {
        ("Laura Benson", "Professor Emeritus of Mathematics", "Dunrow University")
    }


def test_an_also_known_as_name_gives_the_role_at_that_name_too():
    rows = _role_set(
        role_rows(
            make_doc(
                "Laura Benson is the chief executive of Meridian Bank (also known as "
                "Meridian Group)."
            ),
            "art",
            "body",
        )
    )
    assert {
        ("Laura Benson", "Chief Executive Officer", "", "Meridian Bank"),
        ("Laura Benson", "Chief Executive Officer", "", "Meridian Group"),
    } <= rows


def _titled_rows(text: str) -> set[tuple[str, str, str, str]]:
    """(person, title, organisation, rule id) of the roles of one test sentence."""
    rows = role_rows(make_doc(text), "a1", "body")
    return {(r["person_text"], r["title"], r["org_text"], r["rule_id"]) for r in rows}


def test_a_role_at_a_board_of_a_kind_is_at_what_it_governs():
    assert _titled_rows(
        "Ines Varga, treasurer of the Board of Trustees of Halvorsen University, spoke."
    ) == {
        (
            "Ines Varga",
            "Treasurer",
            "Halvorsen University",
            "role:appos_person_title_org+role:board_parent",
        )
    }
    # Negative: a board governs only the organisation named after its "of".
    assert _titled_rows(
        "Ines Varga, treasurer of the Board of Trustees, praised Halvorsen University."
    ) == {
        ("Ines Varga", "Treasurer", "Board of Trustees", "role:appos_person_title_org")
    }


def test_a_role_at_a_unit_written_with_its_parent_is_also_at_the_parent():
    assert _titled_rows(
        "Ines Varga, a professor at Halvorsen University's Marlow School of Law, spoke."
    ) == {
        (
            "Ines Varga",
            "Professor",
            "Marlow School of Law",
            "role:dep_appos+role:dep_title_of_org",
        ),
        (
            "Ines Varga",
            "Professor",
            "Halvorsen University",
            "role:dep_appos+role:dep_title_of_org+role:possessive_parent",
        ),
    }
    # Not an organisation's possessive before another name: no unit of it.
    rows = role_rows(
        make_doc("Ines Varga, a professor at Marlow School of Law, praised Halvorsen."),
        "a1",
        "body",
    )
    assert {r["org_text"] for r in rows} == {"Marlow School of Law"}
    # The unit and its owner as one entity: the segments split it, and the role
    # is at both.
    text = "Halvorsen Ministry's Budget Department Chief Ines Varga spoke."
    doc = make_doc(
        text, "Halvorsen Ministry's Budget Department=ORG; Ines Varga=PERSON"
    )
    parse = {
        text: "1:compound 4:poss 1:case 4:compound 5:compound 7:compound "
        "7:compound 8:nsubj 8:ROOT 8:punct"
    }
    assert {
        (r["org_text"], r["rule_id"])
        for r in _role_rows(doc, "a1", "body", HandParser(parse))
    } == {
        ("Budget Department", "role:prenominal_org_title"),
        ("Halvorsen Ministry", "role:prenominal_org_title+role:possessive_parent"),
    }
    # An owner's name that is no unit ("Halvorsen's Marlow"): one organisation.
    text = "Halvorsen's Marlow Chief Ines Varga spoke."
    doc = make_doc(text, "Halvorsen's Marlow=ORG; Ines Varga=PERSON")
    parse = {text: "2:poss 0:case 4:compound 5:compound 6:nsubj 6:ROOT 6:punct"}
    rows = _role_rows(doc, "a1", "body", HandParser(parse))
    assert {r["org_text"] for r in rows} == {"Halvorsen's Marlow"}
    # An office's owner is a title, no organisation: one organisation.
    text = "Halvorsen County Sheriff's Office Spokeswoman Ines Varga spoke."
    doc = make_doc(text, "Halvorsen County Sheriff's Office=ORG; Ines Varga=PERSON")
    parse = {
        text: "1:compound 2:compound 4:poss 2:case 5:compound 7:compound "
        "7:compound 8:nsubj 8:ROOT 8:punct"
    }
    rows = _role_rows(doc, "a1", "body", HandParser(parse))
    assert {r["org_text"] for r in rows} == {"Halvorsen County Sheriff's Office"}


@pytest.mark.parametrize(
    ("text", "ents", "want"),
    [
        # a country after "of" is the office's country, no organisation
        (
            "Chancellor Hanna Berg of Germany met the press.",
            "Hanna Berg=PERSON; Germany=GPE",
            [("Hanna Berg", "Chancellor", "", "DE")],
        ),
        (
            "King Omar of Jordan met the press.",
            "Omar=PERSON; Jordan=GPE",
            [("Omar", "King", "", "JO")],
        ),
        # a town after "of" is where a senator comes from: no organisation, and
        # the town's country (Kalispell, Montana) is the office's (role_places)
        (
            "Senator Hanna Berg of Kalispell met the press.",
            "Hanna Berg=PERSON; Kalispell=GPE",
            [("Hanna Berg", "Senator", "", "US")],
        ),
        # not for an office that is not a place's
        (
            "Professor Hanna Berg of Kalispell met the press.",
            "Hanna Berg=PERSON; Kalispell=GPE",
            [("Hanna Berg", "Professor", "", "")],
        ),
        # after "a", a nationality gives its country to a state's office only
        (
            "Hanna Berg, a Norwegian MP, opened the debate.",
            "Hanna Berg=PERSON; Norwegian=NORP",
            [("Hanna Berg", "Member of Parliament", "", "NO")],
        ),
        (
            "Hanna Berg, a Norwegian engineer, opened the debate.",
            "Hanna Berg=PERSON; Norwegian=NORP",
            [("Hanna Berg", "Engineer", "", "")],
        ),
    ],
)
def test_a_country_after_the_holder_is_the_offices_country(text, ents, want):
    rows = role_rows(make_doc(text, ents), "art", "body")
    assert [
        (r["person_text"], r["title"], r["org_text"], r["country"]) for r in rows
    ] == want


def test_a_nationality_before_a_plain_word_is_no_organisation():
    # "head of Asian equities at X": Asian describes the equities
    text = "Wen Lu, head of Asian equities at Harbor Capital, said the market was calm."
    rows = role_rows(make_doc(text), "art", "body")
    assert {(r["person_text"], r["title"], r["org_text"]) for r in rows} == {
        ("Wen Lu", "Head", "Harbor Capital")
    }


def test_a_nationality_opening_a_missed_name_gives_no_country():
    # "leader of the Ukrainian Harbour League": the recognizer took the nationality
    # alone; the office is the league's, not Ukraine's
    text = "Ivan Petrenko, leader of the Ukrainian Harbour League, spoke on Monday."
    rows = role_rows(make_doc(text), "art", "body")
    assert [
        (r["person_text"], r["title"], r["org_text"], r["country"]) for r in rows
    ] == [("Ivan Petrenko", "Leader", "", "")]


def test_a_comma_glued_to_a_lost_dash_opens_an_apposition():
    # Scraped text often has ",-" where a space was lost; the news tokenizer keeps
    # it one token (`nlp.tokens`), which the segments must read as a comma.
    nlp = adapt_tokenizer(spacy.blank("en"))
    nlp.add_pipe("sentencizer")
    doc = nlp("Ola Berg,-a midfielder for Kestrel Rovers, was injured in training.")
    assert ",-" in [t.text for t in doc]
    org = doc.text.index("Kestrel")
    doc.ents = [
        doc.char_span(0, 8, label="PERSON"),
        doc.char_span(org, org + len("Kestrel Rovers"), label="ORG"),
    ]
    rows = role_rows(doc, "art", "body")
    assert _role_set(rows) == {("Ola Berg", "Midfielder", "", "Kestrel Rovers")}


def test_the_role_is_at_the_name_the_organisation_describes():
    # An organisation describing a common noun before another name
    # (role_org_checks): the segment rule leaves it, the parse finds the agency.
    text = "Lena Voss, head of Halvorsen border agency Grenzwacht, said arrivals fell."
    rows = role_rows(make_doc(text), "art", "body")
    assert {(r["person_text"], r["title"], r["org_text"]) for r in rows} == {
        ("Lena Voss", "Head", "Grenzwacht")
    }


def test_a_qualified_member_keeps_its_qualifier():
    # A qualifier before the member word is no plain word the member rules skip:
    # the reading that keeps it wins ("a former member" is no member now).
    doc = make_doc("Nadia Okafor, a former member of the Union Party, said so.")
    rows = role_rows(doc, "art", "body")
    assert {(r["person_text"], r["qualifier"], r["org_text"]) for r in rows} == {
        ("Nadia Okafor", "former", "Union Party")
    }
