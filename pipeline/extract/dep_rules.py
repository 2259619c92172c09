"""The dependency role rules (patterns/roles/dep_roles.jsonl): loading them into a
DependencyMatcher for the role parser's vocabulary, the qualifiers of untitled
rules, and the cue words without which no rule can match."""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id

from pipeline.extract.dep_marks import (
    load_occupations,
)
from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl
from pipeline.lang.titles import load_lexicon
from pipeline.nlp.models import RoleParser

DEP_ROLES_JSONL = PATTERNS_DIR / "roles" / "dep_roles.jsonl"


KINDS = ("person_title", "title_org", "person_org", "person_title_org")


@functools.lru_cache(maxsize=2)
def rule_qualifiers(path: Path = DEP_ROLES_JSONL) -> dict[str, str]:
    """Rule id -> the qualifier its untitled rows carry ("left Acme": former);
    optional `qualifier` field.
    """
    rules = [rule for _, rule in load_jsonl(path)]
    return {r["id"]: r["qualifier"] for r in rules if r.get("qualifier")}


@functools.lru_cache(maxsize=2)
def load_dep_rules(
    parser: RoleParser, path: Path = DEP_ROLES_JSONL
) -> tuple[DependencyMatcher, dict]:
    """DependencyMatcher over the parser's vocab and {match key hash: (id, kind, node
    names, line, spread)}.

    Keyed by hash, not string: a key string added inside a memory zone is
    forgotten when the zone ends. ValueError on a bad line.
    """
    matcher = DependencyMatcher(parser.vocab)
    info: dict[int, tuple[str, str, tuple[str, ...], int, bool]] = {}
    for line_no, rule in load_jsonl(path):
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
    for _, rule in load_jsonl(path):
        # the other kinds need a title anyway
        for node in rule["pattern"] if rule["kind"] == "person_org" else []:
            if node["RIGHT_ID"] in ("verb", "cue"):
                words.update(node["RIGHT_ATTRS"].get("LOWER", {}).get("IN", []))
    return frozenset(words)
