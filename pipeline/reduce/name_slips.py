"""A person's name written with a slip of one letter across the corpus: "Sean
Spice", "Mitch McConell", "Benjamin Netayahu", "Recep Tayyep Erdogan" are the
person of the name many more articles spell the other way.

A name joins another when both have the same first word and number of words,
differ in one later word by one slip (a letter inserted, dropped or changed,
or two letters swapped: rapidfuzz's optimal string alignment distance), that
word has at least `MIN_WORD` letters in both, and the other name is in
`MIN_ARTICLES` articles or more and in `RATIO` times as many as this one, and
no second such name competes. Two people can share such names ("Greg Clark"
and "Greg Clarke", "John Baker" and "John Barker"), so a slip joins only a
name that dominates it; a name written family name first ("Li Xiaojie", "Kim
Pyong") never joins, since its last word is a given name.

One article does not name two such people: two names one slip apart (in a
later word or, as below, in the first) that an article writes both join
whatever their counts (`_written_together`: "Paul Orsmby" in a story that
says "Paul Ormsby" elsewhere).

A first name written with a slip ("Vladmir Putin", "Pual Manafort", "Emmanual
Macron": one letter inserted, dropped or changed, or two letters swapped;
rapidfuzz's optimal string alignment distance) joins the same way, the other
words equal and the first word at least `MIN_FIRST` letters in both, but only
when one of the two first words is no given name gender-guesser knows: two
known first names one letter apart are often two people ("Ivana" and "Ivanka
Trump", "Mary" and "Mark Duffy"). When only one of the two is a known given
name, the other is its slip whatever the counts, once the known name is in as
many articles and their first letters agree (`_known_first`): a corpus of a
few articles has no dominant name.

Romanisations of one Cyrillic family name ("Yanukovych"/"Yanukovich",
"Osadchiy"/"Osadchy", "Yevdokimov"/"Evdokimov", "Moiseyev"/"Moiseev",
"Rudskoi"/"Rudskoy") join whatever their counts, when the other words agree,
the first one up to its romanisation ("Sergei"/"Sergey", "Aleksandr"/
"Alexander": `first_names.romanised_first`) unless the two first names are
of two genders ("Terry" and "Terri": `_romanised`, `_one_gender`).
So do a family name's spellings with and without a space ("De Vos"/"DeVos",
"de Blasio"/"DeBlasio", "Mc Cabe"/"McCabe") after the same first word.

A scrape that read an accented letter's bytes in another encoding leaves
replacement characters where the letter was ("Se\ufffd\ufffdn" for "Seán"),
and the key, folded, splits there. Such a name joins the one other name it
could be, each run of replacement characters one letter (`merge_damaged`):
"Se\ufffd\ufffdn Kelly" is "Sean Kelly", and two damages of one name meet
("N\ufffd\ufffdirin", "No\ufffd\ufffdrin"); with two such names, neither.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz.distance import OSA

from pipeline.lang.gender import first_name_gender, is_given_name
from pipeline.lang.names import family_name_first, fold
from pipeline.reduce.first_names import romanised_first
from pipeline.reduce.merge import UnionFind

MIN_WORD = 5
MIN_FIRST = 4
MIN_ARTICLES = 5
RATIO = 5
# One way of writing what romanisations of Russian and Ukrainian family names
# write several ways: an initial "Ye" before a consonant, "yev" after a vowel,
# "-iy"/"-yy"/"-ii" and "-ych" at the end.
_ROMAN = (
    (re.compile(r"^ye(?=[^aeiouy])"), "e"),
    (re.compile(r"(?<=[aeiou])yev"), "ev"),
    (re.compile(r"(?:iy|yy|ii)$"), "y"),
    (re.compile(r"ych$"), "ich"),
    (re.compile(r"oi$"), "oy"),
)


def _one_slip(a: list[str], b: list[str]) -> bool:
    """Whether two names of as many words differ in exactly one word after the
    first, by one letter, that word long enough in both."""
    diff = [(x, y) for x, y in zip(a[1:], b[1:]) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    return min(len(x), len(y)) >= MIN_WORD and OSA.distance(x, y) == 1


def _first_slip(a: list[str], b: list[str]) -> bool:
    """Whether two names differ only in their first word, by one slip (module doc),
    that word long enough in both and not two known given names."""
    x, y = a[0], b[0]
    return (
        a[1:] == b[1:]
        and min(len(x), len(y)) >= MIN_FIRST
        and OSA.distance(x, y) == 1
        and not (is_given_name(x) and is_given_name(y))
    )


def _dominant(
    key: str, majors: list[str], arts: dict[str, set[str]], slip
) -> list[str]:
    """The keys among `majors` in `RATIO` times as many articles as `key` that it is
    a slip of."""
    n, words = len(arts[key]), key.split()
    return [m for m in majors if len(arts[m]) >= RATIO * n and slip(words, m.split())]


def _known_first(members: list[str], arts: dict[str, set[str]], uf: UnionFind) -> None:
    """Join each of `members` (keys alike but for the first word) whose first word
    is no given name gender-guesser knows to the one other member whose first
    word is a known given name one slip away, written in as many articles or
    more, whatever the counts ("Pual Manafort" to "Paul Manafort" in a corpus
    of a few articles): which of the two is the slip is plain, where two known
    names one letter apart are two people. The first letters agree: a writer
    rarely slips on the first, and "Nawar al-Awlaki" is Anwar al-Awlaki's
    daughter."""
    for key in members:
        words = key.split()
        if is_given_name(words[0]) or len(words[-1]) < MIN_FIRST:
            continue
        into = [
            m
            for m in members
            if m != key
            and len(arts[m]) >= len(arts[key])
            and m[0] == key[0]
            and is_given_name(m.split()[0])
            and _first_slip(words, m.split())
        ]
        if len(into) == 1:
            uf.union(into[0], key)


def _romanised(key: str) -> str:
    """The key with its first and last words' romanisations written one way
    (module doc); a last word of fewer than `MIN_WORD` letters is kept."""
    first, *rest, last = key.split()
    if len(last) >= MIN_WORD:
        for pattern, repl in _ROMAN:
            last = pattern.sub(repl, last)
    return " ".join([romanised_first(first), *rest, last])


def _one_gender(same: list[str]) -> list[list[str]]:
    """Keys of one romanised name (`_romanised`) that are one person: all of
    them, or, when their first names are of two genders, those of each
    first name as written."""
    if len({first_name_gender(k) for k in same} - {""}) <= 1:
        return [same]
    by_first: dict[str, list[str]] = defaultdict(list)
    for key in same:
        by_first[key.split()[0]].append(key)
    return list(by_first.values())


def merge_slips(keys: list[str], arts: dict[str, set[str]], uf: UnionFind) -> None:
    """Join the person keys that romanise one Cyrillic family name, and each key
    to the one dominant key it is a slip of (module doc); `arts` holds each
    key's articles."""
    by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) >= 2 and not family_name_first(key):
            by_shape[(words[0], len(words))].append(key)
    by_roman: dict[str, list[str]] = defaultdict(list)
    by_joined: dict[tuple[str, str], list[str]] = defaultdict(list)
    for members in by_shape.values():
        for key in members:
            by_roman[_romanised(key)].append(key)
            words = key.split()
            by_joined[(words[0], "".join(words[1:]))].append(key)
    romanised = [g for same in by_roman.values() for g in _one_gender(same)]
    for same in (*romanised, *by_joined.values()):
        for key in same[1:]:
            uf.union(same[0], key)
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for members in by_shape.values():
        for key in members:
            by_rest[tuple(key.split()[1:])].append(key)
    for groups, slip in ((by_shape, _one_slip), (by_rest, _first_slip)):
        for members in groups.values():
            majors = [k for k in members if len(arts[k]) >= MIN_ARTICLES]
            for key in members if majors else ():
                into = _dominant(key, majors, arts, slip)
                if len(into) == 1:
                    uf.union(into[0], key)
    for members in by_rest.values():
        if len(members) > 1:
            _known_first(members, arts, uf)
    _written_together([k for ks in by_shape.values() for k in ks], arts, uf)


