"""A person's name written alone in quotation marks is mostly a title.

News quotes the titles of films, songs, books and shows ('the German film "Toni
Erdmann,"', 'she then performed "Sandcastles"'), and the model reads many of
them as people. A model PERSON whose whole name sits in quotation marks
becomes WORK_OF_ART. A comma or full stop may close it inside the quotes;
straight marks alternate within a paragraph, so a closing mark before the
name and an opening one after it, as in a list of titles and artists, do not
count. Left alone: a name the text gives a person ('also known as "Ahok"',
'born "Jacob"': lexicon naming_words), a nickname quoted between two names
('Joaquin "El Chapo" Guzman'), a quote that holds more than the name ('"Ode
Roe said so"'), and organisations, which news quotes as often for a newspaper
('"Frankfurter Allgemeine Zeitung"') or a group's claimed name ('the "Islamic
State"').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import lower_set
from pipeline.nlp.tokens import doc_text

WORK = "WORK_OF_ART"
QUOTED_RULE = "work:quoted-name"
OPENING = frozenset({'"', "“", "``", "„"})
CLOSING = frozenset({'"', "”", "''"})


def _straight_opens(text: str, at: int) -> bool:
    """True when the straight quotation mark at character `at` of `text` opens a
    quote: its paragraph has an even number of them before it (they alternate;
    a curved or doubled mark opens by its shape)."""
    start = text.rfind("\n", 0, at) + 1
    return text.count('"', start, at) % 2 == 0


def quoted_work(doc: Doc, ent: Span) -> Span | None:
    """The WORK_OF_ART span a quoted model PERSON stands for, None for any other
    entity (see module doc). Only a name quoted whole between marks, the first a
    straight one, reads the Doc's text (`tokens.doc_text`)."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return None
    opening = doc[ent.start - 1]
    if opening.text not in OPENING:
        return None
    close = ent.end
    if close < len(doc) and doc[close].text in (",", "."):
        close += 1
    if close >= len(doc) or doc[close].text not in CLOSING:
        return None
    before = doc[ent.start - 2] if ent.start >= 2 else None
    if before is not None and before.lower_ in lower_set("naming_words"):
        return None
    after = doc[close + 1] if close + 1 < len(doc) else None
    if before is not None and after is not None and before.is_title and after.is_title:
        return None  # a nickname between a first and a family name
    # Last, as it reads the paragraph's text: a straight mark must open the quote.
    if opening.text == '"' and not _straight_opens(doc_text(doc), opening.idx):
        return None
    return Span(doc, ent.start, ent.end, label=WORK, span_id=QUOTED_RULE)
