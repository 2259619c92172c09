"""A person's name the recognizer ran into the organisation before it.

"the governor of the Bank of Ruritania Elvira Ostrova", "director of the
Institute of Geology Peter Vance", "Minister for Health-Simon Harris": news puts
a title, its organisation and the holder's name side by side, and the model
often reads the organisation and the name as one organisation. The person is
lost from the people table and the role, and the organisations table gains a
row that is no organisation.

An ORG entity is cut before its last two words when they read as a person's
name: a first name gender-guesser knows (no particle: "Copa Di Vino"), then a
capitalised word that English does not write in lower case (lexicon
common_lowercase_words); neither names organisations (heads, kinds, units,
designators), the second is no country, state or continent, and the two are no
place together. What comes before must stand as a name of its own: capitalised
words, joined to the name by a space or a hyphen, not ending in another first
name ("Marcus Alvin Okafor" is one person's name) nor made a place by the first
name ("Sierra Leone Sesay"). And there must be evidence that the two words are
a person: the article names a person by that family name elsewhere, or the
words before are an organisation by a noun that heads one ("Bank of ...", "...
Institute") or a minister's portfolio (lexicon portfolio_words), and the first
name is no common word ("Art", "General", "Marine" are first names too). A
country may come before a company's name as well as its leader's ("China
Taiping Reinsurance"), so there only the family name is evidence. The name
becomes a PERSON (id `PERSON_ID`); the rest keeps its label with id `HEAD_ID`
(a GPE with id `PLACE_ID` when it is a known place: "Kosovo Hashim Thaci"),
unless it is only a portfolio ("Health"), which names no body and is dropped.

An ORG of a place or an acronym run on into a family name alone, where a
full stop or a line break was lost ("... to the U.S. Pence and Flynn spoke",
"By Jane Roe, CNN Trump asserted ..."), is cut the same way when the article
names a person in full with that family name, the family name is no common
word, no place and names no organisation (nor does the article write it alone
as anything but a person: "Tesco"), the whole is no place, and the article
writes it once ("Shanghai Tang" the shop, named again and again, stays): the
place becomes a GPE, the acronym keeps ORG (`_split_family_name`).

A PERSON the model ran on from a constituency into the member's name ("MP for
Tottenham David Lammy", "TD for Dublin South West Colm Roe": lexicon
constituency_titles, the title right before "for") is cut the same way: the
last two words read as a name, the words before are the constituency (a GPE,
id `PLACE_ID`) and do not end in a first name.

`person_after_portfolio` serves the merge's title cut: a model ORG that goes on
from a minister's portfolio non-entity into a first name is that person.
"""

from __future__ import annotations

import functools
from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.lang.casing import in_capitals, is_common_word
from pipeline.lang.countries import country_code
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import is_portfolio
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.lang.titles import load_lexicon, title_key

# The minister's portfolio non-entity ("Minister for Health") a name may run past.
PORTFOLIO_NONENT = "nonent:portfolio-title"

HEAD_ID = "org:before-name"
PLACE_ID = "place:before-name"
PERSON_ID = "person:after-org"

# Nouns that name organisations or their parts: a head that holds one is an
# organisation by its shape (the generic words, adjectives among them, are not
# enough: "Monterey Bay National" + "Marine Sanctuary").
ORG_WORD_LEXICONS = (
    "org_heads",
    "org_heads_of",
    "facility_heads",
    "org_kind_nouns",
    "org_units",
    "org_end_words",
    "company_designators",
)
# Places no family name is named after ("Radio Free Europe").
BIG_PLACES = frozenset({"country", "state", "continent"})


@functools.cache
def _org_words() -> frozenset[str]:
    return frozenset().union(*(lower_set(name) for name in ORG_WORD_LEXICONS))


def _org_word(word: str) -> bool:
    return is_org_word(word) or _org_noun(word)


def _org_noun(word: str) -> bool:
    return word.lower() in _org_words()


def _capitalised(text: str) -> bool:
    core = text.replace("'", "").replace("’", "")
    return core.isalpha() and text[0].isupper() and not text.isupper()


def _name_like(first: str, family: str) -> bool:
    """True when `first family` reads as a person's name (see the module doc)."""
    return (
        _capitalised(first)
        and _capitalised(family)
        and is_given_name(first.lower())
        and first.lower() not in lower_set("name_particles")  # "Copa Di Vino"
        and not _org_word(first)
        and not _org_word(family)
        and not is_common_word(family)
        and place_kind(family) not in BIG_PLACES  # a town may be a surname: Dalton
        and not place_kind(f"{first} {family}")
    )


def _head(doc: Doc, ent: Span) -> Span | None:
    """What `ent` names before its last two words, or None when that is no name of
    its own (a trailing "of", "and", a lone initial)."""
    end = ent.end - 2
    if doc[end - 1].text == "-" and doc[end - 1].whitespace_ == "":
        end -= 1
    head = doc[ent.start : end]
    last = head[-1] if len(head) else None
    if last is None or not (last.text[:1].isupper() and last.is_alpha):
        return None
    if len(head) == 1 and len(last.text) == 1:
        return None
    return head


