"""One-word person names that are first names: which full names each opens, and
whether the corpus reads it as a first name rather than a family name.

"Theresa" opens "Theresa May"; "James" opens "James Comey" and "James Mattis"
and closes "Eliot James". A word that opens full names of more articles than
the full names it closes is read as a first name (`reads_as_first_name`), so it
joins a full name only on the first-name terms of `pipeline.reduce.people`
(a famous person), never a full name it happens to close: "James" in five
articles ("Anne's brother James", "[James] Mattis") is not Eliot James. "Ryan"
closes Paul Ryan, whose articles outnumber all the Ryans', so it stays his
family name. A word that opens names written family name first ("Park" of
"Park Geun-hye") is their family name: it takes no Western full name it closes
beside them, nor anywhere they hold more articles (`family_first_openers`).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable

from nicknames import NickNamer

from pipeline.lang.gender import first_name_gender, is_given_name
from pipeline.lang.lexicons import rows
from pipeline.lang.names import family_name_first


def given_name_forms(keys: list[str]) -> dict[str, list[str]]:
    """A one-word key that is a first name (gender-guesser) -> the full names,
    written given name first, that it opens ("theresa" -> "theresa may")."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2 and not family_name_first(key):
            by_first[words[0]].append(key)
    return {
        k: by_first[k]
        for k in keys
        if " " not in k and k in by_first and is_given_name(k)
    }


def reads_as_first_name(
    opens: list[str], closes: list[str], articles: Callable[[str], set[str]]
) -> bool:
    """True when the full names a word opens (`opens`) appear in more articles
    than those it closes (`closes`); `articles(key)` gives a full name's
    articles (of its person, every spelling)."""

    def support(keys: list[str]) -> int:
        return len(set().union(*(articles(k) for k in keys))) if keys else 0

    return bool(opens) and support(opens) > support(closes)


def family_first_openers(
    keys: list[str], arts: dict[str, set[str]]
) -> dict[str, set[str]]:
    """Word -> the articles holding a name written family name first that opens
    with it ("park" -> the articles of "park geun hye")."""
    out: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        if " " in key and family_name_first(key):
            out[key.split()[0]] |= arts[key]
    return out


def full_names_for(
    key: str,
    article: str,
    short: dict[str, list[str]],
    given: dict[str, list[str]],
    as_first: bool,
    arts: dict[str, set[str]],
    family_first: dict[str, set[str]] | None = None,
) -> tuple[list[str], bool]:
    """The full names `key` may stand for in `article`, and whether it stands as
    a first name there: the full names it opens when it reads as a first name
    (`as_first`), else those it closes (`short`); but in its own article a word
    is the one full name there that it closes ("Luther" beside "Martin Luther"),
    whatever it reads as elsewhere. None when the article writes a name family
    name first that opens with it ("Park" beside "Park Geun-hye": her family
    name, which never joins on one word; `family_first_openers`), nor anywhere
    when such names hold more articles than the full names the word closes.
    `arts` gives each key's articles."""
    opened = family_first.get(key) if family_first else None
    if opened:
        closes = set().union(*(arts[k] for k in short.get(key, ())))
        if article in opened or len(opened) > len(closes):
            return [], False
    first = given.get(key, []) if as_first else []
    if not first:
        return short.get(key, []), False
    # Only a first name needs the article check (every row passes here).
    here = [k for k in short.get(key, ()) if article in arts[k]]
    return (here, False) if len(here) == 1 else (first, True)


@functools.cache
def _namer() -> NickNamer:
    return NickNamer()


