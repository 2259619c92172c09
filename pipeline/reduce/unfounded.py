"""One-word names that found no person row: the recognizer's misreadings.

A person's row stands on its name. A one-word name ("Microwave", "Drill",
"Hundreds", "Recalibrating") that nothing else founds is no person, and its
mentions keep their label with no entity, as a headline-only organisation does
(`orgs`):

- a common English word (lexicon common_lowercase_words) that gender-guesser
  knows as no given name, that is no first or family name of a full person
  name of the corpus ("Brown" of "Gordon Brown" may be that Brown, "Young" of
  "Les Young" that Young), and that no mention of it founds as a person: no
  courtesy title before it ("Miss Universe" stays a name, whatever a pageant
  is), no person rule. The model reads such a word as a name when it opens a
  sentence or stands in capitals ("This is NOT A Drill", "Peter the Great");
- a word that only headlines write: full names there are mostly bylines of
  real journalists, but a lone word in a title-case headline ("Country",
  "Teen", "Dem") is a capital the recognizer misread, and no article body of
  the corpus confirms it.

Clusters are judged whole: a one-word name that joined a full name ("Trump" of
"Donald Trump") is that person's and never one-word here.
"""

from __future__ import annotations

import pandas as pd

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set


def _name_words(keys: pd.Series) -> set[str]:
    """The words of the full (several-word) person names among `keys`."""
    out: set[str] = set()
    for key in pd.unique(keys):
        if " " in key:
            out.update(key.split())
    return out


def _common_word(word: str, name_words: set[str]) -> bool:
    """A common English word that is nobody's first or family name (module doc)."""
    return (
        word in lower_set("common_lowercase_words")
        and word not in name_words
        and not is_given_name(word)
    )


def unfounded_people(rows: pd.DataFrame, roots: pd.Series) -> pd.Series:
    """`roots` (each row's cluster, index aligned with `rows`) with "" for every row
    of a one-word cluster that no evidence founds as a person (module doc).
    `rows` needs key and n; n_rule, n_headline and honorific count when there."""
    one_word = roots.ne("") & ~roots.str.contains(" ", regex=False)
    if not one_word.any():
        return roots
    zero = pd.Series(0, index=rows.index)
    said = rows.get("n_rule", zero).fillna(0).gt(0)
    if "honorific" in rows:
        said |= rows["honorific"].fillna("").ne("")
    # One row per cluster: something says person, a body writes it, another key
    # joined it (then it is that name's person, not a word alone).
    per_root = (
        pd.DataFrame(
            {
                "root": roots,
                "said": said,
                "body": rows["n"] - rows.get("n_headline", zero).fillna(0),
                "joined": rows["key"] != roots,
            }
        )[one_word]
        .groupby("root")
        .agg(said=("said", "any"), body=("body", "sum"), joined=("joined", "any"))
    )
    words = _name_words(rows["key"])
    drop = {
        root
        for root, said_it, body, joined in per_root.itertuples()
        if not (said_it or joined) and (body == 0 or _common_word(root, words))
    }
    return roots.where(~roots.isin(drop), "")
