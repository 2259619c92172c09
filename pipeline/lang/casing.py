"""Which words English writes in lower case far more often than capitalised.

A capital letter tells a name from a common word only where the writer chose
it: the first word of a sentence and text in capitals carry no such evidence.
There "Refugee children ..." or "ACCIDENT" are the common words, while
"Reuters said ..." or "CNN" are names; what separates them is how English
usually spells the word.

The lexicon `common_lowercase_words` lists, in lower case, the words whose
lower-case form is at least `MARGIN` (natural log) more probable than every
capitalised form of it ("Refugee", "REFUGEE") and not rarer than `MIN_LOGPROB`,
in the English word probabilities of spaCy's lookup tables
(spacy-lookups-data, `en_lexeme_prob`). It is built by `make lexicons`
(`python -m pipeline.lang.casing`); the package is needed only to build it.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Mapping
from pathlib import Path

from pipeline.lang.lexicons import lower_set, write_built

LEXICON = "common_lowercase_words"
# e^1: the lower-case form at least 2.7 times as frequent as any capitalised one.
MARGIN = 1.0
# Rarer words hardly ever meet a recognizer's guess; leaving them out keeps the
# lexicon small (about 27,000 words).
MIN_LOGPROB = -15.0


def is_common_word(word: str) -> bool:
    """True when English writes `word` mostly in lower case (see module doc)."""
    return word.lower() in lower_set(LEXICON)


def in_capitals(word: str) -> bool:
    """A word in capitals of two letters or more, full stops aside ("IMF",
    "U.N."): written as an acronym is, whatever English makes of its letters."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def common_words(logprob: Mapping[str, float]) -> list[str]:
    """The lexicon's words from a {form: log probability} table, sorted: alphabetic
    lower-case forms with a capitalised form in the table that they outweigh by
    `MARGIN`, at least `MIN_LOGPROB` themselves. A word never seen capitalised
    is left out (nothing to compare)."""
    out = []
    for form, p in logprob.items():
        if not (form.isalpha() and form.islower()) or p < MIN_LOGPROB:
            continue
        caps = [logprob[c] for c in (form.title(), form.upper()) if c in logprob]
        if caps and p - max(caps) >= MARGIN:
            out.append(form)
    return sorted(out)


def _lookup_table() -> dict[str, float]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def main() -> int:
    """Rebuild the lexicon from the installed spacy-lookups-data."""
    return write_built(LEXICON, common_words(_lookup_table()))


if __name__ == "__main__":
    sys.exit(main())
