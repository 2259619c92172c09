"""Canonical names of organisations and people: pure string functions.

Both functions are total (any str in, a str out, never an exception) and
idempotent (canonical(canonical(x)) == canonical(x)); the property tests in
tests/normalize/test_names.py hold them to that. They also give the keys the
cross-document resolver groups on (`org_key`, `person_key`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pipeline.lang.lexicons import lower_set, rows

# Honorifics and courtesy titles that precede a person's name. General
# knowledge, kept short on purpose: job titles are handled by the role rules.
HONORIFICS = lower_set("honorifics")
# Letters that may follow a name without being part of it ("PhD"); "Jr." and "II"
# are part of it (father and son are two people).
NAME_SUFFIXES = lower_set("name_suffixes")
LEADING_ARTICLES = ("the ", "a ", "an ")
# An office's portfolio ("Industry and Trade", "Homeland Security"): lexicon
# portfolio_words, joined by these.
PORTFOLIO_WORDS = lower_set("portfolio_words")
PORTFOLIO_GLUE = frozenset({"and", "&", "of"})

_SPACE = re.compile(r"\s+")
# "'s" / "’s" / "s'" at the end, also tokenized as " 's" in wire text.
_POSSESSIVE = re.compile(r"\s?['’](s|S)?$")
# Quotes, brackets and punctuation that hug a span but are no part of a name.
_EDGE = " \t\r\n\"'“”‘’«»()[]{}<>,;:!?*|-–—/\\"
_DOT_SPACE = re.compile(r"\s+\.")
# What `fold` turns into one space: a run of punctuation, underscores and spaces.
_FOLD_GAPS = re.compile(r"(?:[^\w\s]|_|\s)+")


# The same names recur all over a corpus: these pure string functions are cached.
_CACHE = 1 << 17


@functools.lru_cache(maxsize=_CACHE)
def _clean(text: str) -> str:
    """NFC, one space between words, edge punctuation and a trailing possessive
    removed.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", text).strip(_EDGE)
    while True:
        stripped = _POSSESSIVE.sub("", text).strip(_EDGE)
        if stripped == text:
            return text
        text = stripped


def _drop_leading_articles(text: str) -> str:
    changed = True
    while changed:
        changed = False
        low = text.lower()
        for art in LEADING_ARTICLES:
            if low.startswith(art) and len(text) > len(art):
                text = text[len(art) :].strip(_EDGE)
                changed = True
                break
    return text


@functools.lru_cache(maxsize=_CACHE)
def canonical_org_name(text: str) -> str:
    """The display form of an organisation name.

    One space between words, no leading article ("the", "a", "an"), no
    trailing possessive ("CISA's" -> "CISA"), no surrounding quotes or
    brackets; case is kept except that an ALL-CAPS multiword name is not
    altered either (it may be an acronym-like brand). Never raises;
    idempotent.
    """
    text = _clean(text)
    while True:
        nxt = _clean(_drop_leading_articles(text))
        if nxt == text:
            return text
        text = nxt


def is_honorific(token: str) -> bool:
    """A courtesy or honorific title ("Mr", "Mrs.", "Dr", "Sgt"; lexicon honorifics)."""
    return token.lower().rstrip(".") in HONORIFICS


def _titlecase_word(word: str) -> str:
    # Keep particles and mixed-case words; only fix words written in capitals.
    if word.isupper() and len(word) > 1:
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


@functools.lru_cache(maxsize=_CACHE)
def canonical_person_name(text: str) -> str:
    """The display form of a person's name.

    Honorifics in front ("Mr.", "Dr", "President") and a trailing possessive
    are removed, spaces before dots closed ("J ." -> "J."), and a name written
    in capitals (a headline) is title-cased ("TRAN QUANG HUNG" -> "Tran Quang
    Hung"); a name that is only an honorific is returned as is. Never raises;
    idempotent.
    """
    text = _DOT_SPACE.sub(".", _clean(text))
    words = text.split(" ")
    while len(words) > 1 and is_honorific(words[0]):
        words = words[1:]
    letters = [c for c in "".join(words) if c.isalpha()]
    if len(words) > 1 and letters and all(c.isupper() for c in letters):
        words = [_titlecase_word(w) for w in words]
    out = _clean(" ".join(words))
    return out if out == text else canonical_person_name(out)


@functools.lru_cache(maxsize=_CACHE)
def strip_accents(text: str) -> str:
    """`text` with its accents removed ("FPÖ" -> "FPO"), nothing else changed."""
    if text.isascii():  # most names are ASCII; skip the per-character pass for them
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces: a comparison form (not for
    display).
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = strip_accents(text).lower().replace("&", " and ")
    # Punctuation to spaces and runs of spaces to one, in one pass.
    return _FOLD_GAPS.sub(" ", text).strip()


# Company designators and their variants: dropped from the comparison key so
# that "Acme Holdings Inc." and "Acme Holdings" meet.
DESIGNATORS = lower_set("company_designators")


@functools.lru_cache(maxsize=_CACHE)
def org_key(text: str) -> str:
    """Comparison key of an organisation name: folded, no article, no trailing
    company designator.
    """
    words = fold(canonical_org_name(text)).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and words[-1] in DESIGNATORS:
        words = words[:-1]
    return " ".join(words)


