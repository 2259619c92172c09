"""The parse rules of the role grammar (over "parse" in roles.jsonl): loaded into a
DependencyMatcher for the role parser's vocabulary, the cue words without which
none can match, and what a match's nodes mean beyond spaCy's matching (which
coordinated names share a reading; a `first` verb whose subject is not the
person; the entity a matched token is in)."""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.extract.dep_denials import negated, short_stay
from pipeline.extract.dep_marks import TITLE_TAG, conjuncts
from pipeline.extract.name_groups import and_group
from pipeline.extract.role_grammar import PLACELESS_KINDS, ROLES_JSONL, Rule, load_rules
from pipeline.extract.role_places import after_age, peer_seat
from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.occupations import load_occupations
from pipeline.lang.title_phrases import phrase_head
from pipeline.lang.titles import load_lexicon
from pipeline.nlp.models import RoleParser
from pipeline.nlp.node_matcher import SharedNodeMatcher

# Object pronouns: "asked her to join X", "whom Al Poe named as treasurer".
OBJECTS = frozenset({"him", "her", "them", "me", "us", "whom"})
# Titles an organisation holds as readily as a person ("Acme, owner of the Daily
# Clarion"): not enough to take a loose subject for a person.
ORG_HOLDABLE = lower_set("org_holdable_titles")


# Verbs whose subject is a person, not an organisation, when they say where one
# works ("Okafor served in the Acme Army", "taught at Acme University").
PERSON_WORK_VERBS = lower_set("person_work_verbs")


# Possessives that make their clause's subject a person: "began his career".
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
# "Roe and other Acme executives": words that count the name among the titled.
_COUNTED_IN = frozenset({"other", "fellow"})


def works_as_person(tok: Token) -> bool:
    """`tok` is the subject of a verb only a person does in a place of work, an
    organisation after "at", "for" or "in" ("Okafor served in the Acme Army"; not
    "Acme worked with Beta", nor "in 1984"), or "by" in the passive ("is
    employed by Acme"); or its verb's object is "his" or "her" something ("Okafor
    began his career at Acme": an organisation's would be "its")."""
    verb = tok.head
    preps = ("at", "for", "in") if tok.dep_ == "nsubj" else ("by",)
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if verb.lower_ in PERSON_WORK_VERBS and any(
        c.dep_ in ("prep", "agent")
        and c.lower_ in preps
        and any(g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in c.children)
        for c in verb.children
    ):
        return True
    return tok.dep_ == "nsubj" and any(
        c.dep_ == "dobj"
        and any(
            g.dep_ == "poss" and g.lower_ in PERSONAL_POSSESSIVES for g in c.children
        )
        for c in verb.children
    )


def loose_is_person(
    doc, loose_at: int, titles: dict, readings: list, holds: dict
) -> bool:
    """The loose subject (token `loose_at`, -1 for none) shows itself a person in
    its sentence: it holds an office, in a titled reading of `readings`
    ((person, title, org, rule id) token tuples) or in `holds` (title token ->
    [(person token, rule id)], titles read without an organisation: "Okafor
    joined Acme as chief executive"), or it works somewhere as a person does
    (`works_as_person`), or it is a given name ("Courtney joined the Acme team":
    gender-guesser knows it; a surname such as "Okafor" needs the rest)."""
    held = [t for p, t, _, _ in readings if p == loose_at]
    held += [t for t, people in holds.items() if any(p == loose_at for p, _ in people)]
    return loose_at >= 0 and (
        any(holds_office(titles, t) for t in held)
        or works_as_person(doc[loose_at])
        or is_given_name(doc[loose_at].text)
    )


def holds_office(titles: dict, t: int | None) -> bool:
    """Whether title token `t` (a key of `dep_marks.mark_titles`' result, or None)
    names an office only a person holds: a title, and not one such as "owner"."""
    return (
        t is not None
        and bool(titles[t].title)
        and titles[t].title.lower() not in ORG_HOLDABLE
    )


