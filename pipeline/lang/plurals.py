"""Plural title words, from an English inflection library (inflect) and the title
lexicon.

"Acme professors Jane Doe and Tom Roe": a title in the plural names several
people. The role parser runs without a tagger, so nothing in its Doc says a
word is plural; inflect knows English plurals, the irregular ones too
("spokesmen", "spokespeople"), but also strips the -s of a Latin singular
("emeritus" -> "emeritu"). A word is taken as plural when inflect gives it a
different singular that is itself a title word: a word of the title lexicon or
an occupation (lexicon occupations: "journalist", "agent").

Those words are a lexicon, `title_plurals`, built by `make lexicons`
(`python -m pipeline.lang.plurals`) from the title words' plurals (inflect's
two modes, and -s and -es), each kept only when inflect reads it back as a title word.
Runs read the lexicon: importing inflect costs two seconds a process (its
functions are type-checked by instrumenting their code at import), more than
all the role sentences of a hundred articles take to parse. A test checks that
the shipped lexicon is what the build gives.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable

from pipeline.lang.lexicons import lower_set, write_built
from pipeline.lang.titles import load_lexicon

LEXICON = "title_plurals"


@functools.lru_cache(maxsize=1)
def singular_title_words() -> frozenset[str]:
    """Every word of a lexicon title, every first word of one and every occupation."""
    lex = load_lexicon()
    words = {w for key in lex.titles for w in key}
    return frozenset(words | lex.first_words | lower_set("occupations"))


def plural_title_word(word: str) -> bool:
    """Whether a lower-case word is the plural of a title word ("professors",
    "ceos", "spokesmen"; not "boss", "emeritus", "information")."""
    return word in lower_set(LEXICON)


def title_plurals(singulars: Iterable[str]) -> list[str]:
    """The plurals of `singulars` (inflect's modern and classical forms, and the
    word with -s and -es) that inflect reads back as a different word of
    `singulars`, sorted. The suffixed forms are what inflect reads but does not
    write: it pluralises "cfo" as "cfoes" and reads "cfos" as "cfo". An
    abbreviation's plural is "s" before its dot ("sen." -> "sens.")."""
    import inflect  # only the build needs it (see module doc)

    keep = frozenset(singulars)
    modern, classical = inflect.engine(), inflect.engine()
    classical.classical(all=True)
    out = set()
    for word in keep:
        if not word.strip():
            continue  # inflect refuses an empty word
        if word.endswith(".") and word[:-1].isalpha():
            # an abbreviation ("sen.", "rep."): inflect knows no abbreviation, and
            # news writes the plural before the dot ("Sens. A and B")
            if not (word.endswith("s.") and word[:-2] + "." in keep):
                out.add(word[:-1] + "s.")  # not for a plural the lexicon holds
            continue
        forms = {e.plural_noun(word) for e in (modern, classical)}
        for plural in forms | {word + "s", word + "es"}:
            if not plural or plural == word:
                continue
            single = modern.singular_noun(plural)
            if single and single != plural and single in keep:
                out.add(plural)
    return sorted(out)


def main() -> int:
    """Rebuild the lexicon from the title lexicon and the installed inflect."""
    return write_built(LEXICON, title_plurals(singular_title_words()))


if __name__ == "__main__":
    sys.exit(main())
