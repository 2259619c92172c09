"""The role grammar's loader and validator, and the ranked resolver."""

from __future__ import annotations

import json

import pytest

from pipeline.extract.role_grammar import (
    RELATIONS_JSONL,
    ROLES_JSONL,
    GrammarError,
    Rule,
    check_rule,
    load_rules,
)
from pipeline.extract.role_resolve import resolve, with_country


def test_every_shipped_rule_loads_with_named_slots():
    rules = load_rules(ROLES_JSONL)
    segments = [r for r in rules if r.over == "segments"]
    parse = [r for r in rules if r.over == "parse"]
    assert segments and parse
    # slots name pattern elements (segments) or nodes (parse), never positions
    assert all("person" in r.slots or r.attach for r in segments)
    assert all(set(r.slots) <= {n["RIGHT_ID"] for n in r.pattern} for r in parse)
    assert [r.rank for r in rules] == list(range(len(rules)))
    assert all(set(r.slots) == {"child", "parent"} for r in load_rules(RELATIONS_JSONL))


def _seg_rule(**fields):
    pattern = [
        {"slot": "person", "TAG": "PERSON"},
        {"TAG": "COMMA"},
        {"slot": "title", "TAG": "TITLE"},
    ]
    return {"id": "role:x", "over": "segments", "pattern": pattern, **fields}


def _path_rule(**spec) -> dict:
    """A well-formed title path rule, with `spec` overriding keys of its pattern."""
    words = ("CLIMB", "NOT_THROUGH", "ORG_BY", "SAID_BY", "SAID_TO")
    return {
        "id": "role:z",
        "over": "path",
        "kind": "person_title_org",
        "pattern": [{**{w: {"IN": ["of"]} for w in words}, "MAX_EDGES": 9, **spec}],
    }


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({**_seg_rule(), "id": "x"}, "must start with role: or rel:"),
        ({**_seg_rule(), "over": "tokens"}, "over must be one of"),
        (_seg_rule(slots={"person": 0}), "unknown keys ['slots']"),
        (_seg_rule(person="strict"), "person may only be 'loose'"),
        (_seg_rule(org="context"), "an org_cue slot goes with org"),
        (
            {**_seg_rule(), "pattern": [{"slot": "boss", "TAG": "PERSON"}]},
            "slots ['boss']",
        ),
        (
            {**_seg_rule(), "pattern": [{"TAG": "TITLE"}]},
            "a person slot, unless the rule attaches to the previous",
        ),
        (
            {
                "id": "role:y",
                "over": "parse",
                "kind": "title_org",
                "pattern": [{"RIGHT_ID": "title", "RIGHT_ATTRS": {}}],
            },
            "kind title_org needs nodes ['org', 'title']",
        ),
        (
            {
                "id": "role:y",
                "over": "parse",
                "kind": "person_org",
                "org": "fallback",
                "pattern": [{"RIGHT_ID": "person"}, {"RIGHT_ID": "org"}],
            },
            "org may only be 'fallback', of a title_org rule",
        ),
        (
            {
                "id": "role:y",
                "over": "parse",
                "kind": "title_org",
                "org": "context",
                "pattern": [{"RIGHT_ID": "title"}, {"RIGHT_ID": "org"}],
            },
            "org may only be 'fallback', of a title_org rule",
        ),
        (
            # a fixed title stands for what an untitled pattern shows; a title node
            # already names its own
            {
                "id": "role:y",
                "over": "parse",
                "kind": "person_title",
                "title": "Founder",
                "pattern": [{"RIGHT_ID": "person"}, {"RIGHT_ID": "title"}],
            },
            "a fixed title goes with kind person_org only",
        ),
        (
            {
                "id": "role:y",
                "over": "parse",
                "kind": "person_org",
                "title": "",
                "pattern": [{"RIGHT_ID": "person"}, {"RIGHT_ID": "org"}],
            },
            "a fixed title goes with kind person_org only",
        ),
        (_seg_rule(title_number="dual"), "title_number may only be 'plural'"),
        # a title from an earlier role, and no title of its own
        (_seg_rule(title_from="later"), "title_from may only be 'earlier'"),
        (_seg_rule(title_from="earlier"), "title_from may only be 'earlier'"),
        (
            {
                **_seg_rule(title_number="plural"),
                "pattern": [{"slot": "person", "TAG": "PERSON"}],
            },
            "title_number may only be 'plural', with a title slot",
        ),
        (
            {"id": "role:z", "over": "path", "kind": "person_org", "pattern": [{}]},
            "a person_org path needs keys",
        ),
        (_path_rule(MAX_EDGES=0), "MAX_EDGES must be a positive whole number"),
        (_path_rule(CLIMB=["prep"]), 'each word list is {"IN": [...]}'),
        (
            {"id": "role:z", "over": "path", "kind": "person_title", "pattern": [{}]},
            "kind must be one of",
        ),
    ],
)
def test_a_bad_rule_is_named_by_what_is_wrong(rule, problem):
    assert any(problem in p for p in check_rule(rule))


