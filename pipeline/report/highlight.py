"""An article field's text with its mentions, dates and roles highlighted.

spaCy's displaCy entity renderer does the rendering (`manual=True`, from
character offsets): it HTML-escapes the text and turns newlines into breaks.
Our own template adds the offsets as data attributes, a tooltip and a link to
the entity's page; every value put into it is escaped here first, because
displaCy inserts labels and extra parameters as given.

Mentions are highlighted at exactly their recorded offsets (end exclusive).
Roles carry no offsets, so a role's title is found in its evidence sentence
and highlighted as ROLE where it overlaps no mention; overlapping spans cannot
be drawn by the entity renderer, and mentions win.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from functools import lru_cache

from markupsafe import escape

# Our own span template: displaCy fills {text} (escaped by displaCy), {label} and
# {bg}, plus every key of a span's "params" (escaped by `_span`). The label is
# drawn by the stylesheet from data-label, so the text a reader selects and
# copies is the article's own text.
TEMPLATE = (
    '<mark class="entity" style="background: {bg}" data-label="{label}" '
    'data-start="{start}" data-end="{end}" title="{tip}">{open}{text}{close}</mark>'
)
COLORS = {"ROLE": "#c7f0d8", "TITLE": "#c7f0d8"}

Href = Callable[[str], str | None]


def field_spans(
    field: str,
    text: str,
    mentions: list[dict],
    dates: list[dict],
    roles: list[dict],
    entity_href: Href,
    entity_names: dict[str, str],
) -> list[dict]:
    """displaCy spans for one field of one article: its mentions at their offsets,
    then role titles found in their evidence where they overlap no mention.
    Rows are dicts of the article's mentions, dates and roles tables.
    """
    spans: list[dict] = []
    values = {
        d.get("mention_id"): f"{d['value']} ({d.get('kind', '')})"
        for d in dates
        if d.get("value")
    }
    rows = sorted(
        (m for m in mentions if m["field"] == field),
        key=lambda m: (int(m["start_char"]), int(m["end_char"])),
    )
    for m in rows:
        start, end = int(m["start_char"]), int(m["end_char"])
        if not 0 <= start < end <= len(text):
            continue
        entity_id = str(m.get("entity_id") or "")
        tip = entity_names.get(entity_id) or values.get(m["mention_id"], "")
        spans.append(_span(start, end, str(m["label"]), tip, entity_href(entity_id)))
    spans = _without_overlaps(spans)
    for start, end, tip in _role_spans(text, roles):
        if not any(s["start"] < end and start < s["end"] for s in spans):
            spans.append(_span(start, end, "ROLE", tip, None))
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def _span(start: int, end: int, label: str, tip: str, href: str | None) -> dict:
    opening = f'<a href="{_escaped(href)}">' if href else ""
    return {
        "start": start,
        "end": end,
        "label": _escaped(label),
        "params": {
            "start": start,
            "end": end,
            "tip": _escaped(tip),
            "open": opening,
            "close": "</a>" if href else "",
        },
    }


@lru_cache(maxsize=1 << 16)
def _escaped(text: str) -> str:
    """`text` HTML-escaped, as plain text: the same labels, names and links recur
    on every page that shows them."""
    return str(escape(text))


def _without_overlaps(spans: list[dict]) -> list[dict]:
    kept: list[dict] = []
    for s in spans:
        if not kept or s["start"] >= kept[-1]["end"]:
            kept.append(s)
    return kept


def _role_spans(text: str, roles: list[dict]) -> Iterable[tuple[int, int, str]]:
    for r in roles:
        evidence, raw = str(r.get("evidence") or ""), str(r.get("title_raw") or "")
        at = text.find(evidence) if evidence else -1
        if at < 0 or not raw:
            continue
        inner = evidence.find(raw)
        if inner < 0:
            inner = evidence.lower().find(raw.lower())
        if inner < 0:
            continue
        who = " ".join(p for p in (r.get("qualifier"), r.get("title")) if p)
        where = f" at {r['org_name']}" if r.get("org_name") else ""
        yield at + inner, at + inner + len(raw), f"{r.get('person_name')}: {who}{where}"


@lru_cache(maxsize=1)
def _renderer():
    """displaCy's entity renderer with our template, made once: building one looks
    up the colour registry's entry points, which costs more than rendering."""
    from spacy.displacy.render import EntityRenderer

    return EntityRenderer(options={"template": TEMPLATE, "colors": COLORS})


def render_field(text: str, spans: list[dict]) -> str:
    """The field's text as HTML (escaped) with `spans` highlighted by displaCy
    (what `displacy.render(..., style="ent", manual=True)` returns)."""
    ents = sorted(spans, key=lambda x: (x["start"], x["end"]))
    doc = {"text": text, "ents": ents, "title": None}
    with warnings.catch_warnings():
        # displaCy warns when a document has no entities; an empty field is normal.
        warnings.simplefilter("ignore", UserWarning)
        return _renderer().render([doc], page=False, minify=False).strip()
