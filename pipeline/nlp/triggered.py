"""A token Matcher that tries a pattern only near a word the pattern cannot match
without.

spaCy's Matcher starts every pattern at every token: the entity ruler's 40 keys
cost about 3 s per 600 News articles, a tenth of the model's own time, although
most keys need a word that few sentences hold ("ministry", "born", "Mr",
"celsius"). `TriggeredMatcher` reads, for each key, the one word test every one
of its patterns must pass (an element that is not optional, testing LOWER,
ORTH or TEXT against a word or a list; the least common such test, stop words
and punctuation counting as common) and the most tokens any of its patterns
can match. It runs that key's patterns only over the tokens within that many
of a trigger word, as one span per stretch of overlapping windows.

A key whose patterns can match any number of tokens ("+", "*", "{2,}") is
bounded by what those elements test instead (`pattern_reach.run_tests`):
where every such element tests flags ("IS_ALPHA": true, "IS_LOWER": false), a
token failing the flags of all of them can only be one of the key's other,
counted, elements, so a match holds no more such tokens than its pattern's
other elements allow and its window ends just before one more of them
(`_run_windows`).

The matches are exactly spaCy's: every match holds a trigger word and is no
longer than its pattern allows, so it lies inside a window, and an element's
test reads its own token only. A key with a pattern lacking such a word test,
or with an unbounded element testing no flag, runs over the whole Doc, as
before. Matches come as a set in no particular order, as SpanRuler reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import IDS, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.pattern_reach import (
    RunTest,
    required_words,
    run_tests,
    trigger_words,
)


class TriggeredMatcher:
    """Token patterns by key, each key tried only near its trigger words (see
    module doc). `add(key, patterns, triggers_from)`: `patterns` are what the
    Matcher gets (flags and all); `triggers_from` the same patterns as written,
    whose word tests and lengths give the triggers and the windows."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.always = Matcher(vocab, validate=False)
        # (matcher, longest match or, with run tests, most tokens failing them, tests)
        self._keyed: list[tuple[Matcher, int, tuple[RunTest, ...]]] = []
        # per key: the word id sets each of its patterns needs (`required_words`)
        self._needs: list[list[list[frozenset[int]]] | None] = []
        self._by_word: dict[int, list[int]] = {}  # word id -> indexes in _keyed
        self._words = np.zeros(0, dtype="uint64")

    def add(
        self,
        key: str,
        patterns: list,
        triggers_from: list[list[dict]] | None = None,
        on_match=None,
    ) -> None:
        """Add one key's patterns (see the class doc). Called as spaCy's Matcher is
        (a ruler adding patterns later), the patterns give their own triggers."""
        if on_match is not None:  # a callback sees spaCy's match list: no windows
            self.always.add(key, patterns, on_match=on_match)
            return
        words: set[str] = set()
        longest, runs, needs = 0, set(), []
        for pattern in patterns if triggers_from is None else triggers_from:
            found, reach = trigger_words(pattern), run_tests(pattern)
            if found is None or reach is None:
                self.always.add(key, patterns)
                return
            words |= found
            longest = max(longest, reach[0])
            runs.update(reach[1])
            lists = required_words(pattern)
            needs.append(
                [frozenset(self.vocab.strings.add(w) for w in x) for x in lists]
            )
        matcher = Matcher(self.vocab, validate=False)
        matcher.add(key, patterns)
        for word in sorted(words):
            self._by_word.setdefault(self.vocab.strings.add(word), []).append(
                len(self._keyed)
            )
        self._keyed.append((matcher, longest, tuple(sorted(runs))))
        # Only worth a look when some pattern needs a word list besides its trigger.
        self._needs.append(needs if any(len(x) > 1 for x in needs) else None)
        self._words = np.array(sorted(self._by_word), dtype="uint64")

    def __contains__(self, key: str) -> bool:
        return any(key in m for m in self.matchers())

    def __len__(self) -> int:
        return sum(len(m) for m in self.matchers())

    def remove(self, key: str) -> None:
        """Drop a key's patterns (its trigger words stay: they only cost a look)."""
        for matcher in self.matchers():
            if key in matcher:
                matcher.remove(key)

    def matchers(self) -> Iterable[Matcher]:
        """Every Matcher inside (for `matching.speed_up`)."""
        yield self.always
        for matcher, _, _ in self._keyed:
            yield matcher

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(key, start, end) of every match in `doc` (a set, in no set order)."""
        found = set(self.always(doc))
        if not self._keyed or not len(doc):
            return list(found)
        lowers = doc.to_array(LOWER)
        hits = np.flatnonzero(np.isin(lowers, self._words))
        near: dict[int, list[int]] = {}
        for word, at in zip(lowers[hits].tolist(), hits.tolist()):
            for k in self._by_word[word]:
                near.setdefault(k, []).append(at)
        fails: dict[tuple[RunTest, ...], np.ndarray] = {}
        words = lowers.tolist()
        for k, positions in near.items():
            matcher, longest, runs = self._keyed[k]
            if runs:
                if runs not in fails:
                    fails[runs] = _failing(doc, runs)
                windows = _run_windows(positions, longest, fails[runs], len(doc))
            else:
                windows = _windows(positions, longest, len(doc))
            needs = self._needs[k]
            for lo, hi in windows:
                if needs is not None and not _holds_one(needs, set(words[lo:hi])):
                    continue  # a word every match of some pattern needs is missing
                for key, s, e in matcher(doc[lo:hi]):
                    found.add((key, s + lo, e + lo))
        return list(found)


def _holds_one(needs: list[list[frozenset[int]]], window: set[int]) -> bool:
    """Does the window hold a word of every list some pattern needs?"""
    return any(all(not x.isdisjoint(window) for x in lists) for lists in needs)


def _failing(doc: Doc, runs: tuple[RunTest, ...]) -> np.ndarray:
    """The positions of the tokens of `doc` that pass none of the run tests."""
    names = sorted({name for test in runs for name, _ in test})
    values = doc.to_array([IDS[n] for n in names]).reshape(len(doc), len(names))
    column = {n: values[:, i].astype(bool) for i, n in enumerate(names)}
    passing = np.zeros(len(doc), dtype=bool)
    for test in runs:
        ok = np.ones(len(doc), dtype=bool)
        for name, want in test:
            ok &= column[name] == want
        passing |= ok
    return np.flatnonzero(~passing)


def _run_windows(
    positions: list[int], most: int, fails: np.ndarray, n: int
) -> list[tuple[int, int]]:
    """[lo, hi) stretches holding every match through a position (ascending) that
    holds at most `most` of the failing tokens `fails` (ascending positions):
    each ends just before the `most` + 1st failing token on either side of its
    position; overlapping or touching stretches joined, inside [0, n)."""
    if not len(fails):
        return [(0, n)]
    at = np.asarray(positions)
    left = np.searchsorted(fails, at, side="right") - most - 1
    right = np.searchsorted(fails, at, side="left") + most
    los = np.where(left >= 0, fails[np.maximum(left, 0)] + 1, 0).tolist()
    his = np.where(right < len(fails), fails[np.minimum(right, len(fails) - 1)], n)
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(zip(los, his.tolist())):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _windows(positions: list[int], longest: int, n: int) -> Iterable[tuple[int, int]]:
    """[lo, hi) stretches covering every token within `longest` - 1 of a position
    (ascending), overlapping or touching windows joined, inside [0, n)."""
    lo, hi = max(0, positions[0] - longest + 1), min(n, positions[0] + longest)
    for at in positions[1:]:
        a, b = max(0, at - longest + 1), min(n, at + longest)
        if a > hi:
            yield lo, hi
            lo = a
        hi = b
    yield lo, hi