def test_a_good_rule_passes_and_a_bad_file_names_its_line(tmp_path):
    assert check_rule(_seg_rule(qualifier="former")) == []
    assert check_rule(_seg_rule(title_number="plural")) == []
    earlier = [{"slot": "org", "TAG": "NAME"}, {"slot": "person", "TAG": "PERSON"}]
    assert check_rule({**_seg_rule(title_from="earlier"), "pattern": earlier}) == []
    assert check_rule(_path_rule()) == []
    path = tmp_path / "roles.jsonl"
    lines = [_seg_rule(), {**_seg_rule(), "over": "tokens"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    with pytest.raises(GrammarError, match=r"roles.jsonl:2: "):
        load_rules(path)


def _cand(person, title, org, rank, source, k=0, country=""):
    return {
        "sentence_index": k,
        "person_text": person,
        "person_link": "",
        "title": title,
        "title_raw": title.lower(),
        "qualifier": "",
        "org_text": org,
        "org_link": "",
        "country": country,
        "rank": rank,
        "source": source,
        "rule_id": f"role:r{rank}",
    }


def _keys(rows):
    return [(r["person_text"], r["title"], r["org_text"], r["rule_id"]) for r in rows]


@pytest.mark.parametrize(
    ("whole", "kept"),
    [
        # the parse read the portfolio as an organisation: the whole title stands
        ("Minister of State for Harbour Affairs", []),
        ("Minister for State for Harbour Affairs", []),
        # another office: both stand
        (
            "Minister of Fisheries",
            [("Jane Doe", "Minister", "State for Harbour Affairs", "role:r40")],
        ),
    ],
)
def test_a_title_read_whole_drops_its_portfolio_read_as_an_organisation(whole, kept):
    rows = resolve(
        [
            _cand("Jane Doe", whole, "", 3, "segments"),
            _cand("Jane Doe", "Minister", "State for Harbour Affairs", 40, "parse"),
        ]
    )
    assert [r for r in _keys(rows) if r[2]] == kept
    assert ("Jane Doe", whole, "", "role:r3") in _keys(rows)


def test_an_untitled_affiliation_with_a_nationality_for_organisation_is_no_role():
    # "Jane Doe joined American in 2010": the organisation is a country's name,
    # moved to `country`, and nothing of a role is left
    rows = resolve(
        [
            _cand("Jane Doe", "", "American", 5, "segments"),
            _cand("Jane Doe", "", "Acme", 6, "segments"),
        ]
    )
    assert _keys(rows) == [("Jane Doe", "", "Acme", "role:r6")]


def test_the_better_ranked_reading_of_a_title_wins_across_sources():
    rows = resolve(
        [
            _cand("Jane Doe", "Chair", "Beta", 40, "parse"),
            _cand("Jane Doe", "Chair", "Acme", 3, "segments"),
        ]
    )
    assert _keys(rows) == [("Jane Doe", "Chair", "Acme", "role:r3")]


def test_a_title_shortened_by_another_source_at_the_same_organisation_is_dropped():
    rows = resolve(
        [
            _cand("Jane Doe", "Professor", "Acme University", 40, "parse"),
            _cand("Jane Doe", "Professor of History", "Acme University", 3, "segments"),
            # kept: a word cut short ("Prof"), the same source's two readings
            _cand("Jane Doe", "Professor", "Beta College", 41, "parse"),
            _cand("Jane Doe", "Prof", "Acme University", 42, "parse"),
            _cand("Jane Doe", "Professor of History", "Beta College", 4, "segments"),
            _cand("Jane Doe", "Professor", "Beta College", 5, "segments", k=1),
            _cand(
                "Jane Doe", "Professor of History", "Beta College", 6, "segments", k=1
            ),
        ]
    )
    assert _keys(rows) == [
        ("Jane Doe", "Professor of History", "Acme University", "role:r3"),
        ("Jane Doe", "Prof", "Acme University", "role:r42"),
        ("Jane Doe", "Professor of History", "Beta College", "role:r4"),
        ("Jane Doe", "Professor", "Beta College", "role:r5"),
        ("Jane Doe", "Professor of History", "Beta College", "role:r6"),
    ]


def test_a_title_without_organisation_gives_way_to_the_same_title_placed():
    rows = resolve(
        [
            _cand("Jane Doe", "Chair", "", 5, "segments"),
            _cand("Jane Doe", "Chair", "Acme", 40, "parse"),
        ]
    )
    assert _keys(rows) == [("Jane Doe", "Chair", "Acme", "role:r40")]


def test_an_untitled_affiliation_adds_nothing_to_a_titled_pair():
    rows = resolve(
        [
            _cand("Jane Doe", "", "Acme", 2, "segments"),
            _cand("Jane Doe", "Chair", "Acme", 9, "segments"),
            _cand("Jane Doe", "", "Beta", 41, "parse"),
        ]
    )
    assert _keys(rows) == [
        ("Jane Doe", "Chair", "Acme", "role:r9"),
        ("Jane Doe", "", "Beta", "role:r41"),
    ]


def test_same_reading_in_two_sentences_gives_two_rows_and_duplicates_collapse():
    rows = resolve(
        [
            _cand("Jane Doe", "Chair", "Acme", 3, "segments", k=0),
            _cand("Jane Doe", "Chair", "Acme", 3, "segments", k=1),
            _cand("Jane Doe", "Chair", "Acme", 40, "parse", k=1),
        ]
    )
    assert [(r["sentence_index"], r["rule_id"]) for r in rows] == [
        (0, "role:r3"),
        (1, "role:r3"),
    ]


@pytest.mark.parametrize(
    ("org", "country", "org_after"),
    [
        ("Cambodia", "KH", ""),  # a country read as the organisation
        ("Russian Foreign Ministry", "RU", "Russian Foreign Ministry"),
        ("the Kenyan government", "KE", "the Kenyan government"),
        ("Government of India", "IN", "Government of India"),
        ("South Korean Army", "KR", "South Korean Army"),
        ("Acme Holdings", "", "Acme Holdings"),
        ("Russian Ballet Academy", "", "Russian Ballet Academy"),  # no government
    ],
)
def test_country_of_a_country_or_its_government(org, country, org_after):
    row = with_country(_cand("Jane Doe", "Minister", org, 1, "segments"))
    assert (row["country"], row["org_text"]) == (country, org_after)


def test_a_title_country_is_kept():
    row = with_country(
        _cand("Jane Doe", "Minister", "Acme", 1, "segments", country="FR")
    )
    assert (row["country"], row["org_text"]) == ("FR", "Acme")


def test_an_organisation_read_inside_a_country_title_is_dropped():
    title = {**_cand("Ivan Petrov", "Energy Minister", "", 2, "segments")}
    title["title_raw"] = "Russian Energy Minister"
    rows = resolve(
        [title, _cand("Ivan Petrov", "Minister", "Russian Energy", 50, "parse")]
    )
    assert _keys(rows) == [("Ivan Petrov", "Energy Minister", "", "role:r2")]


@pytest.mark.parametrize(
    ("raw", "org", "kept"),
    [
        # the organisation stands before the portfolio word: it is the portfolio
        ("Minister for EU Affairs", "EU", False),
        ("Minister of European Union Affairs", "European Union", False),
        # an organisation that ends the title is its employer ("of the UN")
        ("Special Envoy of the UN", "UN", True),
        # a title written without the organisation
        ("Minister for Trade", "EU", True),
    ],
)
def test_an_organisation_read_inside_a_title_s_portfolio_is_dropped(raw, org, kept):
    title = {**_cand("Jane Doe", "Minister", "", 2, "segments"), "title_raw": raw}
    rows = resolve([title, _cand("Jane Doe", "Envoy", org, 50, "parse")])
    assert (("Jane Doe", "Envoy", org, "role:r50") in _keys(rows)) == kept


@pytest.mark.parametrize(
    ("title", "org", "title_after", "org_after"),
    [
        ("Minister", "Industry and Trade", "Industry and Trade Minister", ""),
        ("Secretary", "Veterans Affairs", "Veterans Affairs Secretary", ""),
        ("Minister", "Acme Trade", "Minister", "Acme Trade"),  # a name, no portfolio
        ("Chair", "Justice", "Chair", "Justice"),  # no office title
        # a state's office keeps the state in the title
        ("Commissioner", "Texas Agriculture", "Texas Agriculture Commissioner", ""),
        ("Commissioner", "Texas Rangers", "Commissioner", "Texas Rangers"),
        ("Minister", "Texas", "Minister", "Texas"),  # a state alone is no portfolio
        # the model's "Deputy Energy": the qualifier is the title's
        ("Minister", "Deputy Energy", "Energy Minister", ""),
        ("Minister", "Deputy Acme", "Minister", "Deputy Acme"),
    ],
)
def test_an_office_s_portfolio_read_as_its_organisation(
    title, org, title_after, org_after
):
    row = with_country(_cand("Jane Doe", title, org, 1, "segments"))
    assert (row["title"], row["org_text"]) == (title_after, org_after)


@pytest.mark.parametrize(
    ("evidence", "title_after", "org_after"),
    [
        ("Labour's shadow Brexit Secretary Jo Roe spoke.", "Secretary", "Labour"),
        ("Labour’s Secretary Jo Roe spoke.", "Secretary", "Labour"),
        ("Labour Secretary Jo Roe spoke.", "Labour Secretary", ""),
        ("Labourite Labour Secretary Jo Roe spoke.", "Labour Secretary", ""),
    ],
)
def test_a_possessive_organisation_is_an_owner_not_a_portfolio(
    evidence, title_after, org_after
):
    row = {**_cand("Jo Roe", "Secretary", "Labour", 1, "parse"), "evidence": evidence}
    row = with_country(row)
    assert (row["title"], row["org_text"]) == (title_after, org_after)


def test_a_qualifier_read_into_a_portfolio_qualifies_the_title():
    row = with_country(_cand("Jane Doe", "Minister", "Acting Energy", 1, "parse"))
    assert (row["title"], row["qualifier"], row["org_text"]) == (
        "Energy Minister",
        "acting",
        "",
    )


@pytest.mark.parametrize(
    ("title", "org", "qualifier", "org_after"),
    [
        ("Chief Executive Officer", "EMEA", "regional", ""),
        ("Chair", "Worldwide", "global", ""),
        ("Chief Executive Officer", "Emea Holdings", "", "Emea Holdings"),
        ("", "Global", "", "Global"),  # untitled: nothing to qualify
    ],
)
def test_a_title_qualifier_read_as_the_organisation_qualifies_the_title(
    title, org, qualifier, org_after
):
    row = with_country(_cand("Jane Doe", title, org, 1, "parse"))
    assert (row["qualifier"], row["org_text"]) == (qualifier, org_after)


@pytest.mark.parametrize(
    ("evidence", "country"),
    [
        ("Sen. Jane Doe (R-Ariz.) voted no.", "US"),
        ("Rep. Jane Doe, D-New York, voted no.", "US"),
        ("Sen. Jane Doe voted no.", ""),  # no tag
        ("Sen. Jane Doe (R-Acme) voted no.", ""),  # no state
        ("Jane Doe, R-Ariz. and Tom Roe voted no.", "US"),
    ],
)
def test_an_american_party_and_state_tag_gives_the_us(evidence, country):
    row = {**_cand("Jane Doe", "Senator", "", 1, "segments"), "evidence": evidence}
    assert with_country(row)["country"] == country


def test_a_country_is_no_organisation_even_beside_a_title_country():
    # "Russia's Ambassador to Cyprus": the title's country stays, Cyprus goes.
    row = with_country(
        _cand("Jane Doe", "Ambassador", "Cyprus", 1, "segments", country="RU")
    )
    assert (row["country"], row["org_text"]) == ("RU", "")


def _phrase(person, raw, org, rank, source, evidence):
    c = _cand(person, "Chief Financial Officer", org, rank, source)
    return {**c, "title_raw": raw, "evidence": evidence}


def test_a_title_phrase_written_once_before_its_holder_is_not_another_s():
    text = "Acme CEO Tom Roe and Acme CFO Jane Doe met."
    rows = resolve(
        [
            _phrase("Jane Doe", "CFO", "Acme", 1, "segments", text),
            _phrase("Tom Roe", "CFO", "Acme", 50, "parse", text),
        ]
    )
    assert [r["person_text"] for r in rows] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # set off by commas before another name, after an "and": his, whatever
        # the ranks
        ("Norland's Premier, Jane Doe, and Acme CFO, Tom Roe, met.", ["Tom Roe"]),
        # no "and" between: an apposition of the name before, a list of both
        ("Jane Doe, Acme CFO, Tom Roe and others met.", ["Jane Doe", "Tom Roe"]),
    ],
)
def test_a_title_phrase_set_off_before_a_name_after_an_and_is_that_names(text, kept):
    rows = resolve(
        [
            _phrase("Jane Doe", "CFO", "Acme", 1, "parse", text),
            _phrase("Tom Roe", "CFO", "Acme", 50, "parse", text),
        ]
    )
    assert sorted(r["person_text"] for r in rows) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Acme professors Jane Doe and Tom Roe won.",  # plural: both's
        "Acme CFO Jane Doe and Acme CFO Tom Roe met.",  # written twice
    ],
)
def test_a_shared_or_repeated_title_phrase_stays_with_both(text):
    raw = "professors" if "professors" in text else "CFO"
    rows = resolve(
        [
            _phrase("Jane Doe", raw, "Acme", 1, "segments", text),
            _phrase("Tom Roe", raw, "Acme", 50, "parse", text),
        ]
    )
    assert sorted(r["person_text"] for r in rows) == ["Jane Doe", "Tom Roe"]


