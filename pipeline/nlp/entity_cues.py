"""Context cues that correct the model's entity labels and extents before rules are
merged.

Pure functions over a Doc and its (already tidied) model entities:

- a person's name alone in quotation marks is a title (`nlp.quoted_names`).
- kinds (`nlp.kind_cues`): awards, doctrines, titles alone, bills, Irish
  counties, a name with an age ("Liesbeth Hofman, 34,") and a team sheet's
  numbered names ("4 - Ian Jones").
- products (`nlp.product_cues`): "the Boeing 747", "iPod", "Kamov Ka-52"; a
  person holding digits is none ("D66").
- job titles inside organisations: "Chief Technical Officer of Chilworth
  Technology" as one ORG keeps only what follows the title's "of"/"at".
- organisations after corporate titles: "CEO of Cisco" makes "Cisco" an ORG
  whatever the model said (not for political titles: "President of France").
- people inside organisations: "Uber President Jeff Jones" as one ORG is the
  organisation, a title and a person whose first word is a known first name
  (gender-guesser's list); a model PERSON right after it ("Department of
  Public Utilities Chairman Bernice" + "K. McIntyre") is the rest of the name.
- people's name shapes (`nlp.person_shapes`): a model ORG that is a first name
  (or two, or a hyphenated one), a particle and one more word ("Marine Le
  Pen", "Ahmed al-Tayeb"), or two first names joined by a hyphen and one more
  word ("Frank-Walter Steinmeier"), is a PERSON; so is a name listed between
  two people ("Anna Berg, Ivo Tamm and Lena Holt"), and a name beside a job
  title (`nlp.title_names`: "Lu Dongfu, general manager", "chief of staff
  Reince Priebus").
- places (`nlp.place_cues`): a known place after a locative ("fighting in
  Raqqa") and any name in a place frame ("west of Raqqa", "the mining town of
  Moengo") the model called an organisation is the place, and so is one
  before a kind of place ("Saydnaya prison") or listed with a place ("Bihar,
  West Bengal and Uttar Pradesh"); a person before a kind of news outlet ("the
  SANA news agency") is an organisation, and a weapon's name or a model number
  before its kind ("VX nerve agent", "Ka-32 helicopter") a product (`nlp.outlet_cues`).
- coordinated organisations: "Shanghai Airlines and Xiamen Airlines", "the
  House of Representatives and the Senate" are two names (`nlp.coordination`).
- bodies: a model place or nationality ending in an org head ("Kenyan Army") is an ORG.
- events, laws and facilities: a model ORG ending in an event head ("UEFA Cup",
  "PGA Tour", "US Open", "Munich Security Conference"; lexicon event_heads)
  is an EVENT, one ending in a law's ("Clean Air Act", "Minsk Accords";
  law_heads) or a policy's ("Marshall Plan"; policy_heads) a LAW, one ending in
  a capitalised building or structure word ("Allianz Arena", "Newark Liberty
  International Airport", "al-Nuri Mosque", "Navan Garda Station";
  facility_heads) a FAC. Not churches, hospitals, museums or houses: their
  names are also their institutions'.
- dropped: designators alone ("Inc.", "AG": a name's cut-off end), and names
  without a capital letter ("the new institute", "council"): common noun
  phrases in text that capitalises names.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from pipeline.lang.gender import honorific_gender, is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import only_designators
from pipeline.lang.titles import load_lexicon, longest_title
from pipeline.nlp.coordination import split_coordination
from pipeline.nlp.kind_cues import (
    irish_county,
    numbered_name,
    person_with_age,
    word_kind,
)
from pipeline.nlp.outlet_cues import org_before_kind, product_before_kind
from pipeline.nlp.person_shapes import (
    definite_name,
    group_of_people,
    people_of_group,
    person_after_glued_honorific,
    person_after_org_possessive,
    person_by_shape,
    person_in_name_list,
)
from pipeline.nlp.place_cues import (
    place_after_locative,
    place_before_kind,
    place_in_dateline,
    place_in_frame,
    place_in_place_list,
)
from pipeline.nlp.product_cues import product_cue, with_digits
from pipeline.nlp.quoted_names import quoted_work
from pipeline.nlp.title_names import person_after_title, person_before_title
from pipeline.settings import PLACE_LABELS

FACILITY_RULE = "place:facility-head"

EVENT = "EVENT"
_KINDS = ((EVENT, "event_heads"), ("LAW", "law_heads"), ("LAW", "policy_heads"))
# Last words of a title that precede "of"/"at" + organisation ("Chief Technical
# Officer of ..."); not government titles: their "of X" is a portfolio.
TITLE_HEADS = lower_set("title_head_words")
# Corporate titles whose "of"/"at" complement is an organisation ("CEO of Cisco"),
# unlike political ones ("President of France").
CORPORATE_TITLES = lower_set("corporate_titles")


def title_free_org(doc: Doc, ent: Span) -> Span | None:
    """For an ORG that starts with a job title and "of"/"at", the part after it; else
    None.
    """
    if ent.label_ != "ORG":
        return None
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_ in ("of", "at") and doc[i - 1].lower_ in TITLE_HEADS:
            return Span(doc, i + 1, ent.end, label="ORG", span_id=ent.id_)
    return None


# A person's name after a title inside an ORG: a first name, then at most this many
# more words ("Jeff Jones", "Bernice K. McIntyre").
_MAX_NAME_WORDS = 4


def split_titled_person(
    doc: Doc, ent: Span, after: Span | None = None
) -> tuple[Span, Span] | None:
    """(ORG, PERSON) for an ORG that runs on into a title and a name ("Uber President
    Jeff Jones", "Federal Bureau of Investigation Director James Comey"), or into a
    title right before the entity `after`, a PERSON ("College of X Dean" + "William
    Y"); else None. A PERSON `after` right after the ORG is part of the person
    ("... Chairman Bernice" + "K. McIntyre").

    The title is a lexicon title in title case, the name's first word a known first
    name and every word of it capitalised; the words before the title must hold
    more than courtesy titles ("Mr Justice Colm X" stays as it is).
    """
    if ent.label_ != "ORG" or len(ent) < 2:
        return None
    if after is not None and (after.label_ != "PERSON" or after.start != ent.end):
        after = None
    words = [t.lower_ for t in ent]
    for j in range(1, len(ent)):
        if words[j] not in load_lexicon().first_words:
            continue  # no title starts here (most words start none): none to look up
        n, entry = longest_title(words, j)
        name = ent[j + n :] if entry else ent[:0]
        if entry and not name and after is not None:
            name = after
        if (
            not name
            or len(name) > _MAX_NAME_WORDS
            or not all(t.text[:1].isupper() for t in ent[j : j + n])
            or not all(t.text[:1].isupper() for t in name)
            or not is_given_name(name[0].text)
            or all(honorific_gender(t.text) or not t.is_alpha for t in ent[:j])
        ):
            continue
        end = after.end if after is not None else name.end
        return (
            Span(doc, ent.start, ent.start + j, label="ORG", span_id=ent.id_),
            Span(doc, name.start, end, label="PERSON"),
        )
    return None


def org_after_corporate_title(doc: Doc, ent: Span) -> Span | None:
    """A model PERSON/GPE/NORP/LOC right after "CEO of"/"chairman at" is the
    organisation; else None.
    """
    if ent.label_ not in ("PERSON", "GPE", "NORP", "LOC") or ent.start < 2:
        return None
    if (
        doc[ent.start - 1].lower_ in ("of", "at")
        and doc[ent.start - 2].lower_ in CORPORATE_TITLES
    ):
        return Span(doc, ent.start, ent.end, label="ORG", span_id=ent.id_)
    return None


def is_lowercase_name(ent: Span, text: str | None = None) -> bool:
    """True for an ORG or PERSON span with no capital letter at all ("new
    institute"); `text` is the span's, when already read.
    """
    named = ent.label_ in ("ORG", "PERSON")
    return named and not any(map(str.isupper, ent.text if text is None else text))


def head_kind(ent: Span) -> str:
    """EVENT or LAW for an ORG the model read off the name of a competition or
    meeting ("UEFA Cup", "PGA Tour", "Munich Security Conference"; lexicon
    event_heads; or opening with lexicon event_openers: "Operation Euphrates
    Shield") or of a law or treaty ("Every Student Succeeds Act", "Minsk
    Accords"; lexicon law_heads) or a policy ("Marshall Plan"; lexicon
    policy_heads: no body is named so) by its last words, FAC for one of a
    building or structure ending in a capitalised facility_heads word
    ("Allianz Arena"); ORG for a place or nationality the model read off a
    body's name ("United States Air Force", "Kenyan Army": lexicons org_heads,
    government_bodies); "" otherwise."""
    if len(ent) < 2 or (ent.label_ not in PLACE_LABELS and ent.label_ != "ORG"):
        return ""
    last = ent[-1].lower_
    two = f"{ent[-2].lower_} {last}"
    if ent.label_ in PLACE_LABELS:
        if not (ent[0].text[:1].isupper() and ent[-1].text[:1].isupper()):
            return ""  # "pro-Kremlin", "the Asia-Pacific capital"
        bodies = lower_set("government_bodies")
        if last in lower_set("org_heads") or last in bodies or two in bodies:
            return "ORG"
        return ""
    if ent.label_ != "ORG":
        return ""
    if ent[0].lower_ in lower_set("event_openers") and ent[1].text[:1].isupper():
        return EVENT  # a named operation: "Operation Euphrates Shield"
    for label, lexicon in _KINDS:
        heads = lower_set(lexicon)
        if last in heads or two in heads:
            return label
    if last in lower_set("facility_heads") and ent[-1].text[:1].isupper():
        return "FAC"
    return ""


def _other_reading(doc: Doc, ent: Span, ents: list[Span]) -> list[Span]:
    """`ent` with the label the model gives its text most often elsewhere in the Doc
    other than PERSON (ties: the label first in alphabetical order), or nothing."""
    labels = Counter(e.label_ for e in ents if e.text == ent.text)
    labels.pop("PERSON", None)
    if not labels:
        return []
    label = min(labels, key=lambda x: (-labels[x], x))
    return [Span(doc, ent.start, ent.end, label=label, span_id=ent.id_)]


def apply_model_cues(doc: Doc, ents: list[Span]) -> list[Span]:
    """Model entities after the product, job-title and coordination cues of this
    module.
    """
    out: list[Span] = []
    joined = -1  # the model PERSON already joined to a name split off an ORG
    for k, e in enumerate(ents):
        text = e.text
        if is_lowercase_name(e, text) or k == joined or only_designators(text):
            continue
        if group_of_people(e):
            continue  # "Tory MPs": a group, no one person
        if definite_name(doc, e, ents):
            # "the Rhine": no one; what the model called the word elsewhere, if
            # anything
            out += _other_reading(doc, e, ents)
            continue
        after = ents[k + 1] if k + 1 < len(ents) else None
        split = split_titled_person(doc, e, after)
        if split is not None:
            if after is not None and split[1].end == after.end:
                joined = k + 1
            out += split
            continue
        work = quoted_work(doc, e)
        if work is not None:
            out.append(work)
            continue
        context = (
            irish_county(doc, e)
            or person_with_age(doc, e)
            or numbered_name(doc, e)
            or people_of_group(doc, e)
        )
        kind = word_kind(doc, e, text) if context is None else [context]
        if kind is not None:
            out += kind
            continue
        digits = with_digits(doc, e, text)
        if digits is not None:
            out += digits
            continue
        product = product_cue(doc, e) or product_before_kind(doc, e)
        if product is not None:
            out.append(product)
            continue
        if kind := head_kind(e):
            rid = FACILITY_RULE if kind == "FAC" else e.id_
            out.append(Span(doc, e.start, e.end, label=kind, span_id=rid))
            continue
        before = out[-1] if out else None
        e = (
            title_free_org(doc, e)
            or org_after_corporate_title(doc, e)
            or place_in_frame(doc, e)  # a frame is a rule's evidence: first
            or place_after_locative(doc, e)
            or place_in_dateline(doc, e)
            or place_before_kind(doc, e)
            or place_in_place_list(doc, e, [x for x in (before, after) if x])
            or org_before_kind(doc, e)
            or person_by_shape(doc, e)
            or person_before_title(doc, e)
            or person_after_title(doc, e)
            or person_after_org_possessive(doc, e, before)
            or person_after_glued_honorific(doc, e)
            # A sheet's next "<number> - Name" is a person before its own turn.
            or person_in_name_list(
                doc, e, before, after and numbered_name(doc, after) or after
            )
            or e
        )
        out += split_coordination(doc, e)
    return out
