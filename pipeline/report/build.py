"""Build OUT/report/ from the tables and run.json of an output folder."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
import uuid
from collections.abc import Sequence
from pathlib import Path

import jinja2
from markupsafe import Markup

from pipeline import schemas
from pipeline.report import chart, pages, select
from pipeline.report.data import Outputs, load_outputs
from pipeline.report.select import Limits, page_name
from pipeline.report.texts import DEFAULT_MAX_CHARS, read_texts

log = logging.getLogger(__name__)

REPORT_DIR = "report"


def build_report(
    out_dir: Path, *, inputs: Sequence[str | Path] | None = None, **limits: int
) -> Path:
    """Write the static report of the output folder `out_dir` into `out_dir/report/`
    and return the path of its index.html.

    `inputs` are the files the article texts are read from (default: the
    `inputs` run.json records). `limits` are the keyword options of
    `pipeline.report.Limits` (top_entities, articles_per_entity, max_articles,
    index_rows, chart_series, max_failed, search_entries); unknown names raise
    TypeError. The new report replaces the old one only once it is complete.
    """
    out_dir = Path(out_dir)
    lim = Limits(**limits)
    outputs = load_outputs(out_dir)
    # A plain mkdir (not mkdtemp, which makes it private): the report is shared.
    staging = out_dir / f".report-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        site = Site(outputs, lim, staging, inputs)
        site.write()
        _replace_dir(staging, out_dir / REPORT_DIR)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    # the folder may be a run's staging folder: its name says nothing to a reader
    log.info(
        "report: %d entity pages, %d article pages",
        len(site.pages),
        len(site.article_ids),
    )
    return out_dir / REPORT_DIR / "index.html"


def _replace_dir(new: Path, final: Path) -> None:
    """Move `new` to `final`, removing an older `final` only after the move."""
    old = None
    if final.exists():
        old = final.parent / f".report-old-{uuid.uuid4().hex}"
        os.replace(final, old)
    os.replace(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def environment() -> jinja2.Environment:
    """The template environment: package templates, autoescaping on everywhere."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The packaged templates do not change while a report is built: without
        # this every page render checked the files of its three templates again.
        auto_reload=False,
    )