def _written_together(
    keys: list[str], arts: dict[str, set[str]], uf: UnionFind
) -> None:
    """Join every two keys an article writes both that are one slip apart
    (`_one_slip`, `_first_slip`), whatever their counts: one article does not
    name two people "Anna Kowalczyk" and "Anna Kowalcyzk"."""
    by_article: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for art in arts[key]:
            by_article[art].append(key)
    for here in by_article.values():
        for i, a in enumerate(here):
            wa = a.split()
            for b in here[i + 1 :]:
                wb = b.split()
                if len(wa) == len(wb) and (
                    (wa[0] == wb[0] and _one_slip(wa, wb)) or _first_slip(wa, wb)
                ):
                    uf.union(a, b)


# A run of replacement characters: one letter a scrape lost (an accented letter's
# bytes, read as text of another encoding).
_LOST = re.compile("\ufffd+")
_WILD = "\x01"


def _written_words(anchor: str) -> list[str]:
    """The words of a name as written, each folded whole ("O'Brien" one word), each
    run of lost letters ("Se\ufffd\ufffdn") one wildcard."""
    words = []
    for word in anchor.split():
        pieces = [fold(p).replace(" ", "") for p in _LOST.split(word)]
        words.append(_WILD.join(pieces))
    return [w for w in words if w.strip(_WILD)]


def _fits(damaged: list[str], words: list[str]) -> bool:
    """Whether the words of a damaged name could be `words`: as many, each
    letter equal or a wildcard on either side."""
    return len(damaged) == len(words) and all(
        len(a) == len(b) and all(x == y or _WILD in (x, y) for x, y in zip(a, b))
        for a, b in zip(damaged, words)
    )


def merge_damaged(keys: list[str], anchors: dict[str, str], uf: UnionFind) -> None:
    """Join each key whose name was written with lost letters (`anchors` gives a
    key's name as written) to the one other name it could be: "Se\ufffd\ufffdn
    Kelly" and "Sean Kelly", or two damages of one name ("N\ufffdirin" and
    "No\ufffdrin"). A lost letter stands for exactly one letter; with two
    candidates of other people, none."""
    written = {key: anchors.get(key) for key in keys}
    written = {k: a if isinstance(a, str) and a else k for k, a in written.items()}
    if not any("\ufffd" in a for a in written.values()):
        return
    forms = {key: _written_words(anchor) for key, anchor in written.items()}
    # Where a damaged name's candidates are: its undamaged last word, else its
    # undamaged first word, among names of as many words.
    index: dict[tuple, list[str]] = defaultdict(list)
    for key, words in forms.items():
        if len(words) >= 2:
            for end in (-1, 0):
                if _WILD not in words[end]:
                    index[end, len(words), words[end]].append(key)
    for key, words in sorted(forms.items()):
        if len(words) < 2 or not any(_WILD in w for w in words):
            continue
        end = -1 if _WILD not in words[-1] else 0
        if _WILD in words[end]:
            continue  # no undamaged word to look by
        cands = {
            uf.find(other)
            for other in index[end, len(words), words[end]]
            if other != key and _fits(words, forms[other])
        }
        others = cands - {uf.find(key)}
        if len(others) == 1:
            uf.union(key, others.pop())
