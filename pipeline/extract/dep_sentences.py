"""Which sentences the role parser reads, and how: a sentence with a person and
an organisation pair the segment rules left open and a cue word; "he"/"she" bound
to the one person of the previous sentence; the one-word subject the recognizer
missed; a long sentence in pieces."""

from __future__ import annotations

import functools
from bisect import bisect_left

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Span

from pipeline.extract.dep_marks import PERSONAL
from pipeline.extract.dep_pronouns import DocEntities, antecedent, bind
from pipeline.extract.dep_rules import (
    PERSON_WORK_VERBS,
    PERSONAL_POSSESSIVES,
    cue_words,
    title_words,
)
from pipeline.extract.limits import pieces, too_long
from pipeline.extract.segment_types import chair_namesake
from pipeline.lang.gender import is_given_name, pronoun_fits
from pipeline.lang.places import place_kind

_PERSONAL = frozenset(PERSONAL)

# The parse and the DependencyMatcher grow faster than linearly with a sentence's
# length and its names: a sentence over the bound of `limits` is parsed in pieces
# split at ";" (lists of people, titles and organisations), and a piece still
# over it is skipped, logged and counted in run.json.


def worth_parsing(
    sent: Span, people: list[Span], lowers: list[int] | None = None
) -> bool:
    """True when the sentence has a cue word, or a name right before "of", "at" or
    "from", with or without a comma (dep_person_of_org). `lowers`: the Doc's LOWER
    ids when the caller has them (`Doc.to_array`), so no Token is built.

    The parse is the costly step; most news sentences with a person and an
    organisation ("X told Y ...") have neither cue and are skipped.
    """
    if lowers is None:
        cues = cue_words()
        if any(t.lower_ in cues for t in sent):
            return True
    elif not lower_ids(cue_words()).isdisjoint(lowers[sent.start : sent.end]):
        return True
    doc = sent.doc
    after = [e.end + (e.end < sent.end and doc[e.end].text == ",") for e in people]
    return any(i < sent.end and doc[i].lower_ in ("of", "at", "from") for i in after)


def _opener_fits(pronoun: str, previous: list[Span]) -> bool:
    """Whether a sentence's opening "he"/"she" can be the one person of
    `previous`."""
    ante = antecedent(previous)
    return ante is not None and pronoun_fits(pronoun, ante.text)


def _pronouns(words: list[int]) -> set[str]:
    """Which of "he" and "she" are among `words` (LOWER ids)."""
    return {p for p in _PERSONAL if get_string_id(p) in words}


