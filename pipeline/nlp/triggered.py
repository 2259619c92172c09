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
bounded by what those elements test instead (`run_tests`): where every such
element tests flags ("IS_ALPHA": true, "IS_LOWER": false), a token failing the
flags of all of them can only be one of the key's other, counted, elements, so
a match holds no more such tokens than its pattern's other elements allow and
its window ends just before one more of them (`_run_windows`).

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
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_WORD_KEYS = ("LOWER", "ORTH", "TEXT")
# The boolean token flags an unbounded element may be bounded by (`run_tests`).
_FLAGS = frozenset(
    ("IS_ALPHA", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE")
    + ("IS_STOP", "IS_DIGIT", "LIKE_NUM")
)
RunTest = tuple[tuple[str, bool], ...]  # the flags one unbounded element requires


def _required(spec: dict) -> bool:
    """Must a token pass this element for the pattern to match?"""
    op = spec.get("OP")
    if op is None or op == "+":
        return True
    if op.startswith("{"):  # "{n}", "{n,}", "{n,m}", "{,m}": required when n >= 1
        low = op[1:-1].split(",")[0]
        return low.strip().isdigit() and int(low) >= 1
    return False


def max_length(pattern: list[dict]) -> int | None:
    """The most tokens `pattern` can match, or None when there is no bound."""
    total = 0
    for spec in pattern:
        op = spec.get("OP") if isinstance(spec, dict) else None
        if op in ("+", "*"):
            return None
        if op and op.startswith("{"):
            high = op[1:-1].split(",")[-1].strip()
            if not high.isdigit():
                return None  # "{n,}"
            total += int(high)
        else:
            total += 1  # one token, also for "?" and "!"
    return total


def _unbounded(spec: dict) -> bool:
    """Can the element match any number of tokens?"""
    op = spec.get("OP")
    if op in ("+", "*"):
        return True
    return bool(op) and op.startswith("{") and not op[1:-1].split(",")[-1].strip()


def run_tests(pattern: list[dict]) -> tuple[int, tuple[RunTest, ...]] | None:
    """(the most tokens the bounded elements of `pattern` can match, the flag tests
    of its unbounded elements), or None when an unbounded element tests no flag.
    A token failing every one of those tests can only be matched by a bounded
    element. For a pattern without unbounded elements: (`max_length`, ())."""
    total, runs = 0, []
    for spec in pattern:
        if isinstance(spec, dict) and _unbounded(spec):
            test = tuple(
                sorted(
                    (k, v) for k, v in spec.items() if k in _FLAGS and type(v) is bool
                )
            )
            if not test:
                return None
            runs.append(test)
        else:
            total += max_length([spec]) or 0
    return total, tuple(runs)


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


def required_words(pattern: list[dict]) -> list[set[str]]:
    """The word list of every required element of `pattern` that tests one: a
    match holds a word of each."""
    out = []
    for spec in pattern:
        if isinstance(spec, dict) and _required(spec):
            words = _words(spec)
            if words:
                out.append(words)
    return out


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
