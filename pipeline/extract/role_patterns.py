"""Segment rules (over "segments" in the role grammar) matched over a sentence's
segments, and the segment-level reading order: one title phrase to one person,
continuations joined to the role before them.

The rules, their named slots and fields are described in
pipeline.extract.role_grammar; this module runs them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.extract.role_grammar import RELATIONS_JSONL, ROLES_JSONL, Rule, load_rules
from pipeline.extract.segment_matchers import SegmentMatchers
from pipeline.extract.segment_types import (
    Segment,
    plural_title_segment,
    segment_doc,
    segment_vocab,
)
from pipeline.lang.titles import is_nominee

__all__ = [
    "RELATIONS_JSONL",
    "ROLES_JSONL",
    "Hit",
    "match_rules",
    "nominator",
    "possessor",
    "resolve_role_hits",
]

# Punctuation that closes a sentence (after it, a match is at the END).
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})


@dataclass(frozen=True)
class Hit:
    """A rule matched on segments: slot name -> segment index, and the match's
    extent.
    """

    rule: Rule
    start: int
    end: int
    slots: dict


@functools.lru_cache(maxsize=4)
def compiled(path: Path) -> tuple[SegmentMatchers, frozenset[str] | None]:
    """The Matchers over segment Docs of every segment rule of `path`
    (`segment_matchers`), built once, and the words their patterns name
    (`pattern_words`).
    """
    rules = load_rules(path, "segments")
    return SegmentMatchers(rules, segment_vocab()), pattern_words(rules)


def pattern_words(rules: list[Rule]) -> frozenset[str] | None:
    """Every LOWER value the rules' patterns name; None when a pattern reads another
    token attribute than TAG, LOWER and IS_SENT_START (a position, not a word), or
    tests LOWER otherwise than by value.

    A segment word outside them can stand as "_" in the segment Doc
    (`segment_doc`): no pattern tells the two apart, and the segment vocabulary
    no longer grows a lexeme for every word of the corpus.
    """
    words: set[str] = set()
    for rule in rules:
        for element in rule.pattern:
            low = element.get("LOWER")
            if not set(element) <= {"TAG", "LOWER", "OP", "IS_SENT_START"}:
                return None
            if isinstance(low, str):
                words.add(low)
            elif isinstance(low, dict) and set(low) <= {"IN", "NOT_IN"}:
                words.update(w for values in low.values() for w in values)
            elif low is not None:
                return None
    return None if "_" in words else frozenset(words)


def match_rules(segs: list[Segment], path: Path) -> list[Hit]:
    """Every match of the segment rules in `path` over `segs`, with slots resolved to
    segment indices.
    """
    matchers, words = compiled(path)
    hits = []
    found = matchers.match(
        segment_values(segs, words), lambda: segment_doc(segs, words)
    )
    for rule, start, end, align in found:
        names = {el: name for name, el in rule.slots.items()}
        where = {}
        for offset, element in enumerate(align):
            if element in names:
                where[names[element]] = start + offset
        if rule.followed_by and not _followed(segs, end, rule.followed_by):
            continue
        if any(
            len(after := segs[end : end + len(seq)]) == len(seq)
            and all(
                x in (t, s.word.lower()) for x, t, s in zip(seq, _tags(after), after)
            )
            for seq in rule.not_followed_by
        ) or any(
            start >= len(seq)
            and all(
                x in (s.tag, s.word.lower())
                for x, s in zip(seq, segs[start - len(seq) : start])
            )
            for seq in rule.not_preceded_by
        ):
            continue
        if rule.plural_title and not plural_title_segment(segs[where["title"]]):
            continue  # a title in the singular is one person's
        if len(where) == len(rule.slots):
            hits.append(Hit(rule, start, end, where))
    return hits


def segment_values(
    segs: list[Segment], keep: frozenset[str] | None
) -> list[tuple[str, str]]:
    """The (TAG, LOWER) of each token of `segment_doc(segs, keep)`, read off the
    segments: the Matchers' first tests need no Doc (`SegmentMatchers.match`)."""
    # LOWER is the lower case of the word the Doc holds (`segment_words`): "_"
    # for no word or one outside `keep`
    out = []
    for s in segs:
        low = (s.word or "_").lower()
        out.append((s.tag, low if keep is None or low in keep else "_"))
    return out


def _tags(segs: list[Segment]) -> list[str]:
    """The segments' tags, a closing full stop or quote mark as END: no word
    after the match ("with Acme." is not "with Acme officials")."""
    return ["END" if s.word in _CLOSERS else s.tag for s in segs]


def _followed(segs: list[Segment], end: int, tags: tuple[str, ...]) -> bool:
    """Whether the segment after a match has one of `tags`; END matches past the
    sentence's last word (its closing punctuation does not count)."""
    if end < len(segs) and segs[end].tag in tags:
        return True
    return "END" in tags and all(s.word in _CLOSERS for s in segs[end:])


