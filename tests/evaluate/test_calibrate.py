"""Confidence weights: the fit, its monotone constraint, and the shipped file."""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.evaluate.calibrate import MONOTONE, fit, fit_monotone
from pipeline.reduce.confidence import FEATURES, weights


def _data(sign: float, n: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    x = rng.normal(size=n)
    shape = rng.normal(size=n)
    z = sign * 2 * x + 1.5 * shape
    right = rng.random(n) < 1 / (1 + np.exp(-z))
    return pd.DataFrame({"log_mentions": x, "one_word": shape, "right": right})


def test_fit_recovers_the_sign_of_a_feature():
    d = _data(+1)
    w = fit(d[["log_mentions", "one_word"]].to_numpy(float), d["right"].to_numpy(float))
    assert w[1] > 1 and w[2] > 0.5


def test_a_count_weight_never_fits_below_zero():
    d = _data(-1)
    got = fit_monotone(d, ("log_mentions", "one_word"))
    assert got["log_mentions"] == 0.0
    assert got["one_word"] > 0.5  # the other features are still fitted
    assert fit_monotone(_data(+1), ("log_mentions", "one_word"))["log_mentions"] > 1


def test_shipped_weights_never_lower_confidence_with_more_evidence():
    for label, names in FEATURES.items():
        w = weights()[label]
        assert set(names) <= set(w)
        assert all(w[n] >= 0 for n in names if n in MONOTONE), label
