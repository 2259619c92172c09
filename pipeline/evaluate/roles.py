"""Role pair scoring on KnowledgeNet: (person, org) pairs per passage.

CEO and EMPLOYEE_OR_MEMBER_OF are scored together and titles are not
compared: the gold says who works for whom, our roles table says that plus a
title.

Name matching (normalize_name, names_match):
- normalise: casefold; drop a possessive "'s" / "’s" at the end of a word
  and a trailing apostrophe ("Health Management Associates'"); replace every
  other non-alphanumeric character by a space; collapse whitespace.
- two names match when their normalised token lists are equal or one is a
  contiguous run of the other's tokens ("Denis" ~ "Denis Smith",
  "John M. Starcher" ~ "John M. Starcher, Jr"). Tokens, not characters, so
  "Al" does not match "Alan". An empty name matches nothing.
- a predicted pair matches a gold pair when both the persons and the orgs
  match. Pairs are matched one-to-one (maximum bipartite matching per
  passage), so one prediction cannot claim two gold pairs.

Predictions are scored against the relations the passage was annotated
for (`role_properties`): a passage annotated for CEO alone lists only chief
executives, so there only roles titled Chief Executive Officer are scored; a
chairman or director found there is a true fact the gold is silent on, not
an error. Where EMPLOYEE_OR_MEMBER_OF is annotated (or no properties are
given) every role is scored.

Predicted roles with an empty person or org are ignored; predicted pairs are
deduplicated on their normalised (person, org), so the same role found twice
counts once. A roles row is one prediction however many names its person and
organisation have in the passage (the predictor passes a pair per name, since
some gold lists a pair per name: "Qatar Petroleum" and "QP"): each of its
pairs that matches a gold pair is a true positive, and a row none of whose
pairs matches is one false positive; the other names of a matched row are
neither ("Institutional Revolutionary Party (PRI)" where the gold lists the
long name alone). Predictions from two rows ("Denis", "Denis Smith" when the
table did not join them) stay two: one matches, the other is a false
positive. Passages with predictions and no gold pair are annotated negatives:
every row there is a false positive.
"""

from __future__ import annotations

import re

from .gold import GoldDoc
from .metrics import Counts, matched_right, prf_row
from .types import PredRole, ScoreRow

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b|['’](?=\s|$)")
_NON_ALNUM = re.compile(r"[^\w]+|_")


def normalize_name(name: str) -> tuple[str, ...]:
    """The comparison tokens of a person or organisation name (see module doc)."""
    s = _POSSESSIVE.sub("", name.casefold())
    return tuple(_NON_ALNUM.sub(" ", s).split())


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the normalised names are equal or one is a token run of the other."""
    if not a or not b:
        return False
    return _contains(a, b) if len(a) >= len(b) else _contains(b, a)


def predicted_pairs(
    roles: tuple[PredRole, ...],
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Normalised, deduplicated (person, org) pairs; roles missing either side
    dropped.
    """
    out = dict.fromkeys(
        (normalize_name(r.person), normalize_name(r.org))
        for r in roles
        if r.person.strip() and r.org.strip()
    )
    return [(p, o) for p, o in out if p and o]


CEO_PROPERTY = "CEO"
EMPLOYMENT_PROPERTY = "EMPLOYEE_OR_MEMBER_OF"
CEO_TITLE = "Chief Executive Officer"


def _rows_of(
    pred: list[tuple[tuple[str, ...], tuple[str, ...]]], roles: tuple[PredRole, ...]
) -> list[set[str]]:
    """For each predicted pair, the roles rows it was read from (a role without a
    row name is a row of its own)."""
    out: dict[tuple, set[str]] = {pair: set() for pair in pred}
    for k, r in enumerate(roles):
        pair = (normalize_name(r.person), normalize_name(r.org))
        if pair in out:
            out[pair].add(r.role or f"#{k}")
    return [out[pair] for pair in pred]


def scored_roles(gold: GoldDoc, roles: tuple[PredRole, ...]) -> tuple[PredRole, ...]:
    """The predicted roles within the relations the passage was annotated for (see
    module doc).
    """
    props = set(gold.role_properties)
    if not props or EMPLOYMENT_PROPERTY in props:
        return roles
    if CEO_PROPERTY in props:
        return tuple(r for r in roles if r.title == CEO_TITLE)
    return ()


class RoleScorer:
    """Accumulates pair counts over passages; rows() gives the table line."""

    def __init__(self) -> None:
        self.pairs = Counts()

    def add(self, gold: GoldDoc, roles: tuple[PredRole, ...]) -> None:
        """Score one passage's predicted roles against its gold pairs."""
        scored = scored_roles(gold, roles)
        pred = predicted_pairs(scored)
        gold_pairs = list(
            dict.fromkeys((normalize_name(p), normalize_name(o)) for p, o in gold.roles)
        )
        edges = [
            [
                j
                for j, (pp, po) in enumerate(pred)
                if names_match(gp, pp) and names_match(go, po)
            ]
            for gp, go in gold_pairs
        ]
        hits = matched_right(len(gold_pairs), len(pred), edges)
        rows = _rows_of(pred, scored)
        right = set().union(*(rows[j] for j in hits))
        wrong = {r for j in range(len(pred)) if j not in hits for r in rows[j]}
        wrong = {r for r in wrong if r not in right}
        self.pairs.add(len(hits) + len(wrong), len(gold_pairs), len(hits), len(hits))

    def rows(self, dataset: str) -> list[ScoreRow]:
        """One row: task roles, label CEO+EMPLOYEE, metric pair."""
        return [prf_row(dataset, "roles", "CEO+EMPLOYEE", "pair", self.pairs)]
