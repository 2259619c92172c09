"""Kind cues: names whose own words, or the few words around them, say what kind
of name they are, whatever the model called them.

- an award ("Oscar", "Baftas"; lexicon awards), a name ending in a
  capitalised award head ("Goldman Environmental Prize", "Kennedy Center
  Honors Award"; lexicon award_heads) or an award category ("Best Film":
  "Best" then a word of lexicon award_categories, so "Best Buy" stays a shop)
  is a WORK_OF_ART, as OntoNotes tags prizes;
- a word for a doctrine or movement ("McCarthyism", "Thatcherism": one
  capitalised word ending in "-ism"; "Islamophobia", "Islamization"; an
  economic policy, "Abenomics") is no entity, nor are countries joined by a
  hyphen or slash ("U.S.-Mexico", "India-Pakistan"), nor an American
  politician's party-and-state tag ("D-Calif.": `lang.places.party_state_tag`);
- an organisation that is a job title alone ("VP", "CEO", "Secretary of
  State"; the titles lexicon of `lang.titles`) is no entity: the person or body
  it belongs to is named beside it or not at all. A portfolio keeps its
  reading as the department ("the departments of Justice and Homeland
  Security"; lexicon portfolio_words), and a person keeps a title that is a
  family name too ("Dean", "Major"); a portfolio right before a title or the
  last fields of a listed one is part of that title, no organisation
  ("Industry and Trade Minister", "Commerce Secretary", and the end of "EU
  Economic Affairs Commissioner": `body_before_portfolio`; "Minister for
  Housing, Planning and Local Government"; a field of work between a title and
  its employer, "Director of Product Planning at Acme": `nlp.portfolio_cues`);
- an Irish county written the Irish way ("Co Kerry", "Co. Galway", "Co-Mayo":
  "Co" then a county of Ireland in the pycountry subdivisions, through
  `lang.places`) is a place, GPE, whatever the model called it or whether it
  left "Co" out (`irish_county`);
- a person's name ending in a law's head word ("Brexit Bill", "Finance Act";
  lexicon law_heads) is a LAW: no family name is "Bill" or "Act"; the head
  word alone after "the", "a", "this", a closing bracket or a capitalised word
  that is no person's ("the Bill", "(Notification of Withdrawal) Bill",
  "House Bill 2") is a bill, no person;
- a person's or organisation's name opened by "St" or "Saint" before a
  possessive ("St Patrick's Church", "St. Isaac's", "St Patrick's weekend") is
  neither: a church, a place or a day named after the saint, cut short.

A name followed by an age ("Liesbeth Hofman, 34, says ...", "..., in his late
20s,"; `person_with_age`)
is a person, whatever the model called it (rule id "person:age"): news gives
ages to people, hardly to anything else. Known places are left alone ("Yuba
County, 65,000 people" has no age, but a list of counts might).

A team sheet or a seeding list numbers its people ("4 - Ian Jones , 3 - Olo
Brown", "1 - Jansher Khan ( Pakistan )"), and the model often reads number and
name as one quantity or date: such an entity of a number label, a shirt number
or seed, a dash and capitalised words (a minute after them left out: "14 -
Sabri Lamouchi 87th") is the person those words name (`numbered_name`, rule id
"person:numbered"). The dash must stand between spaces and the name must not
be a month: "24-February" and "3 - April" are dates.

A nationality the model read as a name between an article and a lower-case
word ("a Monegasque businessman") is a nationality, NORP (rule id
"norp:demonym").

A one-word PERSON spelled in camel case, a capital after lower-case letters
("WeWork", "CoreCivic", "FiveThirtyEight"), is a company's or brand's name, an
ORG (rule id "org:camel-case"), unless the capital follows a name prefix
("McCain", "DeVos", "LaToya": lexicon camel_name_prefixes).

`word_kind` returns None when no cue applies, an empty list to drop the span, or
the relabelled span (the rule id stays the span's own).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set
from pipeline.lang.places import party_state_tag, place_country, place_kind
from pipeline.lang.timex.lexicon import MONTHS
from pipeline.lang.titles import load_lexicon, longest_title
from pipeline.nlp.portfolio_cues import body_before_portfolio, in_portfolio
from pipeline.nlp.quoted_names import WORK
from pipeline.nlp.spans import POSSESSIVE_S
from pipeline.settings import VALUE_LABELS

COUNTY_MARKS = frozenset({"Co", "Co."})
# The dash of "Co-Mayo" and of a team sheet's "4 - Ian Jones".
HYPHENS = frozenset({"-", "–"})
AGE_RULE = "person:age"
NUMBERED_RULE = "person:numbered"
DEMONYM_RULE = "norp:demonym"
CAMEL_RULE = "org:camel-case"
# A capital after lower-case letters inside one word: the letters before it.
_CAMEL = re.compile(r"^([A-Z][a-z]+)[A-Z][A-Za-z]*$")
MAX_AGE = 110
# What may follow an age in apposition: ", 34," ", 34)". Not a dash: "4 - Ian
# Jones , 3 - Olo Brown" numbers a team sheet.
AFTER_AGE = frozenset({",", ";", ")", "."})
# An age by decade: "in his late 20s", "in her mid-40s", "in his forties".
_DECADE = re.compile(
    r"in (?:his|her) (?:(?:early|mid|late) ?-? ?)?"
    r"(?:[1-9]0 ?'?s|teens|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)\b",
    re.IGNORECASE,
)
# Shorter "-ism" words are ordinary ("Prism", "Chrism"); doctrines are longer.
MIN_ISM_LENGTH = 7
_PAIR_SEPARATOR = re.compile(r"\s*[-\u2013\u2014/]\s*")
_PAIR_MARK = re.compile(r"[-\u2013\u2014/]")  # most names hold none: no split


def _country_pair(text: str) -> bool:
    """True for countries joined by hyphens or slashes ("U.S.-Mexico",
    "India-Pakistan"): a relation or a border between them, no one name."""
    parts = _PAIR_SEPARATOR.split(text) if _PAIR_MARK.search(text) else ()
    if len(parts) < 2 or country_code(text):  # "Guinea-Bissau" is one country
        return False
    return all(country_code(p) for p in parts)


def _is_title(ent: Span) -> bool:
    """True when the whole span is one job title of the titles lexicon."""
    first, firsts = ent[0], load_lexicon().first_words  # a title's first words
    if not first.is_punct and first.lower_.replace("-", "") not in firsts:
        return False  # the span opens with none (most do not): the rest left unread
    words = [t.lower_.replace("-", "") for t in ent if not t.is_punct]
    return bool(words) and longest_title(words, 0)[0] == len(words)


def _award(ent: Span, text: str) -> bool:
    """Whether `ent` (its text `text`) names an award (module doc)."""
    if text.lower() in lower_set("awards"):
        return True
    if len(ent) < 2:
        return False
    if ent[0].text == "Best" and ent[1].lower_ in lower_set("award_categories"):
        return True
    # no body is named after its prize: "Polk Award", "Polar Music Prize"
    return ent[-1].text[:1].isupper() and ent[-1].lower_ in lower_set("award_heads")


def word_kind(doc: Doc, ent: Span, text: str | None = None) -> list[Span] | None:
    """What a model PERSON or ORG `ent` (`text`: its text, when already read)
    becomes by its own words (module doc): None when it stays as it is."""
    if ent.label_ not in ("PERSON", "ORG"):
        return None
    text = ent.text if text is None else text  # read once: the cues ask it often
    if _award(ent, text):
        return [Span(doc, ent.start, ent.end, label=WORK, span_id=ent.id_)]
    if (
        len(ent) == 1
        and len(text) >= MIN_ISM_LENGTH
        and text[:1].isupper()
        and text.lower().endswith(("ism", "phobia", "ization", "isation", "nomics"))
    ):
        return []
    if _country_pair(text) or party_state_tag(text):
        return []
    if (
        ent.label_ == "ORG"
        and _is_title(ent)
        and text.lower() not in lower_set("portfolio_words")
    ):
        return []
    if ent.label_ == "ORG" and in_portfolio(doc, ent):
        return []
    if (body := body_before_portfolio(doc, ent)) is not None:
        return [body]
    if (
        ent.label_ == "PERSON"
        and len(ent) >= 2
        and ent[-1].text[:1].isupper()
        and ent[-1].lower_ in lower_set("law_heads")
    ):
        return [Span(doc, ent.start, ent.end, label="LAW", span_id=ent.id_)]
    if len(ent) == 1 and _cut_bill(doc, ent, text):
        return []
    if _saint_possessive(doc, ent):
        return []
    if ent.label_ == "PERSON" and len(ent) == 1 and _camel_brand(text):
        return [Span(doc, ent.start, ent.end, label="ORG", span_id=CAMEL_RULE)]
    if len(ent) == 1 and _demonym_before_noun(doc, ent, text):
        return [Span(doc, ent.start, ent.end, label="NORP", span_id=DEMONYM_RULE)]
    return None


def _saint_possessive(doc: Doc, ent: Span) -> bool:
    """A saint's name before a possessive ("St Patrick's Church", "St. Isaac's",
    "St Patrick's weekend") names a church, a place or a day after the saint."""
    return (
        len(ent) >= 2
        and ent[0].lower_ in lower_set("saint_words")
        and ent.end < len(doc)
        and doc[ent.end].lower_ in POSSESSIVE_S
    )


def _camel_brand(text: str) -> bool:
    """True for a camel-case word whose inner capital follows no name prefix."""
    m = _CAMEL.match(text)
    return bool(m) and m.group(1).lower() not in lower_set("camel_name_prefixes")


def _demonym_before_noun(doc: Doc, ent: Span, text: str) -> bool:
    """A nationality between an article and a lower-case word ("a Monegasque
    businessman", "the Emirati official"): a country's demonym
    (`lang.countries`) that no gazetteer holds as a place's own name, and no
    country's code ("the UAE official" is the country's)."""
    if ent.start == 0 or ent.end >= len(doc) or text.replace(".", "").isupper():
        return False
    nxt = doc[ent.end]
    return (
        doc[ent.start - 1].lower_ in ("a", "an", "the")
        and nxt.is_alpha
        and nxt.is_lower
        and bool(country_code(text))
        and not place_kind(text)
    )


def _cut_bill(doc: Doc, ent: Span, text: str) -> bool:
    """True for a capitalised law head word alone ("Bill") right after an article,
    a closing bracket or a capitalised word no PERSON holds (module doc)."""
    if ent.start == 0 or not text[:1].isupper():
        return False
    if text.lower() not in lower_set("law_heads"):
        return False
    prev = doc[ent.start - 1]
    if prev.text == ")" or prev.lower_ in ("the", "a", "this"):
        return True
    return (
        prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.ent_type_ != "PERSON"
    )


def irish_county(doc: Doc, ent: Span) -> Span | None:
    """The GPE "Co <county>" `ent` is or ends in, or None (module doc)."""
    start = ent.start
    if doc[start].text in COUNTY_MARKS:
        rest = ent[1:]
        if len(rest) and rest[0].text in HYPHENS:
            rest = rest[1:]
    elif start > 0 and doc[start - 1].text in COUNTY_MARKS:
        rest, start = ent, start - 1
    else:
        return None
    name = rest.text
    if not name or place_kind(name) != "region" or place_country(name) != "IE":
        return None
    return Span(doc, start, ent.end, label="GPE", span_id=ent.id_)


def person_with_age(doc: Doc, ent: Span) -> Span | None:
    """A PERSON for a non-person name of capitalised words followed by an age in
    commas (", 34,"), or None (module doc)."""
    if ent.label_ == "PERSON" or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None  # most names have no comma after them: the age is left unread
    after = doc[ent.end + 2]
    if not (
        _decade_after(doc, ent.end + 1)
        or (age_at(doc, ent.end + 1) and after.text in AFTER_AGE)
    ):
        return None
    # Names only: no figure ("14 - Justin Swart") and no word in capitals; an
    # initial is no such word ("Ulf D. Merbold, 47,").
    if any(t.like_num or (t.is_upper and len(t.text.rstrip(".")) > 1) for t in ent):
        return None
    if not all(t.text[:1].isupper() for t in ent if t.is_alpha) or place_kind(ent.text):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=AGE_RULE)


def age_at(doc: Doc, i: int) -> bool:
    """Whether token i is a person's age: one to three digits, at most `MAX_AGE`."""
    tok = doc[i]
    return tok.is_digit and len(tok.text) <= 3 and int(tok.text) <= MAX_AGE


def _decade_after(doc: Doc, i: int) -> bool:
    """ "in his late 20s", "in her mid-40s", "in his forties" from token i."""
    return bool(_DECADE.match(doc[i : i + 6].text))


def numbered_name(doc: Doc, ent: Span) -> Span | None:
    """The PERSON after "<number> -" inside a number entity, or None (module
    doc)."""
    if ent.label_ not in VALUE_LABELS or len(ent) < 3:
        return None
    if not (ent[0].is_digit and len(ent[0]) <= 2 and ent[1].text in HYPHENS):
        return None
    # A sheet spaces its dash; "24-February", "10-Afghan" are dates and counts.
    if not (ent[0].whitespace_ and ent[1].whitespace_):
        return None
    end = ent.end
    if ent[-1].like_num or ent[-1].text[:1].isdigit():  # a minute, "87th"
        end -= 1
    name = doc[ent.start + 2 : end]
    if not len(name) or not all(t.is_alpha and t.is_title for t in name):
        return None
    if name[0].lower_ in MONTHS:  # "3 - April"
        return None
    if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha:
        return None  # the name runs on past the entity ("4 - German" Villa)
    return Span(doc, name.start, name.end, label="PERSON", span_id=NUMBERED_RULE)
