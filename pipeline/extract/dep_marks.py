"""Marks put on a parsed sentence before the dependency patterns run
(pipeline.extract.dep_roles).

- titles: title phrases of the roles lexicon (titles.csv) and occupation nouns
  (occupations.csv), flagged on their head token (TAG NR_TITLE);
- people: names, and the relative pronouns and "he"/"she" that stand for
  one (NR_PERSON);
- "its"/"whose" that stand for an organisation (NR_ITS), and a bare "the
  company"/"the club" after the one organisation of the sentence (an ORG entity);
- the heads of a person subject (LEMMA NR_SUBJ_HEAD: "Jane Doe [joined] ..."),
  so a pattern rooted at "the verb of a person" need not try every token.

Each returns a map from the flagged token to what it stands for, so the
patterns can stay plain DependencyMatcher data.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from pipeline.extract.segment_types import HYPHENS, in_word_hyphen
from pipeline.lang.gender import pronoun_fits
from pipeline.lang.lexicons import lower_set
from pipeline.lang.occupations import load_occupations
from pipeline.lang.plurals import plural_title_word
from pipeline.lang.titles import (
    Title,
    load_lexicon,
    longest_qualifier,
    longest_title,
    title_key,
)

RELATIVE = {"who", "that"}
PERSONAL = {"he", "she"}

# The marks are written into the TAG attribute, which this parse-only pipeline
# leaves empty (no tagger): a built-in attribute is far cheaper for the
# DependencyMatcher than a custom extension. The three marks never fall on
# one token (titles and "its" are never inside an entity).
TITLE_TAG, PERSON_TAG, ITS_TAG = "NR_TITLE", "NR_PERSON", "NR_ITS"


def mark_titles(doc: Doc) -> dict[int, Title]:
    """Titles of the parsed sentence: head (last) token index -> Title; the head token
    is flagged.

    Each title of a coordination is its own entry ("president and CEO": two),
    so the parser's conj links can spread an organisation over them.
    """
    lex = load_lexicon()
    # Tokens read once (doc[i] builds a Token anew); only a hyphen can be an
    # in-word one.
    toks = list(doc)
    kept = [t for t in toks if t.text not in HYPHENS or not in_word_hyphen(doc, t.i)]
    idx = [t.i for t in kept]
    words = [t.lower_.replace("’", "'") for t in kept]
    out: dict[int, Title] = {}
    i = 0
    while i < len(words):
        # Only a word that opens some lexicon entry can open a title.
        n, entry = (
            longest_title(words, i, lex) if words[i] in lex.first_words else (0, None)
        )
        if not entry or doc[idx[i]].ent_type_:
            i += 1
            continue
        qualifier, first = _qualifier_before(doc, idx, words, i, lex)
        head = doc[idx[i + n - 1]]
        out[head.i] = Title(
            entry.canonical, qualifier, doc[first : head.i + 1].text, entry.portfolio
        )
        head.tag_ = TITLE_TAG
        i += n
    covered = {
        j
        for head, t in out.items()
        for j in range(head - len(title_key(t.raw)) - 2, head + 1)
    }
    occupations = load_occupations()
    for tok in toks:
        occupation = occupations.get(tok.lower_)
        # Not inside a title ("executive" of "chief executive"), not an adjective.
        if (
            occupation is not None
            and tok.i not in covered
            and not tok.ent_type_
            and tok.dep_ != "amod"
        ):
            at = idx.index(tok.i) if tok.i in idx else -1
            qualifier = _qualifier_before(doc, idx, words, at, lex)[0] if at > 0 else ""
            out[tok.i] = Title(occupation, qualifier, tok.text, "no")
            tok.tag_ = TITLE_TAG
    return out


def _qualifier_before(
    doc: Doc, idx: list[int], words: list[str], i: int, lex
) -> tuple[str, int]:
    """The one-word qualifier of the title at words[i] and the token its raw text
    starts at: the word right before it ("former CEO"), or the word before an
    organisation the title follows ("a former Acme executive", as the segment
    fold reads it); ("", the title's first token) when there is none."""
    q_len, qual = longest_qualifier(words, i - 1, lex) if i else (0, None)
    if qual and q_len == 1:
        return qual.qualifier, idx[i - 1]
    j = i
    while j > 0 and doc[idx[j - 1]].ent_type_ == "ORG":
        j -= 1
    q_len, qual = longest_qualifier(words, j - 1, lex) if j < i else (0, None)
    return (qual.qualifier if qual and q_len == 1 else ""), idx[i]


def mark_people(doc: Doc, titles: dict | None = None) -> dict[int, int]:
    """Token index -> index of the PERSON token it stands for; the tokens are flagged.

    A PERSON entity holding the head of a title (`titles`, from mark_titles) is a
    misread title's tail ("Professor [Emeritus of Physics]"), left out.

    Besides the names themselves: a relative pronoun whose clause hangs on a
    name, or on a noun that describes one ("an engineer who ...", "Jane Doe,
    a chemist who ..."), or that follows a name and a comma ("A, B, who ..."
    is B's); and "he"/"she" when the sentence names exactly one
    person, before the pronoun, and the same pronoun does not come before the
    name (kept this narrow because precision matters more than recall here).
    """
    titles = titles or {}
    named = [
        ent
        for ent in doc.ents
        if ent.label_ == "PERSON" and not any(t.i in titles for t in ent)
    ]
    out = {t.i: t.i for ent in named for t in ent}
    named_at = frozenset(out)
    for tok in doc:
        low = tok.lower_
        if (
            low in RELATIVE
            and tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "relcl"
        ):
            # ", who" right after a name is theirs, wherever the parse hung it.
            near = tok.i - 2 if tok.i > 1 and doc[tok.i - 1].text == "," else -1
            ante = doc[near] if near in named_at else tok.head.head
            if ante.i not in out and ante.dep_ in ("attr", "appos", "conj"):
                up = ante
                while up.dep_ == "conj":
                    up = up.head
                holder = (
                    up.head
                    if up.dep_ == "appos"
                    else next((c for c in up.head.children if c.dep_ == "nsubj"), None)
                    if up.dep_ == "attr"
                    else None
                )
                ante = holder if holder is not None else ante
            if ante.i in out:
                out[tok.i] = out[ante.i]
        elif (
            low in PERSONAL
            and len(named) == 1
            and named[0].end <= tok.i
            and pronoun_fits(low, named[0].text)
            # "He studied under X, where he ...": the first "he" is the later one's
            and not any(t.lower_ == low for t in doc[: named[0].start])
        ):
            out[tok.i] = named[0].root.i
    for i in out:
        doc[i].tag_ = PERSON_TAG
    return out


SUBJ_HEAD = "NR_SUBJ_HEAD"


def mark_subject_heads(doc: Doc, people: dict[int, int]) -> None:
    """Flag (in LEMMA, which the parse-only pipeline leaves empty) every token whose
    subject is a person token of `people`: the roots of the patterns about what a
    person does. Without the flag such a root would be tried at every token.
    Every other token gets "_" (spaCy's Matcher reads LEMMA only when the Doc
    has one)."""
    # One array write, not a Token built per word.
    underscore = doc.vocab.strings.add("_")
    doc.from_array([LEMMA], numpy.full((len(doc), 1), underscore, dtype="uint64"))
    for i in people:
        tok = doc[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != i:
            tok.head.lemma_ = SUBJ_HEAD


def conjuncts(tok: Token) -> list[Token]:
    """The token and everything coordinated with it (both directions of the conj
    chain).
    """
    return [tok, *tok.conjuncts]


def org_conjuncts(tok: Token) -> list[Token]:
    """The organisation token, its conjuncts, and an organisation in apposition to any
    of them.

    "taught at Teachers College, Columbia University" names two organisations
    he worked for; an apposition that is not itself an organisation ("Acme, a
    unit of Beta") adds nothing.
    """
    out = conjuncts(tok)
    names = [w for t in out for w in _entity_tokens(t)]
    return out + [
        c
        for w in names
        for c in w.children
        if c.dep_ == "appos" and c.ent_type_ == "ORG" and c not in out
    ]


def _entity_tokens(tok: Token) -> list[Token]:
    """The tokens of the entity holding tok (the acronym "(MIT)" hangs on
    "Institute", not "Technology").
    """
    if not tok.ent_type_:
        return [tok]
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def mark_its(doc: Doc) -> dict[int, int]:
    """ "its" -> the organisation when the sentence names exactly one, before it;
    "whose" -> the organisation it follows.

    ("Acme, whose chief executive is Jane Doe"; "founded Acme and is its
    chief executive"). The tokens are flagged for the patterns.
    """
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    org_tokens = {t.i for e in orgs for t in e}
    out = {}
    for t in doc:
        if t.dep_ != "poss":
            continue
        if (
            t.lower_ == "its"
            and len({e.text for e in orgs}) == 1
            and orgs[0].end <= t.i  # refers back: "As its designer X told Acme"
        ):
            out[t.i] = orgs[0].root.i
        elif (
            t.lower_ == "whose"
        ):  # the noun the relative clause hangs on must be the organisation
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and clause.head.i in org_tokens:
                out[t.i] = clause.head.i
    for i in out:
        doc[i].tag_ = ITS_TAG
    return out


# Nouns that, as "the <noun>", refer back to an organisation named earlier in
# the sentence ("co-founded Acme and has led the company since").
KIND_NOUNS = lower_set("org_kind_nouns")


def mark_the_org(doc: Doc) -> dict[int, int]:
    """ "the company"/"the club" -> the organisation, when the sentence names exactly
    one, before it.

    The noun becomes a one-token ORG entity so the patterns take it for a name;
    the map sends it to the organisation it stands for. Only a bare "the <noun>"
    (no other modifier: "the company her father founded" is another one), and
    only as subject or object, where a role verb can govern it.
    """
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    if len({e.text for e in orgs}) != 1:
        return {}
    out = {}
    for t in doc[orgs[0].end :]:
        if (
            t.lower_ in KIND_NOUNS
            and not t.ent_type_
            and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
            and [k.lower_ for k in t.children] == ["the"]
        ):
            out[t.i] = orgs[0].root.i
    if out:
        doc.ents = list(doc.ents) + [Span(doc, i, i + 1, label="ORG") for i in out]
    return out


def plural_title(tok: Token) -> bool:
    """A title word written in the plural ("professors", "directors", "spokesmen";
    not "boss"): a title then names several people (`lang.plurals`)."""
    return plural_title_word(tok.lower_)
