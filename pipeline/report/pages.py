"""What each page shows: plain dicts and lists built from the tables, for the
templates to lay out. No HTML is built here except the highlighted article text
(escaped by `pipeline.report.highlight`); the templates escape everything else.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
from markupsafe import Markup

from pipeline.report import highlight
from pipeline.report.data import Outputs
from pipeline.report.texts import Texts

Href = Callable[[str], str | None]


def link(text: object, href: str | None) -> dict:
    """A table cell: text, linked when `href` is given."""
    return {"text": "" if text is None else str(text), "href": href}


def confidence(value: object) -> str:
    """A confidence as shown: two decimals, empty when unknown."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if math.isnan(number) else f"{number:.2f}"


def web_url(url: str) -> str | None:
    """`url` when it is an http(s) address (anything else, javascript: included, is
    shown as text only)."""
    return url if url.lower().startswith(("http://", "https://")) else None


def entity_rows(ents: pd.DataFrame, entity_href: Href) -> list[dict]:
    """Rows for a table of entities (index tops)."""
    return [
        {
            "name": link(e.name, entity_href(e.entity_id)),
            "acronym": e.acronym,
            "n_articles": e.n_articles,
            "n_mentions": e.n_mentions,
            "confidence": confidence(e.confidence),
        }
        for e in ents.itertuples(index=False)
    ]


def search_index(ents: pd.DataFrame, entity_href: Href, limit: int) -> list[list]:
    """The inline search index: [name, kind, other names, article count, href]."""
    # Whole columns, not itertuples: every entity's row boxed its Arrow-backed text
    # cell by cell.
    top = ents.head(limit)
    columns = ("entity_id", "name", "kind", "acronym", "aliases", "n_articles")
    return [
        [
            name,
            kind,
            " | ".join(a for a in [acronym, *aliases] if a and a != name),
            int(n_articles),
            entity_href(entity_id) or "",
        ]
        for entity_id, name, kind, acronym, aliases, n_articles in zip(
            *(top[c].tolist() for c in columns)
        )
    ]


def failed_rows(articles: pd.DataFrame, limit: int) -> list[dict]:
    """The first `limit` failed records: where they are and why they failed."""
    failed = articles[articles["status"] == "failed"].head(limit)
    return [
        {
            "article_id": r.article_id,
            "source": f"{r.source_file}:{r.source_ref}"
            if r.source_ref
            else r.source_file,
            "error": r.error,
        }
        for r in failed.itertuples(index=False)
    ]


def role_rows(roles: list[dict], entity_href: Href, article_href: Href) -> list[dict]:
    """Rows for a roles table, people and organisations linked to their pages."""
    return [
        {
            "person": link(r["person_name"], entity_href(r["person_id"])),
            "title": r["title"],
            "qualifier": r["qualifier"],
            "org": link(r["org_name"], entity_href(r["org_id"])),
            "article": link(r["article_id"], article_href(r["article_id"])),
            "evidence": r["evidence"],
        }
        for r in roles
    ]


def relation_rows(
    relations: list[dict],
    entity_id: str,
    names: dict[str, str],
    entity_href: Href,
    article_href: Href,
) -> list[dict]:
    """An organisation's relations, said from its side ("part of X", "has part Y")."""
    rows = []
    for r in relations:
        child = r["child_org_id"] == entity_id
        other = r["parent_org_id"] if child else r["child_org_id"]
        verb = str(r["relation"]).replace("_", " ")
        rows.append(
            {
                "relation": verb if child else f"has {verb.replace(' of', '')}",
                "other": link(names.get(other, other), entity_href(other)),
                "article": link(r["article_id"], article_href(r["article_id"])),
                "evidence": r["evidence"],
            }
        )
    return rows


