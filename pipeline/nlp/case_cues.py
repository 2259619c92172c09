"""Organisations the recognizer read off a capital letter the position put there.

The recognizer leans on capitals, and some capitals say nothing: the first
word of a sentence (after any opening quote, bracket or dash, or after a
dateline or section label in capitals and a dash: "WASHINGTON - Prices rose")
and a line written in capitals (a word in capitals among ordinary text is an
acronym).
A model ORG of one such word is no name when English writes the word mostly
in lower case (`lang.casing`: "Refugee children ...", "Unlike his father
...", "ACCIDENT") and the Doc never writes it with its capital where the
writer chose one. "Reuters said ..." stays (a name in English), and so does
"Shell said ..." when the text also has "... at Shell" (but not "Fire
officials said ..." for "the Rochester Fire Department": a word right before
an organisation head inside a longer name describes that body). Aliases of the
org_aliases lexicon ("Fed") are names. Rule matches keep their own evidence
and are left alone, and so are people: "May said ..." is Theresa May.

A model PERSON of one word the writer put in capitals among ordinary text
("SANA reported", "the AKP said") is an acronym, no person: people's names are
not written so. It is an ORG (rule id `org:acronym-not-person`), or no entity
when the word is a common one ("ATTACKERS: two men", a field's label). Left
alone: a given name, a speaker's label before ":" in a transcript ("HEMMER:
..."), and a word the Doc also writes in title case ("... Trump said").
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import is_common_word
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgnames import canonical_name
from pipeline.nlp.spans import DASHES

# Tokens that may stand between a sentence's end and its first word.
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "-", "–", "—"})
_ENDS = frozenset({".", "!", "?", ":", ";"})
# What a dateline or a section label in capitals holds besides its words.
_HEADER_PUNCT = frozenset({",", ".", "(", ")", "/", "&", "'"})
ACRONYM_RULE = "org:acronym-not-person"


def _in_capitals(tok: Token) -> bool:
    """True when a word next to `tok` (punctuation skipped) is a common word written
    in capitals too ("BY ACCIDENT"): a line in capitals, not an acronym ("the
    UN's", "MD, MPH")."""
    doc = tok.doc
    for step in (-1, 1):
        k = tok.i + step
        while 0 <= k < len(doc) and not doc[k].is_alpha and abs(k - tok.i) <= 3:
            k += step
        if 0 <= k < len(doc) and doc[k].is_alpha:
            near = doc[k]
            if near.is_upper and len(near) > 1 and is_common_word(near.text):
                return True
    return False


def position_capital(tok: Token) -> bool:
    """True when the token's capital letter is the position's, not the writer's: a
    word in a line of capitals (`_in_capitals`; capitals elsewhere make an
    acronym), or a capitalised word opening the Doc or a sentence (the Doc's
    sentence starts when it has them, else the word after ".", "!", "?", ":" or
    ";"), opening quotes, brackets and dashes skipped, or the first word after a
    dateline or section label in capitals and a dash (`_caps_header_before`)."""
    if tok.is_upper and len(tok) > 1:
        return _in_capitals(tok)
    doc, k = tok.doc, tok.i
    while k > 0 and (doc[k - 1].text in _OPENERS or doc[k - 1].is_space):
        k -= 1
    if k == 0 or doc[k].is_sent_start or doc[k - 1].text in _ENDS:
        return True
    return doc[k].text in DASHES and _caps_header_before(doc, k)


def _caps_header_before(doc: Doc, k: int) -> bool:
    """True when the words from the sentence's (or line's) start up to the dash at
    k are in capitals: a dateline or a section label ("WASHINGTON - Prices
    rose", "ITALY - Bond futures"), after which a word opens the sentence."""
    words = 0
    for j in range(k - 1, -1, -1):
        t = doc[j]
        if t.is_space and "\n" in t.text:
            return words > 0
        if t.is_upper and any(c.isalpha() for c in t.text):  # "ITALY", "N.H."
            words += 1
        elif t.text not in _HEADER_PUNCT:
            return False
        if t.is_sent_start or j == 0:
            return words > 0
        if doc[j - 1].text in _ENDS:
            return words > 0
    return False


def _descriptor(doc: Doc, t: Token, heads: frozenset[str]) -> bool:
    """True when `t` sits in a longer model entity right before an organisation
    head ("Rochester Fire Department"): it describes that body, and says nothing
    of the word as a name of its own."""
    nxt = t.i + 1
    return (
        t.ent_iob_ in ("B", "I")
        and nxt < len(doc)
        and doc[nxt].ent_iob_ == "I"
        and doc[nxt].lower_ in heads
    )


def common_word_by_position(doc: Doc, span: Span) -> bool:
    """True for a model ORG of one word that is a common English word capitalised
    only by its position, here and everywhere else in the Doc (module doc); so
    for a model PERSON of one such word that is no given name ("Former ...";
    "May said" is Theresa May)."""
    if span.label_ not in ("ORG", "PERSON") or len(span) != 1 or span.id_:
        return False
    tok = span[0]
    # The lexicon first: it answers at once, the position reads the words around.
    if not tok.is_alpha or not is_common_word(tok.text) or not position_capital(tok):
        return False
    if span.label_ == "PERSON" and (tok.is_upper or is_given_name(tok.text)):
        return False  # in capitals: the acronym cue's; a given name: a person
    if canonical_name(tok.text) != tok.text:
        return False  # an alias of an organisation we know ("Fed")
    heads = lower_set("org_heads")
    return all(
        position_capital(t) or _descriptor(doc, t, heads)
        for t in _written(doc, tok.text)
    )


def _written(doc: Doc, text: str) -> list[Token]:
    """The tokens of `doc` whose text is `text` (found by ORTH in one array, not
    token by token)."""
    at = np.flatnonzero(doc.to_array(ORTH) == get_string_id(text)).tolist()
    return [t for t in (doc[i] for i in at) if t.text == text]


def _acronym_person(doc: Doc, span: Span) -> bool:
    """True for a model PERSON of one word in capitals among ordinary text that no
    given name, speaker's label or title-case use in the Doc makes a name."""
    if span.label_ != "PERSON" or len(span) != 1 or span.id_:
        return False
    tok = span[0]
    if not (tok.is_alpha and tok.is_upper and len(tok) >= 3) or _in_capitals(tok):
        return False
    if is_given_name(tok.text.title()) or _written(doc, tok.text.title()):
        return False
    # "TRUMP: ..." labels a transcript's speaker; "ATTACKERS: ..." a field.
    speaker = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"
    return not speaker or is_common_word(tok.text)


def common_word_compound(doc: Doc, span: Span) -> bool:
    """True for a model ORG of one common word hyphenated to a lower-case word
    after it: "State-owned", "State-run" make an adjective, not a name ("Google-
    backed" keeps its name: not a common word; "UN-backed" is an acronym's)."""
    if span.label_ != "ORG" or len(span) != 1 or span.id_:
        return False
    i = span.end
    return (
        i + 1 < len(doc)
        and doc[i].text in DASHES
        and not span[0].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].is_lower
        and doc[i + 1].is_alpha
        and not span[0].is_upper  # an acronym: "UN-backed"
        and is_common_word(span.text)
    )


def case_cue(doc: Doc, span: Span) -> Span | None:
    """`span` after this module's cues: None for an ORG capitalised only by its
    position or hyphenated into an adjective, an ORG (or None for a common word)
    for a PERSON in capitals that is an acronym, else `span` itself."""
    if len(span) != 1 or span.id_:
        return span  # each cue reads one word the model found alone
    if common_word_by_position(doc, span) or common_word_compound(doc, span):
        return None
    if not _acronym_person(doc, span):
        return span
    if is_common_word(span.text):
        return None
    return Span(doc, span.start, span.end, label="ORG", span_id=ACRONYM_RULE)
