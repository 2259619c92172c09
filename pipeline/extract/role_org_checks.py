"""Checks that a segment rule's organisation slot holds the organisation the
role is at, not a name that describes something else or a country's office
named after it (`pipeline.extract.roles` drops a hit that fails one)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.segment_types import Segment
from pipeline.lang.countries import country_code


def describing_name(segs: list[Segment], org: int | None) -> bool:
    """A name of another kind than ORG right before a plain lower-case word
    describes that word ("head of Asian equities at Acme"): it is no
    organisation; nor is an ORG that describes a common noun before another
    name (`_descriptor_org`). A nationality stays, to become the row's country
    ("mayor of the Danish capital": `role_resolve.with_country`), but not right
    before a capitalised word: it opens a name the recognizer missed ("leader
    of the Ukrainian Popular Rukh"), no country's office."""
    if org is None or org + 1 >= len(segs):
        return False
    if segs[org].tag == "ORG":
        return _descriptor_org(segs, org)
    if segs[org].tag != "NAME":
        return False
    after = segs[org + 1]
    if after.tag == "CAP":
        return True
    return not country_code(segs[org].text) and _plain_word(after)


def _descriptor_org(segs: list[Segment], org: int) -> bool:
    """An organisation, then one to three plain lower-case words, then a name: the
    words are a common noun the organisation describes and the name is what
    the role is at ("head of EU border agency Frontex", "chief executive of
    Google parent Alphabet")."""
    k = org + 1
    while k < len(segs) and k - org <= 3 and _plain_word(segs[k]):
        k += 1
    return org + 1 < k < len(segs) and segs[k].tag in ("ORG", "NAME", "CAP")


def _plain_word(seg: Segment) -> bool:
    """A lower-case word of letters no word class claims."""
    return seg.tag == "W" and seg.word.isalpha() and seg.word.islower()


def org_before_country_title(segs: list[Segment], slots: dict, doc: Doc) -> bool:
    """An organisation with words between it and a title that opens with a
    country: "Tass reported Russian President X" names Russia's office, not
    Tass's ("Haier UK Market Director", with nothing between, is Haier's)."""
    org, title = slots.get("org"), slots.get("title")
    if org is None or title is None or title - org < 2:
        return False
    if segs[title - 1].tag == "POSS" and all(
        s.tag in ("POSS", "ORGNOUN") for s in segs[org + 1 : title]
    ):
        return False  # "Acme's UK country manager" is Acme's; so is "Acme magazine's"
    seg = segs[title]
    return bool(
        seg.titles and seg.titles[0].country and country_code(doc[seg.start].text)
    )
