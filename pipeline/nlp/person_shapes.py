"""People's names the model read as organisations, known by their shape: first
names gender-guesser knows, then a particle and one word ("Marine Le Pen",
"Ahmed al-Tayeb"), or two first names joined by a hyphen and one word
("Frank-Walter Steinmeier", "Jean-Luc Melenchon"; the first of them
capitalised). The last word is never an organisation word ("Jean-Claude
Industries" stays).

A name listed between two people is a person too ("Anna Berg, Ivo Tamm and
Lena Holt", a team sheet's "5 - Ivo Tamm, 4 - Olaf Rist, 3 - ..."): one to
three capitalised words, none an organisation word, a company designator or
a firm's last word ("Bros", "Partners": lexicon org_end_words), the whole no
known place, with only commas, "and", a semicolon or a sheet's "<number> -"
between it and the people on both sides (rule "person:in-name-list"). One
person beside it is no list ("Jane Doe, Salomon Bros." names her employer).

A name shaped like a person's beside a job title is a person too
(`nlp.title_names`).

The same shape right after an organisation's "'s" is that organisation's
person ("Al Jazeera's Florence Looi, reporting from ..."; rule
"person:after-org-possessive"), unless a unit or a work named after it
follows ("the BBC's Victoria Derbyshire programme").

A courtesy title glued to a name by a hyphen where a scrape lost the space
("Mr-Molloy", "Ms-Le Pen") makes the name after it a person (rule
"person:honorific", the courtesy title's own rule), however the model labelled
the whole; with a space it may be a brand ("Dr Pepper") and stays.

A model PERSON that ends in a plural title ("Tory MPs", "Prosecutors": lexicon
title_plurals, or an acronym's plural) names a group of people, not one
(`group_of_people`); a plural word may be a family name after a first name
("Ben Fellows"), an acronym's plural never is.

A model PERSON or ORG of one capitalised word (no acronym, "non-EU migrants";
no organisation's word or seat of government, "Senate", "Kremlin") that a
group noun opening no title follows
("Rohingya minority", "Dinka tribe", "Hawiye clan": lexicon group_nouns; "Nuer
ethnic groups") or "ethnic" precedes ("ethnic Rohingya") is a people (NORP,
rule "norp:group-noun", `people_of_group`); the article's vote carries it to
the word's other mentions (`nlp.consistency`).

English puts no article before a person's name: a model PERSON of one word
that "the" opens and that ends its noun phrase (a punctuation mark or a
lower-case function word follows: "along the Rhine or", "in the Seanad,",
"the Gulenists and") names a place, a thing or a group: it takes the label
the model gives the word elsewhere in the article, or is dropped
(`definite_name`, `entity_cues`). Not before a hyphen, a possessive or "of"
("the Obama-era", "the Trump's", "the Shakespeare of rock"), nor a name the
word after leads on ("the Trump administration"), nor a family's plural ("the
Kochs" beside "Charles Koch"), nor an epithet after a name ("Marvin the Torch").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import is_common_word
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import HONORIFICS
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.lang.titles import longest_title
from pipeline.nlp.spans import POSSESSIVE_S
from pipeline.nlp.title_names import name_shaped, org_word

# The hyphenated shape's rule id; a particle keeps the model's (it was the first).
DOUBLE_FIRST_NAME_RULE = "person:double-first-name"
LIST_RULE = "person:in-name-list"
HONORIFIC_RULE = "person:honorific"
AFTER_ORG_RULE = "person:after-org-possessive"
GROUP_RULE = "norp:group-noun"
# What may stand between the names of a list: separators and a sheet's numbers.
_LIST_GLUE = frozenset({",", ";", "and", "&", "-", "\u2013"})
_MAX_GLUE = 4
# An acronym's plural: "MPs", "TDs", "MEPs".
_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,5}s$")


def person_by_shape(doc: Doc, ent: Span) -> Span | None:
    """A model ORG of one of the module's shapes as a PERSON; else None."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    words = [t.text for t in ent]
    at = next(
        (
            i
            for i, w in enumerate(words[1:-1], 1)
            if w.lower() in lower_set("name_particles") and len(w) > 1
        ),
        0,
    )
    firsts, rest, rid = words[:at], words[at + 1 :], ent.id_
    if not at and len(words) == 4 and words[1] == "-" and words[0][:1].isupper():
        # Title-case first names only: "al-Nadeem Centre" is no name.
        firsts, rest, rid = words[:3], words[3:], DOUBLE_FIRST_NAME_RULE
    if rest[:1] == ["-"]:  # "al-Tayeb"
        rest = rest[1:]
    if not firsts or len(rest) != 1 or not rest[0][:1].isupper():
        return None
    if is_org_word(rest[0]) or not all(w == "-" or is_given_name(w) for w in firsts):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=rid)


def _listed(doc: Doc, a: Span, b: Span) -> bool:
    """True when only list separators stand between `a` and `b` (in that order)."""
    glue = doc[a.end : b.start]
    if not 0 < len(glue) <= _MAX_GLUE:
        return False
    return any(t.text in (",", ";", "and", "&") for t in glue) and all(
        t.lower_ in _LIST_GLUE or t.is_space or (t.is_digit and len(t) <= 2)
        for t in glue
    )


