"""Linking PERSON mention keys to another full name before resolution, and back.

What the corpus says of a name can show that a key's in-article link is the
wrong person (`title_links`). Such a key is given the right full name as its
link, so that resolution anchors it there like any key the annotation linked;
role candidates naming it are given the same link, so that the role goes with
it; the assignments then get the link the mentions have, so that the mentions
meet their entity. Only keys without a courtesy title move ("Mrs Obama" is a
key of its own), and a key whose new link would make it equal to another key
of its article stays: two keys never become one.
"""

from __future__ import annotations

import pandas as pd

Relinks = dict[tuple[str, str, str], str]  # (article_id, text, link) -> new link


def _titled(honorific) -> bool:
    return isinstance(honorific, str) and honorific != ""


def relink_keys(keys: pd.DataFrame, relinks: Relinks) -> tuple[pd.DataFrame, Relinks]:
    """Distinct mention keys with the PERSON links of `relinks` replaced (module
    doc), and the relinks applied."""
    if not relinks:
        return keys, {}
    # Only the keys of articles with a relink are read: a corpus holds millions.
    mask = keys["article_id"].isin({a for a, _, _ in relinks})
    part = keys[mask]
    hons = [h if _titled(h) else "" for h in part["honorific"]]
    rows = zip(part["article_id"], part["label"], part["text"], part["link"], hons)
    existing = set(zip(part["article_id"], part["text"], part["link"], hons))
    new, applied = [], {}
    for art, label, text, link, hon in rows:
        to = relinks.get((art, text, link), "") if label == "PERSON" and not hon else ""
        if to and (art, text, to, hon) not in existing:
            existing.add((art, text, to, hon))
            applied[art, text, link] = to
            new.append(to)
        else:
            new.append(link)
    links = keys["link"].copy()
    links[mask] = new
    return keys.assign(link=links), applied


def relink_candidates(cands: pd.DataFrame, applied: Relinks) -> pd.DataFrame:
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


def restore_links(assignments: pd.DataFrame, applied: Relinks) -> pd.DataFrame:
    """Assignments of relinked keys with their links as the mentions have them."""
    if not applied:
        return assignments
    back = {(a, t, to): link for (a, t, link), to in applied.items()}
    mask = assignments["article_id"].isin({a for a, _, _ in applied})
    part = assignments[mask]
    new = [
        back.get((a, t, ln), ln) if lab == "PERSON" and not _titled(h) else ln
        for a, lab, t, ln, h in zip(
            part["article_id"],
            part["label"],
            part["text"],
            part["link"],
            part["honorific"],
        )
    ]
    links = assignments["link"].copy()
    links[mask] = new
    return assignments.assign(link=links)