# Endings that romanisations of one Russian (or other Cyrillic) given name write
# differently: "Sergei"/"Sergey"/"Sergej", "Nikolai"/"Nikolay", "Dmitri"/"Dmitry"/
# "Dmitriy". Only after three letters ("Jay" stays), and only between names of one
# known gender, for English spells a man's and a woman's name so ("Terry",
# "Terri"). Inside the name, "ks" and "x" write one sound ("Aleksandr",
# "Alexander"; "Maksim", "Maxim"), as do an initial "Ye" and "E" before a
# consonant ("Yevgeny", "Evgeny") and a final "-andr" and "-ander"; so do "yo"
# after a consonant and "e" ("Pyotr", "Petr"; "Fyodor", "Fedor"), "ck" and "k"
# ("Nickolay", "Nikolay"), and "ph" and "f" ("Joseph", "Josef"; "Sophia",
# "Sofia"). Not "Yu" and "Ju": "Yulia" is the Russian's spelling, "Julia" often
# another woman's of the same common family name (a spokeswoman and a skier,
# both Ivanova, in the News corpus).
_TRANSLIT_INSIDE = (
    (re.compile(r"ks"), "x"),
    (re.compile(r"^ye(?=[^aeiouy])"), "e"),
    (re.compile(r"andr$"), "ander"),
    (re.compile(r"(?<=[^aeiouy])yo"), "e"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"ph"), "f"),
)
_TRANSLIT_END = re.compile(r"(?<=[a-z]{3})(?:([ea])[iyj]|iy|ii|yi|y|i)$")
# The women's names do so before their last "a": "Natalia"/"Natalya"/"Nataliya",
# "Yulia"/"Yuliya", "Daria"/"Darya".
_TRANSLIT_END_A = re.compile(r"(?<=[a-z]{3})(?:iy|y|i)a$")


def romanised_first(first: str) -> str:
    """A lower-case first name with its romanisation written one way (above):
    "sergey" -> "sergei", "aleksandr" -> "alexander", "yevgeniy" -> "evgeni".
    A Ukrainian form is first read as the Russian form of the name (lexicon
    ukrainian_first_names): news writes Ukraine's people both ways ("Petro"
    and "Pyotr Poroshenko", "Volodymyr" and "Vladimir")."""
    first = _russian_forms().get(first, first)
    for pattern, repl in _TRANSLIT_INSIDE:
        first = pattern.sub(repl, first)
    first = _TRANSLIT_END_A.sub("ia", first)
    return _TRANSLIT_END.sub(lambda m: (m.group(1) or "") + "i", first)


@functools.cache
def _russian_forms() -> dict[str, str]:
    return {r["word"]: r["russian"] for r in rows("ukrainian_first_names")}


def same_first_name(a: str, b: str) -> bool:
    """Equal, one is a nickname of the other ("andy", "andrew"; `_nickname`),
    both romanise one name ("sergei", "sergey"), or one is the other cut short
    ("clint", "clinton"; `_cut_short`)."""
    if a == b or _nickname(a, b):
        return True
    return (
        (
            romanised_first(a) == romanised_first(b)
            or _cut_short(a, b)
            or _cut_short(b, a)
        )
        and first_name_gender(a) != ""
        and first_name_gender(a) == first_name_gender(b)
    )


def _nickname(a: str, b: str) -> bool:
    """One first name is the other's nickname in the nicknames dataset, unless
    the two are of two genders ("jack" and "jacqueline") or the lexicon
    `distinct_first_names` holds the pair. The dataset also relates names that
    news today writes for two people: another language's form of a name ("ian",
    "ivan" and "john"), a nickname of an older usage ("bill" for "robert": Bill
    is William), two nicknames of one name ("bill", "will"), two names of which
    one merely contains the other ("jonathan", "nathan")."""
    if b not in _namer().canonicals_of(a) and a not in _namer().canonicals_of(b):
        return False
    genders = {first_name_gender(a), first_name_gender(b)} - {""}
    return len(genders) < 2 and b not in _distinct().get(a, ())


@functools.cache
def _distinct() -> dict[str, frozenset[str]]:
    """First name -> the first names `distinct_first_names` keeps apart from it
    (both ways)."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in rows("distinct_first_names"):
        for other in row["others"].split("|"):
            out[row["word"]].add(other)
            out[other].add(row["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _cut_short(short: str, full: str) -> bool:
    """`short` opens `full` and has three letters or more: the commonest English
    nickname ("Clint" of "Clinton", "Gill" of "Gillian"), which the nicknames
    dataset does not always list. Only between names of one known gender
    (`same_first_name`): "Dan" and "Dana", "Paul" and "Paula" are two people."""
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short)
