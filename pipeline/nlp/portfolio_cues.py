"""An organisation the model read inside an office's portfolio is part of that
title, no organisation of its own.

- A portfolio right before a title: "Industry and Trade Minister", "Commerce
  Secretary", "Justice spokesperson" (lexicon portfolio_words).
- The last fields of a listed portfolio after a comma: in "Minister for
  Communications, Climate Action and Environment Denis Naughten" the model
  reads "Climate Action and Environment" as an organisation; the words from the
  office's "for"/"of" to the end of that name are one list of fields
  (`lang.portfolio_lists`), so the name is the title's.
- A body or a nation and the portfolio of the office after them, read as one
  name: "EU [Economic Affairs] Commissioner", "Costa Rican [Communications]
  Minister" (an office of lexicon titles with portfolio "office"). The
  portfolio is the title's; the rest stays a name of its own when it is an
  acronym (an organisation) or a country's name or people's (a place or a
  nationality), and the name is left whole otherwise ("Chamber of Commerce
  President": the words before the portfolio end in "of"; "US Treasury
  Secretary": a portfolio word alone that is a body's name too, lexicon
  lone_body_words).
- A field of work between a title and the employer after "at": "Director of
  [Product Planning] at Acme", "[Social Sustainability] Manager at Acme". The
  name must be made of common words (lexicon common_lowercase_words) with no
  word that heads a body (lexicons org_units, org_end_words): "director of the
  [Human Neuroimaging Laboratory] at a university" names a unit, which stays
  an organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.acronyms import is_short_form
from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import is_portfolio, portfolio_word
from pipeline.lang.places import place_kind
from pipeline.lang.portfolio_lists import fields_to_end
from pipeline.lang.titles import longest_title, title_ending

# What joins two coordinated fields of work.
_LINKS = ("and", "&", ",")
# How far before the name the office's "for"/"of" may stand: a first field
# and its comma.
_MAX_LEAD = 6


def portfolio_of_title(doc: Doc, ent: Span) -> bool:
    """An office's portfolio right before a title ("Industry and Trade Minister",
    "Commerce Secretary", "Justice spokesperson"): part of the title."""
    if not portfolio_word(ent[0].lower_) or not is_portfolio([t.lower_ for t in ent]):
        return False
    after = [t.lower_.replace("-", "") for t in doc[ent.end : ent.end + 4]]
    return longest_title(after, 0)[0] > 0


def listed_field_tail(doc: Doc, ent: Span) -> bool:
    """The last fields of an office's or a department's listed portfolio, after
    a comma (module doc): "Minister for Housing, [Planning and Local
    Government]"."""
    if ent.start < 3 or doc[ent.start - 1].text != ",":
        return False
    for p in range(ent.start - 2, max(0, ent.start - _MAX_LEAD) - 1, -1):
        if doc[p].lower_ in ("for", "of"):
            words = [t.text for t in doc[p : ent.end]]
            return p > 0 and fields_to_end(words, 0) is not None
    return False


def _field_words(ent: Span) -> bool:
    """Whether a name is made of common words only, none heading a body."""
    common = lower_set("common_lowercase_words")
    units, ends = lower_set("org_units"), lower_set("org_end_words")
    words = [t.lower_ for t in ent if t.is_alpha]
    return (
        bool(words)
        and not any(t.is_upper and len(t) > 1 for t in ent)  # an acronym names a body
        and all(w in common and w not in units and w not in ends for w in words)
    )


def _employer_at(doc: Doc, i: int) -> bool:
    """Whether "at" (then maybe "the") and a name start at token i: an
    organisation, or a capitalised word a later rule may read as one ("at the
    Acme Institute")."""
    if i >= len(doc) or doc[i].lower_ != "at":
        return False
    j = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    if j >= len(doc):
        return False
    named = any(e.start == j for e in doc.ents)
    return any(e.start == j and e.label_ == "ORG" for e in doc.ents) or (
        not named and doc[j].is_alpha and doc[j].text[:1].isupper()
    )


def _title_ends_at(doc: Doc, end: int) -> bool:
    """Whether a lexicon title ends right before token `end`."""
    return (
        title_ending([t.lower_.replace("-", "") for t in doc[max(0, end - 4) : end]])
        > 0
    )


def _field_run(doc: Doc, ent: Span) -> tuple[int, int]:
    """The start and end of the fields coordinated with `ent` ("Global Warming
    and International Environmental Policy": two names the model read), each
    made of common words."""
    fields = {e.start: e for e in doc.ents if e.label_ == "ORG" and _field_words(e)}
    ends = {e.end: e for e in fields.values()}
    start, end = ent.start, ent.end
    while start >= 2 and doc[start - 1].lower_ in _LINKS and start - 1 in ends:
        start = ends[start - 1].start
    while end + 1 < len(doc) and doc[end].lower_ in _LINKS and end + 1 in fields:
        end = fields[end + 1].end
    return start, end


def field_before_employer(doc: Doc, ent: Span) -> bool:
    """A field of work between a title and its employer after "at" (module doc):
    "Director of [Product Planning] at Acme", "[Plant] Manager at Acme"."""
    if ent.label_ != "ORG" or not _field_words(ent):
        return False
    start, end = _field_run(doc, ent)
    lead = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if lead >= 2 and doc[lead - 1].lower_ == "of" and _title_ends_at(doc, lead - 1):
        return _employer_at(doc, end)
    after = [t.lower_.replace("-", "") for t in doc[end : end + 4]]
    n = longest_title(after, 0)[0]
    return n > 0 and _employer_at(doc, end + n)


def in_portfolio(doc: Doc, ent: Span) -> bool:
    """Whether the model ORG `ent` is part of an office's portfolio (module doc)."""
    return (
        portfolio_of_title(doc, ent)
        or listed_field_tail(doc, ent)
        or field_before_employer(doc, ent)
    )


def body_before_portfolio(doc: Doc, ent: Span) -> Span | None:
    """The body or nation of a model ORG that runs on into an office's portfolio
    right before that office (module doc): "EU" of "EU Economic Affairs" before
    "Commissioner", as an ORG; "Costa Rican" of "Costa Rican Communications"
    before "Minister", as a NORP. None when the ORG is no such name."""
    if ent.label_ != "ORG" or len(ent) < 2:
        return None
    after = [t.lower_.replace("-", "") for t in doc[ent.end : ent.end + 4]]
    entry = longest_title(after, 0)[1]
    if entry is None or entry.portfolio != "office":
        return None
    words = [t.lower_ for t in ent]
    cut = next(
        (k for k in range(1, len(ent)) if is_portfolio(words[k:])),
        None,
    )
    if cut is None or words[cut - 1] in ("of", "for", "on", "and", "&", "'s"):
        return None
    if len(ent) - cut == 1 and words[cut] in lower_set("lone_body_words"):
        return None  # "US Treasury Secretary": the Treasury is a body too
    rest = doc[ent.start : ent.start + cut]
    if country_code(rest.text):
        # a country's name or code is a place, its people's word a nationality
        named = rest.text.isupper() or place_kind(rest.text) == "country"
        label = "GPE" if named else "NORP"
        return Span(doc, rest.start, rest.end, label=label, span_id=ent.id_)
    if cut == 1 and is_short_form(rest.text):
        return Span(doc, rest.start, rest.end, label="ORG", span_id=ent.id_)
    return None
