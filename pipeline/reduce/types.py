"""One type per name across the corpus: a person, an organisation, or a place.

Within an article the annotation step votes labels already. Across articles the
same name may still arrive as ORG in some ("Trump administration", a headline,
"Surrey 429-7"), PERSON in others, and as a place (GPE, LOC, FAC, NORP) in
more. Every name (its folded canonical form) gets the type most of the evidence
gives it:

- each article counts once per type it gives the name, `RULE_WEIGHT` times when
  a rule (not the model) made that label;
- a known place (lang.places: a country, state or continent `PLACE_PRIOR`
  articles' worth, a city, county or region one) is a place by default, and
  against person evidence its prior counts `PERSON_PLACE_FACTOR` times (one
  article calling a city a person is not enough; one calling it an
  organisation is, for teams are named after their towns);
- a family name alone ("Trump") also gets `SURNAME_WEIGHT` per article of the
  full name that dominates the names ending with it (`people.DOMINANCE`), so
  a "Trump administration" does not outweigh "Donald Trump" (with its particle:
  "Le Pen" of "Marine Le Pen"); a family name
  several full names share ("Ford": Gerald, Henry, Harrison) gets none;
- a known place that is no first or family name of a full person name in the
  corpus ("Rotterdam", which the model often reads as a person) is no person
  unless the text says so (an honorific, a person rule, a role rule's title in
  that article: "Ferguson has served as CEO of X"); so is a country's
  demonym or other name (lang.countries: "Moldovan", "Guiana"), with a city's
  prior (`NATION_PRIOR`);
- a one-word name nothing marks as a person's (no honorific, person rule or
  role title, no given name gender-guesser knows, no first or family name of
  a full person name in the corpus) is no person once any article reads it
  as an organisation or a place: the model's PERSON votes alone do not make
  a payment service or a newspaper ("Zorvex") a person;
- a name the text itself calls an organisation (a rule made the ORG label) in
  `ORG_STATED_ARTICLES` articles or more, and never marks as a person (no
  honorific, no person rule, no family-name support), is an organisation
  whatever the model's PERSON votes say: "Sinn Féin TD ..." and "Fine Gael
  leader ..." state a party, while the model reads "Fine" and "Sinn" as first
  names.

A one-word name an article calls an organisation is no person there when the
article also names a longer organisation it opens ("McLaren" beside
"McLaren Automotive", "Lotte" beside "Lotte Group"): it is that
organisation's short name, however the corpus's people vote the word, unless
it is the family name of a full name as famous as `FAMOUS_SURNAME` articles
make it ("Trump" beside "Trump Organization" is still mostly the man).

Ties go to the type a rule gave, then PERSON, ORG, place. Mentions only move
from ORG/PERSON (to the other, or to a place: "Kiev" is no person); a place
mention keeps its label, and so does a key every mention of which a rule made
(the text says what it is). Returns the type of every row.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from pipeline.lang.casing import is_common_word
from pipeline.lang.countries import country_code
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import canonical_person_name, family_name_first, fold
from pipeline.lang.places import place_kind
from pipeline.reduce.people import DOMINANCE, MIN_SUPPORT
from pipeline.settings import ENTITY_LABELS

RULE_WEIGHT = 3
SURNAME_WEIGHT = 2
PLACE = "PLACE"
PLACE_PRIOR = {
    "country": 3,
    "state": 3,
    "continent": 3,
    "region": 1,
    "county": 1,
    "city": 1,
}
PERSON_PLACE_FACTOR = 1.5
# A country's demonym or other form the gazetteer lists no place for ("Moldovan",
# "Guiana" of French Guiana, "Rossiya") weighs as a city: enough against a stray
# model PERSON, not against an organisation named so (the "Rossiya" channel).
NATION_PRIOR = PLACE_PRIOR["city"]
# Articles in which a rule must call a name an organisation before the model's
# PERSON votes for it count for nothing (when nothing else says person).
ORG_STATED_ARTICLES = 2
ORDER = ("PERSON", "ORG", PLACE)  # tie-break after rule evidence
# Articles of a full person name from which its family name alone is that
# person's even where an article pairs the word with an organisation's name.
FAMOUS_SURNAME = 20


def type_key(anchor: str) -> str:
    """The label-independent comparison form of a name."""
    return fold(canonical_person_name(anchor))


def _family_name(name: str) -> str:
    """The family name of a full name written given name first: its last word, with
    the particle before it ("le pen" of "marine le pen", "al-assad" stays one)."""
    words = name.split()
    if len(words) >= 3 and words[-2] in lower_set("name_particles"):
        return " ".join(words[-2:])
    return words[-1]


def _surname_support(rows: pd.DataFrame) -> dict[str, int]:
    """Family name -> articles of the one full person name that dominates it."""
    full = rows[(rows["label"] == "PERSON") & (rows["tkey"].str.count(" ") >= 1)]
    per_name = full.groupby("tkey")["article_id"].nunique()
    by_last: dict[str, Counter] = defaultdict(Counter)
    for name, n in per_name.items():
        # An initial for a first name ("U. Chandana") competes with no full name.
        if family_name_first(name):
            by_last[name.split(" ", 1)[0]][name] = n  # "Wang" of "Wang Donghai"
        elif len(name.split(" ", 1)[0]) > 1:
            by_last[_family_name(name)][name] = n
    out = {}
    for last, counts in by_last.items():
        (_, top), *_ = counts.most_common(1)
        if top >= MIN_SUPPORT and top >= DOMINANCE * sum(counts.values()):
            out[last] = top
    return out


def _name_words(rows: pd.DataFrame) -> set[str]:
    """The first and family names of the corpus's full person names that open with
    a known first name or a family name written first ("barack", "obama", "le
    pen"; not "rotterdam" of the model's "Only Rotterdam"): a place name that is
    one of them may stand for a person."""
    person = rows["label"] == "PERSON"
    full = rows.loc[person & rows["tkey"].str.contains(" "), "tkey"]
    out: set[str] = set()
    for name in pd.unique(full):
        words = name.split()
        if is_given_name(words[0]) or family_name_first(name):
            out.update((words[0], words[-1], _family_name(name)))
    return out


def _unsupported_word(tkey: str, surname: dict, name_words: set[str]) -> bool:
    """A one-word name nothing in the corpus marks as a person's: no given name
    gender-guesser knows, no first or family name of a full person name, no
    family name a full name dominates ("Zorvex"; not "Maria", nor "Brennock"
    beside "Orla Brennock")."""
    return (
        " " not in tkey
        and tkey not in surname
        and tkey not in name_words
        and not is_given_name(tkey)
    )


def _person_shaped(tkey: str) -> bool:
    """A name the model called an organisation that reads as a person's: written
    family name first ("du fengcai"), or a given name and one word English
    writes capitalised ("penny harrow"; not "geo news", "lotte group")."""
    words = tkey.split()
    return family_name_first(tkey) or (
        len(words) == 2 and is_given_name(words[0]) and not is_common_word(words[1])
    )


def _short_org_names(rows: pd.DataFrame, surname: dict[str, int]) -> pd.Series:
    """Which rows are an article's ORG of one word that opens a longer ORG name of
    the same article (module doc), the family name of no famous person."""
    org = rows["label"] == "ORG"
    longer = {
        (a, k.split(" ", 1)[0])
        for a, k in zip(rows.loc[org, "article_id"], rows.loc[org, "tkey"])
        if " " in k and not _person_shaped(k)
    }
    if not longer:
        return pd.Series(False, index=rows.index)
    pairs = pd.Series(list(zip(rows["article_id"], rows["tkey"])), index=rows.index)
    famous = rows["tkey"].map(lambda k: surname.get(k, 0) >= FAMOUS_SURNAME)
    one_word = ~rows["tkey"].str.contains(" ", regex=False)
    return org & one_word & pairs.isin(longer) & ~famous


def decide_types(
    rows: pd.DataFrame, titled_people: frozenset[tuple[str, str]] = frozenset()
) -> pd.DataFrame:
    """The type of each row's name (`etype`: ORG, PERSON, or a place label, the
    name's most used one) and `agree`, the share of the name's evidence that type
    got (1.0: every article agreed). `rows` needs label, tkey, article_id, n and
    n_rule. `titled_people` are the (article_id, tkey) of PERSON names a role
    rule gave a title: the text says person there, as a person rule does
    ("Ferguson has served as chief executive of X", Ferguson also a city)."""
    kind = rows["label"].where(rows["label"].isin(ENTITY_LABELS), PLACE)
    said = pd.Series(
        list(zip(rows["article_id"], rows["tkey"])), index=rows.index
    ).isin(titled_people) & (kind == "PERSON")
    per_article = (
        rows.assign(kind=kind, rule=(rows["n_rule"] > 0) | said)
        .groupby(["tkey", "kind", "article_id"], sort=False)["rule"]
        .any()
        .reset_index()
    )
    per_article["w"] = per_article["rule"].map({True: RULE_WEIGHT, False: 1})
    votes = per_article.groupby(["tkey", "kind"])["w"].sum().unstack(fill_value=0)
    ruled = per_article[per_article["rule"]].groupby(["tkey", "kind"]).size().to_dict()
    for k in ORDER:
        if k not in votes:
            votes[k] = 0
    # tkey -> its most used place label
    places = (
        rows[kind == PLACE]
        .groupby(["tkey", "label"])["n"]
        .sum()
        .reset_index()
        .sort_values(["tkey", "n", "label"], ascending=[True, False, True])
        .drop_duplicates("tkey")
        .set_index("tkey")["label"]
        .to_dict()
    )
    surname = _surname_support(rows)
    name_words = _name_words(rows)
    hon = rows["honorific"].fillna("") if "honorific" in rows else None
    titled = set() if hon is None else set(rows.loc[hon != "", "tkey"])
    decided, agree = {}, {}
    for tkey, org, person, place in zip(
        votes.index, votes["ORG"], votes["PERSON"], votes[PLACE]
    ):
        # Only family names are keys of `surname` ("trump", "le pen").
        person += SURNAME_WEIGHT * surname.get(tkey, 0)
        said_person = ruled.get((tkey, "PERSON"), 0) or tkey in titled
        prior = PLACE_PRIOR.get(place_kind(tkey), 0) or NATION_PRIOR * bool(
            country_code(tkey)
        )
        stated_org = ruled.get((tkey, "ORG"), 0) >= ORG_STATED_ARTICLES
        if not said_person and (
            (stated_org and tkey not in surname)
            or (prior and tkey not in name_words)
            or ((org or place) and _unsupported_word(tkey, surname, name_words))
        ):
            person = 0
        # A known place is seldom a person but often a team or body named after it
        # ("Leeds beat Chelsea"): against a person its prior weighs half again.
        place += prior * PERSON_PLACE_FACTOR if person > org else prior
        score = {"PERSON": person, "ORG": org, PLACE: place}
        best = max(
            ORDER, key=lambda k: (score[k], ruled.get((tkey, k), 0), -ORDER.index(k))
        )
        agree[tkey] = score[best] / max(sum(score.values()), 1)
        if best == PLACE:
            best = places.get(tkey, "GPE")
        decided[tkey] = best
    out = rows["tkey"].map(decided)
    # Place mentions keep their label; so does a key a rule made every mention of,
    # and an organisation's short name beside its long one that the vote makes a
    # person (a place stays one: "Berkeley" beside "Berkeley Police Department").
    keep = (
        (kind == PLACE)
        | ((rows["n_rule"] > 0) & (rows["n_rule"] == rows["n"]))
        | (_short_org_names(rows, surname) & (out == "PERSON"))
    )
    return pd.DataFrame(
        {"etype": out.where(~keep, rows["label"]), "agree": rows["tkey"].map(agree)},
        index=rows.index,
    )
