"""A family name alone whose title says which of two people it is.

Within an article the annotation links a family name alone to the one full
name of the article that it closes: "Obama" beside "Michelle Obama" is
Michelle Obama. A title before it can say otherwise: in "President Obama" the
title is one that other Obama holds in the corpus and she never does. Such a
key is linked to the title's holder instead: the family name's role candidate
has a title that the article's full name holds in no article, written in
full, while one other full name with that family name holds it, written in
full, in at least `MIN_ARTICLES` articles and `DOMINANCE` of the articles of
all its holders ("President Barack Obama", "Barack Obama, the president").
A family name alone that its article links to no full name is read the same
way: across articles "Clinton" is the Clinton most written about, but
"President Clinton" is the one who held the office.

The key moves whole, every bare mention of that family name in the article
with it: the article has used the name for the title holder at least once, and
its other bare mentions cannot be told apart. A courtesy title ("Mrs Obama")
is a key of its own and stays. A key that would meet another key of the same
text and new link in its article (a headline linking "Obama" to the holder
already) stays too.

The same evidence makes one person of two full names one slip apart in the
first word ("Niki Haley" and "Nikki Haley", "Hasan" and "Hassan Rouhani": one
letter inserted, dropped or changed, or two swapped, in first names of
`MIN_FIRST` letters or more, the other words equal) when both hold one title
written in full. `name_slips` leaves such pairs apart when both first names
are known given names, since "Ivana" and "Ivanka Trump" are two people; two
people one slip apart who hold the same title are rare. A name written family
name first ("Wang Tao", "Yang Tao") never joins: its first word is a family
name. The two join in the people clustering (`people.cluster_people`), so
that what else joins either ("Nikola T. Varga") stays with them.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import pandas as pd
from rapidfuzz.distance import OSA

from pipeline.lang.names import canonical_person_name, family_name_first, person_key

# Articles in which the other full name must hold the title, written in full.
MIN_ARTICLES = 3
# Share of the title's holders' articles (that family name) it must hold.
DOMINANCE = 0.75
# Letters both first names of a slip need ("Abd"/"Abdu" are two name forms).
MIN_FIRST = 4


def _titled(cands: pd.DataFrame):
    """(article_id, person_text, person_link, title) of the role candidates with a
    title, texts and links "" for nulls."""
    titled = cands[cands["title"].fillna("") != ""]
    return zip(
        titled["article_id"],
        titled["person_text"].fillna(""),
        titled["person_link"].fillna(""),
        titled["title"],
    )


def _family_alone(text: str, link: str) -> str:
    """The one word of `text` when it is a name alone: unlinked ("Clinton", "") or
    the last word of its full-name link ("Obama", "Michelle Obama"); else ""."""
    words = person_key(text).split()
    if len(words) != 1:
        return ""
    full = person_key(link).split() if link else words
    if full == words:  # linked to itself: alone too
        return words[0]
    return words[0] if len(full) >= 2 and full[-1] == words[0] else ""


def title_relinks(cands: pd.DataFrame) -> dict[tuple[str, str, str], str]:
    """(article_id, person_text, person_link) of the role candidates whose family
    name alone stands for another person than its link -> that person's full
    name as written (module doc). `cands` are role candidates."""
    # (family name, title) -> full-name key -> its articles, and a spelling of it.
    holders: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    spelled: dict[str, str] = {}
    bare = []
    for art, text, link, title in _titled(cands):
        family = _family_alone(text, link)
        if family:
            bare.append((art, text, link, family, title))
            continue
        key = person_key(text)
        if len(key.split()) >= 2 and key == person_key(link or text):
            holders[key.split()[-1], title][key].add(art)
            # The least spelling, so that no reading order decides it.
            name = canonical_person_name(text)
            spelled[key] = min(spelled.get(key, name), name)
    out = {}
    for art, text, link, family, title in bare:
        held = holders.get((family, title), {})
        if not held or person_key(link) in held:
            continue
        top = min(held, key=lambda k: (-len(held[k]), k))
        n = len(held[top])
        if n >= MIN_ARTICLES and n >= DOMINANCE * sum(len(a) for a in held.values()):
            out[art, text, link] = spelled[top]
    return out


def title_slips(cands: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs of person keys of full names one slip apart in their first word that
    hold one title, written in full (module doc), in order. `cands` are role
    candidates."""
    titles: dict[str, set[str]] = defaultdict(set)
    for _, text, link, title in _titled(cands):
        key = person_key(text)
        if len(key.split()) >= 2 and not family_name_first(key):
            if not link or person_key(link) == key:
                titles[key].add(title)
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for key in sorted(titles):
        by_rest[tuple(key.split()[1:])].append(key)
    out = []
    for group in by_rest.values():
        for a, b in combinations(group, 2):
            x, y = a.split()[0], b.split()[0]
            if (
                min(len(x), len(y)) >= MIN_FIRST
                and OSA.distance(x, y) == 1
                and titles[a] & titles[b]
            ):
                out.append((a, b))
    return sorted(out)
