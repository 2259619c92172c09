"""An occupation noun written between an organisation and a name is that name's
title: "FBI agent Jane Doe", "Kestrel Air pilot Tom Roe", "ABC News senior
meteorologist Ola Berg".

The title lexicon's words already make TITLE segments; the occupations of
lexicon occupations that are not titles ("agent", "journalist", "astronaut")
stay plain words, and only the role parser read them, when the parse ties the
noun to the organisation. Between an organisation and a name, with at most one
plain word before it, the noun can be nothing else, so the segment patterns
read it too and the row no longer depends on how the parser happened to read
the sentence. A plural is read so only before a list of names ("AP writers
Jane Doe and Tom Roe"), which the plural title rules give every name of.

Likewise a singular occupation after an article (and at most one plain word)
and right before "at", "for" or "with" and an organisation: "a scholar at the
Acme Institute", "a policy expert with Beta". Alone the parse reads these well,
but in a list of roles ("a professor at A, a scholar at B, and a trader at C")
it hangs the later items on the wrong word; as TITLE segments the list's
continuations (role:tail_title_org) read every item. Pure functions of the
segment list.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.segment_types import Segment
from pipeline.lang.occupations import load_occupations
from pipeline.lang.plurals import plural_title_word
from pipeline.lang.titles import Title


def _occupation_title(seg: Segment, listed: bool) -> Title | None:
    """The title a plain-word segment names as an occupation, or None; a plural
    only when a list of names follows (`listed`)."""
    if seg.tag != "W" or (plural_title_word(seg.word) and not listed):
        return None
    title = load_occupations().get(seg.word)
    if not title:
        # An untitled affiliation ("employee", "member") has its own class and
        # patterns (role_words MEMBER).
        return None
    return Title(title, "", seg.word)


def _as_title(seg: Segment, title: Title) -> Segment:
    return replace(seg, tag="TITLE", word="<title>", text=seg.word, titles=[title])


def fold_org_occupations(segs: list[Segment]) -> list[Segment]:
    """The segments with each occupation between an ORG (and at most one plain
    word) and a PERSON made a TITLE (see module doc)."""
    out = list(segs)
    for k in range(1, len(out) - 1):
        if out[k + 1].tag != "PERSON" or out[k].tag != "W":
            continue
        after_org = out[k - 1].tag == "ORG" or (
            k > 1 and out[k - 1].tag == "W" and out[k - 2].tag == "ORG"
        )
        listed = k + 3 < len(out) and out[k + 2].tag in ("AND", "COMMA")
        listed = listed and out[k + 3].tag == "PERSON"
        title = _occupation_title(out[k], listed) if after_org else None
        if title is not None:
            out[k] = _as_title(out[k], title)
    return out


# The prepositions that name an employer after an occupation; "of" names a
# field as often ("a professor of law").
_EMPLOYER_WORDS = frozenset({"at", "for", "with"})


def _employer_follows(segs: list[Segment], k: int) -> bool:
    """Whether "at"/"for"/"with", an optional article and an ORG follow segment k."""
    if k + 2 >= len(segs) or segs[k + 1].word not in _EMPLOYER_WORDS:
        return False
    j = k + 3 if segs[k + 2].tag == "DET" else k + 2
    return j < len(segs) and segs[j].tag == "ORG"


def fold_employer_occupations(segs: list[Segment]) -> list[Segment]:
    """The segments with each singular occupation written after an article (and at
    most one plain word) and before its employer made a TITLE (see module doc)."""
    out = list(segs)
    for k in range(1, len(out)):
        if out[k].tag != "W" or not _employer_follows(out, k):
            continue
        after_det = out[k - 1].tag == "DET" or (
            k > 1 and out[k - 1].tag == "W" and out[k - 2].tag == "DET"
        )
        title = _occupation_title(out[k], False) if after_det else None
        if title is not None:
            out[k] = _as_title(out[k], title)
    return out
