"""A portfolio written as a list of fields: "Jobs, Enterprise and Innovation",
"Business, Energy and Industrial Strategy".

Governments that join several areas in one ministry name them in a list after
the office or the department ("Minister for Housing, Planning and Local
Government", "the Department for Environment, Food and Rural Affairs"). The
commas there separate the fields of one name, not names in a list, so neither
the name tidy nor the title scan may cut at them.

A list is two or more items separated by commas, the last joined by "and" or
"&" (", and" too). Each item is one or more capitalised words that are fields
of a portfolio (lexicon portfolio_words) or common English words written with
a capital here (lexicon common_lowercase_words): "Local Government",
"Industrial Strategy", "Food". A name is neither ("Health, Simon Harris and
the Taoiseach"; "Justice, FBI and CIA"), so no list reads one.
"""

from __future__ import annotations

from pipeline.lang.casing import is_common_word
from pipeline.lang.names import PORTFOLIO_WORDS

_JOINS = ("and", "&")


def field_word(word: str) -> bool:
    """Whether `word` can be one word of a listed field: capitalised, and a
    portfolio word or a common English word."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and (word.lower() in PORTFOLIO_WORDS or is_common_word(word))
    )


def _item_end(words: list[str], i: int) -> int:
    """The end of the field words from words[i] on (i when there are none)."""
    while i < len(words) and field_word(words[i]):
        i += 1
    return i


def list_end(words: list[str], start: int) -> tuple[int, list[int]]:
    """The end of the portfolio list that opens at words[start] and the indices of
    its commas; (start, []) when no list of fields, commas and a closing
    "and"/"&" (", and" too) opens there (module doc)."""
    n, i, commas = len(words), start, []
    while True:
        j = _item_end(words, i)
        if j == i:
            return start, []  # a separator with no field after it
        if j < n and words[j] == ",":
            commas.append(j)
            if j + 1 < n and words[j + 1].lower() in _JOINS:
                i = j + 2
                break
            i = j + 1
        elif j < n and words[j].lower() in _JOINS and commas:
            i = j + 1
            break
        else:
            return start, []
    # The last item, after the "and": "Rural and the Marine" is none.
    j = _item_end(words, i)
    return (j, commas) if j > i else (start, [])


def fields_to_end(words: list[str], p: int) -> list[int] | None:
    """The commas of the list of fields that runs from after the "of"/"for" at
    words[p] (a "the" after it skipped: "Department of the Environment,
    Community and Local Government") to the end of `words`; None when what
    follows is no such list or stops short of the end."""
    first = p + 2 if p + 1 < len(words) and words[p + 1].lower() == "the" else p + 1
    end, commas = list_end(words, first)
    return commas if commas and end == len(words) else None
