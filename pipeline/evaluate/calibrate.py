"""`make calibrate`: fit the confidence weights (patterns/confidence.json) on gold rows.

A row of the organisations or people table is right when most of its mentions
fall on gold entities of its type (the rule of `rows.py`; on MEANTIME, of the
mentions in its annotated opening). On one half of a gold file with typed
entities (CoNLL-2003; tune on half a) the pipeline runs as a user would; each
row's evidence features (`pipeline.reduce.confidence`) are recomputed from the
run's own shard work tables, and a logistic regression per type (L2-penalised,
fitted by Newton's method in numpy) learns how the features predict a right
row. The other half reports how the confidence separates right from wrong rows:
precision of rows at or above 0.5 and below it, and the ranking AUC
(`rows.ranking_auc`).

    python -m pipeline.evaluate.calibrate GOLD [--half a] [--write]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline import schemas
from pipeline.io import read_table
from pipeline.settings import DEFAULT_MODEL, Settings

from .gold import load_gold
from .rows import on_target, ranking_auc, scored
from .system import write_input
from .types import PredEntity

KIND = {"ORG": "ORG", "PERSON": "PER"}
L2 = 1.0
# More evidence never lowers the confidence: these weights are kept at zero or
# above. A development set of 200 articles has few rows with many mentions, and a
# negative count weight learned there sinks the most-mentioned people of a real
# corpus (Donald Trump in 1,000 articles).
MONOTONE = ("log_articles", "log_mentions", "type_agreement")


def examples(
    gold_path: Path, half: str | None, model: str = DEFAULT_MODEL
) -> pd.DataFrame:
    """One row per table row of a run over the gold documents: its features, its
    type (`label`) and whether it is right (`right`)."""
    from pipeline.reduce.entities import resolve_entities
    from pipeline.reduce.keys import distinct_keys
    from pipeline.runner.manifest import Manifest
    from pipeline.runner.run import run

    docs = list(load_gold(gold_path, half).docs())
    with tempfile.TemporaryDirectory(prefix="newsner-calibrate-") as tmp:
        src, out = Path(tmp) / "gold.jsonl", Path(tmp) / "out"
        write_input([d.input for d in docs], src)
        run([src], Settings(out_dir=out, model=model, output_format="parquet"))
        mentions = read_table(out / "mentions.parquet", schemas.MENTIONS)
        manifest = Manifest.load(str(out / ".work"))
        work = pd.concat(
            [
                pd.read_parquet(f"{manifest.shard_dir(k)}/mentions.parquet")
                for k in manifest.shards
            ],
            ignore_index=True,
        )
    published = {d.input.doc_id: d.input.published or "" for d in docs}
    feats = resolve_entities(distinct_keys(work), published).features
    gold = {d.input.doc_id: d for d in docs}
    hits: dict[str, list[bool]] = {}
    for m in mentions[mentions["field"] == "body"].itertuples():
        label = feats["label"].get(m.entity_id) if m.entity_id else None
        e = PredEntity(int(m.start_char), int(m.end_char), m.label)
        if label is None or not scored(e, gold[m.article_id]):
            continue
        hits.setdefault(m.entity_id, []).append(
            on_target(e, KIND[label], gold[m.article_id])
        )
    feats = feats[feats.index.isin(hits)]
    return feats.assign(right=[sum(hits[i]) * 2 > len(hits[i]) for i in feats.index])


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> np.ndarray:
    """Logistic regression weights (bias first) by Newton's method with an L2
    penalty on the non-bias weights."""
    x = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x.shape[1])
    penalty = np.diag([0.0] + [l2] * (x.shape[1] - 1))
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit_monotone(part: pd.DataFrame, names: tuple[str, ...]) -> dict[str, float]:
    """Weights (and "bias") of one type, every MONOTONE weight at zero or above: a
    feature fitted below zero is dropped (weight 0) and the rest refitted."""
    kept = list(names)
    while True:
        w = fit(part[kept].to_numpy(float), part["right"].to_numpy(float))
        negative = [n for n, v in zip(kept, w[1:]) if n in MONOTONE and v < 0]
        if not negative:
            break
        kept.remove(negative[0])
    got = dict(zip(kept, w[1:]))
    return {"bias": round(float(w[0]), 4)} | {
        n: round(float(got.get(n, 0.0)), 4) for n in names
    }


def fit_weights(ex: pd.DataFrame) -> dict[str, dict[str, float]]:
    """Weights per type for the confidence file."""
    from pipeline.reduce.confidence import FEATURES

    return {
        label: fit_monotone(ex[ex["label"] == label], names)
        for label, names in FEATURES.items()
    }


def report(ex: pd.DataFrame, weights: dict) -> dict[str, dict[str, float]]:
    """Row precision of all rows, rows at or above 0.5 and rows below, per type."""
    from pipeline.reduce.confidence import FEATURES

    out = {}
    for label, names in FEATURES.items():
        part = ex[ex["label"] == label]
        w = weights[label]
        z = w["bias"] + sum(w[n] * part[n] for n in names)
        conf = 1 / (1 + np.exp(-z))
        hi, lo = part[conf >= 0.5], part[conf < 0.5]
        out[label] = {
            "rows": len(part), "precision": round(part["right"].mean(), 3),
            "rows>=0.5": len(hi), "precision>=0.5": round(hi["right"].mean(), 3),
            "rows<0.5": len(lo), "precision<0.5": round(lo["right"].mean(), 3),
            "auc": ranking_auc(conf.tolist(), part["right"].tolist()),
        }  # fmt: skip
    return out


def main() -> None:
    """Fit on one half, report on the other; --write updates confidence.json."""
    from pipeline.reduce.confidence import WEIGHTS_JSON

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--half", default="a", choices=("a", "b"))
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    other = "b" if args.half == "a" else "a"
    weights = fit_weights(examples(args.gold, args.half))
    print(json.dumps({"fitted_on": args.half, "weights": weights}, indent=1))
    print(
        json.dumps(
            {"held_out": other, "report": report(examples(args.gold, other), weights)},
            indent=1,
        )
    )
    if args.write:
        WEIGHTS_JSON.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