def entity_page(
    e, parts: dict[str, list[dict]], names, entity_href, article_href, limit: int
) -> dict:
    """The context of one entity's page; `parts` holds its roles, relations and
    articles (rows of `select.articles_by_entity`) as lists of dicts.
    """
    listed = parts["articles"]
    return {
        "entity": e,
        "confidence": confidence(e.confidence),
        "roles": role_rows(parts["roles"], entity_href, article_href),
        "relations": relation_rows(
            parts["relations"], e.entity_id, names, entity_href, article_href
        ),
        "articles": [
            {
                "article": link(
                    a["title"] or a["article_id"], article_href(a["article_id"])
                ),
                "article_id": a["article_id"],
                "published": a["published"],
                "n_mentions": a["n_mentions"],
            }
            for a in listed[:limit]
        ],
        "n_articles_listed": len(listed),
    }


def article_page(
    art, parts: dict[str, list[dict]], texts: Texts, names, entity_href, article_href
) -> dict:
    """The context of one article's page: highlighted fields and its tables
    (`parts`: its mentions, dates and roles rows as lists of dicts).
    """
    mentions, dates, roles = parts["mentions"], parts["dates"], parts["roles"]
    fields = []
    fields_text = texts.fields.get(art.article_id)
    if fields_text:
        for name, text in fields_text.items():
            if not text:
                continue
            spans = highlight.field_spans(
                name, text, mentions, dates, roles, entity_href, names
            )
            fields.append((name, Markup(highlight.render_field(text, spans))))
    return {
        "article": art,
        "url": web_url(art.url),
        "fields": fields,
        "text_missing": "" if fields_text else texts.reason(art.article_id),
        "mentions": [mention_row(m, names, entity_href) for m in mentions],
        "date_columns": [c for c in (dates[0] if dates else {}) if c != "article_id"],
        "dates": dates,
        "roles": role_rows(roles, entity_href, article_href),
    }


def mention_row(m: dict, names: dict[str, str], entity_href: Href) -> tuple:
    """One row of an article's mentions table, a tuple in the order of its columns
    (field, start, end, text, label, entity name, entity link, source, rule): the
    longest table of the report, where the template's lookup of each cell by key
    was a call per cell."""
    entity = link(
        names.get(m["entity_id"], m["entity_id"]), entity_href(m["entity_id"])
    )
    return (
        m["field"],
        m["start_char"],
        m["end_char"],
        m["text"],
        m["label"],
        entity["text"],
        entity["href"],
        m["source"],
        m["rule_id"],
    )


def grouped(df: pd.DataFrame, key: str) -> dict[str, list[dict]]:
    """The rows of `df` as dicts, grouped by the value of column `key` (rows keep
    their order; rows with an empty key are left out).
    """
    groups: dict[str, list[dict]] = {}
    if key not in df.columns:
        return groups
    for row in records(df):
        if row[key]:
            groups.setdefault(row[key], []).append(row)
    return groups


# The dtypes of the tables (`pipeline.schemas`) whose values `tolist()` gives as
# `to_dict` does, except for their missing value pd.NA, which `to_dict` makes None.
_LISTED_AS_IS = (pd.StringDtype, pd.Int64Dtype, pd.Float64Dtype)


def records(df: pd.DataFrame) -> list[dict]:
    """The rows of `df` as dicts, as `df.to_dict("records")` gives them (Python
    scalars, None where a value is missing), but made from whole columns:
    `to_dict` boxes cell by cell, which took half a second for the mentions of
    600 articles.
    """
    names = df.columns.tolist()
    columns = [_values(df.iloc[:, i]) for i in range(len(names))]
    return [dict(zip(names, row)) for row in zip(*columns)]


def _values(column: pd.Series) -> list:
    """The values of one column as `to_dict` gives them."""
    dtype = column.dtype
    if isinstance(dtype, _LISTED_AS_IS) and dtype.na_value is pd.NA:
        values = column.tolist()
        return [None if v is pd.NA else v for v in values] if column.hasnans else values
    # any other dtype: let pandas box its values as to_dict does
    return column.to_frame().to_dict("list")[column.name]


def tables_count(outputs: Outputs) -> dict[str, int]:
    """Rows per table."""
    return {name: len(df) for name, df in outputs.tables.items()}
