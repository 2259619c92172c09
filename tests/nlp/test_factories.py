"""newsner's spaCy components build through spaCy's own config validation.

spaCy 3.8.6 (pinned: README, "Performance") brings a confection that validates a
factory's arguments from the annotations of its signature and cannot resolve
postponed (string) ones: a module registering a factory with `from __future__
import annotations` makes `add_pipe` fail with a ConfigError. These tests name
the factory instead of leaving it to a pipeline test's traceback.
"""

from __future__ import annotations

import inspect

import pytest
import spacy
from spacy.language import Language

import pipeline.nlp.build  # noqa: F401 - registers every newsner component

NEWSNER = sorted(n for n in Language.factories if n.startswith("newsner_"))
# Components that wrap a component of the model, given here by a stand-in.
NEEDS = {"newsner_plain_apostrophes": ("sentencizer", "ner_model")}


def test_every_newsner_component_is_registered():
    assert {"newsner_entity_merge", "newsner_date_fixer", "newsner_line_breaks"} <= set(
        NEWSNER
    )


@pytest.mark.parametrize("name", NEWSNER)
def test_a_newsner_component_builds_in_a_blank_pipeline(name):
    nlp = spacy.blank("en")
    if name in NEEDS:
        factory, needed = NEEDS[name]
        nlp.add_pipe(factory, name=needed)
        nlp.disable_pipe(needed)
    nlp.add_pipe(name)
    assert nlp.pipe_names == [name]
    doc = nlp("Jane Doe joined Acme Corp on Monday.")
    assert doc.text == "Jane Doe joined Acme Corp on Monday."


@pytest.mark.parametrize("name", NEWSNER)
def test_a_factory_signature_has_evaluated_annotations(name):
    factory = spacy.registry.factories.get(name)
    hints = inspect.get_annotations(factory)
    assert not [k for k, v in hints.items() if isinstance(v, str)], (
        f"{name}: its module postpones annotations, which spaCy's config "
        "validation cannot resolve"
    )
