"""Title-case headlines checked against the body, on blank Docs with hand-set
entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of, spans_in_order

from pipeline.nlp.consistency import make_consistent
from pipeline.nlp.headlines import (
    check_caps_lines,
    check_headline,
    headline_surnames,
    is_title_case,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _doc(nlp, text: str, ents: list[tuple[str, str]]):
    doc = nlp(text)
    doc.ents = [span_of(doc, name, label) for name, label in ents]
    return doc


BODY = (
    "The Ostrava Water Board said on Monday that Dora Blunt, its head, "
    "will leave. Kemal Arslan of Fenwick Rail agreed."
)
BODY_ENTS = [
    ("Ostrava Water Board", "ORG"),
    ("Dora Blunt", "PERSON"),
    ("Kemal Arslan", "PERSON"),
    ("Fenwick Rail", "ORG"),
]


@pytest.mark.parametrize(
    "title, ents, expected",
    [
        # Confirmed by the body as a whole: kept.
        (
            "Ostrava Water Board Loses Its Head Over Pipes",
            [("Ostrava Water Board", "ORG")],
            [("Ostrava Water Board", "ORG")],
        ),
        # Ran on into the headline's verb: cut to what the body names.
        (
            "Dora Blunt Quits Ostrava Board After Pipe Row",
            [("Dora Blunt Quits", "PERSON")],
            [("Dora Blunt", "PERSON")],
        ),
        # The body's label wins for the confirmed part.
        (
            "Fenwick Rail Chief Says Trains Will Run Late",
            [("Fenwick Rail Chief Says", "PERSON")],
            [("Fenwick Rail", "ORG")],
        ),
        # Unconfirmed, but reads as a name: an organisation head at its end, a
        # first name and one more word.
        (
            "Marden Valley University Opens New Library Wing",
            [("Marden Valley University", "ORG")],
            [("Marden Valley University", "ORG")],
        ),
        (
            "Agnes Pollock Wins Big At Annual Pie Contest",
            [("Agnes Pollock", "PERSON")],
            [("Agnes Pollock", "PERSON")],
        ),
        # Unconfirmed stretches of the headline: dropped.
        (
            "Booming Oyster Industry Faces Tough Winter Ahead",
            [("Booming Oyster Industry", "ORG")],
            [],
        ),
        # One word, or another label: left alone.
        (
            "Zorblat Shares Fall Sharply On Weak Sales Report",
            [("Zorblat", "ORG"), ("Weak Sales Report", "WORK_OF_ART")],
            [("Zorblat", "ORG"), ("Weak Sales Report", "WORK_OF_ART")],
        ),
    ],
)
def test_title_case_headline_names_are_checked_against_the_body(
    nlp, title, ents, expected
):
    doc = _doc(nlp, title, ents)
    check_headline(doc, _doc(nlp, BODY, BODY_ENTS))
    assert [(e.text, e.label_) for e in doc.ents] == expected


def test_a_sentence_case_headline_is_left_alone(nlp):
    title = "Booming Oyster Industry faces a tough winter ahead, growers say"
    doc = _doc(nlp, title, [("Booming Oyster Industry", "ORG")])
    assert not is_title_case(doc)
    check_headline(doc, _doc(nlp, BODY, BODY_ENTS))
    assert [e.text for e in doc.ents] == ["Booming Oyster Industry"]


@pytest.mark.parametrize(
    "text, title_case",
    [
        ("Trump Signs New Order On Trade", True),
        ("TRUMP SIGNS NEW ORDER ON TRADE", True),
        ("Trump signs new order on trade", False),
        ("Trump Signs It", False),  # too few words to tell
    ],
)
def test_is_title_case(nlp, text, title_case):
    assert is_title_case(nlp(text)) is title_case


def test_names_in_a_body_line_in_capitals_are_checked_against_the_rest():
    text = (
        "RUGBY - OSTRAVA ROVERS THRASH FENWICK RAIL AGAIN .\n"
        "Ostrava Rovers beat Fenwick on Sunday , said Dora Blunt .\n"
        "KEMAL ARSLAN STAYS WITH ROVERS ."
    )
    doc = _doc(
        nlp=spacy.blank("en"),
        text=text,
        ents=[
            ("OSTRAVA ROVERS THRASH FENWICK", "ORG"),  # runs on: cut to the body's
            ("Ostrava Rovers", "ORG"),
            ("Fenwick", "ORG"),
            ("Dora Blunt", "PERSON"),
            ("KEMAL ARSLAN STAYS", "PERSON"),  # the body never names it: dropped
        ],
    )
    check_caps_lines(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("OSTRAVA ROVERS", "ORG"),
        ("Ostrava Rovers", "ORG"),
        ("Fenwick", "ORG"),
        ("Dora Blunt", "PERSON"),
    ]
    # Idempotent, and a body without such a line is left alone.
    check_caps_lines(doc)
    assert len(doc.ents) == 4
    plain = _doc(spacy.blank("en"), BODY, BODY_ENTS)
    check_caps_lines(plain)
    assert [(e.text, e.label_) for e in plain.ents] == BODY_ENTS


def _caps_lines_by_token(doc):
    """The definition, word by word: a line whose words of three or more letters
    are at least 75% in capitals, four of them at least."""
    out, start = [], 0
    for tok in [*(t for t in doc if "\n" in t.text), None]:
        end = len(doc) if tok is None else tok.i
        words = [t for t in doc[start:end] if t.is_alpha and len(t) >= 3]
        if len(words) >= 4 and sum(t.is_upper for t in words) >= 0.75 * len(words):
            out.append((start, end))
        start = end + 1
    return out


@pytest.mark.parametrize(
    "text",
    [
        "ROVERS THRASH FENWICK AT HOME\nThe match ended 4-0 .\n\nNEXT GAMES FOR US ALL",
        "\n\nFOUR BIG WORDS here\nTHREE BIG WORDS\n",
        "A CALM DAY IN THE CITY , Mr. Roe said\nno capitals at all in this line .",
        "",
        "\n",
    ],
)
def test_caps_lines_are_the_lines_mostly_in_capitals(text):
    from pipeline.nlp.headlines import _caps_lines

    doc = spacy.blank("en")(text)
    assert [(s.start, s.end) for s in _caps_lines(doc)] == _caps_lines_by_token(doc)


def _body(nlp, text: str, ents: list[tuple[str, str]]):
    """A body Doc with hand-set entities after the article's own consistency pass
    (its partial names linked), as the headline check meets it."""
    body = nlp(text)
    body.ents = spans_in_order(body, ents)
    body.ents = make_consistent(body)
    return body


SURNAME_BODY = (
    "Foreign Minister Dora Varnholt flew in . Varnholt said talks were hard . "
    "Kemal O'Varn agreed . Omar Haddad Syria spoke . Kim Jong Un waved . "
    "Will Mosul fall ? Primorye Safari Park opened ."
)
SURNAME_ENTS = [
    ("Dora Varnholt", "PERSON"),
    ("Varnholt", "PERSON"),
    ("Kemal O'Varn", "PERSON"),
    ("Omar Haddad Syria", "PERSON"),
    ("Kim Jong Un", "PERSON"),
    ("Will Mosul", "PERSON"),
    ("Primorye Safari Park", "PERSON"),
]


@pytest.mark.parametrize(
    "title, ents, expected",
    [
        # The model's place or organisation for a family name alone: the person.
        (
            "Varnholt to visit Ostrava",
            [("Varnholt", "GPE"), ("Ostrava", "GPE")],
            [("Varnholt", "PERSON", "Dora Varnholt"), ("Ostrava", "GPE", "")],
        ),
        (
            "Varnholt and O'Varn clash",
            [("O'Varn", "ORG")],
            [
                ("Varnholt", "PERSON", "Dora Varnholt"),
                ("O'Varn", "PERSON", "Kemal O'Varn"),
            ],
        ),
        # An acronym is no family name ("UN" of "Kim Jong Un").
        (
            "UN to meet Varnholt",
            [("UN", "ORG")],
            [("UN", "ORG", ""), ("Varnholt", "PERSON", "Dora Varnholt")],
        ),
        # Lower case, or inside another name: left alone.
        ("varnholt leaves", [], []),
        (
            "Varnholt Bank grows",
            [("Varnholt Bank", "ORG")],
            [("Varnholt Bank", "ORG", "")],
        ),
        # A country the headline reads as a place stays one, whatever the body, and
        # so does a city the gazetteer knows.
        ("Syria : the roots", [("Syria", "GPE")], [("Syria", "GPE", "")]),
        ("Crisis in Mosul", [("Mosul", "GPE")], [("Mosul", "GPE", "")]),
        # A body "name" ending in a facility's word lends it to no headline.
        ("Safari Park turns ten", [], []),
    ],
)
def test_a_headline_family_name_is_the_bodys_person(nlp, title, ents, expected):
    body = _body(nlp, SURNAME_BODY, SURNAME_ENTS)
    head = _doc(nlp, title, ents)
    headline_surnames([head], body)
    assert [(e.text, e.label_, e.kb_id_) for e in head.ents] == expected


@pytest.mark.parametrize(
    "body_text, body_ents",
    [
        # Two full names end so: whose is it?
        (
            "Dora Varnholt and Anton Varnholt spoke .",
            [("Dora Varnholt", "PERSON"), ("Anton Varnholt", "PERSON")],
        ),
        # The body uses the word alone for an organisation.
        (
            "Varnholt said profits rose . Varnholt hired . Varnholt grew . "
            "Dora Varnholt , no relation , shops there .",
            [
                ("Varnholt", "ORG"),
                ("Varnholt", "ORG"),
                ("Varnholt", "ORG"),
                ("Dora Varnholt", "PERSON"),
            ],
        ),
        # The body names "Mr. Varnholt" alone and links it to no full name (its one
        # full name is his wife's).
        (
            "Mr. Varnholt spoke . Later his wife Dora Varnholt waved .",
            [("Varnholt", "PERSON"), ("Dora Varnholt", "PERSON")],
        ),
    ],
)
def test_a_headline_family_name_the_body_leaves_open(nlp, body_text, body_ents):
    body = _body(nlp, body_text, body_ents)
    head = _doc(nlp, "Varnholt to visit Ostrava", [("Varnholt", "GPE")])
    headline_surnames([head], body)
    assert [(e.text, e.label_) for e in head.ents] == [("Varnholt", "GPE")]


def test_headline_and_subtitle_are_set_together(nlp):
    # The name is in the subtitle only: the headline's words share none of the
    # body's people, the subtitle's do.
    body = _body(nlp, SURNAME_BODY, SURNAME_ENTS)
    title = _doc(nlp, "Talks resume in Ostrava", [("Ostrava", "GPE")])
    subtitle = _doc(nlp, "Varnholt hopeful", [("Varnholt", "ORG")])
    headline_surnames([title, subtitle], body)
    assert [(e.text, e.label_) for e in title.ents] == [("Ostrava", "GPE")]
    assert [(e.text, e.label_, e.kb_id_) for e in subtitle.ents] == [
        ("Varnholt", "PERSON", "Dora Varnholt")
    ]


def test_headlines_sharing_no_word_with_a_body_person_are_left_alone(nlp):
    body = _body(nlp, SURNAME_BODY, SURNAME_ENTS)
    title = _doc(nlp, "Ostrava Votes", [("Ostrava", "GPE")])
    headline_surnames([title], body)
    assert [(e.text, e.label_) for e in title.ents] == [("Ostrava", "GPE")]
