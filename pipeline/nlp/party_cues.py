"""A party named by its members' word before a party office: "Labour MP Jo Roe",
"Democratic presidential candidate Jo Roe", "Liberal Democrat leader Jo Roe".

News names a politician's party by the word its members go by, right before
the office they hold for it. The model reads that word as a nationality (the
"Democrat" of "Liberal Democrat", "Tory") or, at a sentence's start,
as nothing at all, so the row lost its organisation. A party's word (lexicon
party_words, as the party writes it, capitalised: "Fine Gael", "Tory", "SNP")
right before a party office (lexicon party_offices: a title's canonical name,
"Leader", "Member of Parliament", "Candidate"; at most two lower-case words
between, "Tory leadership candidate") that runs straight into a model PERSON
is that person's organisation: an ORG with rule id `org:party-before-title`,
which the roles then read as the office's organisation.

Offices of state are left out of party_offices ("Democratic Senator Jo Roe"
holds a seat of the Senate, not of the party), and so is a word the model took
into another name ("Green Party" or a person's name), one after an
organisation, whose office it is ("House Democratic Leader", "Senate Labour
leader"), and one after a capitalised word that is no stop word or qualifier
and that no place or nationality holds, which ends a longer name ("New
Democrat", Canada's party); a place or nationality before it stays ("New York
Democratic lawmaker"), and one the model ran on into the party word keeps what
is left ("Scottish" of "Scottish Labour leader"). Such an ORG of a party
adjective (lexicon party_adjectives) does not vote in the article's label votes
(`consistency`): "Democratic" before "Gov. Jo Roe" is only an adjective. The
org_aliases lexicon gives the American words their parties' names and
home_countries their country ("Democratic" is the US Democratic Party in a
story that names the US). "Conservative" is not in the lexicon: many countries'
parties have that name, and on the News corpus half the rows it gave were put
in a country the story was not about.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set, words
from pipeline.lang.orgscope import scope_code
from pipeline.lang.places import place_kind
from pipeline.lang.titles import longest_qualifier, whole_title

PARTY_RULE = "org:party-before-title"
# What may stand before a party word: "Scottish Labour", "New York Democratic".
PLACE_LABELS = ("NORP", "GPE", "LOC")
# The most lower-case words between a party's word and its office
# ("Democratic presidential candidate", "Tory leadership candidate").
_MAX_BETWEEN = 2
# The longest office, in tokens, read back from the person ("deputy chief whip").
_MAX_OFFICE = 4


@functools.cache
def _party_words() -> frozenset[tuple[str, ...]]:
    """Each party word of the lexicon as its lower-cased tokens."""
    return frozenset(tuple(w.lower().split()) for w in words("party_words"))


def _office_start(doc: Doc, person: Span) -> int | None:
    """Where the party office that runs straight into `person` begins, the longest
    one read back from the name (qualifiers included: "deputy leader"); None
    when no party office ends there."""
    offices = lower_set("party_offices")
    found = None
    for j in range(person.start - 1, max(person.start - 1 - _MAX_OFFICE, -1), -1):
        if not doc[j].is_alpha:
            break
        _, entry = whole_title([t.lower_ for t in doc[j : person.start]])
        if entry is not None and entry.canonical.lower() in offices:
            found = j
    return found


def _party_at(doc: Doc, end: int) -> tuple[int, int] | None:
    """(start, end) of a capitalised party word of the lexicon before token `end`,
    at most `_MAX_BETWEEN` lower-case words before it; None when there is none."""
    parties = _party_words()
    longest = max((len(p) for p in parties), default=0)
    for gap in range(_MAX_BETWEEN + 1):
        stop = end - gap
        if gap and not (doc[stop].is_alpha and doc[stop].is_lower):
            return None
        for n in range(min(longest, stop), 0, -1):
            toks = doc[stop - n : stop]
            if toks[0].text[:1].isupper() and tuple(t.lower_ for t in toks) in parties:
                return stop - n, stop
        if stop == 0:
            return None
    return None


def _longer_name(doc: Doc, start: int, ents: list[Span]) -> bool:
    """Whether the word before a party word at `start` is a capitalised one that is
    no stop word, no qualifier ("Former") and held by no place or nationality:
    the party's name is longer ("New Democrat", Canada's), not the word's."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and not before.is_stop  # "The Tory leader"
        and longest_qualifier([before.lower_], 0)[1] is None  # "Former Tory MP"
        and not any(_place_before(doc, e, start) for e in ents)
    )


def _place_before(doc: Doc, ent: Span, start: int) -> bool:
    """Whether `ent` is a place or nationality ending at `start` or running on into
    the party word there with a country's, a nation's or a place's name
    ("Scottish Labour"; not "New Democrat")."""
    if ent.label_ not in PLACE_LABELS or not ent.start < start <= ent.end:
        return False
    lead = doc[ent.start : start].text
    return ent.end == start or bool(
        country_code(lead) or scope_code(lead) or place_kind(lead)
    )


def party_before_title(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (in order, non-overlapping) with a party's word before the party office
    of a model PERSON made an ORG (see the module doc); a NORP it cuts into keeps
    its words before the party's."""
    out = list(ents)
    for person in ents:
        if person.label_ != "PERSON" or person.id_:
            continue
        office = _office_start(doc, person)
        if office is None:
            continue
        found = _party_at(doc, office)
        if found is None:
            continue
        start, end = found
        if any(e.end == start and e.label_ == "ORG" for e in out) or _longer_name(
            doc, start, out
        ):
            continue  # "Senate Labour leader": the body's office
        over = [e for e in out if e.start < end and start < e.end]
        if any(e.label_ != "NORP" or e.end > end for e in over):
            continue  # the model's own name ("Democratic Party", a person's)
        kept = [
            Span(doc, e.start, start, label=e.label_, span_id=e.id_)
            for e in over
            if e.start < start
        ]
        party = Span(doc, start, end, label="ORG", span_id=PARTY_RULE)
        out = sorted(
            [e for e in out if e not in over] + kept + [party], key=lambda s: s.start
        )
    return out
