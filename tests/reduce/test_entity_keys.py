"""Resolution on distinct keys: repeated mentions collapse, but every count still
weighs mentions.
"""

from __future__ import annotations

import pandas as pd
from resolved_ids import NO_RELATIONS, entity_ids_of

from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import (
    AGG_COLUMNS,
    KEY_COLUMNS,
    distinct_keys,
)
from pipeline.reduce.tables import finish_mentions, resolve

PUBLISHED = {"a1": "2024-03-01", "a2": "2024-04-02", "a3": "2023-12-31"}
COLUMNS = ["mention_id", "article_id", "label", "text", "link", "honorific"]

# Three articles; a2 repeats "Amara Okafor" three times, "WGO" and "World Grain
# Organization" twice, so the most-mentioned choice differs from the most common key
# row.
MENTIONS = pd.DataFrame(
    [
        ("m01", "a1", "PERSON", "Amara N. Okafor", "", ""),
        ("m02", "a1", "PERSON", "Okafor", "Amara N. Okafor", "Dr."),
        ("m03", "a2", "PERSON", "Amara Okafor", "", ""),
        ("m04", "a2", "PERSON", "Amara Okafor", "", ""),
        ("m05", "a2", "PERSON", "Amara Okafor", "", ""),
        ("m06", "a1", "ORG", "World Grain Organisation", "", ""),
        ("m07", "a1", "ORG", "WGrO", "World Grain Organisation", ""),
        ("m08", "a2", "ORG", "World Grain Organization", "", ""),
        ("m08x", "a2", "ORG", "World Grain Organization", "", ""),
        ("m09", "a2", "ORG", "WGO", "World Grain Organization", ""),
        ("m10", "a2", "ORG", "WGO", "World Grain Organization", ""),
        ("m11", "a3", "ORG", "World Grain Organisation", None, ""),
        ("m12", "a3", "GPE", "Lagos", "", ""),
    ],
    columns=COLUMNS,
)


def test_distinct_keys_collapse_repeats_and_keep_first_mention_and_position():
    keys = distinct_keys(MENTIONS.iloc[::-1].reset_index(drop=True))
    assert list(keys.columns) == KEY_COLUMNS + AGG_COLUMNS
    # 12 ORG/PERSON mentions with four repeats, and the GPE (places vote on types)
    assert len(keys) == 9
    row = keys[(keys["text"] == "Amara Okafor")].iloc[0]
    # Reversed input: m05 is read first, but m03 is the smallest id.
    assert (row["n"], row["first_mention"]) == (3, "m03")
    assert row["first_pos"] == MENTIONS.iloc[::-1]["mention_id"].tolist().index("m05")
    a3 = keys[(keys["article_id"] == "a3") & (keys["label"] == "ORG")]
    assert a3["link"].tolist() == [""]  # null link counts as ""


def test_counts_weigh_mentions_not_keys():
    res = resolve_entities(MENTIONS, PUBLISHED)
    person = res.people.iloc[0]
    # 3 mentions of "Amara Okafor" against 2 of the longer "Amara N. Okafor": mentions
    # decide.
    assert person["name"] == "Amara Okafor"
    assert (person["n_mentions"], person["n_articles"]) == (5, 2)
    assert person["aliases"] == "Amara N. Okafor|Amara Okafor|Dr. Okafor|Okafor"
    org = res.organisations.iloc[0]
    assert len(res.organisations) == 1
    assert (org["n_mentions"], org["n_articles"]) == (7, 3)
    assert (
        org["acronym"] == "WGO"
    )  # two mentions against one of WGrO, though one key row each
    assert (
        org["name"] == "World Grain Organization"
    )  # 4 mentions in 2 key rows against 3 in 3
    assert (org["first_published"], org["last_published"]) == (
        "2023-12-31",
        "2024-04-02",
    )


def test_keys_and_rows_give_the_same_tables_and_mention_ids():
    rows = resolve_entities(MENTIONS, PUBLISHED)
    keys = resolve_entities(distinct_keys(MENTIONS), PUBLISHED)
    pd.testing.assert_frame_equal(rows.organisations, keys.organisations)
    pd.testing.assert_frame_equal(rows.people, keys.people)
    ids = entity_ids_of(keys, MENTIONS)
    assert set(ids) == set(MENTIONS["mention_id"]) - {"m12"}
    assert len({ids[m] for m in ("m01", "m02", "m03", "m04", "m05")}) == 1
    assert (
        len({ids[m] for m in ("m06", "m07", "m08", "m08x", "m09", "m10", "m11")}) == 1
    )


