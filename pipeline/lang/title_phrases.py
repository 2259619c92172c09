"""Title phrases: coordinated titles with their qualifiers, parsed from lower-cased
words against the title lexicon (`pipeline.lang.titles`).

A phrase is item (separator item)*, an item qualifiers then a title; a word
that is both a title and a qualifier ("deputy") is the qualifier when a title
follows it. Pure functions of strings; nothing reads a Doc.
"""

from __future__ import annotations

from pipeline.lang.titles import (
    Lexicon,
    QualifierEntry,
    Title,
    TitleEntry,
    TitleItem,
    join_qualifiers,
    load_lexicon,
    longest_qualifier,
    longest_title,
    title_key,
)

_SEPARATORS = {(",",), ("and",), ("&",), ("/",), (",", "and"), (",", "&")}
_SEPARATOR_WORDS = frozenset(w for sep in _SEPARATORS for w in sep)


def title_ahead(words: list[str], start: int, lex: Lexicon) -> bool:
    """Whether a title starts among the three words from words[start], before any
    separator ("UN ambassador" after "deputy")."""
    for j in range(start, min(len(words), start + 3)):
        if words[j] in _SEPARATOR_WORDS:
            return False
        if longest_title(words, j, lex)[1] is not None:
            return True
    return False


def _qualifies_next(words: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Whether the title of `n` words at words[i] is also a qualifier at least as
    long with a title ahead (`title_ahead`): "deputy" is a member of a
    parliament alone, a qualifier in "deputy foreign minister" and "deputy
    transport minister"."""
    nq, qual = longest_qualifier(words, i, lex)
    return bool(qual) and nq >= n and title_ahead(words, i + nq, lex)


def _item(
    words: list[str], i: int, lex: Lexicon
) -> tuple[int, list[QualifierEntry], TitleEntry | None, int]:
    """Qualifiers then a title from words[i]: (title start, qualifiers, entry, end)."""
    quals: list[QualifierEntry] = []
    while True:
        n, entry = longest_title(words, i, lex)
        if entry and entry.portfolio == "not":
            return i, quals, None, i
        if entry and _qualifies_next(words, i, n, lex):
            entry = None  # "deputy foreign minister": deputy qualifies the minister
        if entry:
            suffix = lex.after.get(tuple(words[i + n : i + n + 1]))
            return i, quals + [suffix] * bool(suffix), entry, i + n + bool(suffix)
        n, qual = longest_qualifier(words, i, lex)
        if not qual:
            return i, quals, None, i
        quals.append(qual)
        i += n


def parse_title_phrase(
    words: list[str], start: int, lexicon: Lexicon | None = None
) -> tuple[int, list[TitleItem]]:
    """Parse a possibly coordinated title phrase starting at words[start].

    Grammar: item (sep item)*, item = qualifier* title, sep = "," | "and" |
    "&" | "/" | ", and". A separator is consumed only when an item follows,
    so "CEO, said" stops after CEO. Qualifiers of scope "all" in the first
    item distribute over every item. Returns (end, items); items is empty
    (and end == start) when no title starts here. `words` are lower-cased
    with in-word hyphens removed (see title_key).
    """
    lex = lexicon or load_lexicon()
    t0, quals, entry, end = _item(words, start, lex)
    if entry is None:
        return start, []
    shared = tuple(q.qualifier for q in quals if q.scope == "all")
    items = [TitleItem(start, t0, end, entry, tuple(q.qualifier for q in quals))]
    while True:
        for sep in sorted(_SEPARATORS, key=len, reverse=True):
            if tuple(words[end : end + len(sep)]) == sep:
                t0, quals, entry, nxt = _item(words, end + len(sep), lex)
                if entry is not None:
                    items.append(
                        TitleItem(
                            end + len(sep),
                            t0,
                            nxt,
                            entry,
                            shared + tuple(q.qualifier for q in quals),
                        )
                    )
                    end = nxt
                    break
        else:
            return end, items


def normalize_title(raw: str, lexicon: Lexicon | None = None) -> list[Title]:
    """All titles in a written title phrase, one per coordinated title.

    Qualifiers are split off ("Acting Director General" -> Director General,
    acting); coordination gives one Title each ("former president and CEO" ->
    President/former, Chief Executive Officer/former). Leading words that are
    neither title nor qualifier are skipped; an empty list when no title is found.

    >>> [(t.title, t.qualifier) for t in normalize_title("Acting Director General")]
    [('Director General', 'acting')]
    """
    lex = lexicon or load_lexicon()
    words = list(title_key(raw))
    for i in range(len(words)):
        _, items = parse_title_phrase(words, i, lex)
        if items:
            return [
                Title(
                    it.entry.canonical,
                    join_qualifiers(it.qualifiers),
                    " ".join(words[it.qual_start : it.end]),
                    it.entry.portfolio,
                )
                for it in items
            ]
    return []


def phrase_head(words: list[str] | tuple[str, ...]) -> str:
    """The head word of a lower-cased noun phrase: its last word, or the word
    before its first "of" after the first word ("secretary" of "secretary of
    state", "treaty" of "treaty of rome", "government" of "government of
    national accord"); "" for no words."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""
