"""An organisation the model read inside an office's portfolio is part of that
title, no organisation of its own.

- A portfolio right before a title: "Industry and Trade Minister", "Commerce
  Secretary", "Justice spokesperson" (lexicon portfolio_words).
- The last fields of a listed portfolio after a comma: in "Minister for
  Communications, Climate Action and Environment Denis Naughten" the model
  reads "Climate Action and Environment" as an organisation; the words from the
  office's "for"/"of" to the end of that name are one list of fields
  (`lang.portfolio_lists`), so the name is the title's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.names import is_portfolio, portfolio_word
from pipeline.lang.portfolio_lists import fields_to_end
from pipeline.lang.titles import longest_title

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


def in_portfolio(doc: Doc, ent: Span) -> bool:
    """Whether the model ORG `ent` is part of an office's portfolio (module doc)."""
    return portfolio_of_title(doc, ent) or listed_field_tail(doc, ent)