def possessor(segs: list[Segment], hit: Hit, slot: str) -> bool:
    """True when the slot's organisation is followed by 's outside the match: it
    qualifies a later noun.
    """
    k = hit.slots.get(slot)
    return (
        k is not None
        and k + 1 < len(segs)
        and segs[k + 1].tag == "POSS"
        and k + 1 >= hit.end
    )


def nominator(segs: list[Segment], hit: Hit, titles: list) -> bool:
    """True when the hit's organisation, a possessor, only named the holder of a
    nominee's title ("Trump's secretary of state nominee X": no employer)."""
    k = hit.slots["org"]
    return (
        k + 1 < len(segs)
        and segs[k + 1].tag == "POSS"
        and any(is_nominee(t.qualifier) for t in titles)
    )


def resolve_role_hits(segs: list[Segment], hits: list[Hit]) -> list[Hit]:
    """Keep one reading per title phrase and per (person, organisation), then add
    continuations.

    Order of preference: a match with an organisation over one without, then
    the earlier rule id in the file (the variants of one id rank as its first
    line), then the longer match: "CEO of the toy company Acme" reads Acme, not
    the shorter "CEO of the toy". A title phrase goes
    to one person only, unless a rule reads it in the plural ("Sens. A and
    B"); an untitled match is dropped when a titled one links
    the same person and organisation. Continuations (attach=previous) join
    the role ending where they start, repeatedly ("CEO of A, chair of B and C").
    """
    main = [h for h in hits if not h.rule.attach and not possessor(segs, h, "org")]
    tails = [h for h in hits if h.rule.attach and not possessor(segs, h, "org")]
    first = {}
    for h in sorted(main, key=lambda h: h.rule.rank):
        first.setdefault(h.rule.id, h.rule.rank)
    main.sort(
        key=lambda h: (
            "org" not in h.slots,
            first[h.rule.id],
            h.start - h.end,
            h.rule.rank,
        )
    )
    kept: list[Hit] = []
    titles_taken: set[int] = set()
    pairs: set[tuple] = set()
    for h in main:
        t = h.slots.get("title")
        if t is not None and t in titles_taken and not h.rule.plural_title:
            continue
        key = (h.slots["person"], h.slots.get("org"), h.rule.title if t is None else t)
        if key in pairs or (
            t is None and (h.slots["person"], h.slots.get("org")) in pairs
        ):
            continue
        kept.append(h)
        pairs.update({key, (h.slots["person"], h.slots.get("org"))})
        if t is not None and not h.rule.plural_title:
            titles_taken.add(t)
    ends = {h.end: h for h in kept}
    tails.sort(key=lambda h: (h.start, h.rule.rank, h.start - h.end))
    for tail in tails:
        prev = ends.get(tail.start)
        t = tail.slots.get("title")
        if prev is None or (t is not None and t in titles_taken):
            continue
        if t is None and "org" not in prev.slots and _coordinated(segs, tail):
            # "and Beta" lists a second organisation only after a first one: in
            # "CEO Jane Doe and Beta Corp chairman John Roe" Beta is not hers.
            continue
        if t is None and "org" not in prev.slots and _listed_after(segs, prev, tail):
            continue
        slots = {"person": prev.slots["person"], **tail.slots}
        if "title" not in tail.slots and "title" in prev.slots:
            slots["title"] = prev.slots["title"]
        if "org" not in tail.slots and "org" in prev.slots:
            slots["org"] = prev.slots["org"]  # a second title at the same organisation
        rule = prev.rule if "title" not in tail.slots else tail.rule
        joined = Hit(
            replace(
                tail.rule, slots=rule.slots, title=rule.title, qualifier=rule.qualifier
            ),
            prev.start,
            tail.end,
            slots,
        )
        kept.append(joined)
        ends[tail.end] = joined
        if t is not None:
            titles_taken.add(t)
    return kept


def _listed_after(segs: list[Segment], prev: Hit, tail: Hit) -> bool:
    """Whether an organisation with "the"/"a" follows a comma right after a name
    whose title stands before it: the next item of a list ("wiretaps of
    President Trump, the Trump Campaign or ...") or a description ("his deputy
    Riek Machar, a Nuer"), not the title's organisation, which follows a title
    written after the name ("said Jane Doe, CEO, Acme")."""
    return (
        prev.slots["person"] == prev.end - 1
        and tail.start + 1 < len(segs)
        and segs[tail.start].tag == "COMMA"
        and segs[tail.start + 1].tag == "DET"
    )


def _coordinated(segs: list[Segment], hit: Hit) -> bool:
    """Whether the hit joins its words with "and" (a list, not an apposition)."""
    return any(s.tag == "AND" for s in segs[hit.start : hit.end])
