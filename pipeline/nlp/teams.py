"""Teams named by their place: in a sports report, a county, state or city the
recognizer tagged as a place is the team when the words around it say it plays
("Leicestershire beat Somerset", "against Kingsbay", "Texas manager ...").

A Doc is a sports report when it holds at least MIN_SPORTS_CUES distinct words of
the sports_cues lexicon ("innings", "halftime", "qualifier", "league", ...), and
only its sentences near a cue word are read (`sports_sentences`); elsewhere
nothing changes, so "sanctions against Tehran" keeps Tehran a place.
There the patterns of pipeline/patterns/teams.jsonl (spaCy Matcher
token patterns, ids "team:") match a place entity together with the words that
make it a team; every GPE/LOC/FAC/NORP entity lying inside a match becomes an
ORG whose span id is the pattern's id, unless it names a country or a
nationality ("Sweden", "U.S.", "English"): a national side keeps its country's
name, a place, as CoNLL-2003 tags it. A player's country in brackets ("Anna
Berg (Sweden)") matches no pattern and stays a place, and so does the family
name of a person the Doc names in full ("a match against Krajicek").

Runs after newsner_entity_merge and before newsner_acronyms and
newsner_consistency, which may carry the label to the name's other mentions in
the article.
"""

# No postponed annotations (`from __future__ import annotations`) in a module with
# a spaCy factory: the confection that spaCy 3.8.6 brings validates a factory's
# arguments from its annotations and cannot resolve them as strings.

import bisect
import functools

import numpy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from pipeline.lang.countries import country_code
from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl, lower_set
from pipeline.lang.places import place_kind
from pipeline.settings import PLACE_LABELS

TEAMS_JSONL = PATTERNS_DIR / "teams.jsonl"
# Three distinct cue words: one ("goal", "season", "coach") is ordinary news.
MIN_SPORTS_CUES = 3
# Clubs, counties and states named by their place are teams; nations stay places.
NATIONS = frozenset({"country", "continent"})
# What ends a sentence for the sentencizer.
FULL_STOPS = frozenset(Sentencizer.default_punct_chars)


@functools.cache
def sports_cues() -> frozenset[str]:
    """The words that make a Doc a sports report (lexicon sports_cues)."""
    return lower_set("sports_cues")


@functools.cache
def _cue_ids() -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(w) for w in sports_cues()), dtype="uint64")


def _ends_in_stop(sent: Span) -> bool:
    """True when the sentence's last word, before spaces, quotes and brackets, is
    a full stop (not a line the sentence ends at)."""
    for tok in reversed(sent):
        if not (tok.is_space or tok.is_quote or tok.is_bracket):
            return tok.text in FULL_STOPS
    return False


def sports_sentences(doc: Doc) -> set[int]:
    """Indices of the sentences near a sports cue word (that sentence, the one
    before or the one after), when `doc` holds MIN_SPORTS_CUES distinct cue
    words; empty otherwise. A digest with one sports item among others keeps
    its other items out."""
    if not len(doc):
        return set()
    # One vectorised pass first: most news is no sports report.
    lows = doc.to_array("LOWER")
    hits = numpy.isin(lows, _cue_ids())
    if len(numpy.unique(lows[hits])) < MIN_SPORTS_CUES:
        return set()
    # Nearness counts in sentences that end in a full stop: the lines of a fixture
    # list or a results table (`breaks` ends a sentence at each) are one.
    blocks: list[int] = []
    cued: set[int] = set()
    block = 0
    for sent in doc.sents:
        if hits[sent.start : sent.end].any():
            cued.add(block)
        blocks.append(block)
        if _ends_in_stop(sent):
            block += 1
    near_blocks = {b + d for b in cued for d in (-1, 0, 1)}
    return {k for k, b in enumerate(blocks) if b in near_blocks}


def team_entities(doc: Doc, matcher: Matcher, near: set[int]) -> list[Span]:
    """doc.ents with the place entities the team patterns match in the sentences
    `near` (`sports_sentences`) relabelled ORG (see the module doc)."""
    ents = list(doc.ents)
    if not ents or not near:
        return ents
    starts = [sent.start for sent in doc.sents]
    spans = sorted(
        (start, end, doc.vocab.strings[key])
        for key, start, end in matcher(doc)
        if bisect.bisect_right(starts, start) - 1 in near
    )
    if not spans:
        return ents
    # A player's family name is no team: "a match against Krajicek" after
    # "Richard Krajicek" is the player.
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for ent in ents:
        rule = next(
            (rid for start, end, rid in spans if start <= ent.start and ent.end <= end),
            None,
        )
        if rule is not None and ent.label_ in PLACE_LABELS and ent.text not in surnames:
            kind = place_kind(ent.text)
            if (
                kind not in NATIONS
                and not country_code(ent.text)  # "U.S.", or a nationality word
                and (ent.label_ != "NORP" or kind)  # not "European"
            ):
                ent = Span(doc, ent.start, ent.end, label="ORG", span_id=rule)
        out.append(ent)
    return out


def build_matcher(vocab) -> Matcher:
    """A Matcher holding every pattern of teams.jsonl under its id."""
    matcher = Matcher(vocab, validate=True)
    for _, rule in load_jsonl(TEAMS_JSONL):
        matcher.add(rule["id"], [rule["pattern"]])
    return matcher


@Language.factory("newsner_teams", assigns=["doc.ents"], requires=["doc.ents"])
def make_teams(nlp: Language, name: str):
    """Factory for Teams."""
    return Teams(build_matcher(nlp.vocab))


class Teams:
    """Pipeline component: place entities that are teams become ORG (module doc)."""

    def __init__(self, matcher: Matcher):
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        near = sports_sentences(doc)
        if near:  # setting doc.ents costs a pass over the Doc: only in a report
            doc.ents = team_entities(doc, self.matcher, near)
        return doc
