"""Names the recognizer read as people that introduce someone else's title.

"Fianna Fáil leader Micheál Martin", "Sinn Féin TD Pat Roe", "Batesville Casket
President Jo Roe": a name of two or more words right before a title (title
lexicon, optionally after a qualifier: "deputy leader") that runs straight into
a person's name says whose title it is, an organisation's; so does the part
before the title of a name the model ran on into it ("Sinn Féin TD" + "Pat
Roe"). The model, which has not seen "Fianna Fáil", calls it a person. Such a
model PERSON becomes an ORG with rule id `org:before-title`, which the corpus
type vote weighs as a rule's (reduce.types): a name the corpus knows as a
person stays one. People name other people's titles too, but titles held for
a person ("Mitt Romney aide", "Trump spokesman": lexicon personal_titles), and
a person is named by the family name alone as well ("... Romney said"): a
name before such a title, after a courtesy title, or whose last word stands
alone as a person in the Doc is left alone. The other model PERSON mentions of
the same text in the Doc become the ORG too. A one-word name is an
organisation only right before a company officer's title (lexicon
corporate_officers: "Adidas CEO Jo Roe"), which no one holds for a person.

A model place of capitalised words none of which the gazetteer or the country
list knows, right before another person's title (not a trade: "Kashmiri
writer"), is that title's organisation too ("Garda Commissioner Jo Roe",
"Kestrel CEO Jo Roe": the Irish police and a firm the model read as places),
and so are its other model places of the same text in the Doc; so is one set
off by a comma after a person that opens the title closing the apposition
("Jo Roe, Kestrel executive chairman, said"). A country's or its people's
first word keeps it a place ("Russian Transportation Minister Jo Roe" names
Russia's office), and so does a US state's short form.

The model also runs an organisation on into the title of the person after it
("UN Special Representative" + "Jo Roe", "Acme Executive" + "Vice Chairman
Jo Roe"): a model ORG whose last words open a title that runs up to the next
model PERSON is cut before the title (rule id `org:title-tail`), so the
organisation table holds "UN" and the title is read as a title; one cut to a
country or its people ("Greek Finance" + "Minister Jo Roe") is no
organisation and is dropped, the title's country being read by the roles. A
model ORG ending in the title of a person set off by a comma, or after what the
title is for or to ("Acme MP, Jo Roe", "UN Special Coordinator for Norland,
Sir Jo Roe"), is cut the same way, unless its last word also ends bodies'
names (lexicon body_name_titles: "Health Service Executive"); one of only a
courtesy title and a title ("Ms Justice" + "Jo Roe") is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.gender import honorific_gender
from pipeline.lang.lexicons import lower_set
from pipeline.lang.places import place_kind, us_state_tag
from pipeline.lang.title_phrases import parse_title_phrase
from pipeline.lang.titles import whole_title

ORG_BEFORE_TITLE = "org:before-title"
ORG_TITLE_TAIL = "org:title-tail"
# The longest run of title words between an ORG's end and the person after it.
_MAX_TITLE_GAP = 4
# Lower-case words a title written in capitals may hold ("Chief of Staff").
_TITLE_GLUE = frozenset({"of", "and", "for"})
# The most tokens between a title and its holder set off by a comma (", Sir").
_APPOSITION_GAP = 8


def _title_between(doc: Doc, start: int, end: int) -> bool:
    """True when doc[start:end] is a lexicon title, optionally after a qualifier,
    and not one held for a person as readily as for a body (lexicon
    personal_titles: "Mitt Romney aide", "Jo Roe's lawyer")."""
    words = [t.lower_.replace("-", "") for t in doc[start:end]]
    q, entry = whole_title(words)
    personal = lower_set("personal_titles")
    return (
        entry is not None
        and " ".join(words[q:]) not in personal
        and words[-1] not in personal
    )


def _org_part(doc: Doc, ent: Span, nxt: Span, ents: list[Span]) -> Span | None:
    """The organisation `ent` names before `nxt`'s title: all of it when the title
    stands between them, its head when it ends in the title ("Sinn Féin TD" +
    "Pat Roe"); None when it is no such name."""
    if nxt.start == ent.end:
        ends = [
            j for j in range(2, len(ent)) if _title_between(doc, ent.start + j, ent.end)
        ]
        if not ends:
            return None
        org = doc[ent.start : ent.start + ends[0]]
    elif _title_between(doc, ent.end, nxt.start):
        org = ent
    else:
        return None
    if len(org) == 1 and nxt.start == ent.end + 1:
        # One word before a company officer's title ("Adidas CEO Jo Roe"): no
        # one is a chief executive or chairman for a person.
        word = doc[ent.end].lower_
        return org if word in lower_set("corporate_officers") else None
    if len(org) < 2:
        return None
    if not all(t.text[:1].isupper() for t in org if t.is_alpha):
        return None
    if org.start > 0 and honorific_gender(doc[org.start - 1].text):
        return None
    # A person is named by the family name alone too ("... Romney said").
    last = org[-1].text
    if any(e.label_ == "PERSON" and e.text == last for e in ents):
        return None
    return org


def _titles_run(doc: Doc, start: int, end: int) -> bool:
    """True when doc[start:end] is one or more lexicon title phrases back to back
    ("Executive Vice Chairman": the lexicon's Executive, then Vice Chair), the
    last not one held for a person (lexicon personal_titles)."""
    # a hyphen token joins the title's words ("Inspector-General"): it is none
    words = [w for t in doc[start:end] if (w := t.lower_.replace("-", ""))]
    i = 0
    while i < len(words):
        i, items = parse_title_phrase(words, i)
        if not items:
            return False
    return bool(words) and words[-1] not in lower_set("personal_titles")


def _title_tail_cut(doc: Doc, ent: Span, end: int) -> int | None:
    """Where a model ORG stops being a name and the title of the person after it
    begins, the title running up to token `end` (see the module doc); None when
    no title runs from inside it up to `end`, `ent.start` when nothing before the
    title but a courtesy title is left ("Ms Justice" + "Jo Roe")."""
    if end - ent.end > _MAX_TITLE_GAP:
        return None
    if any(
        not t.text[:1].isupper() and t.lower_ not in _TITLE_GLUE
        for t in doc[ent.end : end]
        if t.is_alpha
    ):
        return None  # "Acme engineers led by Jo Roe": lower-case words, no title
    for j in range(ent.start + 1, ent.end):
        # A name does not end in "of" ("Department of" + "Justice Inspector
        # General"): the title begins later.
        if doc[j - 1].text[:1].isupper() and _titles_run(doc, j, end):
            head = doc[ent.start : j]
            if all(honorific_gender(t.text) for t in head):
                return ent.start
            # The head must still name something: not "The" of "The Economist",
            # not a courtesy title ("Mr X Justice").
            if honorific_gender(head[-1].text) or not any(
                t.is_alpha and not t.is_stop for t in head
            ):
                return None
            return j
    return None


def _apposed_holder(doc: Doc, ent: Span, later: list[Span]) -> bool:
    """Whether a PERSON of `later` holds the title `ent` ends in from across an
    apposition's comma, after what the title is for or to or not, a courtesy
    title before the name or not: "Labour MP, Jo Roe", "UN Special Coordinator
    for Norland, Sir Jo Roe", "UN envoy for Norland Jo Roe"."""
    person = next((e for e in later if e.label_ == "PERSON"), None)
    if person is None or person.start - ent.end > _APPOSITION_GAP:
        return False
    gap = list(doc[ent.end : person.start])
    while gap and honorific_gender(gap[-1].text):
        gap.pop()
    led = bool(gap) and gap[0].lower_ in ("for", "to")
    comma = bool(gap) and gap[-1].text == ","
    inner = gap[:-1] if comma else gap
    return (
        (comma or led)
        # "for"/"to" and what the title is for ("to Jo Roe" is no such thing)
        and (not inner or (led and len(inner) > 1))
        and not any(t.text in (",", ";", ".") or t.is_sent_start for t in inner[1:])
    )


def _unknown_place(doc: Doc, ent: Span, end: int) -> bool:
    """Whether a model GPE right before a title that ends at token `end` (not in a
    trade: lexicon occupations) is written as a name and is no place: neither it nor a
    word of it a place the gazetteer knows ("South Belfast"), no US state's
    short form, not a country or opening with one or its people ("Russian
    Transportation" of "... Minister X"). Then it names the title's
    organisation ("Garda Commissioner X", "Jo Roe, Kestrel CEO,")."""
    if ent.label_ != "GPE" or ent.id_ or not _title_between(doc, ent.end, end):
        return False
    if not all(t.text[:1].isupper() for t in ent if t.is_alpha):
        return False
    # A trade describes its holder ("Kashmiri writer X"), no employer's office;
    # the title's head says which ("executive chairman" is an office).
    if doc[end - 1].lower_ in lower_set("occupations"):
        return False
    return not (
        place_kind(ent.text)
        or country_code(ent.text)
        or country_code(ent[0].text)
        or us_state_tag(ent.text)
        or any(place_kind(t.text) for t in ent if t.is_alpha)
    )


def _closing_title(doc: Doc, before: Span, ent: Span, limit: int) -> bool:
    """Whether a model GPE set off after a PERSON by a comma opens the title that
    closes the apposition ("Jo Roe, Kestrel executive chairman, said"; the
    title ends at a comma or the sentence's end, before token `limit`) and is no
    place (`_unknown_place`)."""
    if before.label_ != "PERSON" or before.end + 1 != ent.start:
        return False
    if doc[before.end].text != ",":
        return False
    stop = min(limit, ent.end + _MAX_TITLE_GAP + 1, len(doc))
    for end in range(ent.end + 1, stop + 1):
        if end == len(doc) or doc[end].text in (",", ".") or doc[end].is_sent_start:
            return _unknown_place(doc, ent, end)
    return False


def org_before_title(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (in order, non-overlapping) with each model PERSON that introduces
    the next PERSON's title relabelled ORG, cut before the title when it holds
    it, and every other model PERSON of the same text in the Doc with it (see
    the module doc)."""
    out: list[Span | None] = list(ents)
    found: set[str] = set()
    for k, (ent, nxt) in enumerate(zip(ents, ents[1:])):
        if ent.label_ == "ORG" and not ent.id_:
            cut = (
                _title_tail_cut(doc, ent, nxt.start) if nxt.label_ == "PERSON" else None
            )
            if (
                cut is None
                and ent[-1].lower_ not in lower_set("body_name_titles")
                and _apposed_holder(doc, ent, ents[k + 1 : k + 4])
            ):
                # "Labour MP, Jo Roe": the title ends the ORG; not a body's name
                # ending in a title word ("the Health Service Executive, Jo Roe")
                cut = _title_tail_cut(doc, ent, ent.end)
            if cut == ent.start or (
                cut is not None and country_code(doc[ent.start : cut].text)
            ):
                # "Greek Finance" + "Minister Jo Roe": a country's title, no
                # organisation (the roles read the country off the title).
                out[k] = None
            elif cut is not None:
                out[k] = Span(doc, ent.start, cut, label="ORG", span_id=ORG_TITLE_TAIL)
            continue
        if (nxt.label_ == "PERSON" and _unknown_place(doc, ent, nxt.start)) or (
            k and _closing_title(doc, ents[k - 1], ent, nxt.start)
        ):
            out[k] = Span(
                doc, ent.start, ent.end, label="ORG", span_id=ORG_BEFORE_TITLE
            )
            found.add(ent.text)
            continue
        if ent.label_ != "PERSON" or ent.id_ or nxt.label_ != "PERSON":
            continue
        org = _org_part(doc, ent, nxt, ents)
        if org is not None:
            out[k] = Span(
                doc, org.start, org.end, label="ORG", span_id=ORG_BEFORE_TITLE
            )
            found.add(org.text)
    return [
        Span(doc, e.start, e.end, label="ORG", span_id=ORG_BEFORE_TITLE)
        if found and e.label_ in ("PERSON", "GPE") and not e.id_ and e.text in found
        else e
        for e in out
        if e is not None
    ]
