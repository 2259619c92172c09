"""A qualifier of the whole role written before a title's country, organisation
or field words is the title's (the last pass over a sentence's segments; the
country and organisation folds are `segment_folds`).

"former British Prime Minister", "the former Microsoft chief executive": a qualifier
of the whole role (lexicon qualifiers, scope "all": former, then, outgoing, incoming)
written before the country, the organisation or the state or city of a title is the
title's qualifier, as it is right before the title ("former Speaker", "Former Kentucky
Governor"). Up to three field words may stand between ("former national security
adviser", "the former White House campaign manager"): lowercase words that are not
function words (spaCy's English stop words), so "former colleagues of President X"
keeps the President's tenure open. A qualifier of the next title (scope "next":
acting, deputy, interim) right before the title's organisation is the first
title's: "acting FBI Director", "deputy UN ambassador". Right before a title, a
qualifier the title phrase could not read (before a portfolio: "former Defense
Secretary", "then economy minister") is the title's, of any scope, and the adverb
"then" too; across field words it is not ("Trump then fired national security
adviser X").

"Trump's pick for labor secretary, X", "the nominee for education secretary": a title
after a nomination word and "for" (lexicon nomination_words) is one the person is
named to and does not hold yet; its qualifier is "nominee", as a title's own "nominee"
after it is ("Secretary of State nominee X", lexicon qualifiers, scope "after").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.extract.segment_folds import known_place
from pipeline.extract.segment_types import HYPHENS, Segment, qualifier_entry
from pipeline.lang.lexicons import lower_set
from pipeline.lang.titles import NOMINEE, join_qualifiers

# "Trump's pick for labor secretary, X": a title after "<word> for" is one a
# person is named to, not yet held (lexicon nomination_words).
NOMINATION_WORDS = lower_set("nomination_words")


def _role_qualifier(
    seg: Segment,
    scopes: tuple[str, ...] = ("all",),
    tags: tuple[str, ...] = ("W", "CAP"),
) -> str:
    """The qualifier a word segment names when it qualifies a whole role ("former",
    "then", "then-campaign"), or with `scopes` ("next") also the next word; "" if
    none. "then" is an adverb (tag ADV) but for a title right after it (`tags`)."""
    if seg.tag not in tags:
        return ""
    entry = qualifier_entry(seg)
    return entry.qualifier if entry is not None and entry.scope in scopes else ""


# Most lowercase words a field may take before a title: "deputy national security".
MAX_FIELD_WORDS = 3


def _field_word(seg: Segment) -> bool:
    """A lowercase content word that may name a title's field ("security") or
    the kind of its organisation ("a former oil company executive"), not a
    qualifier of the whole role ("late"); spaCy's stop words are none, but for a
    rank (lexicon field_rank_words: "a former top manager")."""
    word = seg.word
    return (
        seg.tag in ("W", "ORGNOUN")
        and word.islower()
        and word.replace("-", "").isalpha()
        and (word not in STOP_WORDS or word in lower_set("field_rank_words"))
        and not _role_qualifier(seg)
    )


def _field_start(segs: list[Segment], k: int) -> int:
    """The index of the first field word right before segs[k] (k when none)."""
    j = k
    while j > 0 and k - j < MAX_FIELD_WORDS and _field_word(segs[j - 1]):
        j -= 1
    return j


def _nominated(segs: list[Segment], j: int) -> bool:
    """Whether segs[j] is the "for" of "pick for", "nominee for" (see
    NOMINATION_WORDS)."""
    return (
        j > 0
        and segs[j].word.lower() == "for"
        and segs[j - 1].tag == "W"
        and segs[j - 1].word.lower() in NOMINATION_WORDS
    )


def fold_qualifiers(segs: list[Segment]) -> list[Segment]:
    """The segments with a role's qualifier written before the title's field words,
    country or organisation given to the title (see module doc); a title with
    a qualifier of its own keeps it, after a whole role's qualifier right
    before the title ("former shadow chancellor")."""
    out = list(segs)
    for k, seg in enumerate(segs):
        if seg.tag != "TITLE" or not seg.titles:
            continue
        if any(t.qualifier for t in seg.titles):
            # "former shadow home secretary": a whole role's qualifier right before
            # a title that has one of its own goes first
            outer = _role_qualifier(segs[k - 1]) if k else ""
            if outer:
                titles = [
                    replace(t, qualifier=join_qualifiers([outer, t.qualifier]))
                    for t in seg.titles
                ]
                out[k] = replace(seg, titles=titles)
                out[k - 1] = replace(segs[k - 1], tag="ADV")
            continue
        # Right before the title: the title phrase took what it could read, but not
        # before a portfolio it did not scan ("former Defense Secretary"); a
        # qualifier of the next word only ("acting") is the first title's.
        before = segs[k - 1] if k else None
        adjacent = ("W", "CAP", "ADV")  # "then economy minister Emmanuel Macron"
        qualifier = _role_qualifier(before, ("all", "next"), adjacent) if before else ""
        n = 1 if before and _role_qualifier(before, ("next",)) else len(seg.titles)
        j = k - 1
        if not qualifier:
            first = _field_start(segs, k)
            j = first - 1
            if _nominated(segs, j):
                titles = [replace(t, qualifier=NOMINEE) for t in seg.titles]
                out[k] = replace(seg, titles=titles)
                continue
            if j > 0 and segs[j].tag == "POSS" and segs[j - 1].tag == "ORG":
                j -= 1  # "then Acme's chief executive": past the owner's "'s"
            # an owner, a place, a party or nationality ("former Republican senator")
            owner = j >= 0 and (segs[j].tag in ("ORG", "NAME") or known_place(segs[j]))
            # "deputy UN ambassador", "acting Acme chief executive": a qualifier of
            # the next title right before its organisation is the first title's
            nxt = _role_qualifier(segs[j - 1], ("next",)) if owner and j > 0 else ""
            at = j - 1
            if owner:
                j = _field_start(segs, j) - 1
            elif first == k and not seg.titles[0].country:
                continue
            hyphened = j > 0 and segs[j].word in HYPHENS
            if hyphened:
                j -= 1  # "ex-Acme chief", "Ex-England captain": joined to the name
            # "then" (ADV) past an organisation: "X, then Acme's chief", "the then-Acme"
            prior = segs[j - 1].tag if j > 0 else "START"
            free = hyphened or prior in ("START", "COMMA", "DET", "BE")
            tags = ("W", "CAP", "ADV") if owner and free else ("W", "CAP")
            qualifier = _role_qualifier(segs[j], tags=tags) if j >= 0 else ""
            if nxt and not qualifier:
                qualifier, j, n = nxt, at, 1
        if qualifier:
            # read, the word is a modifier: "X, the former British prime minister,"
            out[j] = replace(segs[j], tag="ADV")
            # so is a whole role's qualifier before it ("former shadow ...")
            while j > 0 and (outer := _role_qualifier(segs[j - 1])):
                qualifier = join_qualifiers([outer, qualifier])
                j -= 1
                out[j] = replace(segs[j], tag="ADV")
            titles = [replace(t, qualifier=qualifier) for t in seg.titles[:n]]
            out[k] = replace(seg, titles=titles + seg.titles[n:])
    return out
