"""Step 3 of `orgs`, second half: a bare acronym nobody spelled out joins the
long form whose initials spell it and that dominates the articles of all long
forms with those initials (see the `orgs` module doc for the conditions).

A bare acronym that joined a long form the corpus pairs it with takes another
long form by initials only when that one is compatible with its own (one
holds the other's words: "Accidents Investigation Branch (AAIB)", the model
having cut "Air", and "Air Accidents Investigation Branch"): the ski
federation's FIS, paired in the text, is not Russia's Foreign Intelligence
Service because those words spell it too.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.countries import country_code
from pipeline.lang.orgnames import acronym_key, initials, international_name
from pipeline.reduce.merge import ACRONYM_COMPATIBLE, UnionFind, local_claim

# Share of the articles of all long forms with an acronym's initials that the one
# it joins must hold.
DOMINANCE = 0.75
# Articles a long form needs before a two-letter acronym joins it by initials
# ("AP", "DW": two letters spell many names).
MIN_ARTICLES_SHORT = 5
MIN_LETTERS = 2
# A bare acronym joins a long form by initials only when at least this share of its
# articles with a leading country are led by one of the long form's countries.
MIN_HOME_SHARE = 0.2
MIN_LED_ARTICLES = 2


def _acronym_like(name: str) -> bool:
    """One token written as an acronym ("NATO", "U.N.") or as a short word in title
    case ("Nato")."""
    name = name.strip()
    if " " in name:
        return False
    return is_short_form(name) or (name.isalpha() and name.istitle() and len(name) <= 5)


def _name_countries(name: str) -> set[str]:
    """Countries a name names by a word or two ("Australian Broadcasting": AU)."""
    words = name.split()
    spans = words + [" ".join(p) for p in zip(words, words[1:])]
    return {country_code(w) for w in spans} - {""}


def _foreign(
    bare: str, longs: set[str], anchors: dict[str, str], leads: dict[str, Counter]
) -> bool:
    """True when the long forms `longs` belong to countries (named in them, else
    leading their articles) that lead under MIN_HOME_SHARE of the articles of the
    acronym key `bare` that have a leading country. A name of an international
    body (lexicon international_org_words) belongs to none."""
    names = [anchors.get(k, "") for k in sorted(longs)]
    if any(international_name(n) for n in names):
        return False
    home = set().union(*(_name_countries(n) for n in names)) or {
        c for k in longs for c in leads.get(k, ()) if c
    }
    led = {c: n for c, n in leads.get(bare, Counter()).items() if c}
    total = sum(led.values())
    # One article's leading country is too thin a reading of where an acronym is
    # used.
    if not home or total < MIN_LED_ARTICLES:
        return False
    return sum(n for c, n in led.items() if c in home) < MIN_HOME_SHARE * total


def _compatible(longs: set[str], paired: list[str]) -> bool:
    """Whether a long form of `longs` may be one organisation with one of
    `paired`: one holds the other's words (rapidfuzz token-set ratio)."""
    return any(
        fuzz.token_set_ratio(a, b) >= ACRONYM_COMPATIBLE for a in longs for b in paired
    )


def merge_by_initials(
    keys: pd.DataFrame,
    arts: dict[str, int],
    uf: UnionFind,
    leads: dict[str, Counter] | None = None,
) -> None:
    """Step 3, second half: bare acronyms nobody spelled out, by initials. `leads`
    (key -> its articles' leading countries, counted) keeps an acronym from a
    long form of another country's news (`_foreign`)."""
    leads = leads or {}
    anchors = dict(zip(keys["key"], keys["anchor"]))
    by_initials: dict[str, set[str]] = defaultdict(set)
    by_all_words: dict[str, set[str]] = defaultdict(set)
    bare = []
    # The long forms of each group: a bare acronym in a group with one has
    # joined the long form the corpus pairs it with (its own key may be the
    # group's root, the smaller key winning: "fis" before "international ski
    # federation").
    spelled_out: dict[str, list[str]] = defaultdict(list)
    for key, anchor in zip(keys["key"], keys["anchor"]):
        if _acronym_like(anchor):
            bare.append((key, acronym_key(anchor), anchor.replace(".", "").isupper()))
        else:
            spelled_out[uf.find(key)].append(key)
            if ini := initials(anchor):
                by_initials[ini].add(key)
            if ini := initials(anchor, minor_words=True):
                by_all_words[ini].add(key)
    for key, letters, capitals in bare:
        if len(letters) < MIN_LETTERS:
            continue
        paired = spelled_out.get(uf.find(key), [])
        support: Counter = Counter()
        for k in by_initials.get(letters, ()):
            support[uf.find(k)] += arts.get(k, 0)
        if not support and capitals and len(letters) > 2:
            # "DOJ" spells the "of" of "Department of Justice" too; only an
            # acronym in capitals ("Now" is no "Notification of Withdrawal"), and
            # only a long form named as often ("SOE" of nine articles is no
            # "School of Environment" of one).
            for k in by_all_words.get(letters, ()):
                support[uf.find(k)] += arts.get(k, 0)
            if max(support.values(), default=0) < arts.get(key, 0):
                continue
        if not support:
            continue
        (top, n), *_ = sorted(support.items(), key=lambda kv: (-kv[1], kv[0]))
        spelling = by_initials.get(letters, set()) | by_all_words.get(letters, set())
        mine = {k for k in spelling if uf.find(k) == top}
        if paired and not _compatible(mine, paired):
            continue  # it means the long form it is paired with (module doc)
        if local_claim(key, mine, arts) or _foreign(key, mine, anchors, leads):
            continue  # a local reading (merge.local_claim) or another country's
        enough = len(letters) > 2 or n >= MIN_ARTICLES_SHORT
        if enough and n >= DOMINANCE * sum(support.values()):
            uf.union(key, top)
