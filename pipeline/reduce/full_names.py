"""The full form of an organisation's display name.

News calls a body by its short form more often than by its name: "the Lords"
and "the Commons", "the Socialists", "the Treasury". The resolver already joins
the short form to the full one the corpus writes (`merge`: lexicon
droppable_org_heads), but the row took the name used most, the short one
("Lords (United Kingdom)"). A row whose cluster also writes its name with a
droppable head after it ("Socialist Party", "US Treasury Department") or a
droppable opener before it (lexicon droppable_org_openers: "House of Lords")
is named by that full form; with two such forms, by neither.
"""

from __future__ import annotations

import pandas as pd

from pipeline.lang.lexicons import lower_set


def full_names(rows: pd.DataFrame, name: pd.Series) -> pd.Series:
    """Display names (root -> name) with each name's full form when its cluster
    writes exactly one (module doc). `rows` has root and anchor."""
    heads = sorted(lower_set("droppable_org_heads"))
    openers = sorted(lower_set("droppable_org_openers"))
    written: dict[str, dict[str, str]] = {}
    for root, anchor in zip(rows["root"].tolist(), rows["anchor"].tolist()):
        written.setdefault(root, {})[anchor.lower()] = anchor
    out = name.copy()
    for root, current in name.items():
        if not isinstance(current, str) or root not in written:
            continue
        low = current.lower()
        forms = [f"{low} {h}" for h in heads] + [f"{o} {low}" for o in openers]
        found = sorted({written[root][f] for f in forms if f in written[root]})
        if len(found) == 1:
            out[root] = found[0]
    return out
