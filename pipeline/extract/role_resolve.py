"""One ranked resolver: role candidates from every source -> role rows.

A candidate is a role candidate row (schemas.ROLE_CANDIDATES) with its `rank`
(the rule's line in the role grammar; a parse rule ranks after every segment
rule, a path rule after every parse rule) and its `source` ("segments", or
"parse" for parse and path rules). The resolver reads them best rank first and
keeps:

- one row per (sentence, person, title, organisation);
- a title that a better-ranked source placed at an organisation is not placed
  at another by a worse-ranked one (one title phrase, one reading), nor at
  the same one shortened ("Professor" after "Professor of History" at the
  same university: the parse reads the title word without its field), nor a
  title phrase written once right before its holder given at the same
  organisation to a person written before it;
- an untitled affiliation only for a (person, organisation) no titled or
  earlier row already links;
- a row without organisation only when no row places the same person and
  title at one;
- an office's organisation of portfolio words alone ("Justice Minister Jane
  Doe" read at "Justice"), after a state's name or not ("Texas Agriculture
  Commissioner"), is the title's portfolio: Justice Minister; an organisation
  that is a title qualifier ("its EMEA chief executive") is the qualifier;
- no row whose organisation is written inside a title a better-ranked row gave
  the same person, starting with a country ("Russian Energy Minister": the
  parse may read "Russian Energy" as the minister's organisation) or before a
  portfolio word ("Minister for EU Affairs" is no post at the EU), nor
  one whose title, "of"/"for" and organisation make a title kept without
  organisation ("Minister of State for X" read as a Minister at "State for X").

It then sets `country` (ISO 3166-1 alpha-2): the country a title was qualified
by ("Russian Foreign Minister"), else the US for a person written with an
American party-and-state tag ("Sen. Jane Doe (R-Ariz.)"), else, for a row
without organisation, the country of the state, county or city that qualifies
a local office ("Colorado Gov.", "Cologne Mayor": `role_places`), else the
organisation's when the organisation is a country ("President of Cambodia"
read with Cambodia as the organisation: the organisation is moved to
`country`) or one of its government bodies
("Russian Foreign Ministry", "the Kenyan government").
"""

from __future__ import annotations

import re

from pipeline.extract.role_places import office_org_country, office_place_country
from pipeline.lang.countries import country_code, government_country
from pipeline.lang.names import PORTFOLIO_WORDS, portfolio_word
from pipeline.lang.places import place_country, place_kind, us_state_tag
from pipeline.lang.titles import (
    join_qualifiers,
    load_lexicon,
    opening_qualifier,
    title_key,
)

# A party letter and a state after a name: ", R-Ariz.", " (D-New York)".
_PARTY_TAG = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


def _portfolio_of_office(row: dict) -> dict:
    """ "Justice Minister Jane Doe" read with "Justice" as the organisation: an
    office title's organisation made of portfolio words alone (lexicon
    portfolio_words), after a state's name or not, is its portfolio ("Justice
    Minister", as segments name it), no body; one that is a title qualifier
    ("EMEA", "Worldwide") is the title's qualifier."""
    lex = load_lexicon()
    written = row["org_text"].split()
    # "Deputy Energy Minister" read with "Deputy Energy": the qualifier is the
    # title's.
    n, lead = opening_qualifier([w.lower() for w in written], lex)
    written = written[n:]
    words = [w.lower() for w in written[_state_words(written) :]]
    scope = lex.qualifiers.get(title_key(row["org_text"])) if row["title"] else None
    if scope is not None:  # "its EMEA chief executive": a qualifier, no body
        qualifier = join_qualifiers([row.get("qualifier", ""), scope.qualifier])
        return {**row, "org_text": "", "org_link": "", "qualifier": qualifier}
    entry = lex.titles.get(title_key(row["title"])) if words else None
    if entry is None or entry.portfolio != "office":
        return row
    if not all(map(portfolio_word, words)) or _owner(row):
        return row
    title = f"{' '.join(written)} {row['title']}"
    if lead is not None:
        row = {**row, "qualifier": join_qualifiers([lead.qualifier, row["qualifier"]])}
    return {**row, "title": title, "org_text": "", "org_link": ""}


def _owner(row: dict) -> bool:
    """Whether the organisation is written as an owner, with a possessive:
    "Labour's shadow Brexit Secretary" is a Labour office, no Labour portfolio."""
    text = re.escape(row["org_text"])
    return re.search(rf"\b{text}['’]s?(?!\w)", row.get("evidence", "")) is not None


def _state_words(words: list[str]) -> int:
    """How many of the first words (one or two, never all) name a state or
    province: a state's office keeps the state in its title ("Texas Agriculture
    Commissioner"), as segments write it."""
    for n in (2, 1):
        if len(words) > n and place_kind(" ".join(words[:n])) == "state":
            return n
    return 0


def _us_party_tag(row: dict) -> bool:
    """Whether the person is written with an American party-and-state tag right
    after the name ("Sen. Jane Doe (R-Ariz.)", "Rep. Jane Doe, D-New York")."""
    evidence, person = row.get("evidence", ""), row["person_text"]
    at = evidence.find(person) if person else -1
    tag = _PARTY_TAG.match(evidence, at + len(person)) if at >= 0 else None
    if tag is None:
        return False
    state = tag.group(2).rstrip(".")
    return us_state_tag(tag.group(1) + "-" + tag.group(2)) or (
        place_kind(state) == "state" and place_country(state) == "US"
    )