def test_finish_mentions_joins_on_label_text_link():
    res = resolve_entities(distinct_keys(MENTIONS), PUBLISHED)
    part = MENTIONS.assign(
        field="body",
        start_char=0,
        end_char=1,
        sentence_index=0,
        source="model",
        rule_id="",
    )
    out = finish_mentions(part.iloc[::-1], res.assignments).set_index("mention_id")[
        "entity_id"
    ]
    assert out["m12"] == ""  # GPE
    assert out["m11"] == out["m06"] != ""  # null link joins like ""
    assert out["m03"].startswith("per_") and out["m09"].startswith("org_")
    # Same (article, text, link) under another label is not the same key.
    other = pd.DataFrame(
        {
            "mention_id": ["x"],
            "article_id": ["a1"],
            "label": ["ORG"],
            "text": ["Amara Okafor"],
            "link": [""],
        }
    )
    assert entity_ids_of(res, other) == {}


ARTICLE = pd.DataFrame({"article_id": ["a1"], "published": ["2024-03-01"]})


def _role_cand(person: str, **values) -> dict:
    """A role candidate row of article a1 for `person` (other columns empty)."""
    return {
        "article_id": "a1",
        "field": "body",
        "sentence_index": 0,
        "person_text": person,
        "person_link": "",
        "title": "",
        "title_raw": "",
        "qualifier": "",
        "org_text": "",
        "org_link": "",
        "country": "",
        "evidence": "",
        "rule_id": "r",
        **values,
    }


def test_a_role_points_at_a_person_whatever_the_reading_order():
    # One name read as ORG and as PERSON in one article gets one type for the
    # corpus (a tie goes to PERSON), so the role's person is a people row in either
    # reading order.
    mentions = pd.DataFrame(
        [
            ("m2", "a1", "ORG", "Kestrel", "", ""),
            ("m1", "a1", "PERSON", "Kestrel", "", ""),
        ],
        columns=COLUMNS,
    )
    cands = pd.DataFrame(
        [
            _role_cand(
                "Kestrel", title="chair", title_raw="chair", evidence="Kestrel, chair"
            )
        ]
    )
    relations, articles = NO_RELATIONS, ARTICLE
    first = (
        resolve(articles, distinct_keys(mentions), cands, relations)
        .roles["person_id"]
        .iloc[0]
    )
    assert first.startswith("per_")
    again = (
        resolve(articles, distinct_keys(mentions.iloc[::-1]), cands, relations)
        .roles["person_id"]
        .iloc[0]
    )
    assert again == first


def test_a_titled_role_keeps_its_persons_name_a_person():
    # A city name the model read as a person is a place, unless a role rule
    # gave it a title in that article (the role's person is then a people row).
    mentions = pd.DataFrame([("m1", "a1", "PERSON", "Khimki", "", "")], columns=COLUMNS)
    cand = _role_cand("Khimki", org_text="Acme", evidence="Khimki joined Acme.")
    relations, articles = NO_RELATIONS, ARTICLE
    keys = distinct_keys(mentions)
    untitled = resolve(articles, keys, pd.DataFrame([cand]), relations)
    # No people row for the place, so no role row: person_id is always a person's.
    assert untitled.people.empty and untitled.roles.empty
    titled = {**cand, "title": "Chief Executive Officer", "title_raw": "CEO"}
    roles = resolve(articles, keys, pd.DataFrame([titled]), relations).roles
    assert roles["person_id"].str.startswith("per_").tolist() == [True]


def test_an_untitled_role_keeps_a_given_name_that_is_also_a_city_a_person():
    # "Frederick founded Acme": Frederick is a city and no full name of the
    # corpus opens with it, but a known given name a role rule read as its
    # subject is a person there (a place is no given name: Khimki stays a place).
    mentions = pd.DataFrame(
        [("m1", "a1", "PERSON", "Frederick", "", "")], columns=COLUMNS
    )
    cand = _role_cand("Frederick", org_text="Acme", rule_id="role:verb_founded_org")
    got = resolve(ARTICLE, distinct_keys(mentions), pd.DataFrame([cand]), NO_RELATIONS)
    assert list(got.people["name"]) == ["Frederick"]
    assert got.roles["person_id"].tolist() == got.people["person_id"].tolist()


