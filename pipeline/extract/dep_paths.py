"""Role candidates read off the dependency path from a person to an organisation,
for the shapes no parse rule spells out: the path rules of the role grammar
(roles.jsonl, `"over": "path"`).

A parse rule names every node between the person and the organisation; a
sentence that puts one more phrase between them ("served in various posts,
including as vice chairman of X"; "quit his job at X") falls through. A path
rule walks up from each organisation to the verb whose subject is a person, or
to a name itself ("X, now in her third year as CEO of Y, ..."), and keeps the
pair when the path climbs only the rule's edges (`CLIMB`: prepositions, objects,
verbs sharing the subject), at most `MAX_EDGES` of them, ends at no known place
(the recognizer's ORG for "from Raqqa"), passes no other person, no verb with a
subject or a person object of its own ("urged her to join X"), no word of
`NOT_THROUGH` ("declined to join X") and no negation, and carries the rule's
evidence:

- kind person_title_org (`role:path_title`): a title said of the person ("as" of
  `SAID_BY`, "to" after a verb of `SAID_TO`, the complement of a copula or of
  "named", in apposition to the person or to the copula's complement, or
  coordinated with one) that the organisation hangs on by a preposition of
  `ORG_BY`, directly or through other organisations ("vice chairman of the Board
  of Governors of X"); titles coordinated after it before the organisation
  share it ("president and CEO of X"); a plural title is someone else's;
- kind person_org (`role:path_verb`): the organisation is the object of a verb
  of `OBJECT_OF` (joining, leaving), or of a preposition of `WORKS` after a verb
  of `WORK_AT` or at the person's own job ("quit his job at X", "during her
  tenure at X": a word of `JOBS` owned by a pronoun of `OWNERS` that fits the
  name), and that verb is reached from the person's verb through verbs alone.

The first path rule in file order that reads a pair names the row; path rows
rank after every other rule (pipeline.extract.role_resolve; their source is
"parse", as the parse rules').
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Doc, Token

from pipeline.extract.dep_denials import denies
from pipeline.extract.dep_marks import plural_title
from pipeline.extract.dep_rules import entity_of, person_object, prep_of_conjunct
from pipeline.extract.role_grammar import ROLES_JSONL, load_rules
from pipeline.lang.gender import pronoun_fits
from pipeline.lang.places import place_kind
from pipeline.lang.titles import Title

VERBAL = frozenset({"conj", "xcomp", "pcomp", "prep"})


@functools.lru_cache(maxsize=2)
def load_path_rules(path: Path = ROLES_JSONL) -> tuple[tuple[str, str, dict], ...]:
    """(rule id, kind, spec) of the path rules in file order; each spec maps a key
    of the rule's pattern object to its number or its frozenset of words."""
    return tuple(
        (
            rule.id,
            rule.kind,
            {
                k: frozenset(v["IN"]) if isinstance(v, dict) else v
                for k, v in rule.pattern[0].items()
            },
        )
        for rule in load_rules(path, "path")
    )


def _climb(org: Token, verb: Token, spec: dict) -> list[Token] | None:
    """Tokens from the organisation's root up to `verb` (both included), or None
    when the path climbs an edge not in CLIMB or more than MAX_EDGES."""
    path = [org]
    tok = org
    while tok.i != verb.i:
        if (
            tok.dep_ not in spec["CLIMB"]
            or tok.head.i == tok.i
            or len(path) > spec["MAX_EDGES"]
        ):
            return None
        tok = tok.head
        path.append(tok)
    return path


def _phrase_root(tok: Token, title: Title) -> Token:
    """The syntactic head of a title phrase flagged on its last word ("Chairman"
    of "Vice Chairman of the Board")."""
    doc = tok.doc
    for start in range(tok.i, max(-1, tok.i - 12), -1):
        if doc[start : tok.i + 1].text == title.raw:
            return doc[start : tok.i + 1].root
    return tok


def _said(title: Token, spec: dict, titles: dict[int, Title]) -> bool:
    """The title says what the subject is: "as CEO" (SAID_BY), "promoted to CEO"
    (a verb of SAID_TO), "was CEO", "named CEO", "director of A and professor at
    B", "is a businessman, chairman of A" (in apposition to the person or to
    what the person is), "CEO of A and chairman of B" (the parser hangs the
    second title on A)."""
    while True:
        head = title.head
        if title.dep_ == "appos" and head.ent_type_:
            # Another person on the path blocks it before; an organisation's
            # apposition describes the organisation ("Acme, a leader in X").
            return head.ent_type_ == "PERSON"
        if title.dep_ in ("conj", "appos"):
            title = head
        elif (
            title.dep_ == "pobj"
            and title.ent_type_ == "ORG"
            and head.lower_ in spec["ORG_BY"]
            and head.head.i in titles
        ):
            title = head.head
        else:
            break
    if title.dep_ == "pobj":
        prep = title.head
        return prep.lower_ in spec["SAID_BY"] or (
            prep.lower_ == "to" and prep.head.lower_ in spec["SAID_TO"]
        )
    return title.dep_ in ("attr", "oprd")


def _title_of(path: list[Token], titles: dict[int, Title], spec: dict) -> Token | None:
    """The title the organisation hangs on by a preposition of ORG_BY, through
    other organisations only ("of the Board of Governors of X"); None unless it
    is said of the subject and singular."""
    for lo, mid, hi in zip(path[::2], path[1::2], path[2::2]):
        if lo.dep_ != "pobj" or mid.lower_ not in spec["ORG_BY"]:
            return None
        if hi.i in titles and titles[hi.i].title:
            if prep_of_conjunct({"title": hi, "prep": mid}):
                return None  # "a banker and friend of X": the friend's "of"
            root = _phrase_root(hi, titles[hi.i])
            # A plural title is others' ("met the directors of X").
            return hi if not plural_title(root) and _said(root, spec, titles) else None
        if hi.ent_type_ != "ORG":
            return None
    return None


