"""A family name alone under a title that another person of that family name
holds: hand-made role candidates and mention keys, so these test the reduce, not
the model. Names are invented."""

from __future__ import annotations

import pandas as pd
from resolved_ids import NO_RELATIONS, entity_ids_of

from pipeline.reduce.keys import distinct_keys
from pipeline.reduce.relinks import relink_candidates, relink_keys, restore_links
from pipeline.reduce.tables import resolve
from pipeline.reduce.title_links import title_relinks, title_slips

CAND_COLUMNS = (
    "article_id field sentence_index person_text person_link title title_raw "
    "qualifier org_text org_link country evidence rule_id"
).split()
MENTION_COLUMNS = ["mention_id", "article_id", "label", "text", "link", "honorific"]


def cand(art: str, text: str, title: str, link: str = "") -> dict:
    """A role candidate of `art` naming `text` (linked to `link`) with `title`."""
    row = dict.fromkeys(CAND_COLUMNS, "")
    row.update(
        article_id=art,
        field="body",
        sentence_index=0,
        person_text=text,
        person_link=link,
        title=title,
        title_raw=title,
        rule_id="role:test",
    )
    return row


def holders(n: int, name: str = "Tobias Varga", title: str = "President") -> list:
    """`name` with `title`, written in full, in articles h0..h{n-1}."""
    return [cand(f"h{i}", name, title) for i in range(n)]


def frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=CAND_COLUMNS)


def test_a_title_the_linked_full_name_never_holds_goes_to_its_holder():
    # "Lena Varga ... President Varga": she is never president, he is in 3 articles.
    bare = cand("x", "Varga", "President", link="Lena Varga")
    got = title_relinks(frame([*holders(3), bare]))
    assert got == {("x", "Varga", "Lena Varga"): "Tobias Varga"}


def test_an_unlinked_family_name_goes_to_the_titles_holder():
    bare = cand("x", "Varga", "President")
    got = title_relinks(frame([*holders(3), bare]))
    assert got == {("x", "Varga", ""): "Tobias Varga"}


def test_no_move_when_the_linked_name_holds_the_title_or_the_holder_is_rare():
    bare = cand("x", "Varga", "President", link="Lena Varga")
    hers = cand("y", "Lena Varga", "President")
    assert title_relinks(frame([*holders(3), hers, bare])) == {}
    assert title_relinks(frame([*holders(2), bare])) == {}
    # Another title, another family name, or no title: nothing to go by.
    assert title_relinks(frame([*holders(3, title="Senator"), bare])) == {}
    assert title_relinks(frame([*holders(3, name="Tobias Horvath"), bare])) == {}
    untitled = cand("x", "Varga", "", link="Lena Varga")
    assert title_relinks(frame([*holders(3), untitled])) == {}


def test_no_move_when_two_holders_compete():
    bare = cand("x", "Varga", "President", link="Lena Varga")
    rival = [cand(f"r{i}", "Anton Varga", "President") for i in range(2)]
    assert title_relinks(frame([*holders(3), *rival, bare])) == {}
    # 6 of 8 articles is dominance enough.
    assert title_relinks(frame([*holders(6), *rival, bare])) != {}


def test_relinked_keys_round_trip_and_skip_titled_or_clashing_keys():
    keys = pd.DataFrame(
        [
            ("x", "PERSON", "Varga", "Lena Varga", ""),
            ("x", "PERSON", "Varga", "Lena Varga", "Mrs"),
            ("y", "PERSON", "Varga", "Lena Varga", ""),
            ("y", "PERSON", "Varga", "Tobias Varga", ""),
            ("z", "PERSON", "Varga", "", ""),
            ("z", "PERSON", "Varga", "Varga", ""),
        ],
        columns=["article_id", "label", "text", "link", "honorific"],
    )
    relinks = {
        ("x", "Varga", "Lena Varga"): "Tobias Varga",
        ("y", "Varga", "Lena Varga"): "Tobias Varga",
        ("z", "Varga", ""): "Tobias Varga",
        ("z", "Varga", "Varga"): "Tobias Varga",
    }
    moved, applied = relink_keys(keys, relinks)
    # The courtesy-titled key stays; in y the new key would meet one that exists;
    # in z two keys would become one, so the second stays.
    assert moved["link"].tolist() == [
        "Tobias Varga",
        "Lena Varga",
        "Lena Varga",
        "Tobias Varga",
        "Tobias Varga",
        "Varga",
    ]
    assert applied == {
        ("x", "Varga", "Lena Varga"): "Tobias Varga",
        ("z", "Varga", ""): "Tobias Varga",
    }
    assert restore_links(moved, applied).equals(keys)
    cands = frame([cand("x", "Varga", "President", link="Lena Varga")])
    assert relink_candidates(cands, applied)["person_link"].tolist() == ["Tobias Varga"]


