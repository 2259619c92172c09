"""Entities as segments: a title the model swallowed into a name is cut off, a
possessive inside an organisation splits it ("Acme's Research Division"), and
ordinals and adverb-like dates become modifiers."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.segment_types import (
    ENTITY_KINDS,
    NAME_LABELS,
    EntityPiece,
    Segment,
    in_word_hyphen,
    title_at,
)
from pipeline.extract.sentence_texts import span_text
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import is_generic_org, is_unit_name
from pipeline.lang.titles import (
    Lexicon,
    load_lexicon,
    longest_title,
    opening_qualifier,
)
from pipeline.nlp.spans import POSSESSIVE_S


def split_entity(doc: Doc, ent: Span, lex: Lexicon) -> EntityPiece | None:
    """The entity with a swallowed leading title removed, None when nothing of it is a
    name.

    The model often takes "CEO Jane Doe" as one PERSON and "Chief Executive
    Officer of Acme Corp" as one ORG. The title part is left to the title
    scanner; what remains keeps the label (an ORG remainder loses the link,
    which named the whole span). A portfolio title keeps its field unless the
    field is itself an organisational unit ("Minister of Finance" stays a
    title; "Director of the Research Division" splits).
    """
    # (the text cut from the Doc's: Span.text builds every token of the span)
    piece = EntityPiece(ent.start, ent.end, ent.label_, span_text(ent), ent.kb_id_)
    if piece.label not in ENTITY_KINDS:
        return piece
    if piece.label == "ORG" and is_generic_org(piece.text):
        return None
    if piece.label == "ORG" and (cut := _leading_qualifier(doc, ent, lex)):
        return (
            None
            if cut < 0
            else EntityPiece(cut, ent.end, "ORG", doc[cut : ent.end].text, "")
        )
    end, titles, portfolio_of = title_at(doc, ent.start, ent.end, lex)
    if not titles:
        return piece
    if end >= ent.end:
        return None
    if piece.label == "PERSON" and _given_name_first(doc, ent, end, lex):
        return piece
    if piece.label == "PERSON":
        return EntityPiece(end, ent.end, "PERSON", doc[end : ent.end].text, piece.link)
    if doc[end].lower_ not in ("of", "at", "for", "with") or end + 1 >= ent.end:
        return piece
    rest = doc[end + 1 : ent.end]
    if portfolio_of != "no" and not is_unit_name(rest.text):
        return None
    return EntityPiece(end + 1, ent.end, "ORG", rest.text, "")


def _given_name_first(doc: Doc, ent: Span, end: int, lex: Lexicon) -> bool:
    """Whether a person's name of two words opens with a title word that is a
    common given name too ("Dean": lexicon given_name_titles) right after
    another title or a listed name: in "Sen. Dean Heller", "economist Dean
    Baker" and "Jo Poe, Dean Roe and ..." the word is the first name; alone,
    or after a qualifier ("Deputy Dean Roe"), it stays a dean's title."""
    first = doc[ent.start]
    if end != ent.start + 1 or ent.end != end + 1 or ent.start == 0:
        return False
    if not first.is_title or first.lower_ not in lower_set("given_name_titles"):
        return False
    before = ent.start - 1
    word = doc[before]
    if word.text in (",", "and") and before > 0:
        return doc[before - 1].ent_type_ == "PERSON"  # the next name of a list
    return bool(title_at(doc, before, ent.start, lex)[1])


def _leading_qualifier(doc: Doc, ent: Span, lex: Lexicon) -> int:
    """Where an ORG that opens with a title's qualifier and stands right before a
    title starts once the qualifier is cut off ("Acting State Department
    spokesman": the State Department); -1 when the title read from the qualifier
    runs past the entity, which is then no name ("Deputy Energy Minister"); 0
    when neither."""
    stop = min(len(doc), ent.end + lex.max_len)
    n, qual = opening_qualifier([t.lower_ for t in ent], lex)
    if qual is None:
        return 0
    if title_at(doc, ent.start, stop, lex)[0] > ent.end:
        return -1
    return ent.start + n if title_at(doc, ent.end, stop, lex)[1] else 0


def unit_possessive(doc: Doc, start: int, end: int) -> int | None:
    """The token index of the "'s" inside the organisation name doc[start:end] that
    owns a unit ("Acme's Research Division"), None when it has none. An
    office's owner is no organisation: "the Sheriff's Office" is one."""
    lex = load_lexicon()
    for k in range(start + 1, end - 1):
        if (
            doc[k].lower_ in POSSESSIVE_S
            and not longest_title([doc[k - 1].lower_], 0, lex)[1]
        ):
            tail = doc[k + 1 : end]
            if is_unit_name(tail.text) and tail[0].text[:1].isupper():
                return k
    return None


def split_possessive(doc: Doc, ent: EntityPiece) -> list[EntityPiece]:
    """ "Acme's Research Division" as one ORG -> Acme, 's, Research Division (the
    tail being a unit: `unit_possessive`).
    """
    if ent.label != "ORG":
        return [ent]
    k = unit_possessive(doc, ent.start, ent.end)
    if k is None:
        return [ent]
    return [
        EntityPiece(ent.start, k, "ORG", doc[ent.start : k].text, ent.link),
        EntityPiece(k + 1, ent.end, "ORG", doc[k + 1 : ent.end].text, ""),
    ]