@functools.lru_cache(maxsize=2)
def load_dep_rules(
    parser: RoleParser, path: Path = ROLES_JSONL
) -> tuple[DependencyMatcher, dict[int, tuple[Rule, tuple[str, ...], bool]]]:
    """DependencyMatcher over the parser's vocab and {match key hash: (rule, node
    names, spread)}.

    Keyed by hash, not string: a key string added inside a memory zone is
    forgotten when the zone ends.
    """
    matcher = SharedNodeMatcher(parser.vocab)
    info: dict[int, tuple[Rule, tuple[str, ...], bool]] = {}
    for rule in load_rules(path, "parse"):
        key = f"{rule.id}#{rule.rank}"
        matcher.add(key, [list(rule.pattern)])
        # A name that carries its title itself ("Jane Doe, CEO of X": the
        # apposition hangs on one name) does not pass the role to its
        # conjuncts; "A and B of X", "A and B were CEOs of X" do.
        spread = not any(
            n.get("LEFT_ID") == "person" and n["RIGHT_ID"] == "title"
            for n in rule.pattern
        )
        info[get_string_id(key)] = (
            rule,
            tuple(n["RIGHT_ID"] for n in rule.pattern),
            spread,
        )
    matcher.share_nodes()
    return matcher, info


@functools.lru_cache(maxsize=2)
def rule_fields(
    parser: RoleParser, path: Path = ROLES_JSONL
) -> tuple[dict[str, str], dict[str, str]]:
    """(rule id -> qualifier, rule id -> fixed title) of the parse rules that
    `load_dep_rules` builds and that give one: read once, not per Doc."""
    rules = load_dep_rules(parser, path)[1].values()
    qualifiers = {r.id: r.qualifier for r, _, _ in rules if r.qualifier}
    return qualifiers, {r.id: r.title for r, _, _ in rules if r.title}


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words without which no title is marked: the head of every lexicon title
    (the last word of its key, "officer" of "chief executive officer"; before an
    "of", "secretary" of "secretary of state") and the occupations."""
    words = {phrase_head(key) for key in load_lexicon().titles}
    return frozenset(words | set(load_occupations()))


@functools.lru_cache(maxsize=2)
def cue_words(path: Path = ROLES_JSONL) -> frozenset[str]:
    """Words without which no parse rule can match: title words (`title_words`) and
    the rules' verbs: the LOWER lists of the `verb` nodes of the person_org rules
    (every other kind needs a title anyway), and the nouns of their `cue` nodes
    ("began her career at X": "career", not the common "began").
    """
    words = set(title_words())
    for rule in load_rules(path, "path"):
        spec = rule.pattern[0]
        for key in ("OBJECT_OF", "WORK_AT", "JOBS"):
            words.update(spec.get(key, {}).get("IN", []))
    for rule in load_rules(path, "parse"):
        for node in rule.pattern if rule.kind == "person_org" else ():
            if node["RIGHT_ID"] in ("verb", "cue"):
                words.update(node["RIGHT_ATTRS"].get("LOWER", {}).get("IN", []))
    return frozenset(words)


def sharing(node: dict[str, Token]) -> list[Token]:
    """The matched person and the names coordinated with it that share its reading:
    not one with a word of its own where the match has one ("A of X and B of
    Y": B's "of Y" is not A's), nor one written after a word of the match that
    hangs on the person ("A from X and B": the "from X" is A's alone), and only
    those of its "and" group (`name_groups`)."""
    person = node["person"]
    others = [t for t in node.values() if t != person and t.head.i == person.i]
    own = {(t.dep_, t.lower_) for t in others}
    past = min((t.i for t in others if t.i > person.i), default=len(person.doc))
    names = [
        c
        for c in conjuncts(person)
        if c == person
        or (c.i < past and not any((ch.dep_, ch.lower_) in own for ch in c.children))
    ]
    return and_group(person, names)


def person_object(tok: Token, deps: tuple[str, ...] = ("dobj",)) -> bool:
    """Whether the word is an object (a dependency of `deps`) that is a person: a
    PERSON entity or a personal object pronoun ("him")."""
    return tok.dep_ in deps and (tok.ent_type_ == "PERSON" or tok.lower_ in OBJECTS)


def role_not_subjects(node: dict[str, Token]) -> bool:
    """The role the match reads is not its subject's: an "as" phrase hangs on a
    verb whose object is another person ("A appointed B as treasurer": the
    title is B's); or, of two verbs, the second has a subject of its own ("A
    moved and B joined X"), or the first has a person as object ("A tapped B
    to lead X"). Not after a verb of succession: "A replaced B as treasurer"
    makes A the treasurer."""
    if "as" in node and "person" in node:
        person, verb = node["person"].i, node["as"].head
        # "A succeeded B as treasurer": the office is A's now (lexicon
        # successor_verbs)
        if verb.lower_ not in lower_set("successor_verbs") and any(
            c.i != person and person_object(c, ("dobj", "oprd")) for c in verb.children
        ):
            return True
    if "first" not in node:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in node["verb"].children):
        return True
    return "to" in node and any(person_object(c) for c in node["first"].children)


def prep_of_conjunct(node: dict[str, Token]) -> bool:
    """The matched "of"/"at" hangs on the title, but right between them stands
    "and" and a coordinated noun that is no title: the parser often hangs it
    on the first of two coordinated nouns, and it is the last one's ("a banker
    and friend of Acme" is no banker at Acme; "president and CEO of Acme"
    shares it). Only that shape: a conjunct further off is the title's own
    field ("professor of biology and earth sciences at Acme")."""
    title, prep = node.get("title"), node.get("prep")
    if title is None or prep is None or prep.head != title or prep.i != title.i + 3:
        return False
    cc, noun = title.doc[title.i + 1], title.doc[title.i + 2]
    return (
        cc.dep_ == "cc"
        and noun.dep_ == "conj"
        and noun.head == title
        and noun.tag_ != TITLE_TAG
    )


def title_of_another(node: dict[str, Token]) -> bool:
    """The matched title is coordinated with the person's name by "and"/"or" with
    no comma between ("met Jo Roe and the head of Acme", "Roe and Acme leader
    Ann Lee"): it names someone else. "Roe and other Acme executives" counts
    Roe among them."""
    title, person = node.get("title"), node.get("person")
    if title is None or person is None or title.dep_ != "conj":
        return False
    if title.head != person or title.i < person.i:
        return False
    between = title.doc[person.i + 1 : title.i]
    return (
        any(t.dep_ == "cc" for t in between)
        and not any(t.is_punct for t in between)
        and all(t.lower_ not in _COUNTED_IN for t in between)
    )


def entity_of(tok: Token, label: str) -> Span | None:
    """The entity of `label` that holds the matched token, or None."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ == label:
            return ent
    return None


def hometown(rule: Rule, tok: Token) -> bool:
    """True when `rule` refuses the ORG entity holding `tok` as a known place
    (`Rule.refuses_org`): "Jane Doe of Kalispell" names where she lives; so
    do a peer's title ("Lord Lawson of Blaby": `role_places.peer_seat`) and
    the place after an age ("Jane Doe, 49, of Hall Demesne": `after_age`)."""
    ent = entity_of(tok, "ORG") if rule.org_kind in PLACELESS_KINDS else None
    return ent is not None and (
        rule.refuses_org(ent.text) or peer_seat(ent) or after_age(ent)
    )


def refused(node: dict[str, Token]) -> bool:
    """A parse rule's match that reads no role: its role is another's
    (`role_not_subjects`, `title_of_another`), denied (`negated`), a short stay
    (`short_stay`), its "of" is a coordinated noun's (`prep_of_conjunct`), or
    the noun naming its organisation is a model number ("a pilot of Acme 737s":
    a product)."""
    return (
        role_not_subjects(node)
        or negated(node)
        or short_stay(node)
        or prep_of_conjunct(node)
        or title_of_another(node)
        or ("noun" in node and any(map(str.isdigit, node["noun"].text)))
    )
