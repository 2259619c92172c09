"""Alias links: a name given as another name of the one before it joins that name.

"Jan Novak (1369 - 1415), often referred to in English as John Novak or Jack
Novak, was ..." and "the Acme Widget Company (formerly Acme Tools)" say that the
later names are the same person or organisation as the first. Each later name
gets the first one's link key (`kb_id_`), as an acronym gets its long form's,
so every mention of it in the article (its partial names too) resolves to the
first name's row; its id_ becomes "propagated:alias". The later name must
have the first one's label, or, after a naming verb ("known as", "called"), be
the model's guess of the other of ORG and PERSON, which the aside then corrects
(its other mentions too); a rule's label stands, and "Jane Doe, formerly Acme
Corp," names her employer, not her.

The aside follows the name, or the bracket right after it ("(born 1950)", a
pronunciation), and is set off by a comma or a dash, or is itself the bracket.
It holds only cue words (lexicon name_aside_words: naming verbs "known",
"called", "referred"; "formerly", "previously", "aka"; and the words around
them, "also", "often", "to", "as", "the"), at least one naming verb or
"formerly"-kind word, a language's name after "in", then the names joined by
"or", and ends where the aside does (a comma, a dash, the closing bracket, the
end of the sentence). "Ann Lee, formerly of Acme," and "Acme, previously
Beta's owner," name no alias: "of" is no cue word, "'s" ends no aside.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.names import alias_cue_words, naming_verbs

ALIAS_ID = "propagated:alias"
_LABELS = frozenset({"ORG", "PERSON"})
_SEPARATORS = frozenset({",", "–", "—", "--", "-"})
_ENDS = _SEPARATORS | frozenset({")", ".", ";", ":"})
_LANGUAGE_LABELS = frozenset({"LANGUAGE", "NORP"})
# Longest bracket skipped between a name and its aside, longest aside read.
_MAX_BRACKET = 20
_MAX_CUE = 8


def _close_bracket(doc: Doc, i: int) -> int:
    """Index of the ")" closing the "(" at doc[i], -1 when none within reach."""
    for j in range(i + 1, min(len(doc), i + 2 + _MAX_BRACKET)):
        if doc[j].text == "(":
            return -1
        if doc[j].text == ")":
            return j
    return -1


def _may_be(alias: Span, label: str, named: bool) -> bool:
    """Whether `alias` can name an entity of `label`: it has that label, or, after a
    naming verb (`named`), the model's guess of the other one (a rule's label
    stands; "Jane Doe, formerly Acme Corp," names her employer)."""
    if alias.label_ == label:
        return True
    return named and alias.label_ in _LABELS and not alias.id_


def _names_in_aside(
    doc: Doc, start: int, label: str, at: dict[int, Span], in_bracket: bool
) -> list[Span]:
    """The alias names of the aside starting at doc[start] (module doc), [] when
    the tokens there are no alias aside."""
    heads, cues = alias_cue_words()
    verbs = naming_verbs()
    i, head, named = start, False, False
    while i < len(doc) and i - start < _MAX_CUE:
        low = doc[i].lower_
        ent = at.get(i)
        after_in = i > start and doc[i - 1].lower_ == "in"
        if ent is not None and ent.label_ in _LANGUAGE_LABELS and after_in:
            i = ent.end
        elif low in cues and ent is None:
            head = head or low in heads
            named = named or low in verbs
            i += 1
        else:
            break
    names: list[Span] = []
    while head and i > start:
        ent = at.get(i)
        if ent is None or not _may_be(ent, label, named):
            return []
        names.append(ent)
        i = ent.end
        if i < len(doc) and doc[i].lower_ == "or":
            i += 1
            continue
        ends = i == len(doc) or doc[i].is_sent_start or doc[i].text in _ENDS
        if in_bracket:
            ends = i < len(doc) and doc[i].text == ")"
        return names if ends else []
    return []


def alias_names(doc: Doc, ents: list[Span]) -> list[tuple[Span, Span]]:
    """(name, alias) pairs of the Doc's ORG and PERSON entities (module doc)."""
    at = {e.start: e for e in ents}
    out = []
    for e in ents:
        if e.label_ not in _LABELS:
            continue
        k = e.end
        if k < len(doc) and doc[k].text == "(":
            close = _close_bracket(doc, k)
            if close < 0:
                continue
            inside = _names_in_aside(doc, k + 1, e.label_, at, in_bracket=True)
            if inside:
                out += [(e, alias) for alias in inside]
                continue
            k = close + 1
        if k + 1 < len(doc) and doc[k].text in _SEPARATORS:
            out += [
                (e, alias)
                for alias in _names_in_aside(doc, k + 1, e.label_, at, in_bracket=False)
            ]
    return out


def link_aliases(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with every alias, and every entity sharing an alias's link key, linked
    to its name's key (module doc); the Doc is not changed."""
    relink: dict[tuple[str, str], tuple[str, str]] = {}
    aliases: set[int] = set()
    for name, alias in alias_names(doc, ents):
        target = relink.get((name.label_, name.kb_id_), (name.label_, name.kb_id_))
        if target[1] and (alias.label_, alias.kb_id_) != target:
            relink[(alias.label_, alias.kb_id_)] = target
            aliases.add(alias.start)
    if not relink:
        return ents
    out = []
    for e in ents:
        label, key = relink.get((e.label_, e.kb_id_), ("", ""))
        if not key:
            out.append(e)
            continue
        # the alias itself, and any mention whose label the aside changes, say so
        keep = e.start not in aliases and label == e.label_
        span_id = e.id_ if keep else ALIAS_ID
        out.append(Span(doc, e.start, e.end, label=label, span_id=span_id, kb_id=key))
    return out
