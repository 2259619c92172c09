"""Sentence breaks the punctuation-based sentencizer cannot see.

A line break, or a run of three spaces or more, ends a sentence: a headline,
a byline or a caption is a line of its own, and boilerplate blanked out of the
text (`lang.boilerplate`) leaves such a run where it stood. Without the break
"Washington (CNN)President Donald Trump", its credit blanked, reads as one
phrase: the President of Washington.

Scraped news also joins paragraphs in two ways the sentencizer misses:

- a full stop, "!" or "?" glued to a dash ("said.-The", 'you."- It') or to
  the '"?' a lost quote mark leaves ('it?"?Quell'): the tokenizer keeps the
  run as one token (`tokens.GLUE_INFIXES`), which is no sentence end to the
  sentencizer, so two paragraphs read as one sentence;
- two spaces between a word and a capitalised one, where a caption, an
  embedded post or a list item ended ("China Daily  Since ...",
  "pic.twitter.com/...  The injuries ..."). Two spaces before a lower-case
  word ("Ana Duarte  opened") or after an abbreviation ("Mr.  Lee") are typing,
  and stay inside the sentence.

An abbreviation that can close a sentence ("U.S.", "Inc.", "p.m.": lexicon
sentence_end_abbreviations) keeps its full stop inside its token, so the
sentencizer never ends a sentence on it: "... moved to the U.S. She joined
Acme" reads as one. A sentence starts after one when the next word is one
that opens sentences and hardly ever follows such an abbreviation inside one
(lexicon sentence_openers, as written: "The", "He", "But"); "U.S. President"
and "Acme Inc. Chief Executive" stay whole.
"""

from __future__ import annotations

import functools
import re

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from pipeline.lang.lexicons import lower_set, words

# News prose puts at most two spaces between words; longer runs are layout or
# blanked text.
LONG_SPACE = 3
# A sentence end glued to a dash run, with a closing quote between them or not;
# or to the '"?' a lost quote mark leaves ('EPA.""?,Sen.', 'it?"?Quell').
_GLUED_END = re.compile(r"[.!?][\"'\u201d\u2019]?-+")
_QUOTE_END = re.compile(r"[.!?]\"?(?:\"\?)+[\",\uFFFD]*")


def breaks_sentence(text: str) -> bool:
    """True for whitespace that ends a sentence: a line break or a long run."""
    return "\n" in text or len(text) >= LONG_SPACE


def _layout_gap(tok: Token) -> bool:
    """A short run of spaces (a space token) between a word and a capitalised
    word, not after an abbreviation or a full stop (see module doc)."""
    doc = tok.doc
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (
        after.text[:1].isupper()
        and not before.is_space
        and not before.text.endswith(".")
    )


def _may_break(text: str) -> bool:
    """Whether a word can be one `line_breaks` looks at: whitespace, or a word that
    opens with ".", "!" or "?" or ends with a dash or a full stop."""
    return text.isspace() or text[:1] in ".!?" or text.endswith(("-", "."))


def _break_flag(vocab: Vocab) -> int | None:
    """The lexeme flag of `_may_break` in `vocab`, added on first use; None when no
    flag bit is free (every token is then looked at)."""
    for bit, getter in vocab.lex_attr_getters.items():
        if getter is _may_break:
            return bit
    try:
        return vocab.add_flag(_may_break)
    except ValueError:  # spaCy's "no free flag bit"
        return None


@Language.component("newsner_line_breaks", requires=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every whitespace token `breaks_sentence` accepts or that
    is a layout gap, after every sentence end glued to a dash and after an
    abbreviation that closes its sentence (module doc), as the sentencizer
    starts one after a full stop: no entity ends in the
    break, and the break makes no sentence of whitespace alone."""
    # Only the words a lexeme flag marks can break (most do not): no Token is
    # built for the others.
    flag = _break_flag(doc.vocab)
    if flag is None:
        at = range(1, len(doc) - 1)
    else:
        at = (numpy.flatnonzero(doc.to_array(flag)[1:-1]) + 1).tolist()
    for i in at:
        tok = doc[i]
        text = tok.text
        if tok.is_space:
            if breaks_sentence(text) or _layout_gap(tok):
                tok.is_sent_start = True
        # A glued end closes on its dash: test that first, most tokens end otherwise.
        elif (text.endswith("-") and _GLUED_END.fullmatch(text)) or (
            text[:1] in ".!?" and _QUOTE_END.fullmatch(text)
        ):
            doc[tok.i + 1].is_sent_start = True
        elif text.endswith(".") and _abbreviation_ends(tok):
            doc[tok.i + 1].is_sent_start = True
    return doc


def _abbreviation_ends(tok: Token) -> bool:
    """An abbreviation that closes its sentence: one of lexicon
    sentence_end_abbreviations, then a word of lexicon sentence_openers."""
    return tok.lower_ in lower_set("sentence_end_abbreviations") and (
        tok.nbor().text in _openers()
    )


@functools.cache
def _openers() -> frozenset[str]:
    """The sentence openers as written (case counts: "The", not "the")."""
    return frozenset(words("sentence_openers"))
