"""Which organisation names are one organisation across the corpus.

Rows are distinct mention keys of type ORG with `key` (`lang.orgnames.variant_key`
of the anchor: word order, number forms, spelling and aliases folded),
`anchor`, `acronym` (the acronym the article uses for it, if any) and
`article_id`. Merges, all by union-find over keys:

1. equal keys;
2. within an article, a name that ends another ("Cyber Defence Agency" of
   "national Cyber Defence Agency");
3. long forms sharing an acronym, when compatible (`merge.merge_orgs`);
4. a bare acronym ("NATO", "U.N.") joins the one long form the corpus pairs it
   with anywhere, or failing that the one long form with `MIN_SUPPORT` articles
   whose initials spell it ("North Atlantic Treaty Organization"); two
   candidates leave it apart;
5. near-identical spellings within a first-word block (`merge`).
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.orgnames import acronym_key, initials
from pipeline.reduce.merge import UnionFind, merge_in_article_suffixes, merge_orgs

# Articles a long form needs before a bare acronym joins it by its initials.
MIN_SUPPORT = 1
# Letters an acronym needs to be matched by initials (two-letter ones are too
# ambiguous).
MIN_LETTERS = 3


def _acronym_like(name: str) -> bool:
    """One token written as an acronym ("NATO", "U.N.") or as a short word in title
    case ("Nato")."""
    name = name.strip()
    if " " in name:
        return False
    return is_short_form(name) or (name.isalpha() and name.istitle() and len(name) <= 5)


def _merge_by_initials(keys: pd.DataFrame, arts: dict[str, int], uf: UnionFind) -> None:
    """Step 4, second half: bare acronyms nobody spelled out, by initials."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    bare = []
    for key, anchor in zip(keys["key"], keys["anchor"]):
        if _acronym_like(anchor):
            bare.append((key, acronym_key(anchor)))
        elif arts.get(key, 0) >= MIN_SUPPORT and (ini := initials(anchor)):
            by_initials[ini].add(key)
    for key, letters in bare:
        if uf.find(key) != key or len(letters) < MIN_LETTERS:
            continue  # already joined a long form the corpus pairs it with
        roots = {uf.find(k) for k in by_initials.get(letters, ())}
        if len(roots) == 1:
            uf.union(key, roots.pop())


def cluster_orgs(rows: pd.DataFrame) -> pd.Series:
    """The root key of each row's organisation (index aligned with `rows`)."""
    keys = (
        rows.groupby("key", sort=True)
        .agg(anchor=("anchor", "first"), acronym=("acronym", "max"))
        .reset_index()
    )
    arts = rows.groupby("key")["article_id"].nunique().to_dict()
    uf = UnionFind()
    for k in keys["key"]:
        uf.find(k)
    merge_in_article_suffixes(rows, uf)
    merge_orgs(keys, uf)
    _merge_by_initials(keys, arts, uf)
    return rows["key"].map(uf.find)
