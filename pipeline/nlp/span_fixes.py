"""Corrections of a whole span after the entity merge: a rule's coordinated name
cut before the person it ran into, a board named by its kind read as the
organisation it governs, and an ORG that is a country's or a people's name
relabelled (GPE, NORP); and, before the merge, a rule's span that is a
country, not what the rule says (`country_not_rule`), and a country at the
start of a rule's organisation left to the model (`yield_leading_place`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code, people_name
from pipeline.lang.gender import is_given_name
from pipeline.lang.names import board_kind_at
from pipeline.lang.places import place_kind
from pipeline.nlp.spans import POSSESSIVE

LEADING_PLACE_LABELS = frozenset({"GPE", "NORP"})


def yield_leading_place(doc: Doc, rule: Span, model: list[Span]) -> Span:
    """Leave a model country or nationality at the start of an ORG rule span to the
    model.

    "US Department of Homeland Security" -> "US" (GPE) + "Department of
    Homeland Security" (ORG): the country says whose department it is, it
    is not part of the name; only done when two or more words remain. Before
    a possessive any place is the owner ("Tokyo's Sophia University"); else a
    GPE that names no country, a city or a region, is the name's own ("San
    Jose State University"), and so is a place joined to the rest without a
    space ("Russia-China Investment Fund": both countries name the fund). A
    NORP goes to the model whatever it names ("Republican House Intelligence
    Committee").
    """
    if rule.label_ != "ORG":
        return rule
    for m in model:
        if (
            m.start == rule.start
            and m.end <= rule.end - 2
            and m.label_ in LEADING_PLACE_LABELS
        ):
            # "Russia's Investigative Committee": the owner's "'s" goes with it.
            owner = doc[m.end].text in POSSESSIVE
            if not owner and (
                not doc[m.end - 1].whitespace_
                or (m.label_ == "GPE" and not country_code(m.text))
            ):
                return rule
            start = m.end + owner
            return Span(doc, start, rule.end, label=rule.label_, span_id=rule.id_)
    return rule


def cut_before_person(doc: Doc, span: Span, model: list[Span]) -> Span:
    """`span` ended before its last "and"/"&" when what follows is a model PERSON of
    two or more words: a rule's coordinated name ran into a person ("the
    Institute of Applied Physics and Omar Vance"); `span` itself otherwise."""
    for m in model:
        if (
            m.label_ == "PERSON"
            and len(m) >= 2
            and m.end == span.end
            and m.start - 1 > span.start
            and doc[m.start - 1].lower_ in ("and", "&")
        ):
            return Span(
                doc, span.start, m.start - 1, label=span.label_, span_id=span.id_
            )
    return span


def cut_board(doc: Doc, span: Span) -> Span:
    """X for an ORG "Board of Trustees of [the] X": a board named only by its kind
    (lexicon governing_boards) stands for the organisation it governs; `span`
    itself otherwise."""
    if span.label_ != "ORG" or len(span) < 5 or span[0].lower_ != "board":
        return span
    words = [t.lower_ for t in span[:4]]
    if not board_kind_at(words, 1) or words[3] != "of":
        return span
    start = span.start + 4 + (doc[span.start + 4].lower_ == "the")
    if start >= span.end:
        return span
    return Span(doc, start, span.end, label="ORG", span_id=span.id_, kb_id=span.kb_id_)


# The ids of an ORG relabelled as the country or the people it names.
COUNTRY_RULE = "place:country-name"
PEOPLE_RULE = "norp:people-name"


def country_as_place(span: Span) -> Span:
    """A span labelled ORG whose whole text is a country's name, relabelled GPE;
    one word that is a nationality or its plural ("Gambians", "Chinese"),
    NORP; any other span as it is."""
    if span.label_ != "ORG":
        return span
    if place_kind(span.text) == "country":
        return Span(span.doc, span.start, span.end, label="GPE", span_id=COUNTRY_RULE)
    if len(span) == 1 and span.text[:1].isupper() and people_name(span.text.lower()):
        return Span(span.doc, span.start, span.end, label="NORP", span_id=PEOPLE_RULE)
    return span


# Rules whose one-word name may be a country: a national side on a sports line
# ("Ireland 2 Wales 1") is its country's name; a courtesy title before a
# country that is no one's given name is an abbreviation ("DR Congo": the
# Democratic Republic), no doctor named Congo ("Mr Jordan" is a person).
_TEAM_RULES = "sports:"
_HONORIFIC_RULE = "person:honorific"


def country_not_rule(span: Span) -> bool:
    """Whether a rule's span (its rule id `span.id_`) is a country's name the rule
    should leave to the model (see the comment above)."""
    if place_kind(span.text) != "country":
        return False
    if span.id_.startswith(_TEAM_RULES):
        return True
    return (
        span.id_ == _HONORIFIC_RULE and len(span) == 1 and not is_given_name(span.text)
    )
