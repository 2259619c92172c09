"""Readings the words of a parse take back: a denied verb or title ("Jo Roe never
worked for Acme", "Jo Roe is not the CEO of Acme") and a stay, not a job ("spent
four hours at the Acme Club")."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.lang.lexicons import lower_set

# Words that deny what their verb says ("never worked for X", "is not the CEO");
# read as words because the parser labels "never" advmod as often as neg.
NEGATIONS = frozenset({"not", "never", "n't"})


def negated(node: dict[str, Token]) -> bool:
    """The matched verb, or the copula a matched title completes, is denied ("Jo
    Roe never worked for Acme", "Jo Roe is not the CEO of Acme"); a denial of
    another word of the sentence ("has not spoken since leaving Acme") is not
    the role's, and "not only", "not the only" add rather than deny."""
    toks = [node["verb"]] if "verb" in node else []
    title = node.get("title")
    if title is not None and title.dep_ in ("attr", "acomp", "oprd"):
        toks.append(title.head)
    return any(denies(c) for t in toks for c in t.children)


def denies(tok: Token) -> bool:
    """Whether the word is a negation that denies its head ("never", "not"), not
    one that adds ("not only", "not just", "not the only")."""
    if tok.lower_ not in NEGATIONS:
        return False
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    return not (
        after[:1] in (["only"], ["just"], ["merely"]) or after == ["the", "only"]
    )


def short_stay(node: dict[str, Token]) -> bool:
    """The matched verb spends a few hours, nights or weeks somewhere ("spent four
    hours at the Acme Club", "stayed two nights at Acme Lodge"): a visit, not a
    job ("spent a decade at Acme" is one). The verb is one of lexicon stay_verbs,
    the length its object or noun modifier, a word of lexicon stay_lengths
    ("elected X president last week" stays a role)."""
    verb = node.get("verb")
    if verb is None or verb.lower_ not in lower_set("stay_verbs"):
        return False
    lengths = lower_set("stay_lengths")
    return any(
        c.dep_ in ("dobj", "npadvmod") and c.lower_ in lengths for c in verb.children
    )
