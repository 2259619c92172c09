"""One-word person names that two people of their article share.

"Kim" beside "Kim Jong-un" and "Kim Jong-nam", "Calloway" beside "Ruth Calloway"
and "Dennis Calloway": when neither the article (`nlp.partial_names`) nor the
corpus (`reduce.people`) tells which one is meant, the mention is left
unresolved, for a row of its own would be one the two people share.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd


def shared_in_article(
    keys: pd.Series, articles: pd.Series, final: pd.Series
) -> pd.Series:
    """Rows of a one-word name still standing alone whose article names two or more
    people it opens or closes ("Kim" beside "Kim Jong-un" and "Kim Jong-nam";
    "Berry" beside two full names ending so): which one it means the text does
    not say, so it stays unresolved rather than a row the people share."""
    words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for art, root in zip(articles, final):
        parts = root.split()
        if len(parts) >= 2:
            words[art, parts[0]].add(root)
            words[art, parts[-1]].add(root)
    return pd.Series(
        [
            " " not in key and " " not in root and len(words.get((art, key), ())) >= 2
            for key, art, root in zip(keys, articles, final)
        ],
        index=keys.index,
        dtype=bool,
    )
