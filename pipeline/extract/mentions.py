"""Doc -> mention rows: one row per entity span, with offsets into its field and
provenance.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from pipeline.extract.dep_sentences import MISREAD_LABELS
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import rows
from pipeline.lang.names import canonical_org_name, canonical_person_name
from pipeline.nlp.tokens import SPACE_SEPARATORS
from pipeline.records import digest
from pipeline.settings import LABEL_MAP

# Courtesy titles written before a person's name ("Mr. Hung"): the titled form
# is kept so that people.aliases lists the name as the text wrote it.
COURTESY_TITLES = frozenset(
    r["word"].lower() for r in rows("honorifics") if r.get("courtesy") == "yes"
)

# The namespace of a span's rule id says which layer produced it.
SOURCE_BY_NAMESPACE = {"acronym": "acronym", "propagated": "propagated"}


def source_of(rule_id: str) -> str:
    """`model` for an empty rule id, else acronym / propagated / rule by its
    namespace.
    """
    if not rule_id:
        return "model"
    return SOURCE_BY_NAMESPACE.get(rule_id.split(":", 1)[0], "rule")


def mention_id(article_id: str, field: str, start: int, end: int, label: str) -> str:
    """A stable id for a mention: derived from where it is and what it is."""
    return "m_" + digest(article_id, field, str(start), str(end), label)


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where the doc's sentences start (one sentence when
    unsegmented).
    """
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [s.start_char for s in doc.sents]


def sentence_index(starts: list[int], char: int) -> int:
    """Index of the sentence holding character `char`, given `sentence_starts`."""
    return max(bisect_right(starts, char) - 1, 0)


def honorific_before(ent: Span) -> str:
    """The courtesy title token right before a PERSON span ("Mr."), or ""."""
    if ent.label_ != "PERSON" or ent.start == 0:
        return ""
    prev = ent.doc[ent.start - 1]
    return prev.text if prev.text.lower().rstrip(".") in COURTESY_TITLES else ""


def mention_row(ent: Span, article_id: str, field: str, starts: list[int]) -> dict:
    """The row for one entity span; `link` is the in-article entity key for the
    reduce.
    """
    label = LABEL_MAP.get(ent.label_, ent.label_)
    rule_id = ent.id_ or ""
    return {
        "mention_id": mention_id(
            article_id, field, ent.start_char, ent.end_char, label
        ),
        "article_id": article_id,
        "field": field,
        "start_char": ent.start_char,
        "end_char": ent.end_char,
        "sentence_index": sentence_index(starts, ent.start_char),
        "text": ent.text,
        "label": label,
        "entity_id": "",
        "source": source_of(rule_id),
        "rule_id": rule_id,
        "link": ent.kb_id_ or "",
        "honorific": honorific_before(ent),
    }


def mention_rows(doc: Doc, article_id: str, field: str) -> list[dict]:
    """One row per entity in `doc.ents`, in document order."""
    starts = sentence_starts(doc)
    return [mention_row(ent, article_id, field, starts) for ent in doc.ents]


LOOSE_SUBJECT_RULE = "role:loose_subject"
ROLE_ORG_RULE = "role:org_of_role"


def people_by_role(mentions: list[dict], cands: list[dict]) -> list[dict]:
    """The mentions with every name a role rule read as a titled person, though the
    recognizer labelled it otherwise, relabelled PERSON (rule id
    role:loose_subject): "Okafor joined Acme in 2003 as chief executive", where
    the model took "Okafor" for an organisation. Only the loose subjects of the
    role grammar qualify (a one-word, title-case sentence subject holding an
    office or doing a person's work, "Okafor served in the Acme Army"; their
    candidates carry no person link), and only mentions of the same field with
    exactly that text."""
    loose = {
        (c["field"], c["person_text"])
        for c in cands
        if c["person_text"] and not c["person_link"]
    }
    if not loose:
        return mentions
    out = []
    for m in mentions:
        if m["label"] in MISREAD_LABELS and (m["field"], m["text"]) in loose:
            m = _relabelled(m, "PERSON", LOOSE_SUBJECT_RULE)
        out.append(m)
    return out


def _relabelled(m: dict, label: str, rule_id: str, **more: str) -> dict:
    """Mention row `m` with another label, its id and provenance (and `more`)."""
    return {
        **m,
        "label": label,
        "mention_id": mention_id(
            m["article_id"], m["field"], m["start_char"], m["end_char"], label
        ),
        "source": source_of(rule_id),
        "rule_id": rule_id,
        **more,
    }


