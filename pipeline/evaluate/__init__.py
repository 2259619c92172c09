"""Accuracy scorer for newsner against the gold sets of ../shared/eval.

Owns the gold loaders, the scorers and the `newsner eval` table. It runs the
pipeline through the runner like a user would and may import any stage; only
`cli` imports it.

Usage:
    from pipeline.evaluate import run, format_table, find_dev_sets
    from pipeline.evaluate.baseline import baseline_predictor
    rows = run(find_dev_sets("../shared/eval"), baseline_predictor())
    print(format_table(rows))

A Predictor is any callable list[EvalInput] -> list[Prediction] (same order).
By default it gets a whole gold file in one call (one corpus, so entity ids
resolved across its documents are scored); `system.pipeline_predictor` runs
`newsner run` on it. The metric definitions are in the docstrings of
entities, timexes, roles, resolution (B-cubed on links gold) and rows (row
precision of the entity tables); halves.py splits a file into held-out halves.
"""

from .gold import GoldDoc, GoldSet, detect_format, find_dev_sets, load_gold
from .report import format_table, to_json, to_records
from .scorer import DEFAULT_BATCH_SIZE, evaluate_file, expand_paths, run, score_gold_set
from .types import (
    EvalInput,
    PredEntity,
    Prediction,
    Predictor,
    PredRole,
    PredRow,
    PredTimex,
    ScoreRow,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "EvalInput",
    "GoldDoc",
    "GoldSet",
    "PredEntity",
    "PredRole",
    "PredRow",
    "PredTimex",
    "Prediction",
    "Predictor",
    "ScoreRow",
    "detect_format",
    "evaluate_file",
    "expand_paths",
    "find_dev_sets",
    "format_table",
    "load_gold",
    "run",
    "score_gold_set",
    "to_json",
    "to_records",
]