def _after_constituency_title(doc: Doc, ent: Span) -> bool:
    """Whether `ent` follows "for" after a title held for a constituency ("MP
    for", "Member of Parliament for": lexicon constituency_titles)."""
    i = ent.start - 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    titles, held = load_lexicon().titles, lower_set("constituency_titles")
    for k in range(max(0, i - 4), i):
        entry = titles.get(title_key(doc[k:i].text))
        if entry is not None and entry.canonical.lower() in held:
            return True
    return False


def _split_constituency(doc: Doc, ent: Span) -> list[Span] | None:
    """A PERSON run on from a constituency: [GPE, PERSON] (module doc), or None."""
    first, family = ent[-2], ent[-1]
    head = _head(doc, ent) if _name_like(first.text, family.text) else None
    if head is None or is_given_name(head[-1].lower_):
        return None
    if not _after_constituency_title(doc, ent):
        return None
    return [
        Span(doc, head.start, head.end, "GPE", span_id=PLACE_ID),
        Span(doc, first.i, ent.end, "PERSON", span_id=PERSON_ID),
    ]


def _split_family_name(
    doc: Doc, ent: Span, full_names: set[str], written: Counter
) -> list[Span] | None:
    """An ORG run on into a family name alone: [place or name, PERSON] (module
    doc), or None. `written`: how often the article writes each text as an
    organisation, and (under ("PERSON", text)) as a person."""
    family, head = ent[-1], ent[:-1]
    if (
        family.text not in full_names
        or not doc[family.i - 1].whitespace_  # "Martin-Artajo"
        # a name the article repeats, whatever the label: "Shanghai Tang"
        or written[ent.text] + written["PERSON", ent.text] > 1
        # "Tesco", the article's shop more often than anyone's name
        or written[family.text] > written["PERSON", family.text]
        or not _capitalised(family.text)
        or _org_word(family.text)
        or is_common_word(family.text)
        or place_kind(family.text)  # "RB Leipzig"
        # "Rex Tillerson" is one name; "UN", though "Un" is a given name, is none
        or (is_given_name(head[-1].lower_) and not in_capitals(head[-1].text))
        or place_kind(ent.text)
    ):
        return None
    person = Span(doc, family.i, ent.end, "PERSON", span_id=PERSON_ID)
    acronym = len(head) == 1 and in_capitals(head.text)
    # "U.S." is a country, "UN" (the name of a town too) an organisation
    if country_code(head.text) or (place_kind(head.text) and not acronym):
        return [Span(doc, head.start, head.end, "GPE", span_id=PLACE_ID), person]
    if acronym:
        return [Span(doc, head.start, head.end, "ORG", span_id=HEAD_ID), person]
    return None


def _split(
    doc: Doc,
    ent: Span,
    family_names: set[str],
    full_names: set[str],
    written: Counter,
) -> list[Span] | None:
    if ent.label_ == "PERSON" and len(ent) >= 3:
        return _split_constituency(doc, ent)
    if ent.label_ != "ORG" or len(ent) < 2:
        return None
    first, family = ent[-2], ent[-1]
    if not _name_like(first.text, family.text):
        return _split_family_name(doc, ent, full_names, written)
    if len(ent) < 3:
        return None
    head = _head(doc, ent)
    if head is None:
        return None
    kind = place_kind(head.text)
    if place_kind(f"{head.text} {first.text}"):
        return None  # "Sierra Leone" + "Sesay"
    if is_given_name(head[-1].lower_) and not _org_word(head[-1].text):
        return None  # a name of three words: "Marcus Alvin Okafor"
    # "Minister for Health-Simon Harris": a minister's portfolio names no body.
    portfolio = is_portfolio([t.lower_ for t in head])
    named = family.text in family_names
    shaped = portfolio or any(_org_noun(t.text) for t in head)
    if not named and not (shaped and not is_common_word(first.text)):
        return None
    person = Span(doc, first.i, ent.end, "PERSON", span_id=PERSON_ID)
    if portfolio:
        return [person]
    if kind:
        return [Span(doc, head.start, head.end, "GPE", span_id=PLACE_ID), person]
    return [Span(doc, head.start, head.end, ent.label_, span_id=HEAD_ID), person]


def split_glued_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (in order, non-overlapping) with every ORG that ran on into a person's
    name, and every PERSON run on from a constituency, cut in two (see the
    module doc)."""
    family_names = {e[-1].text for e in ents if e.label_ == "PERSON"}
    full_names = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    written = Counter(
        (e.label_, e.text) if e.label_ == "PERSON" else e.text
        for e in ents
        if e.label_ in ("ORG", "PERSON")
    )
    out: list[Span] = []
    for ent in ents:
        out.extend(_split(doc, ent, family_names, full_names, written) or [ent])
    return out


def person_after_portfolio(ent: Span, titles: list[Span]) -> Span:
    """A model ORG that opens with a minister's portfolio and goes on with a first
    name is the person ("Minister for Health Simon Harris": the model's ORG is
    "Health Simon Harris"); any other entity is returned as it is."""
    if ent.label_ != "ORG":
        return ent
    for t in titles:
        if (
            t.id_ == PORTFOLIO_NONENT
            and t.start <= ent.start < t.end < ent.end - 1
            and is_given_name(ent.doc[t.end].text)
        ):
            return Span(ent.doc, t.end, ent.end, label="PERSON", span_id=ent.id_)
    return ent
