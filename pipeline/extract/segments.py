"""A sentence as a short sequence of segments: entities, title phrases and classed
words.

Role and relation patterns are written over this sequence rather than over raw
tokens, so one pattern element stands for a whole name or a whole coordinated
title ("president and chief executive officer"). Each segment becomes one
token of a small synthetic Doc (see `segment_doc`) whose TAG is the segment's
class (PERSON, ORG, TITLE, a word class from role_words.csv such as BE or
PREP, CAP for a capitalised word outside any entity, HON for a courtesy title
such as "Mr" or "Dr" (lexicon honorifics), or W for any other word) and whose
LOWER is the word itself ("_" for a word no pattern names); spaCy's Matcher
then runs the JSONL patterns over it.
No parse is needed: the Docs carry only entities and sentence boundaries.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.extract.segment_entities import (
    append_entity,
    split_entity,
    split_possessive,
    title_into_entity,
)
from pipeline.extract.segment_portfolios import (
    field_after,
    field_case,
    leading_portfolio,
    leading_qualifiers,
)
from pipeline.extract.segment_types import (
    HYPHENS,
    Segment,
    in_word_hyphen,
    load_word_classes,
    title_at,
    title_can_start,
)
from pipeline.extract.sentence_texts import span_text
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import (
    is_generic_org,
    is_honorific,
)
from pipeline.lang.offices import portfolio_title
from pipeline.lang.titles import (
    Lexicon,
    Title,
    join_qualifiers,
    load_lexicon,
)


def raw_segments(
    sent: Span,
    lex: Lexicon | None = None,
    classes: dict[str, str] | None = None,
    ents: list[Span] | None = None,
) -> list[Segment]:
    """The segments of one sentence before merging (see module doc). `ents` are the
    sentence's entities when the caller has them (Span.ents rescans Doc.ents)."""
    lex = lex or load_lexicon()
    classes = classes if classes is not None else load_word_classes()
    doc = sent.doc
    pieces = (split_entity(doc, e, lex) for e in (sent.ents if ents is None else ents))
    ent_at = {
        p.start: p for e in pieces if e is not None for p in split_possessive(doc, e)
    }
    segs: list[Segment] = []
    # Each token read once: most are plain words, and a spaCy Token is built anew
    # at every doc[i]. What a word is alone (`_word_kind`) is read once per
    # distinct word: only a lexicon first word can open a title (`title_at`).
    toks, base, end = list(sent), sent.start, sent.end
    kinds = _kinds(lex, classes)
    info = [kinds.get(t.orth) or _word_kind(kinds, t, lex, classes) for t in toks]
    i = base
    while i < end:
        ent = ent_at.get(i)
        if ent is not None:
            if _opens_title(doc, ent, lex) and title_at(doc, i, end, lex)[1]:
                # "First Minister", "First Deputy Prime Minister": the ordinal opens
                # the title; so does a one-word qualifier the model took for a name
                # ("APAC CEO").
                del ent_at[i]
            else:
                i = append_entity(doc, ent, end, ent_at, segs, lex, classes)
                continue
        opens, word, tag, text, _ = info[i - base]
        if opens:
            found, i = _title_segment(doc, i, end, ent_at, segs, lex)
            if found:
                continue
        j = i + 1
        # (the fifth of a word kind: whether the word is a hyphen)
        while (
            j + 1 < end
            and info[j - base][4]
            and in_word_hyphen(doc, j)
            and j + 1 not in ent_at
        ):
            j += 2
        if j > i + 1:
            # A hyphenated word ("co-founder"): its class is the whole word's.
            word = doc[i:j].text.lower().replace("’", "'")
            tag = _tag(word, toks[i - base].text, classes)
            text = doc[i:j].text if tag == "CAP" else ""
        if (
            word in ("'", "’")
            and i > base
            and not toks[i - 1 - base].whitespace_
            and toks[i - 1 - base].lower_.endswith("s")
        ):
            tag, text = "POSS", ""
        segs.append(Segment(tag, i, j, word, text))
        i = j
    return segs


# (id of a lexicon, id of a word class map) -> (both, token orth -> `_word_kind`).
_KINDS: dict[tuple[int, int], tuple[Lexicon, dict, dict]] = {}
# Distinct words kept per lexicon: about a corpus's vocabulary, bounded for memory.
_MAX_KINDS = 1 << 17


def _kinds(lex: Lexicon, classes: dict[str, str]) -> dict:
    """The word kinds read so far with this lexicon and these word classes."""
    key = (id(lex), id(classes))
    entry = _KINDS.get(key)
    if entry is None or entry[0] is not lex or entry[1] is not classes:
        if len(_KINDS) > 8:
            _KINDS.clear()
        entry = _KINDS[key] = (lex, classes, {})
    if len(entry[2]) > _MAX_KINDS:
        entry[2].clear()
    return entry[2]


