"""Roles end to end with the default model (en_core_web_md): the seed, a few
invented sentences of each main form, countries, and the parse's memory zone.

The rules themselves are tested on hand-set entities and parses
(test_roles.py, test_dep_roles.py); these cases check that the pieces meet as
a run meets them.
"""

from __future__ import annotations

import pytest

from pipeline.extract.dep_roles import dep_role_rows
from pipeline.extract.dep_rules import load_dep_rules
from pipeline.extract.relations import relation_rows
from pipeline.extract.roles import role_rows
from pipeline.nlp import get_annotator
from pipeline.settings import DEFAULT_MODEL


@pytest.fixture(scope="module")
def annotator():
    return get_annotator(DEFAULT_MODEL)


def _rows(annotator, text: str) -> set[tuple[str, str, str, str, str]]:
    rows = role_rows(annotator.nlp(text), "art", "body", annotator.parser)
    return {
        (r["person_text"], r["title"], r["qualifier"], r["org_text"], r["country"])
        for r in rows
    }


CEO = "Chief Executive Officer"
CASES = [
    (
        # The model's one entity "the Board of Trustees of the ..." is cut to what
        # the board governs; the title takes the board along to reach it.
        "Tom Reyes was named vice chairman of the Board of Trustees of the "
        "Halvorsen Foundation.",
        {("Tom Reyes", "Vice Chair", "", "Halvorsen Foundation", "")},
    ),
    (
        "Meridian Bank chief executive David Okafor said profits rose.",
        {("David Okafor", CEO, "", "Meridian Bank", "")},
    ),
    (
        "Laura Benson, the former chief financial officer of Granite Logistics Inc., "
        "was charged on Friday.",
        {
            (
                "Laura Benson",
                "Chief Financial Officer",
                "former",
                "Granite Logistics Inc.",
                "",
            )
        },
    ),
    (
        "Laura Benson joined Granite Logistics in 2019 after a decade in banking.",
        {("Laura Benson", "", "", "Granite Logistics", "")},
    ),
    (
        # "co-founded" is one token for the parse: split, "co" became the root
        # and "served" lost its subject.
        "Okafor co-founded and served as the chief executive of Acme Corp.",
        {("Okafor", CEO, "", "Acme Corp.", "")},
    ),
    (
        "Laura Benson said Granite Logistics would cut 200 jobs.",
        set(),
    ),
    # Countries: heads of state and government, ministers, the country's government.
    (
        "Russian Foreign Minister Sergei Lavrov met reporters in Geneva.",
        {("Sergei Lavrov", "Foreign Minister", "", "", "RU")},
    ),
    (
        "US Secretary of State Rex Tillerson arrived on Monday.",
        {("Rex Tillerson", "Secretary of State", "", "", "US")},
    ),
    (
        "Hun Sen, the Prime Minister of Cambodia, said the talks would go on.",
        {("Hun Sen", "Prime Minister", "", "", "KH")},
    ),
    (
        "German Chancellor Angela Merkel met British Prime Minister Theresa May.",
        {
            ("Angela Merkel", "Chancellor", "", "", "DE"),
            ("Theresa May", "Prime Minister", "", "", "GB"),
        },
    ),
    (
        "Mexico's Foreign Minister Luis Videgaray flew to Washington.",
        {("Luis Videgaray", "Foreign Minister", "", "", "MX")},
    ),
    (
        "Omar Dahl, Egypt's health ministry spokesman, said the road was closed.",
        {("Omar Dahl", "Spokesperson", "", "", "EG")},
    ),
    (
        "Russian President Ivan Petrov and his Turkish counterpart Omar Dahl met.",
        {
            ("Ivan Petrov", "President", "", "", "RU"),
            ("Omar Dahl", "President", "", "", "TR"),
        },
    ),
    (
        "Maria Lopez is a Spanish engineer who was chair of Solvent Energy Group.",
        {
            ("Maria Lopez", "Engineer", "", "", ""),
            ("Maria Lopez", "Chair", "", "Solvent Energy Group", ""),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=range(len(CASES)))
def test_roles_end_to_end(annotator, text, expected):
    assert _rows(annotator, text) == expected


@pytest.fixture(scope="module")
def seed_doc(annotator, seed_path):
    body = seed_path.read_text(encoding="utf-8").split("\n", 2)[2]
    return annotator.nlp(body)


def test_seed_roles(annotator, seed_doc):
    rows = role_rows(seed_doc, "seed", "body", annotator.parser)
    got = {
        (
            (r["person_link"] or r["person_text"]),
            r["title"],
            r["qualifier"],
            r["org_link"] or r["org_text"],
        )
        for r in rows
    }
    assert got == {
        (
            "Tran Quang Hung",
            "Director General",
            "acting",
            "Authority of Information Security",
        ),
        (
            "Trent Frazier",
            "Deputy Assistant Director",
            "",
            "Stakeholder Engagement Division",
        ),
    }
    hung = next(r for r in rows if r["title"] == "Director General")
    assert hung["title_raw"] == "Acting Director General"
    assert hung["rule_id"] == "role:prenominal_title_of_org"


def test_seed_relations(seed_doc):
    # Names are compared by containment (as in shared/expected): the entity rules decide
    # whether "the Vietnamese" or "US" belongs to a name, the relation does not depend
    # on it.
    rows = relation_rows(seed_doc, "seed", "body")
    got = sorted(
        (
            f"{r['child_text']}|{r['child_link']}",
            f"{r['parent_text']}|{r['parent_link']}",
        )
        for r in rows
    )
    expected = [
        (
            "Authority of Information Security",
            "Ministry of Information and Communications",
        ),
        (
            "Cybersecurity and Infrastructure Security Agency",
            "Department of Homeland Security",
        ),
        ("Stakeholder Engagement Division", "CISA"),
    ]
    assert len(got) == len(expected)
    for child, parent in expected:
        assert any(child in c and parent in p for c, p in got), (child, parent, got)


def test_parse_strings_are_freed_with_the_annotation_zone(annotator):
    # The role parser shares the annotation model's vocabulary and has no zone of
    # its own: what a parse adds is freed with the zone around a shard.
    nlp, parser = annotator.nlp, annotator.parser
    assert parser.vocab is nlp.vocab
    load_dep_rules(parser)  # built before any zone, as the map does

    def parse(text):
        doc = nlp(text)
        return dep_role_rows(list(enumerate(doc.sents)), lambda k, s: {}, parser)

    with nlp.memory_zone():
        parse("Helga Strand is the chief operating officer of Brightwater Ltd.")
    before = len(nlp.vocab.strings)
    with nlp.memory_zone():
        parse("Zorblax Quint is the chief operating officer of Vantablue Dynamics.")
    assert len(nlp.vocab.strings) == before


def test_roles_parsed_in_one_batch_are_the_roles_parsed_per_doc(annotator):
    # The runner parses the role sentences of several articles together
    # (`plan_roles`, `finish_roles`); every Doc must get the rows it gets alone.
    from pipeline.extract.roles import finish_roles, plan_roles

    texts = [
        "Laura Benson, the chief financial officer of Granite Logistics, resigned.",
        "Nothing here names anyone.",
        "Ana Duarte, who once taught at Lisbon University, now advises Harbour Bank.",
        "Granite Logistics thanked Ana Duarte, who had run the Lisbon office.",
    ]
    docs = [annotator.nlp(t) for t in texts]
    alone = [role_rows(d, "art", "body", annotator.parser) for d in docs]
    plans = [plan_roles(d, "art", "body") for d in docs]
    parsed = annotator.parser.pipe([x for p in plans for x in p.texts])
    together = [
        finish_roles(p, [next(parsed) for _ in p.todo], annotator.parser) for p in plans
    ]
    assert together == alone
    assert sum(len(p.todo) for p in plans) >= 2  # the batch held several Docs
    assert next(parsed, None) is None
