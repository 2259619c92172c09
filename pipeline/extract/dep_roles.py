"""Role rows read off a dependency parse, for sentences the segment patterns miss.

The annotation pipeline runs no parser (it is the costliest component); the
caller passes the role parser built with it (`pipeline.nlp.Annotator.parser`),
which parses only candidate sentences: those holding both a PERSON
and an ORG entity of the annotated Doc. The annotated entities are copied onto
the parsed sentence by character offsets, title phrases are marked with the
same lexicon as the segment patterns (titles.csv), and spaCy's
DependencyMatcher runs the patterns of pipeline/patterns/roles/dep_roles.jsonl.

Each JSONL line has an `id` (namespace `role:`), a `kind` and a
DependencyMatcher `pattern` naming the nodes `person`, `title`, `org`:

- person_title: the person holds the title (copula, apposition, "served as");
- title_org: the title is at/of the organisation ("CEO of X", "X's CEO");
- person_org: the person works for / leads the organisation without a title
  ("joined X", "taught at X", "X is led by P"): title "";
- person_title_org: all three in one pattern ("X is run by P, the CEO").

Lines marked `conj` take the person from the first of two coordinated verbs
(node `first`: "founded and led X"), unless the second has its own subject.
An optional `qualifier` gives the untitled rows of a person_org rule one
("left X": former).

A pattern's person node matches a name, and also a relative pronoun whose
clause hangs on a name or on a noun describing one ("an engineer who served
as ..."), and "he"/"she" when the sentence names exactly one person before
it (pipeline.extract.dep_marks). A role is person_title joined with title_org on the
title token; its rule_id
names both ("role:dep_copula+role:dep_title_of_org"). Titles and
organisations spread over coordination ("president and CEO of A, B and C"),
because the parser hangs only the last conjunct on the preposition.

All parsing happens inside the parser's own memory zone; only Python strings
and ints leave it, so its StringStore does not grow over a corpus.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.extract.dep_marks import (
    PERSONAL,
    conjuncts,
    load_occupations,
    mark_its,
    mark_people,
    mark_the_org,
    mark_titles,
    org_conjuncts,
)
from pipeline.extract.limits import note_skipped, too_long_to_parse
from pipeline.lang.titles import PATTERNS_DIR, is_generic_org, load_lexicon

DEP_ROLES_JSONL = PATTERNS_DIR / "dep_roles.jsonl"
KINDS = ("person_title", "title_org", "person_org", "person_title_org")


@functools.lru_cache(maxsize=2)
def rule_qualifiers(path: Path = DEP_ROLES_JSONL) -> dict[str, str]:
    """Rule id -> the qualifier its untitled rows carry ("left Acme": former);
    optional `qualifier` field.
    """
    rules = [
        json.loads(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return {r["id"]: r["qualifier"] for r in rules if r.get("qualifier")}


@functools.lru_cache(maxsize=2)
def load_dep_rules(
    parser: Language, path: Path = DEP_ROLES_JSONL
) -> tuple[DependencyMatcher, dict]:
    """DependencyMatcher over the parser's vocab and {match key hash: (id, kind, node
    names, line, spread)}.

    Keyed by hash, not string: a key string added inside a memory zone is
    forgotten when the zone ends. ValueError on a bad line.
    """
    matcher = DependencyMatcher(parser.vocab)
    info: dict[int, tuple[str, str, tuple[str, ...], int, bool]] = {}
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rule = json.loads(line)
        if not rule.get("id", "").startswith("role:") or rule.get("kind") not in KINDS:
            raise ValueError(f"{path}:{line_no}: need a role: id and kind in {KINDS}")
        key = f"{rule['id']}#{line_no}"
        matcher.add(key, [rule["pattern"]])
        # A name that carries its title itself ("Jane Doe, CEO of X": the
        # apposition hangs on one name) does not pass the role to its
        # conjuncts; "A and B of X", "A and B were CEOs of X" do.
        spread = not any(
            n.get("LEFT_ID") == "person" and n["RIGHT_ID"] == "title"
            for n in rule["pattern"]
        )
        info[get_string_id(key)] = (
            rule["id"],
            rule["kind"],
            tuple(n["RIGHT_ID"] for n in rule["pattern"]),
            line_no,
            spread,
        )
    return matcher, info


def _indefinite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _entity_of(doc: Doc, tok: Token, label: str) -> Span | None:
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == label:
            return ent
    return None


def _sentence_roles(
    doc: Doc, ents: list[tuple[int, int, str, str, str]], rules: tuple
) -> list[tuple]:
    """(person char span, title, org char span, rule id) tuples of one parsed sentence.

    `ents` are (start_char, end_char, label, text, link) of the annotated entities,
    relative to the sentence.
    """
    spans = [
        doc.char_span(s, e, label=lab, alignment_mode="expand")
        for s, e, lab, _, _ in ents
    ]
    doc.ents = [s for s in spacy.util.filter_spans([s for s in spans if s is not None])]
    titles = mark_titles(doc)
    person_at = mark_people(doc, titles)
    org_at = {**mark_its(doc), **mark_the_org(doc)}
    matcher, info = rules
    holds: dict[
        int, list[tuple[int, str]]
    ] = {}  # title token -> [(person token, rule)]
    at: dict[int, list[tuple[int, str]]] = {}  # title token -> [(org token, rule)]
    out: list[tuple] = []
    for key, toks in matcher(doc):
        rule_id, kind, names, _, spread = info[key]
        node = {name: doc[t] for name, t in zip(names, toks)}
        if "first" in node and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node["verb"].children
        ):
            # the second verb has a subject of its own: "A moved and B joined X"
            continue
        # A plural title is everyone's ("Acme professors A and B").
        plural = (
            "title" in node
            and node["title"].lower_.endswith("s")
            and not node["title"].lower_.endswith("ss")
        )
        names_of = (
            []
            if "person" not in node
            else conjuncts(node["person"])
            if spread or plural
            else [node["person"]]
        )
        people = [person_at[p.i] for p in names_of if p.i in person_at]
        if kind == "person_org":
            out.extend(
                (p, None, org.i, rule_id)
                for p in people
                for org in org_conjuncts(node["org"])
            )
        elif kind == "person_title_org":
            out.extend(
                (p, t.i, node["org"].i, rule_id)
                for p in people
                for t in conjuncts(node["title"])
                if t.i in titles
            )
        elif kind == "person_title":
            for t in (t for t in conjuncts(node["title"]) if t.i in titles):
                holds.setdefault(t.i, []).extend((p, rule_id) for p in people)
        else:
            # An organisation after the titles ("president and CEO of X") belongs
            # to every coordinated title before it, wherever the parser hung the
            # "of"; one before them ("X president and CEO") to every title after it.
            # Not to one with its own indefinite article, which describes the
            # person rather than sharing the office ("a Spanish engineer and the
            # founder of X").
            title, org = node["title"], node["org"]
            for t in conjuncts(title):
                if t.i in titles and (
                    t == title
                    or ((t.i < org.i) == (org.i > title.i) and not _indefinite(t))
                ):
                    at.setdefault(t.i, []).extend(
                        (o.i, rule_id) for o in org_conjuncts(org)
                    )
    for t, people in holds.items():
        for p, rule_id in people:
            out.extend(
                (p, t, o, f"{rule_id}+{org_rule}") for o, org_rule in at.get(t, [])
            )
    # One row per (person, title, organisation): several patterns often read the
    # same role; the earliest in the file names it, so rule ids are stable.
    first_line = {}
    for rid, _, _, line, _ in info.values():
        first_line.setdefault(rid, line)
    rows: dict[tuple, tuple] = {}
    for p, t, o, rule_id in sorted(
        out, key=lambda r: [first_line[x] for x in r[3].split("+")]
    ):
        person, org = (
            _entity_of(doc, doc[p], "PERSON"),
            _entity_of(doc, doc[org_at.get(o, o)], "ORG"),
        )
        if person is None or org is None or is_generic_org(org.text):
            continue
        key = ((person.start_char, person.end_char), t, (org.start_char, org.end_char))
        rows.setdefault(
            key, (key[0], titles[t] if t is not None else None, key[2], rule_id)
        )
    titled = {(r[0], r[2]) for r in rows.values() if r[1] is not None}
    # An untitled reading adds nothing to a titled one of the same pair.
    return sorted(
        (r for r in rows.values() if r[1] is not None or (r[0], r[2]) not in titled),
        key=lambda r: (r[0], r[2]),
    )


@functools.lru_cache(maxsize=2)
def cue_words(path: Path = DEP_ROLES_JSONL) -> frozenset[str]:
    """Words without which no pattern can match: title heads, occupations, and the
    patterns' verbs.

    A title's head is the last word of its lexicon key ("officer" of "chief
    executive officer"); verbs are the LOWER lists of the `verb` nodes of the
    person_org patterns (every other kind needs a title anyway), and the nouns of
    their `cue` nodes ("began her career at X": "career", not the common "began").
    """
    # "secretary of state": the head is the word before "of", not "state".
    words = {
        key[: key.index("of")][-1] if "of" in key[1:] else key[-1]
        for key in load_lexicon().titles
    }
    words |= set(load_occupations())
    for line in path.read_text(encoding="utf-8").splitlines():
        rule = json.loads(line) if line.strip() else {"kind": "", "pattern": []}
        for node in (
            rule["pattern"] if rule["kind"] == "person_org" else []
        ):  # the others need a title
            if node["RIGHT_ID"] in ("verb", "cue"):
                words.update(node["RIGHT_ATTRS"].get("LOWER", {}).get("IN", []))
    return frozenset(words)


def _worth_parsing(sent: Span, people: list[Span]) -> bool:
    """True when the sentence has a cue word, or a name right before "of"/"at"
    (dep_person_of_org).

    The parse is the costly step; most news sentences with a person and an
    organisation ("X told Y ...") have neither cue and are skipped.
    """
    cues = cue_words()
    if any(t.lower_ in cues for t in sent):
        return True
    doc = sent.doc
    return any(e.end < sent.end and doc[e.end].lower_ in ("of", "at") for e in people)


def _ents_by_sentence(sentences: list[tuple[int, Span]]) -> list[list[Span]]:
    """PERSON and ORG entities of each sentence, reading Doc.ents once (Span.ents
    rescans it per call).
    """
    if not sentences:
        return []
    ents = [e for e in sentences[0][1].doc.ents if e.label_ in ("PERSON", "ORG")]
    return [
        [e for e in ents if sent.start <= e.start < sent.end] for _, sent in sentences
    ]


def _bound_pronouns(
    sent: Span, previous: list[Span]
) -> list[tuple[int, int, str, str, str]]:
    """ "He"/"she" of a sentence naming nobody, as that person when the previous
    sentence names exactly one.

    Returned like the annotated entities (sentence-relative offsets, PERSON,
    the antecedent's text and link), so the patterns take the pronoun for the
    name. Kept this narrow because a wrong binding costs more than a miss.
    """
    people = {e.kb_id_ or e.text for e in previous}
    if len(people) != 1:
        return []
    ante = previous[-1]
    return [
        (
            t.idx - sent.start_char,
            t.idx - sent.start_char + len(t),
            "PERSON",
            ante.text,
            ante.kb_id_,
        )
        for t in sent
        if t.lower_ in PERSONAL
    ]


def dep_role_rows(
    sentences: list[tuple[int, Span]], base, parser: Language
) -> list[dict]:
    """Role candidate rows found by the dependency patterns in the given (index,
    sentence) pairs.

    Pass every sentence of a Doc in order: a sentence is read with the one
    before it for pronoun binding (`_bound_pronouns`). `base(k, sent)` gives
    the row's article_id, field, sentence_index and evidence. Only sentences
    holding a PERSON and an ORG and a cue (`_worth_parsing`) are parsed, in one
    batch.
    """
    todo = []
    previous: list[Span] = []
    for (k, sent), sent_ents in zip(sentences, _ents_by_sentence(sentences)):
        people = [e for e in sent_ents if e.label_ == "PERSON"]
        if len(people) < len(sent_ents):  # an ORG is there
            ents = [
                (
                    e.start_char - sent.start_char,
                    e.end_char - sent.start_char,
                    e.label_,
                    e.text,
                    e.kb_id_,
                )
                for e in sent_ents
            ]
            if not people:
                ents += _bound_pronouns(sent, previous)
            if {e[2] for e in ents} == {"PERSON", "ORG"} and _worth_parsing(
                sent, people
            ):
                if too_long_to_parse(len(sent), len(sent.text)):
                    note_skipped(base(k, sent)["article_id"], k, len(sent))
                else:
                    todo.append((k, sent, ents))
        previous = people
    if not todo:
        return []
    # built outside the zone: its strings must outlive it
    rules = load_dep_rules(parser)
    rows = []
    with parser.memory_zone():
        texts = (s.text for _, s, _ in todo)
        for (k, sent, ents), parsed in zip(todo, parser.pipe(texts)):
            by_span = {(s, e): (text, link) for s, e, _, text, link in ents}
            for pspan, title, ospan, rule_id in _sentence_roles(parsed, ents, rules):
                ptext, plink = by_span.get(pspan, (sent.text[pspan[0] : pspan[1]], ""))
                otext, olink = by_span.get(ospan, (sent.text[ospan[0] : ospan[1]], ""))
                rows.append(
                    {
                        **base(k, sent),
                        "person_text": ptext,
                        "person_link": plink,
                        "org_text": otext,
                        "org_link": olink,
                        "title": title.title if title else "",
                        "title_raw": title.raw if title and title.title else "",
                        "qualifier": title.qualifier
                        if title
                        else rule_qualifiers().get(rule_id, ""),
                        "rule_id": rule_id,
                    }
                )
    return rows
