"""Stage 2, annotate: build the spaCy pipeline (model NER + entity and date rules +
own components) and the role parser, once per process.

Owns the spaCy components (entity rule merge, acronym linking, in-article
consistency, date ruler and extent fixer) and how they are assembled. It may
import the language layer (`pipeline.lang`), `records`, `schemas`, `settings`
and `io`; never ingest, extract, reduce or later stages.
"""

from pipeline.nlp.build import (
    Annotator,
    ModelNotInstalled,
    build_nlp,
    build_parser,
    get_annotator,
    get_nlp,
)

__all__ = [
    "Annotator",
    "ModelNotInstalled",
    "build_nlp",
    "build_parser",
    "get_annotator",
    "get_nlp",
]
