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
Jane Doe and Tom Roe"), which the plural title rules give every name of. A
pure function of the segment list.
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
            out[k] = replace(
                out[k], tag="TITLE", word="<title>", text=out[k].word, titles=[title]
            )
    return out
