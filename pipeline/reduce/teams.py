"""Sports teams across a corpus: a team named by its place, by its full name and by
its nickname is one organisation.

Sports reports name a team three ways: by its place in a standings table or a
result line ("Texas 5 Boston 3"), by its full name ("the Texas Rangers") and by
its nickname alone ("the Rangers"). Only the first is a team mention by rule
(`keys.TEAM_RULES`, counted in a key's `n_team`); `link_teams` joins the
three:

- a sports report is an article with a team mention;
- a full team name is an organisation named in a sports report whose first
  words are a known place (`lang.places`) and whose last one or two words are
  not (the nickname): "Kansas City Royals", "Boston Red Sox";
- a place named as a team (it has team mentions, and most of its articles are
  sports reports) joins the one full team name of the corpus that starts with
  that place; with several ("New York": Yankees and Mets) or none it stays
  itself;
- a name equal to the nickname of exactly one full team name ("Orioles",
  "Red Sox"), most of whose articles are sports reports, joins it.

Outside sports reports nothing changes: "Chicago Purchasing Managers" on a
business page is no full team name, and "Texas" of a political story is no team.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.names import fold
from pipeline.lang.places import place_kind
from pipeline.reduce.merge import UnionFind, articles_by_key

MAX_NICKNAME_WORDS = 2


def place_and_nickname(name: str) -> tuple[str, str] | None:
    """(place, nickname), folded, of a full team name; None for any other name.

    The place is the longest run of first words that is a known place ("Kansas
    City" before "Kansas"); the nickname, the one or two words after it, holds no
    place ("Dortmund RB Leipzig" is two teams run together) and is no acronym
    ("Derbyshire FA" is a county's football association, not a team "FA").
    """
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        rest = words[n:]
        if (
            len(rest) > MAX_NICKNAME_WORDS
            or any(place_kind(w) or is_short_form(w) for w in rest)
            or place_kind(" ".join(rest))
        ):
            continue
        place = " ".join(words[:n])
        if place_kind(place):
            return fold(place), fold(" ".join(rest))
    return None


def link_teams(rows: pd.DataFrame, keys: pd.DataFrame, uf: UnionFind) -> None:
    """Join place names and nicknames of teams to their full team name (see module
    doc). `rows`: ORG key rows with key, article_id, n_team; `keys`: one row per
    key with its anchor."""
    sports = set(rows.loc[rows["n_team"] > 0, "article_id"])
    if not sports:
        return
    articles = articles_by_key(rows)
    n_team = rows.groupby("key")["n_team"].sum()
    anchor = dict(zip(keys["key"], keys["anchor"]))
    full: dict[str, tuple[str, str]] = {}
    by_place: dict[str, set[str]] = defaultdict(set)
    by_nickname: dict[str, set[str]] = defaultdict(set)
    for key, arts in articles.items():
        split = place_and_nickname(anchor[key]) if arts & sports else None
        if split:
            full[key] = split
            by_place[split[0]].add(uf.find(key))
            by_nickname[split[1]].add(uf.find(key))
    for key, arts in articles.items():
        if key in full or 2 * len(arts & sports) < len(arts):
            continue
        name = fold(anchor[key])
        is_place = bool(place_kind(anchor[key]))
        if is_place and n_team[key] > 0:
            targets = by_place.get(name, ())
        elif not is_place:
            targets = by_nickname.get(name, ())
        else:
            continue
        if len(targets) == 1:
            uf.union(key, next(iter(targets)))
