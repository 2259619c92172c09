"""Roles whose organisation is named by context ("its CEO", "led by CEO X", "under
the tenure of CEO X") and the loose-subject rules (a lone surname the model did
not tag as a person, in subject position)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.role_patterns import Hit
from pipeline.extract.segment_types import Segment
from pipeline.lang.lexicons import lower_set


def context_org_hits(segs: list[Segment], hits: list, prev: Span | None) -> list:
    """Give hits whose organisation is named by context ("its CEO", "the company's
    chairman": an `org_cue` slot) their organisation.

    The rule's `org` field says how: `context` (a possessive: "its", "our", "the
    company's") reads the one organisation named in this sentence or the previous
    one; when several are
    named, a possessive cue takes the one right before it ("Acme and its CEO"),
    else the nearest one when an apposition describes it ("Beta, a carrier led
    by its founder"), else an organisation opening the sentence (the subject
    "its" refers back to); otherwise the hit is dropped. `context_here` ("a team
    led by CEO Jane Doe") needs exactly one organisation in its own sentence,
    before the cue.
    `context_near` ("the first Acme car designed under the tenure of CEO Jane
    Doe") takes the nearest organisation before the cue in its sentence, the
    thing such a phrase modifies. A previous-sentence organisation is appended
    to `segs`.
    """
    here = [i for i, s in enumerate(segs) if s.tag == "ORG"]
    there = [e for e in (prev.ents if prev is not None else []) if e.label_ == "ORG"]
    names = {segs[i].text for i in here} | {e.text for e in there}
    opening = 1 if segs and segs[0].tag == "DET" else 0
    out = []
    for h in hits:
        kind = h.rule.org_from
        if not kind:
            out.append(h)
            continue
        cue = h.slots["org_cue"]
        before = [i for i in here if i < cue]
        near = (
            cue - 2 if cue >= 2 and segs[cue - 1].tag in ("AND", "COMMA") else cue - 1
        )
        # A possessive with an organisation named before it, when the sentence names
        # several.
        refers_back = kind == "context" and bool(before) and _possessive_cue(segs, cue)
        if kind == "context" and here and not before and not there:
            if _possessive_cue(segs, cue):
                # "The company's founder, Jane Doe, told Acme": a possessive refers
                # back, and the one organisation is named only after it.
                continue
        if kind == "context_here" and here and here[0] > cue:
            # "Under President X, the agency set rules", "under Chancellor X, she
            # became head of the party": what comes after names an era or
            # someone else's office.
            continue
        if kind.startswith("context_") and _state_head(segs, h):
            # "ambassador to NATO under President X", "a cleanup that began
            # under President X": a head of state's era, not the organisation's
            continue
        if len(names) == 1 and (here or kind == "context"):
            org = here[0] if here else None
        elif kind == "context_near" and before:
            org = before[-1]
        elif refers_back and before[-1] == near:
            org = near
        elif refers_back and _described(segs, before[-1]):
            org = before[
                -1
            ]  # "Beta, a carrier led by its founder": the name the apposition describes
        elif refers_back and before[0] == opening:
            org = opening
        else:
            continue
        if org is None:
            segs.append(
                Segment(
                    "ORG",
                    there[0].start,
                    there[0].end,
                    "<org>",
                    there[0].text,
                    there[0].kb_id_,
                )
            )
            org = len(segs) - 1
        slots = {k: v for k, v in h.slots.items() if k != "org_cue"}
        out.append(Hit(h.rule, h.start, h.end, {**slots, "org": org}))
    return out


def _state_head(segs: list[Segment], hit: Hit) -> bool:
    """The hit's title is a head of state's or government's (lexicon
    state_head_titles: President, Prime Minister, King), read after "under"."""
    title = hit.slots.get("title")
    if title is None or segs[hit.slots["org_cue"]].word != "under":
        return False
    heads = lower_set("state_head_titles")
    return any(t.title.lower() in heads for t in segs[title].titles)


def _described(segs: list[Segment], k: int) -> bool:
    """segs[k] is followed by an apposition ", a|an|the ..." that describes it."""
    return (
        k + 2 < len(segs)
        and segs[k + 1].tag == "COMMA"
        and segs[k + 2].word in ("a", "an", "the")
    )


def _possessive_cue(segs: list[Segment], cue: int) -> bool:
    """The cue refers back ("its", "our", "their", "the company's"); a bare "the"
    does not.
    """
    return segs[cue].word in ("its", "our", "their") or (
        cue + 1 < len(segs) and segs[cue + 1].tag == "POSS"
    )


def loose_subject_ok(segs: list[Segment], hit: Hit, doc: Doc) -> bool:
    """A loose-person hit's person (rule field `person: loose`): the sentence's
    first segment, a short capitalised
    name.

    The model sometimes tags a bare surname as ORG/GPE or leaves it untagged
    ("Okafor is a professor at ..."); only that subject position is trusted:
    one token (two or three for an untagged capitalised run), all title-case.
    """
    k = hit.slots["person"]
    seg = segs[k]
    n = seg.end - seg.start
    if k != 0 or n > (3 if seg.tag == "CAP" else 1):
        return False
    return all(
        t.text[:1].isupper() and t.is_alpha and not t.is_stop
        for t in doc[seg.start : seg.end]
    )


def loose_sentence(sent: Span, ents: list[Span]) -> bool:
    """A sentence without a PERSON that opens with a capitalised word and names an
    ORG: the loose-person rules may read it."""
    return (
        sent[0].text[:1].isupper()
        and sent[0].lower_ not in ("the", "a", "an", "he", "she", "it")
        and any(e.label_ == "ORG" for e in ents)
    )