@functools.lru_cache(maxsize=4)
def lower_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids (LOWER values) of a word set."""
    return frozenset(get_string_id(w) for w in words)


@functools.cache
def _loose_cues() -> frozenset[int]:
    """The LOWER ids of the words without which a sentence is not read for a loose
    subject (no such word, no parse): title words, and the words that can show
    it a person without a title (`dep_rules.loose_is_person`: "served in",
    "began his career")."""
    return lower_ids(title_words() | PERSON_WORK_VERBS | PERSONAL_POSSESSIVES)


def ents_by_sentence(
    sentences: list[tuple[int, Span]], known: list[list[Span]] | None = None
) -> list[list[Span]]:
    """PERSON and ORG entities of each sentence, reading Doc.ents once (Span.ents
    rescans it per call) and finding each sentence's by bisection; a chair's
    namesake is no person here ("the Robert E. Osgood Professor"). `known`:
    every entity of each sentence when the caller has them
    (`segment_sentences.sentences_with_ents`), so Doc.ents is not read again."""
    if not sentences:
        return []
    doc = sentences[0][1].doc

    def kept(e: Span) -> bool:
        label = e.label_
        return label == "ORG" or (
            label == "PERSON" and not chair_namesake(doc, e.start, e.end)
        )

    if known is not None:
        return [[e for e in mine if kept(e)] for mine in known]
    ents = [e for e in doc.ents if kept(e)]
    starts = [e.start for e in ents]  # Doc.ents are in order
    return [
        ents[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        for _, sent in sentences
    ]


# Words that open a fronted phrase before the subject ("In 1921 Okafor left
# ...", "Before joining Acme, Okafor ...").
FRONTING = frozenset(
    "in before after prior since from during following upon until by on at as".split()
)


# Labels the recognizer gives a surname it does not know ("Millikan" as FAC).
MISREAD_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
PLACES = frozenset({"GPE", "LOC", "FAC"})


def _name_like(tok) -> bool:
    """One title-case word that could be a surname: "Okafor", "McIntyre", "K'Lynne"."""
    text = tok.text.replace("’", "'")
    core = text.replace("'", "")
    return (
        len(core) > 1
        and core.isalpha()
        and text[0].isupper()
        and not text.isupper()
        and not tok.is_stop
    )


def loose_subject(sent: Span, ents: list[Span]) -> Span | None:
    """The one-word name a sentence naming no person opens with, that the
    recognizer left untagged or tagged as something else ("Okafor is the chief
    executive of Acme"; "In 2003 Okafor joined Acme as ..."): a title-case
    word, first in the sentence or right after a fronted phrase, followed by no
    other capitalised word, not inside a longer entity, not a known country,
    state or continent, nor a smaller known place the recognizer also read as
    a place. The parse must still find it a subject
    (`dep_roles._sentence_roles`), only rules marked `"person": "loose"` read
    it, and only for a title a person holds, or untitled once its sentence shows
    it a person (`dep_rules.loose_is_person`).
    """
    if any(e.label_ == "PERSON" for e in ents):
        return None
    doc = sent.doc
    tok = sent[0]
    if tok.lower_ in FRONTING:
        stop = min(sent.end, sent.start + 12)
        after = [
            t
            for t in doc[sent.start + 1 : stop]
            if t.is_alpha and (doc[t.i - 1].text == "," or doc[t.i - 1].like_num)
        ]
        if not after:
            return None
        tok = after[0]
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if not _name_like(tok) or (nxt is not None and nxt.text[:1].isupper()):
        return None
    if tok.ent_iob_ == "I":
        return None  # the end of a longer name: "In its filing with the 9th Circuit,"
    # The token's own entity, whatever its label (`ents` may hold only some).
    label = tok.ent_type_
    if label and (
        label not in MISREAD_LABELS or (nxt is not None and nxt.ent_iob_ == "I")
    ):
        return None
    # A country or state is never the surname; a smaller place ("Lincoln",
    # a region "Rae") only when the recognizer read it as one too.
    kind = place_kind(tok.text)
    if kind in ("country", "state", "continent") or (kind and label in PLACES):
        return None
    return doc[tok.i : tok.i + 1]


def _relative(sent: Span, ents: list[Span]) -> list[tuple]:
    return [
        (
            e.start_char - sent.start_char,
            e.end_char - sent.start_char,
            e.label_,
            e.text,
            e.kb_id_,
        )
        for e in ents
    ]


def _unlinked(k: int, ents: list[tuple], linked: frozenset) -> bool:
    """Whether a (person, organisation) pair of sentence k's `ents` is not
    `linked`."""
    # Distinct names first: a list sentence repeats them, and the pairs of its
    # entities grow with the square of their number.
    names = {p[3] for p in ents if p[2] == "PERSON"}
    orgs = {o[3] for o in ents if o[2] == "ORG"}
    return any((k, p, o) not in linked for p in names for o in orgs)


def select_sentences(
    sentences: list[tuple[int, Span]],
    linked: frozenset[tuple[int, str, str]],
    base,
    sentence_ents: list[list[Span]] | None = None,
    lowers: list[int] | None = None,
) -> list[tuple[int, Span, list[tuple], tuple[int, int] | None]]:
    """The (index, sentence or piece, entities, loose subject) the role parser
    reads, from every (index, sentence) of a Doc in order.

    A sentence qualifies with a PERSON and an ORG and a cue (`worth_parsing`),
    unless every (person, organisation) pair in it is `linked` already
    ((sentence index, person text, org text), by the segment rules): the parse
    could only add what the resolver ranks below them. A sentence naming
    nobody takes "he"/"she" bound to the one person of the sentence before
    (`bound_pronouns`; a sentence naming nobody whose every "he"/"she" is
    that person, or one opening with a "he"/"she" that fits that person,
    passes the person on to the next), else its loose subject
    (`loose_subject`; when the sentence has no loose cue word, only a given
    name), added as a PERSON without link and returned as its (start, end)
    characters. Entities are (start_char, end_char, label, text, link)
    relative to the sentence; long sentences come in pieces (`pieces`).
    `sentence_ents`: every entity of each sentence, when the caller has them
    (`ents_by_sentence`); `lowers`: the Doc's LOWER ids, when the caller has
    them.
    """
    todo = []
    previous: list[Span] = []
    before: Span | None = None
    # The words of the Doc as LOWER ids, read once: the cue and title word tests
    # of every sentence then build no Token.
    if lowers is None:
        lowers = sentences[0][1].doc.to_array(LOWER).tolist() if sentences else []
    loose_cues = _loose_cues()
    by_sentence = ents_by_sentence(sentences, sentence_ents)
    # (every entity of the Doc, in order, for the pronoun test)
    every = None if sentence_ents is None else (e for x in sentence_ents for e in x)
    doc_ents = None if every is None else DocEntities(every)
    for (k, sent), sent_ents in zip(sentences, by_sentence):
        people = [e for e in sent_ents if e.label_ == "PERSON"]
        words = lowers[sent.start : sent.end]
        # (only a sentence with a "he"/"she" can bind one)
        said = set() if people or not previous else _pronouns(words)
        ante = antecedent(previous, before, doc_ents) if said else None
        has_org = len(people) < len(sent_ents)
        bound = bind(sent, ante) if ante is not None and has_org else []
        if has_org:
            cues, loose = people, None
            if not people:
                subject = (
                    None if bound or too_long(sent) else loose_subject(sent, sent_ents)
                )
                if (
                    subject is not None
                    and loose_cues.isdisjoint(words)
                    and not is_given_name(subject.text)
                ):
                    subject = None
                if subject is not None:
                    loose = (
                        subject.start_char - sent.start_char,
                        subject.end_char - sent.start_char,
                    )
                    cues = [subject]
            # The cue first: most sentences have none, and their entities' texts
            # are then not read.
            if worth_parsing(sent, cues, lowers):
                ents = _relative(sent, sent_ents) + bound
                if loose is not None:
                    ents = [e for e in ents if e[:2] != loose]
                    ents.append((*loose, "PERSON", subject.text, ""))
                if _unlinked(k, ents, linked):
                    todo.append((k, sent, ents, loose))
        # A sentence naming nobody, whose every "he"/"she" is the person named
        # before, keeps that person for the next one ("Okafor is an economist.
        # Born in Leeds, she read law. In 2004 she joined Acme."); so does one
        # opening with a "he"/"she" that fits that person, whoever else it
        # names ("He met Erik Solheim. He said ..."), and one opening with
        # another keeps nobody. Any other sentence hands on its own people.
        if people and words[0] in lower_ids(_PERSONAL):
            previous = previous if _opener_fits(sent[0].lower_, previous) else []
        elif (
            people or ante is None or not all(pronoun_fits(p, ante.text) for p in said)
        ):
            previous = people
        before = sent
    # The article id (for the log of a sentence too long to parse) is the same for
    # every row: asked once, since `base` also builds a sentence's evidence text.
    article_id = base(*todo[0][:2]).get("article_id", "") if todo else ""
    return [
        (*piece, loose)
        for k, sent, ents, loose in todo
        for piece in pieces(k, sent, ents, article_id)
    ]
