"""An organisation named with its owner's possessive: "Trump's Cabinet",
"Sturgeon's Scottish National Party".

The model reads such a phrase as one organisation, so the people and places
tables lose the owner and the organisations table gains a row per owner.
An ORG entity with "'s" inside is cut there when the words before it are a
person the article names (a full name, or the family name of one) more often
than it names an organisation so: the owner becomes a PERSON (id `POSSESSOR_ID`),
the rest an ORG (id `POSSESSED_ID`; a GPE when it is a place itself: "Trump's
America"). A country's possessive stays: "Kenya's Senate Health Committee"
says whose committee it is, as "the Kenyan Senate" would. Names with a
possessive of their own ("People's Bank of China", "McDonald's Corp",
"Lloyd's of London") name no one the article names, and stay whole.

Runs after newsner_acronyms and before newsner_consistency, which links the
owner to the full name ("Trump" to "Donald Trump") and the organisation to its
other mentions.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.places import place_kind

POSSESSOR_ID = "propagated:possessor"
POSSESSED_ID = "org:after-possessor"
POSSESSIVE = frozenset({"'s", "’s"})


def _owners(ents: list[Span]) -> set[str]:
    """The names an owner may have: the full names of the article's people and
    their family names, less a name the article calls an organisation at least
    as often as a person ("Baylor" the university beside one Mr. Baylor)."""
    people: Counter = Counter()
    for e in ents:
        if e.label_ == "PERSON":
            people[e.text] += 1
            if len(e) > 1:
                people[e[-1].text] += 1
    full = {e.text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    orgs = Counter(e.text for e in ents if e.label_ == "ORG")
    return {
        name
        for name in full | {e.split()[-1] for e in full}
        if people[name] > orgs[name]
    }


def split_possessors(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with every ORG "Owner 's Name" the module doc describes cut in two."""
    owners = _owners(ents)
    out: list[Span] = []
    for e in ents:
        cut = next((t.i for t in e[1:-1] if t.lower_ in POSSESSIVE), None)
        if (
            e.label_ != "ORG"
            or cut is None
            or not doc[cut + 1].is_title
            or doc[e.start : cut].text not in owners
        ):
            out.append(e)
            continue
        rest = doc[cut + 1 : e.end]
        # "Trump's America" names a place, not an organisation.
        kind = "GPE" if country_code(rest.text) or place_kind(rest.text) else "ORG"
        out.append(Span(doc, e.start, cut, label="PERSON", span_id=POSSESSOR_ID))
        out.append(Span(doc, cut + 1, e.end, label=kind, span_id=POSSESSED_ID))
    return out


@Language.factory("newsner_possessors", assigns=["doc.ents"], requires=["doc.ents"])
def make_possessors(nlp: Language, name: str):
    """Factory for the possessor split (`split_possessors`)."""
    return lambda doc: _apply(doc)


def _apply(doc: Doc) -> Doc:
    doc.ents = split_possessors(doc, list(doc.ents))
    return doc
