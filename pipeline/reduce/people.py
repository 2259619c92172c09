"""Which person names are one person across the corpus.

Rows are distinct mention keys of type PERSON with `key` (person_key of the
anchor), `article_id` and `pub` (publication date or ""). Clustering goes:

1. equal keys are one person;
2. names equal up to middle initials meet when the initials agree ("Trent A.
   Frazier" = "Trent A Frazier"); a name without initials joins the one
   initialled variant, or the dominant one, never one of two that compete
   ("George Bush" stays apart from "George W. Bush" and "George H. W. Bush" when
   both are common; those two never meet);
3. a first name that is a nickname of another full name's first name, same
   family name, joins it when that name is the only candidate ("Andy Puzder" =
   "Andrew Puzder"; nicknames dataset), so does another romanisation of it
   ("Sergei Lavrov" = "Sergey Lavrov", "Dmitri" = "Dmitry"), and so does an
   initial ("R. Croft" = "Robert Croft" when no other Croft's first name starts
   with R); a name with a slip of one letter joins the name that dominates it
   ("Mitch McConell" = "Mitch McConnell"), and romanisations of one Cyrillic
   family name are one ("Yanukovych" = "Yanukovich"; both `name_slips`);
   pairs the caller knows are one (`same`: "Niki Haley" = "Nikki Haley", both
   ambassador; `title_links`) join too;
4. a shorter name whose words close a longer name ("Tayyip Erdogan" of "Recep
   Tayyip Erdogan") and a family name alone ("Trump") join the full name that
   dominates the articles near the mention's date (`DOMINANCE` of them, within
   `WINDOW_DAYS`, at least `MIN_SUPPORT` articles); with two full names
   competing nothing merges; a courtesy title of the other gender than the
   full name's first name rules it out ("Mrs. Trump", `lang.gender`), and a
   peer's rank one never written with it ("Lord Bridges": `peers`); a
   first name alone ("Theresa") joins the full name it opens only when that
   name is famous near the date (`GIVEN_SUPPORT` articles, `GIVEN_DOMINANCE` of
   the full names it opens), and a word that opens full names of more articles
   than it closes is such a first name ("James": `first_names`) except beside
   the one it closes in its own article. A name written family name first
   ("Tran Quang Hung") is never reached by its last word, a given name, and
   its first word takes no Western full name (`first_names`); nor is a name
   ending in a roman numeral reached ("Henry VIII": "Xi" of "Shenzhou XI").

A one-word name that still stands alone where its own article names two people
it opens or closes ("Kim" beside "Kim Jong-un" and "Kim Jong-nam") is left
unresolved (root ""): a row of its own would be one the two people share.

Within an article the annotation step has already linked "Mr. Hung" and
"Hung" to the full name they stand for; this module works across articles.
`cluster_people` returns each row's root: a key standing for its person, or ""
for an unresolved row or a one-word name nothing founds (`unfounded`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd

from pipeline.lang.gender import gender_fits
from pipeline.lang.names import (
    after_patronymic,
    family_name_first,
    is_full_name,
    words_in_order,
)
from pipeline.reduce.first_names import (
    family_first_openers,
    full_names_for,
    given_name_forms,
    reads_as_first_name,
    same_first_name,
)
from pipeline.reduce.merge import UnionFind, articles_by_key
from pipeline.reduce.name_slips import merge_damaged, merge_slips
from pipeline.reduce.peers import is_peer_title, peer_roots
from pipeline.reduce.shared_names import shared_in_article
from pipeline.reduce.unfounded import unfounded_people

# Share of the candidate full names' articles the dominant one must hold.
DOMINANCE = 0.75
# Articles the dominant full name must appear in.
MIN_SUPPORT = 1
# A first name alone joins a full name only of this many articles near its date and
# this share of all full names it opens: "Theresa" is Theresa May, "Sara" no one.
GIVEN_SUPPORT = 50
GIVEN_DOMINANCE = 0.9
# Articles published this close to the mention's article count for dominance.
WINDOW_DAYS = 365


# A roman numeral closing a name numbers it (I, V, X alone are also initials).
_NUMERAL = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def _initials(words: list[str]) -> tuple[str, ...]:
    return tuple(w for w in words[1:-1] if len(w) == 1)


def _core(words: list[str]) -> str:
    return " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]])


def _merge_variants(keys: list[str], arts: dict[str, set[str]], uf: UnionFind) -> None:
    """Steps 2 and 3: middle initials and nicknames."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2:
            by_core[_core(words)].append(key)
    for members in by_core.values():
        by_initials: dict[tuple, list[str]] = defaultdict(list)
        for key in members:
            by_initials[_initials(key.split())].append(key)
        for same in by_initials.values():
            for other in same[1:]:
                uf.union(same[0], other)
        bare = by_initials.pop((), [])
        if bare and by_initials:
            support = {
                i: len(set().union(*(arts[k] for k in ks)))
                for i, ks in by_initials.items()
            }
            top = max(sorted(support), key=support.get)
            if support[top] >= DOMINANCE * sum(support.values()):
                uf.union(bare[0], by_initials[top][0])
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) == 2:
            by_last[words[1]].append(key)
    for members in by_last.values():
        for key in members:
            first = key.split()[0]
            if len(first) == 1:
                # "R. Croft": the one first name of this family name with that initial
                others = [
                    m
                    for m in members
                    if m != key and len(m.split()[0]) > 1 and m.startswith(first)
                ]
            else:
                others = [
                    m
                    for m in members
                    if m != key and same_first_name(first, m.split()[0])
                ]
            if len(others) == 1 and not family_name_first(key):
                uf.union(key, others[0])


