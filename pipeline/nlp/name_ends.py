"""Name ends the model leaves off: words a damaged text or a hyphen cut away.

Two kinds of text cut names short, and both show on scraped news:

- A replacement character (U+FFFD) stands where a scrape lost an accented
  letter ("Sinn F\ufffd\ufffdin", "N\ufffd\ufffdir\ufffd\ufffdn O'Sullivan"):
  the model, which has never seen such a word, often keeps the name's other
  word only ("Sinn", a person in 81 mentions of News Articles). A capitalised
  word holding one, next to a name and in no other entity, is part of it,
  unless its other letters spell a job title that has an accented letter
  (lexicon job_title_heads: a damaged "Tánaiste" before a name is her title).
- A hyphenated given name ("Kim Jong-nam", "Ban Ki-moon") is three tokens, and
  the model may stop before the hyphen ("Kim Jong", 127 mentions). A person's
  name of two words or more whose last word is short (up to five letters, as
  "Byung" of "Yun Byung-se"; with five, a function word after it is a lost
  space: "Trump-on") takes a short word after
  a hyphen with no spaces around it, unless that word is one of the hyphen
  suffixes that make an adjective of a name ("Trump-era", "Gore-led"),
  lexicon hyphen_suffixes, or a function word or a verb of saying a lost space
  glued on ("Theresa May-has", "Paul Ryan-said"); a one-word name ("Jong-nam
  grew up") only when the article writes the given name in full after a family
  name ("Kim Jong-nam").

A generation written after a comma ("Martin Luther King, Jr.", "Tom Bain, III";
lexicon generational_suffixes) is part of the name, since father and son are
two people: the model reads it as a person of its own, or leaves it out. A
generation alone is no one's name.

A family name that is also a month ("Theresa May", "Fredric March") is often
left off after a lone given name, the model taking it for the month: a
title-case month name in no entity, one space after a PERSON that is a given
name alone (the gender package) and before no number, ends that name.

And the model sometimes reads one name as two people side by side: a lone
first name before the rest ("Theresa" "May") or a name before the part that
opens with a particle ("Abdel Fattah" "el-Sisi"); such neighbours, one space
apart, are one person, as is a name written around a quoted nickname
("Robert 'Bob' Mendez": `nlp.nicknames`).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span, Token

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.timex.lexicon import MONTHS
from pipeline.nlp.nicknames import join_nicknames
from pipeline.nlp.spans import NAME_LABELS
from pipeline.nlp.tokens import doc_text

REPLACEMENT = "\ufffd"
# Syllables of hyphenated given names are short ("Jong-nam", "Jae-in", "Ki-moon");
# the first may be romanized in five letters ("Byung-se", "Cheol-woo"), as many
# family names are written ("Trump", "Flynn"): then no function word follows
# ("Trump-on", "Flynn-is": a lost space).
MAX_SYLLABLE = 4
MAX_FIRST_SYLLABLE = 5
# Tokens of two person entities joined into one name ("Abdel Fattah el - Sisi").
MAX_JOINED = 6


@functools.cache
def _particles() -> frozenset[str]:
    return lower_set("name_particles")


@functools.cache
def _suffixes() -> frozenset[str]:
    return lower_set("hyphen_suffixes")


def _generation(tok: Token) -> bool:
    """ "Jr.", "Sr", "III": a generation, capitalised, a Roman numeral in capitals."""
    low = tok.lower_
    roman = set(low) <= set("iv")
    return low in lower_set("generational_suffixes") and (
        tok.text.isupper() if roman else tok.text[:1].isupper()
    )


def _written_in_full(doc: Doc, token: Token, syllable: str) -> bool:
    """True when the article writes the hyphenated given name after a family name
    elsewhere ("Kim Jong-nam ... Jong-nam grew up"): a one-word name is completed
    only then."""
    given = re.escape(token.text)
    full = rf"\b[A-Z][\w'-]* (?P<given>{given})-{re.escape(syllable)}\b"
    return any(m.start("given") != token.idx for m in re.finditer(full, doc_text(doc)))


def _ascii_key(word: str) -> str:
    """The plain letters a to z of a word, lower case: what a damaged word and an
    accented one still share ("T\ufffd\ufffdnaiste", "Tánaiste": "tnaiste")."""
    return "".join(c for c in word.lower() if "a" <= c <= "z")


@functools.cache
def _damaged_titles() -> frozenset[str]:
    """The `_ascii_key` of each job title head written with a letter a damaged text
    loses (lexicon job_title_heads: "Tánaiste")."""
    return frozenset(
        _ascii_key(w) for w in lower_set("job_title_heads") if not w.isascii()
    )


def _damaged_word(doc: Doc, i: int, taken: set[int]) -> bool:
    if not 0 <= i < len(doc) or i in taken:
        return False
    text = doc[i].text
    return (
        REPLACEMENT in text
        and text[0].isupper()
        # a damaged title is no part of the name after it ("Tánaiste Frances X")
        and _ascii_key(text) not in _damaged_titles()
    )


@functools.cache
def _full_months() -> frozenset[str]:
    """Month names written in full: "Mar" and "Sept" are dates' abbreviations."""
    return frozenset(
        m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)
    )


