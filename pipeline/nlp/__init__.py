"""Stage 2, annotate: build the spaCy pipeline (model NER + entity and date rules +
own components) and the role parser, once per process.

Owns the spaCy components (entity rule merge, acronym linking, in-article
consistency, date ruler and extent fixer) and how they are assembled. It may
import the language layer (`pipeline.lang`), `records`, `schemas`, `settings`
and `io`; never ingest, extract, reduce or later stages.
"""

from pipeline.nlp.build import (
    Annotator,
    build_annotator,
    build_nlp,
    get_annotator,
    get_nlp,
)
from pipeline.nlp.models import ModelNotInstalled, RoleParser

__all__ = [
    "Annotator",
    "ModelNotInstalled",
    "RoleParser",
    "build_annotator",
    "build_nlp",
    "get_annotator",
    "get_nlp",
]
