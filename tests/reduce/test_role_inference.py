"""What the resolver infers for a role the text left open, end to end through
`reduce.tables.resolve` on hand-made mentions and role candidates (invented
names): the organisation the corpus gives the person's title, and a country an
article gave one row of it counting for the person's other rows."""

from __future__ import annotations

import pandas as pd
from resolved_ids import NO_RELATIONS
from test_title_links import MENTION_COLUMNS, cand, frame

from pipeline.reduce.keys import distinct_keys
from pipeline.reduce.role_country import ARTICLE_COUNTRY_RULE, COUNTRY_RULE
from pipeline.reduce.role_orgs import ORG_RULE
from pipeline.reduce.tables import resolve


def _resolve(mentions: list[tuple], cands: list[dict], countries=None):
    arts = sorted({m[1] for m in mentions})
    articles = pd.DataFrame(
        {"article_id": arts, "published": ["2024-03-01"] * len(arts)}
    )
    df = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    return resolve(articles, distinct_keys(df), frame(cands), NO_RELATIONS, countries)


def _with_org(art: str, name: str, title: str, org: str) -> dict:
    return {**cand(art, name, title), "org_text": org}


def test_an_open_role_takes_the_organisation_the_corpus_gives_the_title():
    mentions = [
        (f"m{i}", a, label, text, "", "")
        for i, (a, label, text) in enumerate(
            [
                ("a0", "PERSON", "Tobias Varga"),
                ("a0", "ORG", "Kestrel Bank"),
                ("a1", "PERSON", "Tobias Varga"),
                ("a1", "ORG", "Kestrel Bank"),
                ("a2", "PERSON", "Tobias Varga"),
            ]
        )
    ]
    cands = [
        _with_org("a0", "Tobias Varga", "Chair", "Kestrel Bank"),
        _with_org("a1", "Tobias Varga", "Chair", "Kestrel Bank"),
        cand("a2", "Tobias Varga", "Chair"),
    ]
    roles = _resolve(mentions, cands).roles.sort_values("article_id")
    assert roles["org_name"].tolist() == ["Kestrel Bank"] * 3
    assert roles["rule_id"].tolist()[-1] == f"role:test+{ORG_RULE}"


def test_an_articles_country_for_one_row_counts_for_the_persons_others():
    mentions = [
        ("m0", "a0", "PERSON", "Lena Okafor", "", ""),
        ("m1", "a1", "PERSON", "Lena Okafor", "", ""),
    ]
    cands = [
        {
            **cand("a0", "Lena Okafor", "Finance Minister"),
            "rule_id": "role:prenominal_title",
        },
        # after the name: no article's country for it, but the person's
        {
            **cand("a1", "Lena Okafor", "Finance Minister"),
            "rule_id": "role:appos_person_title",
        },
    ]
    roles = _resolve(mentions, cands, {"a0": "IE"}).roles.sort_values("article_id")
    assert roles["country"].tolist() == ["IE", "IE"]
    assert roles["rule_id"].tolist() == [
        f"role:prenominal_title+{ARTICLE_COUNTRY_RULE}",
        f"role:appos_person_title+{COUNTRY_RULE}",
    ]
