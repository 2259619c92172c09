"""Cross-document resolution of organisations and people: distinct mention keys ->
entity tables.

Works on rows only (the reduce never sees Docs), and not even on every mention:
the input is one row per distinct (article_id, label, text, link, honorific)
with the number of mentions it stands for (`pipeline.reduce.keys`),
so memory grows with the distinct names per article, not with mentions. Each
ORG/PERSON key row carries `link` (the in-article key its component set: the long form
for an
acronym, the full name for "Mr. Hung"); its anchor is `link` or, when that
is empty, its own text. Resolution then goes:

1. article entity = (label, comparison key of the anchor); the key folds case,
   accents, articles and company designators (`names.org_key`, `person_key`).
2. equal keys are one entity across articles (union-find over keys, never
   over all pairs);
3. organisations: long forms sharing an acronym are merged only when their
   long forms are compatible (rapidfuzz token_set_ratio within the acronym's
   block), so "AIS" = Authority of Information Security in one article and
   Automatic Identification System in another stay two; a bare acronym with
   no long form in its article joins the one organisation using that acronym,
   and stays on its own when several do; near-identical spellings
   ("Organisation"/"Organization") merge within a first-word block;
4. people: names equal up to middle initials merge ("Trent A. Frazier");
   nothing merges on a last name alone (family-name-first names would break).

IDs are `org_`/`per_` + 12 hex of sha1 of the cluster's canonical key, so they
depend on content, not on row order. Ids come back keyed by (label, text,
link), the only columns a mention's id depends on.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline import schemas
from pipeline.lang.acronyms import (
    is_short_form,
)
from pipeline.lang.names import (
    canonical_org_name,
    canonical_person_name,
    org_key,
    person_key,
)
from pipeline.records import stable_id
from pipeline.reduce.keys import (
    AGG_COLUMNS,
    KEY_COLUMNS,
    distinct_keys,
)
from pipeline.reduce.merge import (
    UnionFind,
    acronym_of,
    merge_in_article_suffixes,
    merge_orgs,
    merge_people,
)

log = logging.getLogger(__name__)

ORG_COLUMNS = schemas.ORGANISATIONS.names
PEOPLE_COLUMNS = schemas.PEOPLE.names


@dataclass(frozen=True)
class ResolvedEntities:
    """The resolver's output: entity tables and (label, text, link) -> entity id.

    `key_ids` holds one entry per distinct resolved (label, text, link), far
    fewer than mentions; `mention_entity_ids` joins it onto mention rows.
    """

    organisations: pd.DataFrame
    people: pd.DataFrame
    key_ids: dict[tuple[str, str, str], str]


def _map_unique(values: pd.Series, func) -> pd.Series:
    """Apply a str function once per distinct value (a million rows hold far fewer
    names).
    """
    uniq = {v: func(v) for v in pd.unique(values)}
    return values.map(uniq)


def _as_objects(values: pd.Series) -> pd.Series:
    """A text column as plain Python strings ("" for nulls), one shared object per
    distinct value.

    Iterating Arrow-backed string columns costs more than the work itself, and
    one object per row (an article id repeated on every key of its article)
    would be most of the resolver's memory.
    """
    codes, uniques = pd.factorize(
        values, sort=False
    )  # on the Arrow column itself: no per-row objects
    objects = np.array(
        [str(u) for u in uniques] + [""], dtype=object
    )  # code -1 (null) picks the last, ""
    return pd.Series(objects[codes], index=values.index, dtype=object)


def _resolve_label(rows: pd.DataFrame, label: str, published: Mapping[str, str]):
    """Cluster one label's key rows; returns (table rows, (label, text, link) -> id,
    rows with ids).
    """
    is_org = label == "ORG"
    canon = canonical_org_name if is_org else canonical_person_name
    keyf = org_key if is_org else person_key
    rows = rows.assign(
        anchor=_map_unique(rows["link"].where(rows["link"] != "", rows["text"]), canon)
    )
    rows = rows.assign(
        key=_map_unique(rows["anchor"], keyf), surface=_map_unique(rows["text"], canon)
    )
    rows = rows[rows["key"] != ""]
    # Per (article, key): the acronym used for it in that article, if any.
    acr = [
        t if acronym_of(t, a) else "" for t, a in zip(rows["surface"], rows["anchor"])
    ]
    rows = rows.assign(acronym=acr)
    keys = (
        rows.groupby("key", sort=True)
        .agg(anchor=("anchor", "first"), acronym=("acronym", "max"))
        .reset_index()
    )
    uf = UnionFind()
    for k in keys["key"]:
        uf.find(k)
    if is_org:
        merge_in_article_suffixes(rows, uf)
        merge_orgs(keys, uf)
    else:
        merge_people(keys, uf)
    rows = rows.assign(root=rows["key"].map({k: uf.find(k) for k in keys["key"]}))
    table = _entity_table(rows, label, published)
    ids = rows["root"].map(
        dict(zip(table["root"], table["org_id" if label == "ORG" else "person_id"]))
    )
    # The id is a function of (label, text, link): many article rows give the same
    # entry.
    key_ids = dict(zip(zip(rows["label"], rows["text"], rows["link"]), ids))
    return table.drop(columns="root"), key_ids, rows.assign(eid=ids)


def _most_common(rows: pd.DataFrame, column: str) -> pd.Series:
    """root -> the value of `column` in the most mentions of the root (then longest,
    then alphabetical).
    """
    # Each key row stands for `n` mentions, so counts are sums of n, not row counts.
    counts = (
        rows.groupby(["root", column], sort=False)["n"].sum().rename("n").reset_index()
    )
    counts["len"] = counts[column].str.len()
    counts = counts.sort_values(
        ["root", "n", "len", column],
        ascending=[True, False, False, True],
        kind="stable",
    )
    return counts.drop_duplicates("root").set_index("root")[column]


def _entity_table(
    rows: pd.DataFrame, label: str, published: Mapping[str, str]
) -> pd.DataFrame:
    """One row per cluster (root), grouped in pandas rather than in a Python loop
    over clusters.
    """
    is_org = label == "ORG"
    keyf = org_key if is_org else person_key
    roots = pd.Index(sorted(rows["root"].unique()), name="root")
    named = rows[~rows["anchor"].map(is_short_form)] if is_org else rows
    name = _most_common(named, "anchor").reindex(roots)
    name = name.fillna(_most_common(rows, "anchor").reindex(roots))
    grouped = rows.groupby("root", sort=True)
    dates = rows.assign(pub=rows["article_id"].map(lambda a: published.get(a) or ""))
    dates = dates[dates["pub"] != ""].groupby("root")["pub"]
    surfaces = rows.loc[rows["surface"] != "", ["root", "surface"]]
    if not is_org and "honorific" in rows:
        # "Mr. Hung" is how the text names him: the titled form is an alias too (the
        # mention stays "Hung").
        titled = rows[(rows["honorific"] != "") & (rows["surface"] != "")]
        titled = titled.assign(surface=titled["honorific"] + " " + titled["surface"])[
            ["root", "surface"]
        ]
        surfaces = pd.concat([surfaces, titled], ignore_index=True)
    surfaces = surfaces.drop_duplicates()
    surfaces = surfaces.assign(
        surface=surfaces["surface"].str.replace("|", "/", regex=False)
    )
    aliases = (
        surfaces.sort_values(["root", "surface"])
        .groupby("root")["surface"]
        .agg("|".join)
    )
    out = pd.DataFrame(
        {
            "root": roots,
            "name": name.values,
            "aliases": aliases.reindex(roots).fillna("").values,
            "n_mentions": grouped["n"].sum().reindex(roots).values,
            "n_articles": grouped["article_id"].nunique().reindex(roots).values,
            "first_published": dates.min().reindex(roots).fillna("").values,
            "last_published": dates.max().reindex(roots).fillna("").values,
        }
    )
    prefix = "org_" if is_org else "per_"
    out["id"] = [stable_id(prefix, f"{label}\x1f{keyf(n)}") for n in out["name"]]
    if is_org:
        with_acr = rows[rows["acronym"] != ""]
        acr = (
            _most_common(with_acr, "acronym")
            if len(with_acr)
            else pd.Series(dtype=object)
        )
        acr = acr.reindex(roots).astype(object)
        # An organisation known only by its acronym has that acronym as name and
        # acronym.
        fallback = [n if is_short_form(n) else "" for n in out["name"]]
        out["acronym"] = [
            a if isinstance(a, str) and a else f for a, f in zip(acr.values, fallback)
        ]
        out = out.rename(columns={"id": "org_id"})[["root", *ORG_COLUMNS]]
    else:
        out = out.rename(columns={"id": "person_id"})[["root", *PEOPLE_COLUMNS]]
    return out


def resolve_entities(
    keys: pd.DataFrame, published: Mapping[str, str]
) -> ResolvedEntities:
    """Resolve ORG and PERSON mentions across articles into organisations and people.

    `keys` is the distinct-key frame of `entity_keys` (KEY_COLUMNS plus n,
    first_mention, first_pos), or plain mention rows (mention_id, article_id,
    label, text, link, optionally `honorific`: the title written before a
    PERSON mention, "Mr.", which adds the titled form to people.aliases),
    which are collapsed to keys first. Labels other than ORG/PERSON are
    skipped; `published` maps article_id -> "YYYY-MM-DD" or "". Returns
    tables sorted by id with the columns of DESIGN.md and a (label, text,
    link) -> id map. Deterministic: the same
    rows in any order give the same output.
    """
    if "n" not in keys.columns:
        keys = distinct_keys(keys)
    df = keys.reindex(columns=KEY_COLUMNS + AGG_COLUMNS)
    df = df[df["label"].isin(["ORG", "PERSON"])]
    df = df.assign(**{c: _as_objects(df[c]) for c in KEY_COLUMNS + ["first_mention"]})
    # (article, first mention) meets keys in the order the mention rows sorted by
    # (article, mention_id) would.
    df = df.sort_values(
        ["article_id", "first_mention", "first_pos"], kind="stable"
    ).drop(columns="first_mention")
    key_ids: dict[tuple[str, str, str], str] = {}
    tables = {}
    for label in ("ORG", "PERSON"):
        part = df[df["label"] == label]
        if part.empty:
            table, ids = None, {}
        else:
            table, ids, _ = _resolve_label(part, label, published)
        key_ids.update(ids)
        cols_out = ORG_COLUMNS if label == "ORG" else PEOPLE_COLUMNS
        if table is None:
            table = pd.DataFrame(columns=cols_out)
        tables[label] = table.sort_values(cols_out[0]).reset_index(drop=True)
    return ResolvedEntities(tables["ORG"], tables["PERSON"], key_ids)
