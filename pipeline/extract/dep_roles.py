"""Role rows read off a dependency parse, for sentences the segment patterns miss.

The annotation pipeline runs no parser (it is the costliest component); the
caller passes the role parser built with it (`pipeline.nlp.Annotator.parser`),
which parses only candidate sentences: those holding both a PERSON and an ORG
entity of the annotated Doc. The annotated entities are copied onto the parsed
sentence by character offsets, title phrases are marked with the same lexicon
as the segment patterns (titles.csv), and spaCy's DependencyMatcher runs the
parse rules of pipeline/patterns/roles/roles.jsonl (`"over": "parse"`, loaded
and checked by `role_grammar`); the path rules (`"over": "path"`,
pipeline.extract.dep_paths) then read the pairs no parse rule did.

Each parse rule has an `id` (namespace `role:`), a `kind` and a
DependencyMatcher `pattern` naming the nodes `person`, `title`, `org`:

- person_title: the person holds the title (copula, apposition, "served as");
- title_org: the title is at/of the organisation ("CEO of X", "X's CEO");
- person_org: the person works for / leads the organisation without a title
  ("joined X", "taught at X", "X is led by P"): title "";
- person_title_org: all three in one pattern ("X is run by P, the CEO").

A pattern with a node named `first` takes the person from the first of two
coordinated verbs ("founded and led X"), unless the second has its own subject
or, with a node `to`, the first a person as object ("A tapped B to lead X").
A `qualifier` qualifies a rule's rows ("left X", "stepped down as": former)
where the title has none of its own.

A pattern's person node matches a name, and also a relative pronoun whose
clause hangs on a name or on a noun describing one ("an engineer who served
as ..."), and "he"/"she" when the sentence names exactly one person before
it (pipeline.extract.dep_marks); for a rule marked `"person": "loose"`, also
the one-word subject of a sentence naming nobody that the recognizer missed
(`dep_sentences.loose_subject`), when the parse makes it a subject and it
holds a title no organisation could (not "owner", "member": lexicon
org_holdable_titles); such rows have no person link. Once the sentence shows
it a person (`dep_rules.loose_is_person`: it holds such a title, "In 1921
Okafor left Acme to become director of Beta", or works somewhere as a person
does), its untitled readings there count too. A role is person_title
joined with title_org on the title token; its rule_id names both
("role:dep_copula+role:dep_title_of_org"). Titles and organisations spread over
coordination ("president and CEO of A, B and C"): the parser hangs only the
last conjunct on the preposition. A parse with nothing marked has no role.
Parsing happens inside the annotation pipeline's memory zone around a shard (the
role parser shares its vocabulary): the StringStore does not grow."""

from __future__ import annotations

from collections.abc import Iterable

import spacy
from spacy.tokens import Doc, Span

from pipeline.extract.dep_marks import (
    conjuncts,
    mark_its,
    mark_people,
    mark_subject_heads,
    mark_the_org,
    mark_titles,
    org_conjuncts,
    plural_title,
)
from pipeline.extract.dep_paths import path_roles
from pipeline.extract.dep_rules import (
    entity_of,
    holds_office,
    hometown,
    load_dep_rules,
    loose_is_person,
    refused,
    rule_fields,
    sharing,
)
from pipeline.extract.dep_sentences import select_sentences
from pipeline.extract.role_grammar import rule_ranks
from pipeline.extract.segment_envoys import parsed_envoy
from pipeline.extract.title_orgs import fielded, indefinite, possessed, title_orgs
from pipeline.lang.names import is_generic_org
from pipeline.nlp.models import RoleParser


