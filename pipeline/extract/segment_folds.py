"""Last passes over a sentence's segments: a descriptive noun phrase joins the
organisation it describes, and a country that qualifies a title joins it (what a title
is written to: `segment_objects`; a qualifier written before them:
`segment_qualifiers`).

"the Danish shipping company Meridian Bank": the words before an organisation noun
(lexicon role_words, class ORGNOUN) and the name after it are one ORG segment, the
name's; so every rule reads "of the ... company Acme" as "of Acme" without writing the
descriptors out.

"Russian Foreign Minister", "US Secretary of State", "Cambodia's Prime Minister",
"Prime Minister of Cambodia", "the Kenyan government spokesman": the country (a place
or nationality the model tagged, resolved by pipeline.lang.countries; after "a"/"an"
only before a title a state gives, lexicon national_offices: "a Kenyan senator", but
"a Spanish engineer" describes a person) is no organisation of the role but
says whose office the title is; it becomes the `country` of the title segment's titles
and leaves the sequence, so the patterns read "TITLE PERSON" and the row carries the
country. Before an international body and an envoy's title ("Israel's UN envoy")
the country is the title's too, and the body stays (`segment_envoys`).

"President of Zimbabwe" is a country's office, "the president of Zimbabwe's healers'
association" is not: a country that owns a later noun qualifies no title, unless that
noun is a government body ("culture minister of Poland's government"). "President of
the Philippines" is one too when the country's name ends the phrase (not "leader of
the UK Liberal Democrats", nor a nationality: "mayor of the Danish capital").
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.segment_envoys import envoy_title_at
from pipeline.extract.segment_types import Segment
from pipeline.lang.countries import country_code, people_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.places import place_kind

GOVERNMENT_BODIES = lower_set("government_bodies")
ADJECTIVAL_BODIES = lower_set("adjectival_bodies")
NATIONAL_OFFICES = lower_set("national_offices")
POLITICAL_MODIFIERS = lower_set("political_modifiers")

# Segment tags of entities that may name a country (GPE/LOC -> ENT, NORP -> NAME).
_PLACE_TAGS = ("ENT", "NAME", "CAP")


def segment_country(seg: Segment) -> str:
    """The country code a place or nationality segment names ("" for none). A
    nationality the model read as an organisation is one too: the title scan cut
    it from the front of the model's "British Permanent Representative"."""
    if seg.tag == "ORG" and people_name(seg.text):
        return country_code(seg.text)
    return country_code(seg.text) if seg.tag in _PLACE_TAGS and seg.text else ""


def known_place(seg: Segment) -> bool:
    """A known place the model tagged (a state, a city: "Kentucky", "New York")."""
    return seg.tag == "ENT" and bool(place_kind(seg.text))


def _with_country(title: Segment, code: str, start: int, end: int) -> Segment:
    titles = [replace(t, country=t.country or code) for t in title.titles]
    return replace(title, start=start, end=end, titles=titles)


# Segment classes that may describe an organisation before its noun ("Danish",
# "shipping", "New York-based", "and").
_DESCRIBERS = ("W", "ENT", "ADV", "NAME", "AND")
MAX_DESCRIBERS = 4


def fold_org_descriptions(segs: list[Segment]) -> list[Segment]:
    """The segments with every "describer* ORGNOUN QUOTE? ORG" folded into the ORG."""
    out: list[Segment] = []
    for seg in segs:
        if seg.tag != "ORG" or not out:
            out.append(seg)
            continue
        j = len(out) - 1
        if out[j].tag == "QUOTE":
            j -= 1
        if j < 0 or out[j].tag != "ORGNOUN":
            out.append(seg)
            continue
        start = j
        while (
            start > 0
            and j - start < MAX_DESCRIBERS
            and out[start - 1].tag in _DESCRIBERS
        ):
            start -= 1
        if out[start].tag == "AND":
            start += 1
        first = out[start].start
        del out[start:]
        out.append(replace(seg, start=first))
    return out


def _leading_country(title):
    """A title whose written portfolio starts with a country ("Russian Energy
    Minister", read from an ORG "Russian Energy" before "Minister") as the title
    without it and the country."""
    words = title.title.split()
    for n in (2, 1):
        code = country_code(" ".join(words[:n])) if len(words) > n else ""
        if code:
            return replace(title, title=" ".join(words[n:]), country=code)
    return title


def _country_office(segs: list[Segment], k: int) -> bool:
    """Whether a title "of <country>" ending before segs[k] is the country's office:
    not when the country owns a later noun ("'s healers' association"), unless
    that is a government body within a few words ("'s upper house of
    parliament")."""
    if k >= len(segs) or segs[k].tag != "POSS":
        return True
    return any(s.word in GOVERNMENT_BODIES for s in segs[k + 1 : k + 5])


def _owned_body(segs: list[Segment], k: int) -> bool:
    """Whether segs[k] is a possessive that a government body follows within a few
    words ("'s foreign ministry", "'s embassy in Beijing")."""
    return (
        k < len(segs)
        and segs[k].tag == "POSS"
        and any(s.word in GOVERNMENT_BODIES for s in segs[k + 1 : k + 4])
    )


