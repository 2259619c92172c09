"""Cross-document resolution of organisations and people: distinct mention keys ->
entity tables and each key's entity.

Works on rows only, one per distinct (article_id, label, text, link,
honorific) with the number of mentions it stands for (`pipeline.reduce.keys`):
memory grows with the distinct names per article, not with mentions. Each key row
carries `link`, the in-article key the annotation step set (the long form of an
acronym, the full name for "Mr. Hung"); its anchor is `link` or, when that is
empty, its own text. Resolution then goes:

1. types: every name gets one type, PERSON or ORG, from the evidence of the
   whole corpus (`types`); a key of the other label is relabelled;
2. people: equal names, middle initials, nicknames, and family names or short
   forms linked to the full name that dominates near the article's date;
3. organisations: variant keys (word order, number forms, spelling, aliases),
   acronyms, near-identical spellings, short references within an article;
4. one row per cluster with its most used name, aliases, counts and dates.

IDs are `org_`/`per_` + a digest of the cluster's canonical key. A key's entity
may depend on its article (a family name links to the full name dominant at
that date): assignments are per (article_id, label, text, link).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline import schemas
from pipeline.lang.acronyms import is_short_form
from pipeline.lang.names import (
    canonical_org_name,
    canonical_person_name,
    is_full_name,
    person_key,
)
from pipeline.lang.orgnames import is_short_name, variant_key
from pipeline.records import stable_id
from pipeline.reduce.confidence import confidence, features
from pipeline.reduce.defined import defined_acronyms, defined_types
from pipeline.reduce.full_names import full_names
from pipeline.reduce.keys import AGG_COLUMNS, KEY_COLUMNS, distinct_keys
from pipeline.reduce.merge import stated_acronym
from pipeline.reduce.orgs import cluster_orgs
from pipeline.reduce.people import cluster_people
from pipeline.reduce.plain_names import without_suffixes as plain
from pipeline.reduce.scopes import (
    country_weights,
    leading_countries,
    scope_orgs,
    scoped_names,
)
from pipeline.reduce.types import decide_types, type_key
from pipeline.settings import ENTITY_LABELS, PLACE_LABELS, RESOLUTION_LABELS

ORG_COLUMNS = schemas.ORGANISATIONS.names
PEOPLE_COLUMNS = schemas.PEOPLE.names
# A mention key (KEY_COLUMNS, the honorific with it) and what it resolved to.
ASSIGNMENT_COLUMNS = [*KEY_COLUMNS, "entity_id", "final_label"]


@dataclass(frozen=True)
class ResolvedEntities:
    """The resolver's output: entity tables and each key's entity.

    `assignments` has one row per distinct (article_id, label, text, link) of
    an ORG/PERSON mention: its `entity_id` and its `final_label` (the type the
    corpus gave the name, which may differ from the mention's label).
    """

    organisations: pd.DataFrame
    people: pd.DataFrame
    assignments: pd.DataFrame
    # The evidence behind each row's confidence (reduce.confidence), by entity id.
    features: pd.DataFrame | None = None


def _map_unique(values: pd.Series, func) -> pd.Series:
    """Apply a str function once per distinct value (a million rows hold far fewer
    names)."""
    # factorize + a NumPy take: mapping Arrow-backed strings row by row cost more.
    codes, uniques = pd.factorize(values, sort=False)
    out = np.array([func(u) for u in uniques.tolist()] + [np.nan], dtype=object)
    return pd.Series(out[codes], index=values.index, dtype=object)


def _as_objects(values: pd.Series) -> pd.Series:
    """A text column as plain Python strings ("" for nulls), one shared object per
    distinct value: iterating Arrow-backed strings costs more than the work, and an
    object per row (an article id on every key) would be most of the memory."""
    codes, uniques = pd.factorize(values, sort=False)
    objects = np.array([str(u) for u in uniques.tolist()] + [""], dtype=object)
    return pd.Series(objects[codes], index=values.index, dtype=object)


def _prepare(rows: pd.DataFrame, label: str) -> pd.DataFrame:
    """Anchor, comparison key and surface of one type's rows."""
    is_org = label == "ORG"
    canon = canonical_org_name if is_org else canonical_person_name
    keyf = variant_key if is_org else person_key
    anchor = rows["link"].where(rows["link"] != "", rows["text"])
    rows = rows.assign(anchor=_map_unique(anchor, canon))
    rows = rows.assign(
        key=_map_unique(rows["anchor"], keyf), surface=_map_unique(rows["text"], canon)
    )
    rows = rows[rows["key"] != ""]
    if is_org:
        pairs = zip(rows["surface"], rows["anchor"], rows["link"] != "")
        rows = rows.assign(acronym=[stated_acronym(*x) for x in pairs])
    return rows


def _most_common(rows: pd.DataFrame, column: str) -> pd.Series:
    """root -> the most mentioned value of `column` (then longest, alphabetical)."""
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
    """One row per cluster (root), grouped in pandas (no loop over clusters)."""
    is_org = label == "ORG"
    keyf = variant_key if is_org else person_key
    roots = pd.Index(sorted(rows["root"].unique()), name="root")
    # The display name is a long form: not an acronym or a shorter lexicon alias
    # ("Fed"), not a family name alone (a particle's "Le Pen" only when no longer
    # name), one with no lost letter first; an organisation's in full (`full_names`).
    if is_org:
        tiers = [rows[~rows["anchor"].map(is_short_name)], rows]
    else:
        spaced = rows[rows["anchor"].str.contains(" ", regex=False)]
        tiers = [rows[rows["anchor"].map(is_full_name)], spaced, rows]
    tiers.insert(0, tiers[0][~tiers[0]["anchor"].str.contains("\ufffd", regex=False)])
    name = _most_common(tiers[0], "anchor").reindex(roots)
    for tier in tiers[1:]:
        name = name.fillna(_most_common(tier, "anchor").reindex(roots))
    # people without the letters after their names (`plain_names`)
    name = scoped_names(rows, full_names(rows, name)) if is_org else name.map(plain)
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
    # Two clusters with one name (a name two entities share) get distinct ids.
    clash = out["id"].duplicated(keep=False)
    out.loc[clash, "id"] = [
        stable_id(prefix, f"{label}\x1f{keyf(n)}\x1f{r}")
        for n, r in zip(out.loc[clash, "name"], out.loc[clash, "root"])
    ]
    if is_org:
        with_acr = rows[rows["acronym"] != ""]
        acr = (
            _most_common(with_acr, "acronym")
            if len(with_acr)
            else pd.Series(dtype=object)
        )
        acr = acr.reindex(roots).astype(object)
        # An organisation known only by its acronym has it as name and acronym.
        fallback = [n if is_short_form(n) else "" for n in out["name"]]
        out["acronym"] = [
            a if isinstance(a, str) and a else f for a, f in zip(acr.values, fallback)
        ]
    feats = features(rows, out, label)
    out["confidence"] = confidence(feats, label).reindex(out["root"]).values
    out.attrs["features"] = feats.set_axis(
        out.set_index("root")["id"].reindex(feats.index)
    )
    if is_org:
        out = out.rename(columns={"id": "org_id"})[["root", *ORG_COLUMNS]]
    else:
        out = out.rename(columns={"id": "person_id"})[["root", *PEOPLE_COLUMNS]]
    return out


def resolve_entities(
    keys: pd.DataFrame,
    published: Mapping[str, str],
    titled_people: frozenset[tuple[str, str]] = frozenset(),
    same_people: Sequence[tuple[str, str]] = (),
) -> ResolvedEntities:
    """Resolve ORG and PERSON mentions across articles into organisations and people.

    `keys` is the distinct-key frame of `pipeline.reduce.keys` (KEY_COLUMNS plus
    n, n_rule, first_mention, first_pos), or plain mention rows, which are
    collapsed to keys first. `honorific` (the title written before a PERSON
    mention, "Mr.") adds the titled form to people.aliases. Labels other than
    ORG/PERSON are skipped; `published` maps article_id -> "YYYY-MM-DD" or "";
    `titled_people` as `types.decide_types` takes them; `same_people` are pairs of
    person keys that are one person (`title_links.title_slips`). Returns tables sorted
    by id with the columns of DESIGN.md and the assignments. Deterministic:
    the same rows in any order give the same output.
    """
    if "n" not in keys.columns:
        keys = distinct_keys(keys)
    df = keys.reindex(columns=KEY_COLUMNS + AGG_COLUMNS)
    defined = defined_acronyms(df)  # "ACA": a law wherever it is alone
    df = df[df["label"].isin(RESOLUTION_LABELS)]
    df = df.assign(**{c: _as_objects(df[c]) for c in KEY_COLUMNS + ["first_mention"]})
    counts = ("n_rule", "n_team", "n_headline")
    df = df.assign(**{c: df[c].fillna(0).astype("int64") for c in counts})
    # (article, first mention) meets keys in the order the mention rows sorted by
    # (article, mention_id) would.
    df = df.sort_values(
        ["article_id", "first_mention", "first_pos"], kind="stable"
    ).drop(columns="first_mention")
    anchor = df["link"].where(df["link"] != "", df["text"])
    df = df.assign(tkey=_map_unique(anchor, type_key))
    if len(df):
        df = df.join(decide_types(df, titled_people))
    else:
        df = df.assign(etype=df["label"], agree=1.0)
    df = df.assign(etype=defined_types(df, defined))
    df = df.assign(pub=df["article_id"].map(lambda a: published.get(a) or ""))
    named = df["label"].isin(ENTITY_LABELS)
    # ORG/PERSON keys the corpus says are places or laws: no entity, that label.
    placed = df[named & ~df["etype"].isin(ENTITY_LABELS)]
    tables, parts = {}, [placed.assign(entity_id="", final_label=placed["etype"])]
    feats: list[pd.DataFrame] = []
    places = df[df["etype"].isin(PLACE_LABELS)]
    weights = country_weights(places)
    countries = leading_countries(weights)
    people = functools.partial(cluster_people, same=same_people)
    for label, cluster in (("ORG", cluster_orgs), ("PERSON", people)):
        part = _prepare(df[named & (df["etype"] == label)], label)
        if label == "ORG":
            part = scope_orgs(part, countries, weights)
        cols_out = ORG_COLUMNS if label == "ORG" else PEOPLE_COLUMNS
        if part.empty:
            tables[label] = pd.DataFrame(columns=cols_out)
            continue
        part = part.assign(root=cluster(part))
        # No entity: a lone generic head ("the Board"), a name two people share.
        parts.append(part[part["root"] == ""].assign(entity_id="", final_label=label))
        part = part[part["root"] != ""]
        if part.empty:
            tables[label] = pd.DataFrame(columns=cols_out)
            continue
        table = _entity_table(part, label, published)
        feats.append(table.attrs.pop("features").assign(label=label))
        ids = dict(zip(table["root"], table[cols_out[0]]))
        parts.append(part.assign(entity_id=part["root"].map(ids), final_label=label))
        tables[label] = (
            table.drop(columns="root").sort_values(cols_out[0]).reset_index(drop=True)
        )
    assigned = pd.concat(
        [p[ASSIGNMENT_COLUMNS] for p in parts if len(p)] or [placed[[]]],
        ignore_index=True,
    ).reindex(columns=ASSIGNMENT_COLUMNS)
    assigned = assigned.astype(dict.fromkeys(ASSIGNMENT_COLUMNS, object))
    assigned = assigned.drop_duplicates(KEY_COLUMNS)
    return ResolvedEntities(
        tables["ORG"],
        tables["PERSON"],
        assigned,
        pd.concat(feats) if feats else pd.DataFrame(),
    )
