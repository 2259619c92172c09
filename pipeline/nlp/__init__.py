"""Stage 2, annotate: build the spaCy pipeline (model NER + rulers + own components)."""

from pipeline.nlp.build import ModelNotInstalled, build_nlp, get_nlp

__all__ = ["ModelNotInstalled", "build_nlp", "get_nlp"]
