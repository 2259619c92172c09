"""The data dictionary: what every output table and column means, the columns that
hold calendar dates, the keys that tie the tables together, and the columns that
are never empty.

`pipeline.schemas` says which columns a table has and their dtypes; this module
only describes them, so a column added to a schema flows into the DuckDB file,
datapackage.json and the typed loader (`pipeline.export`) by itself, and a test
fails until it has a description here. Entries for columns a schema does not
have (yet) are allowed: they wait for it (see `organisations.confidence`).
"""

from __future__ import annotations

from dataclasses import dataclass

# Columns that hold an ISO calendar date (YYYY-MM-DD) or nothing: Parquet date32,
# DuckDB DATE, Frictionless `date`, pandas datetime64 in the typed loader.
DATE_COLUMNS = frozenset(
    {"published", "first_published", "last_published", "first_day", "last_day"}
)


@dataclass(frozen=True)
class ForeignKey:
    """Columns of this table whose values are the primary key of another table."""

    columns: tuple[str, ...]
    table: str
    refs: tuple[str, ...]


@dataclass(frozen=True)
class TableInfo:
    """What a table holds, its primary key, foreign keys, columns that are never
    empty, allowed values of closed columns, and a description per column."""

    description: str
    primary_key: tuple[str, ...]
    columns: dict[str, str]
    foreign_keys: tuple[ForeignKey, ...] = ()
    required: frozenset[str] = frozenset()
    values: dict[str, tuple[str, ...]] | None = None


def _fk(column: str, table: str, ref: str) -> ForeignKey:
    return ForeignKey((column,), table, (ref,))


_CORPUS_STATS = {
    "n_mentions": "Mentions of it in the corpus (every table row of mentions)",
    "n_articles": "Articles that mention it",
    "first_published": "Publication date of the earliest article mentioning it",
    "last_published": "Publication date of the latest article mentioning it",
    # Added by the entity resolution work; described here so it flows through.
    "confidence": "How sure newsner is that the row is one real entity (0..1)",
}

