"""A name an indefinite kind of organisation describes is an organisation:
"Tradeks, a newly founded furniture company that ..." (rule id
`org:appos-kind`).

After the name come a comma, "a" or "an", up to three lower-case words that
are no function words, a nationality ("a Danish furniture brand") and one
more such word, both optional, a kind of organisation (lexicon org_kinds) and
then a punctuation mark or a function word, so "Jo Bain, a company spokesman"
is no match. The name is up to five words that are not lower case, the first
a word that is not a function word, a pronoun, a place, a date or a time. The
spans join the span ruler's matches (`entity_merge`), which keeps the name's
first piece and lets a model PERSON of two words or more win.

Read in code, not as a token pattern, because a pattern must start at its
name: tried at every capitalised word it made the span ruler half again as slow,
while ", a" is rare and the search starts there.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from pipeline.lang.lexicons import lower_set

APPOS_KIND_RULE = "org:appos-kind"
# Labels that make a capitalised word no organisation's name here.
NOT_NAMES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
MAX_NAME = 5
MAX_DESCRIPTORS = 3
# Marks that join words rather than end a description ("state-owned").
JOINING = frozenset({"-", "–", "'", "’"})


def _descriptor(tok: Token, kinds: frozenset[str]) -> bool:
    return tok.is_lower and tok.is_alpha and not tok.is_stop and tok.lower_ not in kinds


def _description_end(doc: Doc, start: int) -> int | None:
    """The index of the kind noun of a description starting at `start` (after
    "a"/"an"), or None when there is none."""
    kinds = lower_set("org_kinds")
    j, n = start, 0
    while j < len(doc) and n < MAX_DESCRIPTORS and _descriptor(doc[j], kinds):
        j, n = j + 1, n + 1
    if j < len(doc) and doc[j].ent_type_ == "NORP":
        j += 1
    if j < len(doc) and _descriptor(doc[j], kinds):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in kinds or j + 1 >= len(doc):
        return None
    after = doc[j + 1]
    ends = (after.is_punct and after.text not in JOINING) or (
        after.is_lower and after.is_stop and after.text not in ("'s", "’s")
    )
    return j if ends else None


def _name_word(tok: Token) -> bool:
    return (
        not tok.is_lower
        and not tok.is_stop
        and not tok.is_punct
        and not tok.like_num
        and tok.ent_type_ not in NOT_NAMES
    )


def _first_word(tok: Token) -> bool:
    return (
        tok.is_alpha
        and _name_word(tok)
        and tok.lower_ not in lower_set("subject_pronouns")
    )


def appos_kind_spans(doc: Doc) -> list[Span]:
    """ORG spans, rule id APPOS_KIND_RULE, from each name a kind of organisation
    describes (module doc), each from the name to the word after the kind noun
    (the merge keeps the name alone); the longest name where several words
    could start it."""
    out = []
    # Only a comma before "a" or "an" is tried: found in one array pass, not token
    # by token.
    words = doc.to_array([ORTH, LOWER])
    strings = doc.vocab.strings
    after = words[2 : len(doc) - 1, 1]
    commas = np.flatnonzero(
        (words[1 : len(doc) - 2, 0] == strings[","])
        & ((after == strings["a"]) | (after == strings["an"]))
    )
    for i in (commas + 1).tolist():
        end = _description_end(doc, i + 2)
        if end is None:
            continue
        start = i
        while start > 0 and i - start < MAX_NAME and _name_word(doc[start - 1]):
            start -= 1
        while start < i and not _first_word(doc[start]):
            start += 1
        if start < i:
            out.append(Span(doc, start, end + 2, label="ORG", span_id=APPOS_KIND_RULE))
    return out
