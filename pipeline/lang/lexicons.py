"""The lexicon registry: every word list is a CSV file under
pipeline/patterns/lexicons/.

A lexicon is a CSV with a header row and one word or phrase a row in its key
column (`word` or `variant` when present, else the first column); further
columns carry data about the entry (a title's canonical form, a word's class).
Code reads a lexicon by name through `words` (the key column) or `rows` (every
column); rule files name it instead of listing its words:

- in a token pattern, `{"LOWER": {"IN": "@org_heads"}}` takes the lexicon's
  words; a list may mix names and words, `{"NOT_IN": ["@org_heads", "club"]}`,
  and gets the union;
- a whole pattern `"pattern": "@job_titles"` stands for one phrase pattern per
  word (same label and id).

Some lexicons are derived rather than listed: their words are computed from
other lexicons by a function registered in `DERIVED` (the job titles that are
no names, from title heads and modifiers). `expand` does the substitution;
`load_jsonl` reads a rule file with it. ValueError names the file and line of an
unknown lexicon.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

PATTERNS_DIR = Path(__file__).resolve().parents[1] / "patterns"
LEXICONS_DIR = PATTERNS_DIR / "lexicons"
KEY_COLUMNS = ("word", "variant")


class LexiconError(ValueError):
    """A lexicon is missing or malformed, or a rule names one that does not exist."""


def lexicon_path(name: str) -> Path:
    """The CSV file of lexicon `name`."""
    return LEXICONS_DIR / f"{name}.csv"


def write_built(name: str, words: list[str]) -> int:
    """Write a lexicon built from a data package (`make lexicons`): `words` under the
    header `word`, replacing the file; say so on stderr. Returns 0, the build
    command's exit status."""
    path = lexicon_path(name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["word"])
        writer.writerows([w] for w in words)
    print(f"{path}: {len(words)} words", file=sys.stderr)
    return 0


def names() -> list[str]:
    """Every lexicon name: the CSV files of the registry, then the derived ones."""
    return sorted(p.stem for p in LEXICONS_DIR.glob("*.csv")) + sorted(DERIVED)


def key_column(header: list[str]) -> str:
    """The column holding a lexicon's entries: `word`, else `variant`, else the
    first."""
    return next((c for c in KEY_COLUMNS if c in header), header[0])


@functools.cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """Every row of lexicon `name` as a dict of stripped cells, in file order."""
    path = lexicon_path(name)
    if not path.is_file():
        raise LexiconError(f"no lexicon named {name!r} (looked for {path})")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames:
            raise LexiconError(f"{path}: empty file, expected a header row")
        return tuple(
            {k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in reader
        )


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The entries of lexicon `name` (its key column; derived lexicons computed),
    in order, blanks skipped."""
    if name in DERIVED:
        return tuple(DERIVED[name]())
    table = rows(name)
    if not table:
        return ()
    col = key_column(list(table[0]))
    return tuple(r[col] for r in table if r.get(col))


@functools.cache
def lower_set(name: str) -> frozenset[str]:
    """The lower-cased entries of lexicon `name`, for membership tests."""
    return frozenset(w.lower() for w in words(name))


def _ref(value: object) -> str | None:
    return value[1:] if isinstance(value, str) and value.startswith("@") else None


def _union(items: Iterable[object]) -> list[object]:
    out: list[object] = []
    for item in items:
        name = _ref(item)
        for w in words(name) if name else (item,):
            if w not in out:
                out.append(w)
    return out


def expand(obj: object) -> object:
    """`obj` (a token pattern, or part of one) with every "@name" in an IN/NOT_IN
    value replaced by the lexicon's words; other values are kept as they are."""
    if isinstance(obj, list):
        return [expand(x) for x in obj]
    if not isinstance(obj, dict):
        return obj
    out = {}
    for key, value in obj.items():
        if key in ("IN", "NOT_IN") and (_ref(value) or isinstance(value, list)):
            out[key] = _union([value] if _ref(value) else value)
        else:
            out[key] = expand(value)
    return out


def expand_rule(rule: dict) -> list[dict]:
    """One JSONL rule with its lexicons substituted; a phrase pattern "@name" becomes
    one rule per word of the lexicon."""
    if "pattern" not in rule:
        return [rule]
    name = _ref(rule["pattern"])
    if name:
        return [{**rule, "pattern": w} for w in words(name)]
    return [{**rule, "pattern": expand(rule["pattern"])}]


def load_jsonl(path: Path) -> list[tuple[int, dict]]:
    """(line number, rule) pairs of a JSONL rule file with lexicons substituted.

    Raises LexiconError naming file and line when a line is not JSON or names a
    lexicon that does not exist.
    """
    out = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rule = json.loads(line)
                out.extend((line_no, r) for r in expand_rule(rule))
            except (ValueError, LexiconError) as exc:
                raise LexiconError(f"{path}:{line_no}: {exc}") from exc
    return out


def referenced(obj: object) -> set[str]:
    """The lexicon names a rule (or any part of one) refers to."""
    if isinstance(obj, dict):
        return set().union(*(referenced(v) for v in obj.values())) if obj else set()
    if isinstance(obj, list):
        return set().union(*(referenced(v) for v in obj)) if obj else set()
    name = _ref(obj)
    return {name} if name else set()


def _job_titles() -> list[str]:
    """Job titles that are no names: each head alone, each modifier before each
    one-word head, the compound titles (lexicons job_title_heads,
    job_title_modifiers, job_title_compounds) and the multi-word titles of the
    title lexicon."""
    heads = words("job_title_heads")
    out = list(heads)
    for modifier in words("job_title_modifiers"):
        out += [f"{modifier} {h}" for h in heads if "-" not in h]
    # Titles of several words from the title lexicon ("Secretary of State"): a name
    # inside one ("State") is no name. One-word titles are left out: "Dean" and
    # "Major" are also first names and would be cut off a person's name.
    phrases = [w for w in words("titles") if " " in w]
    seen: set[str] = set()
    return [
        t
        for t in [*out, *words("job_title_compounds"), *phrases]
        if not (t.lower() in seen or seen.add(t.lower()))
    ]


def _org_alias_phrases() -> list[str]:
    """Names of two words or more in the organisation alias lexicon, either column
    ("State Duma", "Islamic State of Iraq and the Levant"): one-word ones ("IS",
    "Fed") are also plain words of lower-case text, which phrase rules match."""
    names = [v for r in rows("org_aliases") for v in (r["alias"], r["canonical"])]
    return list(dict.fromkeys(n for n in names if len(n.split()) >= 2))


DERIVED: dict[str, Callable[[], list[str]]] = {
    "job_titles": _job_titles,
    "org_alias_phrases": _org_alias_phrases,
}
