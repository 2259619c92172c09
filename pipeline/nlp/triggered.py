"""A token Matcher that tries a pattern only in the sentences holding a word the
pattern cannot match without.

spaCy's Matcher starts every pattern at every token: the entity ruler's 40 keys
cost about 3 s per 600 News articles, a tenth of the model's own time, although
most keys need a word that few sentences hold ("ministry", "born", "Mr",
"celsius"). `TriggeredMatcher` reads, for each key, the one word test every one
of its patterns must pass (an element that is not optional, testing LOWER,
ORTH or TEXT against a word or a list; the least common such test, stop words
and punctuation counting as common) and runs that key's patterns only over
the sentences with such a word, as one span per run of consecutive sentences.
A key with a pattern lacking such a test runs over the whole Doc, as before.

The matches are spaCy's own for every match inside one sentence: an element's
test never depends on the tokens around it, and a sentence without the
trigger word holds no match. A match reaching across sentences could be lost;
the ruler's patterns cannot make one (their words run over letters, not over
the punctuation or line break ending a sentence), and the tests and the whole
News corpus check that the ruler finds the same spans. Matches come as a set
in no particular order, as SpanRuler reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LOWER, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_WORD_KEYS = ("LOWER", "ORTH", "TEXT")
_OPTIONAL = ("?", "*", "!")


def _required(spec: dict) -> bool:
    """Must a token pass this element for the pattern to match?"""
    op = spec.get("OP")
    if op is None or op == "+":
        return True
    if op.startswith("{"):  # "{n}", "{n,}", "{n,m}", "{,m}": required when n >= 1
        low = op[1:-1].split(",")[0]
        return low.strip().isdigit() and int(low) >= 1
    return False


def _words(spec: dict) -> set[str] | None:
    """The lower-case forms a token passing `spec` must have, or None when the
    element tests no word list (or negates one)."""
    found: set[str] | None = None
    for key in _WORD_KEYS:
        test = spec.get(key)
        if isinstance(test, str):
            words = {test.lower()}
        elif isinstance(test, dict) and set(test) <= {"IN", "NOT_IN"} and "IN" in test:
            if not all(isinstance(w, str) for w in test["IN"]):
                continue
            words = {w.lower() for w in test["IN"]}
        else:
            continue
        found = words if found is None else found & words
    return found


def _commonness(words: set[str]) -> int:
    """How often a sentence may hold one of `words`: stop words and punctuation
    weigh a thousand plain words."""
    return sum(1000 if w in STOP_WORDS or not w.isalnum() else 1 for w in words)


def trigger_words(pattern: list[dict]) -> set[str] | None:
    """The least common word list some required element of `pattern` tests (see
    module doc), or None when no required element tests one."""
    best: set[str] | None = None
    for spec in pattern:
        if not isinstance(spec, dict) or not _required(spec):
            continue
        words = _words(spec)
        if words and (best is None or _commonness(words) < _commonness(best)):
            best = words
    return best


class TriggeredMatcher:
    """Token patterns by key, each key tried only where its trigger words are (see
    module doc). `add(key, patterns, triggers_from)`: `patterns` are what the
    Matcher gets (flags and all); `triggers_from` the same patterns as written,
    whose word tests give the triggers."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.always = Matcher(vocab, validate=False)
        self._keyed: list[Matcher] = []
        self._by_word: dict[int, list[int]] = {}  # word id -> indexes in _keyed
        self._words = np.zeros(0, dtype="uint64")

    def add(self, key: str, patterns: list, triggers_from: list[list[dict]]) -> None:
        """Add one key's patterns (see the class doc)."""
        words: set[str] = set()
        for pattern in triggers_from:
            found = trigger_words(pattern)
            if found is None:
                self.always.add(key, patterns)
                return
            words |= found
        matcher = Matcher(self.vocab, validate=False)
        matcher.add(key, patterns)
        for word in sorted(words):
            self._by_word.setdefault(self.vocab.strings.add(word), []).append(
                len(self._keyed)
            )
        self._keyed.append(matcher)
        self._words = np.array(sorted(self._by_word), dtype="uint64")

    def matchers(self) -> Iterable[Matcher]:
        """Every Matcher inside (for `matching.speed_up`)."""
        yield self.always
        yield from self._keyed

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(key, start, end) of every match in `doc` (a set, in no set order)."""
        found = set(self.always(doc))
        if not self._keyed or not len(doc):
            return list(found)
        lowers = doc.to_array(LOWER)
        hits = np.flatnonzero(np.isin(lowers, self._words))
        if not len(hits):
            return list(found)
        starts = np.array([0])
        if doc.has_annotation("SENT_START"):
            starts = np.union1d(starts, np.flatnonzero(doc.to_array(SENT_START) == 1))
        ends = np.append(starts[1:], len(doc))
        sents: dict[int, set[int]] = {}
        for hit, sent in zip(
            lowers[hits].tolist(),
            (np.searchsorted(starts, hits, side="right") - 1).tolist(),
        ):
            for k in self._by_word[hit]:
                sents.setdefault(k, set()).add(sent)
        for k, where in sents.items():
            for first, last in _runs(sorted(where)):
                lo, hi = int(starts[first]), int(ends[last])
                for key, s, e in self._keyed[k](doc[lo:hi]):
                    found.add((key, s + lo, e + lo))
        return list(found)


def _runs(values: list[int]) -> Iterable[tuple[int, int]]:
    """(first, last) of each run of consecutive integers in sorted `values`."""
    first = prev = values[0]
    for v in values[1:]:
        if v != prev + 1:
            yield first, prev
            first = v
        prev = v
    yield first, prev
