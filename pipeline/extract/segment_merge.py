"""Second pass over a sentence's segments: fold asides into the names they follow.

Kept apart from pipeline.extract.segments (the first pass, which scans
tokens) so each stays small; both are pure functions of the segment list.
"""

from __future__ import annotations

import functools

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from pipeline.extract.segment_asides import fold_name_asides
from pipeline.extract.segment_bylines import fold_byline_places
from pipeline.extract.segment_folds import fold_countries, fold_org_descriptions
from pipeline.extract.segment_objects import fold_named_chairs, fold_title_objects
from pipeline.extract.segment_occupations import (
    fold_employer_occupations,
    fold_org_occupations,
)
from pipeline.extract.segment_portfolios import field_titles, org_portfolio_titles
from pipeline.extract.segment_qualifiers import fold_qualifiers
from pipeline.extract.segment_types import Segment, close_paren, load_word_classes
from pipeline.extract.segments import raw_segments
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import alias_cue_words
from pipeline.lang.titles import load_lexicon, title_key

# Legal-form words the model splits off after a comma ("Fairfield Homes, Inc.").
LEGAL_FORMS = lower_set("legal_forms")

# Words introducing another name of the same organisation inside brackets
# ("Acme Holdings (also known as Acme Group)", "(formerly Beta Corp)", "(now
# Beta Corp)"): the alias asides' words (`lang.names.alias_cue_words`).
_ALIAS_CUES = alias_cue_words()[1]


def _is_acronym(text: str) -> bool:
    """True for a one-word name in capitals ("AH", "NYGC", "S.W.K."; not "Acme",
    "2004").
    """
    letters = [c for c in text if c.isalpha()]
    return (
        len(text.split()) == 1
        and sum(c.isupper() for c in letters) >= 2
        and sum(c.islower() for c in letters) <= 1
    )


def _opens_run(cap: Segment) -> bool:
    """Whether a capitalised word may open a run: not a function word opening the
    sentence ("But", "While"), unless it is a qualifier ("Former")."""
    word = cap.text.lower()
    return word not in STOP_WORDS or title_key(cap.text) in load_lexicon().qualifiers


def merge_segments(segs: list[Segment]) -> list[Segment]:
    """Fold asides into the name they follow, so patterns see "X, CEO of O" shapes.

    - ORG ( ... ): an acronym or aside after an organisation joins it; a lone
      acronym ("Acme Holdings (AH)") or a name after "also known as", "formerly",
      "now" is kept as the organisation's alias.
    - PERSON ( ... ) without a title or organisation inside ("(born 1953)").
    - PERSON , POSTNOM (, POSTNOM)*: letters after a name ("Jr.", "PhD", "OBE").
    - ORG , Inc.: a legal form split off by a comma joins the name.
    - TITLE ( word ): a one-word field in brackets joins the title ("Professor (Law)").
    - CAP CAP ...: consecutive capitalised words outside entities become one CAP; a
      CAP right before a field or office title is the title's field ("Sales Director"),
      its leading qualifiers the title's ("Former Culture Secretary").
    """
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        if seg.tag not in ("CAP", "TITLE", "ORG", "PERSON"):
            out.append(seg)  # no fold starts at any other segment
            k += 1
            continue
        if seg.tag == "CAP" and _opens_run(seg):
            # A run of capitalised words is one candidate name ("Maroc Telecom").
            j = k
            while j + 1 < len(segs) and segs[j + 1].tag == "CAP":
                j += 1
            seg = Segment(
                "CAP",
                seg.start,
                segs[j].end,
                "<cap>",
                " ".join(s.text for s in segs[k : j + 1]),
            )
            seg_k, k = k, j
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            if (
                nxt is not None
                and nxt.tag == "TITLE"
                and nxt.titles[0].portfolio != "no"
                and not nxt.titles[0].qualifier
            ):
                # "Defense Secretary", "Sales Director": the capitalised word is the
                # field, not an organisation; "Former Culture Secretary": a leading
                # qualifier stays the title's qualifier.
                titles = field_titles(segs[seg_k : k + 1], nxt.titles)
                seg = Segment(
                    "TITLE",
                    seg.start,
                    nxt.end,
                    "<title>",
                    f"{seg.text} {nxt.text}",
                    titles=titles,
                )
                k += 1
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if seg.tag == "TITLE" and _paren_word(segs, k + 1):
            # "Assistant Professor (Law) at Acme": a one-word field in brackets stays
            # with the title,
            # so the organisation after it is still read (the model may tag the word a
            # PERSON).
            seg = Segment(
                "TITLE",
                seg.start,
                segs[k + 3].end,
                seg.word,
                seg.text,
                titles=seg.titles,
            )
            k += 3
            nxt = segs[k + 1] if k + 1 < len(segs) else None
        titles = (
            org_portfolio_titles(seg.text, nxt.titles)
            if seg.tag == "ORG"
            and nxt is not None
            and nxt.tag == "TITLE"
            and nxt.titles[0].portfolio == "office"
            and not nxt.titles[0].qualifier
            else None
        )
        if titles:
            # "Homeland Security Secretary", "Deputy Energy Minister": a department
            # named in portfolio words before an office title is its portfolio; "Arab
            # League Assistant Secretary" keeps its organisation.
            out.append(
                Segment(
                    "TITLE",
                    seg.start,
                    nxt.end,
                    "<title>",
                    f"{seg.text} {nxt.text}",
                    titles=titles,
                )
            )
            k += 2
            continue
        if seg.tag in ("ORG", "PERSON"):
            while k + 1 < len(segs):
                nxt = segs[k + 1]
                if (
                    seg.tag == "ORG"
                    and nxt.tag == "COMMA"
                    and k + 2 < len(segs)
                    and (segs[k + 2].text or segs[k + 2].word).lower() in LEGAL_FORMS
                ):
                    seg = Segment(
                        seg.tag,
                        seg.start,
                        segs[k + 2].end,
                        seg.word,
                        seg.text,
                        seg.link,
                    )
                    k += 2
                elif nxt.tag == "LPAR":
                    close = close_paren(segs, k + 1)
                    inner = segs[k + 2 : close] if close > 0 else []
                    blocked = any(
                        s.tag in ("TITLE", "PERSON")
                        or (seg.tag == "PERSON" and s.tag == "ORG")
                        for s in inner
                    )
                    if close < 0 or blocked:
                        break
                    alias = seg.alias
                    if (
                        seg.tag == "ORG"
                        and len(inner) == 1
                        and inner[0].tag in ("ORG", "CAP")
                        and _is_acronym(inner[0].text)
                    ):
                        alias = (inner[0].text, inner[0].link)
                    elif (
                        seg.tag == "ORG"
                        and len(inner) >= 2
                        and inner[-1].tag in ("ORG", "CAP")
                        and all(s.word in _ALIAS_CUES for s in inner[:-1])
                    ):
                        alias = (inner[-1].text, inner[-1].link)
                    seg = Segment(
                        seg.tag,
                        seg.start,
                        segs[close].end,
                        seg.word,
                        seg.text,
                        seg.link,
                        alias=alias,
                    )
                    k = close
                elif (
                    seg.tag == "PERSON"
                    and nxt.tag == "COMMA"
                    and k + 2 < len(segs)
                    and (segs[k + 2].text or segs[k + 2].word).lower()
                    in _postnominals()
                ):
                    seg = Segment(
                        seg.tag,
                        seg.start,
                        segs[k + 2].end,
                        seg.word,
                        seg.text,
                        seg.link,
                    )
                    k += 2
                else:
                    break
        out.append(seg)
        k += 1
    return out


