"""`make check-patterns`: the rule files and lexicons are well formed and every
pattern id has a positive and a negative test case.

Fails (exit 1, one line per problem) on: a top-level key a rule file does not
allow; a token attribute spaCy does not know; the same rule written twice; an id
used in two rule files; a lexicon named by a rule that does not exist; a lexicon
nothing uses; a blank or repeated entry in a lexicon; a pattern id without both a
positive and a negative case in the test case tables.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.matcher import DependencyMatcher, Matcher

from pipeline.extract import role_grammar
from pipeline.lang import lexicons

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
ENTITY_KEYS = {"label", "pattern", "id"}
# Allowed top-level keys per rule file (relative to pipeline/patterns).
ALLOWED_KEYS = {
    "orgs.jsonl": ENTITY_KEYS,
    "persons.jsonl": ENTITY_KEYS,
    "sports.jsonl": ENTITY_KEYS,
    "places.jsonl": ENTITY_KEYS,
    "non_entities.jsonl": ENTITY_KEYS,
    "dates.jsonl": ENTITY_KEYS | {"regex"},
    "boilerplate.jsonl": {"id", "regex", "needs", "starts", "credit"},
    "teams.jsonl": {"id", "pattern"},
}  # fmt: skip
# Role grammar files: keys, slots and fields are checked by the grammar itself
# (pipeline.extract.role_grammar.check_rule).
GRAMMAR_FILES = {"roles/roles.jsonl", "roles/relations.jsonl"}


def rule_files(patterns_dir: Path) -> dict[str, Path]:
    """Every JSONL rule file under `patterns_dir`, by its path relative to it."""
    return {
        p.relative_to(patterns_dir).as_posix(): p
        for p in sorted(patterns_dir.rglob("*.jsonl"))
    }


def check_rule_file(rel: str, path: Path, vocab) -> tuple[list[str], set[str]]:
    """Problems in one rule file and the ids it defines."""
    problems, ids, seen = [], set(), Counter()
    allowed = ALLOWED_KEYS.get(rel)
    if allowed is None and rel not in GRAMMAR_FILES:
        return [f"{rel}: a rule file the checker does not know"], ids
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{rel}:{line_no}"
        try:
            raw = json.loads(line)
        except ValueError as exc:
            problems.append(f"{where}: not JSON: {exc}")
            continue
        extra = set(raw) - allowed if allowed is not None else set()
        if extra:
            problems.append(f"{where}: unknown keys {sorted(extra)}")
        if rel in GRAMMAR_FILES:
            try:
                expanded = lexicons.expand_rule(raw)[0]
                problems += [f"{where}: {p}" for p in role_grammar.check_rule(expanded)]
            except (ValueError, lexicons.LexiconError):
                pass  # reported below as an unknown lexicon
        ids.add(str(raw.get("id", "")))
        seen[json.dumps(raw, sort_keys=True)] += 1
        for name in sorted(lexicons.referenced(raw) - set(lexicons.names())):
            problems.append(f"{where}: no lexicon named @{name}")
        problems += [f"{where}: {p}" for p in _validate(rel, raw, vocab)]
    problems += [
        f"{rel}: rule written {n} times: {r}" for r, n in seen.items() if n > 1
    ]
    return problems, ids


def _validate(rel: str, raw: dict, vocab) -> list[str]:
    """spaCy's own validation of a token or dependency pattern (after lexicons)."""
    if not isinstance(raw.get("pattern"), list) or raw.get("over") == "path":
        return []  # a phrase, a phrase lexicon, a regex or a path rule (the grammar's)
    try:
        pattern = lexicons.expand_rule(raw)[0]["pattern"]
    except (ValueError, lexicons.LexiconError) as exc:
        return [str(exc)]
    try:
        if raw.get("over") == "parse":
            DependencyMatcher(vocab, validate=True).add("x", [pattern])
        else:
            pattern = [{k: v for k, v in e.items() if k != "slot"} for e in pattern]
            Matcher(vocab, validate=True).add("x", [pattern])
    except (ValueError, KeyError) as exc:
        return [f"invalid pattern: {str(exc).splitlines()[0]}"]
    return []


def check_lexicons(lex_dir: Path, rule_paths: list[Path], code_dir: Path) -> list[str]:
    """Blank or repeated entries, and lexicons that no rule file or module names."""
    problems = []
    used: set[str] = set()
    for path in rule_paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                used |= lexicons.referenced(json.loads(line))
    code = "\n".join(p.read_text(encoding="utf-8") for p in code_dir.rglob("*.py"))
    for path in sorted(lex_dir.glob("*.csv")):
        name = path.stem
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            col = lexicons.key_column(list(reader.fieldnames or ["word"]))
            counts = Counter((r.get(col) or "").strip().lower() for r in reader)
        for value, n in sorted(counts.items()):
            if not value:
                problems.append(f"lexicons/{name}.csv: {n} row(s) with an empty {col}")
            elif n > 1:
                problems.append(f"lexicons/{name}.csv: {value!r} appears {n} times")
        if name not in used and not re.search(rf"[\"']@?{name}[\"']", code):
            problems.append(f"lexicons/{name}.csv: no rule file or module uses it")
    return problems


def case_ids() -> dict[str, set[str]]:
    """Pattern id -> {"pos", "neg"}: which kinds of test case the tables hold."""
    for sub in ("nlp", "extract", "lang"):
        sys.path.insert(0, str(TESTS / sub))
    from boilerplate_cases import BOILERPLATE_CASES
    from date_rule_cases import DATE_CASES
    from dep_role_cases import DEP_ROLE_CASES
    from entity_rule_cases import CASES
    from role_cases import RELATION_CASES, ROLE_CASES
    from team_cases import TEAM_CASES

    kinds: dict[str, set[str]] = defaultdict(set)
    for rid in [*CASES, *DATE_CASES, *BOILERPLATE_CASES, *TEAM_CASES]:
        kinds[rid] |= {"pos", "neg"}  # each entry holds one of each
    for rid, _, expected in [*ROLE_CASES, *RELATION_CASES, *DEP_ROLE_CASES]:
        kinds[rid].add("pos" if expected else "neg")
        if rid.startswith("role:tail"):
            # A continuation's near miss still has the main role's rows: every
            # case that pins a continuation's rows exactly counts as its negative.
            kinds[rid].add("neg")
    return kinds


def main() -> int:
    """Run every check on the package's rule files; print problems; 1 if any."""
    patterns_dir = lexicons.PATTERNS_DIR
    vocab = spacy.blank("en").vocab
    problems: list[str] = []
    owner: dict[str, str] = {}
    files = rule_files(patterns_dir)
    for rel, path in files.items():
        found, ids = check_rule_file(rel, path, vocab)
        problems += found
        for rid in ids:
            if rid in owner and owner[rid] != rel:
                problems.append(f"{rel}: id {rid!r} is also used in {owner[rid]}")
            owner.setdefault(rid, rel)
    problems += check_lexicons(
        lexicons.LEXICONS_DIR, list(files.values()), ROOT / "pipeline"
    )
    kinds = case_ids()
    for rid in sorted(owner):
        missing = {"pos", "neg"} - kinds.get(rid, set())
        if missing:
            problems.append(
                f"{owner[rid]}: id {rid!r} has no {'/'.join(sorted(missing))} case"
            )
    for p in problems:
        print(f"check-patterns: {p}")
    if not problems:
        print(
            f"check-patterns: {len(owner)} ids in {len(files)} rule files, "
            f"{len(lexicons.names())} lexicons: all good"
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