def _tag(word: str, first: str, classes: dict[str, str]) -> str:
    """The class of a plain word (lower case `word`, its first token's text
    `first`): its role_words class, HON, CAP or W."""
    tag = classes.get(word, "W")
    if tag == "W" and first[:1].isupper() and is_honorific(first):
        # A courtesy title is no organisation name: "a spokesman for Mrs May".
        tag = "HON"
    elif tag == "W" and _is_cap_word(first):
        tag = "CAP"
    return tag


def _word_kind(kinds: dict, tok, lex: Lexicon, classes: dict[str, str]) -> tuple:
    """(whether a title can start at it, lower case, class, text kept, whether
    it is a hyphen) of a token read alone, stored in `kinds` under its orth."""
    word, text = tok.lower_, tok.text
    tag = _tag(word, text, classes)
    kind = (
        title_can_start(tok, lex),
        word,
        tag,
        text if tag == "CAP" else "",
        text in HYPHENS,
    )
    kinds[tok.orth] = kind
    return kind


def _title_segment(
    doc: Doc, i: int, sent_end: int, ent_at: dict, segs: list[Segment], lex: Lexicon
) -> tuple[bool, int]:
    """Append the title phrase starting at token i (its portfolio and a leading
    office field taken in) to `segs`: (True, the token after it); (False, i)
    when no title starts there. An entity the title runs into is cut or dropped
    from `ent_at`."""
    stop = _next_start(ent_at, i, sent_end)
    if stop in ent_at:
        crosses, rest = title_into_entity(doc, i, ent_at[stop], lex)
        if crosses:
            del ent_at[stop]
            if rest is not None:
                ent_at[rest.start] = rest
            stop = _next_start(ent_at, i, sent_end)
    end, titles, portfolio_of = title_at(doc, i, stop, lex)
    if titles:
        if portfolio_of != "no":
            field_text, pend = field_after(
                doc, end, sent_end, ent_at, portfolio_of, lex
            )
            if pend > end:
                for k in [k for k in ent_at if end <= k < pend]:
                    del ent_at[k]
                last = titles[-1]
                titles[-1] = Title(
                    portfolio_title(last.title, field_text, lex),
                    last.qualifier,
                    doc[i:pend].text
                    if len(titles) == 1
                    else last.raw + " " + doc[end:pend].text,
                )
                end = pend
        if titles[0].portfolio == "office":
            k, start = leading_portfolio(doc, segs, lex)
            if k < len(segs):
                # "Justice Minister", "Homeland Security Secretary", "the former
                # education secretary", "former justice minister and attorney
                # general" (the field is the first title's, "former" both's)
                words = [t.text for t in doc[segs[k].start : start]]
                entries = leading_qualifiers(words, lex=lex)
                quals = [e.qualifier for e in entries]
                shared = [e.qualifier for e in entries if e.scope == "all"]
                field = field_case(doc[start:i])
                i = segs[k].start
                del segs[k:]
                first = titles[0]
                titles = [
                    replace(
                        first,
                        title=f"{field} {first.title}",
                        qualifier=join_qualifiers([*quals, first.qualifier]),
                        raw=doc[i:end].text,
                    ),
                    *(
                        replace(t, qualifier=join_qualifiers([*shared, t.qualifier]))
                        for t in titles[1:]
                    ),
                ]
        text = span_text(doc[i:end])  # (cut from the Doc's text: no Token built)
        segs.append(Segment("TITLE", i, end, "<title>", text, titles=titles))
        return True, end
    return False, i


def _opens_title(doc: Doc, ent, lex: Lexicon) -> bool:
    """An ordinal, or one word that is a title qualifier (lexicon qualifiers)."""
    if doc[ent.start].ent_type_ == "ORDINAL":
        return True
    return ent.end - ent.start == 1 and (doc[ent.start].lower_,) in lex.qualifiers


def _next_start(ent_at: dict, i: int, end: int) -> int:
    """The first entity start after token i, or `end` (few entities: a scan)."""
    return min((s for s in ent_at if s > i), default=end)


def _is_cap_word(text: str) -> bool:
    """A capitalised word outside any entity: a possible organisation name the model
    missed.
    """
    return (
        text[:1].isupper()
        and any(c.isalpha() for c in text)
        # pronouns open sentences capitalised but name nothing: "It's President X"
        and text.lower() not in lower_set("pronouns")
        and not is_generic_org(text)
    )
