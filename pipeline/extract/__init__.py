"""Stage 3, extract: annotated Docs -> per-article rows (pure functions over Docs).

The rows written per shard are the output tables' columns plus the link keys
(`link`, `person_link`, `org_link`, ...) that the reduce needs to resolve
entities across articles; those keys never reach the final tables.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.columns import WORK_TABLES
from pipeline.extract.dates import date_rows
from pipeline.extract.mentions import mention_rows
from pipeline.extract.roles import relation_rows, role_rows
from pipeline.ingest.records import Article


def article_row(article: Article) -> dict:
    """The articles-table row of a record (counts cover title and body)."""
    return {
        "article_id": article.article_id,
        "source_file": article.source_file,
        "source_ref": article.source_ref,
        "url": article.url,
        "published": article.published,
        "title": article.title,
        "n_chars": len(article.title) + len(article.text),
        "n_words": len(article.title.split()) + len(article.text.split()),
        "status": article.status,
        "error": article.error,
    }


def extract_article(article: Article, docs: dict[str, Doc]) -> dict[str, list[dict]]:
    """All work rows of one article from its field Docs (`{"title": doc, "body":
    doc}`).
    """
    out: dict[str, list[dict]] = {name: [] for name in WORK_TABLES}
    out["articles"].append(article_row(article))
    for field, doc in docs.items():
        mentions = mention_rows(doc, article.article_id, field)
        out["mentions"].extend(mentions)
        out["dates"].extend(date_rows(doc, mentions, article.published))
        out["role_candidates"].extend(role_rows(doc, article.article_id, field))
        out["relation_candidates"].extend(relation_rows(doc, article.article_id, field))
    return out