def _own_job(tok: Token, name: str, spec: dict) -> bool:
    """ "his job", "her post": the subject's own job (a word of JOBS owned by a
    pronoun of OWNERS that fits the subject's name), the object of a verb of
    JOB_VERBS or of a preposition ("during her tenure at X")."""
    return (
        tok.lower_ in spec["JOBS"]
        and (tok.dep_ == "pobj" or tok.head.lower_ in spec["JOB_VERBS"])
        and any(
            c.dep_ == "poss"
            and c.lower_ in spec["OWNERS"]
            and pronoun_fits(c.lower_, name)
            for c in tok.children
        )
    )


def _verb_of(path: list[Token], name: str, spec: dict) -> bool:
    """The organisation is the object of a verb of OBJECT_OF, or of a preposition
    of WORKS after a verb of WORK_AT, or at the subject's own job ("quit his job
    at X"); and that verb is reached from the subject's verb through verbs
    alone."""
    org = path[0]
    if org.dep_ == "dobj" and path[1].lower_ in spec["OBJECT_OF"]:
        at = 1
    elif org.dep_ == "pobj" and len(path) > 2 and path[1].lower_ in spec["WORKS"]:
        word = path[2]
        at = 3 if _own_job(word, name, spec) else 2
        if at == 2 and not (
            word.lower_ in spec["WORK_AT"]
            or any(c.dep_ == "dobj" and _own_job(c, name, spec) for c in word.children)
        ):
            return False
    else:
        return False
    return at < len(path) and all(t.dep_ in VERBAL for t in path[at:-1])


def _blocked(path: list[Token], subj: Token, spec: dict, name: str) -> bool:
    """A verb on the path with a subject or a person object of its own, a word of
    NOT_THROUGH ("declined to join X") or a negation that denies ("never joined
    X"; "not only joined X" adds), as for the parse rules (`dep_denials.denies`);
    or a word on it owned by someone else (`_owned_by_another`)."""
    return any(t.lower_ in spec["NOT_THROUGH"] for t in path[1:]) or any(
        (c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != subj.i)
        or denies(c)
        or person_object(c, ("dobj", "dative"))
        or (c.dep_ == "poss" and _owned_by_another(c, subj, name))
        for t in path[1:]
        for c in t.children
    )


def _owned_by_another(owner: Token, subj: Token, name: str) -> bool:
    """The possessor of a word on the path is not the subject: another person
    ("praised Jane Roe's work as director of X") or a pronoun that does not fit
    the subject's name ("John Doe thanked the chair for her years as director
    of X"). The job such a word names is the possessor's."""
    if owner.ent_type_ == "PERSON":
        ent = entity_of(owner, "PERSON")
        return ent is not None and not ent.start <= subj.i < ent.end
    return not pronoun_fits(owner.lower_, name)


def _shared(title: int | None, org: Token, titles: dict[int, Title]) -> list:
    """The title and the titles coordinated after it, before the organisation:
    "president and CEO of X" gives both."""
    if title is None:
        return [None]
    doc = org.doc
    return [title] + [
        c.i
        for c in doc[title].conjuncts
        if title < c.i < org.i and c.i in titles and titles[c.i].title
    ]


def _read(path, titles, name, spec, kind) -> tuple[bool, int | None]:
    """(read, title token) of one path rule on one path."""
    if kind == "person_title_org":
        title = _title_of(path, titles, spec)
        return title is not None, title.i if title is not None else None
    return _verb_of(path, name, spec), None


def path_roles(
    doc: Doc,
    person_at: dict[int, int],
    titles: dict[int, Title],
    taken: set[tuple[int, int]],
    loose_at: int = -1,
) -> list[tuple[int, int | None, int, str]]:
    """(person token, title token or None, organisation token, rule id) of the
    pairs a path rule reads and no parse rule did (`taken`: (person,
    organisation token)); the first path rule in file order that reads a pair
    names it. The loose subject (`loose_at`) is read only as itself, not
    through "he"."""
    rules = load_path_rules()
    out = []
    # A known place the recognizer read as an organisation ("a journalist from
    # Raqqa") is left to the parse rules, which know a country's offices.
    orgs = [e.root for e in doc.ents if e.label_ == "ORG" and not place_kind(e.text)]
    # Where a path may end: the verb of a person subject, or a name itself ("X,
    # in his third year as CEO of Y, ...").
    anchors = [
        (subj.head, subj)
        for subj in doc
        if subj.i in person_at
        and subj.dep_ in ("nsubj", "nsubjpass")
        and subj.head.i != subj.i
    ] + [(e.root, e.root) for e in doc.ents if e.label_ == "PERSON"]
    for verb, subj in anchors:
        person = person_at.get(subj.i)
        if person is None or (person == loose_at and subj.i != loose_at):
            continue
        ent = entity_of(doc[person], "PERSON")
        name = ent.text if ent is not None else ""
        for org in orgs:
            if (person, org.i) in taken:
                continue
            for rule_id, kind, spec in rules:
                path = _climb(org, verb, spec)
                if (
                    path is None
                    or len(path) < 2
                    or any(t.i in person_at and person_at[t.i] != person for t in path)
                    or _blocked(path, subj, spec, name)
                ):
                    continue
                read, title = _read(path, titles, name, spec, kind)
                if read:
                    out.extend(
                        (person, t, org.i, rule_id) for t in _shared(title, org, titles)
                    )
                    break
    return out
