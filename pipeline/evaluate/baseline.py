"""The bare spaCy model as a Predictor: the comparison baseline for `newsner eval
--baseline`.

No rules, no own components, no date normalisation: the model's entities as
they come, and its DATE/TIME entities as timexes with an empty value (so the
value metrics of the baseline are 0 by construction). No roles, no entity
tables; for the resolution scores its PERSON and ORG mentions are grouped by
label and exact text (one id per distinct name, across documents).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.settings import DEFAULT_MODEL

from .types import EvalInput, PredEntity, Prediction, Predictor, PredTimex

TIMEX_LABELS = ("DATE", "TIME")
GROUPED_LABELS = ("PERSON", "ORG")


def text_id(span) -> str:
    """The baseline's entity id: label and exact text of PERSON/ORG spans, else ""."""
    text = getattr(span, "text", "")
    return f"{span.label_}:{text}" if text and span.label_ in GROUPED_LABELS else ""


def doc_to_prediction(doc_id: str, ents: Iterable) -> Prediction:
    """Turn spaCy entity spans (anything with start_char, end_char, label_) into a
    Prediction.

    Every span becomes a PredEntity with its spaCy label (and `text_id`);
    DATE and TIME spans also become PredTimex of that kind with an empty value.
    """
    ents = list(ents)
    return Prediction(
        doc_id=doc_id,
        entities=tuple(
            PredEntity(e.start_char, e.end_char, e.label_, text_id(e)) for e in ents
        ),
        timexes=tuple(
            PredTimex(e.start_char, e.end_char, e.label_, "")
            for e in ents
            if e.label_ in TIMEX_LABELS
        ),
    )


def baseline_predictor(
    model: str = DEFAULT_MODEL, batch_size: int = 64, nlp=None
) -> Predictor:
    """A Predictor running the bare model with nlp.pipe; the model is loaded once, here.

    Pass `nlp` to reuse an already loaded pipeline.
    """
    if nlp is None:
        from pipeline.nlp.build import (
            load_model,
        )  # the same NER-only load as the pipeline's

        nlp = load_model(model)

    def predict(inputs: list[EvalInput]) -> list[Prediction]:
        docs = nlp.pipe((x.text for x in inputs), batch_size=batch_size)
        return [doc_to_prediction(x.doc_id, doc.ents) for x, doc in zip(inputs, docs)]

    return predict