def _sentence_roles(
    doc: Doc,
    ents: list[tuple[int, int, str, str, str]],
    rules: tuple,
    loose: tuple[int, int] | None = None,
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
    mark_subject_heads(doc, person_at)
    org_at = {**mark_its(doc), **mark_the_org(doc)}
    loose_at = -1
    if loose is not None:
        span = doc.char_span(*loose, alignment_mode="expand")
        loose_at = span.root.i if span is not None else -1
    matcher, info = rules
    if not doc.has_annotation("TAG"):
        return []  # every parse rule asks for a mark: spaCy raises E155 on no tags
    holds: dict[int, list] = {}  # title token -> [(person token, rule)]
    at: dict[int, list] = {}  # title token -> [(org token, rule)]
    fallback: dict[int, list] = {}  # the same, from rules marked org "fallback"
    shared: dict[int, list] = {}  # the same, from a title coordinated with this one
    out: list[tuple] = []
    for key, toks in matcher(doc):
        rule, names, spread = info[key]
        rule_id, kind = rule.id, rule.kind
        node = {name: doc[t] for name, t in zip(names, toks)}
        if refused(node):
            continue
        # A plural title is everyone's ("Acme professors A and B").
        plural = "title" in node and plural_title(node["title"])
        names_of = (
            []
            if "person" not in node
            else sharing(node)
            if spread or plural
            else [node["person"]]
        )
        people = [
            person_at[p.i]
            for p in names_of
            if p.i in person_at
            and (
                person_at[p.i] != loose_at
                # the loose word itself, as subject: not "he" bound to it
                or (
                    (rule.loose_person or kind == "person_org")
                    and p.i == loose_at
                    and p.dep_ in ("nsubj", "nsubjpass")
                )
            )
        ]
        if kind == "person_org":
            own = person_at.get(node["person"].i)
            if "prep" in node:
                # the names sharing the reading ("A and B work at X") are no others
                sharers = {
                    t.i
                    for p in names_of
                    if (name := entity_of(p, "PERSON")) is not None
                    for t in name
                }
                if any(
                    person_at.get(i, own) != own and i not in sharers
                    for i in range(node["person"].i + 1, node["prep"].i)
                ):
                    continue  # "of"/"at" hung on a person past another one
            out.extend(
                (p, None, org.i, rule_id)
                for p in people
                for org in org_conjuncts(node["org"])
                if not hometown(rule, org)
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
            # founder of X"), nor to one with its own possessor ("the university's
            # president and former leader of X") or field (`fielded`).
            title, org = node["title"], node["org"]
            found = fallback if rule.org_from == "fallback" else at
            for t in conjuncts(title):
                if t.i in titles and (
                    t == title
                    or (
                        (t.i < org.i) == (org.i > title.i)
                        and not indefinite(t)
                        and not possessed(t)
                        and not fielded(t, org)
                    )
                ):
                    # a title's own organisation is kept apart from a shared one
                    where = found if t == title else shared
                    where.setdefault(t.i, []).extend(
                        (o.i, rule_id) for o in title_orgs(org, title)
                    )
    # A shared organisation goes only to a title without one of its own ("former
    # UN envoy, and professor at X": the professor's is X alone).
    for t, orgs in shared.items():
        at.setdefault(t, orgs)
    for t, orgs in fallback.items():
        at.setdefault(t, orgs)  # only a title no other rule gives an organisation
    for t, people in holds.items():
        for p, rule_id in people:
            out.extend(
                (p, t, o, f"{rule_id}+{org_rule}") for o, org_rule in at.get(t, [])
            )
    out.extend(
        path_roles(doc, person_at, titles, {(r[0], r[2]) for r in out}, loose_at)
    )
    # One row per (person, title, organisation): several patterns often read the
    # same role; the earliest in the file names it, so rule ids are stable.
    first = rule_ranks()
    # An untitled reading of the loose subject counts once the sentence shows it is
    # a person ("In 1921 Okafor left Acme to become director of Beta").
    office = loose_is_person(doc, loose_at, titles, out, holds)
    rows: dict[tuple, tuple] = {}
    for p, t, o, rule_id in sorted(
        out, key=lambda r: [first[x] for x in r[3].split("+")]
    ):
        person, org = (
            entity_of(doc[p], "PERSON"),
            entity_of(doc[org_at.get(o, o)], "ORG"),
        )
        if person is None or org is None or is_generic_org(org.text):
            continue
        if p == loose_at and not (holds_office(titles, t) or (t is None and office)):
            continue  # "Acme, owner of X": a loose subject must hold an office
        key = ((person.start_char, person.end_char), t, (org.start_char, org.end_char))
        title = None if t is None else parsed_envoy(titles[t], doc[t], org.text)
        rows.setdefault(key, (key[0], title, key[2], rule_id))
    titled = {(r[0], r[2]) for r in rows.values() if r[1] is not None}
    # An untitled reading adds nothing to a titled one of the same pair.
    return sorted(
        (r for r in rows.values() if r[1] is not None or (r[0], r[2]) not in titled),
        key=lambda r: (r[0], r[2]),
    )


def dep_role_rows(
    sentences: list[tuple[int, Span]],
    base,
    parser: RoleParser,
    linked: frozenset[tuple[int, str, str]] = frozenset(),
) -> list[dict]:
    """Role candidate rows found by the dependency patterns in the given (index,
    sentence) pairs: pass every sentence of a Doc in order. `base(k, sent)` gives
    the row's article_id, field, sentence_index and evidence. The sentences worth
    it (`dep_sentences.select_sentences`) are parsed in one batch; a caller that
    parses several Docs' sentences together runs `select_sentences` and
    `rows_from_parses` itself."""
    todo = select_sentences(sentences, linked, base)
    if not todo:
        return []
    parsed = parser.pipe(s.text for _, s, _, _ in todo)
    return rows_from_parses(todo, parsed, base, parser)


def rows_from_parses(
    todo: list[tuple], parsed: Iterable[Doc], base, parser: RoleParser
) -> list[dict]:
    """Role candidate rows of the sentences `select_sentences` chose (`todo`), from
    their parses (`parsed`, in the same order: the role parser's Docs of their
    texts)."""
    # Built once, before the caller's memory zone (`pipeline.extract.prepare`): a
    # rule's strings must outlive the zone.
    rules = load_dep_rules(parser)
    qualifiers, fixed = rule_fields(parser)
    rows = []
    for (k, sent, ents, loose), parsed_sent in zip(todo, parsed):
        by_span = {(s, e): (text, link) for s, e, _, text, link in ents}
        for pspan, title, ospan, rule_id in _sentence_roles(
            parsed_sent, ents, rules, loose
        ):
            ptext, plink = by_span.get(pspan, (sent.text[pspan[0] : pspan[1]], ""))
            otext, olink = by_span.get(ospan, (sent.text[ospan[0] : ospan[1]], ""))
            rows.append(
                {
                    **base(k, sent.sent),
                    "person_text": ptext,
                    "person_link": plink,
                    "org_text": otext,
                    "org_link": olink,
                    # an untitled reading's fixed title ("founded X": Founder)
                    "title": title.title
                    if title
                    else fixed.get(rule_id.split("+")[0], ""),
                    "title_raw": title.raw if title and title.title else "",
                    # the rule's qualifier where the title has none (module doc)
                    "qualifier": (title.qualifier if title else "")
                    or qualifiers.get(rule_id.split("+")[0], ""),
                    "country": title.country if title else "",
                    "rule_id": rule_id,
                }
            )
    return rows
