"""The mentions-over-time chart: mentions of the top entities per day, month or year
of publication, drawn by pygal as a static SVG.

pygal's own tooltips load a script from the web, so they are turned off
(`js=[]`); the SVG is embedded as an <img> data URI (no script in it runs, its
stylesheet stays inside it) and the same numbers are given as an HTML table.
`no_prefix=True` keeps the SVG byte-identical from run to run (otherwise
pygal names it with a random id).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import pandas as pd

# A range up to this many days is drawn per day, up to this many months per month.
DAILY_UP_TO_DAYS = 62
MONTHLY_UP_TO_MONTHS = 72
# Characters of an ISO date that name a period of each unit.
WIDTH = {"day": 10, "month": 7, "year": 4}


@dataclass
class Timeline:
    """Mention counts per period for a few entities: `series` holds
    (entity_id, name, counts aligned with `periods`).
    """

    periods: list[str]
    series: list[tuple[str, str, list[int]]]
    unit: str
    undated: int = 0


def granularity(days: pd.Series) -> str:
    """ "day", "month" or "year": the finest unit that keeps the chart readable."""
    first, last = pd.Timestamp(days.min()), pd.Timestamp(days.max())
    months = (last.year - first.year) * 12 + last.month - first.month
    if (last - first).days <= DAILY_UP_TO_DAYS:
        return "day"
    return "month" if months <= MONTHLY_UP_TO_MONTHS else "year"


def _periods(first: pd.Timestamp, last: pd.Timestamp, unit: str) -> list[str]:
    freq = {"day": "D", "month": "MS", "year": "YS"}[unit]
    start = first.to_period({"day": "D", "month": "M", "year": "Y"}[unit]).start_time
    days = pd.date_range(start, last, freq=freq)
    return [d.strftime("%Y-%m-%d")[: WIDTH[unit]] for d in days]


def timeline(
    mentions: pd.DataFrame, articles: pd.DataFrame, top: pd.DataFrame
) -> Timeline | None:
    """Mentions of the entities in `top` (entity_id, name) per publication period;
    None when none of their mentions is in a dated article.
    """
    ids = list(top["entity_id"])
    m = mentions.loc[mentions["entity_id"].isin(ids), ["entity_id", "article_id"]]
    dated = m.merge(articles[["article_id", "published"]], on="article_id", how="left")
    day = pd.to_datetime(dated["published"], format="%Y-%m-%d", errors="coerce")
    undated = int(day.isna().sum())
    dated, day = dated[day.notna()], day[day.notna()]
    if dated.empty:
        return None
    unit = granularity(day)
    dated = dated.assign(period=day.dt.strftime("%Y-%m-%d").str[: WIDTH[unit]])
    periods = _periods(day.min(), day.max(), unit)
    counts = (
        dated.groupby(["entity_id", "period"])
        .size()
        .unstack(fill_value=0)
        .reindex(index=ids, columns=periods, fill_value=0)
    )
    series = [
        (entity_id, name, [int(v) for v in counts.loc[entity_id]])
        for entity_id, name in zip(top["entity_id"], top["name"])
    ]
    return Timeline(periods, series, unit, undated)


def chart_svg(tl: Timeline) -> str:
    """The timeline as an SVG line chart (text, deterministic, no scripts fetched)."""
    import pygal

    n = len(tl.periods)
    chart = pygal.Line(
        js=[],
        no_prefix=True,
        width=900,
        height=360,
        x_labels=tl.periods,
        x_label_rotation=30 if n > 6 else 0,
        show_minor_x_labels=n <= 16,
        x_labels_major_every=max(1, n // 12),
        legend_at_bottom=True,
        legend_at_bottom_columns=2,
        truncate_legend=48,
        show_dots=n <= 40,
        disable_xml_declaration=True,
        title=f"Mentions per {tl.unit}",
        y_title="mentions",
        min_scale=1,
    )
    for _, name, counts in tl.series:
        chart.add(name, counts)
    return chart.render(is_unicode=True)


def data_uri(svg: str) -> str:
    """An <img src> for `svg` that needs no other file."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
