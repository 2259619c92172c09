"""Document-level consistency: one label per name in an article, and partial names
linked.

Runs after the rules and the acronym linker. Within one Doc (a common word the
recognizer read as a person's first name is cut first: `name_leads`):

1. Label votes. Every name entity votes for its label under its lower-cased
   text (so a headline "LEICESTERSHIRE" meets the body's "Leicestershire");
   rule and acronym entities weigh 3, model ones 1. When ORG or PERSON wins
   a name outright, model entities of that name with another label are
   relabelled (id_ "propagated:label-vote"); rule and acronym entities keep
   theirs (local evidence is stronger than a vote). So does a people the
   group-noun rule found ("Rohingya minority": `person_shapes.people_of_group`),
   as NORP; a NORP of the model alone wins nothing. A party's adjective read
   as the party before a party office (`party_cues`; lexicon party_adjectives)
   keeps its label but does not vote: elsewhere the word is as often only an
   adjective ("Democratic Gov. X").
2. Partial person names. The last word of a full name (a PERSON of two or
   more words) names that person elsewhere in the Doc: "Hung" and
   "Mr. Hung" link to "Tran Quang Hung" when only one full name ends so (a
   last word may be hyphenated or hold an apostrophe: "Diaz-Canel",
   "O'Rourke", `partial_names.last_word`). A
   model entity of another label is relabelled PERSON
   (id_ "propagated:person-partial") unless the word alone is voted
   something else 3 times or more - except when the full name came first
   (a person introduced, then called by surname).
3. Unlabelled mentions. Capitalised token runs equal to a name that won
   ORG/PERSON, or to a linked last name, become entities when they overlap
   nothing (id_ "propagated:..."); a single title-case word at a sentence
   start that is also a stop word is left alone ("Reading", "Will"), and so is
   a run a longer name of another kind covers (`longer_names`).
4. Link keys. Every ORG gets kb_id_ = its canonical name unless the acronym
   linker set one, or its country stands right before it as an entity of its
   own ("French" "Senate" is linked "French Senate": `nlp.country_links`);
   every PERSON gets its full canonical name.
5. Aliases. A name given as another name of the one before it ("X, also known
   as Y", "X (formerly Y)") takes that name's link key (`nlp.aliases`).
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

from collections import Counter, defaultdict

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.lang.gender import gender_fits
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import (
    canonical_org_name,
    canonical_person_name,
)
from pipeline.nlp.aliases import link_aliases
from pipeline.nlp.country_links import country_links
from pipeline.nlp.entity_merge import NONENT_SPANS_KEY, TRIMMING_NONENTS
from pipeline.nlp.longer_names import longer_names, name_key, written_over
from pipeline.nlp.name_leads import trim_leads, trim_tails
from pipeline.nlp.outlet_cues import KIND_AFTER_RULE
from pipeline.nlp.partial_names import (
    PARTIAL_ID,
    acronym_like,
    introduced_names,
    last_word,
    name_word,
    one_word,
    partial_allowed,
    partial_names,
    titled_surnames,
)
from pipeline.nlp.party_cues import PARTY_RULE
from pipeline.nlp.person_shapes import GROUP_RULE
from pipeline.nlp.spans import NAME_LABELS

VOTE_ID = "propagated:label-vote"
PARTY_ADJECTIVES = lower_set("party_adjectives")
PROPAGATED_LABELS = ("ORG", "PERSON")
RULE_WEIGHT, MODEL_WEIGHT = 3, 1
# Weight a name needs before it is propagated to unlabelled mentions.
PROPAGATE_MIN_WEIGHT = 2


def _votes(
    ents: list[Span], keys: list[tuple[str, ...]]
) -> dict[tuple[str, ...], Counter]:
    """Name key -> label -> vote weight (`keys`: each entity's `_key`)."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for e, key in zip(ents, keys):
        if (label := e.label_) in NAME_LABELS:
            # get, not +=: a Counter's missing key costs a Python call
            if e.id_ == PARTY_RULE and e.text.lower() in PARTY_ADJECTIVES:
                continue  # "Democratic" names the party there only (`party_cues`)
            c = votes[key]
            c[label] = c.get(label, 0) + (RULE_WEIGHT if e.id_ else MODEL_WEIGHT)
    return votes


def _winners(
    votes: dict[tuple[str, ...], Counter],
    min_weight: int = 1,
    peoples: frozenset[tuple[str, ...]] = frozenset(),
    stated: frozenset[tuple[str, ...]] = frozenset(),
) -> dict[tuple[str, ...], str]:
    """Name key -> ORG/PERSON (or NORP, for a key in `peoples`) where that label has
    strictly the most weight, and at least min_weight; for a key in `stated` the
    votes for PERSON count for nothing (ORG still needs the most weight against
    a place's).
    """
    out = {}
    for key, c in votes.items():
        if key in stated:
            c = Counter({k: v for k, v in c.items() if k != "PERSON"})
        # Most names have one label: most_common's sort is for the others.
        ranked = list(c.items()) if len(c) == 1 else c.most_common(2)
        (label, top), (_, second) = (ranked + [(None, 0), (None, 0)])[:2]
        allowed = label in PROPAGATED_LABELS or (label == "NORP" and key in peoples)
        if allowed and top > second and top >= min_weight:
            out[key] = label
    return out


def _title_before(doc: Doc, i: int) -> str:
    """The token before token i ("Mrs." of "Mrs. Trump"), "" at the start."""
    return doc[i - 1].text if i > 0 else ""


def _relabel(
    doc: Doc,
    e: Span,
    key: tuple[str, ...],
    winners: dict,
    names: tuple[dict, dict],
    votes: dict,
    introduced: set[str],
) -> Span:
    last, first = names
    if (
        key in last  # first: a dict's answer, the cheapest of these tests
        and one_word(e)
        and not acronym_like(e)
        and e.label_ in NAME_LABELS
        and not (e.id_ and e.label_ != "PERSON")
        and partial_allowed(key, votes, introduced)
        and gender_fits(_title_before(doc, e.start), last[key])
    ):
        full = last[key]
        span_id = e.id_ if e.label_ == "PERSON" else PARTIAL_ID
        return Span(doc, e.start, e.end, label="PERSON", span_id=span_id, kb_id=full)
    if len(e) == 1 and e.label_ == "PERSON" and key[0] in first:
        # A first name alone links only what is already a person: the full name it
        # would borrow may be a model error ("Lockheed Martin" as a person).
        return Span(
            doc, e.start, e.end, label="PERSON", span_id=e.id_, kb_id=first[key[0]]
        )
    won = winners.get(key)
    if won and won != e.label_ and not e.id_ and e.label_ in NAME_LABELS:
        return Span(doc, e.start, e.end, label=won, span_id=VOTE_ID, kb_id=e.kb_id_)
    return e


def _unlabelled(
    doc: Doc,
    ents: list[Span],
    winners: dict,
    last: dict,
    votes: dict,
    introduced: set[str],
) -> list[Span]:
    """New entities for capitalised runs equal to a voted name or a linked last name."""
    taken = bytearray(len(doc))
    for e in ents:
        taken[e.start : e.end] = b"\x01" * len(e)
    # No name is spread into a phrase a rule says is no entity ("St Patrick's
    # Day"); a job title only trims names, and a family name may be one listed
    # word ("Yuan" the person, though a currency's name).
    denied = bytearray(len(doc))
    for e in doc.spans.get(NONENT_SPANS_KEY, ()):
        if e.id_ not in TRIMMING_NONENTS and len(e) > 1:
            denied[e.start : e.end] = b"\x01" * len(e)
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
    for key, label in winners.items():
        by_first[key[0]].append((key, label, ""))
    for word, full in last.items():
        if partial_allowed(word, votes, introduced):
            by_first[word[0]] = [c for c in by_first[word[0]] if c[0] != word] + [
                (word, "PERSON", full)
            ]
    for cands in by_first.values():
        cands.sort(key=lambda c: -len(c[0]))  # longest name first
    longer = longer_names(ents)  # their words are not a shorter name's
    new: list[Span] = []
    n = len(doc)
    # Only a token whose lower case opens a candidate is read (the Doc's LOWER ids
    # say which, in one array), and none inside a name just found.
    firsts = {get_string_id(word) for word in by_first}
    opening = [i for i, w in enumerate(doc.to_array(LOWER).tolist()) if w in firsts]
    resume = 0
    for i in opening:
        if i < resume or taken[i]:
            continue
        tok = doc[i]
        if tok.is_lower or not name_word(tok):
            continue
        cands = by_first.get(tok.lower_)
        hit = None
        for key, label, full in cands or ():
            end = i + len(key)
            if (
                end <= n
                and not any(taken[i:end])
                and not any(denied[i:end])
                and (not full or gender_fits(_title_before(doc, i), full))
                and name_key(doc[i:end]) == key
            ):
                if written_over(doc, i, key, label, longer):
                    break
                if (
                    len(key) == 1
                    and tok.is_sent_start
                    and tok.is_stop
                    and not tok.is_upper
                ):
                    continue
                hit = Span(
                    doc,
                    i,
                    end,
                    label=label,
                    span_id=PARTIAL_ID if full else VOTE_ID,
                    kb_id=full,
                )
                break
        if hit is not None:
            new.append(hit)
            resume = hit.end
    return new


def _with_link(doc: Doc, e: Span) -> Span:
    label = e.label_
    if label not in ("ORG", "PERSON") or e.kb_id_:
        return e
    canonical = canonical_org_name if label == "ORG" else canonical_person_name
    return Span(
        doc, e.start, e.end, label=label, span_id=e.id_, kb_id=canonical(e.text)
    )


def make_consistent(doc: Doc) -> list[Span]:
    """The Doc's entities after label voting, partial-name linking and propagation;
    doc is not changed.
    """
    # "Jacob Zuma Local (media)", then "Earlier Vantreight" (`name_leads`).
    ents = trim_tails(doc, titled_surnames(doc, list(doc.ents)))
    ents = trim_leads(doc, ents)
    keys = [name_key(e) for e in ents]
    votes = _votes(ents, keys)
    lasts = [last_word(e) for e in ents]
    names = partial_names(ents, lasts)
    last = names[0]
    keyed = list(zip(ents, keys))
    peoples = frozenset(k for e, k in keyed if e.id_ == GROUP_RULE)
    # What the text says a name is ("the Varnok app", "Varnok customers") settles
    # its label, unless a rule also says it is a person ("Mr Varnok").
    stated = frozenset(k for e, k in keyed if e.id_ == KIND_AFTER_RULE) - {
        k for e, k in keyed if e.label_ == "PERSON" and e.id_
    }
    winners = _winners(votes, peoples=peoples, stated=stated)
    introduced = introduced_names(doc, ents, lasts)
    ents = [
        _relabel(doc, e, key, winners, names, votes, introduced) for e, key in keyed
    ]
    # Only well-supported names reach unlabelled text: one stray model label must not
    # spread.
    ents += _unlabelled(
        doc, ents, _winners(votes, PROPAGATE_MIN_WEIGHT), last, votes, introduced
    )
    ordered = country_links(doc, sorted(ents, key=lambda s: s.start))
    linked = [_with_link(doc, e) for e in ordered]
    return link_aliases(doc, linked)


@Language.factory("newsner_consistency", assigns=["doc.ents"], requires=["doc.ents"])
def make_consistency(nlp: Language, name: str):
    """Factory for Consistency."""
    return Consistency()


class Consistency:
    """Pipeline component: document-level label consistency and name linking (module
    docstring).
    """

    def __call__(self, doc: Doc) -> Doc:
        # What `doc.ents = ...` does, without building each Span again first.
        doc.set_ents(make_consistent(doc), default="outside")
        return doc
