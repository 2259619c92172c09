"""HTML articles: main text by trafilatura (boilerplate removal), title and date from
metadata.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from pipeline.ingest.published import parse_published
from pipeline.records import Article, make_article

log = logging.getLogger(__name__)
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(text: str, source_file: str) -> Iterator[Article]:
    """Yield the article of one HTML page; the body is the extracted main text.

    trafilatura is chosen because it removes navigation, footers and ads with
    good precision on news pages; we do not use its author field.
    """
    from trafilatura import bare_extraction

    doc = bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=False
    )
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = (getattr(doc, "title", None) or "") if doc is not None else ""
    date = (getattr(doc, "date", None) or "") if doc is not None else ""
    url = (getattr(doc, "url", None) or "") if doc is not None else ""
    # trafilatura repeats the headline as the first line of the text; keep the
    # body as the article text without it so title and body are not doubled.
    if title and body.startswith(title + "\n"):
        body = body[len(title) + 1 :]
    yield make_article(
        own_id=None,
        source_file=source_file,
        url=url,
        published=parse_published(date),
        title=title,
        text=body,
    )
