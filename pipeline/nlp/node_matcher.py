"""`SharedNodeMatcher`: a DependencyMatcher that looks for each distinct node
pattern once (spaCy's looks for every node of every pattern: the parse rules
have 163 nodes, 69 of them distinct), by an index on token values
(`node_index`) when the patterns test only what it reads."""

from __future__ import annotations

import json
from collections import defaultdict

from spacy.matcher import DependencyMatcher, Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pipeline.nlp.matching import speed_up
from pipeline.nlp.node_index import NodeIndex


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
        self._index: NodeIndex | None = None
        self._trees: list[tuple] = []

    def add(self, key, patterns, *, on_match=None) -> None:
        """As DependencyMatcher.add; the nodes are shared again by `share_nodes`."""
        self._distinct = None
        super().add(key, patterns, on_match=on_match)

    def share_nodes(self) -> None:
        """Build the token Matcher of distinct node patterns (same attributes), and
        list every pattern tree with the node keys it needs."""
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
        self._index = NodeIndex.build({ids[sig]: json.loads(sig) for sig in ids})
        # In the order spaCy tries them; read once here, not per Doc (spaCy's
        # attributes are Python properties, and a parsed Doc asked each of them).
        self._trees = [
            (key, tree, node_keys, frozenset(node_keys))
            for key in self._patterns.keys()
            for tree, node_keys in zip(self._tree[key], self._tokens_to_key[key])
        ]

    @property
    def indexed(self) -> bool:
        """Whether every node pattern is found by the index (`node_index`)."""
        return self._index is not None

    def _get_keys_to_position_maps(self, doc):
        """Root token index -> node key -> positions of the tokens matching it (see
        spaCy's method of the same name)."""
        if self._distinct is None:
            return super()._get_keys_to_position_maps(doc)
        if self._index is not None and self._index.reads(doc):
            return self._index.positions(doc, self._same)
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

    def __call__(self, doclike):
        """As DependencyMatcher.__call__ (same matches, same order), without trying
        a pattern at a tree root where one of its nodes matched no token: the
        combinations of positions spaCy would try there are none."""
        if self._distinct is None or not isinstance(doclike, Doc):
            return super().__call__(doclike)
        doc, matched, cache = doclike, [], {}
        maps = self._get_keys_to_position_maps(doc)
        present = [(set(by_key), by_key) for by_key in maps.values()]
        for key, tree, node_keys, needed in self._trees:
            for keys, by_key in present:
                if needed <= keys:
                    for tree_match in self._get_matches(
                        cache, doc, tree, node_keys, by_key
                    ):
                        matched.append((key, tree_match))
        for i, (match_id, _) in enumerate(matched):
            on_match = self._callbacks.get(match_id)
            if on_match is not None:
                on_match(self, doc, i, matched)
        return matched
