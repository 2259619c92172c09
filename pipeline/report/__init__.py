"""Stage 5, the report: a static, self-contained HTML site built from an output
folder (`newsner report OUT` writes OUT/report/).

- index.html: the run summary (records by status, rows per table, failed
  records with their reasons, run.json's warnings), a search over entity names
  (inline script and inline JSON index), a mentions-over-time chart (static SVG
  from pygal, embedded as a data URI, with its numbers as a table), and the
  top organisations and people with their article counts;
- entities/<id>.html: an entity's aliases, acronym, counts, confidence (when
  the table has that column), roles, relations and the articles mentioning it;
- articles/<id>.html: an article's title and text with its mentions, dates
  and roles highlighted (spaCy's displaCy renderer, manual mode), and the
  tables of its mentions, dates and roles. The text is re-read from the inputs
  run.json records; without them the page says the text is unavailable;
- articles.html: the articles that have a page.

Nothing is fetched at view time: no CDN, no web fonts; every page carries a
Content-Security-Policy that allows only inline styles, data: images and (on
index.html) the one search script by its hash. Article text and names are
untrusted and always HTML-escaped.

Limits for large corpora (keyword options of `build_report`, fields of
`Limits`, options of `newsner report`), defaults in brackets: entity pages for
the top `top_entities` organisations and people each [100], ranked by
article count; `articles_per_entity` articles listed per entity page, newest
first [50]; at most `max_articles` article pages [1000], first those the
entity pages list, then other processed articles while room remains;
`index_rows` top organisations and people on the index [25]; `chart_series`
entities in the chart [8]; `max_failed` failed records listed [200]; and
`search_entries` entities in the search index [20000]. Everything past a
limit is still counted, and the page says so.
"""

from pipeline.report.limits import Limits

__all__ = ["Limits", "build_report"]


def __getattr__(name: str):
    # build_report is imported on first use, so that reading the limits (the
    # command line does, for --help) does not load pandas, spaCy and jinja2.
    if name == "build_report":
        from pipeline.report.build import build_report

        return build_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
