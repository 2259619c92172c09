"""Partial person names within an article: which full name "Okafor", "Mr. Okafor" or
"Amara" stands for, and when a partial may take over another label's mention
(a family name the writer introduced with the full name, a title a rule read)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from spacy.tokens import Doc, Span, Token

from pipeline.lang.countries import nation_word, people_word
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import (
    HONORIFICS,
    NAME_SUFFIXES,
    after_patronymic,
    canonical_person_name,
    family_name_first,
)
from pipeline.nlp.name_owners import introduced_owner, is_initial, one_person
from pipeline.nlp.place_cues import LOCATIVES
from pipeline.nlp.shared_family import shared_family_names
from pipeline.nlp.spans import NAME_LABELS

# Votes for another label that keep a last name from being linked to a person.
STRONG_OTHER = 3

PARTIAL_ID = "propagated:person-partial"
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
# What `partial_names` adds to a word's labels when a locative stands before it.
LOCATED = "after a locative"
_LOCATING = LOCATIVES - {"from"}  # the locatives that place a name
# One word of a name: letters, with apostrophes inside ("O'Rourke", "Ra'ad"), and
# the replacement characters a scrape left for an accented letter it could not
# read ("N\ufffd\ufffdir\ufffd\ufffdn" for "Nóirín"; `reduce.name_slips`).
_NAME_WORD = re.compile(r"[^\W\d_]+(?:(?:['’]|\ufffd+)[^\W\d_]+)*\ufffd*")
# The hyphens a family name is joined with ("Diaz-Canel", "Salas-Wright").
_JOINERS = frozenset({"-", "‐", "‑"})


def name_word(tok: Token) -> bool:
    """A token that can be a word of a person's name: letters, apostrophes inside."""
    return tok.is_alpha or _NAME_WORD.fullmatch(tok.text) is not None


def last_word(e: Span) -> tuple[str, ...]:
    """The lower-cased tokens of the span's last word (the tokens after its last
    space), when they spell one name: "canel" alone would name no one in
    "Miguel Diaz-Canel", whose family name the tokenizer splits in three
    ("diaz", "-", "canel"); () for anything else ("2nd", "U.S.", "Smith-")."""
    doc, start = e.doc, e.end - 1
    if start < e.start:
        return ()
    if start == e.start or doc[start - 1].whitespace_:
        # The common case, one token after a space: no slice built.
        last = doc[start]
        return (last.lower_,) if name_word(last) else ()
    while start > e.start and not doc[start - 1].whitespace_:
        start -= 1
    toks = doc[start : e.end]
    for i, t in enumerate(toks):
        if not (t.text in _JOINERS if i % 2 else name_word(t)):
            return ()
    return tuple(t.lower_ for t in toks) if len(toks) % 2 else ()


def one_word(e: Span) -> bool:
    """The span is a single word of a name (its tokens joined without space)."""
    return len(last_word(e)) == len(e)


def acronym_like(span: Span) -> bool:
    """One word of three capitals or fewer: "UN" is no "Kim Jong Un"."""
    return len(span) == 1 and span.text.isupper() and len(span.text) <= 3


def placed_word(word: str, labels: set[str]) -> bool:
    """A word the text names alone (with `labels`) as a country, once at least
    after a locative ("in Syria"), or as a people ("Turks", "Chinese"), and never
    as a person: no family name, though the recognizer ended a name with it
    ("Mohammad Jameel Syria", "Ottoman Turks"). "Jordan", a person at least
    once beside "Michael Jordan", is one, and so is "Holland" of "Trevor
    Holland", never written "in Holland"."""
    if "PERSON" in labels:
        return False
    if "NORP" in labels and people_word(word):
        return True
    return LOCATED in labels and nation_word(word)


# Words after a name that are none of it: "Jr.", "Sr.", "PhD".
_AFTER_NAME = NAME_SUFFIXES | {"jr", "sr"}


def _name_words(e: Span) -> list[Token]:
    """The words of a name, initials included ("M. Bevan" is the Bevan of a
    scorecard), without courtesy titles ("Mr", "King Salman", the "Sgt" of a
    damaged "Anne Roe Sgt O'Brien") or the suffixes after it ("Jr."), but for
    a title word that is also a family name ending it (lexicon surname_titles:
    "Steve King", "John Major", "Erik Prince")."""
    words = [t for t in e if name_word(t) or is_initial(t.text)]
    while words and words[-1].lower_.rstrip(".") in _AFTER_NAME:
        words.pop()
    last = len(words) - 1
    return [
        t
        for k, t in enumerate(words)
        if t.lower_.rstrip(".") not in HONORIFICS
        or (k == last and k > 0 and t.lower_ in lower_set("surname_titles"))
    ]


