"""A sentence as a short sequence of segments: entities, title phrases and classed
words.

Role and relation patterns are written over this sequence rather than over raw
tokens, so one pattern element stands for a whole name or a whole coordinated
title ("president and chief executive officer"). Each segment becomes one
token of a small synthetic Doc (see `segment_doc`) whose TAG is the segment's
class (PERSON, ORG, TITLE, a word class from role_words.csv such as BE or
PREP, or W for any other word) and whose LOWER is the word itself; spaCy's
Matcher then runs the JSONL patterns over it. No parse is needed: the Docs
carry only entities and sentence boundaries.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.lang.lexicons import lexicon_path
from pipeline.lang.titles import (
    Lexicon,
    Title,
    is_generic_org,
    is_unit_name,
    join_qualifiers,
    load_lexicon,
    parse_title_phrase,
    portfolio_title,
)

ROLE_WORDS_CSV = lexicon_path("role_words")
ENTITY_KINDS = ("PERSON", "ORG")
# Other model labels that are names the model may have given to an organisation
# ("CEO of Catchafire" tagged NORP/PRODUCT); patterns may take them as the organisation.
NAME_LABELS = ("NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT")
_HYPHENS = ("-", "–")
# Words that may continue a portfolio ("Minister of Science and Technology").
_PORTFOLIO_GLUE = {"and", "&", "of"}


@dataclass
class Segment:
    """One pattern unit: doc tokens [start, end), its class `tag`, and what rows need
    from it.

    text/link: surface form and in-article link key (ent.kb_id_) of a PERSON
    or ORG; titles: the normalized titles of a TITLE segment; alias: (text,
    link) of a bracketed acronym folded into an ORG ("Acme Holdings (AH)").
    """

    tag: str
    start: int
    end: int
    word: str
    text: str = ""
    link: str = ""
    titles: list[Title] = field(default_factory=list)
    alias: tuple[str, str] | None = None


@functools.lru_cache(maxsize=4)
def load_word_classes(path: Path = ROLE_WORDS_CSV) -> dict[str, str]:
    """word (lower case) -> class, from role_words.csv; ValueError on a malformed
    row.
    """
    out: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for line, row in enumerate(csv.DictReader(fh), 2):
            word, cls = (
                (row.get("word") or "").strip(),
                (row.get("class") or "").strip(),
            )
            if not word or not cls or not cls.isupper():
                raise ValueError(
                    f"{path}:{line}: need a word and an upper-case class, got {row}"
                )
            out.setdefault(word.lower(), cls)
    return out


@functools.lru_cache(maxsize=1)
def segment_vocab() -> Vocab:
    """A private English vocabulary for segment Docs (LOWER etc. work), the model's
    stays untouched.
    """
    return spacy.blank("en").vocab


def _in_word_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen token glued to both neighbours ("co-founder", "Director-General")."""
    return (
        doc[i].text in _HYPHENS
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _title_at(
    doc: Doc, i: int, stop: int, lex: Lexicon
) -> tuple[int, list[Title], str]:
    """A title phrase starting at token i, not crossing `stop`: (end token, titles,
    portfolio kind of the last).
    """
    idx, words = [], []
    for j in range(i, min(stop, i + 3 * lex.max_len)):
        if _in_word_hyphen(doc, j):
            continue
        idx.append(j)
        words.append(doc[j].lower_.replace("’", "'"))
    if not words:
        return i, [], ""
    end, items = parse_title_phrase(words, 0, lex)
    if not items:
        return i, [], ""
    titles = [
        Title(
            it.entry.canonical,
            join_qualifiers(it.qualifiers),
            doc[idx[it.qual_start] : idx[it.end - 1] + 1].text,
            it.entry.portfolio,
        )
        for it in items
    ]
    return idx[end - 1] + 1, titles, items[-1].entry.portfolio


def _portfolio(doc: Doc, i: int, stop: int, ent_at: dict, kind: str) -> int:
    """End of an "of|for <Capitalised field>" complement at token i, or i when there is
    none.

    An office title ("Secretary of Commerce") also takes a field the model
    tagged as an entity, unless that entity is an organisational unit.
    """
    if kind == "no" or i >= stop or doc[i].lower_ not in ("of", "for"):
        return i
    ent = ent_at.get(i + 1)
    if ent is not None:
        office_field = (
            kind == "office"
            and ent.label in ("ORG", "ENT", "GPE", "NORP")
            and not is_unit_name(ent.text)
        )
        return ent.end if office_field and doc[i + 1].text[:1].isupper() else i
    j, last = i + 1, i
    while j < stop and j not in ent_at:
        tok = doc[j]
        if tok.text[:1].isupper() and tok.is_alpha:
            last = j
        elif tok.lower_ not in _PORTFOLIO_GLUE:
            break
        j += 1
    return last + 1 if last > i else i


@dataclass(frozen=True)
class _Ent:
    """An entity piece: doc tokens [start, end), label, text, link key."""

    start: int
    end: int
    label: str
    text: str
    link: str


def _split_entity(doc: Doc, ent: Span, lex: Lexicon) -> _Ent | None:
    """The entity with a swallowed leading title removed, None when nothing of it is a
    name.

    The model often takes "CEO Jane Doe" as one PERSON and "Chief Executive
    Officer of Acme Corp" as one ORG. The title part is left to the title
    scanner; what remains keeps the label (an ORG remainder loses the link,
    which named the whole span). A portfolio title keeps its field unless the
    field is itself an organisational unit ("Minister of Finance" stays a
    title; "Director of the Research Division" splits).
    """
    piece = _Ent(ent.start, ent.end, ent.label_, ent.text, ent.kb_id_)
    if ent.label_ not in ENTITY_KINDS:
        return piece
    if ent.label_ == "ORG" and is_generic_org(ent.text):
        return None
    end, titles, portfolio_of = _title_at(doc, ent.start, ent.end, lex)
    if not titles:
        return piece
    if end >= ent.end:
        return None
    if ent.label_ == "PERSON":
        return _Ent(end, ent.end, "PERSON", doc[end : ent.end].text, ent.kb_id_)
    if doc[end].lower_ not in ("of", "at", "for", "with") or end + 1 >= ent.end:
        return piece
    rest = doc[end + 1 : ent.end]
    if portfolio_of != "no" and not is_unit_name(rest.text):
        return None
    return _Ent(end + 1, ent.end, "ORG", rest.text, "")


def _split_possessive(doc: Doc, ent: _Ent) -> list[_Ent]:
    """ "Acme's Research Division" as one ORG -> Acme, 's, Research Division (the
    tail being a unit).
    """
    if ent.label != "ORG":
        return [ent]
    for k in range(ent.start + 1, ent.end - 1):
        if doc[k].lower_ in ("'s", "’s"):
            tail = doc[k + 1 : ent.end]
            if is_unit_name(tail.text) and tail[0].text[:1].isupper():
                return [
                    _Ent(ent.start, k, "ORG", doc[ent.start : k].text, ent.link),
                    _Ent(k + 1, ent.end, "ORG", tail.text, ""),
                ]
    return [ent]


def _modifier_tag(ent: _Ent, classes: dict[str, str]) -> str:
    """ADV for an entity that only modifies a title: an ordinal ("the seventh
    president")
    or a one-word date that is an adverb ("currently", "now"); "" otherwise."""
    if ent.label == "ORDINAL" and " " not in ent.text.strip():
        return "ADV"
    if ent.label == "DATE" and classes.get(ent.text.lower()) == "ADV":
        return "ADV"
    return ""


def _title_into_entity(
    doc: Doc, i: int, ent: _Ent, lex: Lexicon
) -> tuple[bool, _Ent | None]:
    """A title starting at token i that runs into the entity `ent` ("Professor" + PERSON
    "Emeritus of
    Mathematics", "a former member" + ORG "Board of Directors of Acme").

    Returns (True, what is left of the entity: a PERSON name after the title, an ORG
    after
    "of|at|for|with", or None when nothing of it is a name), or (False, None) when no
    title crosses
    into it. Checked only when the entity starts within a title's length of i.
    """
    if ent.label not in ENTITY_KINDS or ent.start - i > lex.max_len:
        return False, None
    end, titles, portfolio_of = _title_at(doc, i, ent.end, lex)
    if not titles or end <= ent.start:
        return False, None
    if end >= ent.end:
        return True, None
    if doc[end].lower_ in ("of", "at", "for", "with"):
        rest = doc[end + 1 : ent.end]
        if (
            ent.label == "PERSON"
            or (portfolio_of != "no" and not is_unit_name(rest.text))
            or not len(rest)
        ):
            return (
                True,
                None,
            )  # a field ("Emeritus of Mathematics"): the title scanner takes it
        return True, _Ent(end + 1, ent.end, "ORG", rest.text, "")
    if ent.label == "PERSON" and doc[end].text[:1].isupper():
        return True, _Ent(end, ent.end, "PERSON", doc[end : ent.end].text, ent.link)
    return False, None


def _entity_segments(doc: Doc, ent: _Ent, lex: Lexicon) -> list[Segment]:
    """An entity piece as segments, split where an ORG ends with a title ("Acme
    CEO").
    """
    if ent.label == "ORG" and ent.end - ent.start > 1:
        for k in range(ent.start + 1, ent.end):
            if (
                doc[k - 1].lower_ in ("of", "the", "for", "and", "&")
                or not doc[k].text[:1].isupper()
            ):
                continue
            end, titles, _ = _title_at(doc, k, ent.end, lex)
            if titles and end == ent.end:
                head = doc[ent.start : k]
                return [
                    Segment("ORG", ent.start, k, "<org>", head.text, ent.link),
                    Segment("TITLE", k, end, "<title>", doc[k:end].text, titles=titles),
                ]
            break
    tag = (
        ent.label
        if ent.label in ENTITY_KINDS
        else "NAME"
        if ent.label in NAME_LABELS
        else "ENT"
    )
    return [Segment(tag, ent.start, ent.end, f"<{tag.lower()}>", ent.text, ent.link)]


def raw_segments(
    sent: Span, lex: Lexicon | None = None, classes: dict[str, str] | None = None
) -> list[Segment]:
    """The segments of one sentence before merging (see module doc)."""
    lex = lex or load_lexicon()
    classes = classes if classes is not None else load_word_classes()
    doc = sent.doc
    pieces = (_split_entity(doc, e, lex) for e in sent.ents)
    ent_at = {
        p.start: p for e in pieces if e is not None for p in _split_possessive(doc, e)
    }
    segs: list[Segment] = []
    i = sent.start
    while i < sent.end:
        ent = ent_at.get(i)
        if ent is not None:
            mod = _modifier_tag(ent, classes)
            if mod:
                segs.append(Segment(mod, ent.start, ent.end, ent.text.lower()))
                i = ent.end
                continue
            segs.extend(_entity_segments(doc, ent, lex))
            i = ent.end
            if (
                segs[-1].tag == "NAME"
                and i + 1 < sent.end
                and _in_word_hyphen(doc, i)
                and i + 1 not in ent_at
                and doc[i + 1].is_alpha
            ):
                # "Israeli-American", "French-born": the model tags only the first part,
                # and the
                # second part left alone would read as a title word ("American
                # Professor").
                last = segs[-1]
                segs[-1] = Segment(
                    "NAME",
                    last.start,
                    i + 2,
                    last.word,
                    doc[last.start : i + 2].text,
                    last.link,
                )
                i += 2
            continue
        stop = min([s for s in ent_at if s > i] + [sent.end])
        if stop in ent_at:
            crosses, rest = _title_into_entity(doc, i, ent_at[stop], lex)
            if crosses:
                del ent_at[stop]
                if rest is not None:
                    ent_at[rest.start] = rest
                stop = min([s for s in ent_at if s > i] + [sent.end])
        end, titles, portfolio_of = _title_at(doc, i, stop, lex)
        if titles:
            if portfolio_of != "no":
                pend = _portfolio(doc, end, sent.end, ent_at, portfolio_of)
                if pend > end:
                    for k in [k for k in ent_at if end <= k < pend]:
                        del ent_at[k]
                    field_text = doc[end + 1 : pend].text
                    last = titles[-1]
                    titles[-1] = Title(
                        portfolio_title(last.title, field_text),
                        last.qualifier,
                        doc[i:pend].text
                        if len(titles) == 1
                        else last.raw + " " + doc[end:pend].text,
                    )
                    end = pend
            segs.append(
                Segment("TITLE", i, end, "<title>", doc[i:end].text, titles=titles)
            )
            i = end
            continue
        j = i + 1
        while j + 1 < sent.end and _in_word_hyphen(doc, j) and j + 1 not in ent_at:
            j += 2
        word = doc[i:j].text.lower().replace("’", "'") if j > i + 1 else doc[i].lower_
        tag = classes.get(word, "W")
        if tag == "W" and _is_cap_word(doc[i]):
            tag = "CAP"
        if (
            word in ("'", "’")
            and i > sent.start
            and not doc[i - 1].whitespace_
            and doc[i - 1].lower_.endswith("s")
        ):
            tag = "POSS"
        segs.append(Segment(tag, i, j, word, doc[i:j].text if tag == "CAP" else ""))
        i = j
    return segs


def _is_cap_word(tok) -> bool:
    """A capitalised word outside any entity: a possible organisation name the model
    missed.
    """
    return (
        tok.text[:1].isupper()
        and any(c.isalpha() for c in tok.text)
        and tok.text != "I"
        and not is_generic_org(tok.text)
    )


def sentence_segments(sent: Span) -> list[Segment]:
    """Merged segments of one sentence (raw_segments then merge_segments)."""
    from pipeline.extract.segment_merge import (
        merge_segments,
    )  # it builds on Segment, defined here

    return merge_segments(raw_segments(sent))


def segment_doc(segs: list[Segment]) -> Doc:
    """The synthetic Doc the role and relation Matchers run on: one token per
    segment.
    """
    return Doc(
        segment_vocab(), words=[s.word or "_" for s in segs], tags=[s.tag for s in segs]
    )