def _dates(rows: pd.DataFrame) -> dict[str, list[dt.date]]:
    out: dict[str, list[dt.date]] = defaultdict(list)
    for key, pub in zip(rows["key"], rows["pub"]):
        if pub:
            out[key].append(dt.date.fromisoformat(pub))
    return {k: sorted(v) for k, v in out.items()}


def _near(dates: list[dt.date], day: dt.date | None, total: int) -> int:
    """How many of a name's articles fall within WINDOW_DAYS of `day` (all when
    undated)."""
    if day is None or not dates:
        return total
    lo = bisect.bisect_left(dates, day - dt.timedelta(days=WINDOW_DAYS))
    hi = bisect.bisect_right(dates, day + dt.timedelta(days=WINDOW_DAYS))
    return hi - lo


def _short_forms(keys: list[str]) -> dict[str, list[str]]:
    """Short key -> the longer keys it may stand for (same last word, words in
    order; not a scrape's doubled word, "Beyonce Beyonce")."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        numeral = len(words[-1]) > 1 and _NUMERAL.fullmatch(words[-1])
        if len(set(words)) >= 2 and not family_name_first(key) and not numeral:
            by_last[words[-1]].append(key)
    out: dict[str, list[str]] = {}
    for key in keys:
        words = key.split()
        longer = [
            k
            for k in by_last.get(words[-1], ())
            if len(k.split()) > len(words)
            and words_in_order(words, k.split())
            # "George W. Bush" is no short form of "George H. W. Bush": the words
            # a short form leaves out are names, not initials
            and all(len(w) > 1 for w in k.split() if w not in words)
            # "Salman" alone is the father of "Mohammed bin Salman", not he
            and not (len(words) == 1 and after_patronymic(k))
        ]
        # "Le Pen" of "Marine Le Pen" is a particle and a family name, though "Le"
        # also opens Vietnamese names written family name first.
        particle = len(words) == 2 and not is_full_name(key)
        if longer and not (len(words) > 1 and family_name_first(key) and not particle):
            out[key] = longer
    return out


def cluster_people(
    rows: pd.DataFrame, same: Iterable[tuple[str, str]] = ()
) -> pd.Series:
    """The root key of each row's person (index aligned with `rows`; see module
    doc). `rows` needs key, article_id and pub; `same` are pairs of keys known to
    be one person (`title_links`)."""
    keys = sorted(set(rows["key"]))
    arts = articles_by_key(rows)
    uf = UnionFind()
    for k in keys:
        uf.find(k)
    _merge_variants(keys, arts, uf)
    merge_slips(keys, arts, uf)
    if "anchor" in rows:  # the name as written, for letters a scrape lost
        anchors = rows.groupby("key", sort=False)["anchor"].min().to_dict()
        merge_damaged(keys, anchors, uf)
    for a, b in same:
        if a in arts and b in arts:
            uf.union(a, b)
    short = _short_forms(keys)
    given, fam = given_name_forms(keys), family_first_openers(keys, arts)
    # Support of each full-name person: its articles and their dates, by root.
    root_arts: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        root_arts[uf.find(k)] |= arts[k]
    dates = _dates(
        rows.assign(key=rows["key"].map(uf.find)).drop_duplicates(["key", "article_id"])
    )
    roots = rows["key"].map(uf.find)
    out = roots.copy()
    free = []  # per row: no longer name could take it
    as_first: dict[str, bool] = {}  # per key: read as a first name
    titles = rows["honorific"] if "honorific" in rows else pd.Series("", rows.index)
    peers = peer_roots(rows["key"], titles, uf.find)
    for i, key, art, pub, title in zip(
        rows.index, rows["key"], rows["article_id"], rows["pub"], titles
    ):
        # A first name unless the word closes full names of more articles: "Ryan"
        # is Paul Ryan's family name, "James" no one's (`first_names`).
        if key not in as_first:
            as_first[key] = key not in short or reads_as_first_name(
                given.get(key, []), short[key], lambda k: root_arts[uf.find(k)]
            )
        longer, first = full_names_for(key, art, short, given, as_first[key], arts, fam)
        free.append(not longer)
        cands = sorted({uf.find(k) for k in longer} - {uf.find(key)})
        # "Mrs. Trump" is not Donald Trump, nor "Lord Bridges" Jeff Bridges.
        cands = [c for c in cands if gender_fits(title or "", c)]
        cands = [c for c in cands if c in peers] if is_peer_title(title) else cands
        if not cands:
            continue
        day = dt.date.fromisoformat(pub) if pub else None
        support = Counter(
            {c: _near(dates.get(c, []), day, len(root_arts[c])) for c in cands}
        )
        (top, n), *_ = support.most_common(1)
        # A first name alone ("Theresa") stands for a famous person only.
        least, share = (
            (GIVEN_SUPPORT, GIVEN_DOMINANCE) if first else (MIN_SUPPORT, DOMINANCE)
        )
        if n >= least and n >= share * sum(support.values()):
            out[i] = top
    final = _follow_chains(rows["key"], roots, out, pd.Series(free, index=rows.index))
    final = final.where(~shared_in_article(rows["key"], rows["article_id"], final), "")
    return unfounded_people(rows, final)


def _follow_chains(
    keys: pd.Series, roots: pd.Series, out: pd.Series, free: pd.Series
) -> pd.Series:
    """`out` with every row that moved followed on when its target moved too:
    "Duterte" joins "Rodrigo Duterte", which joins "Rodrigo Roa Duterte", so
    "Duterte" is Rodrigo Roa Duterte too, not a person of its own. A target goes
    where most of its own rows went (ties: the smaller key). A row no longer name
    could take goes where its person went ("Jim Mattis", one with "James Mattis",
    to "James Norman Mattis") when the first names agree; a row that stayed
    against its candidates ("Mrs. Trump" beside Donald Trump) stays."""
    # Plain dicts: a Counter per root cost more to make than the counting.
    went: dict[str, dict[str, int]] = defaultdict(dict)
    for root, target in zip(roots.tolist(), out.tolist()):
        counts = went[root]
        counts[target] = counts.get(target, 0) + 1
    step = {
        k: min(c, key=lambda t: (-c[t], t)) for k, c in went.items() if set(c) != {k}
    }

    def final(key: str) -> str:
        seen = {key}
        while key in step and step[key] not in seen:
            key = step[key]
            seen.add(key)
        return key

    ends = out.map(final)
    follows = (out != roots) | (
        free
        & pd.Series(
            [same_first_name(k.split()[0], e.split()[0]) for k, e in zip(keys, ends)],
            index=out.index,
        )
    )
    return out.where(~follows, ends)
