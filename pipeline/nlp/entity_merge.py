"""Merge rule matches into the model's entities under one conflict policy.

The span ruler (patterns in pipeline/patterns/*.jsonl) writes its matches to
``doc.spans[RULE_SPANS_KEY]``; this component turns them and the model's
entities into ``doc.ents``. Conflict policy, in order:

1. Every name-like span (model or rule) is tidied first (spans.name_parts):
   no leading "the", no possessive, no scores, no line breaks inside.
   Then the context cues of pipeline/nlp/entity_cues.py correct model
   entities: products ("the Boeing 747", "iPod") become PRODUCT, a job title
   is cut from the front of an ORG, "X Airlines and Y Airlines" is split.
2. Known non-entities (label NONENT: document types, job titles,
   currencies, table headings) delete every name entity lying inside them;
   a job title or a minister's portfolio at the edge of a model PERSON is cut
   off it ("Director General Tran Quang Hung" -> "Tran Quang Hung"), and a
   model ORG that goes on from a portfolio into a first name is that person
   ("Minister for Health Simon Harris").
3. Among rule spans the longest wins (ties: earlier start, then a place rule:
   "West Bank" is a place, not a bank).
4. A model GPE/NORP at the start of an ORG rule span stays and the rule
   span starts after it ("US" + "Department of Homeland Security").
5. A rule span replaces the model entities it covers (same extent: the rule
   relabels it). It loses to a model entity that overlaps it and is longer,
   to any overlapping DATE/TIME/MONEY/PERCENT entity, and - for rules that
   only read the shape of a table line (ids "sports:", "place:") and for
   "org:subject-is-kind" - to a model PERSON of two or more tokens
   ("Ian Woosnam 70 71 ...").
   A name-head rule that joins two model entities across "and" loses too
   ("Toyota and General Motors" stays two names).

Context rules (ids "place:", "sports:player-", "person:subject-", "org:subject-")
match a name with the words that show what it is ("Marrow previously served as
chief operating officer ..."); only the match's first name piece becomes the
entity, cut at the first lower-case word for the shape and subject rules.

6. A model ORG of one common English word capitalised only by its position
   ("Refugee children ...", "ACCIDENT") is dropped, a model PERSON of one
   word in capitals among ordinary text is an acronym's ORG (`nlp.case_cues`).
7. Name ends the model left off are added back (`nlp.name_ends`: a word a
   replacement character damaged, a hyphenated given name's second part), and
   two person pieces of one name side by side join ("Theresa" "May"); an ORG
   that ran on into a person's name is cut before it (`nlp.glued_names`).
8. Then a model PERSON of two or more words that introduces the next
   person's title ("Fianna Fáil leader Micheál Martin") is an ORG
   (`nlp.title_cues`, rule id `org:before-title`).
9. Last, an ORG, the model's or a rule's, that is a country's name ("Russian
   Federation", "Sierra Leone": gazetteer, `lang.places`) is the country, a
   GPE, with rule id `place:country-name`; "Board of Trustees of X" is X
   (`span_fixes.cut_board`); a ship's name is a PRODUCT (`nlp.product_cues`), and a
   name right after a work's kind ("her album Lemonade") a WORK_OF_ART
   (`nlp.work_cues`).

The rule's id goes to span.id_ (provenance); model entities keep an empty id.
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

from bisect import bisect_right
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.nlp.appos_cues import appos_kind_spans
from pipeline.nlp.case_cues import case_cue
from pipeline.nlp.coordination import split_coordination
from pipeline.nlp.entity_cues import (
    apply_model_cues,
    split_titled_person,
)
from pipeline.nlp.glued_names import (
    PORTFOLIO_NONENT,
    person_after_portfolio,
    split_glued_names,
)
from pipeline.nlp.name_ends import complete_names
from pipeline.nlp.ordinal_cues import numbered_units
from pipeline.nlp.party_cues import party_before_title
from pipeline.nlp.product_cues import vessels
from pipeline.nlp.span_fixes import (
    country_as_place,
    country_not_rule,
    cut_before_person,
    cut_board,
    yield_leading_place,
)
from pipeline.nlp.spans import NAME_LABELS, name_parts
from pipeline.nlp.title_cues import org_before_title
from pipeline.nlp.work_cues import works
from pipeline.settings import RULE_PROOF_LABELS

RULE_SPANS_KEY = "newsner_rules"
# The non-entity matches, kept after the merge for the acronym linker.
NONENT_SPANS_KEY = "newsner_nonents"
NONENT = "NONENT"
SHAPE_RULE_PREFIXES = ("sports:", "place:")
TRIMMING_NONENTS = ("nonent:job-title", "nonent:title-abbreviation", PORTFOLIO_NONENT)
# Tokens never inside a name, cut out of a model entity that overlaps them: a
# contraction whose apostrophe a decoder made a quote ('Khalifa won"t'), a handle,
# a data size ("80 GB iPod": the model's "GB iPod").
CUTTING_NONENTS = (
    "nonent:mangled-contraction",
    "nonent:web-handle",
    "nonent:data-size",
)
# Rules that read what a name does ("Conway is currently Professor ..."); the name
# ends at the first lower-case word of the match.
CONTEXT_RULE_PREFIXES = ("person:subject-", "org:subject-", "org:object-", "org:appos-")
# Rules whose match holds context after the name: only the first name-like piece is the
# entity.
FIRST_PIECE_RULES = ("place:", "sports:player-") + CONTEXT_RULE_PREFIXES
LOWER_SPLIT_RULES = SHAPE_RULE_PREFIXES + CONTEXT_RULE_PREFIXES
# Rules too weak to overrule the model's two-word PERSON ("Jo Bain is a company man").
YIELD_TO_PERSON_RULES = SHAPE_RULE_PREFIXES + ("org:subject-is-kind", "org:appos-kind")


def _tidy(
    doc: Doc, span: Span, *, first_only: bool = False, split_lower: bool = False
) -> list[Span]:
    parts = name_parts(doc, span.start, span.end, span.label_, split_lower=split_lower)
    if first_only:
        parts = parts[:1]
    if parts == [(span.start, span.end)] and not span.kb_id:
        return [span]  # already tidy: the same span as a new one would be
    return [Span(doc, a, b, label=span.label_, span_id=span.id_) for a, b in parts]


def _cut_out(doc: Doc, ent: Span, cuts: list[Span]) -> list[Span]:
    """The pieces of `ent` outside the cutting non-entities it overlaps."""
    if not cuts:
        return [ent]
    start, out = ent.start, []
    for c in sorted(c for c in cuts if c.start < ent.end and ent.start < c.end):
        if c.start > start:
            out.append(Span(doc, start, c.start, label=ent.label_, span_id=ent.id_))
        start = max(start, c.end)
    if start == ent.start:
        return [ent]
    if start < ent.end:
        out.append(Span(doc, start, ent.end, label=ent.label_, span_id=ent.id_))
    return out


def _cut_titles(doc: Doc, ent: Span, titles: list[Span]) -> list[Span]:
    """Remove job-title spans touching an entity's edges; drop the entity when
    nothing is left.
    """
    start, end = ent.start, ent.end
    for t in titles:
        if t.start <= start < t.end < end:
            start = t.end
        elif start < t.start < end <= t.end:
            end = t.start
    if start >= end:
        return []
    if (start, end) == (ent.start, ent.end):
        return [ent]
    return _tidy(doc, Span(doc, start, end, label=ent.label_, span_id=ent.id_))


def _joins_model_names(doc: Doc, rule: Span, model: list[Span]) -> bool:
    """True when a name-head rule joins two model entities across "and" ("Toyota and
    General Motors").

    Not for "head of X and Y" rules: there the "and" is inside the complement ("Ministry
    of Roads and Ports").
    """
    if rule.id_ != "org:name-head":
        return False
    ends = {m.end for m in model if m.label_ in NAME_LABELS}
    starts = {m.start for m in model if m.label_ in NAME_LABELS}
    return any(
        doc[i].lower_ == "and" and i in ends and i + 1 in starts
        for i in range(rule.start + 1, rule.end - 1)
    )


def merge_entities(
    doc: Doc, model_ents: list[Span], rule_spans: list[Span]
) -> list[Span]:
    """Apply the conflict policy of this module; returns the new, non-overlapping
    entity list.
    """
    nonents = [s for s in rule_spans if s.label_ == NONENT]
    titles = [s for s in nonents if s.id_ in TRIMMING_NONENTS]
    rules: list[Span] = []
    for s in rule_spans:
        if s.label_ != NONENT:
            split_lower = s.id_.startswith(LOWER_SPLIT_RULES)
            first_only = s.id_.startswith(FIRST_PIECE_RULES)
            for t in _tidy(doc, s, first_only=first_only, split_lower=split_lower):
                if country_not_rule(t):
                    continue  # a national side, "DR Congo": the country's name
                rules += split_coordination(doc, t)
    cuts = [s for s in nonents if s.id_ in CUTTING_NONENTS]
    model: list[Span] = []
    for e in (p for m in model_ents for p in _cut_out(doc, m, cuts)):
        for t in _tidy(doc, e):
            if t.label_ == "PERSON":
                model += _cut_titles(doc, t, titles)
            else:
                model.append(person_after_portfolio(t, titles))
    model = apply_model_cues(doc, model)

    # Inside a non-entity: the furthest end of those starting at or before a span
    # (found by a binary search on their starts, not a look at each).
    starts = sorted((n.start, n.end) for n in nonents)
    furthest = list(accumulate((b for _, b in starts), max))

    def is_nonent(span: Span) -> bool:
        k = bisect_right(starts, (span.start, len(doc) + 1))
        return span.label_ in NAME_LABELS and k > 0 and furthest[k - 1] >= span.end

    model = [e for e in model if not is_nonent(e)]
    # On a tie a place rule wins: "West Bank" is a place, not a bank named West.
    rules = sorted(rules, key=lambda r: not r.id_.startswith("place:"))
    rules = [r for r in filter_spans(rules) if not is_nonent(r)]
    # "Department of X Secretary John Kelly": the longest match ran on into a title
    # and a name; the organisation ends before the title.
    rules = [(split_titled_person(doc, r) or (r,))[0] for r in rules]
    kept_model = list(model)
    accepted: list[Span] = []
    for r in rules:
        r = cut_before_person(doc, yield_leading_place(doc, r, kept_model), kept_model)
        overlapping = [m for m in kept_model if m.start < r.end and r.start < m.end]
        if any(m.label_ in RULE_PROOF_LABELS for m in overlapping):
            continue
        if r.id_.startswith(YIELD_TO_PERSON_RULES) and any(
            m.label_ == "PERSON" and len(m) >= 2 for m in overlapping
        ):
            continue
        if any(
            len(m) > len(r) and not (r.start <= m.start and m.end <= r.end)
            for m in overlapping
        ):
            continue
        if _joins_model_names(doc, r, overlapping):
            continue
        kept_model = [m for m in kept_model if m not in overlapping]
        accepted.append(r)
    merged = sorted(filter_spans(kept_model + accepted), key=lambda s: s.start)
    merged = [c for s in merged if (c := case_cue(doc, s)) is not None]
    merged = org_before_title(doc, complete_names(doc, split_glued_names(doc, merged)))
    merged = party_before_title(doc, merged)
    merged = works(doc, vessels(doc, numbered_units(doc, merged)))
    # After the merge: a rule's "Board of Directors of X" has taken in the model's
    # "Board of Directors", which would be left over if the rule were cut first.
    return [country_as_place(cut_board(doc, s)) for s in merged]


@Language.factory("newsner_entity_merge", assigns=["doc.ents"], requires=["doc.ents"])
def make_entity_merge(nlp: Language, name: str, spans_key: str = RULE_SPANS_KEY):
    """Factory for EntityMerge (reads doc.spans[spans_key], writes doc.ents)."""
    return EntityMerge(spans_key=spans_key)


class EntityMerge:
    """Pipeline component: model entities + rule matches -> doc.ents (see the module
    docstring).
    """

    def __init__(self, *, spans_key: str = RULE_SPANS_KEY):
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        rule_spans = list(doc.spans.get(self.spans_key, []))
        matches = rule_spans + appos_kind_spans(doc)
        # What `doc.ents = ...` does, without building each Span again first.
        doc.set_ents(merge_entities(doc, list(doc.ents), matches), default="outside")
        # The raw matches were only an intermediate; keep Docs small for pickling
        # between processes. The acronym linker still asks about non-entities.
        if self.spans_key in doc.spans:
            del doc.spans[self.spans_key]
        doc.spans[NONENT_SPANS_KEY] = [s for s in rule_spans if s.label_ == NONENT]
        return doc
