"""The reduce: work rows of every shard -> the final output tables.

Works on rows only. Entity resolution across articles is done by
`pipeline.reduce.entities.resolve_entities` on distinct mention keys
(`pipeline.reduce.keys`); this module joins its assignments (each key's entity
and type) back onto mentions, roles and relations and assembles each table.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline import schemas
from pipeline.lang.gender import is_given_name
from pipeline.records import digest
from pipeline.reduce.entities import resolve_entities
from pipeline.reduce.keys import distinct_keys
from pipeline.reduce.relinks import relink_candidates, relink_keys, restore_links
from pipeline.reduce.role_country import (
    article_country_roles,
    corpus_countries,
    org_countries,
)
from pipeline.reduce.role_orgs import corpus_orgs
from pipeline.reduce.title_links import title_relinks, title_slips
from pipeline.reduce.types import type_key

# A mention key: the title before a name is part of it ("Mrs Haughey" may be
# another Haughey than the bare name of the same article).
JOIN = ["article_id", "label", "text", "link", "honorific"]
# Provenance of a mention whose label the corpus-wide type decision changed.
RELABEL_SOURCE, RELABEL_RULE = "propagated", "propagated:corpus-type"


def link_index(keys: pd.DataFrame, assignments: pd.DataFrame) -> dict[tuple, str]:
    """(article_id, key) -> entity id, where key is a mention's link or its surface
    text; and (article_id, link, text) -> the entity id of that very key, ""
    when it stayed unresolved (see `_lookup`).

    `keys` are distinct-key rows; taking them by first_pos makes the first
    mention in reading order win a shared key, as it did over mention rows.
    """
    index: dict[tuple, str] = {}
    keys = keys.sort_values("first_pos", kind="stable")[JOIN]
    keys = keys.merge(
        assignments[[*JOIN, "entity_id"]], on=JOIN, how="inner", sort=False
    )
    exact: dict[tuple, tuple[bool, str]] = {}
    for art, link, text, honorific, eid in zip(
        keys["article_id"],
        keys["link"],
        keys["text"],
        keys["honorific"],
        keys["entity_id"],
    ):
        # A role names its person without a courtesy title: the bare key
        # ("Sergeant Blackman") goes before a titled one ("Mrs Blackman", who may
        # be another Blackman).
        titled = isinstance(honorific, str) and honorific != ""
        if (art, link, text) not in exact or exact[art, link, text][0] > titled:
            exact[art, link, text] = (titled, eid or "")
        for key in (link, text):
            if key and eid:
                index.setdefault((art, key), eid)
    index.update((k, eid) for k, (_, eid) in exact.items())
    return index


def _lookup(index: dict, article_id: str, link: str, text: str) -> str:
    """The entity id of the mention (link, text) of an article: a key that stayed
    unresolved ("Kim" beside two Kims) has none, though another key of the
    article may share its text; else what its link, then its text, names."""
    if index.get((article_id, link, text)) == "":
        return ""
    return index.get((article_id, link)) or index.get((article_id, text)) or ""


def build_roles(
    cands: pd.DataFrame, index: dict, names: dict[str, str]
) -> pd.DataFrame:
    """roles rows from role candidates: person and organisation ids joined by link
    key. An organisation that resolves to a person keeps its name without an id
    (a company named after a person the recognizer read as one), unless that
    person holds a titled role of their own in the corpus: "Trump's attorney
    general" is at no organisation called Trump, and "worked for Trump" is no
    row. A candidate whose person resolves to no people row gives no row: a
    role's person_id is always a people row.
    """
    records = cands.to_dict("records")
    pids = [
        _lookup(index, c["article_id"], c["person_link"], c["person_text"])
        for c in records
    ]
    titled = {pid for pid, c in zip(pids, records) if c["title"] and pid}
    rows = []
    for pid, c in zip(pids, records):
        if not pid.startswith("per_"):
            # The corpus says this name is an organisation or a place, or which
            # person it is stays open ("Kim" beside two Kims): no people row
            # to hold the role.
            continue
        oid = (
            _lookup(index, c["article_id"], c["org_link"], c["org_text"])
            if (c["org_link"] or c["org_text"])
            else ""
        )
        if oid.startswith("per_"):
            if oid != pid and oid in titled:
                if not c["title"]:
                    continue  # "worked for Trump": nothing left to say
                c = {**c, "org_text": "", "org_link": ""}
            oid = ""  # a person is no employer
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
    """The corpus-wide part of the reduce: entity tables, roles, relations and each
    mention key's entity (`ResolvedEntities.assignments`).
    """

    organisations: pd.DataFrame
    people: pd.DataFrame
    roles: pd.DataFrame
    org_relations: pd.DataFrame
    assignments: pd.DataFrame


def resolve(
    articles: pd.DataFrame,
    entity_keys: pd.DataFrame,
    role_candidates: pd.DataFrame,
    relation_candidates: pd.DataFrame,
    article_country: dict[str, str] | None = None,
) -> Resolved:
    """Resolve ORG/PERSON mentions across articles, then attach ids to roles and
    relations. `article_country` (article id -> ISO code, from
    `role_country.article_countries`) gives a national office its article's
    country.

    `entity_keys` is the distinct-key frame of `pipeline.reduce.keys`
    (the runner builds it with DuckDB), or ORG/PERSON mention rows, which are
    collapsed to it here; either way resolution holds keys, not mentions.
    """
    if "n" not in entity_keys.columns:
        entity_keys = distinct_keys(entity_keys)
    published = dict(zip(articles["article_id"], articles["published"].fillna("")))
    # "President Obama" beside "Michelle Obama" is the president; "Niki Haley" the
    # ambassador "Nikki Haley" (`title_links`).
    entity_keys, applied = relink_keys(entity_keys, title_relinks(role_candidates))
    role_candidates = relink_candidates(role_candidates, applied)
    # A role with a title says "person" about its name; one without ("Frederick
    # founded Acme") only when the name is a known given name, for a place also
    # joins, leaves and founds ("Khimki joined the league").
    links = role_candidates["person_link"].fillna("")
    anchors = links.where(links != "", role_candidates["person_text"].fillna(""))
    said = (role_candidates["title"].fillna("") != "") | anchors.map(is_given_name)
    resolved = resolve_entities(
        entity_keys,
        published,
        frozenset(
            zip(role_candidates.loc[said, "article_id"], anchors[said].map(type_key))
        ),
        title_slips(role_candidates),
    )
    # Only articles that have role or relation candidates need the link index.
    wanted = set(role_candidates["article_id"]) | set(relation_candidates["article_id"])
    index = link_index(
        entity_keys[entity_keys["article_id"].isin(wanted)], resolved.assignments
    )
    names = dict(zip(resolved.organisations["org_id"], resolved.organisations["name"]))
    names.update(zip(resolved.people["person_id"], resolved.people["name"]))
    return Resolved(
        resolved.organisations,
        resolved.people,
        corpus_orgs(
            # again after the articles': their countries count for the person's
            # other rows of the title ("Finance Minister Noonan" of Irish news)
            corpus_countries(
                article_country_roles(
                    corpus_countries(
                        org_countries(
                            build_roles(role_candidates, index, names),
                            resolved.organisations,
                        )
                    ),
                    article_country or {},
                )
            )
        ),
        build_relations(relation_candidates, index),
        restore_links(resolved.assignments, applied),
    )


def finish_mentions(part: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """Mentions rows in final form: entity ids and corpus types joined on (article,
    label, text, link, honorific), link keys dropped, canonical order.

    A mention whose label the corpus-wide type decision changed says so:
    source "propagated", rule_id "propagated:corpus-type".
    """
    return schemas.conform(mention_rows(part, assignments), schemas.MENTIONS)


def mention_rows(part: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """`finish_mentions` before `schemas.conform`, for a writer that conforms what
    it writes itself (`io.TableWriter`): conforming twice costs a sort and a
    conversion of every column, and changes nothing.
    """
    cols = [*JOIN, "entity_id", "final_label"]
    mine = assignments[assignments["article_id"].isin(set(part["article_id"].tolist()))]
    mine = mine[cols]
    mine = mine.astype(dict.fromkeys(JOIN, object))
    part = part.drop(columns=["entity_id"], errors="ignore")
    for c in JOIN:
        if c not in part:
            part[c] = ""
        part[c] = part[c].astype(object).where(part[c].notna(), "")
    part = part.merge(mine, on=JOIN, how="left", sort=False)
    part["entity_id"] = part["entity_id"].fillna("")
    moved = part["final_label"].notna() & (part["final_label"] != part["label"])
    part.loc[moved, "label"] = part.loc[moved, "final_label"]
    part.loc[moved, "source"] = RELABEL_SOURCE
    part.loc[moved, "rule_id"] = RELABEL_RULE
    return part.drop(columns="final_label")
