"""Generic organisation names scoped by country before they are compared.

"Supreme Court" in an Afghan, an Israeli and an American article is three
courts. A generic name (`lang.orgscope.is_generic`) gets the country its own
qualifier gives ("Israeli Supreme Court"), else the country of a qualified
mention of the same name in its article ("the Israeli Supreme Court ... the
Supreme Court"), else its article's country: the country its place mentions
(GPE, LOC, NORP: countries, demonyms, and cities and states by their country,
`lang.places`; a US state's short form, "Kan." or "R-S.C.", for the US) point
to most, by mentions, with a strict lead; without one the name stays unscoped.
When the corpus qualifies the name elsewhere ("US Senate", "Philippine Senate",
or a leading part of the name: "House" for "House Intelligence Committee"), or
the home_countries lexicon gives the one country whose body the bare name means
in English news ("Democratic National Committee": US; also where the article
leads with no country), and the article's
leading country is none of those, a country of the article that is one of them
comes first: "Senate" in a report on Russia that also names Washington is the
US Senate. When the article names none of them, a name the lexicon marks as
meaning its home body abroad too takes it: the "Democratic National Committee"
Russia is said to have hacked is the US one even in a report that names only
Russia, while a "Republican Party" in a report on Armenia is Armenia's. The
comparison key becomes "<name key> @<country>", so names meet only within a country.

A non-generic name with a code prefix ("US Federal Reserve", "U.S. Treasury
Department") gets `bare`, the key of the name without it: the resolver joins the
two when the corpus also uses the bare name.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import pandas as pd

from pipeline.lang.countries import bracketed, country_code
from pipeline.lang.lexicons import rows as lexicon_rows
from pipeline.lang.orgnames import canonical_name, variant_key
from pipeline.lang.orgscope import (
    country_scope,
    is_generic,
    possessive_scope,
    scope_name,
)
from pipeline.lang.places import place_country, us_state_tag

SCOPE_MARK = " @"


def scope_of(key: str) -> str:
    """The country part of a scoped key ("" for an unscoped one)."""
    return key.rpartition(SCOPE_MARK)[2] if SCOPE_MARK in key else ""


def country_weights(places: pd.DataFrame) -> dict[str, list[tuple[str, int]]]:
    """article_id -> [(ISO code, place mentions pointing to it)], most first (ties by
    code), from rows with article_id, text and n."""
    weights: dict[str, Counter] = defaultdict(Counter)
    codes: dict[str, str] = {}
    for art, text, n in zip(places["article_id"], places["text"], places["n"]):
        if text not in codes:
            # A state's short form is American before it is a town abroad
            # ("Kan" is also a town in Nigeria).
            us = "US" if us_state_tag(text) else ""
            codes[text] = country_code(text) or us or place_country(text)
        if codes[text]:
            weights[art][codes[text]] += int(n)
    return {
        art: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        for art, c in weights.items()
    }


def leading_countries(weights: dict[str, list[tuple[str, int]]]) -> dict[str, str]:
    """article_id -> its country with a strict lead, from `country_weights`."""
    out = {}
    for art, ranked in weights.items():
        (top, a), *rest = ranked + [("", 0)]
        if a > rest[0][1]:
            out[art] = top
    return out


def _known_scope(
    ranked: list[tuple[str, int]], top: str, known: set[str], home: str = ""
) -> str:
    """The article's country for a generic name the corpus qualifies with the
    countries `known`: its leading country when that is one of them, else the
    most mentioned one that is ("Senate" in an article on Russia that also
    names Washington is the US Senate); when none of its countries is, the
    name's `home` country if it has one (the "Democratic National Committee"
    Russia is said to have hacked), else the leading one."""
    if not known or top in known:
        return top
    return next((code for code, _ in ranked if code in known), home or top)


@functools.cache
def _home() -> dict[str, tuple[str, bool]]:
    """name key -> (the country whose body the bare name means in English news,
    whether it means that body in a story that names only other countries too)
    (lexicon home_countries: "Democratic National Committee" -> US, yes;
    "House of Commons" -> GB, no: Canada has one)."""
    return {
        variant_key(r["name"]): (
            r["country"].strip().upper(),
            r["abroad"].strip().lower() == "yes",
        )
        for r in lexicon_rows("home_countries")
    }


def _known(in_corpus: dict[str, set[str]], key: str) -> set[str]:
    """The countries the corpus qualifies a name with, else those of the longest
    leading part of it the corpus qualifies ("House Intelligence Committee" is
    a committee of the "House" the corpus calls the US House)."""
    words = key.split()
    known = in_corpus.get(key)
    for n in range(len(words) - 1, 0, -1):
        # "House of Commons" is not a part of the "House"; "House X Committee" is.
        if known or words[n] == "of":
            break
        known = in_corpus.get(" ".join(words[:n]))
    return known or set()


def scope_orgs(
    rows: pd.DataFrame,
    countries: dict[str, str],
    weights: dict[str, list[tuple[str, int]]] | None = None,
) -> pd.DataFrame:
    """`rows` (ORG keys: anchor, key, article_id) with generic keys scoped (see
    module doc) and columns `scope` (ISO code or ""), `qualified` (the name
    gives its country itself), `bare` (see module doc) and `lead` (the article's
    leading country, "" for none). `countries` are the
    articles' leading countries, `weights` all their countries
    (`country_weights`)."""
    weights = weights or {}
    # Read through the alias lexicon: "GOP" is the Republican Party, a generic name.
    parsed = {a: country_scope(canonical_name(a)) for a in pd.unique(rows["anchor"])}
    # ... on both sides of a qualifier: "US House of Representatives" is the US House.
    generic = {a: is_generic(canonical_name(r)) for a, (_, r, _) in parsed.items()}
    own = rows["anchor"].map(lambda a: parsed[a][0] if generic[a] else "")
    rest_key = rows["anchor"].map(lambda a: variant_key(parsed[a][1]))
    # The country of a qualified mention of the same name in the article.
    qualified = rows[own != ""]
    # A country only the link gives ("French" "Senate" linked "French Senate":
    # `nlp.country_links`) scopes its article's mentions, but the corpus has not
    # written the name with it: one report's "Russian" "Senate" must not make
    # the Senate of every report on the Russia inquiry Russia's.
    surface = qualified["surface"] if "surface" in rows else qualified["anchor"]
    gives = {x: bool(country_scope(canonical_name(x))[0]) for x in pd.unique(surface)}
    written = surface.map(gives)
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    in_corpus: dict[str, set[str]] = defaultdict(set)
    for art, rk, code, as_written in zip(
        qualified["article_id"], rest_key[own != ""], own[own != ""], written
    ):
        in_article[art, rk].add(code)
        if as_written:
            in_corpus[rk].add(code)
    scopes, keys, bares = [], [], []
    for art, anchor, key, rk, code in zip(
        rows["article_id"], rows["anchor"], rows["key"], rest_key, own
    ):
        scope, bare = "", ""
        if generic[anchor]:
            codes = in_article.get((art, rk), set())
            scope = code or (next(iter(codes)) if len(codes) == 1 else "")
            if not scope:
                home, abroad = _home().get(rk, ("", False))
                known = _known(in_corpus, rk) | ({home} if home else set())
                scope = _known_scope(
                    weights.get(art, []),
                    countries.get(art, ""),
                    known,
                    home if abroad else "",
                )
                # with no country of its own, the bare name means its home body
                scope = scope or home
            key = f"{rk}{SCOPE_MARK}{scope.lower()}" if scope else rk
        else:
            prefix_code, rest, written_as_code = parsed[anchor]
            if prefix_code and written_as_code and len(rest.split()) >= 2:
                bare = variant_key(rest)
        scopes.append(scope)
        keys.append(key)
        bares.append(bare)
    return rows.assign(
        key=keys,
        scope=scopes,
        qualified=(own != "").values,
        bare=bares,
        lead=[countries.get(a, "") for a in rows["article_id"]],
    )


def _possessive_form(anchor: str) -> bool:
    return possessive_scope(canonical_name(anchor))


def scoped_names(rows: pd.DataFrame, name: pd.Series) -> pd.Series:
    """Display names (root -> name) that keep a scoped organisation's country: its
    most used qualified form ("Israeli Supreme Court"), else its name and country
    when the name is generic ("Supreme Court (Israel)"; not "Tidewater Port
    Committee", which a scoped "Committee" of its article joined). `rows` has
    root, anchor, n, scope, qualified."""
    scoped = rows[rows["scope"] != ""]
    if scoped.empty:
        return name
    out = name.copy()
    # A possessive form ("China's State Council", from `nlp.country_links`) says
    # whose body it is, but names none: "Chinese State Council" or "State
    # Council (China)" does.
    owned = {a: _possessive_form(a) for a in set(scoped["anchor"])}
    q = scoped[scoped["qualified"] & ~scoped["anchor"].map(owned)]
    counts = q.groupby(["root", "anchor"])["n"].sum().reset_index()
    counts = counts.sort_values(["root", "n", "anchor"], ascending=[True, False, True])
    best = counts.drop_duplicates("root").set_index("root")["anchor"]
    # each root's most used country
    scope = (
        scoped.groupby(["root", "scope"])["n"]
        .sum()
        .reset_index()
        .sort_values(["root", "n", "scope"], ascending=[True, False, True])
        .drop_duplicates("root")
        .set_index("root")["scope"]
    )
    for root, code in scope.items():
        if root in best.index:
            out[root] = best[root]
            continue
        if root not in out.index:
            continue
        bare = out[root]
        if _possessive_form(bare):
            bare = country_scope(canonical_name(bare))[1]
        if is_generic(bare) and (country := scope_name(code)):
            out[root] = bracketed(bare, country)
    return out
