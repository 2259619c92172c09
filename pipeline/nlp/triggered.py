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

Where a key's patterns need other word lists besides their triggers ("is" or
"was" and a role noun), its windows are drawn around the words of whichever of
each pattern's lists the Doc holds fewest of instead (`_rarest`: a match holds
one of those as it holds a trigger), and a window lacking a word of each list
some pattern needs is skipped (`_holds_one`).

The matches are exactly spaCy's: every match holds a trigger word and is no
longer than its pattern allows, so it lies inside a window, and an element's
test reads its own token only. A key with a pattern lacking such a word test,
or with an unbounded element testing no flag, runs over the whole Doc, as
before. Matches come as a set in no particular order, as SpanRuler reads them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

import numpy as np
from spacy.attrs import IDS, LOWER
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
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
        # per key: for each of its patterns, the ids (in _lists) of the word lists
        # the pattern needs (`required_words`)
        self._needs: list[list[list[int]] | None] = []
        self._lists: dict[frozenset[int], int] = {}  # a needed word list -> its id
        # word id -> (indexes in _keyed it triggers, ids of the needed lists holding it)
        self._by_word: dict[int, tuple[list[int], list[int]]] = {}

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
            needs.append([frozenset(map(self.vocab.strings.add, x)) for x in lists])
        matcher = Matcher(self.vocab, validate=False)
        matcher.add(key, patterns)
        for word in sorted(words):
            self._entry(self.vocab.strings.add(word))[0].append(len(self._keyed))
        self._keyed.append((matcher, longest, tuple(sorted(runs))))
        # Only worth a look when some pattern needs a word list besides its trigger.
        if any(len(x) > 1 for x in needs):
            self._needs.append([[self._list_id(x) for x in lists] for lists in needs])
        else:
            self._needs.append(None)

    def _entry(self, word: int) -> tuple[list[int], list[int]]:
        """The keys a word triggers and the needed lists holding it (`_by_word`)."""
        return self._by_word.setdefault(word, ([], []))

    def _list_id(self, words: frozenset[int]) -> int:
        """The id of a needed word list, its words entered in `_by_word`."""
        if words not in self._lists:
            self._lists[words] = len(self._lists)
            for word in words:
                self._entry(word)[1].append(self._lists[words])
        return self._lists[words]

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
        # One pass over the words: where each key's triggers and each needed word
        # list's words are (positions ascending).
        near: dict[int, list[int]] = {}
        held: dict[int, list[int]] = {}
        by_word = self._by_word
        for at, word in enumerate(doc.to_array(LOWER).tolist()):
            entry = by_word.get(word)
            if entry is not None:
                for k in entry[0]:
                    near.setdefault(k, []).append(at)
                for x in entry[1]:
                    held.setdefault(x, []).append(at)
        fails: dict[tuple[RunTest, ...], np.ndarray] = {}
        for k, positions in near.items():
            matcher, longest, runs = self._keyed[k]
            if self._needs[k] is not None:
                positions = _rarest(self._needs[k], held)
                if not positions:
                    continue
            if runs:
                if runs not in fails:
                    fails[runs] = _failing(doc, runs)
                windows = _run_windows(positions, longest, fails[runs], len(doc))
            else:
                windows = _windows(positions, longest, len(doc))
            needs = self._needs[k]
            for lo, hi in windows:
                # None in an empty stretch, nor without a word of each list some
                # pattern needs.
                if lo >= hi or (
                    needs is not None and not _holds_one(needs, held, lo, hi)
                ):
                    continue
                for key, s, e in matcher(Span(doc, lo, hi)):
                    found.add((key, s + lo, e + lo))
        return list(found)


def _rarest(needs: list[list[int]], held: dict[int, list[int]]) -> list[int]:
    """The ascending positions of the words of each pattern's list that this Doc
    holds fewest of (none for a pattern missing a list): a match holds one of
    them, as it holds its trigger, and they are often fewer than the triggers
    ("is", "was" beside "executive")."""
    out: set[int] = set()
    for lists in needs:
        out.update(min((held.get(x, ()) for x in lists), key=len))
    return sorted(out)


def _holds_one(
    needs: list[list[int]], held: dict[int, list[int]], lo: int, hi: int
) -> bool:
    """Does [lo, hi) hold a word of every list some pattern needs? `held`: list id ->
    the ascending positions of its words."""
    return any(all(_within(held.get(x), lo, hi) for x in lists) for lists in needs)


def _within(positions: list[int] | None, lo: int, hi: int) -> bool:
    """Is one of the ascending `positions` in [lo, hi)?"""
    if not positions:
        return False
    i = bisect_left(positions, lo)
    return i < len(positions) and positions[i] < hi


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
