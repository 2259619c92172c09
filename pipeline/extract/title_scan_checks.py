"""Checks the title scanner (`segment_types.title_at`) makes on a title phrase it
has read: where coordinated titles are two people's, where a title word is
no title (a companion, a qualifier of a later title, an adjective), each a
pure function of the Doc's tokens and the phrase's items."""

from __future__ import annotations

from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.lang.lexicons import lower_set
from pipeline.lang.title_phrases import parse_title_phrase, title_ahead
from pipeline.lang.titles import TitleItem, load_lexicon


def case_breaks_coordination(doc: Doc, idx: list[int], items) -> bool:
    """Whether coordinated titles before a name are two noun phrases, told apart
    by their case: a first title all lower case and a last one capitalised as
    before a name ("the Russian ambassador and Vice President Jo Roe", "met
    the chancellor and President Jo Roe"); the capitalised one is the name's
    alone. An acronym ("chairman and CEO Jo Roe"), a first title capitalised
    too ("President and Chief Executive Jo Roe"), or no name right after ("the
    co-founder and Dean of Acme") keeps the coordination."""
    after = idx[items[-1].end - 1] + 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON":
        return False
    first = [doc[idx[k]] for k in range(items[0].qual_start, items[0].end)]
    last = doc[idx[items[-1].qual_start]]
    return (
        all(t.is_lower for t in first if t.is_alpha)
        and last.is_title
        and not last.is_upper
    )


def closes_apposition(doc: Doc, idx: list[int], words: list[str], items) -> bool:
    """Whether the first of coordinated titles opens with an article (at most
    three words, no stop word, or a possessive between) and a comma comes
    before the "and"/"or" that joins the next: "Ruby Willard, a recruitment
    consultant, and engineer Sam Bardell" closes Ruby Willard's apposition at
    the comma; the engineer is Sam Bardell alone. "The" counts only right after
    a comma, where it opens an apposition too ("Zhang Wei, the city's Party
    chief, and mayor Li Qiang"), not elsewhere ("named the president, and CEO,
    of Acme")."""
    if words[items[0].end : items[1].qual_start] not in ([",", "and"], [",", "or"]):
        return False
    j = idx[items[0].qual_start] - 1
    for _ in range(4):
        if j < 0:
            return False
        word = doc[j].lower_
        if word in ("a", "an"):
            return True
        if word == "the":
            return j > 0 and doc[j - 1].text == ","
        if word not in ("'s", "'", "’s", "’") and (
            not doc[j].is_alpha or doc[j].is_stop
        ):
            return False
        j -= 1
    return False


def _lone_word(doc: Doc, idx: list[int], item: TitleItem, lexicon: str) -> bool:
    """Whether the title is one word with no qualifier, written lower case, of
    the word list `lexicon`."""
    if item.qual_start != item.start or item.end - item.start != 1:
        return False
    word = doc[idx[item.start]]
    return word.is_lower and word.lower_ in lower_set(lexicon)


def companion_word(doc: Doc, idx: list[int], item: TitleItem, end: int) -> bool:
    """Whether a title that is also a word for a companion ("fellow": lexicon
    companion_titles), written lower case with no qualifier, comes right before
    another word: "fellow Briton", "fellow countrywoman Martina Hingis" are of
    the same kind, not fellows; "a fellow at MIT", "Research Fellow Jane Doe"
    keep the title."""
    if not _lone_word(doc, idx, item, "companion_titles"):
        return False
    after = idx[end - 1] + 1
    return after < len(doc) and doc[after].is_alpha and not doc[after].is_stop


# Who "partner" after them is a companion in life: "his partner, Jo Roe"; "lives
# with partner Jo Roe" (a doubles partner, too, holds no post).
_PERSONAL_OWNERS = frozenset({"his", "her", "their", "my", "your", "our", "with"})
# After the title, where the partnership is: "her partner at Acme" keeps it.
_WHERE = frozenset({"at", "in", "of", "with", "from", "for"})


def life_partner(doc: Doc, idx: list[int], item: TitleItem, end: int) -> bool:
    """Whether a one-word title that is also a word for a companion in life
    ("partner": lexicon life_partner_titles), with its qualifiers or not,
    comes after a personal possessive or "with" ("his partner, Jo Roe", "her
    former partner Jo Roe", "his ex-partner Jo Roe", "lives with: partner Jo
    Roe") and before no word saying where ("her partner at Acme"). "a partner
    at Acme", "his business partner" and "Acme partner Jo Roe" keep the title."""
    if item.end - item.start != 1:
        return False
    word = doc[idx[item.start]]
    if word.lower_ not in lower_set("life_partner_titles"):
        return False
    before = idx[item.qual_start] - 1
    qualifiers = load_lexicon().qualifiers
    # past qualifiers read apart from the title ("her former partner") and a
    # colon ("Lives with: Partner Jo Roe")
    while before > 0 and (
        (doc[before].lower_,) in qualifiers or doc[before].text in (":", "-")
    ):
        before -= 1
    if before < 0 or doc[before].lower_ not in _PERSONAL_OWNERS:
        return False
    after = idx[end - 1] + 1
    return after >= len(doc) or doc[after].lower_ not in _WHERE


def figure_of_speech(doc: Doc, idx: list[int], item: TitleItem, end: int) -> bool:
    """Whether a one-word title that is also a figure of speech ("master": lexicon
    figurative_titles), written lower case with no qualifier, is followed by
    "of" and a lower-case word, after "the"/"a" or not: "a master of the
    cute quote", "the master of understatement" name a gift, no post; "Master
    of Trinity College" keeps the title."""
    if not _lone_word(doc, idx, item, "figurative_titles"):
        return False
    k = idx[end - 1] + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    return k < len(doc) and doc[k].is_lower and doc[k].is_alpha


def qualifies_later_title(doc: Doc, after: int, item: TitleItem, lex) -> bool:
    """Whether a one-word title that is also a qualifier ("deputy") has a title
    ahead (`title_ahead`) in the doc, past the end of the scan too ("deputy UN
    ambassador": the scan stops at the entity)."""
    if item.end - item.start != 1 or (item.entry.canonical.lower(),) not in (
        lex.qualifiers
    ):
        return False
    end = doc[after - 1].sent.end if doc.has_annotation("SENT_START") else len(doc)
    words = [t.lower_ for t in doc[after : min(end, after + 3 + lex.max_len)]]
    return title_ahead(words, 0, lex)


def past_adjective(
    doc: Doc, idx: list[int], words: list[str], item: TitleItem, end: int, lex
) -> tuple[list[TitleItem], int]:
    """A title word that is also an adjective ("chief", "official": lexicon
    adjectival_titles) before another title, with at most two lower-case words
    between, describes that title: "chief political commentator" is a
    commentator, "Poland's official spokesman" a spokesman (its words stay in
    the raw title). Else ([item], end) unchanged.

    Lower case only: "Army chief General X" is a chief, whose name has a rank.
    """
    if " ".join(words[item.start : item.end]) not in lower_set("adjectival_titles"):
        return [item], end
    for k in range(item.end, min(item.end + 3, len(words))):
        text = doc[idx[k]].text
        if not (text.isalpha() and text.islower()) or text in STOP_WORDS:
            break
        # the later title with its own qualifiers ("principal deputy press
        # secretary": deputy)
        end2, later = parse_title_phrase(words, k, lex)
        if later:
            first = later[0]
            return [
                replace(
                    first,
                    qual_start=item.qual_start,
                    qualifiers=item.qualifiers + first.qualifiers,
                ),
                *later[1:],
            ], end2
    return [item], end
