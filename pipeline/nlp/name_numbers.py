"""Figures that are part of an organisation's name.

The name tidy cuts names at figures: scores and counts are no part of a name
("Arsenal 2 Chelsea 1", "the 27 EU members"; `spans.name_parts`). Some names
hold one, and the model reads them whole; they keep it:

- a figure glued to the capital letter after it, which the tokenizer splits
  off ("3M", "7-Eleven"; a hyphen only after one or two digits: "2017-Trump"
  is a year and a name a lost space ran together; not an amount glued to its
  currency, "€16M"), in any name;
- in an organisation's name, a figure opening a company's name, a designator
  ending it within the next three words ("365 Corporation", "360 Technology
  Co": lexicon company_designators), unless it is a year ("2011 News Corp");
- a figure after a broadcaster's head word ("Channel 4 News", "BBC Radio 4":
  lexicon numbered_name_heads).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import DESIGNATORS

_HYPHENS = frozenset({"-", "–"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# "7-Eleven", "1-800": a year glued to a name by a lost space is longer.
_MAX_HYPHENED_DIGITS = 2
# How far a company's designator may stand after the figure ("365 Media Group Ltd").
_MAX_TO_DESIGNATOR = 3


def number_in_name(tok: Token, label: str) -> bool:
    """Whether the figure `tok` is part of the name of kind `label` it stands in
    (module doc): a glued one in any name, the others in an ORG."""
    doc, i = tok.doc, tok.i
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    # (a figure glued to what stands before it is an amount: "€16m", "$5bn")
    alone = i == 0 or bool(doc[i - 1].whitespace_)
    if nxt is not None and not tok.whitespace_ and alone:
        if nxt.text[:1].isupper():
            return True  # "3M"; not "16m"
        after = doc[i + 2] if i + 2 < len(doc) else None
        short = len(tok.text) <= _MAX_HYPHENED_DIGITS
        if short and nxt.text in _HYPHENS and not nxt.whitespace_ and after:
            return after.text[:1].isupper()  # "7-Eleven"
    if label != "ORG":
        return False
    if i > 0 and doc[i - 1].lower_ in lower_set("numbered_name_heads"):
        return True
    if _YEAR.fullmatch(tok.text):
        return False  # "2011 News Corp": a date before the name
    for word in doc[i + 1 : i + 1 + _MAX_TO_DESIGNATOR]:
        if not word.text[:1].isupper():
            return False
        if word.lower_.rstrip(".") in DESIGNATORS:
            return True
    return False
