"""What a title is written to, joined into its segment.

"counselor to the president Jane Doe": a title written in lower case after "to
the" is the object of the title before it, not the name's office; the four
segments are one title phrase, the first title's ("an aide to President Jane
Doe" stays: there the capitalised title is the name's).

So is a place after "to" ("Ambassador to Norway"), or after "for" when the
title is an envoy's (lexicon envoy_titles: "Special Envoy for Syria"; a
"Minister for Europe" has a portfolio) or a legislator's (lexicon
constituency_titles: "MP for Neath", whatever kind of name the recognizer gave
the constituency): it is where the office is held, not
whose it is, so it is no country of the title ("Russian Ambassador to Norway"
stays Russia's), unless the place modifies or owns a noun ("adviser to the
Turkish military", "envoy to Norway's parliament").

A name right before a capitalised chair title ("Professor", "Chair": lexicon
named_chair_heads), after an article, a copula or an adverb, names the chair,
not its holder: "the Robert E. Osgood Professor of History", "is currently
Sterling Professor" are one title phrase (the holder is the sentence's
subject); "Professor Jane Doe" and "Jane Doe, Professor of History" stay.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pipeline.extract.segment_folds import known_place, segment_country
from pipeline.extract.segment_types import Segment, chair_namesake
from pipeline.lang.lexicons import lower_set

# Segment tags of a name a legislator may be elected for.
_NAMES = frozenset({"ORG", "ENT", "CAP", "NAME", "PERSON"})
# After a place, a word it modifies or owns: "adviser to the Turkish military".
_NOUN_AFTER = frozenset({"W", "CAP", "NAME", "ENT", "ORG", "ORGNOUN", "TITLE", "POSS"})


def _joined(seg: Segment, last: Segment, to: str) -> Segment:
    """Title segment `seg` run to the end of `last`, `to` added to its text and to
    the raw form of its last title."""
    end = replace(seg.titles[-1], raw=f"{seg.titles[-1].raw} {to}")
    return replace(
        seg, end=last.end, text=f"{seg.text} {to}", titles=[*seg.titles[:-1], end]
    )


def _to_or_for(seg: Segment, word: str) -> bool:
    """Whether `word` after title segment `seg` can lead to the place it is held:
    "to", or "for" after an envoy's or a legislator's title (see module doc)."""
    envoy = seg.titles[-1].title.lower() in lower_set("envoy_titles")
    return word == "to" or (word == "for" and (envoy or _legislator(seg)))


def _legislator(seg: Segment) -> bool:
    """A title held for a constituency (lexicon constituency_titles: "MP")."""
    return seg.titles[-1].title.lower() in lower_set("constituency_titles")


def _held_at(seg: Segment, word: str, place: Segment) -> bool:
    """Whether `place` names where title `seg` is held: a country or a known place;
    after a legislator's "for", any name ("MP for Neath", which the recognizer
    may take for an organisation)."""
    if segment_country(place) or known_place(place):
        return True
    return word == "for" and _legislator(seg) and place.tag in _NAMES


def fold_named_chairs(segs: list[Segment], doc: Doc) -> list[Segment]:
    """The segments (of a sentence of `doc`) with a chair's namesake joined into
    the chair title after it (see module doc, `chair_namesake`)."""
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        if (
            k + 1 < len(segs)
            and (
                segs[k].tag in ("PERSON", "CAP")
                # a namesake the recognizer took for a nationality, not a country's
                or (segs[k].tag == "NAME" and not segment_country(segs[k]))
            )
            and segs[k + 1].tag == "TITLE"
            and segs[k + 1].titles
            and segs[k + 1].start == segs[k].end
            and chair_namesake(doc, segs[k].start, segs[k].end)
        ):
            name, title = segs[k], segs[k + 1]
            first = replace(title.titles[0], raw=f"{name.text} {title.titles[0].raw}")
            out.append(
                replace(
                    title,
                    start=name.start,
                    text=f"{name.text} {title.text}",
                    titles=[first, *title.titles[1:]],
                )
            )
            k += 2
            continue
        out.append(segs[k])
        k += 1
    return out


def fold_title_objects(segs: list[Segment]) -> list[Segment]:
    """The segments with "TITLE to the title" (the second in lower case) and "TITLE
    to|for [the] <place>" joined into the first title's segment (see module
    doc)."""
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        j = k + 3 if k + 2 < len(segs) and segs[k + 2].word == "the" else k + 2
        if (
            seg.tag == "TITLE"
            and seg.titles
            and j < len(segs)
            and _to_or_for(seg, segs[k + 1].word)
            and _held_at(seg, segs[k + 1].word, segs[j])
            and (j + 1 == len(segs) or segs[j + 1].tag not in _NOUN_AFTER)
        ):
            the = "the " * (j == k + 3)
            out.append(_joined(seg, segs[j], f"{segs[k + 1].word} {the}{segs[j].text}"))
            k = j + 1
            continue
        obj = segs[k + 3] if k + 3 < len(segs) else None
        if (
            obj is not None
            and seg.tag == obj.tag == "TITLE"
            and seg.titles
            and obj.titles
            and segs[k + 1].word == "to"
            and segs[k + 2].word == "the"
            and obj.text == obj.text.lower()
        ):
            out.append(_joined(seg, obj, f"to the {obj.text}"))
            k += 4
            continue
        out.append(seg)
        k += 1
    return out
