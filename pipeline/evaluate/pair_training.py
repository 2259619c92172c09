"""`make role-weights`: train the pair model of pipeline.extract.role_pairs.

Reads the role development sets (knowledgenet_dev, conll04_train; half a by
default, so half b stays held out), annotates their text with the default
model, and labels every (person, organisation) segment pair of a sentence: a
pair matching a gold pair (the role scorer's name matching) is positive, any
other pair negative, except in passages annotated for CEO alone, whose gold
is silent on other employment (their other pairs are left out). A logistic
model with L2 regularisation is fitted by gradient descent (numpy); the
threshold is the one with the best cross-validated F1 at precision >= 0.85
(5 folds by document). Writes the weights with the figures it measured.

Usage: python -m pipeline.evaluate.pair_training [EVAL_DIR] [--half a|b|all]
[--out FILE].
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from pipeline.evaluate.gold import load_gold
from pipeline.evaluate.roles import (
    CEO_PROPERTY,
    EMPLOYMENT_PROPERTY,
    names_match,
    normalize_name,
)
from pipeline.extract.role_pairs import PAIR_WEIGHTS, pair_features, pairs
from pipeline.extract.roles import sentences_with_ents
from pipeline.extract.segment_merge import sentence_segments

SETS = ("knowledgenet_dev/roles_folds1-2.jsonl", "conll04_train/work_for.jsonl")
MIN_PRECISION = 0.85


def examples(eval_dir: Path, half: str | None, model: str) -> list[tuple]:
    """(doc id, features, label) of every labelled pair of the sets' documents."""
    from pipeline.nlp import get_annotator

    nlp = get_annotator(model).nlp
    out = []
    for rel in SETS:
        docs = list(load_gold(eval_dir / rel, half).docs())
        texts = (d.input.text for d in docs)
        for gold, doc in zip(docs, nlp.pipe(texts, batch_size=64)):
            props = set(gold.role_properties)
            complete = not props or EMPLOYMENT_PROPERTY in props
            gp = [(normalize_name(p), normalize_name(o)) for p, o in gold.roles]
            for _, sent, ents in sentences_with_ents(doc):
                segs = sentence_segments(sent, ents)
                for p, o in pairs(segs):
                    person = normalize_name(segs[p].text)
                    orgs = [segs[o].text] + (
                        [segs[o].alias[0]] if segs[o].alias else []
                    )
                    label = any(
                        names_match(a, person) and names_match(b, normalize_name(x))
                        for a, b in gp
                        for x in orgs
                    )
                    if label or complete or CEO_PROPERTY not in props:
                        out.append(
                            (gold.input.doc_id, pair_features(segs, p, o), label)
                        )
    return out


def fit(rows: list[list[int]], y: np.ndarray, n: int, l2: float = 1.0, epochs=400):
    """Weights and bias of an L2-regularised logistic regression (full-batch
    gradient descent with a decaying step) over binary features given as index
    lists."""
    w, b = np.zeros(n), 0.0
    m = len(rows)
    for epoch in range(epochs):
        z = np.array([w[r].sum() for r in rows]) + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = p - y
        grad = np.zeros(n)
        for r, gi in zip(rows, g):
            grad[r] += gi
        step = 0.5 / (1 + epoch / 100)
        w -= step * (grad / m + l2 * w / m)
        b -= step * g.mean()
    return w, b


def _prf(scores: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float, float]:
    pred = scores >= t
    tp = float((pred & (y == 1)).sum())
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float(y.sum()))
    return p, r, 2 * p * r / max(1e-9, p + r)


def cross_validate(data: list[tuple], folds: int = 5) -> np.ndarray:
    """Out-of-fold scores of every example, folds by document."""
    docs = sorted({d for d, _, _ in data})
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    scores = np.zeros(len(data))
    for k in range(folds):
        train = [x for x in data if fold_of[x[0]] != k]
        index = {
            f: i for i, f in enumerate(sorted({f for _, fs, _ in train for f in fs}))
        }
        w, b = fit(
            [[index[f] for f in fs] for _, fs, _ in train],
            np.array([float(lab) for _, _, lab in train]),
            len(index),
        )
        for i, (d, fs, _) in enumerate(data):
            if fold_of[d] == k:
                z = b + sum(w[index[f]] for f in fs if f in index)
                scores[i] = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
    return scores


def main(argv: list[str] | None = None) -> int:
    """Train, cross-validate, write the weights file; print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("eval_dir", nargs="?", default="../shared/eval", type=Path)
    ap.add_argument("--half", default="a", choices=("a", "b", "all"))
    ap.add_argument("--out", type=Path, default=PAIR_WEIGHTS)
    ap.add_argument("--model", default="en_core_web_md")
    args = ap.parse_args(argv)
    half = None if args.half == "all" else args.half
    data = examples(args.eval_dir, half, args.model)
    y = np.array([float(lab) for _, _, lab in data])
    oof = cross_validate(data)
    grid = [round(t, 2) for t in np.arange(0.3, 0.96, 0.05)]
    figures = {t: _prf(oof, y, t) for t in grid}
    ok = [t for t in grid if figures[t][0] >= MIN_PRECISION] or [grid[-1]]
    threshold = max(ok, key=lambda t: figures[t][2])
    index = {f: i for i, f in enumerate(sorted({f for _, fs, _ in data for f in fs}))}
    w, b = fit([[index[f] for f in fs] for _, fs, _ in data], y, len(index))
    weights = {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) >= 1e-3}
    p, r, f1 = figures[threshold]
    report = {
        "trained_on": [f"{s} half {args.half}" for s in SETS],
        "model": args.model,
        "pairs": len(data),
        "positives": int(y.sum()),
        "cv_folds": 5,
        "cv_pair_precision": round(p, 3),
        "cv_pair_recall": round(r, 3),
        "cv_pair_f1": round(f1, 3),
        "threshold": threshold,
        "bias": round(float(b), 4),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(
        f"{len(data)} pairs ({int(y.sum())} positive); 5-fold CV at threshold "
        f"{threshold}: P {p:.3f} R {r:.3f} F1 {f1:.3f}; wrote {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
