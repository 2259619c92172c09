"""Date detection components: a span ruler for what the model misses, and an extent
fixer.

``add_date_components(nlp)`` appends two components after whatever is in the
pipeline:

* ``newsner_date_ruler`` - a spaCy SpanRuler with the phrase rules of
  ``pipeline/patterns/dates.jsonl`` (lexical only: the pipeline has no
  tagger or parser). Matches go to a scratch span group, not to ents, so
  that a rule never silently overwrites a person or an organisation.
* ``newsner_date_fixer`` - runs the file's regex rules (numeric dates,
  quarters, fiscal years, clock times) over the text, reshapes DATE/TIME entities to
  TIMEX3 extents
  (see :mod:`pipeline.lang.timex.extents`), adds rule matches that do not
  clash with existing entities, and empties the scratch span group so no
  spans outlive the component.

Entities added or reshaped by a rule carry the rule id in ``span.id_``.
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

import re
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl
from pipeline.lang.timex.extents import fix_extents
from pipeline.lang.timex.normalize import normalize_date
from pipeline.nlp.matching import add_ruler_patterns, speed_up
from pipeline.nlp.tokens import doc_text
from pipeline.settings import DATE_LABELS

PATTERNS = PATTERNS_DIR / "dates.jsonl"
SPANS_KEY = "newsner_date_rules"
# Labels a date rule may take over (the model often calls "1990s" or "Q3" a number or a
# LAW).
_YIELDING = DATE_LABELS | {"CARDINAL", "ORDINAL", "QUANTITY", "LAW", "PRODUCT", "MONEY"}
# Labels the model gives a holiday's own words: "Thanksgiving Day" an EVENT,
# "Easter" (one word, no clue around it) an organisation or a person.
_HOLIDAY_YIELDING = {"EVENT", "FAC", "ORG", "PERSON"}


def load_patterns(path: Path = PATTERNS) -> list[dict]:
    """Read the date rules: spaCy JSONL lines ``{"label", "id", "pattern"}`` plus
    ``{"label", "id", "regex"}``.

    Word rules are phrase patterns (matched on LOWER by a hash lookup, which
    costs next to nothing). Rules over digits and letters inside one token
    ("11/15/2024", "3Q24", "FY2025") are regular expressions over the text:
    the token Matcher evaluates every pattern at every token and made the
    ruler 6% of a run, a text regex is a C scan.
    """
    return [rule for _, rule in load_jsonl(path)]


class _Regexes(NamedTuple):
    """The compiled regex rules, and one pattern that finds where any of them can
    start (None when a rule has groups of its own, which a joined pattern would
    renumber)."""

    rules: list[tuple[re.Pattern, str, str]]
    starts: re.Pattern | None


def _compile(rules: list[dict]) -> _Regexes:
    # Boundaries keep a rule off the middle of a longer number or word.
    bodies = [rf"(?:{r['regex']})(?![\w/])" for r in rules]
    compiled = [
        (re.compile(rf"(?<![\w/]){b}"), r["label"], r["id"])
        for b, r in zip(bodies, rules)
    ]
    if not bodies or any(rx.groups for rx, _, _ in compiled):
        return _Regexes(compiled, None)
    # Each rule scanning the whole text on its own tried every position seven
    # times (0.35 s per 600 News articles); one zero-width scan finds the few
    # positions where some rule matches, and only there are the rules tried.
    try:
        starts = re.compile(rf"(?<![\w/])(?=(?:{'|'.join(bodies)}))")
    except re.error:  # e.g. a rule's own inline flags, allowed only at its start
        starts = None
    return _Regexes(compiled, starts)


class _TokenView:
    """Read-only list view of token texts or trailing spaces, built lazily (a full
    list per doc costs 2%).
    """

    def __init__(self, doc: Doc, attr: str):
        self.doc, self.attr = doc, attr

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [getattr(t, self.attr) for t in self.doc[i]]
        return getattr(self.doc[i], self.attr)


def _matches(text: str, regexes: _Regexes) -> list[list[re.Match]]:
    """Every rule's matches in `text`, as its own `finditer` would give them.

    Only at a position where the joined pattern matches can a rule match
    (its lookbehind sees the text before the position, as in a scan), and a
    rule is not tried again before the end of its last match, so the matches
    are the same, found from a few positions instead of all of them (no rule
    matches the empty string, which `finditer` would step over differently).
    """
    if regexes.starts is None:
        return [list(rx.finditer(text)) for rx, _, _ in regexes.rules]
    found: list[list[re.Match]] = [[] for _ in regexes.rules]
    free = [0] * len(regexes.rules)  # where each rule's last match ended
    for start in regexes.starts.finditer(text):
        p = start.start()
        for i, (rx, _, _) in enumerate(regexes.rules):
            if p >= free[i] and (m := rx.match(text, p)):
                found[i].append(m)
                free[i] = m.end()
    return found


def _regex_spans(doc: Doc, compiled: _Regexes) -> list[Span]:
    """Spans of the regex rules' matches in `doc`, rule by rule, each in text order;
    a match that does not fall on token boundaries gives none."""
    spans = []
    for (_, label, rid), matches in zip(
        compiled.rules, _matches(doc_text(doc), compiled)
    ):
        for m in matches:
            span = doc.char_span(m.start(), m.end(), label=label, span_id=rid)
            if span is not None:
                spans.append(span)
    return spans


@Language.factory("newsner_date_fixer", default_config={"spans_key": SPANS_KEY})
def make_date_fixer(nlp: Language, name: str, spans_key: str):
    """Factory for :class:`DateFixer` (its regex rules come from the pattern file)."""
    return DateFixer(spans_key, [r for r in load_patterns() if "regex" in r])


class DateFixer:
    """Give DATE/TIME entities TIMEX3 extents and add the ruler's date matches to
    ``doc.ents``.
    """

    def __init__(
        self, spans_key: str = SPANS_KEY, regex_rules: list[dict] | None = None
    ):
        self.spans_key = spans_key
        self.compiled = _compile(regex_rules or [])

    def __call__(self, doc: Doc) -> Doc:
        """Rewrite ``doc.ents``; non-date entities are kept unless a date rule takes
        over a number-like one.
        """
        rules = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        rules += _regex_spans(doc, self.compiled)
        if self.spans_key in doc.spans:
            del doc.spans[self.spans_key]
        current = doc.ents  # built anew from the tokens each time it is read
        others = [e for e in current if e.label_ not in DATE_LABELS]
        dates = [
            (e.start, e.end, e.label_, e.id_)
            for e in current
            if e.label_ in DATE_LABELS
        ]
        # Spans a rule may not go inside: dates (already found) and entities a date rule
        # does not override.
        taken = [
            (e.start, e.end)
            for e in current
            if e.label_ in DATE_LABELS or e.label_ not in _YIELDING
        ]
        # Longest rule matches first; a match inside an existing entity adds nothing.
        for r in sorted(rules, key=lambda s: (s.start - s.end, s.start)):
            if (
                r.id_.endswith("_ref")
                and r.end < len(doc)
                and doc[r.end].lower_ == "of"
            ):
                continue  # "the future of the company" is not a time
            if not normalize_date(r.text, None).value:
                # patterns match on token shape (fast); the grammar confirms ("A4"
                # is no quarter)
                continue
            clash = [e for e in others if e.start < r.end and r.start < e.end]
            # the model often calls a holiday an EVENT ("Thanksgiving Day"); within the
            # holiday's own words the date reading wins (TIMEX3 and OntoNotes both
            # make it a DATE)
            yields = [
                e
                for e in clash
                if e.label_ in _YIELDING
                or (
                    r.id_ == "date:holiday"
                    and e.label_ in _HOLIDAY_YIELDING
                    and r.start <= e.start
                    and e.end <= r.end
                )
            ]
            yielded = {(e.start, e.end) for e in yields}
            inside = any(
                a <= r.start and r.end <= b and (a, b) not in yielded for a, b in taken
            )
            if inside or len(yields) < len(clash):
                continue
            overlapping_dates = [d for d in dates if d[0] < r.end and r.start < d[1]]
            if any(not (r.start <= d[0] and d[1] <= r.end) for d in overlapping_dates):
                # a partial overlap with a model date: trust the model's extent
                continue
            others = [e for e in others if e not in clash]
            dates = [d for d in dates if d not in overlapping_dates]
            dates.append((r.start, r.end, r.label_, r.id_))
            taken = [(e.start, e.end) for e in others if e.label_ not in _YIELDING] + [
                (d[0], d[1]) for d in dates
            ]
        fixed = fix_extents(
            _TokenView(doc, "text"), _TokenView(doc, "whitespace_"), sorted(dates)
        )
        ents = [Span(doc, s, e, label=lab, span_id=rid) for s, e, lab, rid in fixed]
        # `doc.ents = ...` would copy every Span before passing it on to `set_ents`
        doc.set_ents(sorted(others + ents, key=lambda s: s.start))
        return doc


def add_date_components(nlp: Language) -> Language:
    """Add the date span ruler and the date extent fixer at the end of ``nlp``; returns
    ``nlp``.

    Idempotent: components already present are left as they are.
    """
    if "newsner_date_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe(
            "span_ruler",
            name="newsner_date_ruler",
            config={
                "spans_key": SPANS_KEY,
                "annotate_ents": False,
                "validate": True,
                "phrase_matcher_attr": "LOWER",
            },
        )
        add_ruler_patterns(ruler, [p for p in load_patterns() if "pattern" in p])
        speed_up(ruler.matcher)
    if "newsner_date_fixer" not in nlp.pipe_names:
        nlp.add_pipe("newsner_date_fixer", name="newsner_date_fixer")
    return nlp