def test_an_organisation_that_is_a_titled_person_is_no_organisation():
    # "Kestrel's attorney general, Jane Doe": Kestrel is a person who holds an
    # office of their own, so the role is at no organisation; a person-named
    # organisation with no title of its own keeps its name (no id either way).
    mentions = pd.DataFrame(
        [
            ("m1", "a1", "PERSON", "Kestrel", "", ""),
            ("m2", "a1", "PERSON", "Jane Doe", "", ""),
        ],
        columns=COLUMNS,
    )
    hers = _role_cand("Jane Doe", title="Attorney General", org_text="Kestrel")
    his = _role_cand("Kestrel", title="President")
    keys = distinct_keys(mentions)
    for cands, org in (([hers], "Kestrel"), ([hers, his], "")):
        roles = resolve(ARTICLE, keys, pd.DataFrame(cands), NO_RELATIONS).roles
        row = roles[roles["person_name"] == "Jane Doe"].iloc[0]
        assert (row["org_name"], row["org_id"]) == (org, "")
    # untitled ("Jane Doe worked for Kestrel"), nothing is left: no row
    untitled = {**hers, "title": "", "title_raw": ""}
    roles = resolve(ARTICLE, keys, pd.DataFrame([untitled, his]), NO_RELATIONS).roles
    assert roles["person_name"].tolist() == ["Kestrel"]


def test_a_role_of_a_name_two_people_share_has_no_person_and_no_row():
    # "Ambassador Kim" beside Kim Jong-un and Kim Jong-nam: the bare "Kim" stays
    # unresolved, and the role takes no other key's person because one of them
    # ("Mr Kim", linked to one of the two) is written the same way.
    mentions = pd.DataFrame(
        [
            ("m1", "a1", "PERSON", "Kim Jong-un", "", ""),
            ("m2", "a1", "PERSON", "Kim Jong-nam", "", ""),
            ("m3", "a1", "PERSON", "Kim", "Kim Jong-un", "Mr"),
            ("m4", "a1", "PERSON", "Kim", "", ""),
        ],
        columns=COLUMNS,
    )
    keys = distinct_keys(mentions)
    bare = _role_cand("Kim", title="Ambassador", title_raw="Ambassador")
    linked = {**bare, "person_link": "Kim Jong-un", "sentence_index": 1}
    got = resolve(ARTICLE, keys, pd.DataFrame([bare, linked]), NO_RELATIONS)
    assert sorted(got.people["name"]) == ["Kim Jong-nam", "Kim Jong-un"]
    un = got.people.set_index("name").loc["Kim Jong-un", "person_id"]
    assert got.roles[["person_id", "sentence_index"]].values.tolist() == [[un, 1]]


# "Quits Amid Company" is read only in a headline; the Harbour Safety Authority
# is in a2's headline and a1's body; "Ostrova" is a person in a headline alone.
HEADLINES = pd.DataFrame(
    [
        ("h1", "a1", "ORG", "Quits Amid Company", "", "", "title"),
        ("h2", "a1", "ORG", "Harbour Safety Authority", "", "", "body"),
        ("h3", "a2", "ORG", "Harbour Safety Authority", "", "", "title"),
        ("h4", "a2", "ORG", "Quits Amid Company", "", "", "subtitle"),
        ("h5", "a3", "ORG", "Meet Zealandia", "", "", "title"),
        ("h6", "a3", "ORG", "Meet Zealandia", "", "", "title"),
        ("h7", "a3", "PERSON", "Elvira Ostrova", "", "", "title"),
    ],
    columns=[*COLUMNS, "field"],
)


def test_an_organisation_named_only_in_headlines_is_no_row():
    # h4 is in a subtitle, which the article's writer wrote as text: it keeps
    # "Quits Amid Company" a row (its headline mention h1 joins it).
    for order in (HEADLINES, HEADLINES.iloc[::-1]):
        res = resolve_entities(distinct_keys(order.reset_index(drop=True)), PUBLISHED)
        ids = entity_ids_of(res, HEADLINES)
        assert sorted(res.organisations["name"]) == [
            "Harbour Safety Authority",
            "Quits Amid Company",
        ]
        assert ids["h3"] == ids["h2"] and ids["h1"] == ids["h4"]
        assert "h5" not in ids and "h6" not in ids  # two headline mentions, no body
        # People are kept: a headline names who a story is about, often alone.
        assert res.people["name"].tolist() == ["Elvira Ostrova"]
        zealandia = res.assignments[res.assignments["text"] == "Meet Zealandia"]
        assert zealandia["final_label"].tolist() == ["ORG"]
