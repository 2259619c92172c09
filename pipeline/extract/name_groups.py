"""Which of a name's coordinated names share what is said of it.

The role parse reads "A and B, C, D" as one chain of conjuncts, but in
English the first "and" closes a group: "GOP Sens. Rand Paul and Ted Cruz,
pundit Laura Ingraham, ..." names two senators, then others. A plural title
or a rule that spreads over coordinated names (`dep_rules.sharing`) goes to
the names of the matched one's group only; "A, B and C" stays one group.
"""

from __future__ import annotations

from spacy.tokens import Token

CLOSING_WORDS = ("and", "or")


def and_group(person: Token, names: list[Token]) -> list[Token]:
    """The names of `names` in the same group as `person`: in text order, a name
    with "and" or "or" between it and the name before closes its group."""
    ordered = sorted(names, key=lambda t: t.i)
    doc = person.doc
    groups: list[list[Token]] = [[]]
    for prev, name in zip([None, *ordered], ordered):
        groups[-1].append(name)
        if prev is not None and any(
            doc[j].lower_ in CLOSING_WORDS for j in range(prev.i + 1, name.i)
        ):
            groups.append([])
    return next((g for g in groups if person in g), [person])
