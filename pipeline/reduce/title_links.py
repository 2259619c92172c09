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
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from pipeline.lang.names import canonical_person_name, person_key

# Articles in which the other full name must hold the title, written in full.
MIN_ARTICLES = 3
# Share of the title's holders' articles (that family name) it must hold.
DOMINANCE = 0.75


def _titled(honorific) -> bool:
    return isinstance(honorific, str) and honorific != ""


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
    titled = cands[cands["title"].fillna("") != ""]
    links = titled["person_link"].fillna("")
    texts = titled["person_text"].fillna("")
    anchors = links.where(links != "", texts)
    # (family name, title) -> full-name key -> its articles, and a spelling of it.
    holders: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    spelled: dict[str, str] = {}
    bare = []
    for art, text, link, anchor, title in zip(
        titled["article_id"], texts, links, anchors, titled["title"]
    ):
        family = _family_alone(text, link)
        if family:
            bare.append((art, text, link, family, title))
            continue
        key = person_key(text)
        if len(key.split()) >= 2 and key == person_key(anchor):
            holders[key.split()[-1], title][key].add(art)
            spelled.setdefault(key, canonical_person_name(text))
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


def relink_keys(
    keys: pd.DataFrame, relinks: dict[tuple[str, str, str], str]
) -> tuple[pd.DataFrame, dict[tuple[str, str, str], str]]:
    """Distinct mention keys with the PERSON links of `relinks` (`title_relinks`)
    replaced on keys with no courtesy title, except where the new key would meet
    one its article already has or another relinked key became; and the relinks
    applied."""
    if not relinks:
        return keys, {}
    hons = [h if isinstance(h, str) else "" for h in keys["honorific"]]
    rows = zip(keys["article_id"], keys["label"], keys["text"], keys["link"])
    existing = set(zip(keys["article_id"], keys["text"], keys["link"], hons))
    new, applied = [], {}
    for (art, label, text, link), hon in zip(rows, hons):
        to = relinks.get((art, text, link), "") if label == "PERSON" and not hon else ""
        if to and (art, text, to, hon) not in existing:
            existing.add((art, text, to, hon))  # two keys never become one
            applied[art, text, link] = to
            new.append(to)
        else:
            new.append(link)
    return keys.assign(link=new), applied


def relink_candidates(
    cands: pd.DataFrame, applied: dict[tuple[str, str, str], str]
) -> pd.DataFrame:
    """Role candidates with the person links `relink_keys` applied."""
    if not applied:
        return cands
    links = [
        applied.get((a, t, ln), ln)
        for a, t, ln in zip(
            cands["article_id"], cands["person_text"], cands["person_link"]
        )
    ]
    return cands.assign(person_link=links)


def restore_links(
    assignments: pd.DataFrame, applied: dict[tuple[str, str, str], str]
) -> pd.DataFrame:
    """Assignments of relinked keys with their links as the mentions have them, so
    that the mentions meet their entity."""
    if not applied:
        return assignments
    back = {(a, t, to): link for (a, t, link), to in applied.items()}
    links = [
        back.get((a, t, ln), ln) if lab == "PERSON" and not _titled(h) else ln
        for a, lab, t, ln, h in zip(
            assignments["article_id"],
            assignments["label"],
            assignments["text"],
            assignments["link"],
            assignments["honorific"],
        )
    ]
    return assignments.assign(link=links)
