"""Span tidying shared by the entity components: where a name starts and ends.

News text puts things around names that are not part of them: a leading
"the", a possessive "'s", a score ("Somerset 83"), a line break inside a
table, brackets and commas in lists. `name_parts` cuts a token range into the
name-like pieces it holds. Pure functions over a Doc and token offsets.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from pipeline.lang.casing import is_common_word
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import HONORIFICS
from pipeline.lang.titles import load_lexicon
from pipeline.nlp.name_commas import kept_commas
from pipeline.nlp.name_numbers import number_in_name

# Labels whose spans are proper names and get tidied; others (DATE, MONEY,
# WORK_OF_ART, EVENT, LAW ...) keep the extent the model or rule gave them.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"})
LEADING_DROP = frozenset({"the", "a", "an"})
NAME_END_WORDS = lower_set("name_end_words")
HEADLINE_VERBS = lower_set("headline_verbs")
SCORECARD_MARKS = lower_set("scorecard_marks")
NAME_PARTICLES = lower_set("name_particles")
DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
# An owner's "'s" as the tokenizer splits it off a name ("Acme's", "Acme’s").
POSSESSIVE_S = frozenset({"'s", "’s"})
# ... and the bare apostrophe of a plural owner ("the Smiths'").
POSSESSIVE = POSSESSIVE_S | {"'", "’"}
# Tokens that always end one name and start the next.
BREAKS = frozenset(
    {"(", ")", "[", "]", "{", "}", ",", ";", ":", "|", '"', "“", "”", "/"}
)
QUOTES = frozenset({'"', "“", "”", "``", "''"})
DASHES = frozenset({"-", "–", "—", "--"})
FIXTURE_WORDS = frozenset({"AT", "V", "VS", "V.", "VS."})


def _nicknames(toks: list[Token], texts: list[str]) -> set[int]:
    """Token indices of quoted nicknames between a first and a last name, quotes
    included (`toks` are the name's tokens, `texts` their text).

    'Christopher " CJ " Fraleigh' is one person; its quotes must not cut it in three.
    """
    out: set[int] = set()
    opens = [k for k in range(1, len(texts)) if texts[k] in QUOTES]
    for a, b in zip(opens, opens[1:]):
        if (
            1 < b - a <= 4
            and b + 1 < len(texts)
            and toks[a - 1].is_title
            and toks[b + 1].is_title
            and all(texts[k][:1].isupper() for k in range(a + 1, b))
        ):
            out.update(toks[k].i for k in range(a, b + 1))
    return out


def _title_word(doc: Doc, i: int) -> bool:
    """doc[i] opens a title or is a courtesy title or rank ("Vice", "Lt.")."""
    if i >= len(doc):
        return False
    word = doc[i].lower_.rstrip(".")
    return word in HONORIFICS or doc[i].lower_ in load_lexicon().first_words


def _in_prose(doc: Doc, start: int, end: int) -> bool:
    """A lower-case content word (three letters or more, not a stop word) within
    three tokens of doc[start:end]: the name sits in prose, not in a title-case
    headline."""
    near = [*doc[max(0, start - 3) : start], *doc[end : end + 3]]
    return any(t.is_alpha and t.is_lower and len(t) > 2 and not t.is_stop for t in near)


def _breaks_at(
    tok: Token, text: str, lower: str, split_lower: bool, label: str, prose: bool
) -> bool:
    """Does the token (`text`, `lower` its text and lower case) end one name and
    start the next?"""
    if tok.is_space or text in BREAKS:
        return True
    # Punctuation glued to a hyphen where a line break or a quote was lost ("-(",
    # ",-": `nlp.tokens`), or to a quote mark and the "?" of a lost character
    # (',"?'), ends a name like the bracket or comma it holds.
    if (
        len(text) > 1
        and ("-" in text or '"?' in text)
        and text not in DASHES
        and not any(c.isalnum() for c in text)
    ):
        return True
    # A spaced dash separates a headline's topic from its subject ("GOLF - HENKE"),
    # and so does one glued to the word before it where a dash lost its space
    # ("Wesolowska- Tel").
    if text in DASHES and tok.whitespace_:
        return True
    # A headline verb glued to a name ("Trump Says", "ENGLAND BEAT MOLDOVA"); in
    # prose a capitalised one is part of the name ("funding for Planned
    # Parenthood, the group said"), unless a title follows it ("Retired Lt.").
    if (
        not tok.is_lower
        and lower in HEADLINE_VERBS
        and (not prose or _title_word(tok.doc, tok.i + 1))
    ):
        return True
    # A cricket scorecard's marks (caught, bowled, stumped: lexicon
    # scorecard_marks) separate two players whatever the model called the run
    # ("c Knight b Hollioake" read as one ORG).
    if text in SCORECARD_MARKS:
        return True
    # Inside a person's name only particles are lower case ("van", "bin").
    if label == "PERSON" and tok.is_alpha and tok.is_lower:
        return lower not in NAME_PARTICLES
    # Scores and figures ("83", "4-43", "1,500") but not an organisation's own
    # figure ("3M", "365 Corporation", "Channel 4": `name_numbers`); a word of
    # letters alone holds no digit.
    if (
        not tok.is_alpha
        and any(c.isdigit() for c in text)
        and not any(c.isalpha() for c in text)
        and not number_in_name(tok, label)
    ):
        return True
    # In table lines a lower-case word ("beat", "v", "and") separates two names, and
    # so does the "AT" of an upper-case fixture line ("KANSAS CITY AT DETROIT").
    return split_lower and ((tok.is_alpha and tok.is_lower) or text in FIXTURE_WORDS)


def _article_in_name(doc: Doc, i: int, end: int) -> bool:
    """A capitalised "The" inside a sentence belongs to the name ("in The Hague",
    "told The Times").
    """
    tok = doc[i]
    return (
        tok.text == "The"
        and not tok.is_sent_start
        and end - i > 1
        and doc[i - 1].text not in BREAKS
        and not doc[i - 1].is_space
    )


def _opens_with_particle(doc: Doc, i: int, end: int) -> bool:
    """A particle before a capitalised word, or joined to it by a hyphen, opens a
    name ("al-Qaeda", "al Shabaab", "der Spiegel"): not a description to trim.
    Particles that are English words ("do", "ten") or one letter do not."""
    tok = doc[i]
    if len(tok) < 2 or tok.is_stop or tok.lower_ not in lower_set("name_particles"):
        return False
    nxt = i + 1
    if nxt + 1 < end and doc[nxt].text == "-" and not tok.whitespace_:
        nxt += 1  # "al-Qaeda"
    return nxt < end and doc[nxt].text[:1].isupper()


class _Words(NamedTuple):
    """The tokens of doc[base:...], with their texts and lower case, read once."""

    base: int
    toks: list[Token]
    texts: list[str]
    lowers: list[str]


def _trim(doc: Doc, start: int, end: int, label: str, words: _Words) -> tuple[int, int]:
    """doc[start:end] without what surrounds a name (see `name_parts`); `words`
    hold its tokens."""
    base, toks, texts, lowers = words
    if (
        end - start > 2
        and lowers[start - base] == "ex"
        and texts[start + 1 - base] in "-–"
    ):
        start += 2  # "Ex-England captain", "ex-Ukrainian": the prefix names nothing
    while start < end and (
        (lowers[start - base] in LEADING_DROP and not _article_in_name(doc, start, end))
        or toks[start - base].is_punct
        or (
            label == "PERSON"
            and lowers[start - base].rstrip(".") in HONORIFICS
            and end - start > 1
        )
    ):
        start += 1
    while end > start and (
        texts[end - 1 - base] in POSSESSIVE
        or (toks[end - 1 - base].is_punct and texts[end - 1 - base] != ".")
    ):
        end -= 1
    if label == "ORG":
        # An organisation's name is capitalised at both ends: "Interfax news agency",
        # "pro-Socialist CFDT union" carry descriptions around the name; a
        # sentence's opening "Today" is no part of one ("Today Superior Court
        # Judge ..."), though "Today Show" keeps it; "al-Qaeda" keeps its "al".
        while (
            start < end
            and (
                toks[start - base].is_lower
                or toks[start - base].is_punct
                or (lowers[start - base] in DAY_WORDS and end - start > 2)
            )
            and not _opens_with_particle(doc, start, end)
        ):
            start += 1
        while end > start and toks[end - 1 - base].is_lower:
            end -= 1
    # A name does not end on a lone dot unless it is an abbreviation token ("Inc.",
    # "U.S."), nor on a function word: a headline's capitals ran past it ("The
    # Initial Bombardment Of Baghdad", "Amnesty The"; lexicon name_end_words); a
    # person's not on a number ("President Obama Four were": a full stop was lost).
    while end > start and (
        texts[end - 1 - base] == "."
        or lowers[end - 1 - base] in NAME_END_WORDS
        or (label == "PERSON" and end - start > 1 and toks[end - 1 - base].like_num)
    ):
        end -= 1
    if (
        end - start > 1
        and _field_label(doc, toks[end - 1 - base])
        and not toks[start - base].is_upper
    ):
        end -= 1  # "Woods READ: ...", "Cathedral ATTACKERS: ...": a field's label
    return start, end


def _field_label(doc: Doc, tok: Token) -> bool:
    """`tok` is a common word in capitals right before a colon: a list's field
    label or a web page's link label ("ATTACKERS:", "READ:")."""
    return (
        tok.is_alpha
        and tok.is_upper
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == ":"
        and len(tok) > 2
        and is_common_word(tok.text)
    )


def _hashtag(doc: Doc, i: int) -> bool:
    """doc[i] is glued to a "#" before it: a tweet's tag ("#MuslimBan") names a
    topic, not who the text is about, and tags run words together."""
    return i > 0 and doc[i - 1].text == "#" and not doc[i - 1].whitespace_


def name_parts(
    doc: Doc, start: int, end: int, label: str, *, split_lower: bool = False
) -> list[tuple[int, int]]:
    """The (start, end) token ranges of the names inside doc[start:end] for `label`.

    For labels outside NAME_LABELS the range is returned unchanged. Otherwise
    it is cut at line breaks, brackets, quotes (not around a person's
    nickname), commas and numbers (and, with
    split_lower, at lower-case words), and each piece loses a leading
    article, edge punctuation, a trailing possessive and, for PERSON, a
    leading honorific ("Mr."). Empty pieces and hashtags ("#MAGA") are dropped.
    """
    if label not in NAME_LABELS:
        return [(start, end)]
    # Each token, its text and lower case read once: the checks below ask often.
    toks = [doc[i] for i in range(start, end)]
    texts = [t.text for t in toks]
    lowers = [t.lower_ for t in toks]
    words = _Words(start, toks, texts, lowers)
    keep = (
        _nicknames(toks, texts)
        if label == "PERSON"
        else kept_commas(texts, start)
        if label == "ORG"
        else ()
    )
    # Only a headline verb asks whether the name sits in prose: look around it
    # only then (most names hold none, and the look costs more than the scan).
    prose = not HEADLINE_VERBS.isdisjoint(lowers) and _in_prose(doc, start, end)
    parts, s = [], start
    for i in range(start, end + 1):
        if i == end or (
            i not in keep
            and _breaks_at(
                toks[i - start],
                texts[i - start],
                lowers[i - start],
                split_lower,
                label,
                prose,
            )
        ):
            if i > s:
                a, b = _trim(doc, s, i, label, words)
                if b > a and not _hashtag(doc, a):
                    parts.append((a, b))
            s = i + 1
    return parts
