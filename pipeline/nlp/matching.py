"""spaCy matchers made faster, with the same matches.

- `speed_up`: stand-ins for a Matcher's Python predicates ("IN", "NOT_IN",
  "REGEX" conditions). The Matcher tests such a condition by calling a Python
  object per token (the answer is cached per token, but a condition on a
  pattern's first element is asked at every token of every Doc: the entity
  patterns ask 13 per token). spaCy's own objects re-check their operator,
  flags and value type on every call; a stand-in reads the token attribute and
  tests it, the test spaCy's object makes for these attributes. Predicates of
  any other kind (extension attributes, fuzzy or regex sets, MORPH, other
  attributes) stay as they are.
- `SharedNodeMatcher`: a DependencyMatcher that looks for each distinct node
  pattern once (spaCy's looks for every node of every pattern: the parse rules
  have 163 nodes, 69 of them distinct).
"""

from __future__ import annotations

import json
import operator
from collections import defaultdict

from spacy.attrs import DEP, ENT_TYPE, LOWER, ORTH, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.matcher.matcher import _RegexPredicate, _SetPredicate
from spacy.strings import get_string_id

# Attribute id -> the Token attribute holding the id the Matcher reads
# (spacy.tokens.doc.get_token_attr_for_matcher) and its string.
_IDS = {ORTH: "orth", LOWER: "lower", ENT_TYPE: "ent_type", DEP: "dep", TAG: "tag"}
_STRINGS = {ORTH: "orth_", LOWER: "lower_"}


def _stand_in(pred):
    """A plain function answering as `pred` does, or None when `pred` is of a kind
    left alone. It keeps the `i` and `key` that Matcher.add reads to share
    predicates."""
    if (
        type(pred) is _SetPredicate
        and pred.predicate in ("IN", "NOT_IN")
        and pred.attr in _IDS
        and not (pred.is_extension or pred.regex or pred.fuzzy is not None)
    ):
        get, values = operator.attrgetter(_IDS[pred.attr]), frozenset(pred.value)
        if pred.predicate == "IN":

            def test(token):
                return get(token) in values
        else:

            def test(token):
                return get(token) not in values
    elif (
        type(pred) is _RegexPredicate
        and pred.attr in _STRINGS
        and not pred.is_extension
    ):
        get, search = operator.attrgetter(_STRINGS[pred.attr]), pred.value.search

        def test(token):
            return search(get(token)) is not None
    else:
        return None
    test.i, test.key = pred.i, pred.key
    return test


def speed_up(matcher: Matcher | DependencyMatcher) -> None:
    """Replace the matcher's predicates by stand-ins, in place (call it after the
    patterns are added; later additions still work, with spaCy's own objects)."""
    if isinstance(matcher, DependencyMatcher):
        matcher = matcher._matcher  # the token Matcher holding every node pattern
    preds = matcher._extra_predicates
    preds[:] = [_stand_in(p) or p for p in preds]


class SharedNodeMatcher(DependencyMatcher):
    """A DependencyMatcher whose token Matcher holds each distinct node pattern once.

    Call `share_nodes` after the last `add`. The node positions found per tree
    root are those spaCy's `_get_keys_to_position_maps` finds, listed in the
    same order (roots by their first matching token, positions ascending), so
    `__call__` returns the same matches in the same order.
    """

    def __init__(self, vocab, *, validate: bool = False):
        super().__init__(vocab, validate=validate)
        self._distinct: Matcher | None = None
        self._same: dict[int, list[int]] = {}

    def add(self, key, patterns, *, on_match=None) -> None:
        """As DependencyMatcher.add; the nodes are shared again by `share_nodes`."""
        self._distinct = None
        super().add(key, patterns, on_match=on_match)

    def share_nodes(self) -> None:
        """Build the token Matcher of distinct node patterns (same attributes)."""
        distinct, same, ids = Matcher(self.vocab), {}, {}
        for key, patterns in self._patterns.items():
            for nodes, node_keys in zip(patterns, self._tokens_to_key[key]):
                for node, node_key in zip(nodes, node_keys):
                    sig = json.dumps(node, sort_keys=True)
                    if sig not in ids:
                        ids[sig] = get_string_id(f"node:{sig}")
                        distinct.add(ids[sig], [node])
                    same.setdefault(ids[sig], []).append(node_key)
        speed_up(distinct)
        self._distinct, self._same = distinct, same

    def _get_keys_to_position_maps(self, doc):
        """Root token index -> node key -> positions of the tokens matching it (see
        spaCy's method of the same name)."""
        if self._distinct is None:
            return super()._get_keys_to_position_maps(doc)
        out = defaultdict(lambda: defaultdict(list))
        roots: dict[int, int] = {}
        # One-token patterns: matches come by token, in ascending order.
        for node, start, _ in self._distinct(doc):
            root = roots.get(start)
            if root is None:
                token = doc[start]
                root = roots[start] = ([token] + list(token.ancestors))[-1].i
            positions = out[root]
            for node_key in self._same[node]:
                positions[node_key].append(start)
        return out
