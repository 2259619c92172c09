"""The one-token node patterns of a DependencyMatcher found by an index on the
token's attributes instead of a token Matcher (`pipeline.nlp.matching`).

spaCy's Matcher starts every node pattern at every token and asks each "IN"
set of a pattern as a Python call per token (the role parse rules have 55 such
sets: about 2,000 calls per parsed sentence). Here each pattern is filed under
one of its tests (a word, a tag, a dependency label, ...), so a token meets
only the few patterns filed under its own values, and the rest of their tests
are plain comparisons of the attribute ids `Doc.to_array` gives. The tokens
found are those the Matcher finds: the tests are the ones it makes on the same
ids ("==" on the id, "IN"/"NOT_IN" on the set of ids).
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

# Pattern keys read, their column in the token array, and the Doc annotation the
# Matcher requires before reading them (it raises without; so does `positions`
# by leaving such a Doc to it).
_COLUMNS = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "DEP": 2, "TAG": 3, "ENT_TYPE": 4}
_COLUMNS["LEMMA"] = 5
_ATTRS = [ORTH, LOWER, DEP, TAG, ENT_TYPE, LEMMA]
_ANNOTATION = {2: "DEP", 3: "TAG", 5: "LEMMA"}
# The column a pattern is filed under, most telling first: a word or mark names
# few tokens, a dependency label more, an entity label many (ENT_TYPE "" most).
_FILE_ORDER = (1, 0, 5, 3, 2, 4)
# Distinct token rows whose node keys are kept: about a corpus's vocabulary.
_MAX_ROWS = 1 << 17


def _test(value) -> tuple[str, object] | None:
    """("==", id) or ("IN"/"NOT_IN", frozenset of ids) for one pattern value; None
    for any other kind of test (a regex, a number, an operator)."""
    if isinstance(value, str):
        return "==", get_string_id(value)
    if isinstance(value, dict) and len(value) == 1:
        op, values = next(iter(value.items()))
        if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in values):
            return op, frozenset(get_string_id(v) for v in values)
    return None


class NodeIndex:
    """Every distinct node pattern of a matcher, filed for lookup by token values;
    built by `build`, None when a pattern tests something it does not read."""

    def __init__(self) -> None:
        # column -> attribute id -> [(pattern id, its other tests)]
        self.filed: dict[int, dict[int, list[tuple[int, tuple]]]] = {}
        self.always: list[tuple[int, tuple]] = []  # patterns with no == or IN test
        self.needs: set[str] = set()
        # A token's node keys depend on its attribute ids alone, and a parsed
        # sentence repeats the rows of its common words: each row is read once
        # (for the `same` map it was read with), bounded for memory.
        self._same: dict | None = None
        self._keys: dict[tuple, tuple[int, ...]] = {}

    @classmethod
    def build(cls, nodes: dict[int, list[dict]]) -> NodeIndex | None:
        """The index of {pattern id: one-token pattern}, or None when a pattern asks for
        what only the Matcher reads (another attribute, an operator, a regex)."""
        index = cls()
        for pid, pattern in nodes.items():
            if len(pattern) != 1:
                return None
            node, tests = pattern[0], []
            for key, value in node.items():
                col = _COLUMNS.get(key.upper()) if isinstance(key, str) else None
                test = _test(value)
                if col is None or test is None:
                    return None
                tests.append((col, *test))
                if col in _ANNOTATION:
                    index.needs.add(_ANNOTATION[col])
            filed = [t for t in tests if t[1] != "NOT_IN"]
            if not filed:
                index.always.append((pid, tuple(tests)))
                continue
            first = min(filed, key=lambda t: _FILE_ORDER.index(t[0]))
            if first[0] == 4 and first[2] == 0:
                # ENT_TYPE "" (no entity) names most tokens: a last resort.
                first = min(filed, key=lambda t: (t[0] == 4, _FILE_ORDER.index(t[0])))
            rest = tuple(t for t in tests if t is not first)
            keys = [first[2]] if first[1] == "==" else first[2]
            by_value = index.filed.setdefault(first[0], {})
            for value in keys:
                by_value.setdefault(value, []).append((pid, rest))
        return index

    def reads(self, doc: Doc) -> bool:
        """Whether the Doc has every annotation the patterns test (else the Matcher
        must see it, to raise as it does)."""
        return all(doc.has_annotation(a) for a in self.needs)

    def positions(self, doc: Doc, same: dict[int, list[int]]) -> dict:
        """Root token index -> node key -> positions of the tokens matching it, as
        `SharedNodeMatcher._get_keys_to_position_maps` (roots in the order of
        their first matching token, positions ascending); `same` maps a pattern
        id to its node keys."""
        rows = doc.to_array(_ATTRS).tolist()
        heads = doc.to_array(HEAD).astype("int64").tolist()
        if same is not self._same or len(self._keys) > _MAX_ROWS:
            self._same, self._keys = same, {}
        keys_of = self._keys
        # spaCy's reader asks every node key of every root: missing ones are empty.
        out: defaultdict = defaultdict(lambda: defaultdict(list))
        for i, row in enumerate(map(tuple, rows)):
            keys = keys_of.get(row)
            if keys is None:
                keys = keys_of[row] = self._node_keys(row, same)
            if keys:
                positions = out[_root(heads, i)]
                for node_key in keys:
                    positions[node_key].append(i)
        return out

    def _node_keys(self, row: tuple, same: dict[int, list[int]]) -> tuple[int, ...]:
        """The node keys of the patterns a token of attribute ids `row` matches, in
        the order `positions` lists them."""
        found = [pid for pid, rest in self.always if _passes(row, rest)]
        for col, by_value in self.filed.items():
            for pid, rest in by_value.get(row[col], ()):
                if not rest or _passes(row, rest):
                    found.append(pid)
        return tuple(node_key for pid in found for node_key in same[pid])


def _passes(row: list[int], tests: tuple) -> bool:
    """Whether a token's attribute ids pass every (column, op, value) test."""
    for col, op, value in tests:
        got = row[col]
        if op == "==":
            if got != value:
                return False
        elif (got in value) != (op == "IN"):
            return False
    return True


def _root(heads: list[int], i: int) -> int:
    """The top of token i's chain of heads (`Token.ancestors`' last, or i); the
    heads are offsets from each token."""
    for _ in range(len(heads)):
        step = heads[i]
        if step == 0:
            break
        i += step
    return i
