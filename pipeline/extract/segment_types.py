"""The pieces sentence segmentation is built from: the Segment record, the word
classes of role_words (lexicon), the private vocabulary and synthetic Doc the
segment patterns run on, and the title scan at a token (`title_at`)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

import numpy
from spacy.attrs import TAG
from spacy.lang.en import English
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab, create_vocab

from pipeline.extract.sentence_texts import span_text
from pipeline.extract.title_scan_checks import (
    case_breaks_coordination,
    closes_apposition,
    companion_word,
    figure_of_speech,
    life_partner,
    past_adjective,
    qualifies_later_title,
)
from pipeline.lang.lexicons import lexicon_path, lower_set
from pipeline.lang.plurals import plural_title_word
from pipeline.lang.title_phrases import parse_title_phrase
from pipeline.lang.titles import (
    Lexicon,
    QualifierEntry,
    Title,
    join_qualifiers,
    load_lexicon,
    title_key,
)

ROLE_WORDS_CSV = lexicon_path("role_words")


ENTITY_KINDS = ("PERSON", "ORG")


# Other model labels that are names the model may have given to an organisation
# ("CEO of Catchafire" tagged NORP/PRODUCT); patterns may take them as the organisation.
NAME_LABELS = ("NORP", "PRODUCT", "FAC", "WORK_OF_ART", "EVENT")


HYPHENS = ("-", "–")
# (index, sentence, its entities) for every sentence of a Doc
# (`pipeline.extract.segment_sentences.sentences_with_ents`).
Sentences = list[tuple[int, Span, list[Span]]]


# (slots: a sentence makes one Segment per word, built and read faster so)
@dataclass(slots=True)
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

    The vocabulary `spacy.blank("en")` makes, without building the rest of a
    pipeline around it (a tenth of a second per process).
    """
    return create_vocab("en", English.Defaults)


