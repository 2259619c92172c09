"""The role grammar: one loader and validator for every role and relation rule.

A rule file (pipeline/patterns/roles/roles.jsonl, relations.jsonl) holds one
JSON object a line. Every rule has an `id` (namespace `role:` or `rel:`), an
`over` saying what it reads and a `pattern`; an optional `note` gives an
invented example. What a rule may do is said by its fields, never by its id:

over "segments": a spaCy Matcher token pattern over a sentence's segment
sequence (pipeline.extract.segments). Slots are named on the pattern element
that fills them, `{"slot": "person", "TAG": "PERSON"}`, so inserting an element
never shifts them. Role slots: `person`, `title`, `org`; `title_of` (a title
another person holds, read without taking it: "succeeding Richard Roe");
`org_cue` (where an organisation named elsewhere is meant: "its", "led by").
Relation slots: `child`, `parent`. Fields:

- `org`: "context" | "context_here" | "context_near": the organisation is the
  one the `org_cue` refers to (pipeline.extract.role_context says which);
- `person`: "loose": the person may be a capitalised subject the model left
  untagged or mistagged (trusted only as the sentence's first word);
- `title`: a fixed title the pattern implies ("heads" -> "Head"; "" for an
  affiliation without a title); `qualifier`: a qualifier it implies ("former");
  `title_from`: "earlier": the title is that of the nearest titled person
  before it in the sentence ("his Russian counterpart X"), else no row;
- `attach`: "previous": a continuation adding a role to the person of the role
  ending where it starts ("..., and chair of B");
- `followed_by` / `not_followed_by`: a one-segment lookahead the Matcher lacks
  (`followed_by` may name END: the end of the sentence, closing punctuation
  aside; `not_followed_by` lists sequences of tags or lower-case words);
  `not_preceded_by`: sequences of tags or lower-case words that may not
  end right before the match (a lookbehind);
- `org_kind`: "not_place": the organisation may not be a known place or a
  street (the model's ORG for a hometown or an address: "Sen. Jane Doe of
  Kalispell"; a university named by its town, "of Princeton", is lost to such
  a rule); a parse rule may say so too; "country": only a country, which
  becomes the row's country ("King Abdullah of Jordan"); "party": only a
  political party, named by a word of lexicon party_heads at its end
  ("Sturgeon's Scottish National Party"); "body": neither a place nor a party
  ("Professor Jane Doe of Acme", not "Senator Jane Doe of the Unity Party");
- `child`: "unit" (relations): the child's name must hold an organisational unit
  word (lexicon org_units).

over "parse": a spaCy DependencyMatcher pattern over the role parser's parse of
the sentence; its nodes are named by `RIGHT_ID`, and the names `person`,
`title`, `org` are the slots. `kind` says which slots it binds: person_title,
title_org (joined with a person_title match on the title token), person_org
(an affiliation without title), person_title_org. `qualifier` as above;
`person`: "loose": the person may also be the one-word subject a sentence
naming nobody opens with (pipeline.extract.dep_sentences.loose_subject), only
for kinds with a title, and only when it holds a title. `org`: "fallback"
(title_org only): the organisation is the title's only when no other rule
gives the title one ("Acme said Jane Doe was named CFO", but not "... named
CFO of Beta").

over "path": the dependency path from an organisation up to a person's verb or
name (pipeline.extract.dep_paths), for shapes no parse rule spells out. The
pattern is one object: `CLIMB` the edges the path may climb, `MAX_EDGES` its
length, `NOT_THROUGH` words it may not pass ("declined to join X"). Kind
person_title_org reads a title said of the person (`SAID_BY`: "as"; "to" after a
verb of `SAID_TO`) that the organisation hangs on (`ORG_BY`: "of", "at"); kind
person_org reads a verb the organisation is the object of (`OBJECT_OF`), or of a
preposition (`WORKS`) after a verb (`WORK_AT`), or the person's own job (`JOBS`
owned by `OWNERS`, the object of `JOB_VERBS`).

Word lists come from the lexicon registry by name ("@org_heads"). What each
kind of rule may hold is checked by pipeline.extract.role_rule_checks. Rules
rank in file order: the resolver (pipeline.extract.role_resolve) prefers the
reading of the earlier rule.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from pipeline.extract.role_rule_checks import check_rule
from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl, lower_set
from pipeline.lang.places import place_kind

ROLES_JSONL = PATTERNS_DIR / "roles" / "roles.jsonl"
RELATIONS_JSONL = PATTERNS_DIR / "roles" / "relations.jsonl"

PLACELESS_KINDS = ("not_place", "body")  # the org_kinds that refuse a known place


class GrammarError(ValueError):
    """A rule that the grammar does not allow; the message names file and line."""


@dataclass(frozen=True)
class Rule:
    """One rule line: id, rank (line order), what it reads and what it may do.

    `slots` maps each slot name to its pattern element (segments) or node name
    (parse); `pattern` is the pattern as spaCy takes it (slot keys removed).
    """

    id: str
    rank: int
    over: str
    pattern: tuple
    slots: dict
    title: str | None = None
    qualifier: str = ""
    attach: bool = False
    followed_by: tuple[str, ...] = ()
    not_followed_by: tuple[tuple[str, ...], ...] = ()
    not_preceded_by: tuple[tuple[str, ...], ...] = ()
    loose_person: bool = False
    org_from: str = ""
    org_kind: str = ""
    child_unit: bool = False
    plural_title: bool = False  # the title slot must be written in the plural
    title_from: str = ""
    kind: str = ""
    line: int = 0

    def refuses_org(self, name: str) -> bool:
        """True when the rule takes no place (`PLACELESS_KINDS`) and `name` is a
        known place or a street ("Jane Doe, of Spa Crescent, Salford": lexicon
        street_words), or no party either and `name` is one; or when it takes only
        a country or a party and `name` is none."""
        if self.org_kind == "country":
            return not country_code(name)
        last = name.rsplit(None, 1)[-1].lower() if name.strip() else ""
        party = last in lower_set("party_heads")
        if self.org_kind == "party":
            return not party
        return self.org_kind in PLACELESS_KINDS and (
            (party and self.org_kind == "body")
            or bool(place_kind(name))
            or last in lower_set("street_words")
        )


def _rule(raw: dict, rank: int, line: int) -> Rule:
    if raw["over"] == "path":
        return Rule(
            raw["id"], rank, "path", tuple(raw["pattern"]), {}, kind=raw["kind"],
            line=line,
        )  # fmt: skip
    if raw["over"] == "parse":
        names = [n["RIGHT_ID"] for n in raw["pattern"]]
        slots = {n: n for n in names if n in ("person", "title", "org")}
        return Rule(
            raw["id"], rank, "parse", tuple(raw["pattern"]), slots,
            qualifier=raw.get("qualifier", ""), kind=raw["kind"], line=line,
            title=raw.get("title"),
            loose_person=raw.get("person") == "loose", org_from=raw.get("org", ""),
            org_kind=raw.get("org_kind", ""),
        )  # fmt: skip
    pattern = tuple({k: v for k, v in e.items() if k != "slot"} for e in raw["pattern"])
    slots = {e["slot"]: i for i, e in enumerate(raw["pattern"]) if "slot" in e}
    return Rule(
        raw["id"], rank, "segments", pattern, slots,
        title=raw.get("title"),
        qualifier=raw.get("qualifier", ""),
        attach=raw.get("attach") == "previous",
        followed_by=tuple(raw.get("followed_by", ())),
        not_followed_by=tuple(tuple(s) for s in raw.get("not_followed_by", ())),
        not_preceded_by=tuple(tuple(s) for s in raw.get("not_preceded_by", ())),
        loose_person=raw.get("person") == "loose",
        org_from=raw.get("org", ""),
        org_kind=raw.get("org_kind", ""),
        child_unit=raw.get("child") == "unit",
        plural_title=raw.get("title_number") == "plural",
        title_from=raw.get("title_from", ""), line=line,
    )  # fmt: skip


@functools.lru_cache(maxsize=8)
def load_rules(path: Path, over: str | None = None) -> tuple[Rule, ...]:
    """Every rule of a rule file (or those reading `over`), validated, lexicons
    substituted, ranked by line; GrammarError naming the line of a bad rule."""
    rules: list[Rule] = []
    for line, raw in load_jsonl(path):
        problems = check_rule(raw)
        if problems:
            raise GrammarError(f"{path}:{line}: {'; '.join(problems)}")
        rules.append(_rule(raw, len(rules), line))
    return tuple(r for r in rules if over is None or r.over == over)


@functools.cache
def rule_ranks(path: Path = ROLES_JSONL) -> dict[str, int]:
    """Rule id -> rank of its first line in a rule file."""
    ranks: dict[str, int] = {}
    for rule in load_rules(path):
        ranks.setdefault(rule.id, rule.rank)
    return ranks