def test_the_role_and_the_mentions_go_to_the_titles_holder():
    mentions = [
        (f"m{i}", f"h{i}", "PERSON", "Tobias Varga", "", "") for i in range(3)
    ] + [
        ("m3", "x", "PERSON", "Lena Varga", "", ""),
        ("m4", "x", "PERSON", "Varga", "Lena Varga", ""),
        ("m5", "x", "PERSON", "Varga", "Lena Varga", "Mrs"),
    ]
    mentions = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    cands = frame([*holders(3), cand("x", "Varga", "President", link="Lena Varga")])
    arts = ["h0", "h1", "h2", "x"]
    articles = pd.DataFrame({"article_id": arts, "published": ["2024-03-01"] * 4})
    for order in (mentions, mentions.iloc[::-1]):
        got = resolve(articles, distinct_keys(order), cands, NO_RELATIONS)
        ids = entity_ids_of(got, mentions)
        people = dict(zip(got.people["person_id"], got.people["name"]))
        assert people[ids["m4"]] == "Tobias Varga" == people[ids["m0"]]
        assert people[ids["m3"]] == "Lena Varga" == people[ids["m5"]]
        x = got.roles[got.roles["article_id"] == "x"]
        assert x["person_name"].tolist() == ["Tobias Varga"]


def test_the_holders_spelling_does_not_depend_on_reading_order():
    spellings = [cand("h9", "Tóbias Varga", "President")]
    rows = [*holders(3), *spellings, cand("x", "Varga", "President", link="Lena Varga")]
    got = {tuple(title_relinks(frame(r)).values()) for r in (rows, rows[::-1])}
    assert got == {("Tobias Varga",)}


def test_two_spellings_of_a_first_name_holding_one_title_are_one_person():
    # Both first names are given names gender-guesser knows, so `name_slips` alone
    # keeps them apart; the shared title joins them.
    rows = [
        *holders(3, name="Nikola Varga", title="Ambassador"),
        cand("x", "Nicola Varga", "Ambassador"),
        cand("y", "Mikola Varga", "Senator"),  # a slip too, but another title
        cand("z", "Nikita Varga", "Ambassador"),  # two letters from Nikola
        cand("w", "Wang Lei", "Ambassador"),
        cand("v", "Yang Lei", "Ambassador"),  # family name first: never
    ]
    assert title_slips(frame(rows)) == [("nicola varga", "nikola varga")]
    assert title_slips(frame(rows[::-1])) == [("nicola varga", "nikola varga")]


def test_the_slip_joins_in_the_clustering_so_an_initialled_form_stays_with_it():
    mentions = pd.DataFrame(
        [
            ("m0", "h0", "PERSON", "Nikola Varga", "", ""),
            ("m1", "h1", "PERSON", "Nikola Varga", "", ""),
            ("m2", "x", "PERSON", "Nicola Varga", "", ""),
            ("m3", "x", "PERSON", "Varga", "Nicola Varga", ""),
            ("m4", "y", "PERSON", "Nicola T. Varga", "", ""),
        ],
        columns=MENTION_COLUMNS,
    )
    arts = ["h0", "h1", "x", "y"]
    articles = pd.DataFrame({"article_id": arts, "published": ["2024-03-01"] * 4})
    titled = frame(
        [cand("h0", "Nikola Varga", "Mayor"), cand("x", "Nicola Varga", "Mayor")]
    )
    untitled = titled.assign(title="")
    got = resolve(articles, distinct_keys(mentions), titled, NO_RELATIONS)
    ids = entity_ids_of(got, mentions)
    assert len(set(ids.values())) == 1 and len(got.people) == 1
    apart = resolve(articles, distinct_keys(mentions), untitled, NO_RELATIONS)
    assert len(apart.people) == 2
