"""A body's generic name that the model read apart from its country ("French"
NORP, then "Senate" ORG) linked as that country's body.

The reduce scopes a generic organisation name ("Senate", "Navy", "Supreme
Court": `lang.orgscope.is_generic`) by the country its own words give, else by
its article's country (`reduce.scopes`). When the model tags the country word
as a NORP or GPE of its own, the ORG's words alone name no country, and a
French Senate in a report on Russia became Russia's. The ORG right after such
a country word, with nothing between them, gets the whole phrase as its link
key (`kb_id_`): "French Senate", whose country the reduce then reads. So does
an ORG after the country's possessive ("South Korea's" "National Intelligence
Service", "the Philippines'" "Senate"): a report on North Korea quotes South
Korea's spy agency, and the article's leading country made it North Korea's.
The country word keeps its own entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.names import canonical_org_name
from pipeline.lang.orgnames import canonical_name
from pipeline.lang.orgscope import country_scope, is_generic
from pipeline.nlp.spans import POSSESSIVE

QUALIFIER_LABELS = frozenset({"NORP", "GPE"})


def country_links(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` (in order) with each unlinked generic ORG right after a NORP or GPE
    that names its country (or a nation of a union: "Scottish"), or after its
    possessive, linked as the two together (module doc); every other entity as
    it is."""
    out: list[Span] = []
    for e in ents:
        before = out[-1] if out else None
        if (
            before is not None
            and e.label_ == "ORG"
            and not e.kb_id_
            and before.label_ in QUALIFIER_LABELS
            and (gap := _gap(doc, before, e)) is not None
        ):
            whole = f"{before.text}{gap} {e.text}"
            if is_generic(canonical_name(e.text)) and country_scope(whole)[0]:
                e = Span(
                    doc,
                    e.start,
                    e.end,
                    label="ORG",
                    span_id=e.id_,
                    kb_id=canonical_org_name(whole),
                )
        out.append(e)
    return out


def _gap(doc: Doc, before: Span, ent: Span) -> str | None:
    """What stands between a country word and the ORG after it: "" for a space
    alone, the possessive glued to the country ("'s", "'"); None for anything
    else."""
    if before.end == ent.start:
        return "" if doc[before.end - 1].whitespace_ else None
    if before.end + 1 != ent.start:
        return None
    mark = doc[before.end]
    if mark.text in POSSESSIVE and not doc[before.end - 1].whitespace_:
        return mark.text if mark.whitespace_ else None
    return None
