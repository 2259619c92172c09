"""Gender evidence for linking a family name to a full name.

"Mrs. Trump" is not Donald Trump: a courtesy title that says the person is a
woman or a man ("Mrs.", "Ms", "Mr": the `gender` column of the honorifics
lexicon) rules out a full name whose first name says the other. A first name's
gender comes from gender-guesser (Jörg Michael's list of about 40,000 first
names by country), counting "mostly" answers; a name it does not know, or knows
as both ("Kim", "Jean" in some countries), rules nothing out. News often drops
the accents of a name ("Francois" for "François"): a name the list does not
know takes the gender its accented forms agree on.
"""

from __future__ import annotations

import functools

from pipeline.lang.lexicons import rows
from pipeline.lang.names import fold
from pipeline.lang.table_cache import cached_table

GUESSES = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@functools.cache
def _honorifics() -> dict[str, str]:
    return {r["word"].lower(): r.get("gender", "") for r in rows("honorifics")}


@functools.cache
def _guesses() -> dict[str, str]:
    """Lower-cased first name -> gender-guesser's answer for it ("male",
    "mostly_female", "andy"...), built once and kept on disk (`table_cache`)."""
    return cached_table("first_names", ("gender-guesser",), (__file__,), _build)


def _build() -> dict[str, str]:
    import gender_guesser.detector

    detector = gender_guesser.detector.Detector(case_sensitive=False)
    return {name: detector.get_gender(name) for name in detector.names}


def _guess(word: str) -> str:
    """gender-guesser's answer for a word ("unknown" for a name it does not list)."""
    return _guesses().get(word.lower(), "unknown")


def honorific_gender(word: str) -> str:
    """ "f", "m" or "" for a courtesy title ("Mrs." -> "f")."""
    return _honorifics().get(word.lower().rstrip("."), "")


@functools.lru_cache(maxsize=65536)
def first_name_gender(name: str) -> str:
    """ "f", "m" or "" for the first word of a full name ("Melania Trump" -> "f")."""
    first = name.split()[0] if name.split() else ""
    if len(first) < 2 or not first.isalpha():
        return ""
    guess = GUESSES.get(_guess(first), "")
    return guess or _unaccented().get(first.lower(), "")


@functools.cache
def _unaccented() -> dict[str, str]:
    """Lower-cased name without its accents -> the gender ("f"/"m") every accented
    name of the list written so agrees on ("francois" -> "m")."""
    genders: dict[str, set[str]] = {}
    for name, guess in _guesses().items():
        if name.isascii():
            continue
        bare = fold(name)
        if bare.isascii():
            genders.setdefault(bare, set()).add(GUESSES.get(guess, ""))
    return {k: next(iter(v)) for k, v in genders.items() if len(v) == 1 and "" not in v}


@functools.lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """True when gender-guesser lists the word as a first name in some country
    ("Jeff", "Bernice", "Xi"); "Health" or "Reserve" are not."""
    if len(word) < 2 or not word.isalpha():
        return False
    return _guess(word) != "unknown"


def gender_fits(honorific: str, full_name: str) -> bool:
    """False only when the title and the full name's first name disagree."""
    title = honorific_gender(honorific)
    if not title:
        return True
    name = first_name_gender(full_name)
    return not name or name == title


PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def pronoun_fits(pronoun: str, full_name: str) -> bool:
    """False only when "he"/"she" and the full name's first name disagree ("she"
    is not "Helmut Kohl"); a name of unknown gender fits either, and so does one
    word alone, which may be the family name ("Kelly")."""
    said = PRONOUN_GENDER.get(pronoun.lower(), "")
    name = first_name_gender(full_name) if said and len(full_name.split()) > 1 else ""
    return not name or name == said
