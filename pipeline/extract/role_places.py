"""The country of an office a place below the country qualifies: "Colorado Gov.
John Hickenlooper", "Cologne Mayor Henriette Reker", "Travis County Sheriff
Sally Hernandez", "Sen. Angus King of Maine", "the governor of Indiana".

A role row's country says whose office it is (`role_resolve.with_country`).
For the offices of a state, province, county or city (lexicon place_offices:
governors, mayors, senators, sheriffs ...) the place written right before the
title (with or without "'s"), or after "of" or "from" following the title or
its holder ("a senator from Ohio", "a congressman from the state of Jalisco"),
is read in the gazetteer (`pipeline.lang.places`) for its country ("Texas state
Sen. X" too); so is an organisation that is such a place (`office_org_country`:
"Berkeley Mayor X", the city its employer). A country's name or its
people's ("Somali", also a region of Ethiopia) is left to the country rules
("Georgia" is a country there, whatever Atlanta's papers mean); only
capitalised words count ("the", "of" and "was" are also towns somewhere), and
not common words alone (`_known`).

Where a person lives is no employer, whatever the model called it: the seat in
a peer's title (`peer_seat`) and the place after a person's age (`after_age`).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set
from pipeline.lang.places import place_country, place_kind
from pipeline.nlp.kind_cues import age_at

# The kinds of place whose offices are read here (a country's are not).
PLACE_KINDS = frozenset({"state", "region", "county", "city"})
_POSSESSIVE = re.compile(r"['’]s$")
# What leads from an office or its holder to its place: "of" ("the governor of
# Ohio"), or "from" for a seat ("a senator from Ohio"), with the kind of place
# named first ("a congressman from the state of Jalisco").
_AFTER = re.compile(r"(?:of|from) (?:the (?:state|province|county|city) of )?")
# Words part at spaces and at double quotation marks ('in,"New York').
_SPLIT = re.compile(r'[\s"“”?]+')


@functools.cache
def _common_words() -> frozenset[str]:
    """Words that are places somewhere but name none alone (see `_known`)."""
    return lower_set("common_lowercase_words") | lower_set("place_frame_words")


def _known(run: list[str]) -> str:
    """The country code of a run of words that is a known place below a country,
    "" otherwise: every word capitalised, not in capitals throughout ("GOP"),
    not all of them common words (lexicons common_lowercase_words and
    place_frame_words: "The", "Police" and "South" are places somewhere), and
    no punctuation inside ("Ms Rees, MP": a comma parts the name from the
    title)."""
    if not run or any(w[-1] in ",;:" for w in run[:-1]):
        return ""
    if not all(w[:1].isupper() and not (w.isupper() and len(w) > 1) for w in run):
        return ""
    common = _common_words()
    if all(w.lower() in common for w in run):
        return ""
    name = " ".join(run)
    if name.lower() in lower_set("government_bodies"):
        return ""  # "Duma representative": the body, not the Syrian town
    if country_code(name):
        return ""  # a country's name or people: "a Somali lawmaker", no region
    return place_country(name) if place_kind(name) in PLACE_KINDS else ""


def _words(text: str) -> list[str]:
    """The words of `text` with quotation marks around them and a common word
    before a hyphen ("then-New York", not "Winston-Salem") taken off."""
    out = []
    for word in _SPLIT.split(text):
        word = word.strip("'‘’")
        head, _, rest = word.partition("-")
        cut = rest[:1].isupper() and (
            head.islower() or head.lower() in lower_set("common_lowercase_words")
        )
        out.append(rest if cut else word)
    return [w for w in out if w]


def office_org_country(row: dict) -> str:
    """The country code of the row's organisation when it is a place below a
    country and the title one of its offices ("Berkeley Mayor X", "the mayor of
    Copenhagen": the city's own office), "" otherwise."""
    if row["title"].lower() not in lower_set("place_offices"):
        return ""
    return _known(row["org_text"].split())


def _title_at(text: str, raw: str, person: str) -> int:
    """Where in `text` the title `raw` of `person` is written: of several, the
    one nearest the name ("the mayor of Paris, X, and the mayor of London, Y":
    Y's is the second); -1 when it is not there."""
    spots = [m.start() for m in re.finditer(re.escape(raw), text)]
    names = [m.start() for m in re.finditer(re.escape(person), text)] if person else []
    if len(spots) < 2 or not names:
        return spots[0] if spots else -1
    return min(spots, key=lambda at: min(abs(at - n) for n in names))


def office_place_country(row: dict) -> str:
    """The ISO 3166-1 alpha-2 code of the place that qualifies the row's office
    (see module doc), "" when there is none. A place before the title wins over
    one after it, a longer one (up to three words) over a shorter."""
    if row["title"].lower() not in lower_set("place_offices"):
        return ""
    text, raw = row.get("evidence", ""), row.get("title_raw", "")
    at = _title_at(text, raw, row["person_text"]) if raw else -1
    if at < 0:
        return ""
    before = _words(_POSSESSIVE.sub("", text[:at].rstrip()))
    if before and before[-1] == "state":
        before = before[:-1]  # "Texas state Sen. X": the state names itself so
    if before and before[-1][-1] in ",;:":
        before = []  # "in New Delhi, Prime Minister X": the place is the clause's
    after = text[at + len(raw) :].lstrip()
    person = row["person_text"]
    if person and after.startswith(person):
        after = after[len(person) :].lstrip(" ,")
    lead = _AFTER.match(after)
    after_of = _words(after[lead.end() :])[:3] if lead else []
    # "Sen. Jane Doe of Maine, ...": the place ends at its punctuation
    for k, word in enumerate(after_of):
        if word[-1] in ",;:.":
            after_of = [*after_of[:k], word.rstrip(",;:.")]
            break
    # The place before the title first, then the one after "of" or "from".
    runs = [before[-n:] for n in (3, 2, 1) if len(before) >= n]
    runs += [after_of[:n] for n in (3, 2, 1) if len(after_of) >= n]
    return next((code for code in map(_known, runs) if code), "")


def peer_seat(org: Span) -> bool:
    """The organisation is the place in a peer's title: "of" right before it, and
    before that a person named with a territorial peer's rank (lexicon
    territorial_peers: "Lord Lawson of Blaby", "Baroness Hayter of Kentish
    Town"), written before the name or as its first word. "Earl" and "Duke" are
    left out: they are given names too ("Earl Thomas of the Seahawks")."""
    doc, at = org.doc, org.start - 1
    if at < 1 or doc[at].lower_ != "of":
        return False
    person = next((e for e in doc.ents if e.end == at and e.label_ == "PERSON"), None)
    if person is None:
        return False
    first = max(person.start - 1, 0)
    ranks = lower_set("territorial_peers")
    return any(t.lower_ in ranks for t in doc[first : person.start + 1])


def after_age(org: Span) -> bool:
    """The organisation follows a person's name, age and "of" or "from" ("Tom Roe,
    49, of Hall Demesne", "Ann Poe, 53, from Rush"): as news writes a person's
    home town or street, which the model may read as an organisation."""
    doc, at = org.doc, org.start - 1
    if at < 4 or doc[at].lower_ not in ("of", "from"):
        return False
    if not (doc[at - 1].text == "," and doc[at - 3].text == ","):
        return False
    if not age_at(doc, at - 2):
        return False
    return any(e.end == at - 3 and e.label_ == "PERSON" for e in doc.ents)
