"""Faster stand-ins for the Python predicates of a spaCy Matcher ("IN", "NOT_IN",
"REGEX" conditions), computing the same answers.

The Matcher tests such a condition by calling a Python object per token (the
answer is cached per token, but a condition on a pattern's first element is
asked at every token of every Doc: the entity patterns ask 13 per token).
spaCy's own objects re-check their operator, flags and value type on every
call; a stand-in reads the token attribute and tests it, the test spaCy's
object makes for these attributes. Predicates of any other kind (extension
attributes, fuzzy or regex sets, MORPH, other attributes) stay as they are.
"""

from __future__ import annotations

import operator

from spacy.attrs import DEP, ENT_TYPE, LOWER, ORTH, TAG
from spacy.matcher import DependencyMatcher, Matcher
from spacy.matcher.matcher import _RegexPredicate, _SetPredicate

# Attribute id -> the Token attribute holding the id the Matcher reads
# (spacy.tokens.doc.get_token_attr_for_matcher) and its string.
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
