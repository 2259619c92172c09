"""Every (person, organisation) pair of a sentence, judged by general evidence.

The segment and parse rules of the role grammar read the forms news uses most;
a pair they miss is still a candidate when the sentence says enough about it.
Each pair of a PERSON and an ORG segment at most `MAX_GAP` segments apart is
described by surface evidence over the segment sequence (pipeline.extract.
segments), no parse needed:

- the shape between them: the segment classes in order, with prepositions and
  the possessive as words ("PERSON , DET TITLE of ORG");
- its pieces: the classes between (unigrams) and neighbouring pairs (bigrams),
  so a shape never seen whole still counts by its parts;
- a title between them or next to the person, another person or organisation
  between them, the order (person first or organisation first), the distance,
  the preposition before the organisation, the classes just outside the pair.

A small logistic model (weights in pipeline/patterns/roles/pair_weights.json,
built by `make role-weights` from the development sets only, see
pipeline.evaluate.pair_training) scores the evidence; a pair scoring at least
the file's threshold becomes a candidate. Its title is the title segment
between the two or next to the person (none: an untitled affiliation), and its
rule_id names the evidence: `role:pair:` and the shape.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from pipeline.extract.segment_types import Segment
from pipeline.lang.lexicons import PATTERNS_DIR

PAIR_WEIGHTS = PATTERNS_DIR / "roles" / "pair_weights.json"
MAX_GAP = 10
# Words kept as themselves in shapes: they say how the organisation is attached.
SHAPE_WORDS = frozenset(
    {"of", "at", "for", "with", "in", "from", "by", "to", "as", "on", "'s", "’s"}
)


def _sym(seg: Segment) -> str:
    return seg.word if seg.word in SHAPE_WORDS else seg.tag


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-5" if n < 6 else "6-8" if n < 9 else "9+"


def title_for(segs: list[Segment], p: int, o: int) -> int | None:
    """The title segment of a pair: the one between them nearest the person, else
    one right before the person or right after it (past a comma)."""
    lo, hi = sorted((p, o))
    between = [i for i in range(lo + 1, hi) if segs[i].tag == "TITLE"]
    if between:
        return min(between, key=lambda i: abs(i - p))
    for i in (p - 1, p + 1, p + 2):
        if 0 <= i < len(segs) and segs[i].tag == "TITLE" and i not in (o,):
            if i == p + 2 and segs[p + 1].tag != "COMMA":
                continue
            return i
    return None


def pair_features(segs: list[Segment], p: int, o: int) -> list[str]:
    """The evidence of the pair (person segment p, organisation segment o)."""
    lo, hi = sorted((p, o))
    inner = [_sym(s) for s in segs[lo + 1 : hi]]
    ends = ("P", "O") if p < o else ("O", "P")
    seq = [ends[0], *inner, ends[1]]
    feats = [f"dir:{ends[0]}", f"d:{_bucket(len(inner))}"]
    if len(inner) <= 6:
        feats.append("shape:" + " ".join(seq))
    feats += [f"u:{x}" for x in dict.fromkeys(inner)]
    feats += [f"b:{a}_{b}" for a, b in dict.fromkeys(zip(seq, seq[1:]))]
    tags = [s.tag for s in segs[lo + 1 : hi]]
    if "PERSON" in tags:
        feats.append("other_person_between")
    if "ORG" in tags:
        feats.append("other_org_between")
    t = title_for(segs, p, o)
    if t is not None:
        feats.append("title_between" if lo < t < hi else "title_at_person")
    feats.append("prev:" + (_sym(segs[lo - 1]) if lo > 0 else "START"))
    feats.append("next:" + (_sym(segs[hi + 1]) if hi + 1 < len(segs) else "END"))
    if o > 0:
        feats.append("before_org:" + _sym(segs[o - 1]))
    if o + 1 < len(segs) and segs[o + 1].tag == "POSS":
        feats.append("org_possessor")
    return feats


def pairs(segs: list[Segment]) -> list[tuple[int, int]]:
    """(person, organisation) segment index pairs at most MAX_GAP apart."""
    people = [i for i, s in enumerate(segs) if s.tag == "PERSON"]
    orgs = [i for i, s in enumerate(segs) if s.tag == "ORG"]
    return [(p, o) for p in people for o in orgs if abs(p - o) - 1 <= MAX_GAP]


@functools.lru_cache(maxsize=2)
def load_weights(path: Path = PAIR_WEIGHTS) -> tuple[dict[str, float], float, float]:
    """(feature weights, bias, threshold) of the pair model; no file: no pairs."""
    if not path.is_file():
        return {}, 0.0, 2.0
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], float(data["bias"]), float(data["threshold"])


def score(feats: list[str], path: Path = PAIR_WEIGHTS) -> float:
    """The model's probability that the pair holds a role."""
    weights, bias, _ = load_weights(path)
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored_pairs(segs: list[Segment]) -> list[tuple[int, int, int | None, str]]:
    """(person, organisation, title segment or None, shape) of every pair the model
    accepts, in text order."""
    _, _, threshold = load_weights()
    out = []
    for p, o in pairs(segs):
        t = title_for(segs, p, o)
        if t is None:
            continue  # an untitled affiliation needs a rule's verb or preposition
        feats = pair_features(segs, p, o)
        if score(feats) >= threshold:
            shape = next((f[6:] for f in feats if f.startswith("shape:")), "far")
            out.append((p, o, t, shape))
    return out