def _the_country(segs: list[Segment], k: int) -> bool:
    """Whether segs[k:] is "the" and a country's name that ends the phrase ("of
    the Philippines, ..."; not "of the UK Liberal Democrats", "the Danish
    capital")."""
    after = segs[k + 2].tag if k + 2 < len(segs) else "END"
    return (
        k + 1 < len(segs)
        and segs[k].word == "the"
        and segs[k + 1].tag == "ENT"
        and after not in ("NAME", "CAP", "ORG", "W", "ORGNOUN", "POSS", "ENT")
    )


def _national_office(seg: Segment) -> bool:
    """Whether a TITLE segment is a title only a country's state gives (lexicon
    national_offices, the whole title or its last word: "MP", "senator",
    "Foreign Minister", "diplomat"): "a Kenyan senator" holds Kenya's office,
    where "a Spanish engineer" is only described."""
    if not seg.titles:
        return False
    title = seg.titles[0].title.lower()
    return title in NATIONAL_OFFICES or title.rsplit(" ", 1)[-1] in NATIONAL_OFFICES


def _body_words(segs: list[Segment], j: int) -> int:
    """How many segments from `j` name a government body (lexicon
    government_bodies) a country before them qualifies: one ("government",
    "army"), or a lower-case word and one ("foreign ministry", "defence
    ministry"); 0 for none."""
    if j < len(segs) and segs[j].word in GOVERNMENT_BODIES:
        return 1
    if (
        j + 1 < len(segs)
        and segs[j].tag == "W"
        and segs[j].word.isalpha()
        and segs[j + 1].word in GOVERNMENT_BODIES
    ):
        return 2
    return 0


def _political_words(segs: list[Segment], j: int) -> int:
    """How many segments from `j`, at most two, are words that place a title in a
    country's politics (lexicon political_modifiers: "presidential",
    "opposition", "far-right"), so that a country before them is the title's;
    0 for none."""
    n = 0
    while (
        n < 2
        and j + n < len(segs)
        and segs[j + n].tag == "W"
        and segs[j + n].word in POLITICAL_MODIFIERS
    ):
        n += 1
    return n


def fold_countries(segs: list[Segment]) -> list[Segment]:
    """The segments with every country that qualifies a title folded into it."""
    segs = [
        replace(s, titles=[_leading_country(t) for t in s.titles])
        if s.tag == "TITLE" and s.titles and not s.titles[0].country
        else s
        for s in segs
    ]
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        code = segment_country(seg)
        # past the country's possessive, if any ("Cambodia's")
        j = k + 2 if k + 1 < len(segs) and segs[k + 1].tag == "POSS" else k + 1
        body = _body_words(segs, j) if code else 0
        # "a Spanish engineer" describes a person; "the Spanish Foreign Minister"
        # names an office, and so does "a Pakistani foreign ministry spokesman"
        # (not "a Turkish military analyst": a body word that is also a field,
        # lexicon adjectival_bodies).
        described = bool(out) and out[-1].word in ("a", "an")
        if described and body == 1 and segs[j].word in ADJECTIVAL_BODIES:
            body = 0
        if code:
            # "Russian Foreign Minister", "Cambodia's Prime Minister", "the Kenyan
            # government spokesman", "Russian defence ministry spokesman"
            j += body
            # "Russian First Deputy Foreign Minister": "first" is a word class of its
            # own (ADV), between the country and the title it qualifies.
            while j < len(segs) and segs[j].tag == "ADV":
                j += 1
            # "French far-right presidential candidate", "Russian opposition
            # leader": the country's politics (lexicon political_modifiers)
            political = _political_words(segs, j)
            j += political
            title = segs[j] if j < len(segs) and segs[j].tag == "TITLE" else None
            if title and (
                body or political or not described or _national_office(title)
            ):
                out.append(_with_country(title, code, seg.start, title.end))
                k = j + 1
                continue
            # "Israel's UN envoy": the country leaves the sequence as before a title,
            # the body stays the organisation (segment_envoys)
            t = envoy_title_at(segs, j) if not body and title is None else -1
            if t > 0:
                out.extend(segs[j:t])
                out.append(_with_country(segs[t], code, segs[t].start, segs[t].end))
                k = t + 1
                continue
        c = k + 3 if _the_country(segs, k + 2) else k + 2
        prep = segs[k + 1].word if k + 1 < len(segs) else ""
        if (
            seg.tag == "TITLE"
            and c < len(segs)
            # "for"/"at" a country's government body: "a spokeswoman for Kenya's
            # foreign ministry" (not "ambassador to Kenya": the sender's office)
            and (prep == "of" or (prep in ("for", "at") and _owned_body(segs, c + 1)))
            and segment_country(segs[c])
            and _country_office(segs, c + 1)
        ):
            # "Prime Minister of Cambodia", "President of the Philippines"; "the
            # president of Zimbabwe's healers' association" heads no country, "the
            # culture minister of Poland's government" does.
            code = segment_country(segs[c])
            # the country's 's goes with it: what it owns is no one's title
            n = c - k + (2 if c + 1 < len(segs) and segs[c + 1].tag == "POSS" else 1)
            out.append(_with_country(seg, code, seg.start, segs[k + n - 1].end))
            k += n
            continue
        out.append(seg)
        k += 1
    return out
