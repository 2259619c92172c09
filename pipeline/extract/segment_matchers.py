"""The segment rules' Matchers, one per rule, run only where the rule can match.

A sentence's segment sequence holds a few of the tags and words the rules ask
for, so most rules cannot match it: on news, about 6 of the 94 role rules can,
and a quarter of the sentences have none. One spaCy Matcher holding every rule
starts every rule at every segment (a state per rule and segment, a Python
predicate per set test); here each rule has its own Matcher, and a rule runs
only when each element it must match (no "?", "*" or "!") finds its tag and
word among the sentence's segments, and those elements find segments that
pass their TAG and LOWER tests in the pattern's order, each within as many
segments of the one before as the optional elements between them can take
("?" one each; after "*" or "+" any number: `_Positions`): of the rules the
first test lets run on news, about nine in ten fail the second, and a
Matcher call costs more than the test; a sentence no rule passes both for
needs no segment Doc at all. Both tests are
necessary, not sufficient: the Matcher still decides. Matches come in one
order whatever the rules run: by start, end, then rule rank.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.extract.role_grammar import Rule
from pipeline.nlp.matching import speed_up

# The token attributes a segment element may test by value; anything else
# (IS_SENT_START, a regex) is taken as met.
_VALUE_ATTRS = ("TAG", "LOWER")


@dataclass(frozen=True)
class Need:
    """One value test a rule's element must pass on some segment: its attribute
    (TAG or LOWER), "==", "IN" or "NOT_IN", and the values."""

    attr: str
    op: str
    values: frozenset[str]

    def met(self, present: AbstractSet[str]) -> bool:
        """Whether a segment among `present` (the sentence's values of `attr`)
        can pass the test."""
        if self.op == "NOT_IN":
            return not present <= self.values
        return not self.values.isdisjoint(present)


def _value_test(test) -> tuple[bool, frozenset[str]] | None:
    """(whether a value must be in the set or out of it, the set) of one TAG or
    LOWER test, None for a test of another kind (taken as met)."""
    if isinstance(test, str):
        return True, frozenset({test})
    if isinstance(test, dict) and len(test) == 1:
        op, values = next(iter(test.items()))
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
            return op == "IN", frozenset(values)
    return None


# Distinct sets of needs met whose runnable rules are kept: bounded for memory.
_MAX_MET = 1 << 14

# A gap no bound is taken for: after "*", "+" or another quantifier.
_UNBOUNDED = 1 << 30


def required_chain(pattern: tuple | list) -> tuple[tuple[tuple, int], ...]:
    """The (TAG test, LOWER test) of each element a match must cover, in order
    (no optional or negated operator; see `_value_test`), each with the most
    tokens that may stand between it and the one before: one per "?" between
    them, unbounded after a "*" or a "+"."""
    out, gap = [], 0
    for e in pattern:
        op = e.get("OP")
        if op in (None, "+"):
            test = (_value_test(e.get("TAG")), _value_test(e.get("LOWER")))
            out.append((test, gap))
            gap = _UNBOUNDED if op == "+" else 0
        elif op == "?":
            gap += 1
        else:
            gap = _UNBOUNDED
    return tuple(out)


class _Positions:
    """The segments of one segment Doc that pass each element's tests, found once
    per distinct element as a bit set (bit i: segment i); `fits` tells whether a
    rule's required elements can take segments in order, each within its gap
    of the one before."""

    def __init__(self, values: list[tuple[str, str]]):
        tags: dict[str, int] = {}
        words: dict[str, int] = {}
        for i, (tag, word) in enumerate(values):
            tags[tag] = tags.get(tag, 0) | 1 << i
            words[word] = words.get(word, 0) | 1 << i
        self._by = (tags, words)
        self.present = (tags.keys(), words.keys())  # the tags and words there are
        self._all = (1 << len(values)) - 1
        self._found: dict[tuple, int] = {}

    def _of(self, element: tuple) -> int:
        found = self._found.get(element)
        if found is None:
            found = self._all
            for by, test in zip(self._by, element):
                if test is not None:
                    inside, values = test
                    at = 0  # the segments whose value is one of `values`
                    if len(values) < len(by):
                        for value in values:
                            at |= by.get(value, 0)
                    else:
                        for value, bits in by.items():
                            if value in values:
                                at |= bits
                    found &= at if inside else ~at
            self._found[element] = found
        return found

    def fits(self, chain: tuple[tuple[tuple, int], ...]) -> bool:
        """Whether each element of `chain` (`required_chain`) finds a passing
        segment after one of the previous element's, at most its gap away."""
        prev = None
        for element, gap in chain:
            cur = self._of(element)
            if prev is not None:
                cur &= _after(prev, gap)
            if not cur:
                return False
            prev = cur
        return True

    def fitting(self, ranks: list[int], chains: dict[int, tuple]) -> list[int]:
        """The ranks of `ranks` whose chain (`chains`) `fits`, in order: the same
        test in one loop, the common gaps (none, unbounded) shifted in place;
        a sentence asks it of some 18 rules, most of which fail."""
        out, found, of = [], self._found, self._of
        for rank in ranks:
            prev = None
            for element, gap in chains[rank]:
                cur = found.get(element)
                if cur is None:
                    cur = of(element)
                if prev is not None:
                    if gap == 0:
                        cur &= prev << 1
                    elif gap >= _UNBOUNDED:
                        cur &= -((prev & -prev) << 1)
                    else:
                        cur &= _after(prev, gap)
                if not cur:
                    break
                prev = cur
            else:
                out.append(rank)
        return out


def _after(prev: int, gap: int) -> int:
    """The segments 1 to gap + 1 after one of the bit set `prev`; for an unbounded
    gap, every segment after the first of them."""
    if gap >= _UNBOUNDED:
        return -((prev & -prev) << 1)
    after = 0
    for d in range(1, gap + 2):
        after |= prev << d
    return after


def needs_of(pattern: tuple | list) -> tuple[Need, ...]:
    """The value tests of the elements a match must cover (no optional or negated
    operator); a test of another kind than a value or IN/NOT_IN set is left out."""
    out: list[Need] = []
    for element in pattern:
        if element.get("OP") not in (None, "+"):
            continue
        for attr in _VALUE_ATTRS:
            test = element.get(attr)
            if isinstance(test, str):
                out.append(Need(attr, "==", frozenset({test})))
            elif isinstance(test, dict) and len(test) == 1:
                op, values = next(iter(test.items()))
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
                    out.append(Need(attr, op, frozenset(values)))
    return tuple(dict.fromkeys(out))


class SegmentMatchers:
    """Every segment rule of one file, each in a Matcher of its own (see module
    doc), called like one Matcher over a segment Doc."""

    def __init__(self, rules: list[Rule], vocab: Vocab):
        self.rules = {r.rank: r for r in rules}
        self._matchers = {}
        for rule in rules:
            matcher = Matcher(vocab, validate=True)
            matcher.add(f"{rule.rank}", [list(rule.pattern)])
            speed_up(matcher)
            self._matchers[rule.rank] = matcher
        # Each distinct need is a bit; a rule runs when every bit of its mask is
        # met. A value present meets the "==" and "IN" needs naming it at once.
        bits: dict[Need, int] = {}
        self._masks = []
        for rule in rules:
            mask = 0
            for need in needs_of(rule.pattern):
                mask |= 1 << bits.setdefault(need, len(bits))
            self._masks.append((rule.rank, mask))
        self._order = {r.rank: required_chain(r.pattern) for r in rules}
        self._met: dict[int, list[int]] = {}  # needs met -> ranks (`runnable`)
        self._by_value: dict[tuple[str, str], int] = {}
        self._negated = []
        for need, bit in bits.items():
            if need.op == "NOT_IN":
                self._negated.append((need, 1 << bit))
                continue
            for value in need.values:
                key = (need.attr, value)
                self._by_value[key] = self._by_value.get(key, 0) | 1 << bit

    def runnable(self, tags: AbstractSet[str], words: AbstractSet[str]) -> list[int]:
        """Ranks of the rules whose every needed test finds its value among the
        sentence's segment `tags` and lower-case `words`."""
        met, by_value = 0, self._by_value
        for attr, values in (("TAG", tags), ("LOWER", words)):
            for value in values:
                met |= by_value.get((attr, value), 0)
        for need, bit in self._negated:
            if need.met(tags if need.attr == "TAG" else words):
                met |= bit
        # The ranks depend on the needs met alone, and sentences meet few
        # distinct sets of them: each set's ranks are listed once (a scan of
        # every rule's mask cost a twentieth of the plan).
        ranks = self._met.get(met)
        if ranks is None:
            if len(self._met) > _MAX_MET:
                self._met.clear()
            missing = ~met
            ranks = self._met[met] = [
                rank for rank, mask in self._masks if not mask & missing
            ]
        return list(ranks)

    def __call__(self, doc: Doc) -> list[tuple[Rule, int, int, list[int]]]:
        """(rule, start, end, pattern element of each matched token) of every
        match in the segment Doc `doc`, by start, end and rank."""
        return self.match([(t.tag_, t.lower_) for t in doc], lambda: doc)

    def match(
        self, values: list[tuple[str, str]], make_doc: Callable[[], Doc]
    ) -> list[tuple[Rule, int, int, list[int]]]:
        """As a call on the segment Doc `make_doc()` whose tokens' (TAG, LOWER)
        are `values`; the Doc is built only when a rule passes both tests (a
        quarter of the sentences need none)."""
        positions = _Positions(values)
        ranks = self.runnable(*positions.present)
        if not ranks:
            return []
        ranks = positions.fitting(ranks, self._order)
        if not ranks:
            return []
        doc, out = make_doc(), []
        for rank in ranks:
            for _, start, end, align in self._matchers[rank](doc, with_alignments=True):
                out.append((start, end, rank, align))
        # A stable sort: one rule's matches of one extent keep the Matcher's order.
        out.sort(key=lambda m: m[:3])
        rules = self.rules
        return [(rules[rank], start, end, align) for start, end, rank, align in out]