TABLES: dict[str, TableInfo] = {
    "articles": TableInfo(
        "One row per input record: processed, failed with the reason, or skipped "
        "as a duplicate",
        ("article_id",),
        {
            "article_id": "The record's own id (JSONL id, a CSV id column) or a "
            "digest of its title, subtitle and body",
            "source_file": "Input file the record was read from",
            "source_ref": "Where in the file: 'line N' (JSONL) or 'row N' (CSV)",
            "url": "The article's URL as given",
            "published": "Publication date; empty when unknown",
            "title": "Title (headline) as given",
            "n_chars": "Characters of title, subtitle and body",
            "n_words": "Words (runs of non-space) of title, subtitle and body",
            "status": "ok (processed), failed (see error) or skipped_duplicate",
            "error": "Why the record failed or was skipped; empty when ok",
        },
        required=frozenset({"article_id", "source_file", "status"}),
        values={"status": ("ok", "failed", "skipped_duplicate")},
    ),
    "mentions": TableInfo(
        "One row per entity, date or value mention found in an article",
        ("mention_id",),
        {
            "mention_id": "m_ + digest of article, field, offsets and label",
            "article_id": "The article the mention is in",
            "field": "The field the offsets point into: title, subtitle or body",
            "start_char": "Offset of the first character in the field's text",
            "end_char": "Offset after the last character (end exclusive)",
            "sentence_index": "Sentence number within the field, from 0",
            "text": "The mention as written",
            "label": "ORG, PERSON, GPE, LOC, NORP, DATE, TIME, MONEY, ...",
            "entity_id": "The org_id or person_id the mention resolved to; empty "
            "when none",
            "source": "What found it: model, rule, acronym or propagated",
            "rule_id": "The rule that made or changed it; empty for the model",
        },
        (_fk("article_id", "articles", "article_id"),),
        frozenset({"mention_id", "article_id", "field", "label", "source"}),
        {
            "field": ("title", "subtitle", "body"),
            "source": ("model", "rule", "acronym", "propagated"),
        },
    ),
    "organisations": TableInfo(
        "One row per organisation across the corpus",
        ("org_id",),
        {
            "org_id": "org_ + digest of the organisation's canonical key",
            "name": "Canonical long form, without a leading article",
            "acronym": "Its acronym; empty when none is known",
            "aliases": "Every surface form, '|'-separated",
            **_CORPUS_STATS,
        },
        required=frozenset({"org_id", "name"}),
    ),
    "org_relations": TableInfo(
        "One row per organisation read as part of another, per article",
        ("child_org_id", "parent_org_id", "relation", "article_id"),
        {
            "child_org_id": "The part (an org_id)",
            "parent_org_id": "The whole it belongs to (an org_id)",
            "relation": "part_of",
            "article_id": "The article it was read in",
            "evidence": "The sentence it was read from",
        },
        (
            _fk("child_org_id", "organisations", "org_id"),
            _fk("parent_org_id", "organisations", "org_id"),
            _fk("article_id", "articles", "article_id"),
        ),
        frozenset({"child_org_id", "parent_org_id", "relation", "article_id"}),
    ),
    "people": TableInfo(
        "One row per person across the corpus",
        ("person_id",),
        {
            "person_id": "per_ + digest of the person's canonical key",
            "name": "Canonical full name, without honorific",
            "aliases": "Every surface form, '|'-separated",
            **_CORPUS_STATS,
        },
        required=frozenset({"person_id", "name"}),
    ),
    "roles": TableInfo(
        "One row per title a person holds (at an organisation), per sentence",
        ("role_id",),
        {
            "role_id": "r_ + digest of article, person, title, qualifier, "
            "organisation and sentence",
            "article_id": "The article it was read in",
            "person_id": "The person (a person_id)",
            "person_name": "The person's canonical name (or the name as written)",
            "title": "Normalized title (Director General); empty for an "
            "affiliation without a title",
            "title_raw": "The title as written",
            "qualifier": "acting, deputy, former, interim, ...; empty when none",
            "org_id": "The organisation (an org_id); empty when the text names "
            "none or it is not a recognised organisation; where the text names "
            "neither it nor a country, the one the corpus gives the same "
            "person's title (rule_id ...+role:org-from-corpus)",
            "org_name": "The organisation's canonical name (or the name as written)",
            # Added by the roles work; described here so it flows through.
            "country": "ISO 3166-1 alpha-2 code where the organisation is a "
            "country or its government, or the title names one; else, for a "
            "national office, the one the corpus gives the same person's title "
            "(rule_id ...+role:country-from-corpus) or the country of the "
            "article's places (...+role:country-from-article)",
            "sentence_index": "Sentence number within the field, from 0",
            "evidence": "The sentence it was read from",
            "rule_id": "The pattern that read it",
        },
        (
            _fk("article_id", "articles", "article_id"),
            _fk("person_id", "people", "person_id"),
            _fk("org_id", "organisations", "org_id"),
        ),
        frozenset({"role_id", "article_id"}),
    ),
    "dates": TableInfo(
        "One row per DATE or TIME mention, its value normalized",
        ("mention_id",),
        {
            "mention_id": "The DATE or TIME row of mentions",
            "article_id": "The article it is in",
            "text": "The expression as written",
            "value": "TIMEX3 value: 2024-11-14, 2024-W46, 2024-Q3, 199X, "
            "PRESENT_REF, P3Y, ...; empty when nothing can be said",
            "kind": "DATE, TIME, DURATION or SET",
            "first_day": "First day of the period the value names; empty when it "
            "names none (durations, sets, unanchored values)",
            "last_day": "Last day of that period; empty when it names none",
            "anchor": "What the value rests on: absolute (the text alone), "
            "published (the publication date) or none",
        },
        (
            _fk("mention_id", "mentions", "mention_id"),
            _fk("article_id", "articles", "article_id"),
        ),
        frozenset({"mention_id", "article_id", "kind", "anchor"}),
        {
            "kind": ("DATE", "TIME", "DURATION", "SET"),
            "anchor": ("absolute", "published", "none"),
        },
    ),
}


def describe(table: str, column: str) -> str:
    """The description of `table.column` ("" when the dictionary has none)."""
    info = TABLES.get(table)
    return info.columns.get(column, "") if info else ""


def is_date(column: str) -> bool:
    """True for columns holding an ISO calendar date or nothing."""
    return column in DATE_COLUMNS
