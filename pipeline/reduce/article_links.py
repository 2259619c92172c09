"""Links that hold within one article only (steps 6 and 7 of `reduce.orgs`): a
writer's short reference to a name the article spells out, not a name of its
own.

A name that ends exactly one longer name of its article ("Intelligence
Committee" beside "House Intelligence Committee") is that organisation there; a
lone generic head ("the Ministry", lexicon generic_orgs), bare or scoped by its
article's country ("committee @RU"), is the one organisation of its article
ending in that word, and none where there is none or several; a newspaper's
masthead word ("the Post", lexicon masthead_words) is its article's one paper
ending in it, and itself otherwise ("The Times").

A name that opens exactly one longer name of its article ending in a company
or university word ("Amnesty" of "Amnesty International", "Harvard" of
"Harvard University"; lexicon org_tails) is that organisation there
(`opened_links`), one word or more: the writer dropped the name's last words,
not its first.
"""

from __future__ import annotations

import pandas as pd

from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import is_generic_org
from pipeline.lang.orgnames import is_short_name
from pipeline.reduce.homonyms import ACRONYM_MARK
from pipeline.reduce.merge import grouped
from pipeline.reduce.scopes import SCOPE_MARK


def _words(key: str) -> list[str]:
    """A key's words without its acronym and country marks."""
    return key.split(ACRONYM_MARK)[0].split(SCOPE_MARK)[0].split()


def generic_head(key: str, generic: frozenset[str]) -> str:
    """The lone generic head a key names, bare or scoped by country ("committee",
    "committee @RU"), else ""."""
    words = _words(key)
    return words[0] if len(words) == 1 and words[0] in generic else ""


def in_article_links(rows: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(article_id, key) -> the key it stands for in that article, "" for a generic
    head with no one organisation to stand for (steps 6 and 7)."""
    generic = lower_set("generic_orgs")
    # A newspaper called by its masthead word ("the Post" beside "the Washington
    # Post") is a short name too, but one that stands alone ("The Times").
    mastheads = lower_set("masthead_words")
    out: dict[tuple[str, str], str] = {}
    # A scoped key written as a name somewhere in its article ("Irish Government"
    # for "government @IE") is that name there, not a head alone.
    named = {
        (art, key)
        for art, key, anchor in zip(rows["article_id"], rows["key"], rows["anchor"])
        if not is_generic_org(anchor)
    }
    for art, row_keys in grouped(
        rows["article_id"].tolist(), rows["key"].tolist()
    ).items():
        keys = list(dict.fromkeys(row_keys))  # distinct, in row order
        # a name split by acronym still ends the longer names it ends
        words = {k: k.split(ACRONYM_MARK)[0].split() for k in keys}
        for short in keys:
            n = len(words[short])
            if n == 1 and short not in generic and short not in mastheads:
                continue
            longer = [
                k for k in keys if len(words[k]) > n and words[k][-n:] == words[short]
            ]
            head = "" if (art, short) in named else generic_head(short, generic)
            if head and not longer:
                # scoped ("committee @RU"): the article's one name ending in it
                longer = [k for k in keys if k != short and words[k][-1] == head]
            if len(longer) == 1:
                out[art, short] = longer[0]
            elif head:
                out[art, short] = ""
    return out


def opened_links(rows: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(article_id, key) -> the one longer name of its article that the key opens
    and that ends in a company or university word (module doc)."""
    tails = lower_set("org_tails")
    generic = lower_set("generic_orgs")
    # An acronym opening a longer name names the whole, the longer name often a
    # body of it ("UN" of "UN Security Council"): no short reference. Nor is a
    # name whose key dropped its own company word ("Orbis Data Corporation",
    # key "orbis data"): a whole name, not the opening of one.
    ends = tails | lower_set("company_designators")
    whole: dict[str, bool] = {}  # any of the key's anchors, whatever the row order
    for k, a in zip(rows["key"].tolist(), rows["anchor"].tolist()):
        if a:
            ends_so = a.split()[-1].lower().strip(".") in ends
            whole[k] = whole.get(k, False) or is_short_name(a) or ends_so
    out: dict[tuple[str, str], str] = {}
    for art, row_keys in grouped(
        rows["article_id"].tolist(), rows["key"].tolist()
    ).items():
        keys = list(dict.fromkeys(row_keys))
        words = {k: _words(k) for k in keys}
        for short in keys:
            opening = words[short]
            n = len(opening)
            if n == 0 or (n == 1 and opening[0] in generic) or whole.get(short, True):
                continue
            longer = [
                k
                for k in keys
                if len(words[k]) > n
                and words[k][:n] == opening
                and words[k][-1] in tails
            ]
            if len(longer) == 1:
                out[art, short] = longer[0]
    return out
