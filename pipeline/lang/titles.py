"""Job titles and their qualifiers as data: lexicon loading and title normalization.

The lexicons live in pipeline/patterns/lexicons/ as CSV:

- titles.csv (canonical, variant, portfolio): every written form of a title
  and the canonical form it normalizes to ("CEO", "chief executive" ->
  "Chief Executive Officer"). `portfolio` says whether an "of X" complement
  names a field rather than an organisation: `field` for titles whose field
  is written as plain capitalised words ("Professor of Economics", "Director
  of Communications"), `office` for government offices whose field the
  model often tags as an ORG ("Secretary of Commerce", "Minister of Energy
  and Industry"), `no` otherwise; `not` for a phrase that is no title though
  it starts with one ("Master of Science", a degree).
- qualifiers.csv (qualifier, variant, scope): words before a title that
  qualify the tenure rather than name the office ("acting", "former",
  "then-", "co-"). scope `all` distributes over coordinated titles ("former
  president and CEO": both former); `next` applies to the adjacent title only;
  `after` is a word after its title ("President-elect", "CEO-designate").
- title_frames.csv (first, last, inside): titles made of a first and a last
  word with up to `inside` content words between them, the way companies
  name their executives ("chief security officer", "chief brand officer":
  Chief Security Officer); a lexicon title of the same length wins.

Matching is on lower-cased tokens with in-word hyphens ignored, so "co-founder",
"Director-General" and "director general" meet the same entry. Everything
here is a pure function of strings; nothing reads a Doc.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.lang.lexicons import lexicon_path
from pipeline.lang.names import board_after_title

TITLES_CSV = lexicon_path("titles")
QUALIFIERS_CSV = lexicon_path("qualifiers")
FRAMES_CSV = lexicon_path("title_frames")
# `not` marks a phrase that starts like a title but is none (a degree: "Master of
# Science"), so the longest match takes it and "Master" inside is not read.
PORTFOLIO_KINDS = ("no", "field", "office", "not")

# Split like spaCy's English tokenizer does for the forms in the lexicons:
# words, abbreviations with inner dots ("c.e.o."), and single punctuation marks.
_TOKEN = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*\.?|[^\sa-z0-9]", re.IGNORECASE)


def title_key(text: str) -> tuple[str, ...]:
    """Lookup key of a written title or qualifier: lower-cased tokens, hyphens dropped.

    >>> title_key("Director-General")
    ('director', 'general')
    """
    return tuple(
        t for t in _TOKEN.findall(text.lower().replace("’", "'")) if t not in ("-", "–")
    )


@dataclass(frozen=True)
class TitleEntry:
    """One canonical title; `portfolio` is "no", "field" or "office" (see module
    doc).
    """

    canonical: str
    portfolio: str


@dataclass(frozen=True)
class QualifierEntry:
    """One qualifier and its scope ("all", "next" or "after": see module doc)."""

    qualifier: str
    scope: str


@dataclass(frozen=True)
class Lexicon:
    """Both lookup tables keyed by `title_key`, with the longest key length for
    scanning.
    """

    titles: dict[tuple[str, ...], TitleEntry]
    qualifiers: dict[tuple[str, ...], QualifierEntry]
    max_len: int
    first_words: frozenset[str] = frozenset()  # where a title phrase can start
    after: dict[tuple[str, ...], QualifierEntry] = field(default_factory=dict)
    # (first word, last word, most words inside) of the title frames
    frames: tuple[tuple[str, str, int], ...] = ()


def _rows(path: Path, columns: tuple[str, ...]) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(
                f"{path}: missing column(s) {sorted(missing)}; expected {list(columns)}"
            )
        return [row for row in reader if any((v or "").strip() for v in row.values())]


@functools.lru_cache(maxsize=4)
def load_lexicon(
    titles_csv: Path = TITLES_CSV, qualifiers_csv: Path = QUALIFIERS_CSV
) -> Lexicon:
    """Read both CSVs once per process; ValueError naming file and line on a bad row."""
    titles: dict[tuple[str, ...], TitleEntry] = {}
    for line, row in enumerate(
        _rows(titles_csv, ("canonical", "variant", "portfolio")), 2
    ):
        canonical, variant = row["canonical"].strip(), row["variant"].strip()
        if (
            not canonical
            or not title_key(variant)
            or row["portfolio"].strip() not in PORTFOLIO_KINDS
        ):
            raise ValueError(
                f"{titles_csv}:{line}: need canonical, variant and portfolio "
                f"{'|'.join(PORTFOLIO_KINDS)}: {row}"
            )
        entry = TitleEntry(canonical, row["portfolio"].strip())
        titles.setdefault(title_key(variant), entry)
        titles.setdefault(title_key(canonical), entry)
    qualifiers: dict[tuple[str, ...], QualifierEntry] = {}
    after: dict[tuple[str, ...], QualifierEntry] = {}
    for line, row in enumerate(
        _rows(qualifiers_csv, ("qualifier", "variant", "scope")), 2
    ):
        scope = row["scope"].strip()
        if not title_key(row["variant"]) or scope not in ("all", "next", "after"):
            raise ValueError(
                f"{qualifiers_csv}:{line}: need qualifier, variant and scope "
                f"all|next|after: {row}"
            )
        (after if scope == "after" else qualifiers).setdefault(
            title_key(row["variant"]), QualifierEntry(row["qualifier"].strip(), scope)
        )
    frames = tuple(
        (row["first"].strip().lower(), row["last"].strip().lower(), int(row["inside"]))
        for row in _rows(FRAMES_CSV, ("first", "last", "inside"))
    )
    # a frame spans its first and last word and at most `inside` words between
    max_len = max(
        [len(k) for k in (*titles, *qualifiers)] + [n + 2 for *_, n in frames]
    )
    first = frozenset(k[0] for k in (*titles, *qualifiers)) | {f[0] for f in frames}
    return Lexicon(titles, qualifiers, max_len, first, after, frames)


def _framed_title(words: list[str], start: int, lex: Lexicon) -> int:
    """How many words from `start` a title frame takes (title_frames.csv: its first
    word, content words inside, its last word), the longest; 0 for none."""
    best = 0
    for first, last, inside in lex.frames:
        if start >= len(words) or words[start] != first:
            continue
        for end in range(start + 2, min(start + inside + 2, len(words))):
            if words[end] == last and all(
                w.isalpha() and w not in STOP_WORDS for w in words[start + 1 : end]
            ):
                best = max(best, end + 1 - start)
    return best


def longest_title(
    words: list[str], start: int, lexicon: Lexicon | None = None
) -> tuple[int, TitleEntry | None]:
    """Length and entry of the longest lexicon title at words[start:] (0, None if none).

    `words` are lower-cased tokens, in-word hyphens removed. A title takes the board
    it sits on along ("chairman of the board of directors", "treasurer of the board
    of trustees" before "of X"): what follows is the organisation.
    """
    lex = lexicon or load_lexicon()
    framed = _framed_title(words, start, lex)
    for n in range(min(lex.max_len, len(words) - start), 0, -1):
        entry = lex.titles.get(tuple(words[start : start + n]))
        if n == framed and entry is None:
            # "chief security officer": the frame's title, canonical in capitals
            title = " ".join(w.capitalize() for w in words[start : start + framed])
            entry, n = TitleEntry(title, "no"), framed
        if entry:
            return n + board_after_title(words, start + n), entry
    return 0, None


def title_ending(words: list[str], lexicon: Lexicon | None = None) -> int:
    """How many of the last `words` (as for `longest_title`) the longest lexicon
    title ending them takes; 0 when none ends them."""
    for k in range(len(words)):
        if longest_title(words, k, lexicon)[0] == len(words) - k:
            return len(words) - k
    return 0


def longest_qualifier(
    words: list[str], start: int, lexicon: Lexicon | None = None
) -> tuple[int, QualifierEntry | None]:
    """Length and entry of the longest qualifier at words[start:] (0, None if none)."""
    lex = lexicon or load_lexicon()
    for n in range(min(3, len(words) - start), 0, -1):
        entry = lex.qualifiers.get(tuple(words[start : start + n]))
        if entry:
            return n, entry
    return 0, None


def whole_title(
    words: list[str], lexicon: Lexicon | None = None
) -> tuple[int, TitleEntry | None]:
    """The lexicon title that, after a qualifier or none, takes all of `words` (as
    for `longest_title`: "deputy leader" -> Leader), with the qualifier's length;
    (0, None) when none does."""
    q, _ = longest_qualifier(words, 0, lexicon)
    n, entry = longest_title(words, q, lexicon)
    if entry is None or not words or q + n != len(words):
        return 0, None
    return q, entry


def opening_qualifier(
    words: list[str], lexicon: Lexicon | None = None
) -> tuple[int, QualifierEntry | None]:
    """`longest_qualifier` at the start of lower-case `words` when it qualifies a
    title after it or the whole role (scope "next" or "all": "Deputy", "Acting",
    "Former") and leaves words after it; (0, None) otherwise. Read where the model
    took such a qualifier into a name ("Deputy Energy" before "Minister")."""
    n, entry = longest_qualifier(words, 0, lexicon)
    if entry is None or entry.scope not in ("next", "all") or n >= len(words):
        return 0, None
    return n, entry


@dataclass(frozen=True)
class TitleItem:
    """One title inside a phrase: its words are [qual_start, end), the title proper
    [start, end).
    """

    qual_start: int
    start: int
    end: int
    entry: TitleEntry
    qualifiers: tuple[str, ...]


@dataclass(frozen=True)
class Title:
    """One normalized title as it goes into a roles row (portfolio: the lexicon's
    kind, not a column; country: the ISO code of a country qualifying it,
    "Russian Foreign Minister" -> RU).
    """

    title: str
    qualifier: str
    raw: str
    portfolio: str = "no"
    country: str = ""


def join_qualifiers(qualifiers: tuple[str, ...] | list[str]) -> str:
    """Qualifiers in reading order, deduplicated, space-joined ("former acting")."""
    return " ".join(dict.fromkeys(q for q in qualifiers if q))


# The qualifier of a title someone is named to and does not hold yet.
NOMINEE = "nominee"


def is_nominee(qualifier: str) -> bool:
    """Whether a (space-joined) qualifier says the title is a nominee's ("nominee",
    "former nominee")."""
    return NOMINEE in qualifier.split()
