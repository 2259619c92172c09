"""spaCy matchers made faster, with the same matches.

- `speed_up`: stand-ins for a Matcher's Python predicates ("IN", "NOT_IN",
  "REGEX" conditions). The Matcher tests such a condition by calling a Python
  object per token (the answer is cached per token, but a condition on a
  pattern's first element is asked at every token of every Doc: the entity
  patterns ask 13 per token). spaCy's own objects re-check their operator,
  flags and value type on every call; a stand-in reads the token attribute and
  tests it, the test spaCy's object makes for these attributes. Predicates of
  any other kind (extension attributes, fuzzy or regex sets, MORPH, other
  attributes) stay as they are.
- `lexeme_flags`: the set and regex tests on a word's own text ("LOWER" IN,
  NOT_IN, REGEX; "ORTH"/"TEXT" alike) that a pattern asks at its first
  element, hence at every token, become lexeme flags (`Vocab.add_flag`): the
  Matcher reads a flag in C, and the test runs once per distinct word instead
  of once per token (3.5 of the entity patterns' 4 million Python calls per
  300 news articles).
- `node_matcher.SharedNodeMatcher` (its own module) shares the node patterns
  of a DependencyMatcher.
"""

from __future__ import annotations

import json
import operator
import re

from spacy.attrs import DEP, ENT_TYPE, LOWER, ORTH, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.matcher.matcher import _RegexPredicate, _SetPredicate
from spacy.pipeline import SpanRuler
from spacy.vocab import Vocab

from pipeline.nlp.triggered import TriggeredMatcher

# Attribute id -> the Token attribute with the id the Matcher reads, and its string
_IDS = {ORTH: "orth", LOWER: "lower", ENT_TYPE: "ent_type", DEP: "dep", TAG: "tag"}
_STRINGS = {ORTH: "orth_", LOWER: "lower_"}


def _stand_in(pred):
    """A plain function answering as `pred` does, or None when `pred` is of a kind
    left alone. It keeps the `i` and `key` that Matcher.add reads to share
    predicates."""
    if (
        type(pred) is _SetPredicate
        and pred.predicate in ("IN", "NOT_IN")
        and pred.attr in _IDS
        and not (pred.is_extension or pred.regex or pred.fuzzy is not None)
    ):
        get, values = operator.attrgetter(_IDS[pred.attr]), frozenset(pred.value)
        if pred.predicate == "IN":

            def test(token):
                return get(token) in values
        else:

            def test(token):
                return get(token) not in values
    elif (
        type(pred) is _RegexPredicate
        and pred.attr in _STRINGS
        and not pred.is_extension
    ):
        get, search = operator.attrgetter(_STRINGS[pred.attr]), pred.value.search

        def test(token):
            return search(get(token)) is not None
    else:
        return None
    test.i, test.key = pred.i, pred.key
    return test


def speed_up(matcher: Matcher | DependencyMatcher) -> None:
    """Replace the matcher's predicates by stand-ins, in place (call it after the
    patterns are added; later additions still work, with spaCy's own objects)."""
    if isinstance(matcher, DependencyMatcher):
        matcher = matcher._matcher  # the token Matcher holding every node pattern
    preds = matcher._extra_predicates
    preds[:] = [_stand_in(p) or p for p in preds]


# Matcher keys whose value is a function of the word alone, and that function.
_WORD_ATTRS = {"LOWER": str.lower, "ORTH": str, "TEXT": str}
_FLAG_BITS = 64  # a lexeme's flags are one 64-bit field


def _flag_getter(text_of, op: str, value):
    """The flag function of one test: str -> bool, as spaCy's predicate answers."""
    if op == "REGEX":
        search = re.compile(value).search

        def getter(word: str) -> bool:
            return search(text_of(word)) is not None
    else:
        values = frozenset(value)

        def getter(word: str) -> bool:
            return text_of(word) in values

    return getter


def _leading(pattern: list[dict]) -> int:
    """How many elements of a token pattern can be its first matched element (the
    first, and each one after an optional element)."""
    n = 0
    for spec in pattern:
        n += 1
        if spec.get("OP") not in ("?", "*"):
            break
    return n


