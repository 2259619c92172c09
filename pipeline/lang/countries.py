"""Country names, codes and demonyms -> ISO 3166-1 alpha-2 codes.

`country_code("Russian") == "RU"`, `country_code("U.S.") == "US"`,
`country_code("Prime Minister of Cambodia")` is "" (a phrase is not a name:
callers pass the name). The index is built once from two libraries:

- pycountry (the ISO 3166-1 list as Debian's iso-codes keeps it): every
  country's code, name, official name and common name ("Viet Nam",
  "Korea, Republic of", "Bolivia");
- countryinfo (per-country data after restcountries): the everyday names
  ("South Korea", "Ivory Coast"), alternative spellings ("UK", "Holland",
  "Czechia") and the demonym ("Russian", "British", "Filipino").

Only exact keys match, never a fuzzy search: pycountry's fuzzy search reads
"American" as American Samoa and "Spanish" as the Bahamas. A key is the text
casefolded, dots, apostrophes and a leading "the" removed ("U.S." -> "us").

Two- and three-letter forms in capitals are codes, and in news text a bare ISO
code is rarely a country ("GE" is General Electric, "IT" a trade): a code
matches when written with dots ("U.S.", "U.K."), or when it is an abbreviation
the libraries list besides the ISO codes ("UK", "UAE", "DRC") or the lexicon
adds ("US"); and only in capitals, so "us" is no country. A US state's short
form is no country code: "N.C." is North Carolina, not New Caledonia.

A key that several countries share names the one whose population is at least
ten times any other's (a state and its territories: "American" is the United
States, not the Northern Mariana Islands; "Chinese" China, not Hong Kong);
otherwise it names none ("Korean"). A few short forms of the news that neither
library lists ("Britain") come from the lexicon `country_aliases`.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from pipeline.lang.lexicons import lower_set, rows
from pipeline.lang.places import place_kind, us_state_tag

_DROP = re.compile(r"[.'’]")
_SPACE = re.compile(r"[\s\-–]+")


def _key(text: str) -> str:
    """Lookup key: casefolded, dots and apostrophes dropped, "the" and spaces
    normalized ("The U.S." -> "us", "Côte d'Ivoire" -> "côte divoire")."""
    key = _SPACE.sub(" ", _DROP.sub("", text.casefold())).strip()
    return key[4:] if key.startswith("the ") else key


def _is_code(form: str) -> bool:
    """A code-like form: two or three capital letters ("US", "UK", "GBR")."""
    return 2 <= len(form) <= 3 and form.isalpha() and form.isupper()


def _library_forms() -> tuple[list[tuple[str, str]], dict[str, int], set[str]]:
    """(form, alpha-2) pairs from pycountry and countryinfo, codes included, each
    code's population (countryinfo; 0 when unknown) and the set of ISO codes."""
    import pycountry
    from countryinfo import all_countries

    forms: list[tuple[str, str]] = []
    iso_codes = set()
    for c in pycountry.countries:
        iso_codes |= {c.alpha_2, c.alpha_3}
        for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                forms.append((value, c.alpha_2))
    iso = {c.alpha_2 for c in pycountry.countries}
    population: dict[str, int] = {}
    for info in all_countries():
        data = info.info()
        code = (data.get("ISO") or {}).get("alpha2", "")
        if code not in iso:
            continue
        population[code] = max(
            population.get(code, 0), int(data.get("population") or 0)
        )
        for value in [info.name(), info.demonym(), *(info.alt_spellings() or [])]:
            if value and value not in iso_codes:
                forms.append((value, code))
    return forms, population, iso_codes


def _pick(codes: set[str], population: dict[str, int]) -> str:
    """The code a shared key names: the only one, or one ten times as populous as
    every other; "" otherwise."""
    if len(codes) == 1:
        return next(iter(codes))
    ranked = sorted(codes, key=lambda c: -population.get(c, 0))
    top, second = (population.get(c, 0) for c in ranked[:2])
    return ranked[0] if top >= 10 * max(second, 1) else ""


@functools.cache
def _index() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(name key -> code, code key -> code, keys of bare ISO codes), ambiguous keys
    removed."""
    names: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    forms, population, iso_codes = _library_forms()
    aliases = [(r["word"], r["code"]) for r in rows("country_aliases") if r.get("code")]
    listed = [f for f, _ in forms if f not in iso_codes] + [f for f, _ in aliases]
    bare_iso = {_key(c) for c in iso_codes} - {_key(f) for f in listed if _is_code(f)}
    forms += aliases
    for form, code in forms:
        table = codes if _is_code(form) else names
        key = _key(form)
        if key:
            table.setdefault(key, set()).add(code.upper())
    picked = [{k: _pick(v, population) for k, v in t.items()} for t in (names, codes)]
    name_map, code_map = ({k: v for k, v in t.items() if v} for t in picked)
    return name_map, code_map, frozenset(bare_iso)


@functools.lru_cache(maxsize=8192)
def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code of a country name, demonym or code ("" if none).

    >>> country_code("Russian"), country_code("U.S."), country_code("us")
    ('RU', 'US', '')
    """
    names, codes, bare_iso = _index()
    key = _key(text)
    if not key:
        return ""
    if key in names:
        return names[key]
    bare = _DROP.sub("", text.strip())
    if bare.startswith(("The ", "the ")):
        bare = bare[4:]
    if not _is_code(bare) or (key in bare_iso and "." not in text):
        return ""
    if "." in text and us_state_tag(text):
        return ""
    return codes.get(key, "")


