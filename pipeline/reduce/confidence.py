"""How sure we are that an organisations or people row is one real entity of its type.

The confidence is a logistic function of the row's evidence, one weight per
feature and type, read from patterns/confidence.json (fitted on development
data by `make calibrate`, see `pipeline.evaluate.calibrate`):

- `log_articles`, `log_mentions`: log(1 + the row's articles / mentions);
- `rule_share`: the share of its mentions a rule (not the model) made;
- `type_agreement`: the share of the evidence for its names (articles, rules,
  gazetteer) that gave it its type, mention-weighted;
- `place_name` (people): its name is a known place (lang.places);
- `one_word`, `all_caps`: the shape of its name;
- `acronym` (organisations): the text pairs it with an acronym;
- `org_head` (organisations): its name ends in an organisation head word
  ("Ministry", "Bank"; lexicon org_heads);
- `full_name` (people): its name has a first and a family name.

confidence = 1 / (1 + exp(-(bias + sum(weight * feature)))), in [0, 1],
rounded to three decimals so that the tables stay byte-stable.
"""

from __future__ import annotations

import functools
import json

import numpy as np
import pandas as pd

from pipeline.lang.lexicons import PATTERNS_DIR, lower_set
from pipeline.lang.places import place_kind

WEIGHTS_JSON = PATTERNS_DIR / "confidence.json"
FEATURES = {
    # No place feature for organisations: the development sets call a team
    # named by its city an organisation, news text mostly a place.
    "ORG": (
        "log_articles", "log_mentions", "rule_share", "type_agreement", "one_word",
        "all_caps", "acronym", "org_head",
    ),
    "PERSON": (
        "log_articles", "log_mentions", "rule_share", "type_agreement", "place_name",
        "one_word", "all_caps", "full_name",
    ),
}  # fmt: skip


@functools.cache
def weights(path=WEIGHTS_JSON) -> dict[str, dict[str, float]]:
    """type -> feature -> weight (and "bias"), from the weights file."""
    return json.loads(path.read_text(encoding="utf-8"))


def features(rows: pd.DataFrame, table: pd.DataFrame, label: str) -> pd.DataFrame:
    """The evidence features of every row of `table` (indexed by its `root`), from
    the key rows clustered into it (`rows`: root, n, n_rule, agree)."""
    grouped = rows.groupby("root", sort=True)
    n = grouped["n"].sum()
    name = table.set_index("root")["name"]
    words = name.str.split()
    out = pd.DataFrame(index=name.index)
    out["log_articles"] = np.log1p(table.set_index("root")["n_articles"].astype(float))
    out["log_mentions"] = np.log1p(n.reindex(out.index).astype(float))
    out["rule_share"] = (grouped["n_rule"].sum() / n).reindex(out.index)
    agree = (rows["agree"] * rows["n"]).groupby(rows["root"]).sum() / n
    out["type_agreement"] = agree.reindex(out.index)
    out["place_name"] = [float(bool(place_kind(x))) for x in name]
    out["one_word"] = (words.str.len() == 1).astype(float)
    out["all_caps"] = [float(x.isupper()) for x in name]
    if label == "ORG":
        heads = lower_set("org_heads")
        out["acronym"] = (table.set_index("root")["acronym"] != "").astype(float)
        out["org_head"] = [float(w[-1].lower() in heads) for w in words]
    else:
        out["full_name"] = [float(sum(x.isalpha() for x in w) >= 2) for w in words]
    return out.fillna(0.0)


def confidence(feats: pd.DataFrame, label: str) -> pd.Series:
    """The confidence of each row from its features (see module doc)."""
    w = weights()[label]
    z = w.get("bias", 0.0) + sum(w.get(f, 0.0) * feats[f] for f in FEATURES[label])
    return (1.0 / (1.0 + np.exp(-z))).round(3)
