"""Comparison keys of organisation names that meet across their written variants.

`variant_key` extends `names.org_key` (folded, no article, no trailing company
designator) so that the usual ways news writes one organisation meet:

- word order of offices: "Department of Justice" and "Justice Department" (a
  head from the reorderable_org_heads lexicon followed by "of" moves last);
- number forms: "Ninth Circuit" and "9th Circuit" (ordinal words as digits);
- British and American spelling: "Organisation"/"Organization",
  "Centre"/"Center", "Defence"/"Defense", "Co-operative"/"Cooperative"
  (spelling_variants lexicon; not "Labour"/"Labor": those spell different
  parties' names), and a word's written short form: "Co-op Bank" is the
  "Co-operative Bank", "Dept" a "Department" (org_short_words lexicon);
- aliases no rule can derive (org_aliases lexicon: "ISIL", "Daesh" -> "Islamic
  State"; "Fed" -> "Federal Reserve"), also as the first word of a longer name
  ("UN Security Council" is the "United Nations Security Council").

`acronym_key` is the letters of an acronym ("U.N." -> "UN") and `initials` the
initials of a long form ("North Atlantic Treaty Organization" -> "NATO"), so a
bare acronym can meet a long form that no article spells out next to it.
`international_name` says whether a name is an international body's by its words.
Pure functions of strings; total and idempotent on their own output.
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.lexicons import lower_set, rows
from pipeline.lang.names import fold, is_generic_org, lone_word, org_key

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# A name's words, hyphened ones whole ("inter-american") and in parts ("asia").
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")


def international_name(name: str) -> bool:
    """Whether a word of `name` names an international body's reach (lexicon
    international_org_words: "United Nations", "Inter-American", "Asia-Pacific"
    Economic Cooperation), a hyphened word whole or by its parts."""
    words = _WORDS.findall(name.lower())
    words += [part for w in words if "-" in w for part in w.split("-")]
    return not lower_set("international_org_words").isdisjoint(words)


@functools.cache
def _ordinals() -> dict[str, str]:
    out = {}
    for r in rows("timex_ordinals"):
        n = int(r["value"])
        if r["word"].isalpha():
            suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
            out[r["word"]] = f"{n}{suffix}"
    return out


@functools.cache
def _spelling() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words -> the words they are compared as: a British spelling's
    American one, a short form's long one. Folding splits a hyphen, so an entry
    may be two words ("co operative")."""
    pairs = [(r["word"], r["us"]) for r in rows("spelling_variants")]
    pairs += [(r["short"], r["long"]) for r in rows("org_short_words")]
    out = {tuple(fold(a).split()): tuple(fold(b).split()) for a, b in pairs}
    # A long form is itself respelt ("Co-op" -> "Co-operative" -> "cooperative").
    return {k: out.get(v, v) for k, v in out.items()}


def _respell(words: list[str]) -> list[str]:
    """`words` with each entry of `_spelling` replaced, two-word entries first, and
    ordinal words as digits."""
    spelling, ordinals = _spelling(), _ordinals()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = tuple(words[i : i + 2])
        if len(pair) == 2 and pair in spelling:
            out.extend(spelling[pair])
            i += 2
            continue
        out.extend(spelling.get((words[i],), (ordinals.get(words[i], words[i]),)))
        i += 1
    return out


@functools.cache
def _aliases() -> dict[str, str]:
    return {org_key(r["alias"]): r["canonical"] for r in rows("org_aliases")}


def _reorder(words: list[str]) -> list[str]:
    """ "department of justice" -> "justice department" for reorderable heads."""
    heads = lower_set("reorderable_org_heads")
    if len(words) >= 3 and words[0] in heads and words[1] == "of":
        rest = words[2:]
        if rest and rest[0] == "the":
            rest = rest[1:]
        if rest:
            return [*rest, words[0]]
    return words


def canonical_name(name: str) -> str:
    """The org_aliases lexicon's name for `name` ("GOP" -> "Republican Party"); for a
    name of three or more words opening with an acronym the lexicon knows, that
    acronym spelled out ("UN Security Council" -> "United Nations Security
    Council"); else `name` itself."""
    aliases = _aliases()
    whole = aliases.get(org_key(name))
    if whole:
        return whole
    first, _, rest = name.strip().partition(" ")
    long = aliases.get(org_key(first)) if first.isupper() else None
    if long and " " in long and len(rest.split()) >= 2:
        return f"{long} {rest}"
    return name


def is_short_name(name: str) -> bool:
    """A short form of an organisation's name, no display name while a longer one
    is written: an acronym (`is_short_form`), or an org_aliases alias of fewer
    words than its canonical name ("Fed" for "Federal Reserve", "Duma" for
    "State Duma"), or a lone generic head ("the Group" of an article that also
    writes "Almaz-Antey Group": `names.is_generic_org`) or masthead word ("the
    Standard" beside "London Evening Standard"; lexicon masthead_words)."""
    if is_short_form(name) or is_generic_org(name):
        return True
    if lone_word(name) in lower_set("masthead_words"):
        return True
    whole = _aliases().get(org_key(name))
    return bool(whole) and len(whole.split()) > len(name.split())


def variant_key(name: str) -> str:
    """The comparison key of an organisation name (see module doc); "" for no name."""
    key = org_key(canonical_name(name))
    return " ".join(_reorder(_respell(key.split())))


_LETTERS = re.compile(r"[^A-Za-z0-9&]")


def acronym_key(text: str) -> str:
    """The letters of an acronym, upper case, dots and spaces removed ("U.N." ->
    "UN")."""
    return _LETTERS.sub("", text).upper()


def initials(name: str, *, minor_words: bool = False) -> str:
    """The initials of a long form's content words, upper case ("Party of God" ->
    "PG"), or with minor_words of every word ("POG": "DOJ" spells the "of" of
    "Department of Justice"); "" for fewer than two."""
    minor = frozenset() if minor_words else lower_set("acronym_minor_words")
    letters = [w[0] for w in fold(name).split() if w not in minor and w[0].isalpha()]
    return "".join(letters).upper() if len(letters) >= 2 else ""
