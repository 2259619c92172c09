"""An office title's portfolio, written after it ("Minister of Energy") or before
it ("Energy Minister", "the former education secretary"): lexicon
portfolio_words, and "and"/"&"/"of" as their glue. An organisation the model
tagged before an office title is its portfolio only when its name spells one
("Homeland Security Secretary", "Russian Energy Minister"; the "Arab League
Assistant Secretary" keeps the Arab League), and capitalised words before a
field or office title are its field ("Sales Director"), their leading
qualifiers its qualifiers ("Former Culture Secretary").

A name the model cut short stays a name: in "Minister of Agriculture Aziz
Akhannouch" with only the surname tagged, "Aziz" (a given name the gender
package knows) joins the person, not the field; so does any other word after
an office's field of portfolio words that is no common English word (lexicon
common_lowercase_words): "Minister for Public Expenditure and Reform Paschal
Donohoe", but "Minister of Public Works Jane Doe".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.extract.portfolio_fields import field_after_entity, listed_fields_end
from pipeline.extract.segment_types import (
    EntityPiece,
    Segment,
    load_word_classes,
    title_at,
)
from pipeline.lang.casing import is_common_word
from pipeline.lang.countries import country_code
from pipeline.lang.gender import is_given_name
from pipeline.lang.names import (
    PORTFOLIO_GLUE,
    PORTFOLIO_WORDS,
    is_portfolio,
    is_unit_name,
    portfolio_word,
)
from pipeline.lang.places import place_kind
from pipeline.lang.titles import (
    Lexicon,
    QualifierEntry,
    Title,
    join_qualifiers,
    load_lexicon,
    title_key,
)


def portfolio_end(
    doc: Doc, i: int, stop: int, ent_at: dict, kind: str, lex: Lexicon
) -> int:
    """End of an "of|for <Capitalised field>" complement at token i, or i when there is
    none.

    An office title ("Secretary of Commerce") also takes a field the model
    tagged as an entity, unless that entity is an organisational unit. A given
    name between the field and a PERSON joins the person (module doc); `ent_at`
    is updated.
    """
    if kind == "no" or i >= stop or doc[i].lower_ not in ("of", "for"):
        return i
    if kind == "office" and (end := listed_fields_end(doc, i + 1, stop, ent_at)):
        return end
    ent = ent_at.get(i + 1)
    if ent is not None:
        # "Minister of Energy" names a field, "Minister of Venezuela" a country
        # (pipeline.extract.segment_folds reads it as the title's country).
        office_field = (
            kind == "office"
            and ent.label in ("ORG", "ENT", "GPE", "NORP")
            and not is_unit_name(ent.text)
            and not country_code(ent.text)
        )
        if not (office_field and doc[i + 1].text[:1].isupper()):
            return i
        end = field_after_entity(doc, ent.end, stop, ent_at)
        # "of Bavaria" is the office's place, "of Jerusalem Affairs" its field
        return i if end == ent.end and place_kind(ent.text) else end
    j, last = i + 1, i
    while j < stop and j not in ent_at:
        tok = doc[j]
        if tok.lower_ not in PORTFOLIO_WORDS and title_at(doc, j, stop, lex)[1]:
            break  # "secretary of President Jane Doe": a title is no field
        if tok.text[:1].isupper() and tok.is_alpha:
            last = j
        elif tok.lower_ not in PORTFOLIO_GLUE:
            break
        j += 1
    person = ent_at.get(j)
    if (
        last == j - 1 > i + 1
        and person is not None
        and person.label == "PERSON"
        and doc[last].lower_ not in PORTFOLIO_WORDS
        and (
            is_given_name(doc[last].text)
            or (
                kind == "office"
                and is_portfolio([t.lower_ for t in doc[i + 1 : last]])
                and not is_common_word(doc[last].text)
            )
        )
    ):
        # "Minister of Agriculture Aziz Akhannouch", the surname alone tagged; an
        # office's field is portfolio words, so a word after them that is no
        # common English word is the person's too, a given name the gender
        # package does not know ("Reform Paschal Donohoe"; not "Public Works")
        del ent_at[j]
        text = doc[last : person.end].text
        ent_at[last] = EntityPiece(last, person.end, "PERSON", text, person.link)
        last -= 1
    if last == i and kind == "office":
        return _lower_portfolio_end(doc, i, stop, ent_at)
    return last + 1 if last > i else i


def _lower_portfolio_end(doc: Doc, i: int, stop: int, ent_at: dict) -> int:
    """End of a lower-case portfolio after an office's "of|for" at token i ("the
    minister for health", "minister of foreign affairs": lexicon
    portfolio_words, all of it), or i."""
    j = i + 1
    while j < stop and j not in ent_at and doc[j].is_alpha and doc[j].is_lower:
        j += 1
    words = [t.lower_ for t in doc[i + 1 : j]]
    return j if words and is_portfolio(words) else i


def field_after(
    doc: Doc, i: int, stop: int, ent_at: dict, kind: str, lex: Lexicon
) -> tuple[str, int]:
    """The field written after a title ending at token i and the end of what the
    title takes in: (field text, end), ("", i) when there is none
    (`portfolio_end`). A lower-case noun after a field title, alone or after
    capitalised words that describe it ("head of research at Acme", "professor
    of Roman law", "head of Asia research"), is no field: the title takes the
    phrase in without one, so no word of it reads as an organisation or title."""
    end = portfolio_end(doc, i, stop, ent_at, kind, lex)
    if kind == "field" and (end > i or (i < stop and doc[i].lower_ in ("of", "for"))):
        start = end if end > i else i + 1
        described = _described_end(doc, start, stop, ent_at, lex)
        if described > start:
            return "", described
    return doc[i + 1 : end].text, end


def _described_end(doc: Doc, j: int, stop: int, ent_at: dict, lex: Lexicon) -> int:
    """The end of the lower-case noun phrase at token j ("history", "and
    international business law"), or j when none starts there: content words
    of no role word class (not "said"), no title, joined by portfolio glue."""
    k = last = j
    classes = load_word_classes()
    while k < stop and k not in ent_at:
        tok = doc[k]
        if (
            tok.is_alpha
            and tok.is_lower
            and not tok.is_stop
            and tok.lower_ not in classes
            and not title_at(doc, k, stop, lex)[1]
        ):
            last = k + 1
        elif tok.lower_ not in PORTFOLIO_GLUE:
            break
        k += 1
    return last


def leading_portfolio(doc: Doc, segs: list[Segment], lex: Lexicon) -> tuple[int, int]:
    """(index of the first of the last segments that spell an office's portfolio
    before it: "Justice", "Industry and Trade", "homeland security" (lexicon
    portfolio_words), the token its field starts at), else (len(segs), -1). The
    first segment may be a title of qualifiers and portfolio words: the title
    scan reads "former Justice" in "former Justice Minister" as a judge."""
    k = len(segs)
    start = -1
    while k > 0:
        toks = doc[segs[k - 1].start : segs[k - 1].end]
        n = 0
        if segs[k - 1].tag == "TITLE":
            n = len(leading_qualifiers([t.text for t in toks], lex=lex))
        if n == len(toks) or not all(portfolio_word(t.lower_) for t in toks[n:]):
            break
        k -= 1
        start = toks[n].i
        if n:
            break  # the qualifiers open the phrase
    while k < len(segs) and doc[start].lower_ in PORTFOLIO_GLUE:
        # a portfolio opens with a portfolio word, not with "and"
        k += 1
        start = segs[k].start if k < len(segs) else -1
    return k, start


def field_case(words: Span) -> str:
    """A portfolio as a title spells it: "home affairs" -> "Home Affairs"."""
    return " ".join(
        t.text if t.lower_ in PORTFOLIO_GLUE else t.text[:1].upper() + t.text[1:]
        for t in words
    )


def leading_qualifiers(
    words: list[str], keep: int = 0, lex: Lexicon | None = None
) -> list[QualifierEntry]:
    """The qualifiers the first of `words` spell ("Former", "Deputy": lexicon
    qualifiers), one word each, leaving at least `keep` words."""
    entries = (lex or load_lexicon()).qualifiers
    out: list[QualifierEntry] = []
    while len(out) < len(words) - keep and title_key(words[len(out)]) in entries:
        out.append(entries[title_key(words[len(out)])])
    return out


def _qualified(
    field: str, raw: str, quals: list[QualifierEntry], titles: list[Title]
) -> list[Title]:
    """`titles` with the first one's `field` and `raw` words before it, `quals`
    qualifying it (and every title, for a qualifier of the whole role)."""
    shared = [q.qualifier for q in quals if q.scope == "all"]
    first = titles[0]
    return [
        Title(
            f"{field} {first.title}" if field else first.title,
            join_qualifiers([q.qualifier for q in quals]),
            f"{raw} {first.raw}",
            "office" if field else first.portfolio,
            first.country,
        ),
        *(
            replace(t, qualifier=join_qualifiers([*shared, t.qualifier]))
            for t in titles[1:]
        ),
    ]


def org_portfolio_titles(text: str, titles: list[Title]) -> list[Title] | None:
    """`titles` after an organisation's name `text` when the name spells the first
    one's portfolio, after qualifiers and a country or not ("Homeland Security",
    "Deputy Energy", "Russian Energy"; the country stays in the title for
    `segment_folds` to read); None when it does not ("Arab League")."""
    words = text.split()
    quals = leading_qualifiers(words, keep=1)
    rest = words[len(quals) :]
    if not any(
        is_portfolio([w.lower() for w in rest[n:]])
        for n in range(min(3, len(rest)))
        if n == 0 or country_code(" ".join(rest[:n]))
    ):
        return None
    return _qualified(" ".join(rest), text, quals, titles)


def field_titles(caps: list[Segment], titles: list[Title]) -> list[Title]:
    """`titles` after the capitalised words `caps`: the words are the first title's
    field, except leading qualifiers ("Former", "Acting": lexicon qualifiers),
    which qualify it (and every title, for a qualifier of the whole role)."""
    quals = leading_qualifiers([s.text for s in caps])
    field = " ".join(s.text for s in caps[len(quals) :])
    return _qualified(field, " ".join(s.text for s in caps), quals, titles)