def modifier_tag(ent: EntityPiece, classes: dict[str, str]) -> str:
    """ADV for an entity that only modifies a title: an ordinal ("the seventh
    president")
    or a one-word date that is an adverb ("currently", "now"); "" otherwise."""
    if ent.label == "ORDINAL" and " " not in ent.text.strip():
        return "ADV"
    if ent.label == "DATE" and classes.get(ent.text.lower()) == "ADV":
        return "ADV"
    return ""


def title_into_entity(
    doc: Doc, i: int, ent: EntityPiece, lex: Lexicon
) -> tuple[bool, EntityPiece | None]:
    """A title starting at token i that runs into the entity `ent` ("Professor" + PERSON
    "Emeritus of
    Mathematics", "a former member" + ORG "Board of Directors of Acme").

    Returns (True, what is left of the entity: a PERSON name after the title, an ORG
    after
    "of|at|for|with", or None when nothing of it is a name), or (False, None) when no
    title crosses
    into it. Checked only when the entity starts within a title's length of i.
    """
    if ent.label not in ENTITY_KINDS or ent.start - i > lex.max_len:
        return False, None
    end, titles, portfolio_of = title_at(doc, i, ent.end, lex)
    if not titles or end <= ent.start:
        return False, None
    if end >= ent.end:
        return True, None
    if doc[end].lower_ in ("of", "at", "for", "with"):
        rest = doc[end + 1 : ent.end]
        if (
            ent.label == "PERSON"
            or (portfolio_of != "no" and not is_unit_name(rest.text))
            or not len(rest)
        ):
            return (
                True,
                None,
            )  # a field ("Emeritus of Mathematics"): the title scanner takes it
        return True, EntityPiece(end + 1, ent.end, "ORG", rest.text, "")
    if ent.label == "PERSON" and doc[end].text[:1].isupper():
        return True, EntityPiece(
            end, ent.end, "PERSON", doc[end : ent.end].text, ent.link
        )
    return False, None


def entity_segments(doc: Doc, ent: EntityPiece, lex: Lexicon) -> list[Segment]:
    """An entity piece as segments, split where an ORG ends with a title ("Acme
    CEO").
    """
    if ent.label == "ORG" and ent.end - ent.start > 1:
        for k in range(ent.start + 1, ent.end):
            if (
                doc[k - 1].lower_ in ("of", "the", "for", "and", "&")
                or not doc[k].text[:1].isupper()
            ):
                continue
            end, titles, _ = title_at(doc, k, ent.end, lex)
            if titles and end == ent.end:
                head = doc[ent.start : k]
                return [
                    Segment("ORG", ent.start, k, "<org>", head.text, ent.link),
                    Segment("TITLE", k, end, "<title>", doc[k:end].text, titles=titles),
                ]
            break
    tag = (
        ent.label
        if ent.label in ENTITY_KINDS
        else "NAME"
        if ent.label in NAME_LABELS
        else "ENT"
    )
    return [Segment(tag, ent.start, ent.end, f"<{tag.lower()}>", ent.text, ent.link)]


def append_entity(
    doc: Doc,
    ent: EntityPiece,
    sent_end: int,
    ent_at: dict,
    segs: list[Segment],
    lex: Lexicon,
    classes: dict[str, str],
) -> int:
    """Append the segments of the entity piece `ent` of a sentence ending at
    `sent_end` to `segs` (`ent_at`: the pieces by start); the token after them
    (`segments.raw_segments`)."""
    numbered = ent.label in ("ORDINAL", "CARDINAL")
    if _located(doc, ent.end, sent_end) or (
        numbered and _hyphened_word(doc, ent.end, sent_end, ent_at)
    ):
        # "Shanghai-based consultancy X": the place describes what follows;
        # "a first-term congressman", "a two-time champion": one plain word
        segs.append(Segment("W", ent.start, ent.end + 2, doc[ent.end + 1].lower_))
        return ent.end + 2
    mod = modifier_tag(ent, classes)
    if mod:
        segs.append(Segment(mod, ent.start, ent.end, ent.text.lower()))
        return ent.end
    segs.extend(entity_segments(doc, ent, lex))
    i = ent.end
    if segs[-1].tag == "NAME" and _hyphened_word(doc, i, sent_end, ent_at):
        # "Israeli-American", "French-born": the model tags only the first part,
        # and the second part left alone would read as a title word ("American
        # Professor").
        last = segs[-1]
        segs[-1] = Segment(
            "NAME",
            last.start,
            i + 2,
            last.word,
            doc[last.start : i + 2].text,
            last.link,
        )
        i += 2
    return i


def _hyphened_word(doc: Doc, end: int, sent_end: int, ent_at: dict) -> bool:
    """Whether the entity ending at `end` is hyphened to a plain word after it
    (no entity of its own): "first-term", "two-time", "Israeli-American"; the
    model tags only the first part."""
    return (
        end + 1 < sent_end
        and in_word_hyphen(doc, end)
        and end + 1 not in ent_at
        and doc[end + 1].is_alpha
    )


def _located(doc: Doc, end: int, sent_end: int) -> bool:
    """Whether the entity ending at `end` is hyphened to a word that makes it say
    where something is ("-based", "-headquartered": lexicon located_suffixes)."""
    return (
        end + 1 < sent_end
        and in_word_hyphen(doc, end)
        and doc[end + 1].lower_ in lower_set("located_suffixes")
    )
