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

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.extract.dates import date_rows
from pipeline.extract.dep_rules import load_dep_rules
from pipeline.extract.mentions import (
    as_written,
    mention_rows,
    orgs_by_role,
    people_by_role,
    untagged_people,
)
from pipeline.extract.relations import relation_rows
from pipeline.extract.roles import RolePlan, finish_roles, plan_roles
from pipeline.nlp.headline_people import headline_family_names
from pipeline.nlp.headlines import check_caps_lines, check_headline, headline_surnames
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


@dataclass
class ArticlePlan:
    """An article's work rows before the role parse: every table but the role
    candidates, and each field's role plan (`plan_article`, `finish_article`)."""

    out: dict[str, list[dict]]
    roles: list[RolePlan] = field(default_factory=list)
    # the article's fields as written, for the mentions' texts (`as_written`)
    written: dict[str, str] = field(default_factory=dict)

    @property
    def texts(self) -> list[str]:
        """The sentences the role parser must read, in order."""
        return [t for plan in self.roles for t in plan.texts]


def plan_article(article: Article, docs: dict[str, Doc]) -> ArticlePlan:
    """The work rows of one article that need no parse, and its role plans: see
    `extract_article`."""
    out: dict[str, list[dict]] = {name: [] for name in WORK_TABLES}
    out["articles"].append(article_row(article))
    if "body" in docs:
        # Headlines' names are checked against the body first: the title's when
        # it is in title case, and the body's own lines in capitals.
        check_caps_lines(docs["body"])
        if "title" in docs:
            check_headline(docs["title"], docs["body"])
        heads = [docs[name] for name in ("title", "subtitle") if name in docs]
        headline_surnames(heads, docs["body"])
        headline_family_names(heads, docs["body"])
    plans = []
    for name, doc in docs.items():
        mentions = mention_rows(doc, article.article_id, name)
        out["mentions"].extend(mentions)
        out["dates"].extend(date_rows(doc, mentions, article.published))
        plans.append(plan_roles(doc, article.article_id, name))
        out["relation_candidates"].extend(
            relation_rows(doc, article.article_id, name, plans[-1])
        )
    return ArticlePlan(out, plans, article.fields)


def finish_article(
    plan: ArticlePlan, parsed: Iterator[Doc], parser: RoleParser | None
) -> dict[str, list[dict]]:
    """The article's work rows, its role candidates read from `parsed`: the role
    parser's Docs of `plan.texts`, in order (an iterator over several articles'
    parses is consumed exactly as far as this article's)."""
    for roles in plan.roles:
        mine = [next(parsed) for _ in roles.todo]
        cands = finish_roles(roles, mine, parser)
        plan.out["role_candidates"].extend(cands)
        plan.out["mentions"].extend(
            untagged_people(roles.doc, cands, plan.out["mentions"])
        )
    plan.out["mentions"], plan.out["role_candidates"] = orgs_by_role(
        people_by_role(plan.out["mentions"], plan.out["role_candidates"]),
        plan.out["role_candidates"],
    )
    as_written(plan.out["mentions"], plan.written)
    return plan.out


def extract_article(
    article: Article, docs: dict[str, Doc], parser: RoleParser | None = None
) -> dict[str, list[dict]]:
    """All work rows of one article from its field Docs (`{"title": doc, "subtitle":
    doc, "body": doc}`, subtitle only when the article has one); `parser` is the
    role parser (needed when `docs` is not empty). The names of a title-case
    headline are set by the body first (`nlp.headlines`). The runner parses
    several articles' sentences in one batch (`plan_article`, `finish_article`).
    """
    plan = plan_article(article, docs)
    texts = plan.texts
    parsed = parser.pipe(texts) if texts and parser is not None else iter(())
    return finish_article(plan, iter(parsed), parser)


def prepare(parser) -> None:
    """Build what extraction caches for `parser` (its dependency rule matcher) before
    a memory zone opens: strings created inside a zone do not outlive it."""
    load_dep_rules(parser)