def in_word_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen token glued to both neighbours ("co-founder", "Director-General")."""
    return (
        doc[i].text in HYPHENS
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def title_can_start(tok: Token, lex: Lexicon) -> bool:
    """Whether a title phrase can start at the token: its lower case (a curly
    apostrophe read as a straight one) is a lexicon first word."""
    return tok.lower_.replace("’", "'") in lex.first_words


# Word classes (role_words) a chair's namesake may follow: "the", "is",
# "currently", "as".
_CHAIR_OPENERS = frozenset({"DET", "BE", "BECOME", "ADV", "AS", "NAMED"})


def chair_namesake(doc: Doc, start: int, end: int) -> bool:
    """Whether the name doc[start:end] names the chair title right after it, not
    its holder: a capitalised word of lexicon named_chair_heads follows, and an
    article, a copula or an adverb comes before ("the Robert E. Osgood
    Professor of History", "is currently Sterling Professor"; not "Professor
    Jane Doe" or "Jane Doe, Professor of History")."""
    if start == 0 or end >= len(doc):
        return False
    head = doc[end]
    return (
        head.text[:1].isupper()
        and head.lower_ in lower_set("named_chair_heads")
        and load_word_classes().get(doc[start - 1].lower_) in _CHAIR_OPENERS
    )


def plural_title_segment(seg: Segment) -> bool:
    """Whether a TITLE segment is written in the plural ("Sens.", "writers")."""
    words = seg.text.lower().split()
    return bool(words) and plural_title_word(words[-1])


def close_paren(segs: list[Segment], k: int, limit: int = 12) -> int:
    """Index of the RPAR closing the LPAR at segs[k], or -1 (none near, or nested)."""
    for j in range(k + 1, min(len(segs), k + limit)):
        if segs[j].tag == "RPAR":
            return j
        if segs[j].tag == "LPAR":
            return -1
    return -1


def title_at(doc: Doc, i: int, stop: int, lex: Lexicon) -> tuple[int, list[Title], str]:
    """A title phrase starting at token i, not crossing `stop`: (end token, titles,
    portfolio kind of the last).
    """
    if i >= stop or not title_can_start(doc[i], lex):
        return i, [], ""  # most tokens start no title: skip the scan
    idx, words = [], []
    for tok in doc[i : min(stop, i + 3 * lex.max_len)]:  # each Token built once
        if tok.text in HYPHENS and in_word_hyphen(doc, tok.i):
            continue
        idx.append(tok.i)
        words.append(tok.lower_.replace("’", "'"))
    if not words:
        return i, [], ""
    end, items = parse_title_phrase(words, 0, lex)
    if not items:
        return i, [], ""
    if len(items) > 1 and all(
        words[a.end : b.qual_start] == [","] for a, b in zip(items, items[1:])
    ):
        # Titles joined by commas alone are appositions, not one coordinated
        # office: "a Danish engineer, chair of Acme" is no engineer at Acme; with
        # an "and" they share what follows ("president, CEO and COO of Acme").
        items, end = items[:1], items[0].end
    if len(items) > 1 and (
        closes_apposition(doc, idx, words, items)
        or case_breaks_coordination(doc, idx, items)
    ):
        items, end = items[:1], items[0].end
    if any(
        check(doc, idx, items[-1], end)
        for check in (companion_word, life_partner, figure_of_speech)
    ):
        # "fellow Briton Tom Jackson": of the same kind; "his partner, Jo Roe": his
        # companion in life; "a master of the quip": a gift; no title
        items = items[:-1]
        if not items:
            return i, [], ""
        end = items[-1].end
    if qualifies_later_title(doc, idx[items[-1].end - 1] + 1, items[-1], lex):
        items = items[:-1]  # "deputy UN ambassador": deputy qualifies him
        if not items:
            return i, [], ""
        end = items[-1].end
    # The last of coordinated titles too: "chairman and chief researcher of X" is a
    # researcher, not a "chief" with a stray "researcher" after it.
    last, end = past_adjective(doc, idx, words, items[-1], end, lex)
    items = [*items[:-1], *last]
    titles = [
        Title(
            it.entry.canonical,
            join_qualifiers(it.qualifiers),
            span_text(doc[idx[it.qual_start] : idx[it.end - 1] + 1]),
            it.entry.portfolio,
        )
        for it in items
    ]
    return idx[end - 1] + 1, titles, items[-1].entry.portfolio


# Hashed and compared as a frozen one would be, and never changed; not frozen,
# whose every field is set by object.__setattr__: one piece per entity of every
# segmented sentence (some 16,000 per 600 News articles) is built three times
# faster so.
@dataclass(unsafe_hash=True, slots=True)
class EntityPiece:
    """An entity piece: doc tokens [start, end), label, text, link key."""

    start: int
    end: int
    label: str
    text: str
    link: str


def segment_words(segs: list[Segment], keep: frozenset[str] | None = None) -> list[str]:
    """The word of each segment's token in `segment_doc`: "_" for none, or for one
    whose lower case is not in `keep` (when given)."""
    words = [s.word or "_" for s in segs]
    return words if keep is None else [w if w.lower() in keep else "_" for w in words]


def segment_doc(segs: list[Segment], keep: frozenset[str] | None = None) -> Doc:
    """The synthetic Doc the role and relation Matchers run on: one token per
    segment, its word from `segment_words`."""
    vocab = segment_vocab()
    doc = Doc(vocab, words=segment_words(segs, keep))
    if segs:
        # The tags in one array: Doc(tags=...) sets them token by token, which took
        # two thirds of the time of building the Doc.
        # (each tag's id asked of the vocabulary once: a dozen tags in all)
        ids = _tag_ids(vocab)
        tags = numpy.array(
            [ids.get(s.tag) or _tag_id(ids, vocab, s.tag) for s in segs],
            dtype="uint64",
        )
        doc.from_array([TAG], tags.reshape(-1, 1))
    return doc


# (the vocabulary, segment tag -> its string id there): one map at a time.
_TAG_IDS: list = [None, {}]


def _tag_ids(vocab: Vocab) -> dict[str, int]:
    """The tag ids kept for `vocab`, a new map for another vocabulary."""
    if _TAG_IDS[0] is not vocab:
        _TAG_IDS[:] = [vocab, {}]
    return _TAG_IDS[1]


def _tag_id(ids: dict[str, int], vocab: Vocab, tag: str) -> int:
    """The id of `tag`, added to `vocab` and kept in `ids`."""
    ids[tag] = vocab.strings.add(tag)
    return ids[tag]


def qualifier_entry(seg: Segment) -> QualifierEntry | None:
    """The lexicon qualifier a word segment is ("former", "deputy"), also by the
    first part of a hyphened word ("then-campaign"); None for none."""
    key, qualifiers = title_key(seg.text or seg.word), load_lexicon().qualifiers
    return qualifiers.get(key) or (qualifiers.get(key[:1]) if "-" in seg.word else None)