def person_in_name_list(
    doc: Doc, ent: Span, before: Span | None, after: Span | None
) -> Span | None:
    """A model ORG listed between the PERSON entities `before` and `after` as a
    PERSON (module doc); else None."""
    if ent.label_ != "ORG" or len(ent) > 3 or before is None or after is None:
        return None
    if before.label_ != "PERSON" or after.label_ != "PERSON":
        return None
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
        return None
    if any(org_word(t) for t in ent):
        return None
    if place_kind(ent.text):
        return None
    if not (_listed(doc, before, ent) and _listed(doc, ent, after)):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=LIST_RULE)


def person_after_glued_honorific(doc: Doc, ent: Span) -> Span | None:
    """The name after "Mr-"/"Ms-"/"Dr-" glued to it in a model ORG as a PERSON
    (module doc); else None."""
    if ent.label_ != "ORG" or len(ent) < 3 or ent[0].lower_ not in HONORIFICS:
        return None
    if ent[1].text != "-" or ent[0].whitespace_ or ent[1].whitespace_:
        return None
    if not all(t.text[:1].isupper() for t in ent[2:]):
        return None
    return Span(doc, ent.start + 2, ent.end, label="PERSON", span_id=HONORIFIC_RULE)


def _place_words() -> frozenset[str]:
    return lower_set("place_frame_words") | lower_set("place_kind_nouns")


def person_after_org_possessive(
    doc: Doc, ent: Span, before: Span | None
) -> Span | None:
    """A model entity other than a PERSON, shaped like a person's name
    (`title_names.name_shaped`), right after an organisation's "'s": the organisation's
    person ("Al Jazeera's Florence Looi, reporting from ...", "Acme's Satya
    Nadella said"); not when a unit or a work named after the name follows ("the
    BBC's Victoria Derbyshire programme": lexicons org_units, work_kinds)."""
    if ent.label_ == "PERSON" or before is None or before.label_ != "ORG":
        return None
    if ent.start != before.end + 1 or doc[before.end].text not in POSSESSIVE_S:
        return None
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in lower_set("org_units") or after in lower_set("work_kinds"):
        return None
    # "Grimm's Fairy Tales", "PNG's Manus Island": a common word first, a place's
    # word last
    if is_common_word(ent[0].text) or ent[-1].lower_ in _place_words():
        return None
    if not name_shaped(ent):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=AFTER_ORG_RULE)


def group_of_people(ent: Span) -> bool:
    """True for a model PERSON that names a group by a plural title ("Tory MPs",
    "Gynecologists"; see module doc)."""
    if ent.label_ != "PERSON":
        return False
    last = ent[-1].text
    if _ACRONYM_PLURAL.match(last):
        return True  # no one's family name ("Tory MPs": "Tory" is a first name too)
    return last.lower() in lower_set("title_plurals") and not (
        len(ent) > 1 and is_given_name(ent[0].text)
    )


def people_of_group(doc: Doc, ent: Span) -> Span | None:
    """A NORP for a model PERSON or ORG that names a people by the group noun after
    it or "ethnic" before it, else None (module doc)."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) != 1:
        return None
    word = ent[0]
    if not word.is_alpha or not word.text[:1].isupper() or word.is_upper:
        return None
    # The group noun or "ethnic" first: most entities have neither, and the
    # guards below read lexicons and the title lexicon.
    nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
    group = nxt in lower_set("group_nouns") or (
        nxt == "ethnic"
        and ent.end + 1 < len(doc)
        and doc[ent.end + 1].lower_ in ("group", "groups")
    )
    if not group and not (ent.start and doc[ent.start - 1].lower_ == "ethnic"):
        return None
    after = [t.lower_ for t in doc[ent.end : ent.end + 4]]
    if is_org_word(word.text) or word.lower_ in lower_set("government_seats"):
        return None  # "Senate minority leader", "Kremlin clans"
    if longest_title(after, 0)[0] >= 2:
        return None  # the noun opens a title: "minority leader", "minority whip"
    return Span(doc, ent.start, ent.end, label="NORP", span_id=GROUP_RULE)


# What may follow a name "the" opens that still reads it as someone's.
_LEADS_ON = frozenset({"-", "–", "'s", "’s", "'", "’", "of"})


def definite_name(doc: Doc, ent: Span, ents: list[Span] = ()) -> bool:
    """True for a model PERSON of one word that "the" opens and that ends its noun
    phrase (module doc); not a family's plural, the plural of a family name of a
    PERSON among `ents` ("the Kochs" beside "Charles Koch", "the Gibbses"), nor
    an epithet right after a PERSON among them ("Marvin the Torch")."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return False
    if doc[ent.start - 1].lower_ != "the":
        return False
    if ent.end < len(doc):
        after = doc[ent.end]
        if after.lower_ in _LEADS_ON or not (
            after.is_punct or after.is_space or (after.is_lower and after.is_stop)
        ):
            return False
    # Only now the article's other entities, read for the few names left.
    word = ent[0].lower_
    if word.endswith("s") and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ in (word[:-1], word[:-2])
        for e in ents
    ):
        return False
    # an epithet: "Marvin the Torch", "Ivan the Terrible"
    return not any(e.label_ == "PERSON" and e.end == ent.start - 1 for e in ents)
