"""Acronym linking: "Long Form (LF)" pairs label and link every mention of LF in the
Doc.

The pairing itself is `pipeline.lang.acronyms.find_acronym_pairs` (pure,
over the Doc's text), and an acronym in brackets right after an organisation
entity of two words or more is that organisation's though its letters are
another language's initials ("Kurdistan Workers' Party (PKK)"); so is one
right before a bracket that holds just such an organisation ("RP (Welfare
Party)", "BUND (Friends of the Earth Germany)"). This component
only maps its offsets to tokens and sets annotations:

- an acronym whose long form is a common noun phrase ("memorandum of
  understanding (MoU)") or lies inside a non-entity rule's match ("Global
  Depositary Receipts (GDRs)": a financial instrument) is not a name: every
  name entity with its text is removed;
- otherwise the long form becomes (or stays) an entity whose label is ORG
  when its last word is an organisation head ("Agency", "Ministry"), LAW when
  it is a law's ("Act", "Treaty": lexicon law_heads), else the label the
  model or a rule gave most of it (no label, no link); every
  token spelling the acronym becomes an entity of the same label with
  id_ "acronym:short-form" and kb_id_ = the long form's canonical name, so
  "AIS" links to "Authority of Information Security" wherever it appears.
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.lang.acronyms import (
    AcronymPair,
    find_acronym_pairs,
    is_common_noun_phrase,
    is_short_form,
)
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import canonical_org_name
from pipeline.lang.title_phrases import phrase_head
from pipeline.nlp.entity_merge import NONENT_SPANS_KEY
from pipeline.nlp.tokens import doc_text
from pipeline.settings import VALUE_LABELS

LONG_FORM_ID = "acronym:long-form"
SHORT_FORM_ID = "acronym:short-form"
# Last words that make a long form an organisation whatever the model said.
ORG_HEADS = lower_set("acronym_org_heads")
# Last words that make a long form a law or treaty ("Act", "Agreement").
LAW_HEADS = lower_set("law_heads")
PERSON_LABEL = "PERSON"


def _overlaps(a: Span, start: int, end: int) -> bool:
    return a.start < end and start < a.end


def _in_non_entity(doc: Doc, long: Span) -> bool:
    """True when a non-entity rule match covers `long` (module docstring)."""
    if NONENT_SPANS_KEY not in doc.spans:
        return False
    return any(
        s.start <= long.start and long.end <= s.end for s in doc.spans[NONENT_SPANS_KEY]
    )


def _long_form_label(ents: list[Span], long: Span) -> str | None:
    """ORG for an organisation head, LAW for a law's head ("Affordable Care Act",
    which the model also calls a product), else the label of the entities
    covering most of it (None: leave it).
    """
    if long[-1].lower_.rstrip(".") in ORG_HEADS:
        return "ORG"
    # The head of "Treaty of Rome" is its first noun, of "Government of National
    # Accord" too: no law.
    if phrase_head([t.lower_ for t in long]) in LAW_HEADS:
        return "LAW"
    cover: dict[str, int] = {}
    for e in ents:
        if _overlaps(e, long.start, long.end) and e.label_ not in VALUE_LABELS:
            cover[e.label_] = (
                cover.get(e.label_, 0) + min(e.end, long.end) - max(e.start, long.start)
            )
    if not cover:
        return None
    label = max(sorted(cover), key=cover.get)
    return None if label == PERSON_LABEL else label


def _pair(short: Token, org: Span) -> AcronymPair:
    """The pair of an acronym token and the organisation entity it stands for."""
    return AcronymPair(
        short.text, short.idx, short.idx + len(short.text), org.text,
        org.start_char, org.end_char,
    )  # fmt: skip


def _named_before_bracket(
    doc: Doc, ents: list[Span], known: set[str]
) -> list[AcronymPair]:
    """ "Kurdistan Workers' Party (PKK)", "People's Party for Freedom and Democracy
    (VVD)": an acronym in brackets right after an organisation the model or a rule
    named is that organisation's, whatever language its letters come from (the
    text pairing needs the English initials)."""
    ends = {e.end: e for e in ents if e.label_ == "ORG"}
    out = []
    for end in sorted(ends):  # the token right after each organisation, in order
        if not 1 <= end < len(doc) - 2:
            continue
        tok, short, close, org = doc[end], doc[end + 1], doc[end + 2], ends[end]
        if tok.text != "(" or close.text != ")":
            continue
        if short.text in known or not is_short_form(short.text) or len(org) < 2:
            continue
        out.append(_pair(short, org))
    return out


def _named_in_bracket(doc: Doc, ents: list[Span], known: set[str]) -> list[AcronymPair]:
    """ "RP (Welfare Party)", "BUND (Friends of the Earth Germany)": an acronym
    right before a bracket that holds nothing but an organisation of two words or
    more the model or a rule named is that organisation's, whatever language its
    letters come from. An acronym inside another kind of name is left, and so is
    text in capitals ("EL GORA (AL JURAH)"), where every word looks like one."""
    starts = {e.start: e for e in ents if e.label_ == "ORG"}
    other = {i for e in ents if e.label_ != "ORG" for i in range(e.start, e.end)}
    out = []
    for start in sorted(starts):  # each organisation's first token, in order
        org = starts[start]
        if start < 2 or org.end >= len(doc) or len(org) < 2 or org.text.isupper():
            continue
        short, tok, close = doc[start - 2], doc[start - 1], doc[org.end]
        if tok.text != "(" or close.text != ")" or short.i in other:
            continue
        if short.text in known or not is_short_form(short.text):
            continue
        out.append(_pair(short, org))
    return out


def link_acronyms(doc: Doc) -> list[Span]:
    """The Doc's entities after acronym linking (see the module docstring); doc
    itself is not changed.
    """
    ents = list(doc.ents)
    text = doc_text(doc)
    if "(" not in text:
        return ents
    pairs = find_acronym_pairs(text)
    pairs += _named_before_bracket(doc, ents, {p.short for p in pairs})
    pairs += _named_in_bracket(doc, ents, {p.short for p in pairs})
    positions: dict[str, list[int]] = {}
    if pairs:
        forms = {p.short for p in pairs}
        for tok in doc:
            if tok.text in forms:
                positions.setdefault(tok.text, []).append(tok.i)
    for pair in pairs:
        long = doc.char_span(pair.long_start, pair.long_end, alignment_mode="expand")
        short = doc.char_span(pair.short_start, pair.short_end, alignment_mode="expand")
        if long is None or short is None or len(short) != 1:
            continue
        form = short.text
        if is_common_noun_phrase(pair.long) or _in_non_entity(doc, long):
            ents = [
                e
                for e in ents
                if not (
                    e.label_ not in VALUE_LABELS
                    and (e.text == form or _overlaps(e, long.start, long.end))
                )
            ]
            continue
        label = _long_form_label(ents, long)
        if label is None:
            continue
        # The long form is the name: words before it that an entity took along ("US",
        # "Vietnamese")
        # say whose body it is and are left out, as the acronym does.
        same = next(
            (
                e
                for e in ents
                if e.label_ == label and (e.start, e.end) == (long.start, long.end)
            ),
            None,
        )
        holder = Span(
            doc,
            long.start,
            long.end,
            label=label,
            span_id=same.id_ if same is not None else LONG_FORM_ID,
        )
        kb = canonical_org_name(holder.text) if label == "ORG" else ""
        new = [
            Span(
                doc, holder.start, holder.end, label=label, span_id=holder.id_, kb_id=kb
            )
        ]
        for i in positions.get(form, ()):
            if not (holder.start <= i < holder.end):
                new.append(
                    Span(doc, i, i + 1, label=label, span_id=SHORT_FORM_ID, kb_id=kb)
                )
        blocked = [
            e
            for e in ents
            if e.label_ in VALUE_LABELS or (e.label_ == PERSON_LABEL and len(e) > 1)
        ]
        new = [
            n
            for n in new
            if n.start == holder.start
            or not any(_overlaps(b, n.start, n.end) for b in blocked)
        ]
        ents = [
            e for e in ents if not any(_overlaps(e, n.start, n.end) for n in new)
        ] + new
    return sorted(ents, key=lambda s: s.start)


@Language.factory("newsner_acronyms", assigns=["doc.ents"], requires=["doc.ents"])
def make_acronym_linker(nlp: Language, name: str):
    """Factory for AcronymLinker."""
    return AcronymLinker()


class AcronymLinker:
    """Pipeline component: label and link acronyms to their long forms (module
    docstring).
    """

    def __call__(self, doc: Doc) -> Doc:
        # What `doc.ents = ...` does, without building each Span again first.
        doc.set_ents(link_acronyms(doc), default="outside")
        return doc
