"""Which sentences the role parser reads, and how: a sentence with a person and
an organisation pair the segment rules left open and a cue word; "he"/"she" bound
to the one person of the previous sentence; a long sentence in pieces."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.dep_marks import PERSONAL
from pipeline.extract.dep_rules import cue_words
from pipeline.extract.limits import note_skipped, too_long_to_parse

# The parse and the DependencyMatcher grow faster than linearly with a sentence's
# length and its names: a sentence over the bound of `limits` is parsed in pieces
# split at ";" (lists of people, titles and organisations), and a piece still
# over it is skipped, logged and counted in run.json.


def worth_parsing(sent: Span, people: list[Span]) -> bool:
    """True when the sentence has a cue word, or a name right before "of"/"at"
    (dep_person_of_org).

    The parse is the costly step; most news sentences with a person and an
    organisation ("X told Y ...") have neither cue and are skipped.
    """
    cues = cue_words()
    if any(t.lower_ in cues for t in sent):
        return True
    doc = sent.doc
    return any(e.end < sent.end and doc[e.end].lower_ in ("of", "at") for e in people)


def ents_by_sentence(sentences: list[tuple[int, Span]]) -> list[list[Span]]:
    """PERSON and ORG entities of each sentence, reading Doc.ents once (Span.ents
    rescans it per call).
    """
    if not sentences:
        return []
    ents = [e for e in sentences[0][1].doc.ents if e.label_ in ("PERSON", "ORG")]
    return [
        [e for e in ents if sent.start <= e.start < sent.end] for _, sent in sentences
    ]


def bound_pronouns(
    sent: Span, previous: list[Span]
) -> list[tuple[int, int, str, str, str]]:
    """ "He"/"she" of a sentence naming nobody, as that person when the previous
    sentence names exactly one.

    Returned like the annotated entities (sentence-relative offsets, PERSON,
    the antecedent's text and link), so the patterns take the pronoun for the
    name. Kept this narrow because a wrong binding costs more than a miss.
    """
    people = {e.kb_id_ or e.text for e in previous}
    if len(people) != 1:
        return []
    ante = previous[-1]
    return [
        (
            t.idx - sent.start_char,
            t.idx - sent.start_char + len(t),
            "PERSON",
            ante.text,
            ante.kb_id_,
        )
        for t in sent
        if t.lower_ in PERSONAL
    ]


def bounded(
    sentences: list[tuple[int, Span]], article_id: str = ""
) -> list[tuple[int, Span]]:
    """The sentences with every one over the parse bound split at ";" into pieces
    within it; a piece that cannot be made short enough is skipped
    (`limits.note_skipped`)."""
    out: list[tuple[int, Span]] = []
    for k, sent in sentences:
        if not too_long_to_parse(len(sent), len(sent.text)):
            out.append((k, sent))
            continue
        cuts = [t.i + 1 for t in sent if t.text == ";"] + [sent.end]
        start = sent.start
        for end in cuts:
            piece = sent.doc[start:end]
            if too_long_to_parse(len(piece), len(piece.text)):
                note_skipped(article_id, k, len(piece))
            elif end > start:
                out.append((k, piece))
            start = end
    return out


def pieces(
    k: int, sent: Span, ents: list[tuple], article_id: str = ""
) -> list[tuple[int, Span, list]]:
    """A selected sentence, or its bounded pieces (`bounded`) with their own
    entities (offsets relative to the piece) when it is too long."""
    if not too_long_to_parse(len(sent), len(sent.text)):
        return [(k, sent, ents)]
    out = []
    for _, piece in bounded([(k, sent)], article_id):
        lo, hi = piece.start_char - sent.start_char, piece.end_char - sent.start_char
        mine = [(s - lo, e - lo, *rest) for s, e, *rest in ents if lo <= s and e <= hi]
        if {e[2] for e in mine} == {"PERSON", "ORG"}:
            out.append((k, piece, mine))
    return out
