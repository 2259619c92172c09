"""What a token pattern needs and how far it can reach: the word lists its
required elements test, the most tokens it can match, and the flags that bound
its unbounded elements. `pipeline.nlp.triggered` reads these to try a pattern
only near the words it cannot match without (see its module doc).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

_WORD_KEYS = ("LOWER", "ORTH", "TEXT")
# The boolean token flags an unbounded element may be bounded by (`run_tests`).
_FLAGS = frozenset(
    ("IS_ALPHA", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE")
    + ("IS_STOP", "IS_DIGIT", "LIKE_NUM")
)
RunTest = tuple[tuple[str, bool], ...]  # the flags one unbounded element requires


def _required(spec: dict) -> bool:
    """Must a token pass this element for the pattern to match?"""
    op = spec.get("OP")
    if op is None or op == "+":
        return True
    if op.startswith("{"):  # "{n}", "{n,}", "{n,m}", "{,m}": required when n >= 1
        low = op[1:-1].split(",")[0]
        return low.strip().isdigit() and int(low) >= 1
    return False


def max_length(pattern: list[dict]) -> int | None:
    """The most tokens `pattern` can match, or None when there is no bound."""
    total = 0
    for spec in pattern:
        op = spec.get("OP") if isinstance(spec, dict) else None
        if op in ("+", "*"):
            return None
        if op and op.startswith("{"):
            high = op[1:-1].split(",")[-1].strip()
            if not high.isdigit():
                return None  # "{n,}"
            total += int(high)
        else:
            total += 1  # one token, also for "?" and "!"
    return total


def _unbounded(spec: dict) -> bool:
    """Can the element match any number of tokens?"""
    op = spec.get("OP")
    if op in ("+", "*"):
        return True
    return bool(op) and op.startswith("{") and not op[1:-1].split(",")[-1].strip()


def run_tests(pattern: list[dict]) -> tuple[int, tuple[RunTest, ...]] | None:
    """(the most tokens the bounded elements of `pattern` can match, the flag tests
    of its unbounded elements), or None when an unbounded element tests no flag.
    A token failing every one of those tests can only be matched by a bounded
    element. For a pattern without unbounded elements: (`max_length`, ())."""
    total, runs = 0, []
    for spec in pattern:
        if isinstance(spec, dict) and _unbounded(spec):
            test = tuple(
                sorted(
                    (k, v) for k, v in spec.items() if k in _FLAGS and type(v) is bool
                )
            )
            if not test:
                return None
            runs.append(test)
        else:
            total += max_length([spec]) or 0
    return total, tuple(runs)


def _words(spec: dict) -> set[str] | None:
    """The lower-case forms a token passing `spec` must have, or None when the
    element tests no word list (or negates one)."""
    found: set[str] | None = None
    for key in _WORD_KEYS:
        test = spec.get(key)
        if isinstance(test, str):
            words = {test.lower()}
        elif isinstance(test, dict) and set(test) <= {"IN", "NOT_IN"} and "IN" in test:
            if not all(isinstance(w, str) for w in test["IN"]):
                continue
            words = {w.lower() for w in test["IN"]}
        else:
            continue
        found = words if found is None else found & words
    return found


def _commonness(words: set[str]) -> int:
    """How often a sentence may hold one of `words`: stop words and punctuation
    weigh a thousand plain words."""
    return sum(1000 if w in STOP_WORDS or not w.isalnum() else 1 for w in words)


def required_words(pattern: list[dict]) -> list[set[str]]:
    """The word list of every required element of `pattern` that tests one: a
    match holds a word of each."""
    out = []
    for spec in pattern:
        if isinstance(spec, dict) and _required(spec):
            words = _words(spec)
            if words:
                out.append(words)
    return out


def trigger_words(pattern: list[dict]) -> set[str] | None:
    """The least common word list some required element of `pattern` tests (see
    module doc; the first of equally common ones), or None when no required
    element tests one."""
    return min(required_words(pattern), key=_commonness, default=None)