def lexeme_flags(patterns: list[dict], vocab: Vocab) -> list[dict]:
    """The SpanRuler pattern dicts with each word test of a leading element turned
    into a lexeme flag of `vocab` (see module doc), as long as free flag bits
    last; tests past them stay as they are. Matches are the same. A flag key
    is no name spaCy's pattern schema knows: validate the originals.
    """
    flags: dict[tuple, int] = {}
    out = []
    for pat in patterns:
        tokens = pat.get("pattern")
        if not isinstance(tokens, list):
            out.append(pat)
            continue
        tokens = [dict(spec) for spec in tokens]
        for spec in tokens[: _leading(tokens)]:
            for key, test in list(spec.items()):
                attr = key.upper() if isinstance(key, str) else None
                if attr not in _WORD_ATTRS or not isinstance(test, dict):
                    continue
                if set(test) == {"IN", "NOT_IN"}:
                    # A word list less some of its words ("@portfolio_words" but not
                    # "labour"): one flag for the difference.
                    op, value = "IN", sorted(set(test["IN"]) - set(test["NOT_IN"]))
                elif len(test) == 1 and next(iter(test)) in ("IN", "NOT_IN", "REGEX"):
                    op, value = next(iter(test.items()))
                else:
                    continue
                if op != "REGEX" and not all(isinstance(v, str) for v in value):
                    continue
                sig = (attr, "IN" if op == "NOT_IN" else op, json.dumps(value))
                if sig not in flags:
                    free = [
                        b
                        for b in range(1, _FLAG_BITS)
                        if b not in vocab.lex_attr_getters
                    ]
                    if not free:
                        continue
                    getter = _flag_getter(_WORD_ATTRS[attr], sig[1], value)
                    flags[sig] = vocab.add_flag(getter, free[0])
                del spec[key]
                spec[flags[sig]] = op != "NOT_IN"
        out.append({**pat, "pattern": tokens})
    return out


def flag_ruler(ruler: SpanRuler) -> None:
    """Give a SpanRuler a token matcher of its patterns with lexeme flags
    (`lexeme_flags`) and stand-ins (`speed_up`), each key tried only within
    reach of its trigger words (`triggered`), in place.

    The ruler keeps its own patterns, so it saves and loads as spaCy's does (a
    loaded copy matches the same, without the flags). Patterns keep the
    ruler's keys; the ruler makes a sorted set of the matches, so their order
    does not matter.
    """
    keyed: dict[str, tuple[list, list]] = {}
    for entry, written in zip(
        lexeme_flags(ruler.patterns, ruler.nlp.vocab), ruler.patterns
    ):
        if isinstance(entry["pattern"], list):
            key = repr((entry["label"], entry.get("id", "")))
            keyed.setdefault(key, ([], []))
            keyed[key][0].append(entry["pattern"])
            keyed[key][1].append(written["pattern"])
    fast = TriggeredMatcher(ruler.nlp.vocab)  # flag keys: validated before
    for key, (patterns, written) in keyed.items():
        fast.add(key, patterns, written)
    for matcher in fast.matchers():
        speed_up(matcher)
    ruler.matcher = fast


# The phrase attributes a tokenizer alone sets: a ruler matching on one of them
# needs no component run over its pattern texts.
_TOKEN_ONLY_ATTRS = ("ORTH", "TEXT", "LOWER", "NORM")


def add_ruler_patterns(ruler: SpanRuler, patterns: list[dict]) -> None:
    """Add `patterns` to a SpanRuler of a pipeline, its phrase patterns made by the
    tokenizer alone when the ruler matches phrases on a word attribute.

    SpanRuler makes each phrase pattern's Doc with every enabled component before
    it, the model's `ner` included: about a second of every start for the entity
    and date patterns, for annotations a LOWER phrase matcher never reads.
    """
    nlp = ruler.nlp
    attr = ruler.phrase_matcher_attr
    if attr is not None and str(attr).upper() not in _TOKEN_ONLY_ATTRS:
        ruler.add_patterns(patterns)
        return
    others = [n for n in nlp.pipe_names if nlp.get_pipe(n) is not ruler]
    with nlp.select_pipes(disable=others):
        ruler.add_patterns(patterns)
