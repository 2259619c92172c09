"""Name ends the model leaves off: words a damaged text or a hyphen cut away.

Two kinds of text cut names short, and both show on scraped news:

- A replacement character (U+FFFD) stands where a scrape lost an accented
  letter ("Sinn F\ufffd\ufffdin", "N\ufffd\ufffdir\ufffd\ufffdn O'Sullivan"):
  the model, which has never seen such a word, often keeps the name's other
  word only ("Sinn", a person in 81 mentions of News Articles). A capitalised
  word holding one, next to a name and in no other entity, is part of it.
- A hyphenated given name ("Kim Jong-nam", "Ban Ki-moon") is three tokens, and
  the model may stop before the hyphen ("Kim Jong", 127 mentions). A person's
  name of two words or more whose last word is short takes a short word after a
  hyphen with no spaces around it, unless that word is one of the hyphen
  suffixes that make an adjective of a name ("Trump-era", "Gore-led"), lexicon
  hyphen_suffixes.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import lower_set
from pipeline.nlp.spans import NAME_LABELS

REPLACEMENT = "\ufffd"
# Syllables of hyphenated given names are short ("Jong-nam", "Jae-in", "Ki-moon").
MAX_SYLLABLE = 4


@functools.cache
def _suffixes() -> frozenset[str]:
    return lower_set("hyphen_suffixes")


def _damaged_word(doc: Doc, i: int, taken: set[int]) -> bool:
    if not 0 <= i < len(doc) or i in taken:
        return False
    text = doc[i].text
    return REPLACEMENT in text and text[0].isupper()


def _syllable_after(doc: Doc, ent: Span, taken: set[int]) -> bool:
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) < 2 or end + 1 >= len(doc):
        return False
    last, dash, word = doc[end - 1], doc[end], doc[end + 1]
    return (
        len(last.text) <= MAX_SYLLABLE
        and last.text[:1].isupper()
        and dash.text == "-"
        and not last.whitespace_
        and not dash.whitespace_
        and word.is_alpha
        and len(word.text) <= MAX_SYLLABLE
        and word.lower_ not in _suffixes()
        and not {end, end + 1} & taken
    )


def complete_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with name ends the model left off added back (see module doc); the
    list stays sorted and non-overlapping."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ in NAME_LABELS:
            while _damaged_word(doc, start - 1, taken):
                start -= 1
            while _damaged_word(doc, end, taken):
                end += 1
            if _syllable_after(doc, Span(doc, start, end, ent.label_), taken):
                end += 2
        if (start, end) != (ent.start, ent.end):
            taken |= set(range(start, end))
            ent = Span(doc, start, end, label=ent.label_, span_id=ent.id_)
        out.append(ent)
    return out
