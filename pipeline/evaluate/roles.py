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
counts once. Two differently written predictions of one gold pair ("Denis",
"Denis Smith") stay two predictions: one matches, the other is a false
positive. Passages with predictions and no gold pair are annotated negatives:
every prediction there is a false positive.
"""

from __future__ import annotations

import re

from .gold import GoldDoc
from .metrics import Counts, max_matching, prf_row
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
        pred = predicted_pairs(scored_roles(gold, roles))
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
        hit = max_matching(len(gold_pairs), len(pred), edges)
        self.pairs.add(len(pred), len(gold_pairs), hit, hit)

    def rows(self, dataset: str) -> list[ScoreRow]:
        """One row: task roles, label CEO+EMPLOYEE, metric pair."""
        return [prf_row(dataset, "roles", "CEO+EMPLOYEE", "pair", self.pairs)]
