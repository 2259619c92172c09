"""Plural title words, from an English inflection library (inflect) and the title
lexicon.

"Acme professors Jane Doe and Tom Roe": a title in the plural names several
people. The role parser runs without a tagger, so nothing in its Doc says a
word is plural; inflect knows English plurals, the irregular ones too
("spokesmen", "spokespeople"), but also strips the -s of a Latin singular
("emeritus" -> "emeritu"). A word is taken as plural when inflect gives it a
different singular that is itself a title word: a word of the title lexicon or
an occupation (lexicon occupations: "journalist", "agent").
"""

from __future__ import annotations

import functools

import inflect

from pipeline.lang.lexicons import lower_set
from pipeline.lang.titles import load_lexicon


@functools.lru_cache(maxsize=1)
def _engine() -> inflect.engine:
    return inflect.engine()


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    lex = load_lexicon()
    words = {w for key in lex.titles for w in key}
    return frozenset(words | lex.first_words | lower_set("occupations"))


@functools.lru_cache(maxsize=4096)
def plural_title_word(word: str) -> bool:
    """Whether a lower-case word is the plural of a title word ("professors",
    "ceos", "spokesmen"; not "boss", "emeritus", "information")."""
    if not word.strip():
        return False  # inflect refuses an empty word
    single = _engine().singular_noun(word)
    return bool(single) and single != word and single in _title_words()
