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

The matches are exactly spaCy's: every match holds a trigger word and is no
longer than its pattern allows, so it lies inside a window, and an element's
test reads its own token only. A key with a pattern lacking such a word test,
or one that can match any number of tokens ("+", "*", "{2,}"), runs over the
whole Doc, as before. Matches come as a set in no particular order, as
SpanRuler reads them.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_WORD_KEYS = ("LOWER", "ORTH", "TEXT")


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
    """Token patterns by key, each key tried only near its trigger words (see
    module doc). `add(key, patterns, triggers_from)`: `patterns` are what the
    Matcher gets (flags and all); `triggers_from` the same patterns as written,
    whose word tests and lengths give the triggers and the windows."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.always = Matcher(vocab, validate=False)
        self._keyed: list[tuple[Matcher, int]] = []  # (matcher, longest match)
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
        longest = 0
        for pattern in patterns if triggers_from is None else triggers_from:
            found, length = trigger_words(pattern), max_length(pattern)
            if found is None or length is None:
                self.always.add(key, patterns)
                return
            words |= found
            longest = max(longest, length)
        matcher = Matcher(self.vocab, validate=False)
        matcher.add(key, patterns)
        for word in sorted(words):
            self._by_word.setdefault(self.vocab.strings.add(word), []).append(
                len(self._keyed)
            )
        self._keyed.append((matcher, longest))
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
        for matcher, _ in self._keyed:
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
        for k, positions in near.items():
            matcher, longest = self._keyed[k]
            for lo, hi in _windows(positions, longest, len(doc)):
                for key, s, e in matcher(doc[lo:hi]):
                    found.add((key, s + lo, e + lo))
        return list(found)


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
