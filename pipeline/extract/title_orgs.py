"""Which organisations a title's organisation token gives it in a parse, and which
coordinated titles share it (`dep_roles`)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.dep_marks import KIND_NOUNS, conjuncts, org_conjuncts
from pipeline.lang.lexicons import lower_set

# The organisation's own bodies a field's "of" may name: its board, or the
# organisation itself by a common noun ("president of the company").
_OWN_BODIES = KIND_NOUNS | lower_set("board_nouns")


def indefinite(tok: Token) -> bool:
    """The title has its own "a"/"an": it describes the person rather than sharing
    an office named with it ("a Spanish engineer and the founder of X")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def possessed(tok: Token) -> bool:
    """The title has its own possessor ("the university's president", "its
    chairman"): the office is the possessor's, not one named with it."""
    return any(c.dep_ == "poss" for c in tok.children)


def fielded(tok: Token, org: Token) -> bool:
    """The title has its own "of"/"for" naming no organisation, a field or a
    portfolio ("minister of finance", "professor of economics"), and `org` is
    another office's ("of"/"for" the Central Bank, or named before the titles):
    the title does not share it ("minister of finance and later president of
    the Central Bank"). A workplace ("at"/"with" X) is shared ("professor of
    English and dean of research at X"); so is a board, the organisation's own
    ("chairman of the board and CEO of X"), and an organisation named by a
    common noun ("president of the company")."""
    if org.dep_ == "pobj" and org.head.lower_ in ("at", "with"):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and any(
            o.dep_ == "pobj" and not o.ent_type_ and o.lower_ not in _OWN_BODIES
            for o in c.children
        )
        for c in tok.children
    )


# Words before coordinated names that make them separate parties: "both A and B
# chief strategist X", "a meeting between A and B".
_APART = frozenset({"both", "either", "between"})


def title_orgs(org: Token, title: Token) -> list[Token]:
    """The organisations a title's organisation token gives it (`org_conjuncts`).
    Names coordinated before the title are all its organisations when each is
    one ("the UN and Arab League envoy"); when one is not ("between Trump and
    Russian President X") or "both", "either" or "between" opens them ("both
    Priebus and White House chief strategist X": two people), only the one next
    to the title is, if it is an organisation."""
    chain = conjuncts(org)
    if org.i > title.i or len(chain) == 1:
        return org_conjuncts(org)
    first = min(chain, key=lambda t: t.i)
    while first.i > 0 and first.ent_iob_ == "I":
        first = first.doc[first.i - 1]  # the first word of its entity
    before = first.doc[first.i - 1].lower_ if first.i > 0 else ""
    if before not in _APART and all(t.ent_type_ == "ORG" for t in chain):
        return org_conjuncts(org)
    nearest = max(chain, key=lambda t: t.i)
    return org_conjuncts(nearest)[:1] if nearest.ent_type_ == "ORG" else []
