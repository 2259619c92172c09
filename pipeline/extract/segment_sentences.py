"""Which sentences the segment rules read, told from the Doc's entities and
words before any segment is cut: a Doc's sentences with their entities, the
organisations the segmenter makes of them, and the words a sentence must hold
for a rule to match (`roles._segment_candidates`)."""

from __future__ import annotations

import functools
from itertools import product
from pathlib import Path

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.extract.dep_sentences import lower_ids
from pipeline.extract.role_grammar import load_rules
from pipeline.extract.segment_matchers import required_chain
from pipeline.extract.segment_types import HYPHENS, Sentences, load_word_classes
from pipeline.lang.titles import load_lexicon
from pipeline.nlp.spans import POSSESSIVE_S


def sentences_with_ents(doc: Doc) -> Sentences:
    """(index, sentence, its entities) for every sentence, reading Doc.ents once
    (Span.ents rescans every entity of the Doc at each call)."""
    ents = list(doc.ents)
    out, j = [], 0
    for k, sent in enumerate(doc.sents):
        mine = []
        while j < len(ents) and ents[j].start < sent.end:
            if ents[j].start >= sent.start:
                mine.append(ents[j])
            j += 1
        out.append((k, sent, mine))
    return out


def count_label(ents: list[Span], label: str, lowers: list[int]) -> int:
    """Entities labelled `label`; an ORG with a possessive inside ("Acme's Research
    Division") counts twice: the segmenter splits it. `lowers`: the Doc's LOWER
    ids (read once per Doc, so no Token is built)."""
    inner = lower_ids(POSSESSIVE_S)
    return sum(
        1 if inner.isdisjoint(lowers[e.start + 1 : e.end - 1]) else 2
        for e in ents
        if e.label_ == label
    )


@functools.lru_cache(maxsize=4)
def title_start_ids(first_words: frozenset[str]) -> frozenset[int]:
    """The LOWER ids of the words a title phrase can start at (`title_can_start`:
    a lexicon first word, its straight apostrophes written either way). A
    sentence without one has no TITLE segment: every title is read by
    `title_at`, which starts at such a word."""
    out = set()
    for word in first_words:
        if "’" not in word:
            parts = word.split("'")
            for marks in product("'’", repeat=len(parts) - 1):
                spelt = parts[0] + "".join(m + p for m, p in zip(marks, parts[1:]))
                out.add(get_string_id(spelt))
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def loose_rule_needs(path: Path) -> tuple[tuple[frozenset[int], ...], ...]:
    """For each loose-person segment rule of `path`, the word sets (LOWER ids)
    a sentence must hold a word of for the rule to match: one per element the
    rule must match (neither optional nor negated) whose TAG test names only
    segments that words give. A title is read from a word it starts at
    (`title_start_ids`); a role_words class from a word of it (a hyphenated
    word's from the whole word, hence only classes of hyphen-free words; ADV
    and POSS are given otherwise too)."""
    words: dict[str, set[str]] = {}
    for word, cls in load_word_classes().items():
        words.setdefault(cls, set()).add(word)
    by_tag = {
        cls: frozenset(map(get_string_id, spelt))
        for cls, spelt in words.items()
        if cls not in ("ADV", "POSS")
        and not any(h in w for w in spelt for h in HYPHENS)
    }
    by_tag["TITLE"] = title_start_ids(load_lexicon().first_words)
    out = []
    for rule in load_rules(path, "segments"):
        if rule.loose_person:
            needs = [
                frozenset().union(*(by_tag[tag] for tag in tags))
                for (test, _), _ in required_chain(rule.pattern)
                if test is not None and test[0] and (tags := test[1]) <= by_tag.keys()
            ]
            out.append(tuple(needs))
    return tuple(out)


def loose_readable(needs: tuple[tuple[frozenset[int], ...], ...], words) -> bool:
    """Whether a loose-person rule may match a sentence of the LOWER ids `words`
    (`loose_rule_needs`): a sentence naming no person is read by those rules
    only."""
    return any(all(not need.isdisjoint(words) for need in rule) for rule in needs)
