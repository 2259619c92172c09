"""People the recognizer read as organisations, known by the job title beside them.

A name shaped like a person's (a first name gender-guesser knows, then one to
three capitalised words or initials, none an organisation word, designator,
firm's last word or common English word, the whole no known place) followed
by a comma and a job title is a person ("Lu Dongfu, general manager of
...", "Wen Li, a former director of ...": rule "person:title-apposition");
an organisation holds no title.

So is a name right after a job title written before it, nothing between
("White House chief of staff Reince Priebus", "general secretary Katarina
Barley": rule "person:after-title"): two or three capitalised words, none an
organisation word, designator, firm's last word or acronym, the first no common
English word nor, unless the first is a given name gender-guesser knows, any
other ("Barley"), the whole no known place. The title says person, so the
first name need not be a known one ("Reince"); the model read the unfamiliar
name as an organisation, and the article's vote carried that to "Priebus".
After a title a company may hold too (lexicon org_holdable_titles: "owner",
"producer"), no word may be a common one ("US aircraft producer Bell
Helicopter" is a company).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import is_common_word
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import DESIGNATORS
from pipeline.lang.orgscope import is_org_word
from pipeline.lang.places import place_kind
from pipeline.lang.title_phrases import parse_title_phrase
from pipeline.lang.titles import title_ending, title_key

APPOSITION_RULE = "person:title-apposition"
AFTER_TITLE_RULE = "person:after-title"
# Articles before an apposed title ("Wen Li, a director of ...").
_ARTICLES = frozenset({"a", "an", "the"})
# Words read after the comma to find the title (an article, qualifiers, a title).
_APPOSITION_WORDS = 8
# Words of the longest title read before a name ("deputy chief of staff").
_TITLE_WORDS = 5


def org_word(tok) -> bool:
    """An organisation word, a company designator or a firm's last word ("Bros",
    "Partners": lexicon org_end_words): no word of a person's name."""
    return (
        is_org_word(tok.text)
        or tok.lower_ in DESIGNATORS
        or tok.lower_ in lower_set("org_end_words")
    )


def _name_words(ent: Span, common: bool = False) -> bool:
    """Every word after the first capitalised, a word or an initial, none an
    organisation word nor, unless `common`, a common English word; the whole no
    known place."""
    for t in ent[1:]:
        initial = len(t.text) == 2 and t.text.endswith(".")
        if not (t.is_alpha or initial) or not t.text[:1].isupper():
            return False
        if org_word(t) or (is_common_word(t.text) and not common):
            return False
    return not ent[-1].text.endswith(".") and not place_kind(ent.text)


def name_shaped(ent: Span) -> bool:
    """A first name gender-guesser knows (no function word, no particle: "The
    Huffington Post", "Al Jazeera"), then `_name_words` ("Kennedy School",
    "General Staff" are none)."""
    first = ent[0]
    if not 2 <= len(ent) <= 4 or not is_given_name(first.text) or first.is_stop:
        return False
    if first.lower_ in lower_set("name_particles"):
        return False  # "Al Jazeera"
    return _name_words(ent)


def person_before_title(doc: Doc, ent: Span) -> Span | None:
    """A model ORG shaped like a person's name and followed by a comma and a job
    title (module doc) as a PERSON; else None."""
    if ent.label_ != "ORG" or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    if not name_shaped(ent):
        return None
    words = list(title_key(doc[ent.end + 1 : ent.end + 1 + _APPOSITION_WORDS].text))
    k = 1 if words[:1] and words[0] in _ARTICLES else 0
    if not parse_title_phrase(words, k)[1]:  # qualifiers, then a title
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=APPOSITION_RULE)


def _title_before(doc: Doc, start: int) -> tuple[str, ...]:
    """The lower-cased words of the longest job title of the lexicon that ends
    right before `start` (`titles.title_ending`), when no punctuation stands
    among them ("chief of staff" + name); ()."""
    words = doc[max(0, start - _TITLE_WORDS) : start]
    n = title_ending([t.lower_.replace("-", "") for t in words])
    title = words[len(words) - n :]
    if not n or not all(t.is_alpha and t.whitespace_ for t in title):
        return ()
    return tuple(t.lower_ for t in title)


def person_after_title(doc: Doc, ent: Span) -> Span | None:
    """A model ORG of two or three name words right after a job title (module doc)
    as a PERSON; else None."""
    if ent.label_ != "ORG" or ent.id_ or not 2 <= len(ent) <= 3:
        return None
    first = ent[0]
    if not (first.is_alpha and first.is_title) or org_word(first):
        return None
    if any(t.is_upper and len(t) > 1 for t in ent):
        return None  # an acronym is no word of a name: "founder Facebook AI"
    if is_common_word(first.text) or first.lower_ in lower_set("name_particles"):
        return None
    title = _title_before(doc, ent.start)
    if not title:
        return None
    # A family name may be a word ("Katarina Barley") after a known first name,
    # unless a company could hold the title ("aircraft producer Bell Helicopter").
    holdable = title[-1] in lower_set("org_holdable_titles")
    if not _name_words(ent, common=is_given_name(first.text) and not holdable):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON", span_id=AFTER_TITLE_RULE)
