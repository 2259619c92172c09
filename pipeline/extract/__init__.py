"""Stage 3, extract: annotated Docs -> per-article rows (pure functions over Docs).

Owns mention, date, role and relation rows and the role grammar (segment rules
and parse rules over the role parser's parse, one loader, one resolver). May
import the annotation stage (`pipeline.nlp`), ingest, the language layer and the
base modules; never reduce, report, runner or evaluate.

The rows written per shard are the output tables' columns plus the link keys
(`link`, `person_link`, `org_link`, ...) that the reduce needs to resolve
entities across articles; those keys never reach the final tables.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.dates import date_rows
from pipeline.extract.dep_rules import load_dep_rules
from pipeline.extract.mentions import mention_rows
from pipeline.extract.roles import relation_rows, role_rows
from pipeline.nlp.headlines import check_headline
from pipeline.nlp.models import RoleParser
from pipeline.records import Article
from pipeline.schemas import ARTICLES, WORK_TABLES


def article_row(article: Article) -> dict:
    """The articles-table row of a record (counts cover title, subtitle and body)."""
    texts = (article.title, article.subtitle, article.text)
    counts = {
        "n_chars": sum(len(t) for t in texts),
        "n_words": sum(len(t.split()) for t in texts),
    }
    return {
        c: counts[c] if c in counts else getattr(article, c) for c in ARTICLES.names
    }


def extract_article(
    article: Article, docs: dict[str, Doc], parser: RoleParser | None = None
) -> dict[str, list[dict]]:
    """All work rows of one article from its field Docs (`{"title": doc, "subtitle":
    doc, "body": doc}`, subtitle only when the article has one); `parser` is the
    role parser (needed when `docs` is not empty). The names of a title-case
    headline are set by the body first (`nlp.headlines`).
    """
    out: dict[str, list[dict]] = {name: [] for name in WORK_TABLES}
    out["articles"].append(article_row(article))
    if "title" in docs and "body" in docs:
        # A title-case headline's names are checked against the body first.
        check_headline(docs["title"], docs["body"])
    for field, doc in docs.items():
        mentions = mention_rows(doc, article.article_id, field)
        out["mentions"].extend(mentions)
        out["dates"].extend(date_rows(doc, mentions, article.published))
        out["role_candidates"].extend(role_rows(doc, article.article_id, field, parser))
        out["relation_candidates"].extend(relation_rows(doc, article.article_id, field))
    return out


def prepare(parser) -> None:
    """Build what extraction caches for `parser` (its dependency rule matcher) before
    a memory zone opens: strings created inside a zone do not outlive it."""
    load_dep_rules(parser)