def with_country(row: dict) -> dict:
    """`row` with its country set (see module doc); a country read as the
    organisation leaves org empty, and so does an office's portfolio."""
    row = _portfolio_of_office(row)
    if not row.get("country") and _us_party_tag(row):
        row = {**row, "country": "US"}
    if not row.get("country") and not row["org_text"]:
        row = {**row, "country": office_place_country(row)}
    org = row["org_text"]
    code = country_code(org) if org else ""
    if code:  # "Ambassador to Cyprus": a country is no employer
        return {
            **row,
            "country": row.get("country") or code,
            "org_text": "",
            "org_link": "",
        }
    if row.get("country"):
        return row
    if org and (local := office_org_country(row)):
        return {**row, "country": local}
    return {**row, "country": government_country(org) if org else ""}


def _taken(c: dict, holder: dict[tuple, str], persons: set[str]) -> bool:
    """Whether a better-ranked row gave this row's title phrase, written once in
    the sentence right before that row's person, at the same organisation to
    this row's person written earlier ("Acme CEO Tom Roe and Acme CFO Jane Doe":
    CFO is hers, whatever the parse hung on Roe); records the phrase's holder
    otherwise. A plural phrase before two names ("Acme professors Jane Doe and
    Tom Roe") is both's: the second name is not before it. Whatever the ranks,
    a phrase set off by a comma before another of the sentence's `persons` is
    that person's, not a name's before an "and" ("Jane Doe, and Acme CFO, Tom
    Roe": his)."""
    raw, text = c.get("title_raw", ""), c.get("evidence", "")
    if not (raw and c["title"] and c["org_text"]):
        return False
    key = (c["sentence_index"], raw.lower(), c["org_text"])
    other = holder.setdefault(key, c["person_text"])
    at, mine = text.find(raw), text.find(c["person_text"])
    if text.count(raw) != 1 or not 0 <= mine < at:
        return False
    if other != c["person_text"] and text.find(f"{raw} {other}") == at:
        return True
    after = text[at + len(raw) :]
    return " and " in text[mine + len(c["person_text"]) : at] and any(
        p != c["person_text"] and after.startswith(f", {p}") for p in persons
    )


def resolve(cands: list[dict]) -> list[dict]:
    """Role rows from ranked candidates (see module doc), in text order."""
    order = sorted(
        range(len(cands)),
        key=lambda i: (cands[i]["sentence_index"], cands[i]["rank"], i),
    )
    kept: list[int] = []
    seen: set[tuple] = set()
    placed: dict[tuple, str] = {}  # (k, person, title) -> source that placed it
    linked: set[tuple] = set()  # (k, person, org)
    raws: dict[tuple, list[str]] = {}  # (k, person) -> title_raw of kept rows
    holder: dict[tuple, str] = {}  # (k, title_raw, org) -> the person it was given
    at_org: dict[tuple, list] = {}  # (k, person, org) -> (title, source) of kept rows
    persons: dict[int, set[str]] = {}
    for c in cands:
        persons.setdefault(c["sentence_index"], set()).add(c["person_text"])
    for i in order:
        c = with_country(cands[i])
        cands[i] = c
        k, person, title, org = (
            c["sentence_index"],
            c["person_text"],
            c["title"],
            c["org_text"],
        )
        key = (k, person, title, org)
        if key in seen or not (title or org):
            # (an untitled affiliation with a nationality for its organisation,
            # "Jane Doe joined American in 2010", leaves no role)
            continue
        if org and title and placed.get((k, person, title), c["source"]) != c["source"]:
            continue
        if (
            org
            and title
            and _shortened(title, c["source"], at_org.get((k, person, org)))
        ):
            continue
        if not title and (k, person, org) in linked:
            continue
        if org and any(_written_in(org, raw) for raw in raws.get((k, person), ())):
            continue
        if _taken(c, holder, persons[k]):
            continue
        seen.add(key)
        raws.setdefault((k, person), []).append(c.get("title_raw", ""))
        kept.append(i)
        if org:
            linked.add((k, person, org))
            at_org.setdefault((k, person, org), []).append((title, c["source"]))
            if title:
                placed.setdefault((k, person, title), c["source"])
    titled = {
        (cands[i]["sentence_index"], cands[i]["person_text"], cands[i]["org_text"])
        for i in kept
        if cands[i]["title"]
    }
    # (k, person) -> the titles kept without organisation, lower case
    bare: dict[tuple, set[str]] = {}
    for i in kept:
        if not cands[i]["org_text"]:
            key = (cands[i]["sentence_index"], cands[i]["person_text"])
            bare.setdefault(key, set()).add(cands[i]["title"].lower())
    out = []
    for i in sorted(kept):
        c = cands[i]
        k, person, title, org = (
            c["sentence_index"],
            c["person_text"],
            c["title"],
            c["org_text"],
        )
        if not org and (k, person, title) in placed:
            continue  # the same title is read at an organisation
        if org and any(f"{title} {p} {org}".lower() in bare.get((k, person), ())
            for p in ("of", "for")):  # fmt: skip
            continue  # "Minister of State for X" read as a Minister at "State for X"
        if not title and org and (k, person, org) in titled:
            continue  # a titled row links the pair already
        out.append(c)
    return out


def _written_in(org: str, raw: str) -> bool:
    """Whether an organisation is written inside a title as its country or its
    portfolio: starting with a country's name ("Russian Energy" in "Russian
    Energy Minister") or before a portfolio word ("EU" in "Minister for EU
    Affairs")."""
    at = raw.find(org)
    if at < 0:
        return False
    after = raw[at + len(org) :].split()
    return bool(country_code(org.split()[0])) or (
        bool(after) and after[0].lower() in PORTFOLIO_WORDS
    )


def _shortened(title: str, source: str, kept: list | None) -> bool:
    """Whether another source kept a longer title for the same person and
    organisation that starts with `title` as whole words."""
    start = title.lower() + " "
    return any(
        other != source and t.lower().startswith(start) for t, other in kept or ()
    )
