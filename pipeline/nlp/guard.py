"""Tokenization that stays linear on pathological text.

spaCy's tokenizer strips prefix and suffix punctuation one character at a time,
copying the rest each time: a run of 100,000 "(" took 15 minutes. Text with
no such run (every news text we measured: none over 200 characters) goes to
the tokenizer unchanged. In text that has one, every run of more than
`MAX_RUN` non-space characters is cut into tokens of `MAX_RUN` characters
that the tokenizer never sees, and the text around the runs is tokenized
as usual; the Doc's text is the input text, so every offset stays valid.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

MAX_RUN = 500
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def has_long_run(text: str) -> bool:
    """True when `text` holds more than MAX_RUN non-space characters in a row."""
    return _LONG_RUN.search(text) is not None


def guarded_doc(nlp: Language, text: str) -> Doc | str:
    """`text` itself when the tokenizer can take it, else a Doc with its long runs cut
    into opaque tokens (pass either to `nlp.pipe`).
    """
    if not has_long_run(text):
        return text
    words: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        _tokenize(nlp, text[pos : m.start()], words, spaces)
        run = m.group()
        for i in range(0, len(run), MAX_RUN):
            words.append(run[i : i + MAX_RUN])
            spaces.append(False)
        pos = m.end()
    _tokenize(nlp, text[pos:], words, spaces)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if doc.text != text:  # offsets rely on it
        raise ValueError("guarded tokenization changed the text")
    return doc


def _tokenize(nlp: Language, part: str, words: list[str], spaces: list[bool]) -> None:
    """Append the tokens of `part`; a single space after an opaque run becomes that
    run's trailing space, as the tokenizer would have made it.
    """
    if part.startswith(" ") and words and not spaces[-1]:
        spaces[-1] = True
        part = part[1:]
    for tok in nlp.tokenizer(part):
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
