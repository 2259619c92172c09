"""Docs with hand-set entities and parses for the role tests: no model runs.

A test sentence's annotations are data (`role_annotations.ANNOTATIONS`): its
entities as "text=LABEL" items ("start:end=LABEL" when the text is not unique)
and, for every sentence of it, a dependency parse as "head:dep" per token. The
Doc is built on a blank English pipeline with spaCy's rule-based sentencizer,
as the annotation pipeline builds it, so a test says what a rule does with a
given reading of the sentence, not what a model happened to tag.

`HandParser` stands in for the role parser (pipeline.nlp.models.RoleParser): it
returns the hand-set parse of each sentence text it is given, and fails on a
sentence without one.
"""

from __future__ import annotations

import functools

import spacy
from role_annotations import ANNOTATIONS
from spacy.tokens import Doc, Span

from pipeline.nlp.tokens import keep_title_abbreviations


@functools.cache
def blank():
    """A blank English pipeline with the rule-based sentencizer."""
    nlp = keep_title_abbreviations(spacy.blank("en"))  # as the model's tokenizer
    nlp.add_pipe("sentencizer")
    return nlp


def _spans(doc: Doc, spec: str) -> list[Span]:
    spans, taken = [], set()
    for item in (x.strip() for x in spec.split(";") if x.strip()):
        what, label = item.rsplit("=", 1)
        if ":" in what and what.replace(":", "").isdigit():
            start, end = (int(x) for x in what.split(":"))
        else:
            start = doc.text.find(what)
            while start >= 0 and start in taken:
                start = doc.text.find(what, start + 1)
            if start < 0:
                raise ValueError(f"entity {what!r} not in {doc.text!r}")
            end = start + len(what)
        span = doc.char_span(start, end, label=label)
        if span is None:
            raise ValueError(f"entity {what!r} is not on token boundaries")
        taken.add(start)
        spans.append(span)
    return sorted(spans, key=lambda s: s.start)


def make_doc(text: str, ents: str | None = None) -> Doc:
    """`text` as the annotation pipeline would give it, with entities `ents` (default:
    the text's entry in ANNOTATIONS)."""
    doc = blank()(text)
    doc.ents = _spans(doc, ANNOTATIONS[text][0] if ents is None else ents)
    return doc


def parsed(text: str, parse: str) -> Doc:
    """A Doc of `text` with the hand-set parse ("head:dep" per token)."""
    words = blank().make_doc(text)
    heads, deps = zip(*(x.split(":", 1) for x in parse.split()))
    if len(heads) != len(words):
        raise ValueError(f"{len(heads)} parse items for {len(words)} tokens: {text!r}")
    # A root heads itself; a typo in a hand parse should fail loudly, not parse.
    roots = [i for i, (h, d) in enumerate(zip(heads, deps)) if d == "ROOT"]
    if not roots or any(int(heads[i]) != i for i in roots):
        raise ValueError(f"the ROOT of a hand parse must head itself: {text!r}")
    return Doc(
        blank().vocab,
        words=[t.text for t in words],
        spaces=[bool(t.whitespace_) for t in words],
        heads=[int(h) for h in heads],
        deps=list(deps),
    )


class HandParser:
    """The role parser's interface over hand-set parses (see module doc)."""

    def __init__(self, parses: dict[str, str] | None = None):
        self.vocab = blank().vocab
        self.parses = parses

    def _parse_of(self, text: str) -> str:
        if self.parses is not None:
            return self.parses[text]
        for _, sentences in ANNOTATIONS.values():
            if text in sentences:
                return sentences[text]
        raise KeyError(f"no hand-set parse for {text!r}")

    def pipe(self, texts):
        """Parsed Docs of `texts`, in order."""
        for text in texts:
            yield parsed(text, self._parse_of(text))

    def __call__(self, text: str) -> Doc:
        """One parsed Doc."""
        return next(self.pipe([text]))
