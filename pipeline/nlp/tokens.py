"""Tokenizer adjustments for text as scraped news delivers it.

spaCy's English tokenizer is kept; two things it does not expect are common in
crawled articles and cut or glue names:

- U+FFFD, the replacement character a decoder leaves for a byte it could not
  read, stands for a lost letter, mostly inside a word ("Sinn F\ufffd\ufffdin").
  spaCy counts it as a symbol and splits there, so the name was cut at the
  lost letter. Here it stays inside its word.
- A line break flattened into punctuation and a hyphen glues two words:
  "Source:-Al Jazeera", "said.-The", 'country,"-Batalova', a quote mark turned
  into '"?' glues a word to the next, and a dateline's bracket the first word
  ("(CNN)Vice"). These become infixes, so the name after them starts a token.
  The same for a hyphen glued before an opening bracket ("Democrats-(PSD") and
  one left at the end of a word where a dash was lost ("Miller- the adviser",
  "projects.- Peter Gleick"), which becomes a suffix.

Offsets are unchanged: only where tokens split moves.

A rank or office abbreviated before a name ("Lt.", "Col.", "Sgt.", "Sens.":
lexicon title_abbreviations) stays one token with its dot: spaCy's English
exceptions list "Sen." and "Gen." but not these, and the split dot, taken for
a full stop, ended the sentence before the name ("Pentagon spokesman Capt." |
"Jeff Davis said").

A capitalised "co-" word of lexicon co_hyphen_words ("Co-operation",
"Co-op") stays one token (`keep_co_words`), so the model can read it as the
word it knows (`apostrophes`): split, its "Co" looked like a company's.

The role parse alone also keeps "co-founded" whole (`join_co_verbs`), as the
model's parser misreads the split form.

The tokenizer splits words at plain spaces only: any other space separator
(the no-break space of web pages, U+00A0 or "&nbsp;", the narrow U+202F, the
thin and hair spaces) made a token of its own, and a space token between two
words starts a sentence (`breaks`), so "Donald\u00a0Trump" was the person
"Donald" and a sentence beginning at "Trump". The annotation pipeline reads
every such separator as a plain space (`plain_spaces`: same length, offsets
kept); a mention's text keeps the separator its field wrote
(`extract.mentions.as_written`).
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.lang.lexicons import words

REPLACEMENT = "\\uFFFD"
# Punctuation (and a closing quote) then a hyphen run between a lower-case word
# and a capitalised one ("Source:-Al", 'country,"-Batalova'; "U.S.-Mexico" keeps
# its abbreviation), a quote mark with a question mark in place of a lost
# character between words ('gop"?White'; with the punctuation before it:
# 'Mississippi,"?Golembo', 'that?"?Shams'), and a dateline's closing bracket glued
# to the first word ("(CNN)Vice President").
GLUE_INFIXES = (
    r"(?<=[a-z0-9])[.:;,!?)\]][\"'\u201d]?-+(?=[A-Za-z\"'(])",
    r"(?<=[a-z])-+\((?=[A-Za-z])",
    r"(?<=[A-Za-z0-9])[.,;:!?]?(?:\"\?)+(?=[A-Za-z])",
    rf"(?<=[.,;:!?])\"?(?:\"\?)+[\"{REPLACEMENT},]*(?=[A-Za-z])",
    r"(?<=[A-Z])\)(?=[A-Z][a-z])",
    # A dash lost before a quote mark's '"?' ('Clinton-"?disclosures'), the
    # '"?' run after a closing quote or ending in a second quote, a comma or a
    # lost character ('EPA.""?,Sen.', 'Minutes,"?"Everybody', 'news"?,He'), and
    # punctuation and a hyphen after a capital before a quote ('DW.-"It';
    # "U.S.-Mexico" has none).
    r"(?<=[A-Za-z0-9])-+(?:\"\?)+\"?(?=[A-Za-z])",
    rf"(?<=[A-Za-z0-9])[.,;:!?]?\"?(?:\"\?)+[\"{REPLACEMENT},]+(?=[A-Za-z])",
    r"(?<=[A-Z])[.:;,!?]-+(?=[\"'])",
)
# A word opening with a hyphen and the '"?' of a lost quote ('-"?may').
GLUE_PREFIXES = (r"-+(?:\"\?)+\"?",)


# A hyphen run ending a word of two or more lower-case letters ("Front-", "Miller-"),
# and punctuation then a hyphen run ending one ("projects.- Peter").
GLUE_SUFFIXES = (
    r"(?<=[a-z]{2})-+",
    r"(?<=[a-z0-9])[.:;,!?)\]][\"'\u201d]?-+",
)


# Every Unicode space separator but the plain space: the no-break space (U+00A0),
# Ogham space (U+1680), en to hair spaces (U+2000-U+200A), narrow no-break space
# (U+202F), medium mathematical space (U+205F), ideographic space (U+3000).
SPACE_SEPARATORS = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """`text` with every space separator written as a plain space: same length, so
    offsets into it are offsets into `text` (module doc)."""
    if not text or not SPACE_SEPARATORS.search(text):
        return text  # a field that is no text fails later, alone (runner.map)
    return SPACE_SEPARATORS.sub(" ", text)


_TEXT_KEY = "newsner.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc and kept in its `user_data`: spaCy joins every
    token each time it is asked (0.16 s per 600 News articles), and more than
    one component searches the whole text. A Doc's text never changes:
    retokenizing keeps it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def with_text(doc: Doc, text: str) -> Doc:
    """`doc`, made from `text`, with `text` kept as what `doc_text` returns: the
    tokenizer keeps every character, so the two are equal, and the caller that
    holds the string saves spaCy's join of every token. Returns `doc`."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def _without_replacement(patterns) -> list[str]:
    return [p.replace(REPLACEMENT, "") for p in patterns]


