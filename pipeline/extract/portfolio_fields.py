"""Fields written after an office title that the token scan of
`segment_portfolios.portfolio_end` cannot read alone: one that opens with an
entity the model tagged ("Minister for EU Affairs"), and a list of fields
("Minister for Jobs, Enterprise and Innovation").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.lang.names import PORTFOLIO_WORDS
from pipeline.lang.portfolio_lists import list_end

# Words read after an entity up to a portfolio word ("for EU Trade Policy").
_MAX_AFTER_ENTITY = 2


def field_after_entity(doc: Doc, j: int, stop: int, ent_at: dict) -> int:
    """The end of an office's field that opens with an entity ending at token j:
    the entity and the capitalised words after it up to a portfolio word, when
    one follows ("Minister for EU Affairs", "for European Affairs": the model
    tags "EU" and "European" alone), else j."""
    end = j
    for k in range(j, min(stop, j + _MAX_AFTER_ENTITY)):
        tok = doc[k]
        if k in ent_at or not (tok.is_alpha and tok.text[:1].isupper()):
            break
        if tok.lower_ in PORTFOLIO_WORDS:
            end = k + 1
    return end


# The most tokens a listed portfolio is read over: five fields of up to four words
# and their separators ("Arts, Heritage, Regional, Rural and Gaeltacht Affairs").
_MAX_LISTED = 24


def listed_fields_end(doc: Doc, j: int, stop: int, ent_at: dict) -> int:
    """The end of a list of fields at token j ("Jobs, Enterprise and Innovation":
    `lang.portfolio_lists`), 0 when none starts there; an entity the model read
    inside it is one of the fields and leaves `ent_at`."""
    if j + 3 >= stop or "," not in (doc[j + 1].text, doc[j + 2].text, doc[j + 3].text):
        return 0  # most fields are one or two words and no list
    end, commas = list_end([t.text for t in doc[j : min(stop, j + _MAX_LISTED)]], 0)
    if not commas:
        return 0
    inside = [k for k in ent_at if j <= k < j + end]
    if any(ent_at[k].label == "PERSON" or ent_at[k].end > j + end for k in inside):
        return 0
    for k in inside:
        del ent_at[k]
    return j + end
