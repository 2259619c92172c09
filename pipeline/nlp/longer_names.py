"""Longer names written over a shorter one: a name that runs on into a longer
name of another kind the Doc holds is not spread there ("Academy", an
organisation, is not the first word of "Academy Awards", a prize; "Trump" not
that of "Trump Organization"). Values (dates, amounts) are no names: "May"
stays the person's in "May yesterday"; nor is a name and its possessive
("Fillon's") or two names joined ("Trump and Xi"), which the model sometimes
labels as one."""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span

from pipeline.settings import VALUE_LABELS

Key = tuple[str, ...]
# Words that join a name to another or to its possessive: no one name holds them.
_JOINS = frozenset({"and", "&", "'s", "’s"})


def name_key(tokens) -> Key:
    """The lower-case words of a span or token sequence: a name's key."""
    return tuple(t.lower_ for t in tokens)


def longer_names(ents: list[Span]) -> dict[str, set[tuple[Key, str]]]:
    """First word -> the (lower-case words, label) of every name among `ents`."""
    out: dict[str, set[tuple[Key, str]]] = defaultdict(set)
    for e in ents:
        key = name_key(e)
        if e.label_ not in VALUE_LABELS and _JOINS.isdisjoint(key):
            out[key[0]].add((key, e.label_))
    return out


def written_over(
    doc: Doc, i: int, key: Key, label: str, names: dict[str, set[tuple[Key, str]]]
) -> bool:
    """Whether a name of `names` (`longer_names`) longer than `key` and labelled
    otherwise than `label` is written at token i."""
    return any(
        len(k) > len(key) and other != label and name_key(doc[i : i + len(k)]) == k
        for k, other in names.get(key[0], ())
    )
