"""Doc -> role candidate rows (who holds which title where).

Roles, like the part_of relations (pipeline.extract.relations), are read by
the role grammar (pipeline.extract.role_grammar). Only sentences
that can hold a role are looked at: a role needs a PERSON entity (or, for a
loose-person rule, a capitalised subject and the words the rule must match:
pipeline.extract.segment_sentences) and a title word or an ORG, a relation two
ORG entities. Such a sentence becomes a short segment sequence
(pipeline.extract.segments) on which the segment rules run, a few spaCy
Matcher calls on a tiny Doc. Sentences where a (person, organisation) pair is
still open after them, with a cue word, are parsed by the role parser and the
parse rules run on them (pipeline.extract.dep_roles). One ranked resolver
(pipeline.extract.role_resolve) turns the readings of both into rows and sets
their country.

Rows carry surface text and the in-article link key (`ent.kb_id_`) of each
person and organisation; the reduce turns those into person_id / org_id.
A role at "Parent's Unit" is also given at the parent (`role_parents`).
A role without an organisation in the sentence keeps org empty. Roles whose
organisation is only a possessor ("Acme's new plant") are not produced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from pipeline.extract.dep_roles import rows_from_parses
from pipeline.extract.dep_rules import title_words
from pipeline.extract.dep_sentences import select_sentences
from pipeline.extract.role_context import (
    context_org_hits,
    loose_sentence,
    loose_subject_ok,
)
from pipeline.extract.role_earlier_titles import earlier_titles
from pipeline.extract.role_grammar import ROLES_JSONL, rule_ranks
from pipeline.extract.role_org_checks import describing_name, org_before_country_title
from pipeline.extract.role_parents import with_parents
from pipeline.extract.role_patterns import match_rules, nominator, resolve_role_hits
from pipeline.extract.role_resolve import resolve
from pipeline.extract.role_respectively import respective_first
from pipeline.extract.role_tails import continued_rows, with_title
from pipeline.extract.segment_merge import sentence_segments
from pipeline.extract.segment_sentences import (
    count_label,
    loose_readable,
    loose_rule_needs,
    sentences_with_ents,
    title_start_ids,
)
from pipeline.extract.segment_types import Segment, Sentences
from pipeline.extract.sentence_texts import evidence, span_text
from pipeline.lang.titles import load_lexicon
from pipeline.nlp.models import RoleParser
from pipeline.schemas import ROLE_CANDIDATES


def _role_dicts(
    hit, segs: list[Segment], base: dict, common: dict | None = None
) -> list[dict]:
    """One row per title of the hit's title phrase (or one untitled / fixed-title
    row).
    """
    person = segs[hit.slots["person"]]
    org = segs[hit.slots["org"]] if "org" in hit.slots else None
    if common is not None:
        org = None  # rows for an organisation already chosen (its alias)
    else:
        loose = hit.rule.loose_person
        common = {
            **base,
            "person_text": person.text,
            "person_link": "" if loose else person.link,
            "org_text": org.text if org else "",
            "org_link": org.link if org else "",
            "rule_id": hit.rule.id,
            "country": "",
        }
    if org is not None and org.alias:
        # "CEO of Acme Holdings (AH)": the same role is also read at the acronym.
        alias = {**common, "org_text": org.alias[0], "org_link": org.alias[1]}
        return [
            *_role_dicts(hit, segs, base, common),
            *_role_dicts(hit, segs, base, alias),
        ]
    slot = (
        "title"
        if "title" in hit.slots
        else "title_of"
        if "title_of" in hit.slots
        else None
    )
    if slot is not None:
        titles = segs[hit.slots[slot]].titles
        if org is not None and nominator(segs, hit, titles):
            common = {**common, "org_text": "", "org_link": ""}
        pairs = [(common, t) for t in titles]
        first = respective_first(
            segs, hit.slots["person"], hit.slots[slot], len(titles)
        )
        if first is not None:
            # "A and B, the chairman and ranking member": one title each
            other = segs[first]
            mate = {**common, "person_text": other.text}
            # a loose person has no link, nor then has the mate
            mate["person_link"] = common["person_link"] and other.link
            pairs = [(mate, titles[0]), (common, titles[1])]
        return [with_title(row, t, hit.rule.qualifier) for row, t in pairs]
    fixed = hit.rule.title or ""
    return [
        {**common, "title": fixed, "title_raw": "", "qualifier": hit.rule.qualifier}
    ]


def _segment_candidates(
    doc: Doc,
    sentences: Sentences,
    article_id: str,
    field: str,
    segments: dict[int, list[Segment]],
    lowers: list[int],
    matched: dict[int, list],
) -> list[dict]:
    """Role candidates of the segment rules, sentence by sentence; the segments
    of each sentence with two organisations are kept in `segments` by sentence
    index for the relations, and the rules' matches over them in `matched` for
    the parse rows' continuations. `lowers`: the Doc's LOWER ids."""
    out: list[dict] = []
    sents = None
    starts = title_start_ids(load_lexicon().first_words)
    loose = loose_rule_needs(ROLES_JSONL)
    for k, sent, ents in sentences:
        labels = [e.label_ for e in ents]
        with_person = "PERSON" in labels
        orgs = labels.count("ORG")
        if not with_person and not (orgs and loose_sentence(sent, ents)):
            continue
        if orgs == 1:  # (an ORG counts twice when the segmenter splits it)
            orgs = count_label(ents, "ORG", lowers)
        # Every rule needs a title or an organisation: a title phrase starts with
        # one of the lexicon's first words, an organisation is an ORG entity.
        # Without a person only the loose-person rules read the sentence.
        words = lowers[sent.start : sent.end]
        if with_person:
            readable = orgs or not starts.isdisjoint(words)
        else:
            readable = loose_readable(loose, words)
        if not readable and orgs < 2:
            continue
        segs = sentence_segments(sent, ents)
        if orgs >= 2:  # what the relations read
            segments[k] = list(segs)  # a copy: an organisation from context is appended
        if not readable or not any(s.tag in ("TITLE", "ORG") for s in segs):
            continue
        hits = match_rules(segs, ROLES_JSONL)
        if orgs >= 2:
            matched[k] = hits  # (read, not changed: `role_tails.continued_rows`)
        hits = [
            h
            for h in hits
            if (not h.rule.loose_person or loose_subject_ok(segs, h, doc))
            and not ("org" in h.slots and h.rule.refuses_org(segs[h.slots["org"]].text))
            and not org_before_country_title(segs, h.slots, doc)
            and not describing_name(segs, h.slots.get("org"))
        ]
        if not with_person:
            hits = [h for h in hits if h.rule.loose_person]
        if any(h.rule.org_from for h in hits):
            sents = sents if sents is not None else list(doc.sents)
            hits = context_org_hits(segs, hits, sents[k - 1] if k > 0 else None)
        kept = resolve_role_hits(segs, hits)
        if not kept:
            continue  # the evidence text is built only for a sentence with a role
        base = {
            "article_id": article_id,
            "field": field,
            "sentence_index": k,
            "evidence": evidence(sent),
            "source": "segments",
        }
        first = len(out)  # the sentence's rows so far, for `title_from`
        for hit in sorted(kept, key=lambda h: (h.start, h.end, h.rule.rank)):
            rows = _role_dicts(hit, segs, base)
            if hit.rule.title_from:
                rows = earlier_titles(rows, out[first:])
            out.extend({**row, "rank": hit.rule.rank} for row in rows)
    return out


@dataclass
class RolePlan:
    """A Doc's role candidates before the parse: the segment rules' rows and the
    sentences the role parser must read (`plan_roles`, `finish_roles`)."""

    doc: Doc
    sentences: Sentences
    cands: list[dict]
    todo: list[tuple]
    base: Callable[[int, Span], dict]
    segments: dict[int, list[Segment]]
    lowers: list[int]  # the Doc's LOWER ids, read once for every word test
    matched: dict[int, list]  # the segment rules' matches over `segments`

    @property
    def texts(self) -> list[str]:
        """The texts to parse, in order."""
        return [span_text(sent) for _, sent, _, _ in self.todo]


def plan_roles(doc: Doc, article_id: str, field: str) -> RolePlan:
    """The segment rules' role candidates of `doc` and the sentences left for the
    parse rules (`dep_sentences.select_sentences`)."""
    sentences = sentences_with_ents(doc)
    segments: dict[int, list[Segment]] = {}
    # The words as LOWER ids, read once for the word tests of every sentence: they
    # then build no Token.
    lowers = doc.to_array(LOWER).tolist()
    matched: dict[int, list] = {}
    cands = _segment_candidates(
        doc, sentences, article_id, field, segments, lowers, matched
    )

    def base(k, sent):
        return {
            "article_id": article_id,
            "field": field,
            "sentence_index": k,
            "evidence": evidence(sent),
            "source": "parse",
        }

    # An untitled reading, or one whose title the rule gave and no word wrote
    # ("Founder" of "founded"), leaves its pair open when the sentence holds a
    # title word: the parse may read the title ("joined Acme in 1990 and became
    # its chief economist", "founded Acme, where he served as president").
    words = title_words()
    untitled = {
        c["sentence_index"] for c in cands if c["org_text"] and not c["title_raw"]
    }
    titled = {
        k
        for k, sent, _ in sentences
        if k in untitled and any(t.lower_ in words for t in sent)
    }
    linked = frozenset(
        (c["sentence_index"], c["person_text"], c["org_text"])
        for c in cands
        if c["org_text"] and (c["title_raw"] or c["sentence_index"] not in titled)
    )
    todo = select_sentences(
        [(k, sent) for k, sent, _ in sentences],
        linked,
        base,
        [ents for *_, ents in sentences],
        lowers,
    )
    return RolePlan(doc, sentences, cands, todo, base, segments, lowers, matched)


def finish_roles(
    plan: RolePlan, parsed: Iterable[Doc], parser: RoleParser
) -> list[dict]:
    """The role candidate rows of a plan, given the role parser's Docs of its
    `texts` (in order): see `role_rows`."""
    ranks = rule_ranks()
    cands = list(plan.cands)
    rows = rows_from_parses(plan.todo, parsed, plan.base, parser)
    tails = continued_rows(rows, plan.segments, ROLES_JSONL, plan.matched)
    for row in rows + tails:
        cands.append({**row, "rank": ranks[row["rule_id"].split("+")[0]]})
    return [
        {c: row.get(c, "") for c in ROLE_CANDIDATES.names}
        for row in with_parents(plan.doc, plan.sentences, resolve(cands))
    ]


def role_rows(doc: Doc, article_id: str, field: str, parser: RoleParser) -> list[dict]:
    """Role candidates in `doc`: see schemas.ROLE_CANDIDATES. `parser` is the role
    parser built with the annotation pipeline (`pipeline.nlp.Annotator.parser`).

    One row per (person, title, organisation) reading that a rule of the role
    grammar finds in a sentence, segment rules and parse rules alike, resolved
    by rank (pipeline.extract.role_resolve); coordinated titles give one row
    each; `title` is "" for an affiliation without a title ("Jane Doe joined
    Acme"). Rows are in text order and unique per sentence. Callers that parse
    several Docs' sentences in one batch use `plan_roles` and `finish_roles`.
    """
    plan = plan_roles(doc, article_id, field)
    parsed = parser.pipe(plan.texts) if plan.todo else iter(())
    return finish_roles(plan, parsed, parser)
