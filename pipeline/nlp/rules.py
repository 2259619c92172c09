"""Entity rules: the span ruler with our patterns plus our own entity components.

Pipeline order after the model's `ner` (dates come after these):

    newsner_rules        spaCy SpanRuler; patterns from pipeline/patterns/*.jsonl
                         (ENTITY_PATTERN_FILES), matches to doc.spans["newsner_rules"]
    newsner_entity_merge rule matches + model entities -> doc.ents (conflict policy
                         in pipeline/nlp/entity_merge.py)
    newsner_teams        in a sports report, places that play are teams (ORG;
                         patterns in pipeline/patterns/teams.jsonl)
    newsner_acronyms     "Long Form (LF)" pairs label and link every LF mention
    newsner_consistency  label votes, partial names, propagation, link keys
    newsner_possessors   "Trump's Cabinet": the owner a person, the rest ORG

Provenance is on the spans: span.id_ is the rule id ("org:head-of",
"acronym:short-form", "propagated:label-vote"; empty for the model) and
span.kb_id_ the in-article link key of ORG and PERSON entities.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

# Importing registers the factories.
from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl
from pipeline.nlp import (  # noqa: F401
    acronym_linker,
    consistency,
    entity_merge,
    possessors,
    teams,
)
from pipeline.nlp.entity_merge import RULE_SPANS_KEY
from pipeline.nlp.matching import add_ruler_patterns, flag_ruler

# Named explicitly: other stages keep their own files (dates.jsonl, roles/) in the same
# folder.
ENTITY_PATTERN_FILES = (
    "orgs.jsonl",
    "persons.jsonl",
    "sports.jsonl",
    "places.jsonl",
    "non_entities.jsonl",
)
RULER_NAME = "newsner_rules"
COMPONENTS = (
    "newsner_entity_merge",
    "newsner_teams",
    "newsner_acronyms",
    "newsner_consistency",
    "newsner_possessors",
)


def pattern_files(directory: Path = PATTERNS_DIR) -> list[Path]:
    """The entity pattern files, in ENTITY_PATTERN_FILES order."""
    return [directory / name for name in ENTITY_PATTERN_FILES]


def load_patterns(directory: Path = PATTERNS_DIR) -> list[dict]:
    """Every entity pattern, in file order; each dict has label, pattern and a
    namespaced id.

    Lexicon names ("@org_heads") are replaced by their words
    (`pipeline.lang.lexicons`). Token patterns (lists) match on the attributes
    they name; phrase
    patterns (strings) match case-insensitively (the ruler's
    phrase_matcher_attr is LOWER).
    """
    out: list[dict] = []
    for path in pattern_files(directory):
        for i, pat in load_jsonl(path):
            if ":" not in str(pat.get("id", "")):
                raise ValueError(
                    f"{path}:{i}: pattern id {pat.get('id')!r} needs a namespace like "
                    "'org:...'"
                )
            out.append(pat)
    return out


def add_rule_components(nlp: Language) -> Language:
    """Add the entity ruler and the entity components after `ner` (see the module
    docstring).

    Returns nlp. Raises ValueError when nlp has no `ner` or a pattern file
    has an id without a namespace.
    """
    if "ner" not in nlp.pipe_names:
        raise ValueError("add_rule_components needs a pipeline with a 'ner' component")
    ruler = nlp.add_pipe(
        "span_ruler",
        name=RULER_NAME,
        after="ner",
        config={
            "spans_key": RULE_SPANS_KEY,
            "annotate_ents": False,
            "overwrite": True,
            "validate": True,
            "phrase_matcher_attr": "LOWER",
        },
    )
    add_ruler_patterns(ruler, load_patterns())
    # The token patterns ask about 20 word tests at every token: lexeme flags.
    flag_ruler(ruler)
    prev = RULER_NAME
    for name in COMPONENTS:
        nlp.add_pipe(name, after=prev)
        prev = name
    return nlp