def _month_surname(doc: Doc, ent: Span, taken: set[int]) -> bool:
    """ "Theresa" before "May": a month name ends a lone given name (module doc)."""
    end = ent.end
    if ent.label_ != "PERSON" or len(ent) != 1 or end >= len(doc) or end in taken:
        return False
    word = doc[end]
    return (
        word.lower_ in _full_months()
        and word.text.istitle()
        and ent[0].whitespace_ == " "
        and not (end + 1 < len(doc) and doc[end + 1].like_num)
        and is_given_name(ent.text)
    )


def _syllable_after(doc: Doc, ent: Span, taken: set[int]) -> bool:
    end = ent.end
    if ent.label_ != "PERSON" or end + 1 >= len(doc):
        return False
    dash = doc[end]
    if dash.text != "-":  # most names have none after them: the rest is unread
        return False
    last, word = doc[end - 1], doc[end + 1]
    return (
        len(last.text) <= MAX_FIRST_SYLLABLE
        and last.text[:1].isupper()
        and not last.whitespace_
        and not dash.whitespace_
        and word.is_alpha
        and len(word.text) <= MAX_SYLLABLE
        and word.lower_ not in _suffixes()
        # "Theresa May-has", "Paul Ryan-said": a lost space, not a syllable ("Jae-in"
        # keeps "in"); the verbs a name is glued to are lexicon headline_verbs
        and not (
            word.is_stop and (len(word.text) >= 3 or len(last.text) > MAX_SYLLABLE)
        )
        and word.lower_ not in lower_set("headline_verbs")
        and not {end, end + 1} & taken
        # Last: it searches the whole text, and only a one-word name needs it.
        and (len(ent) >= 2 or _written_in_full(doc, last, word.text))
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
            grown = (start, end) != (ent.start, ent.end)
            probe = Span(doc, start, end, ent.label_) if grown else ent
            if _syllable_after(doc, probe, taken):
                end += 2
            elif _month_surname(doc, probe, taken):
                end += 1
        if (start, end) != (ent.start, ent.end):
            taken |= set(range(start, end))
            ent = Span(doc, start, end, label=ent.label_, span_id=ent.id_)
        out.append(ent)
    return join_nicknames(doc, _join_split_people(_join_generations(doc, out)))


def _join_generations(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with a generation after a person and a comma joined to the person,
    and a PERSON that is a generation alone left out (module doc)."""
    out: list[Span] = []
    skip = -1
    for k, ent in enumerate(ents):
        if ent.start == skip:
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and _generation(ent[0]):
            continue
        end = ent.end
        if (
            ent.label_ == "PERSON"
            and end + 1 < len(doc)
            and doc[end].text == ","
            and _generation(doc[end + 1])
        ):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if nxt is None or nxt.start > end + 1:
                ent = Span(doc, ent.start, end + 2, label="PERSON", span_id=ent.id_)
            elif nxt.start == end + 1 and len(nxt) == 1:
                ent = Span(doc, ent.start, end + 2, label="PERSON", span_id=ent.id_)
                skip = nxt.start
        out.append(ent)
    return out


def _join_split_people(ents: list[Span]) -> list[Span]:
    """Two person entities one space apart that are one name: a lone first name
    before a name ("Theresa" "May"), or a name before one that opens with a
    particle ("Abdel Fattah" "el-Sisi"). A list of full names ("Lucas Hedges Ruth
    Negga") is left alone."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and _one_name(prev, ent):
            doc = ent.doc
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON", span_id=prev.id_)
        else:
            out.append(ent)
    return out


def _one_name(first: Span, second: Span) -> bool:
    if first.label_ != "PERSON" or second.label_ != "PERSON":
        return False
    if first.end != second.start or first[-1].whitespace_ != " ":
        return False
    if len(first) + len(second) > MAX_JOINED:
        return False
    word = second[0].lower_
    return (len(first) == 1 and is_given_name(first.text) and first.text.istitle()) or (
        word in _particles() and len(second) > 1
    )
