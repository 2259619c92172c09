"""Acronyms the corpus spells out as a law or an event, never as an organisation.

Where an article spells an acronym out ("the Affordable Care Act (ACA)", "the
Conservative Political Action Conference (CPAC)"), the annotation labels its
mentions as the long form (`nlp.acronym_linker`: a law's head word makes a
LAW) and links them to it. Other articles write the acronym alone, and the
model reads a word in capitals as an organisation. An acronym that some
article spells out as one of `DEFINED_LABELS` and none as an organisation
or a person (one law, "CETA", not two: the "NFA" of a football association
and of a fair act) takes that label wherever the model made it an ORG without
a link of its own: it is no organisations row. Places are left to the type
vote (`types`): the model reads "Islamic State of Iraq and Syria" as a place
too.
"""

from __future__ import annotations

import pandas as pd

from pipeline.lang.acronyms import is_short_form

# The rule id of an acronym's mention linked to its long form (nlp.acronym_linker).
SHORT_FORM_RULE = "acronym:short-form"
# What an acronym may be spelled out as to be no organisation anywhere.
DEFINED_LABELS = ("LAW", "EVENT")
_NAMES = ("ORG", "PERSON")


def kept(labels: pd.Series, rule_ids: pd.Series) -> pd.Series:
    """Which mention rows outside the resolution's labels the distinct keys keep:
    the short forms of `DEFINED_LABELS`."""
    return labels.isin(DEFINED_LABELS) & (rule_ids == SHORT_FORM_RULE)


def defined_acronyms(keys: pd.DataFrame) -> dict[str, str]:
    """Acronym -> the label the corpus spells it out as (see module doc), from key
    rows (label, text, link). A law's or an event's key is a short form (only
    those reach the keys: `kept`); an organisation's or a person's short form
    links to its long form, so an acronym with an ORG or PERSON key linked to
    another name is spelled out as one somewhere."""
    acronym = pd.Series(
        [isinstance(t, str) and is_short_form(t) for t in keys["text"]], keys.index
    )
    named = keys["label"].isin(_NAMES) & _linked(keys) & acronym
    taken = set(keys.loc[named, "text"])
    spelled = keys[keys["label"].isin(DEFINED_LABELS) & acronym]
    labels = spelled.groupby("text")["label"].agg(lambda s: sorted(set(s)))
    return {
        text: found[0]
        for text, found in labels.items()
        if len(found) == 1 and text not in taken
    }


def defined_types(rows: pd.DataFrame, defined: dict[str, str]) -> pd.Series:
    """`rows`' etype with every ORG key of an acronym in `defined` that no
    other name is linked to given the label it is spelled out as."""
    if not defined:
        return rows["etype"]
    hit = (rows["etype"] == "ORG") & ~_linked(rows) & rows["text"].isin(defined.keys())
    return rows["etype"].where(~hit, rows["text"].map(defined))


def _linked(rows: pd.DataFrame) -> pd.Series:
    """Keys linked to another name than their own (the annotation links a name to
    itself too)."""
    link = rows["link"].fillna("")
    return (link != "") & (link != rows["text"].fillna(""))