def adapt_tokenizer(nlp: Language) -> Language:
    """Keep U+FFFD inside words and split glued punctuation (see module doc); returns
    `nlp`, changed in place."""
    tok = nlp.tokenizer
    d = nlp.Defaults
    # Each setter re-checks all 6,700 special cases (a twentieth of a second): set
    # the three with no special cases, then put them back once.
    rules, tok.rules = tok.rules, {}
    prefixes = [*GLUE_PREFIXES, *_without_replacement(d.prefixes)]
    tok.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [*_without_replacement(d.suffixes), *GLUE_SUFFIXES]
    tok.suffix_search = compile_suffix_regex(suffixes).search
    infixes = [*_without_replacement(d.infixes), *GLUE_INFIXES]
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.rules = rules
    return keep_co_words(keep_title_abbreviations(nlp))


def keep_title_abbreviations(nlp: Language) -> Language:
    """Keep each abbreviated rank or office of lexicon title_abbreviations one token
    with its dot, in either case (see module doc); returns `nlp`."""
    for word in words("title_abbreviations"):
        # "Lt. Col. Jane Doe", "Sens. A and B": split, the dot read as a full stop
        # ended the sentence before the name (spaCy knows "Sen.", "Gen.", not these).
        # Lower case too, as the phrase patterns of the title lexicon are written.
        for form in (word, word.lower()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def keep_co_words(nlp: Language) -> Language:
    """Keep each capitalised word of lexicon co_hyphen_words ("Co-operation") one
    token (see module doc); returns `nlp`."""
    for word in words("co_hyphen_words"):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def join_co_verbs(doc: Doc) -> Doc:
    """`doc` with each "co" "-" lower-case past form written without spaces
    ("co-founded", "co-chaired") merged into one token, for the role parse only.

    spaCy splits the hyphen, and the model's parser then often takes the lone
    "co" for the sentence's root and hangs the subject on it, so "Okafor
    co-founded Beta and served as chief executive of Acme" loses its subject
    for "served". Nouns keep their split ("co-chair", "co-founder": titles are
    read from their parts, and the parser reads them well), as do other
    hyphenated words ("vice-president").
    """
    spans = [
        doc[t.i - 1 : t.i + 2]
        for t in doc[1:-1]
        if t.text == "-"
        and not t.whitespace_
        and not doc[t.i - 1].whitespace_
        and doc[t.i - 1].lower_ == "co"
        and doc[t.i + 1].is_alpha
        and doc[t.i + 1].is_lower
        and doc[t.i + 1].lower_.endswith("ed")
        # a "co" that ends another word's hyphen chain ("x-co-founded") is left
        and (t.i < 2 or doc[t.i - 2].whitespace_ or doc[t.i - 2].text != "-")
    ]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc
