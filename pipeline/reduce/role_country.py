"""The country of an office a role names without saying whose it is.

A role whose organisation the corpus resolved to a country's government body
("Senate" in an American article is the organisation "US Senate", "Foreign
Ministry" in a Chinese one "Chinese Foreign Ministry", "House" one whose other
names include "US House of Representatives") takes that country
(`org_countries`), as a row naming the body with its country does at
extraction, unless the person's other roles state countries and not this one
(the corpus resolved "Army" in an article led by Iraq to "Iraqi Army" for an
American general); its rule_id gains `ORG_COUNTRY_RULE`.

"President Donald Trump" names an office but not its country; the corpus
often does elsewhere ("US President Donald Trump"). A role with no country and
no organisation takes the country the corpus gives the same person's same
title, when at least `MIN_SHARE` of the roles of that person and title that
give one give the same: one misread sentence ("Russian Ambassador ... Vice
President Mike Pence") does not outvote nine "US Vice President"s, but
"Vice President" of two countries as often stays empty. A national office
(see below) with no such row takes the person's one country over all their
titles, by the same share ("Minister Lavrov" beside "Russian Foreign Minister
Sergey Lavrov"). Its rule_id gains `COUNTRY_RULE`, so a row says where its
country came from. The resolver runs it again after the article step below, so
the countries articles gave count for the person's other rows too.

"Prime Minister Sorin Grindeanu" in a story set in Romania: a role still
without country or organisation whose title stands before the name (rule ids
starting `role:prenominal_title`, "Minister of the Interior X" too; "X,
president of the advertising company" names an office of an organisation
left unnamed) and is a national office takes the
country of its article (`article_countries`: the one country at least
`ARTICLE_SHARE` of the article's places and nationalities are in, at least
`MIN_PLACES` times). A title is a national office when at least `MIN_STATED`
of its rows in the corpus state a country, over `MIN_TITLE_ROWS` rows or
more (President, Prime Minister, Foreign Minister, Senator, Mayor; not Chief
Executive Officer), and a title that is only an adviser (lexicon
adviser_nouns: Adviser, Consultant) is none: advisers serve a person or a
firm. A title naming a government's office by its word (lexicon
government_offices: "Health Minister", "Vice Premier") is a national office
however rarely the corpus states its country (a country's own press writes
"Minister for Health X" without one), and takes its article's country after
the name too ("X, minister of industry"): no firm has a minister. So is a seat
in a country's legislature (lexicon legislator_titles: "Member of Parliament",
"Congressman", "Lawmaker"; a member of the European Parliament sits for no
one government), and so, written before the name, is a seat on a country's
bench (lexicon court_offices: "Judge", "Justice", "Magistrate"): a court's
judges hold a state's office ("X, a judge of the prize" judges a contest). Its
rule_id
gains `ARTICLE_COUNTRY_RULE`. So is a secretary of a portfolio ("Education
Secretary", "Home Secretary", `names.is_portfolio`): a firm's secretary has no
portfolio, a press or general secretary none of a government's.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict

import pandas as pd

from pipeline.lang.countries import country_code, government_country
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import is_portfolio
from pipeline.lang.places import place_country

COUNTRY_RULE = "role:country-from-corpus"
ORG_COUNTRY_RULE = "role:country-from-org"
ARTICLE_COUNTRY_RULE = "role:country-from-article"
# The share of a person's title's stated countries the one filled in must have.
MIN_SHARE = 0.8
# An article's country: this share of its places' countries, this many times.
ARTICLE_SHARE = 0.75
MIN_PLACES = 4
# A national office: this share of the title's rows state a country, of this many.
MIN_STATED = 0.5
MIN_TITLE_ROWS = 5
PRENOMINAL_RULE = "role:prenominal_title"


def corpus_countries(roles: pd.DataFrame) -> pd.DataFrame:
    """`roles` (roles table rows) with the corpus's one country for a person's
    title filled in where a row has neither country nor organisation (see
    module doc). Order-independent: the same rows in any order get the same
    countries."""
    if roles.empty:
        return roles
    known = roles[(roles["country"] != "") & (roles["person_id"] != "")]
    one = title_majority(known, "country", MIN_SHARE)
    # A national office the person holds under another title elsewhere ("Minister
    # Lavrov", "Foreign Minister" of Russia in the other rows): the person's one
    # country over all their titles.
    national = _national_offices(roles)
    person = {}
    for pid, counts in known.groupby(["person_id", "country"]).size().groupby(level=0):
        if counts.max() >= MIN_SHARE * counts.sum():
            person[pid] = counts.idxmax()[1]
    open_ = (
        (roles["country"] == "")
        & (roles["org_id"] == "")
        & (roles["org_name"] == "")
        & (roles["person_id"] != "")
    )
    found = pd.Series(
        [
            one.get((pid, title)) or (person.get(pid, "") if title in national else "")
            for pid, title in zip(roles["person_id"], roles["title"])
        ],
        index=roles.index,
    )
    fill = open_ & (found != "")
    out = roles.copy()
    out.loc[fill, "country"] = found[fill]
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + COUNTRY_RULE
    return out


def title_majority(
    known: pd.DataFrame, column: str, share: float, min_rows: int = 1
) -> dict[tuple[str, str], str]:
    """(person_id, title) -> the value of `column` that at least `min_rows` of
    the `known` rows of that person's title give, and at least `share` of
    them (a share over one half admits no tie)."""
    votes = known.groupby(["person_id", "title", column]).size()
    one = {}
    for (pid, title), counts in votes.groupby(level=[0, 1]):
        top = counts.max()
        if top >= min_rows and top >= share * counts.sum():
            one[pid, title] = counts.idxmax()[2]
    return one


def _org_country(name: str, aliases: list[str]) -> str:
    """The government country of an organisation's name, else the one country its
    other names agree on ("US House" is also "US House of Representatives")."""
    code = government_country(name)
    if code:
        return code
    codes = {government_country(a) for a in aliases} - {""}
    return codes.pop() if len(codes) == 1 else ""


def org_countries(
    roles: pd.DataFrame, organisations: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`roles` (roles table rows) with the country of each row's organisation filled
    in where a row has none and its organisation, by its name or its other
    names (`organisations` table rows' aliases), is a country's government body
    (see module doc)."""
    if roles.empty:
        return roles
    aliases: dict[str, list[str]] = {}
    if organisations is not None:
        aliases = {
            oid: [a for a in names.split("|") if a]
            for oid, names in zip(organisations["org_id"], organisations["aliases"])
        }
    found = pd.Series(
        [
            _org_country(name, aliases.get(oid, []))
            for name, oid in zip(roles["org_name"], roles["org_id"])
        ],
        index=roles.index,
    )
    stated = (
        roles[(roles["country"] != "") & (roles["person_id"] != "")]
        .groupby("person_id")["country"]
        .agg(frozenset)
        .to_dict()
    )
    agrees = pd.Series(
        [
            code in stated.get(pid, (code,))
            for pid, code in zip(roles["person_id"], found)
        ],
        index=roles.index,
    )
    fill = (roles["country"] == "") & (found != "") & agrees
    out = roles.copy()
    out.loc[fill, "country"] = found[fill]
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + ORG_COUNTRY_RULE
    return out


def article_countries(
    places: pd.DataFrame, homes: dict[str, str] | None = None
) -> dict[str, str]:
    """Article id -> the country its places (GPE mentions: a country, or a city or
    region the gazetteer places) and nationalities (NORP: "Romanian") are in,
    for the articles where one country has `ARTICLE_SHARE` of them and
    `MIN_PLACES` or more; `places` has article_id, text and label columns.

    `homes` (article id -> the country of its web address, `web_country`) gives
    an article whose places name no other country, or none at all, its
    publisher's: a country's own press writes its ministers and towns without
    naming the country ("Minister for Health X" on an Irish site)."""
    # Plain dicts over whole columns: a shard holds a few hundred places, and
    # grouping them with pandas (or looping over pandas groups) cost more than
    # the counting.
    counts: dict[str, Counter] = defaultdict(Counter)
    for article_id, text, label in zip(
        places["article_id"].tolist(),
        places["text"].tolist(),
        places["label"].tolist(),
    ):
        code = _place_code(text, label)
        if code:
            counts[article_id][code] += 1
    out = {}
    for article_id, per in counts.items():
        (code, top), *runner_up = per.most_common(2)
        alone = not runner_up or runner_up[0][1] < top
        if top >= MIN_PLACES and top >= ARTICLE_SHARE * sum(per.values()) and alone:
            out[article_id] = code
    for article_id, home in (homes or {}).items():
        if home and article_id not in out and set(counts.get(article_id, ())) <= {home}:
            out[article_id] = home
    return out


@functools.lru_cache(maxsize=1 << 16)
def _place_code(text: str, label: str) -> str:
    """The country code of one place (GPE) or nationality (NORP) mention; the
    corpus names the same places over and over."""
    if label == "GPE":
        return place_country(text) or country_code(text)
    return country_code(text)


def article_country_roles(
    roles: pd.DataFrame, by_article: dict[str, str]
) -> pd.DataFrame:
    """`roles` with the article's country (`by_article`, see `article_countries`)
    filled in where a row names a national office before the person and has
    neither country nor organisation (see module doc). Order-independent."""
    if roles.empty or not by_article:
        return roles
    national = _national_offices(roles)
    found = roles["article_id"].map(by_article).fillna("")
    fill = (
        (roles["country"] == "")
        & (roles["org_id"] == "")
        & (roles["org_name"] == "")
        & (roles["person_id"] != "")
        & roles["title"].isin(national)
        & (
            roles["rule_id"].str.startswith(PRENOMINAL_RULE)
            | roles["title"].map(_government_office)
        )
        & (found != "")
    )
    out = roles.copy()
    out.loc[fill, "country"] = found[fill]
    out.loc[fill, "rule_id"] = out.loc[fill, "rule_id"] + "+" + ARTICLE_COUNTRY_RULE
    return out


def _national_offices(roles: pd.DataFrame) -> set[str]:
    """The titles at least `MIN_STATED` of whose `MIN_TITLE_ROWS` or more rows state
    a country (President, Foreign Minister; not Chief Executive Officer), but for
    an adviser alone (lexicon adviser_nouns: "Adviser", "Consultant"), and every
    title that names a government's office (`_government_office`) or a court's
    (`_court_office`)."""
    stated = (roles["country"] != "").groupby(roles["title"]).agg(["mean", "size"])
    # An adviser serves a person or a firm, and the news repeats a president's
    # advisers often enough to tip the share; "National Security Adviser" names
    # an office and stays.
    advisers = lower_set("adviser_nouns")
    return {
        title
        for title in stated[
            (stated["mean"] >= MIN_STATED) & (stated["size"] >= MIN_TITLE_ROWS)
        ].index
        if title.lower() not in advisers
    } | {
        title
        for title in stated.index
        if _government_office(title) or _court_office(title)
    }


def _court_office(title: str) -> bool:
    """Whether a title is a seat on a court's bench by its last word (lexicon
    court_offices: "Chief Justice"; not "Justice Commissioner")."""
    words = title.lower().split()
    return bool(words) and words[-1] in lower_set("court_offices")


@functools.lru_cache(maxsize=1 << 12)
def _government_office(title: str) -> bool:
    """Whether a title names a government's office by one of its words (lexicon
    government_offices: "Minister of State", "Vice Premier"), is a seat in a
    country's legislature (lexicon legislator_titles: "Member of Parliament",
    "Congressman"; not the European Parliament's) or is the secretary of a
    portfolio ("Education Secretary")."""
    words = title.lower().replace("-", " ").split()
    return (
        not lower_set("government_offices").isdisjoint(words)
        or " ".join(words) in lower_set("legislator_titles")
        or (words[-1:] == ["secretary"] and is_portfolio(words[:-1]))
    )
