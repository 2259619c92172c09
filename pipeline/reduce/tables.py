"""The reduce: work rows of every shard -> the final output tables.

Works on rows only. Entity resolution across articles is done by
`pipeline.reduce.entities.resolve_entities` on distinct mention keys
(`pipeline.reduce.keys`); this module joins its (label, text, link)
-> id map back onto mentions, roles and relations and assembles each table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline import schemas
from pipeline.records import digest
from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import distinct_keys, mention_entity_ids
from pipeline.settings import ENTITY_LABELS


def link_index(
    keys: pd.DataFrame, key_ids: dict[tuple[str, str, str], str]
) -> dict[tuple[str, str], str]:
    """(article_id, key) -> entity id, where key is a mention's link or its surface
    text.

    `keys` are distinct-key rows; taking them by first_pos makes the first
    mention in reading order win a shared key, as it did over mention rows.
    """
    index: dict[tuple[str, str], str] = {}
    keys = keys.sort_values("first_pos", kind="stable")
    for art, label, link, text in zip(
        keys["article_id"], keys["label"], keys["link"], keys["text"]
    ):
        eid = key_ids.get((label, text, link))
        if not eid:
            continue
        for key in (link, text):
            if key:
                index.setdefault((art, key), eid)
    return index


def _lookup(index: dict, article_id: str, link: str, text: str) -> str:
    return index.get((article_id, link)) or index.get((article_id, text)) or ""


def build_roles(
    cands: pd.DataFrame, index: dict, names: dict[str, str]
) -> pd.DataFrame:
    """roles rows from role candidates: person and organisation ids joined by link
    key.
    """
    rows = []
    for c in cands.to_dict("records"):
        pid = _lookup(index, c["article_id"], c["person_link"], c["person_text"])
        oid = (
            _lookup(index, c["article_id"], c["org_link"], c["org_text"])
            if (c["org_link"] or c["org_text"])
            else ""
        )
        person_name = names.get(pid) or c["person_link"] or c["person_text"]
        org_name = names.get(oid) or c["org_link"] or c["org_text"]
        rows.append(
            {
                "role_id": "r_"
                + digest(
                    c["article_id"],
                    pid or person_name,
                    c["title"],
                    c["qualifier"],
                    oid or org_name,
                    str(c["sentence_index"]),
                    c["field"],
                ),
                "article_id": c["article_id"],
                "person_id": pid,
                "person_name": person_name,
                "title": c["title"],
                "title_raw": c["title_raw"],
                "qualifier": c["qualifier"],
                "org_id": oid,
                "org_name": org_name,
                "country": c["country"],
                "sentence_index": c["sentence_index"],
                "evidence": c["evidence"],
                "rule_id": c["rule_id"],
            }
        )
    df = pd.DataFrame(rows, columns=schemas.ROLES.names)
    return df.drop_duplicates("role_id")


def build_relations(cands: pd.DataFrame, index: dict) -> pd.DataFrame:
    """org_relations rows: candidates whose child and parent both resolve to distinct
    organisations.
    """
    rows = []
    for c in cands.to_dict("records"):
        child = _lookup(index, c["article_id"], c["child_link"], c["child_text"])
        parent = _lookup(index, c["article_id"], c["parent_link"], c["parent_text"])
        if (
            child
            and parent
            and child != parent
            and child.startswith("org_")
            and parent.startswith("org_")
        ):
            rows.append(
                {
                    "child_org_id": child,
                    "parent_org_id": parent,
                    "relation": c["relation"] or "part_of",
                    "article_id": c["article_id"],
                    "evidence": c["evidence"],
                }
            )
    df = pd.DataFrame(rows, columns=schemas.ORG_RELATIONS.names)
    return df.drop_duplicates(
        ["child_org_id", "parent_org_id", "relation", "article_id"]
    )


@dataclass(frozen=True)
class Resolved:
    """The corpus-wide part of the reduce: entity tables, roles, relations and the
    (label, text, link) -> id map.
    """

    organisations: pd.DataFrame
    people: pd.DataFrame
    roles: pd.DataFrame
    org_relations: pd.DataFrame
    key_ids: dict[tuple[str, str, str], str]


def resolve(
    articles: pd.DataFrame,
    entity_keys: pd.DataFrame,
    role_candidates: pd.DataFrame,
    relation_candidates: pd.DataFrame,
) -> Resolved:
    """Resolve ORG/PERSON mentions across articles, then attach ids to roles and
    relations.

    `entity_keys` is the distinct-key frame of `pipeline.reduce.keys`
    (the runner builds it with DuckDB), or ORG/PERSON mention rows, which are
    collapsed to it here; either way resolution holds keys, not mentions.
    """
    if "n" not in entity_keys.columns:
        entity_keys = distinct_keys(entity_keys)
    published = dict(zip(articles["article_id"], articles["published"].fillna("")))
    resolved = resolve_entities(entity_keys, published)
    # Only articles that have role or relation candidates need the link index.
    wanted = set(role_candidates["article_id"]) | set(relation_candidates["article_id"])
    index = link_index(
        entity_keys[entity_keys["article_id"].isin(wanted)], resolved.key_ids
    )
    names = dict(zip(resolved.organisations["org_id"], resolved.organisations["name"]))
    names.update(zip(resolved.people["person_id"], resolved.people["name"]))
    return Resolved(
        resolved.organisations,
        resolved.people,
        build_roles(role_candidates, index, names),
        build_relations(relation_candidates, index),
        resolved.key_ids,
    )


def finish_mentions(
    part: pd.DataFrame, key_ids: dict[tuple[str, str, str], str]
) -> pd.DataFrame:
    """Mentions rows in final form: entity ids joined on (label, text, link), link
    keys dropped, canonical order.
    """
    part = part.assign(entity_id=mention_entity_ids(part, key_ids))
    return schemas.conform(part, schemas.MENTIONS)


def finish_dates(part: pd.DataFrame) -> pd.DataFrame:
    """Dates rows in final form."""
    return schemas.conform(part, schemas.DATES)


def build_tables(work: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """All seven output tables from in-memory work tables (small inputs, evaluation).

    The runner's streaming reduce (pipeline.reduce.stream) calls the same
    functions bucket by bucket, so both give the same rows.
    """
    mentions = work["mentions"]
    r = resolve(
        work["articles"],
        mentions[mentions["label"].isin(ENTITY_LABELS)],
        work["role_candidates"],
        work["relation_candidates"],
    )
    out = {
        "articles": work["articles"],
        "mentions": finish_mentions(mentions, r.key_ids),
        "organisations": r.organisations,
        "people": r.people,
        "dates": finish_dates(work["dates"]),
        "roles": r.roles,
        "org_relations": r.org_relations,
    }
    return {name: schemas.conform(df, schemas.TABLES[name]) for name, df in out.items()}