@functools.lru_cache(maxsize=_CACHE)
def only_designators(name: str) -> bool:
    """True for a name made of company designators alone ("Inc.", "Co", "AG"): the
    end of a name the recognizer cut off, not a name."""
    words = fold(name).split()
    return bool(words) and all(w in DESIGNATORS for w in words)


@functools.lru_cache(maxsize=_CACHE)
def person_key(text: str) -> str:
    """Comparison key of a person name: folded canonical name without name suffixes."""
    words = fold(canonical_person_name(text)).split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def org_units() -> frozenset[str]:
    """Head words of organisational units ("division", "agency"), lower case
    (org_units.csv).
    """
    return lower_set("org_units")


def lone_word(name: str, openers: tuple[str, ...] = ("the",)) -> str:
    """The one word of `name`, lower case, after an optional opening word of
    `openers` ("the Board" -> "board"); "" when more or none are left."""
    words = name.lower().split()
    if words and words[0] in openers:
        words = words[1:]
    return words[0] if len(words) == 1 else ""


def is_generic_org(name: str) -> bool:
    """True for a one-word common noun tagged ORG ("the Board", "the Company"): not a
    name.
    """
    word = lone_word(name, ("the", "a", "an", "its", "his", "her", "their"))
    return bool(word) and word.strip(".,") in lower_set("generic_orgs")


def is_unit_name(name: str) -> bool:
    """True when an organisation name is headed by a unit word: last word, or the
    word before "of".
    """
    words = [w.strip(".,'’()").lower() for w in name.split()]
    units = org_units()
    return any(
        w in units and (k == len(words) - 1 or words[k + 1] == "of")
        for k, w in enumerate(words)
    )


# The kinds of board a title or a name may end in ("board of directors").
BOARDS = lower_set("governing_boards")


def board_kind_at(words: list[str], i: int) -> bool:
    """True when words[i:] start with "of" and a board's kind ("of directors")."""
    return words[i : i + 1] == ["of"] and i + 1 < len(words) and words[i + 1] in BOARDS


def board_after_title(words: list[str], end: int) -> int:
    """How many of words[end:], after a title, name the board the office sits on:
    "of directors" after a title ending in "board" (2); "of the board of trustees"
    when "of" and what the board governs follow (5: "vice chairman of the board of
    trustees of Acme" holds an office at Acme); else 0."""
    if words[end - 1 : end] == ["board"]:
        return 2 * board_kind_at(words, end)
    if words[end : end + 3] != ["of", "the", "board"] or words[end + 5 : end + 6] != [
        "of"
    ]:
        return 0
    return 5 * board_kind_at(words, end + 3)


# Words that make the next word a parent's name ("Mohammed bin Salman": son of
# Salman), in the lower-case keys of `person_key`.
PATRONYMIC_PARTICLES = lower_set("patronymic_particles")


def after_patronymic(key: str) -> bool:
    """Whether a person key ends in a parent's name: its word before the last is
    "bin", "ibn" or "bint" ("mohammed bin salman", "bin salman")."""
    words = key.split()
    return len(words) >= 2 and words[-2] in PATRONYMIC_PARTICLES


def words_in_order(short: list[str], long: list[str]) -> bool:
    """Whether every word of `short` occurs in `long`, in the same order."""
    it = iter(long)
    return all(w in it for w in short)


def is_full_name(name: str) -> bool:
    """More than a family name: two words or more, not a particle and one word
    ("Le Pen" of "Marine Le Pen")."""
    words = name.lower().split()
    return len(words) > 2 or (
        len(words) == 2 and words[0] not in lower_set("name_particles")
    )


def family_name_first(key: str) -> bool:
    """True when a multi-word name opens with a family name that is written first
    (Vietnamese, Chinese, Korean: the family_name_first lexicon)."""
    words = key.lower().split()
    return len(words) >= 2 and words[0] in lower_set("family_name_first")


def portfolio_word(word: str) -> bool:
    """Whether a lower-cased word may be part of a portfolio: a portfolio word or
    its glue ("and")."""
    return word in PORTFOLIO_WORDS or word in PORTFOLIO_GLUE


def is_portfolio(words: list[str]) -> bool:
    """Whether lower-cased `words` are all portfolio words or their glue
    ("industry and trade"), at least one of them a portfolio word."""
    return any(w in PORTFOLIO_WORDS for w in words) and all(map(portfolio_word, words))


@functools.cache
def alias_cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(head words, every word) of an aside giving a name's other name (lexicon
    name_aside_words): a head is a naming verb ("known", "called") or a
    "formerly"-kind word; the rest ("also", "to", "as", "the") only go with one."""
    table = rows("name_aside_words")
    heads = frozenset(r["word"] for r in table if r["kind"] in ("verb", "former"))
    return heads, frozenset(r["word"] for r in table)


@functools.cache
def naming_verbs() -> frozenset[str]:
    """The naming verbs of lexicon name_aside_words ("known", "called"): an aside
    with one names the same one, whatever its label; "formerly" may also name a
    person's former employer."""
    return frozenset(r["word"] for r in rows("name_aside_words") if r["kind"] == "verb")
