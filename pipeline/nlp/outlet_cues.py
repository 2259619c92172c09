"""Outlet and agent cues: a name the model called a person, or a work, right
before a lower-case noun that says it is a news outlet ("the SANA news agency",
"the Dogan news agency", "the Bild daily"; lexicon outlet_kind_nouns) or what
only a business has ("the Alipay app", "Varnok customers", "Kestrel
shareholders"; lexicon business_nouns; not a common word, "Song apps") is an
organisation, rule id "org:kind-after"; a name before the kind of a chemical
weapon ("VX nerve agent"; lexicon agent_kind_nouns), or a name other than a
person's right after one ("the nerve agent VX"), is a PRODUCT, rule id
"product:agent-kind"; so is a model number the model read as a name ("S-400",
"Ka-32", "Tu-95MS", "A400M": a capital, at most two more letters, a hyphen or
not, digits, at most three letters) before a kind of machine, with at most
three lower-case words between ("the Ka-32 helicopter", "S-400 long-range
missile systems"; lexicon machine_kind_nouns), rule id "product:code-kind"
(`product_before_kind`). A code before anything else ("G20 ministers", "MI5
officers") stays a name, and a quarter ("Q3") is left to the date rules.

Not when the name stands for an owner: it has more than one word and the first
is a known given name ("the Rupert Murdoch newspaper"; one word alone may be an
outlet's name that is also a given name, "the SANA news agency"), or it is the
last word of a longer person's name in the same text ("Rupert Murdoch ... the
Murdoch newspaper"). The rule id settles the name's label in its article
(`nlp.consistency`: unless a rule calls it a person) and weighs as a rule's in
the corpus's vote, so the name's other mentions follow it ("SANA reported
...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import is_common_word
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.nlp.product_cues import AGENT_RULE, CODE_RULE
from pipeline.nlp.spans import DASHES

KIND_AFTER_RULE = "org:kind-after"
_LABELS = ("PERSON", "WORK_OF_ART")
_AGENT_LABELS = ("ORG", "PERSON", "GPE", "WORK_OF_ART")
# After the kind, a person is whom the agent was used on ("the nerve agent Kim
# was killed with"), not the agent.
_AGENT_AFTER_LABELS = tuple(x for x in _AGENT_LABELS if x != "PERSON")
# What the model takes a model number for: a nationality too ("a Mi-8 helicopter").
_CODE_LABELS = (*_AGENT_LABELS, "NORP", "FAC", "LOC")
_CODE = re.compile(r"^[A-Z][A-Za-z]{0,2}-?\d+[A-Za-z]{0,3}$")
# A quarter ("Q3 models" are a car's, but "Q3" is read as a date first).
_QUARTER = re.compile(r"^Q[1-4]$")
# Lower-case words a machine's kind may come after ("long-range antiaircraft").
_MODIFIERS = 3


def _kind_end(doc: Doc, end: int, lexicon: str = "outlet_kind_nouns") -> int | None:
    """The end of a lower-case noun of `lexicon`, one or two words, at token `end`."""
    if end >= len(doc):
        return None
    kinds = lower_set(lexicon)
    first = doc[end]
    # The last word's case first: joining the words' text costs more. Two words'
    # text is the first's with its space and the second's (as Span.text joins it).
    if end + 2 <= len(doc):
        second = doc[end + 1]
        if second.is_lower and (first.text_with_ws + second.text).lower() in kinds:
            return end + 2
    if first.is_lower and first.text.lower() in kinds:
        return end + 1
    return None


def _kind_before(doc: Doc, start: int, lexicon: str) -> bool:
    """Whether a lower-case noun of `lexicon`, one or two words, ends at token
    `start` (`_kind_end`, read from where it would open; every word lower case)."""
    return any(
        _kind_end(doc, start - width, lexicon) == start
        for width in (1, 2)
        if start >= width and doc[start - width].is_lower
    )


def _owner(doc: Doc, ent: Span) -> bool:
    """True when `ent` names a person who may own the outlet (module doc)."""
    if len(ent) > 1 and is_given_name(ent[0].text):
        return True  # "Rupert Murdoch"; one word may be the outlet's: "SANA"
    last = ent[-1].text
    return any(
        e.label_ == "PERSON" and len(e) > len(ent) and e[-1].text == last
        for e in doc.ents
    )


def org_before_kind(doc: Doc, ent: Span) -> Span | None:
    """A model PERSON or WORK_OF_ART right before a kind of news outlet or a noun
    only a business has as an ORG; else None (see the module doc)."""
    if ent.label_ not in _LABELS:
        return None
    if _kind_end(doc, ent.end) is None and (
        _kind_end(doc, ent.end, "business_nouns") is None
        # "Song apps": a common word, capitalised where a sentence opens
        or (len(ent) == 1 and is_common_word(ent.text))
    ):
        return None
    if _owner(doc, ent):
        return None
    return Span(doc, ent.start, ent.end, label="ORG", span_id=KIND_AFTER_RULE)


def _machine_after(doc: Doc, end: int) -> bool:
    """Whether a noun of lexicon machine_kind_nouns comes at token `end`, after at
    most `_MODIFIERS` lower-case words (the hyphens inside them not counted)."""
    kinds, words = lower_set("machine_kind_nouns"), 0
    for tok in doc[end : end + 2 * _MODIFIERS + 1]:
        if tok.text in DASHES:
            continue
        if not (tok.is_lower and tok.is_alpha):
            return False
        if tok.lower_ in kinds:
            return True
        words += 1
        if words > _MODIFIERS:
            return False
    return False


def product_before_kind(doc: Doc, ent: Span) -> Span | None:
    """A model name right before the kind of a chemical weapon ("VX nerve agent";
    lexicon agent_kind_nouns), rule id AGENT_RULE, or a model number before a
    kind of machine ("the Ka-32 helicopter"), rule id CODE_RULE, as the PRODUCT
    it is; else None (module doc). OntoNotes counts weapons and vehicles as
    products; no maker's name comes before these nouns.
    """
    if (
        ent.label_ in _AGENT_LABELS
        and _kind_end(doc, ent.end, "agent_kind_nouns") is not None
    ) or (
        ent.label_ in _AGENT_AFTER_LABELS  # "the nerve agent VX"
        and _kind_before(doc, ent.start, "agent_kind_nouns")
    ):
        return Span(doc, ent.start, ent.end, label="PRODUCT", span_id=AGENT_RULE)
    if (
        ent.label_ in _CODE_LABELS
        and _CODE.match(ent.text)
        and not _QUARTER.match(ent.text)
        and _machine_after(doc, ent.end)
    ):
        return Span(doc, ent.start, ent.end, label="PRODUCT", span_id=CODE_RULE)
    return None
