"""Role and relation patterns (JSONL with ids) matched over sentence segments.

Each line of pipeline/patterns/roles/roles.jsonl is a spaCy Matcher token pattern
over the segment Doc (see pipeline.extract.segments) plus:

- `id`: the rule id written to roles.rule_id (namespace `role:`);
- `slots`: which pattern element is the person, the title, the organisation;
  a `ctx` (or `ctx_here`, `ctx_near`) slot instead of an organisation marks "its CEO",
  "led by CEO X", "under CEO X": roles.py picks the ORG meant (roles.context_org_hits);
- a `title_of` slot instead of `title` reads a title phrase another person holds
  without taking it ("named CEO of Acme, succeeding Richard Roe": Roe's title too);
- `title` (optional): a fixed title for patterns whose verb implies one
  ("heads" -> Head); "" marks an affiliation without a title;
- `qualifier` (optional): a qualifier the pattern implies ("left" -> former);
- `attach: "previous"` (optional): a continuation that adds a role to the
  person of the role ending exactly where it starts ("..., and chair of B");
- `followed_by` (optional): segment tags one of which must come right after
  the match (a one-segment lookahead the Matcher itself lacks);
- `not_followed_by` (optional): tag sequences none of which may start right
  after the match ("and Beta, CEO of ..." opens a new apposition, not a list).

Earlier lines win conflicts: one title phrase belongs to one person.
relations.jsonl has the same shape with slots child/parent and `child_unit`
(the child's name must contain an organisational-unit word from org_units.csv).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.matcher import Matcher

from pipeline.extract.segment_types import Segment, segment_doc, segment_vocab
from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl

ROLES_JSONL = PATTERNS_DIR / "roles" / "roles.jsonl"
RELATIONS_JSONL = PATTERNS_DIR / "roles" / "relations.jsonl"


@dataclass(frozen=True)
class Rule:
    """One pattern line: its id, rank (line order) and the non-pattern fields."""

    id: str
    rank: int
    slots: dict
    title: str | None = None
    qualifier: str = ""
    attach: bool = False
    child_unit: bool = False
    followed_by: tuple[str, ...] = ()
    not_followed_by: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Hit:
    """A rule matched on segments: slot name -> segment index, and the match's
    extent.
    """

    rule: Rule
    start: int
    end: int
    slots: dict


def load_rules(path: Path, namespace: str) -> tuple[list[Rule], list[list[dict]]]:
    """Rules and their token patterns from a JSONL file; ValueError naming the line
    on a bad one.
    """
    rules, patterns = [], []
    for line_no, obj in load_jsonl(path):
        try:
            rid, pattern, slots = obj["id"], obj["pattern"], obj["slots"]
        except KeyError as exc:
            raise ValueError(
                f"{path}:{line_no}: not a pattern line (need id, pattern, slots): {exc}"
            ) from exc
        if not rid.startswith(namespace) or not all(
            0 <= v < len(pattern) for v in slots.values()
        ):
            raise ValueError(
                f"{path}:{line_no}: id must start with {namespace!r} and slots "
                "index the pattern"
            )
        rules.append(
            Rule(
                rid,
                len(rules),
                slots,
                obj.get("title"),
                obj.get("qualifier", ""),
                obj.get("attach") == "previous",
                bool(obj.get("child_unit")),
                tuple(obj.get("followed_by", ())),
                tuple(tuple(seq) for seq in obj.get("not_followed_by", ())),
            )
        )
        patterns.append(pattern)
    return rules, patterns


@functools.lru_cache(maxsize=4)
def compiled(path: Path, namespace: str) -> tuple[Matcher, tuple[Rule, ...]]:
    """A Matcher over segment Docs holding every rule of `path` (key = rule rank),
    built once.
    """
    rules, patterns = load_rules(path, namespace)
    matcher = Matcher(segment_vocab(), validate=True)
    for rule, pattern in zip(rules, patterns):
        matcher.add(f"{rule.rank}", [pattern])
    return matcher, tuple(rules)


def match_rules(segs: list[Segment], path: Path, namespace: str) -> list[Hit]:
    """Every match of the rules in `path` over `segs`, with slots resolved to segment
    indices.
    """
    matcher, rules = compiled(path, namespace)
    doc = segment_doc(segs)
    hits = []
    for key, start, end, align in matcher(doc, with_alignments=True):
        rule = rules[int(doc.vocab.strings[key])]
        where = {}
        for offset, element in enumerate(align):
            for name, el in rule.slots.items():
                if el == element:
                    where[name] = start + offset
        if rule.followed_by and (
            end >= len(segs) or segs[end].tag not in rule.followed_by
        ):
            continue
        if any(
            [s.tag for s in segs[end : end + len(seq)]] == list(seq)
            for seq in rule.not_followed_by
        ):
            continue
        if len(where) == len(rule.slots):
            hits.append(Hit(rule, start, end, where))
    return hits


def _possessor(segs: list[Segment], hit: Hit, slot: str) -> bool:
    """True when the slot's organisation is followed by 's outside the match: it
    qualifies a later noun.
    """
    k = hit.slots.get(slot)
    return (
        k is not None
        and k + 1 < len(segs)
        and segs[k + 1].tag == "POSS"
        and k + 1 >= hit.end
    )


def resolve_role_hits(segs: list[Segment], hits: list[Hit]) -> list[Hit]:
    """Keep one reading per title phrase and per (person, organisation), then add
    continuations.

    Order of preference: a match with an organisation over one without, then
    the earlier rule id in the file (the variants of one id rank as its first
    line), then the longer match: "CEO of the toy company Acme" reads Acme, not
    the shorter "CEO of the toy". A title phrase goes
    to one person only; an untitled match is dropped when a titled one links
    the same person and organisation. Continuations (attach=previous) join
    the role ending where they start, repeatedly ("CEO of A, chair of B and C").
    """
    main = [h for h in hits if not h.rule.attach and not _possessor(segs, h, "org")]
    tails = [h for h in hits if h.rule.attach and not _possessor(segs, h, "org")]
    first = {}
    for h in sorted(main, key=lambda h: h.rule.rank):
        first.setdefault(h.rule.id, h.rule.rank)
    main.sort(
        key=lambda h: (
            "org" not in h.slots,
            first[h.rule.id],
            h.start - h.end,
            h.rule.rank,
        )
    )
    kept: list[Hit] = []
    titles_taken: set[int] = set()
    pairs: set[tuple] = set()
    for h in main:
        t = h.slots.get("title")
        if t is not None and t in titles_taken:
            continue
        key = (h.slots["person"], h.slots.get("org"), h.rule.title if t is None else t)
        if key in pairs or (
            t is None and (h.slots["person"], h.slots.get("org")) in pairs
        ):
            continue
        kept.append(h)
        pairs.update({key, (h.slots["person"], h.slots.get("org"))})
        if t is not None:
            titles_taken.add(t)
    ends = {h.end: h for h in kept}
    tails.sort(key=lambda h: (h.start, h.rule.rank, h.start - h.end))
    for tail in tails:
        prev = ends.get(tail.start)
        t = tail.slots.get("title")
        if prev is None or (t is not None and t in titles_taken):
            continue
        slots = {"person": prev.slots["person"], **tail.slots}
        if "title" not in tail.slots and "title" in prev.slots:
            slots["title"] = prev.slots["title"]
        if "org" not in tail.slots and "org" in prev.slots:
            slots["org"] = prev.slots["org"]  # a second title at the same organisation
        rule = prev.rule if "title" not in tail.slots else tail.rule
        joined = Hit(
            Rule(
                tail.rule.id,
                tail.rule.rank,
                rule.slots,
                rule.title,
                rule.qualifier,
                True,
            ),
            prev.start,
            tail.end,
            slots,
        )
        kept.append(joined)
        ends[tail.end] = joined
        if t is not None:
            titles_taken.add(t)
    return kept
