"""Country qualifiers of organisation names, and names many countries share.

"Supreme Court", "Foreign Ministry", "Labour Party", "Parliament" name a
different body in every country: such a name is generic when every word of it
(beyond "of", "the", "and", "for") is in the generic_org_words lexicon.
`country_scope` reads the country a name itself gives: a leading country name,
demonym or code ("Israeli Supreme Court", "U.S. Justice Department") or a
trailing "of <country>" after two words or more ("Supreme Court of Israel",
not "Bank of England"), and returns it with the rest of the name. `code_prefix` tells
whether that leading qualifier was written
as a code ("US", "U.S.", "UK"), the headline habit of prefixing a body's usual
name. Countries come from `lang.countries`; the nations of a union whose bodies
share generic names ("Scottish Parliament" is not the UK's) come first from the
scope_regions lexicon, with ISO 3166-2 codes ("GB-SCT"). Pure functions of
strings.
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.countries import country_code, country_name
from pipeline.lang.lexicons import lower_set, rows
from pipeline.lang.names import fold

# "s" is what folding leaves of a possessive ("People's Party").
MINOR = frozenset({"of", "the", "and", "for", "&", "s"})
_CODE = re.compile(r"^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# Longest country name read as a prefix ("United Arab Emirates").
MAX_COUNTRY_WORDS = 3


@functools.cache
def _generic_words() -> frozenset[str]:
    return lower_set("generic_org_words")


def is_org_word(word: str) -> bool:
    """True for a word that ends organisations' names: a head ("university",
    "bank": lexicon org_heads) or a generic word ("court", "house")."""
    word = word.lower()
    return word in lower_set("org_heads") or word in _generic_words()


def is_generic(name: str) -> bool:
    """True when every content word of `name` is a generic organisation word
    ("Supreme Court", "Ministry of Foreign Affairs"; not "White House")."""
    words = [w for w in fold(name).split() if w not in MINOR]
    return bool(words) and all(w in _generic_words() for w in words)


@functools.cache
def _regions() -> dict[str, tuple[str, str]]:
    return {fold(r["word"]): (r["code"], r["name"]) for r in rows("scope_regions")}


def scope_code(text: str) -> str:
    """The scope a qualifier names: a nation of the scope_regions lexicon
    ("Scottish" -> "GB-SCT"), else its country's alpha-2 code, else ""."""
    region = _regions().get(fold(text))
    return region[0] if region else country_code(text)


def scope_name(code: str) -> str:
    """The English name of a scope: a scope_regions nation ("GB-WLS" -> "Wales"),
    else the country of an alpha-2 code ("IL" -> "Israel"), else ""."""
    region = next((n for c, n in _regions().values() if c == code), "")
    return region or country_name(code)


@functools.lru_cache(maxsize=65536)
def country_scope(name: str) -> tuple[str, str, bool]:
    """(ISO code, rest of the name, qualifier written as a code) of a country
    qualifier that opens or closes `name`; ("", name, False) when there is none
    or nothing would be left."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    # A court's ordinal comes before its country: "9th U.S. Circuit".
    lead = words[:1] if len(words) > 2 and _ORDINAL.match(words[0]) else []
    after = words[len(lead) :]
    for n in range(min(MAX_COUNTRY_WORDS, len(after) - 1), 0, -1):
        prefix = " ".join(after[:n]).removesuffix("'s").removesuffix("’s")
        code = scope_code(prefix)
        if code:
            return code, " ".join(lead + after[n:]), bool(_CODE.match(prefix))
    lower = [w.lower() for w in words]
    if "of" in lower[1:-1]:
        at = len(lower) - 1 - lower[::-1].index("of")
        tail = words[at + 1 :]
        if tail and tail[0].lower() == "the":
            tail = tail[1:]
        code = scope_code(" ".join(tail)) if tail else ""
        # "Bank of England" keeps its name: one word before "of" says too little.
        if code and len([w for w in lower[:at] if w not in MINOR]) >= 2:
            return code, " ".join(words[:at]), False
    return "", name, False


# A country's possessive ending ("Russia's", "the Philippines'").
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def possessive_scope(name: str) -> bool:
    """Whether the country qualifier opening `name` is a possessive ("Russia's
    Foreign Ministry", "the Philippines' Senate"): it says whose body the name
    is, but it is no part of the body's name ("Russian Foreign Ministry" is)."""
    rest = country_scope(name)[1]
    if rest == name or not rest:
        return False
    head = name[: name.rfind(rest)]
    return head.rstrip().endswith(_POSSESSIVE)