def _paren_word(segs: list[Segment], k: int) -> bool:
    """segs[k:k+3] is "( word )" with one capitalised or lower-case word that names
    no organisation.
    """
    if k + 2 >= len(segs) or segs[k].tag != "LPAR" or segs[k + 2].tag != "RPAR":
        return False
    inner = segs[k + 1]
    return (
        inner.tag in ("CAP", "W", "PERSON")
        and inner.end - inner.start == 1
        and (inner.text or inner.word).isalpha()
    )


@functools.lru_cache(maxsize=1)
def _postnominals() -> frozenset[str]:
    """Post-nominal letters (class POSTNOM in role_words.csv), lower case."""
    return frozenset(w for w, c in load_word_classes().items() if c == "POSTNOM")


# The ages a name is written with ("Jane Doe, 48, a former judge").
MAX_AGE = 120


def fold_ages(segs: list[Segment]) -> list[Segment]:
    """The segments without the age set off between commas after a person: a reader
    skips "Jane Doe, 48, a former judge," to the description, so the rules do.
    """
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        out.append(segs[k])
        if (
            segs[k].tag == "PERSON"
            and k + 3 < len(segs)
            and segs[k + 1].tag == "COMMA"
            and segs[k + 2].word.isdigit()
            and 0 < int(segs[k + 2].word) <= MAX_AGE
            and segs[k + 3].tag == "COMMA"
        ):
            k += 3  # past ", 48": the comma after the age stays
            continue
        k += 1
    return out


def sentence_segments(sent: Span, ents: list[Span] | None = None) -> list[Segment]:
    """Merged segments of one sentence (raw_segments, merge_segments, a person's
    age left out, a name's alias aside folded into it, the places of a list
    of names after a plural title folded into them, an occupation between an
    organisation and a name, or before its employer, made a title, then a
    chair's namesake joined into its chair title, a title joined with the title
    it is written to, the descriptions folded into their organisations, the
    countries into the titles they qualify, and the qualifiers of a whole role
    written before them); `ents` as for raw_segments."""
    segs = fold_name_asides(fold_ages(merge_segments(raw_segments(sent, ents=ents))))
    segs = fold_org_occupations(fold_byline_places(segs))
    segs = fold_employer_occupations(segs)
    if not any(s.tag == "TITLE" for s in segs):
        # Every fold but the descriptions' joins or qualifies a title: without one
        # they change nothing (most sentences).
        return fold_org_descriptions(segs)
    segs = fold_title_objects(fold_named_chairs(segs, sent.doc))
    return fold_qualifiers(fold_countries(fold_org_descriptions(segs)))
