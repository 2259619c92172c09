"""Two organisations the model or a rule read as one name across "and".

- "Shanghai Airlines and Xiamen Airlines" is two names when the first conjunct
  already ends in an organisation head word (lexicon org_end_words: "the
  State Department and the EPA" too); "the Securities and Exchange
  Commission" is one. So is an acronym alone before "and" when a name of its
  own follows ("the IMF and World Bank").
- "and the" before a capitalised name starts a second organisation: "the
  House of Representatives and the Senate", "the Department of Justice and the
  FBI", "the Ministry of Health and the National Youth Service" (an "X of Y"
  rule reads on across the "and"). What follows is kept as a name when it is
  one on its own: two words or more, an acronym, or a body's head word
  (lexicons org_heads, government_bodies); else only the first organisation
  stays, so the longest rule match cannot read on into "and the American" of
  "... and the American Academy of Pediatrics". A name of the alias lexicon is
  never cut ("Islamic State of Iraq and the Levant").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import in_capitals
from pipeline.lang.lexicons import lower_set

# Final words that make a conjunct a complete organisation name on its own.
ORG_END_WORDS = lower_set("org_end_words")
# A known name spelled out, never cut ("Islamic State of Iraq and the Levant").
ALIAS_RULE = "org:alias-lexicon"


def _own_name(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end], after "and the", names an organisation by itself."""
    if end - start >= 2:
        return True
    word = doc[start]
    return (
        (word.text.isupper() and len(word.text) >= 2)
        or word.lower_ in lower_set("org_heads")
        or word.lower_ in lower_set("government_bodies")
    )


def split_coordination(doc: Doc, span: Span) -> list[Span]:
    """An ORG cut into the organisations it coordinates (module doc); other spans
    as they are."""
    if span.label_ != "ORG":
        return [span]
    for i in range(span.start + 1, span.end - 1):
        if doc[i].lower_ != "and":
            continue
        if doc[i - 1].lower_ in ORG_END_WORDS:
            cut = i + 1
        elif (
            i - 1 == span.start
            and in_capitals(doc[i - 1].text)
            and _own_name(doc, i + 1, span.end)
            and span.id_ != ALIAS_RULE
        ):
            cut = i + 1  # "the IMF and World Bank"
        elif (
            doc[i + 1].lower_ == "the"
            and i + 2 < len(doc)  # a span may end the Doc at "and the"
            and doc[i + 2].text[:1].isupper()
            and i - span.start >= 2
            and span.id_ != ALIAS_RULE
        ):
            cut = i + 2
        else:
            continue
        left = Span(doc, span.start, i, label="ORG", span_id=span.id_)
        if cut == i + 2 and not _own_name(doc, cut, span.end):
            return [left]  # "... and the Levant": what follows is no name alone
        right = Span(doc, cut, span.end, label="ORG", span_id=span.id_)
        return [left, *split_coordination(doc, right)]
    return [span]