def country_name(code: str) -> str:
    """The common English name of an alpha-2 code ("" when unknown)."""
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper()) if code else None
    return (getattr(c, "common_name", None) or c.name) if c else ""


def web_country(url: str) -> str:
    """The country of a web address's country-code top-level domain ("www.rte.ie":
    IE, "news.example.co.uk": GB); "" for a generic domain (".com") and for a
    country's code sold as a generic one (lexicon generic_cctlds: ".tv", ".io").

    >>> web_country("https://www.example.ie/news/1"), web_country("example.com")
    ('IE', '')
    """
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # a malformed address ("http://[x") names no country
        return ""
    label = host.rstrip(".").rsplit(".", 1)[-1]
    if len(label) != 2 or not label.isalpha() or label in lower_set("generic_cctlds"):
        return ""
    code = label.upper()
    # ".uk" is the one domain that is not its country's ISO code (GB).
    return code if country_name(code) else country_code(code)


@functools.cache
def _seats() -> dict[str, str]:
    """Lookup key -> country code of the seats of government (lexicon
    government_seats, which names each one's country)."""
    return {
        _key(r["word"]): country_code(r["country"]) for r in rows("government_seats")
    }


def bracketed(name: str, qualifier: str) -> str:
    """`name` with a qualifier after it in brackets: how the organisations table
    writes a scoped generic name with its country ("Supreme Court (Israel)",
    `reduce.scopes.scoped_names`); `unbracketed` reads it back."""
    return f"{name} ({qualifier})"


def unbracketed(text: str) -> tuple[str, str]:
    """(name, qualifier) of a name `bracketed` wrote; (text, "") for a name that
    does not end in a bracketed part."""
    text = text.rstrip()
    head, sep, tail = text.removesuffix(")").rpartition(" (")
    return (head, tail) if sep and head and text.endswith(")") else (text, "")


def government_country(org: str) -> str:
    """The country of "<country|demonym> ... <government body>" ("Russian Foreign
    Ministry", "US Senate", "the US House of Representatives", "the South Korean
    government": lexicon government_bodies), of "Government of <country>" and
    of a seat of government named for its government ("White House", "the
    Kremlin": lexicon government_seats), and of a body the organisations table
    names with its country after it ("Defense Ministry (China)", as a generic
    name keeps its country); "" otherwise."""
    seat = _seats().get(_key(org))
    if seat:
        return seat
    body, qualifier = unbracketed(org)
    if qualifier:
        code = country_code(qualifier)
        return code if code and _ends_in_body(body.lower().split()) else ""
    words = org.replace("’s", "").replace("'s", "").split()
    if len(words) < 2:
        return ""
    low = [w.lower() for w in words]
    if low[0] in ("government", "ministry", "parliament") and "of" in low[1:3]:
        return country_code(" ".join(words[low.index("of", 1) + 1 :]))
    # The longest body the name ends with: "house of representatives", "foreign
    # ministry", "senate"; the country comes before it.
    n = _ends_in_body(low)
    if not n or n >= len(words):
        return ""
    start = 1 if low[0] == "the" else 0
    for k in (2, 1):  # "South Korean government", "Russian Foreign Ministry"
        code = country_code(" ".join(words[start : start + k]))
        if code:
            return code
    return ""


def _ends_in_body(low: list[str]) -> int:
    """How many of the lower-case words `low` end with, longest first, make a
    government body (lexicon government_bodies); 0 for none, and for a party's
    name ("National Democratic Congress": a word of lexicon party_adjectives)."""
    if not lower_set("party_adjectives").isdisjoint(low):
        return 0
    bodies = lower_set("government_bodies")
    return next((n for n in (3, 2, 1) if " ".join(low[-n:]) in bodies), 0)


def nation_word(word: str) -> bool:
    """A country's or continent's name or a nationality ("Syria", "Kenyan",
    "Europe")."""
    return bool(country_code(word)) or place_kind(word) in ("country", "continent")


def people_word(word: str) -> bool:
    """A nationality, or its plural ("Turks" of Turkish, "Syrians"); not a family
    name the recognizer read as one ("Giffords")."""
    if nation_word(word):
        return True
    stem = word[:-1] if word.endswith("s") else ""
    return bool(stem) and (nation_word(stem) or nation_word(stem + "ish"))


# How a nationality word ends ("Kenyan", "Chinese", "Irish", "Thai", "Dutch",
# "Swiss"); a country's other names ("Rossiya") end otherwise.
_DEMONYM_ENDS = ("an", "ese", "sh", "i", "ch", "ss")


def people_name(word: str) -> bool:
    """A people named by its nationality, in the plural or as the adjective
    ("Gambians", "Bahrainis", "Chinese", "Swiss"); not a country's name or its
    other spellings ("Rossiya"), nor a family name ("Giffords"), nor a
    possessive ("Syria's"), nor an acronym's letters ("IRS")."""
    if not word.isalpha():
        return False
    stem = word[:-1] if word.endswith("s") else ""
    # three letters at least before "-ish": "irs" is no plural of "Irish"
    if stem and (nation_word(stem) or (len(stem) > 2 and nation_word(stem + "ish"))):
        return True
    return bool(country_code(word)) and word.endswith(_DEMONYM_ENDS)
