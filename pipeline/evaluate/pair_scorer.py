"""`make pair-scorer`: would a learned (person, organisation) scorer beat the role
rules on held-out text?

A scorer may join the role rules only if it adds right pairs on passages it was
not fitted on without losing the precision the targets ask for (`MIN_PRECISION`).
This command measures that, the tuning discipline of `newsner eval --half`:

- candidates: in every sentence the role parser reads
  (`extract.dep_sentences.select_sentences`: a person, an organisation and a
  title or employment cue), each (PERSON, ORG) pair of entities that the
  pipeline's roles table does not already give; its label says whether it
  matches a gold pair (the name matching of `evaluate.roles`);
- features (`path_features`): the dependency path between the two names' head
  words (its edge labels up from the person and down to the organisation, its
  length), the word joining them, the prepositions, title words and other cue
  words on it, the words between the names (a title, another person), the
  order and distance of the names;
- fit: logistic regression (`calibrate.fit`) on half a; the threshold is the
  lowest of `THRESHOLDS` whose out-of-fold precision over half a (`FOLDS`
  folds by passage) reaches `MIN_PRECISION`; half b reports the right and wrong
  pairs the scorer would add at that threshold.

No weights ship: on the KnowledgeNet and CoNLL04 role sets no threshold
reaches `MIN_PRECISION` out of fold (README, "Roles", has the figures). The
command stays so the finding can be measured again as the candidates or the
features change.

    python -m pipeline.evaluate.pair_scorer GOLD [GOLD ...] [--model NAME]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Token

from pipeline.extract.dep_rules import cue_words, title_words
from pipeline.extract.roles import plan_roles
from pipeline.nlp import get_annotator
from pipeline.settings import DEFAULT_MODEL

from .calibrate import fit
from .gold import load_gold
from .roles import names_match, normalize_name, predicted_pairs, scored_roles
from .system import pipeline_predictor

MIN_PRECISION = 0.88
THRESHOLDS = tuple(round(0.5 + 0.05 * k, 2) for k in range(10))
FOLDS = 5
MIN_COUNT = 2  # a feature seen fewer times in training carries no weight


@dataclass(frozen=True)
class Candidate:
    """One (person, organisation) pair of a parsed sentence, its features and
    whether the gold lists it."""

    passage: int
    features: frozenset[str]
    gold: bool


def path_features(
    person: Token, org: Token, titles: frozenset[str], cues: frozenset[str]
) -> frozenset[str]:
    """The evidence features of the pair of head words (module doc); empty when
    the parse does not join them (two sentences in one piece)."""
    up, down = [person, *person.ancestors], [org, *org.ancestors]
    above = {t.i: k for k, t in enumerate(up)}
    joins = [k for k, t in enumerate(down) if t.i in above]
    if not joins:
        return frozenset()
    top = down[joins[0]]
    rise, fall = up[: above[top.i]], list(reversed(down[: joins[0]]))
    out = {
        "path="
        + "^".join(t.dep_ for t in rise)
        + "|v".join(["", *(t.dep_ for t in fall)]),
        f"edges={min(len(rise) + len(fall), 8)}",
        f"top={top.pos_}:{top.lower_}",
        f"person_dep={person.dep_}",
        "order=" + ("person_first" if person.i < org.i else "org_first"),
        f"distance={min(abs(person.i - org.i) // 3, 6)}",
    }
    for t in [*rise[1:], top, *fall[:-1]]:
        if t.lower_ in titles:
            out.add("title_on_path")
        elif t.lower_ in cues:
            out.add(f"cue={t.lower_}")
        if t.dep_ == "prep":
            out.add(f"prep={t.lower_}")
    doc = person.doc
    for t in doc[min(person.i, org.i) + 1 : max(person.i, org.i)]:
        if t.ent_type_ == "PERSON":
            out.add("person_between")
        if t.lower_ in titles:
            out.add("title_between")
    return frozenset(out)


def candidates(path: str, half: str, model: str) -> list[Candidate]:
    """The candidate pairs of one half of a role gold file (module doc)."""
    docs = list(load_gold(path, half).docs())
    predictions = pipeline_predictor(model)([g.input for g in docs])
    annotator = get_annotator(model)
    titles, cues = title_words(), cue_words()
    out = []
    for n, (g, p) in enumerate(zip(docs, predictions)):
        have = predicted_pairs(scored_roles(g, p.roles))
        gold = [(normalize_name(a), normalize_name(b)) for a, b in g.roles]
        plan = plan_roles(annotator.nlp(g.input.text), g.input.doc_id, "body")
        for (_, _, ents, _), parsed in zip(
            plan.todo, annotator.parser.pipe(plan.texts)
        ):
            people = [e for e in ents if e[2] == "PERSON"]
            for person in people:
                for org in (e for e in ents if e[2] == "ORG"):
                    pair = (normalize_name(person[3]), normalize_name(org[3]))
                    if not all(pair) or _listed(pair, have):
                        continue
                    a = parsed.char_span(*person[:2], alignment_mode="expand")
                    b = parsed.char_span(*org[:2], alignment_mode="expand")
                    feats = a and b and path_features(a.root, b.root, titles, cues)
                    if feats:
                        out.append(Candidate(n, feats, _listed(pair, gold)))
    return out


def _listed(pair: tuple, pairs) -> bool:
    return any(names_match(pair[0], p) and names_match(pair[1], o) for p, o in pairs)


def matrix(cands: list[Candidate], vocab: dict[str, int]) -> np.ndarray:
    """One row per candidate, a 0/1 column per feature of `vocab`."""
    x = np.zeros((len(cands), len(vocab)))
    for r, c in enumerate(cands):
        for f in c.features:
            if f in vocab:
                x[r, vocab[f]] = 1.0
    return x


def scores(train: list[Candidate], test: list[Candidate]) -> np.ndarray:
    """The probabilities of `test` under a scorer fitted on `train`."""
    seen = Counter(f for c in train for f in c.features)
    vocab = {
        f: i for i, f in enumerate(sorted(f for f, n in seen.items() if n >= MIN_COUNT))
    }
    w = fit(matrix(train, vocab), np.array([c.gold for c in train], dtype=float))
    x = np.hstack([np.ones((len(test), 1)), matrix(test, vocab)])
    return 1 / (1 + np.exp(-x @ w))


def threshold(p: np.ndarray, gold: np.ndarray, min_precision: float) -> float | None:
    """The lowest of THRESHOLDS at which the pairs scored at or above it are right
    at least `min_precision` of the time; None when none is."""
    for t in THRESHOLDS:
        chosen = p >= t
        if chosen.any() and gold[chosen].mean() >= min_precision:
            return t
    return None


def main() -> None:
    """Fit on half a, choose the threshold out of fold, report half b."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", help="role gold files (KnowledgeNet form)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    args = ap.parse_args()
    a = [c for path in args.gold for c in candidates(path, "a", args.model)]
    b = [c for path in args.gold for c in candidates(path, "b", args.model)]
    oof = np.zeros(len(a))
    for k in range(FOLDS):
        held = np.array([c.passage % FOLDS == k for c in a])
        train = [c for c, h in zip(a, held) if not h]
        oof[held] = scores(train, [c for c, h in zip(a, held) if h])
    gold_a = np.array([c.gold for c in a])
    p_b, gold_b = scores(a, b), np.array([c.gold for c in b])
    print(
        f"candidates: half a {len(a)} ({int(gold_a.sum())} in the gold), "
        f"half b {len(b)} ({int(gold_b.sum())} in the gold)"
    )
    print("threshold  half a out of fold: right wrong  half b: right wrong")
    for t in THRESHOLDS:
        ra, wa = _counts(oof >= t, gold_a)
        rb, wb = _counts(p_b >= t, gold_b)
        print(f"{t:9.2f}  {ra:25d} {wa:5d}  {rb:13d} {wb:5d}")
    t = threshold(oof, gold_a, MIN_PRECISION)
    if t is None:
        print(f"no threshold reaches precision {MIN_PRECISION} out of fold on half a")
    else:
        rb, wb = _counts(p_b >= t, gold_b)
        print(
            f"threshold {t} (precision {MIN_PRECISION} out of fold on half a): "
            f"half b gains {rb} right and {wb} wrong pairs"
        )


def _counts(chosen: np.ndarray, gold: np.ndarray) -> tuple[int, int]:
    right = int(gold[chosen].sum())
    return right, int(chosen.sum()) - right


if __name__ == "__main__":
    main()
