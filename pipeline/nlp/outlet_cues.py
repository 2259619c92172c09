"""Outlet and agent cues: a name the model called a person, or a work, right
before a lower-case noun that says it is a news outlet ("the SANA news agency",
"the Dogan news agency", "the Bild daily"; lexicon outlet_kind_nouns) or what
only a business has ("the Alipay app", "Varnok customers", "Kestrel
shareholders"; lexicon business_nouns; not a common word, "Song apps") is an
organisation, rule id "org:kind-after"; a name before the kind of a chemical
weapon ("VX nerve agent"; lexicon agent_kind_nouns) is a PRODUCT, rule id
"product:agent-kind" (`agent_before_kind`).

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

from spacy.tokens import Doc, Span

from pipeline.lang.casing import is_common_word
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.nlp.product_cues import AGENT_RULE

KIND_AFTER_RULE = "org:kind-after"
_LABELS = ("PERSON", "WORK_OF_ART")
_AGENT_LABELS = ("ORG", "PERSON", "GPE", "WORK_OF_ART")


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


def agent_before_kind(doc: Doc, ent: Span) -> Span | None:
    """A model name right before the kind of a chemical weapon ("VX nerve agent";
    lexicon agent_kind_nouns) as the PRODUCT it is, rule id AGENT_RULE; else None.
    OntoNotes counts weapons as products; no maker's name comes before these nouns.
    """
    if (
        ent.label_ not in _AGENT_LABELS
        or _kind_end(doc, ent.end, "agent_kind_nouns") is None
    ):
        return None
    return Span(doc, ent.start, ent.end, label="PRODUCT", span_id=AGENT_RULE)
