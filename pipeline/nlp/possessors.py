"""An organisation named with its owner's possessive: "Trump's Cabinet",
"Sturgeon's Scottish National Party".

The model reads such a phrase as one organisation, so the people and places
tables lose the owner and the organisations table gains a row per owner.
An ORG entity with "'s" inside is cut there when the words before it are a
person of the article (a full name, a family name linked to one, or a name it
calls a person twice) that it does not call an organisation as often: the
owner becomes a PERSON linked as that person is (id `POSSESSOR_ID`), the rest
an ORG (id `POSSESSED_ID`; a GPE when it is a place itself: "Trump's
America").
An owner written with a title ("President Barack Obama's Justice Department",
"Prime Minister Brian Mulroney's Progressive Conservative Party") is cut the
same way when the name after the title is such a person or opens with a given
name the gender package knows; the title words stay outside both entities,
where the role rules read them. Not after a royal or saint's title (lexicon
namesake_titles): "King Edward's School" is named after him.
A country's possessive stays: "Kenya's Senate Health Committee"
says whose committee it is, as "the Kenyan Senate" would. Names with a
possessive of their own ("People's Bank of China", "McDonald's Corp",
"Lloyd's of London") name no one the article names, and stay whole.

Runs after newsner_consistency, when the article's labels and person links
are settled ("Trump" linked to "Donald Trump", whatever the model first said).
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import canonical_org_name, canonical_person_name
from pipeline.lang.places import place_kind
from pipeline.lang.title_phrases import parse_title_phrase
from pipeline.nlp.spans import POSSESSIVE_S

POSSESSOR_ID = "propagated:possessor"
POSSESSED_ID = "org:after-possessor"
NAMESAKE_TITLES = lower_set("namesake_titles")


def _owners(ents: list[Span]) -> dict[str, str]:
    """Owner name -> its link key: the article's people by their full names, and
    by one word where it is a family name linked to a full name or a person named
    twice; less a name the article gives an organisation as often ("Baylor" the
    university beside one Mr. Baylor)."""
    people = Counter(e.text for e in ents if e.label_ == "PERSON")
    orgs = Counter(e.text for e in ents if e.label_ == "ORG")
    out: dict[str, str] = {}
    for e in ents:
        if e.label_ != "PERSON" or people[e.text] <= orgs[e.text]:
            continue
        link = e.kb_id_ or canonical_person_name(e.text)
        family = len(e) == 1 and link.split()[-1] == e.text and len(link.split()) > 1
        if len(e) > 1 or family or people[e.text] >= 2:
            out.setdefault(e.text, link)
        if len(e) > 1 and e[-1].is_alpha and people[e[-1].text] >= orgs[e[-1].text]:
            out.setdefault(e[-1].text, link)  # the family name, met only as owner
    return out


def split_possessors(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with every ORG "Owner 's Name" the module doc describes cut in two."""
    owners: dict[str, str] | None = None  # read once an ORG holds an "'s"
    out: list[Span] = []
    for e in ents:
        cut = (
            next((t.i for t in e[1:-1] if t.lower_ in POSSESSIVE_S), None)
            if e.label_ == "ORG"
            else None
        )
        if cut is None or not doc[cut + 1].is_title:
            out.append(e)
            continue
        owners = _owners(ents) if owners is None else owners
        start = _after_title(doc, e.start, cut, owners)
        owner = doc[start:cut].text
        if owner not in owners and start == e.start:
            out.append(e)
            continue
        rest = doc[cut + 1 : e.end]
        # "Trump's America" names a place, not an organisation.
        place = country_code(rest.text) or place_kind(rest.text)
        link = owners.get(owner) or canonical_person_name(owner)
        out.append(Span(doc, start, cut, "PERSON", span_id=POSSESSOR_ID, kb_id=link))
        out.append(
            Span(
                doc,
                cut + 1,
                e.end,
                "GPE" if place else "ORG",
                span_id=POSSESSED_ID,
                kb_id="" if place else canonical_org_name(rest.text),
            )
        )
    return out


def _after_title(doc: Doc, start: int, cut: int, owners: dict[str, str]) -> int:
    """Where the owner's name starts after a title opening the entity (module doc),
    or `start` when no title opens it or no person follows the title."""
    words = [t.lower_ for t in doc[start:cut]]
    end, items = parse_title_phrase(words, 0)
    if not items or not 0 < end < len(words) or words[end - 1] in NAMESAKE_TITLES:
        return start
    name = doc[start + end : cut]
    if len(name) > 3 or not all(t.is_title and t.is_alpha for t in name):
        return start
    if name.text in owners or (len(name) > 1 and is_given_name(name[0].text)):
        return start + end
    return start


@Language.factory("newsner_possessors", assigns=["doc.ents"], requires=["doc.ents"])
def make_possessors(nlp: Language, name: str):
    """Factory for the possessor split (`split_possessors`)."""
    return _apply


def _apply(doc: Doc) -> Doc:
    # What `doc.ents = ...` does, without building each Span again first.
    doc.set_ents(split_possessors(doc, list(doc.ents)), default="outside")
    return doc
