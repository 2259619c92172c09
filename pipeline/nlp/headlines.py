"""Names in a headline written in title case, checked against the article's body.

In "Arkansas Supreme Court Blocks Local LGBTQ Nondiscrimination" every word is
capitalised, so the recognizer cannot see where a name ends: it reads verbs and
nouns as part of it ("Samantha Bee Rips Media For", "Trump Tax Report"). The
body of the same article is ordinary prose, where the names are read well. So
in a title-case headline an ORG or PERSON of two or more words

- stays when the body names it too (any entity with the same text);
- else becomes the longest run of its words that the body names (with the
  body's label: "Arkansas Supreme Court" as in the body);
- else stays only when it ends in an organisation head word ("Wayne State
  University", "Appeals Court": lexicons org_heads and generic_org_words) or is
  a two-word PERSON whose first word is a known first name;
- else is dropped: an unconfirmed stretch of a headline is not a name.

One-word names and every other label are left as they are. Pure functions over
the two Docs of one article.

A family name alone in a headline or subtitle ("Tillerson to visit Moscow",
"Foster and O'Neill clash"; any case) is the person of the body's one full
name ending so, as it is in the body (`headline_surnames`): the recognizer,
without the first name, often reads it as a place or an organisation. Not when
the body itself uses the word alone for something else ("Tesco" beside a
"Jack Tesco"), and only a capitalised word; a country or nationality the
headline's recognizer read as a place stays one, and so does any place the
gazetteer knows ("Mosul" beside the body's slip "Will Mosul"); a body's "full
name" ending in an organisation's or a facility's word ("Primorye Safari
Park") lends its last word to no headline.

A line of the body in capitals ("AUSTRIA DOMINATE SCOTLAND", a wire story's
headline or a results table's heading) hides name ends the same way; its names
are checked the same way against the rest of the body (`check_caps_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_UPPER, LENGTH
from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.nlp.partial_names import (
    LOCATED,
    PARTIAL_ID,
    acronym_like,
    last_word,
    partial_names,
    placed_word,
)
from pipeline.nlp.spans import NAME_LABELS

CHECKED = frozenset({"ORG", "PERSON"})
# A headline is in title case when at least this share of its words of three or
# more letters is capitalised, over at least this many such words.
TITLE_CASE_SHARE = 0.75
MIN_WORDS = 4


def _enough(words: int, holding: int) -> bool:
    """True when `holding` of `words` (words of three or more letters) is at
    least TITLE_CASE_SHARE, over at least MIN_WORDS words."""
    return words >= MIN_WORDS and holding >= TITLE_CASE_SHARE * words


def _mostly(tokens, test) -> bool:
    """True when `test` holds for enough of the words of three or more letters
    among `tokens` (`_enough`)."""
    words = [t for t in tokens if t.is_alpha and len(t) >= 3]
    return _enough(len(words), sum(map(test, words)))


def is_title_case(doc: Doc) -> bool:
    """True for a headline whose longer words are nearly all capitalised."""
    return _mostly(doc, lambda t: t.text[0].isupper())


def _confirmed(span: Span, body: dict[str, str]) -> Span | None:
    """`span`, or its longest run of words the body names (with the body's label),
    or None."""
    n = len(span)
    for size in range(n, 0, -1):
        for start in range(0, n - size + 1):
            part = span[start : start + size]
            label = body.get(part.text.casefold())
            if label is not None:
                if size == n:
                    return span
                return Span(span.doc, part.start, part.end, label=label)
    return None


def _stands_alone(span: Span) -> bool:
    """An unconfirmed name that still reads as one: an organisation head word at its
    end, or a first name and one more word."""
    if span.label_ == "ORG":
        return is_org_word(span[-1].text)
    return len(span) == 2 and is_given_name(span[0].text)


def _caps_lines(doc: Doc) -> list[Span]:
    """The lines of `doc` whose longer words are nearly all in capitals (`_enough`,
    counted from token arrays: a Token object per word of every body cost more
    than the check)."""
    if not len(doc):
        return []
    alpha, length, upper, space = doc.to_array([IS_ALPHA, LENGTH, IS_UPPER, IS_SPACE]).T
    words = (alpha == 1) & (length >= 3)
    caps = words & (upper == 1)
    breaks = [int(i) for i in np.flatnonzero(space) if "\n" in doc[int(i)].text]
    out, start = [], 0
    for end in [*breaks, len(doc)]:
        if _enough(int(words[start:end].sum()), int(caps[start:end].sum())):
            out.append(doc[start:end])
        start = end + 1
    return out


def check_caps_lines(body: Doc) -> None:
    """Set the names of the body's lines in capitals by the rest of the body, as
    `check_headline` does for a headline, in place."""
    lines = _caps_lines(body)
    if not lines:
        return
    inside = {i for line in lines for i in range(line.start, line.end)}
    named = {e.text.casefold(): e.label_ for e in body.ents if e.start not in inside}
    body.ents = [
        kept
        for ent in body.ents
        if (kept := _checked(ent, named) if ent.start in inside else ent) is not None
    ]


def _checked(ent: Span, named: dict[str, str]) -> Span | None:
    """A name of a headline after the body's check (module doc), or None to drop."""
    if ent.label_ not in CHECKED or len(ent) < 2:
        return ent
    kept = _confirmed(ent, named)
    return ent if kept is None and _stands_alone(ent) else kept


def check_headline(title: Doc, body: Doc) -> None:
    """Set the names of a title-case headline `title` by the article's `body` (see
    the module doc), in place; a headline in sentence case is left alone."""
    if not is_title_case(title):
        return
    named = {e.text.casefold(): e.label_ for e in body.ents}
    title.ents = [k for e in title.ents if (k := _checked(e, named)) is not None]


def _family_names(body: Doc) -> dict[tuple[str, ...], str]:
    """Family name (`partial_names.last_word` form) -> the one full name of the body
    ending so, unless the body names that word alone as anything else: another
    label, or a person it did not link to that full name ("President Trump"
    beside the article's one full "Melania Trump")."""
    last, _ = partial_names(list(body.ents))
    other = {
        key
        for e in body.ents
        if (key := last_word(e))
        and len(key) == len(e)
        and (e.label_ != "PERSON" or e.kb_id_ != last.get(key))
    }
    # A "full name" ending in an organisation's or a facility's word is the
    # recognizer's slip ("Primorye Safari Park"), no one's name to lend.
    return {
        k: v
        for k, v in last.items()
        if k not in other
        and not is_org_word(_last_of(v))
        and _last_of(v) not in lower_set("facility_heads")
    }


def _last_of(name: str) -> str:
    """The lower-cased last word of a name."""
    return name.rsplit(maxsplit=1)[-1].lower() if name.strip() else ""


def headline_surnames(heads: Sequence[Doc], body: Doc) -> None:
    """Set the family names alone of an article's headline and subtitle (`heads`;
    module doc) to the body's person, in place: a name entity of one word becomes
    PERSON linked to the full name (rule id `propagated:person-partial` when it
    was another label), and a capitalised run outside every entity that spells
    such a name (not only common words: lexicon common_lowercase_words) becomes
    one."""
    # A family name's key is made of its person's words: when no word of the
    # headlines is a word of a body person, no key can match, and the body's
    # names (the costly part) are not gathered.
    words = {t.lower_ for head in heads for t in head}
    if not any(
        e.label_ == "PERSON" and any(t.lower_ in words for t in e) for e in body.ents
    ):
        return
    names = _family_names(body)
    if names:
        for head in heads:
            _set_surnames(head, names)


def _set_surnames(head: Doc, names: dict[tuple[str, ...], str]) -> None:
    """`headline_surnames` for one headline, given the body's family names."""
    out, taken = [], bytearray(len(head))
    for e in head.ents:
        key = last_word(e)
        if (
            e.label_ in NAME_LABELS
            and len(key) == len(e)
            and key in names
            and not acronym_like(e)
            # a people ("Turks"), or a country read as a place or organisation:
            # the headline's own label stands for the body's locative evidence
            and not placed_word(e.text, {e.label_, LOCATED})
            # the headline's recognizer and the gazetteer agree on a place
            and not (e.label_ in ("GPE", "LOC", "FAC") and place_kind(e.text))
        ):
            span_id = e.id_ if e.label_ == "PERSON" else PARTIAL_ID
            e = Span(head, e.start, e.end, "PERSON", span_id=span_id, kb_id=names[key])
        out.append(e)
        taken[e.start : e.end] = b"\x01" * len(e)
    for key, full in names.items():
        if all(w in lower_set("common_lowercase_words") for w in key[::2]):
            continue  # "Young" of "Will Young" opens "Young Voters Turn Out"
        for i in range(len(head) - len(key) + 1):
            end = i + len(key)
            if (
                not any(taken[i:end])
                and head[i].text[:1].isupper()
                and not acronym_like(head[i:end])
                and tuple(t.lower_ for t in head[i:end]) == key
                and (
                    end == len(head) or head[end].whitespace_ or not head[end].is_alpha
                )
            ):
                out.append(Span(head, i, end, "PERSON", span_id=PARTIAL_ID, kb_id=full))
                taken[i:end] = b"\x01" * len(key)
    head.ents = sorted(out, key=lambda e: e.start)
