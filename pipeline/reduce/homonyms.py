"""One organisation name that is two organisations: told apart by acronym and country.

"Freedom Party (FPÖ)" in Austrian news and "Freedom Party (PVV)" in Dutch news
share a name key, so step 1 of `orgs.cluster_orgs` would make them one
organisation. A name key the corpus writes with two acronyms or more (compared
without accents, dots and case: "FPÖ" = "FPO") is split when the articles of
each acronym lead to one country (`lead`: the country an article's places point
to most; two thirds of them, `HOME_SHARE`) and those countries differ: each
acronym's articles get a key of their own, and the name's articles without an
acronym go to the acronym of their own leading country, or stay with the bare
name when none is theirs. Two acronyms of one body ("Islamic State (IS)",
"(ISIS)") come from the news of many countries and stay one.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.names import strip_accents
from pipeline.lang.orgnames import acronym_key
from pipeline.reduce.scopes import SCOPE_MARK

# Share of an acronym's articles (those with a leading country) its country must
# lead for the acronym to be that country's.
HOME_SHARE = 2 / 3
# What joins a name key and the acronym it is split by.
ACRONYM_MARK = " #"


def _letters(acronym: str) -> str:
    """The acronym's letters, accents and dots folded ("FPÖ" -> "FPO")."""
    return acronym_key(strip_accents(acronym))


def _home(leads: Counter) -> str:
    """The country leading `HOME_SHARE` of an acronym's articles that have a
    leading country; "" when none does (a body in the news of many countries)."""
    led = sorted((-n, c) for c, n in leads.items() if c)
    if not led:
        return ""
    top, country = led[0]
    return country if -top >= HOME_SHARE * -sum(n for n, _ in led) else ""


def split_homonyms(rows: pd.DataFrame) -> pd.Series:
    """Each row's name key, with a key of two organisations split by acronym
    (module doc); `rows` has key, article_id, text, anchor and lead (index
    aligned)."""
    keys = rows["key"]
    if not {"text", "anchor", "lead"} <= set(rows.columns) or rows.empty:
        return keys
    # (key, article) -> the acronym the article writes for the name: a short form
    # linked to it (the acronym linker's "Freedom Party (PVV)").
    used: dict[tuple[str, str], str] = {}
    lead: dict[str, str] = {}
    for key, art, text, anchor, country in zip(
        rows["key"], rows["article_id"], rows["text"], rows["anchor"], rows["lead"]
    ):
        lead[art] = country or ""
        if text != anchor and is_short_form(text):
            used[key, art] = max(used.get((key, art), ""), _letters(text))
    groups: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (key, art), letters in used.items():
        groups[key][letters][lead[art]] += 1
    homes: dict[str, dict[str, str]] = {}
    for key, by_acronym in groups.items():
        if SCOPE_MARK in key:
            continue  # a generic name scoped by country is one country's already
        home = {letters: _home(c) for letters, c in by_acronym.items()}
        if len(home) > 1 and all(home.values()) and len(set(home.values())) > 1:
            homes[key] = home
    if not homes:
        return keys
    out = []
    for key, art in zip(rows["key"], rows["article_id"]):
        home = homes.get(key)
        letters = used.get((key, art), "") if home else ""
        if home and not letters:
            # an article without the acronym: the acronym of its own country
            mine = sorted(a for a, c in home.items() if c == lead[art])
            letters = mine[0] if len(mine) == 1 else ""
        out.append(f"{key}{ACRONYM_MARK}{letters}" if letters else key)
    return pd.Series(out, index=rows.index, dtype=object)
