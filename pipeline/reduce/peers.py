"""Peers' names across articles.

A peer is written by rank and family name ("Lord Bridges", "Baroness Hayter";
lexicon territorial_peers), a form no commoner shares: across articles such a
mention joins only a full name the corpus also writes with a peer's rank ("Lord
Mark Malloch-Brown"), never a namesake written without one ("Jeff Bridges").
Within its article the annotation has already joined it to a full name beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline.lang.lexicons import lower_set


def is_peer_title(honorific: object) -> bool:
    """Whether a mention's courtesy title is a peer's rank ("Lord", "Baroness")."""
    return isinstance(honorific, str) and honorific.lower() in lower_set(
        "territorial_peers"
    )


def peer_roots(
    keys: Iterable[str], honorifics: Iterable[object], find: Callable[[str], str]
) -> frozenset[str]:
    """The persons (roots, by `find`) the corpus writes with a peer's rank at least
    once: the only full names a peer's family name may join across articles."""
    return frozenset(find(k) for k, h in zip(keys, honorifics) if is_peer_title(h))