@pytest.mark.parametrize(
    ("name", "refused"),
    [
        ("Kalispell", True),  # a hometown
        ("Spa Crescent", True),  # an address
        ("Abbey Road", True),
        ("Supreme Court", False),  # a court is an organisation
        ("Norvik Bank", False),
        ("", False),
    ],
)
def test_a_not_place_rule_refuses_places_and_streets(name, refused):
    rule = Rule("role:x", 0, "parse", (), {}, org_kind="not_place")
    assert rule.refuses_org(name) is refused
    assert Rule("role:x", 0, "parse", (), {}).refuses_org(name) is False


def test_a_country_rule_takes_only_a_country():
    rule = Rule("role:x", 0, "segments", (), {}, org_kind="country")
    assert not rule.refuses_org("Jordan") and not rule.refuses_org("Germany")
    assert rule.refuses_org("Kalispell") and rule.refuses_org("Acme Bank")
    raw = {"id": "role:x", "over": "segments", "pattern": [{"TAG": "TITLE"}]}
    assert not [
        p for p in check_rule({**raw, "org_kind": "country"}) if "org_kind" in p
    ]
    assert [p for p in check_rule({**raw, "org_kind": "city"}) if "org_kind" in p]


def test_a_party_rule_takes_only_a_party():
    rule = Rule("role:x", 0, "segments", (), {}, org_kind="party")
    assert not rule.refuses_org("Harbour Party") and not rule.refuses_org("Labour")
    assert rule.refuses_org("Harbour Council") and rule.refuses_org("")
    assert rule.refuses_org("Party Games Inc")  # the last word names the kind
    raw = {"id": "role:x", "over": "segments", "pattern": [{"TAG": "TITLE"}]}
    assert not [p for p in check_rule({**raw, "org_kind": "party"}) if "org_kind" in p]


def test_a_body_rule_takes_neither_a_place_nor_a_party():
    rule = Rule("role:x", 0, "segments", (), {}, org_kind="body")
    assert not rule.refuses_org("Norvik Bank") and not rule.refuses_org("Supreme Court")
    assert rule.refuses_org("Harbour Party") and rule.refuses_org("Labour")
    assert rule.refuses_org("Kalispell") and rule.refuses_org("Spa Crescent")
    # a not_place rule still takes a party
    assert not Rule("role:x", 0, "segments", (), {}, org_kind="not_place").refuses_org(
        "Harbour Party"
    )
    raw = {"id": "role:x", "over": "segments", "pattern": [{"TAG": "TITLE"}]}
    assert not [p for p in check_rule({**raw, "org_kind": "body"}) if "org_kind" in p]
