"""People's names the model read as organisations, known by their shape: first
names gender-guesser knows, then a particle and one word ("Marine Le Pen",
"Ahmed al-Tayeb"), or two first names joined by a hyphen and one word
("Frank-Walter Steinmeier", "Jean-Luc Melenchon"; the first of them
capitalised). The last word is never an organisation word ("Jean-Claude
Industries" stays).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.orgscope import is_org_word

# The hyphenated shape's rule id; a particle keeps the model's (it was the first).
DOUBLE_FIRST_NAME_RULE = "person:double-first-name"


def person_by_shape(doc: Doc, ent: Span) -> Span | None:
    """A model ORG of one of the module's shapes as a PERSON; else None."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    words = [t.text for t in ent]
    at = next(
        (
            i
            for i, w in enumerate(words[1:-1], 1)
            if w.lower() in lower_set("name_particles") and len(w) > 1
        ),
        0,
    )
    firsts, rest, rid = words[:at], words[at + 1 :], ent.id_
    if not at and len(words) == 4 and words[1] == "-" and words[0][:1].isupper():
        # Title-case first names only: "al-Nadeem Centre" is no name.
        firsts, rest, rid = words[:3], words[3:], DOUBLE_FIRST_NAME_RULE
    if rest[:1] == ["-"]:  # "al-Tayeb"
        rest = rest[1:]
    if not firsts or len(rest) != 1 or not rest[0][:1].isupper():
        return None
    if is_org_word(rest[0]) or not all(w == "-" or is_given_name(w) for w in firsts):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=rid)
