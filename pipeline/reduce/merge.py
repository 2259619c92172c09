"""Which comparison keys are one entity: union-find over organisation keys that
share a compatible acronym or spell the same name almost alike, and over person
keys equal up to middle initials."""

from __future__ import annotations

import functools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable

import pandas as pd
from rapidfuzz import fuzz, process

from pipeline.lang.acronyms import (
    initials_coverage,
    is_short_form,
    match_long_form,
)
from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set, words
from pipeline.lang.orgnames import acronym_key
from pipeline.reduce.name_variants import written_variants
from pipeline.reduce.scopes import SCOPE_MARK, scope_of

# Long forms sharing an acronym merge at or above this token_set_ratio.
ACRONYM_COMPATIBLE = 80.0
# A plural of capitals ("MEPs") or a roman numeral up to 39 ("IX", "XXI"): no
# organisation's acronym.
_PLURAL_OR_NUMERAL = re.compile(r"[A-Z]{2,}s|X{0,3}(?:IX|IV|V?I{0,3})")
# A long form named for a country ("Nigerian Bottling Company (NBC)") does not claim
# an acronym the corpus writes alone in this many times as many articles as it
# spells the long form out: there the acronym stands for another name.
LOCAL_CLAIM_RATIO = 5

log = logging.getLogger(__name__)


# Long forms without a shared acronym merge only when spelled almost alike.
SPELLING_VARIANT = 95.0


# Largest block compared all-pairs; bigger blocks split on further words (bounds the
# cost per name).
MAX_BLOCK = 2000


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent.setdefault(x, x)
        if parent != x:
            parent = self.parent[x] = self.find(parent)
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:  # the smaller key wins so the result does not depend on order
            self.parent[max(ra, rb)] = min(ra, rb)


def grouped(keys: Iterable, items: Iterable) -> dict:
    """key -> its `items` (one per key, in order), keys sorted: what a sorted
    pandas groupby gives, without a pandas group per key, which cost more than
    the work done with each."""
    out: dict = defaultdict(list)
    for key, item in zip(keys, items):
        out[key].append(item)
    return dict(sorted(out.items()))


def articles_by_key(rows: pd.DataFrame) -> dict[str, set[str]]:
    """key -> the set of its rows' article ids, in key order (what
    `rows.groupby("key")["article_id"].agg(set)` gives)."""
    by_key = grouped(rows["key"].tolist(), rows["article_id"].tolist())
    return {key: set(arts) for key, arts in by_key.items()}


def acronym_of(text: str, long: str) -> bool:
    """True when `text` is an acronym-like string whose letters spell `long`
    (Schwartz–Hearst).
    """
    return (
        is_short_form(text)
        and len(long) > len(text)
        and match_long_form(text, long) is not None
        and initials_coverage(text, long) >= 0.6
    )


@functools.cache
def _terms() -> frozenset[str]:
    return frozenset(words("term_acronyms"))


def stated_acronym(surface: str, anchor: str, linked: bool) -> str:
    """`surface` when it is the acronym of its row's long form `anchor`, else "".
    It is when its letters spell the long form (`acronym_of`), and when the
    article linked it there (`linked`: the annotation pairs "Kurdistan Workers'
    Party (PKK)" whatever language the initials come from) while it is one
    acronym-like word and the long form two words or more: "PKK", "VVD", "FSB"
    and "YPG" stand for their long forms in the articles that write them alone
    too (step 3 of `orgs`)."""
    if acronym_of(surface, anchor):
        return surface
    bare = linked and " " not in surface.strip() and is_short_form(surface)
    # Not a plural ("MEPs": the members, not the body), a numeral ("IX" of
    # "Title IX") or a common noun's initials ("PDF": lexicon term_acronyms).
    named = not _PLURAL_OR_NUMERAL.fullmatch(surface) and surface not in _terms()
    return surface if bare and named and len(anchor.split()) >= 2 else ""


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _comparable(a: str, b: str) -> bool:
    """Two keys may be one organisation: same numbers ("9th" is no "10th") and
    same country scope (the Israeli Supreme Court is no Philippine one)."""
    return _digits(a) == _digits(b) and scope_of(a) == scope_of(b)


def local_claim(bare: str, longs: set[str], arts: dict[str, int]) -> bool:
    """True when every long form of acronym key `bare` opens with a country or
    nationality word and the bare acronym is in LOCAL_CLAIM_RATIO times as
    many articles as they are (see LOCAL_CLAIM_RATIO)."""
    spelled = sum(arts.get(k, 0) for k in longs)
    return (
        bool(longs)
        and all(country_code(k.split()[0]) for k in longs)
        and arts.get(bare, 0) >= LOCAL_CLAIM_RATIO * max(spelled, 1)
    )