def _named_like_person(m: dict) -> bool:
    """True for a PERSON mention that may be a person's name: a first name
    gender-guesser knows opens it, it is linked to a longer name of the
    article, or it is one word and no acronym (a family name met alone:
    "adviser to Obama" names a person the rest of the corpus knows)."""
    words = m["text"].split()
    return (
        is_given_name(words[0])
        or m["link"] not in ("", canonical_person_name(m["text"]))
        or (len(words) == 1 and not (m["text"].isupper() and len(m["text"]) > 1))
    )


def orgs_by_role(
    mentions: list[dict], cands: list[dict]
) -> tuple[list[dict], list[dict]]:
    """The mentions and role candidates with every name a role rule read as the
    organisation, though the recognizer labelled it a person, relabelled ORG
    (rule id role:org_of_role): "Zhao Yang, an economist at Nomura
    International", the model taking "Nomura International" for a person. Not a
    name that reads as a person's (`_named_like_person`: "attorney for Jasmin
    Hernandez" names a client), nor one a role reads as its person; every
    PERSON mention of the same field with that text follows, and the
    candidates' organisation link becomes the organisation's."""
    people = {(c["field"], c["person_text"]) for c in cands}
    read = {
        (c["field"], c["sentence_index"], c["org_text"]) for c in cands if c["org_text"]
    }
    names = {
        (m["field"], m["text"])
        for m in mentions
        if m["label"] == "PERSON"
        and (m["field"], m["sentence_index"], m["text"]) in read
        and (m["field"], m["text"]) not in people
        and not _named_like_person(m)
    }
    if not names:
        return mentions, cands
    out = [
        _relabelled(m, "ORG", ROLE_ORG_RULE, link=canonical_org_name(m["text"]))
        if m["label"] == "PERSON" and (m["field"], m["text"]) in names
        else m
        for m in mentions
    ]
    cands = [
        {**c, "org_link": canonical_org_name(c["org_text"])}
        if (c["field"], c["org_text"]) in names
        else c
        for c in cands
    ]
    return out, cands


def untagged_people(doc: Doc, cands: list[dict], mentions: list[dict]) -> list[dict]:
    """A PERSON mention (rule id role:loose_subject) for each loose subject a role
    rule read as a person where the recognizer tagged nothing ("Okafor is the
    chief executive of Acme", "Okafor" untagged), so that the role's person is a
    people row like any other. Only candidates without a person link (the loose
    subjects) qualify, written in their sentence and overlapping no mention of
    their field; `mentions` are the article's rows so far."""
    loose = [c for c in cands if c["person_text"] and not c["person_link"]]
    if not loose:
        return []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    starts = [s.start_char for s in sents]
    field = loose[0]["field"]
    taken = [(m["start_char"], m["end_char"]) for m in mentions if m["field"] == field]
    out = []
    for c in loose:
        span = _written_in(doc, sents, c["sentence_index"], c["person_text"])
        if span is None or any(
            a < span.end_char and span.start_char < b for a, b in taken
        ):
            continue
        taken.append((span.start_char, span.end_char))
        span.id_ = LOOSE_SUBJECT_RULE
        out.append(mention_row(span, c["article_id"], field, starts))
    return out


def _written_in(doc: Doc, sents: list[Span], k: int, name: str) -> Span | None:
    """The first whole-token occurrence of `name` in sentence k, as a PERSON span
    ("Tie" in "Tied to the post, Tie ..." is the second)."""
    if k >= len(sents):
        return None
    text, at = sents[k].text, sents[k].text.find(name)
    while at >= 0:
        start = sents[k].start_char + at
        span = doc.char_span(start, start + len(name), "PERSON")
        if span is not None:
            return span
        at = text.find(name, at + 1)
    return None


def as_written(mentions: list[dict], fields: dict[str, str]) -> list[dict]:
    """`mentions` (changed in place) with each text as its field wrote it where the
    annotation read a space separator as a plain space (`nlp.tokens.plain_spaces`):
    a mention's text is its field's text between its offsets."""
    marked = {name for name, text in fields.items() if SPACE_SEPARATORS.search(text)}
    for m in mentions if marked else ():
        if m["field"] not in marked:
            continue
        written = fields[m["field"]][m["start_char"] : m["end_char"]]
        if written != m["text"] and len(written) == len(m["text"]):
            # only the separators come back: blanked boilerplate stays blank
            m["text"] = "".join(
                w if c == " " and SPACE_SEPARATORS.match(w) else c
                for c, w in zip(m["text"], written)
            )
    return mentions