class Site:
    """One report: decides the pages, then renders and writes them under `folder`."""

    def __init__(
        self, outputs: Outputs, limits: Limits, folder: Path, inputs=None
    ) -> None:
        self.o, self.limits, self.folder = outputs, limits, folder
        self.env = environment()
        self.inputs = inputs if inputs is not None else outputs.run.get("inputs")
        self.ents = select.entities(outputs)
        self.pages = select.page_entities(self.ents, limits)
        # article id -> its articles row (ids are unique; the first one wins if not)
        self.article_rows = {}
        for row in outputs["articles"].itertuples(index=False):
            self.article_rows.setdefault(row.article_id, row)
        self.by_entity = select.articles_by_entity(outputs)
        chosen = select.page_articles(
            self.pages, self.by_entity, outputs["articles"], limits
        )
        # a page (and so a link) only for ids the articles table holds
        self.article_ids = [i for i in chosen if i in self.article_rows]
        self._entity_pages = {i: page_name(i) for i in self.pages["entity_id"]}
        self._article_pages = {i: page_name(i) for i in self.article_ids}
        self.names = dict(zip(self.ents["entity_id"], self.ents["name"]))

    # Links are relative, so the folder works from file:// wherever it is.
    def entity_href(self, entity_id: str, root: str = "../") -> str | None:
        """The link to an entity's page from a page `root` below the report, or None."""
        name = self._entity_pages.get(str(entity_id or ""))
        return f"{root}entities/{name}.html" if name else None

    def article_href(self, article_id: str, root: str = "../") -> str | None:
        """The link to an article's page from a page `root` below the report, or
        None.
        """
        name = self._article_pages.get(str(article_id or ""))
        return f"{root}articles/{name}.html" if name else None

    def _render(self, template: str, path: str, **context) -> None:
        target = self.folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        html = self.env.get_template(template).render(
            root="../" if "/" in path else "", **context
        )
        target.write_text(html, encoding="utf-8")

    def write(self) -> None:
        """Render every page of the report."""
        self.write_index()
        self.write_article_list()
        self.write_entities()
        self.write_articles()

    def write_index(self) -> None:
        """index.html: run summary, failed records, tops, chart and search."""
        arts, lim = self.o["articles"], self.limits
        statuses = arts["status"].value_counts()
        tl = (
            chart.timeline(self.o["mentions"], arts, self.ents.head(lim.chart_series))
            if lim.chart_series
            else None
        )

        def href(entity_id: str) -> str | None:
            return self.entity_href(entity_id, root="")

        self._render(
            "index.html",
            "index.html",
            run=self.o.run,
            statuses={s: int(statuses.get(s, 0)) for s in schemas.ARTICLE_STATUSES},
            n_articles=len(arts),
            tables=pages.tables_count(self.o),
            failed=pages.failed_rows(arts, lim.max_failed),
            n_failed=int(statuses.get("failed", 0)),
            failed_reasons=select.failed_summary(arts),
            warnings=[str(w) for w in self.o.run.get("warnings", [])],
            tops=[
                (
                    title,
                    pages.entity_rows(
                        select.top(self.ents, kind, lim.index_rows), href
                    ),
                )
                for title, kind in (
                    ("Organisations", "organisation"),
                    ("People", "person"),
                )
            ],
            show_confidence=select.has_confidence(self.o),
            timeline=tl,
            chart_src=chart.data_uri(chart.chart_svg(tl)) if tl else "",
            search=pages.search_index(self.ents, href, lim.search_entries),
            n_entities=len(self.ents),
            n_entity_pages=len(self.pages),
            n_article_pages=len(self.article_ids),
            limits=lim,
            **self.inline_script("search.js"),
        )

    def inline_script(self, name: str) -> dict:
        """A packaged script for a page's <script> element, and the CSP source that
        allows exactly that script (its sha256) and no other.
        """
        code = self.env.loader.get_source(self.env, name)[0]
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        return {"script": Markup(code), "script_hash": f"'sha256-{digest}'"}

    def write_article_list(self) -> None:
        """articles.html: every article that has a page."""
        rows = [self.article_rows[i] for i in self.article_ids]
        self._render(
            "articles.html",
            "articles.html",
            rows=[
                {
                    "article": pages.link(
                        r.title or r.article_id, self.article_href(r.article_id, "")
                    ),
                    "article_id": r.article_id,
                    "published": r.published,
                    "source": r.source_file,
                }
                for r in rows
            ],
            n_total=len(self.o["articles"]),
        )

    def write_entities(self) -> None:
        """One page per chosen entity."""
        roles, rel = self.o["roles"], self.o["org_relations"]
        roles_by = {
            "person": pages.grouped(roles, "person_id"),
            "organisation": pages.grouped(roles, "org_id"),
        }
        by_child = pages.grouped(rel, "child_org_id")
        by_parent = pages.grouped(rel, "parent_org_id")
        arts_by = pages.grouped(self.by_entity, "entity_id")
        show_confidence = select.has_confidence(self.o)
        for e in self.pages.itertuples(index=False):
            i = e.entity_id
            parts = {
                "roles": roles_by[e.kind].get(i, []),
                "relations": by_child.get(i, []) + by_parent.get(i, []),
                "articles": arts_by.get(i, []),
            }
            context = pages.entity_page(
                e,
                parts,
                self.names,
                self.entity_href,
                self.article_href,
                self.limits.articles_per_entity,
            )
            self._render(
                "entity.html",
                f"entities/{self._entity_pages[i]}.html",
                show_confidence=show_confidence,
                **context,
            )

    def write_articles(self) -> None:
        """One page per chosen article, its text re-read from the inputs."""
        settings = self.o.run.get("settings") or {}
        texts = read_texts(
            self.inputs,
            self.article_ids,
            self.o["mentions"],
            int(settings.get("max_chars") or DEFAULT_MAX_CHARS),
        )
        wanted = set(self.article_ids)
        groups = {
            name: pages.grouped(
                self.o[name][self.o[name]["article_id"].isin(wanted)], "article_id"
            )
            for name in ("mentions", "dates", "roles")
        }
        for article_id in self.article_ids:
            parts = {name: groups[name].get(article_id, []) for name in groups}
            context = pages.article_page(
                self.article_rows[article_id],
                parts,
                texts,
                self.names,
                self.entity_href,
                self.article_href,
            )
            self._render(
                "article.html",
                f"articles/{self._article_pages[article_id]}.html",
                **context,
            )