def merge_orgs(keys: pd.DataFrame, uf: UnionFind, arts: dict[str, int]) -> None:
    """Union organisation keys that share a compatible acronym or are spelling
    variants. `arts` (key -> articles) lets a bare acronym keep apart from a
    country's long form spelled out in far fewer articles (`local_claim`).
    """
    # (acronym -> long-form keys) from article entities whose mentions pair an acronym
    # with a long form.
    by_acr: dict[str, set[str]] = defaultdict(set)
    bare: set[str] = set()
    # Long-form keys their paired acronym spells as written: "MOJ" of a German
    # "Ministry of Justice" may be any country's, while an acronym of another
    # language's initials ("AKP" of Turkey's "Justice and Development Party",
    # "FSB" of Russia's "Federal Security Service") is that body's own name.
    spelled: set[str] = set()
    for key, anchor, acr in zip(keys["key"], keys["anchor"], keys["acronym"]):
        if is_short_form(anchor) and " " not in anchor.strip():
            bare.add(key)
        elif acr:
            by_acr[acronym_key(acr)].add(key)
            if acronym_of(acr, anchor):
                spelled.add(key)
    for longs in by_acr.values():
        ordered = sorted(longs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if (
                    _comparable(a, b)
                    and fuzz.token_set_ratio(a, b) >= ACRONYM_COMPATIBLE
                ):
                    uf.union(a, b)
    for key in sorted(bare):
        # Not to a name scoped by country that the acronym spells: "Department of
        # Justice (DOJ)" in a German report does not make every "DOJ" Germany's
        # (the article's own link does); a scoped long form still makes the
        # acronym ambiguous ("DNC": the US Democratic National Committee and a
        # party convention). Another language's initials are no such
        # abbreviation (`spelled`).
        longs = by_acr.get(acronym_key(key), set())
        roots = {uf.find(k) for k in longs}
        if len(roots) == 1 and not any(scope_of(k) and k in spelled for k in longs):
            if local_claim(key, longs, arts):
                continue
            uf.union(key, roots.pop())
    long_forms = sorted(set(keys["key"]) - bare)
    _merge_spelling_variants(long_forms, uf)
    for a, b in written_variants(long_forms):
        if _comparable(a, b):
            uf.union(a, b)
    _merge_dropped_heads(long_forms, uf)


def _merge_dropped_heads(names: list[str], uf: UnionFind) -> None:
    """A name of two or more words (or one word scoped by a country: British
    "Labour") stands for the same name with a head word news often leaves off
    (lexicon droppable_org_heads: "Homeland Security" for the Homeland Security
    Department, "Social Democratic" for the Social Democratic Party) when the
    corpus has exactly one such longer name, within its country scope."""
    heads = sorted(lower_set("droppable_org_heads"))
    present = set(names)
    for key in names:
        rest, _, scope = key.partition(SCOPE_MARK)
        words = rest.split()
        # One word is too little to go by, unless a country scopes it: "Labour"
        # of British articles is the one British "Labour Party".
        if len(words) < (1 if scope else 2) or words[-1] in heads:
            continue
        suffix = f"{SCOPE_MARK}{scope}" if scope else ""
        longer = [k for h in heads if (k := f"{rest} {h}{suffix}") in present]
        if len(longer) == 1:
            uf.union(key, longer[0])


def _blocks(names: list[str]) -> list[list[str]]:
    """Candidate groups for fuzzy comparison: same word count and first word, split
    further while too big.
    """
    out, todo = [], [(2, names)]
    while todo:
        depth, group = todo.pop()
        blocks: dict[tuple, list[str]] = defaultdict(list)
        for n in group:
            words = n.split()
            if len(words) >= 2:
                blocks[(len(words), *words[: depth - 1])].append(n)
        for block in blocks.values():
            if len(block) <= MAX_BLOCK:
                out.append(block)
            elif depth <= 4:
                todo.append((depth + 1, block))
            else:
                log.warning(
                    "skipping fuzzy matching of %d organisation names sharing %r",
                    len(block),
                    block[0],
                )
    return out


def _merge_spelling_variants(names: list[str], uf: UnionFind) -> None:
    for block in _blocks(names):
        if len(block) < 2:
            continue
        scores = process.cdist(
            block, block, scorer=fuzz.ratio, score_cutoff=SPELLING_VARIANT, workers=1
        )
        for i, j in zip(*scores.nonzero()):
            if i < j and _comparable(block[i], block[j]):
                uf.union(block[i], block[j])


def merge_people(keys: pd.DataFrame, uf: UnionFind) -> None:
    """Union person keys equal up to single-letter middle initials."""
    by_core: dict[str, list[str]] = defaultdict(list)
    for key in sorted(set(keys["key"])):
        words = key.split()
        if len(words) >= 2:
            core = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
            by_core[" ".join(core)].append(key)
    for members in by_core.values():
        for other in members[1:]:
            uf.union(members[0], other)
