"""Build the annotation pipeline and the role parser once per process.

Only the model's `ner` runs over whole articles (it has its own embedding
layer, so the other model components cost time without changing entities). A
rule-based sentencizer gives sentence indices (and `breaks` ends a sentence at a
line break); entity rules and date rules come
after `ner` in that order. The same loaded model also parses role candidate
sentences (`pipeline.nlp.models.RoleParser`), so a worker holds one copy of its
weights and vectors.
"""

from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass

from spacy.language import Language

from pipeline.nlp import breaks  # noqa: F401  (registers newsner_line_breaks)
from pipeline.nlp.dates import add_date_components
from pipeline.nlp.models import ModelNotInstalled, RoleParser, load_model
from pipeline.nlp.rules import add_rule_components
from pipeline.settings import DEFAULT_MODEL

__all__ = ["Annotator", "ModelNotInstalled", "build_annotator", "get_annotator"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Annotator:
    """What annotating a shard needs, built from one model: the annotation pipeline
    and the role parser that extraction receives explicitly."""

    nlp: Language
    parser: RoleParser


def build_nlp_from(nlp: Language, model: str) -> Language:
    """Add the sentencizer, entity rules and date rules to a loaded model."""
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("newsner_line_breaks", after="sentencizer")
    add_rule_components(nlp)
    add_date_components(nlp)
    log.info("pipeline %s: %s", model, ", ".join(nlp.pipe_names))
    return nlp


def build_annotator(model: str = DEFAULT_MODEL) -> Annotator:
    """Load `model` once; return its annotation pipeline and role parser."""
    nlp = build_nlp_from(load_model(model), model)
    return Annotator(nlp, RoleParser(nlp))


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The full annotation pipeline: sentencizer, model NER, entity rules, date
    rules (with the role parser's components loaded but disabled)."""
    return build_annotator(model).nlp


# Dask workers may run tasks in several threads: build each model only once.
_BUILD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=2)
def _cached(model: str) -> Annotator:
    return build_annotator(model)


def get_annotator(model: str = DEFAULT_MODEL) -> Annotator:
    """The process-wide annotation pipeline and role parser for `model`, built once
    per process."""
    with _BUILD_LOCK:
        return _cached(model)


def get_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The process-wide annotation pipeline for `model` (see `get_annotator`)."""
    return get_annotator(model).nlp


def release_models() -> None:
    """Drop the cached pipelines and hand freed memory back to the OS (before a long
    reduce)."""
    import ctypes
    import gc

    with _BUILD_LOCK:
        _cached.cache_clear()
    gc.collect()
    try:  # glibc keeps freed heap pages unless asked; elsewhere this is a no-op
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