def partial_names(
    ents: list[Span], lasts: list[tuple[str, ...]] | None = None
) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Partial name (its lower-cased tokens, `last_word`) -> canonical full name,
    for family names of exactly one full name (the last word, or the first of a
    name written family name first: "Wang" of "Wang Donghai"), or of several of
    which exactly one is written before the name's first use alone
    (`name_owners.introduced_owner`), and (second
    map, by the lower-cased word) for first words of exactly one full name that
    no full name ends with ("Alan" for "Alan Shearer" when no other Alan is named;
    "Jennifer" for the Jennifer Gibbs of "Jennifer and Keith Gibbs":
    `shared_family.shared_family_names`).
    `lasts`: each entity's `last_word`, when already read.
    """
    lasts = [last_word(e) for e in ents] if lasts is None else lasts
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    first_at: dict[str, int] = {}  # where each full name is first written
    first_alone: dict[tuple[str, ...], int] = {}  # each family name's first use alone
    for e, last_of_e in zip(ents, lasts):
        if e.label_ != "PERSON":
            continue
        words = _name_words(e)
        if len(words) >= 2 and len(words[-1]) > 1:
            full = canonical_person_name(e.text)
            first_at.setdefault(full, e.start)
            # "Salman" of "Mohammed bin Salman" names his father, no family name
            if not after_patronymic(" ".join(w.lower_ for w in words)):
                # "Diaz-Canel" and, as before, "Canel" ("Halabi" of "al-Halabi")
                for key in {last_of_e, (words[-1].lower_,)} - {()}:
                    owners[key].add(full)
            if family_name_first(full):
                # "Wang" for "Wang Donghai": the family name is written first
                owners[(words[0].lower_,)].add(full)
            elif len(words[0]) > 1 and words[0].is_alpha:
                firsts[words[0].lower_].add(full)
    # "Jennifer and Keith Gibbs": Jennifer's full name, never written (first names
    # only: the family name alone stays Keith's, the one written in full).
    for word, full in shared_family_names(ents).items():
        firsts[word].add(full)
    alone: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e, word in zip(ents, lasts):
        if len(word) == len(e):
            alone[word].add(e.label_)
            first_alone.setdefault(word, e.start)
            if (
                e.label_ in PLACE_LABELS
                and e.start
                and e.doc[e.start - 1].lower_ in _LOCATING
            ):
                alone[word].add(LOCATED)
    owners = {
        k: one_person(v)
        for k, v in owners.items()
        if not placed_word("".join(k), alone.get(k, set()))
    }
    last = {
        k: full
        for k, v in owners.items()
        if (full := introduced_owner(v, first_at, first_alone.get(k)))
    }
    first = {
        k: next(iter(v))
        for k, v in firsts.items()
        if (k,) not in owners and len(v) == 1
    }
    return last, first


def titled_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A model entity of another label ending in a surname a rule saw after "Mr."/"Dr."
    is that person.

    "Amara Okafor" (model: GPE) and later "Ms. Okafor" (rule: PERSON) ->
    "Amara Okafor" is PERSON; the title is stronger evidence than the model.
    """
    titled = {
        e[-1].lower_
        for e in ents
        if e.label_ == "PERSON" and e.id_.startswith("person:")
    }
    if not titled:
        return ents
    out = []
    for e in ents:
        if (
            e.label_ in NAME_LABELS
            and e.label_ != "PERSON"
            and not e.id_
            and 2 <= len(e) <= 4
            and e[-1].lower_ in titled
            and all(t.is_title for t in e)
        ):
            e = Span(doc, e.start, e.end, label="PERSON", span_id=PARTIAL_ID)
        out.append(e)
    return out


def introduced_names(
    doc: Doc, ents: list[Span], lasts: list[tuple[str, ...]] | None = None
) -> set[tuple[str, ...]]:
    """Last words (`last_word`; `lasts`: each entity's, when already read) whose
    full name comes before any mention of the word alone.

    News introduces a person by full name and then uses the surname ("Jeff
    Tarango ... Tarango said", "Wang Donghai ... Wang"); a company named after a
    person ("Ford") is usually named alone before any "Henry Ford".
    """
    first_full: dict[tuple[str, ...], int] = {}
    first_alone: dict[tuple[str, ...], int] = {}
    lasts = [last_word(e) for e in ents] if lasts is None else lasts
    for e, word in zip(ents, lasts):
        # A full name has two name words, written with a space or not ("Adama-Barrow"
        # in text whose spaces became hyphens).
        if e.label_ == "PERSON" and word and sum(map(name_word, e)) >= 2:
            first_full.setdefault(word, e.start)
            first_full.setdefault(word[-1:], e.start)
            if family_name_first(canonical_person_name(e.text)):
                first_full.setdefault((e[0].lower_,), e.start)
        elif len(word) == len(e):
            first_alone.setdefault(word, e.start)
    return {w for w, i in first_full.items() if i < first_alone.get(w, len(doc))}


def partial_allowed(
    key: tuple[str, ...], votes: dict, introduced: set[str] = frozenset()
) -> bool:
    """A last name may link to its full name unless it is often something else ("Ford"
    the company)
    and was not introduced by the full name first."""
    if key in introduced:
        return True
    other = sum(
        w for label, w in votes.get(key, Counter()).items() if label != "PERSON"
    )
    return other < STRONG_OTHER
