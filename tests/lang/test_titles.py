"""Title lexicon and normalization: pure functions over strings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.names import is_generic_org, is_portfolio, is_unit_name
from pipeline.lang.offices import portfolio_title
from pipeline.lang.title_phrases import normalize_title, parse_title_phrase, phrase_head
from pipeline.lang.titles import load_lexicon, longest_title, title_key

CEO = "Chief Executive Officer"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CEO", [(CEO, "")]),
        ("chief executive", [(CEO, "")]),
        ("Chief Executive Officer", [(CEO, "")]),
        ("Acting Director General", [("Director General", "acting")]),
        ("Director-General", [("Director General", "")]),
        ("Deputy Assistant Director", [("Deputy Assistant Director", "")]),
        # a UN rank, not an assistant secretary with a stray "general" after it
        ("assistant secretary-general", [("Assistant Secretary-General", "")]),
        ("Under-Secretary-General", [("Under-Secretary-General", "")]),
        ("former deputy secretary-general", [("Deputy Secretary-General", "former")]),
        ("deputy assistant secretary", [("Deputy Assistant Secretary", "")]),
        ("deputy CEO", [(CEO, "deputy")]),
        ("interim chairwoman", [("Chair", "interim")]),
        ("co-founder", [("Founder", "co")]),
        # British police ranks as the papers shorten them
        ("Det Ch Insp", [("Detective Chief Inspector", "")]),
        ("Det Ch Supt", [("Detective Chief Superintendent", "")]),
        # an office of its own, not a plain adviser
        ("former national security advisor", [("National Security Adviser", "former")]),
        ("Deputy National Security Adviser", [("National Security Adviser", "deputy")]),
        # "Supreme" is part of these titles, no organisation before them.
        ("Supreme Leader", [("Supreme Leader", "")]),
        ("Supreme Commander-in-Chief", [("Commander-in-Chief", "")]),
        ("Supreme Allied Commander", [("Supreme Allied Commander", "")]),
        ("then-CEO", [(CEO, "then")]),
        ("ex-chairman", [("Chair", "former")]),
        # ousted or deposed: no longer in office
        ("ousted president", [("President", "former")]),
        ("deposed leader and chairman", [("Leader", "former"), ("Chair", "former")]),
        ("outgoing spokesman", [("Spokesperson", "outgoing")]),
        ("president and CEO", [("President", ""), (CEO, "")]),
        ("former president and CEO", [("President", "former"), (CEO, "former")]),
        ("acting president and CEO", [("President", "acting"), (CEO, "")]),
        ("Founder, Chairman & CEO", [("Founder", ""), ("Chair", ""), (CEO, "")]),
        ("the weather", []),
        ("professor emerita", [("Professor Emeritus", "")]),
        ("Master", [("Master", "")]),
        ("Master of Science", []),
        ("Master of Business Administration", []),
        ("Sen.", [("Senator", "")]),
        ("Rep.", [("Representative", "")]),
        ("Gov.", [("Governor", "")]),
        ("former Speaker", [("Speaker", "former")]),
        ("county sheriff", [("Sheriff", "")]),
        ("President-elect", [("President", "elect")]),
        ("Gen.", [("General", "")]),
        ("Vice Admiral", [("Vice Admiral", "")]),
        ("Deputy Prosecutor General", [("Prosecutor General", "deputy")]),
        # a member of a parliament alone; a qualifier before another title
        ("deputy", [("Deputy", "")]),
        ("deputy foreign minister", [("Foreign Minister", "deputy")]),
        ("former deputy and chairman", [("Deputy", "former"), ("Chair", "former")]),
        ("then-King", [("King", "then")]),
        ("former Prime Minister-designate", [("Prime Minister", "former designate")]),
        ("CEO and president-elect", [(CEO, ""), ("President", "elect")]),
        ("Secretary of State nominee", [("Secretary of State", "nominee")]),
        ("shadow chancellor", [("Chancellor", "shadow")]),
        # a state's head of government, not a chief
        ("chief minister", [("Chief Minister", "")]),
        # A legislature's offices: the majority leader is no plain leader.
        ("Majority Leader", [("Majority Leader", "")]),
        ("former minority whip", [("Minority Whip", "former")]),
        ("chief whip", [("Chief Whip", "")]),
        # the Knesset's members, as the other legislatures' ("MP", "MSP")
        ("former MK", [("Member of the Knesset", "former")]),
        # a frame of title_frames.csv: "chief", content words, "officer"; the
        # lexicon's title of the same words wins, a function word inside is none
        ("chief security officer", [("Chief Security Officer", "")]),
        ("former chief brand officer", [("Chief Brand Officer", "former")]),
        ("chief law enforcement officer", [("Chief Law Enforcement Officer", "")]),
        ("chief technical officer", [("Chief Technology Officer", "")]),
        ("chief of the officers", [("Chief", "")]),
    ],
)
def test_normalize_title(raw, expected):
    assert [(t.title, t.qualifier) for t in normalize_title(raw)] == expected


def test_parse_stops_at_a_comma_without_a_following_title():
    words = ["ceo", ",", "said"]
    end, items = parse_title_phrase(words, 0)
    assert end == 1 and [i.entry.canonical for i in items] == [CEO]


def test_every_lexicon_variant_normalizes_to_its_canonical():
    lex = load_lexicon()
    for key, entry in lex.titles.items():
        # a `not` entry ("Master of Science", a degree) is listed precisely so it reads
        # as no title
        expected = [] if entry.portfolio == "not" else [entry.canonical]
        assert [t.title for t in normalize_title(" ".join(key))][:1] == expected


@given(st.text(max_size=40))
def test_normalize_title_is_total(text):
    for t in normalize_title(text):
        assert t.title and t.raw


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Director-General", ("director", "general")),
        ("C.E.O.", ("c.e.o.",)),
        ("  Chief   Executive ", ("chief", "executive")),
    ],
)
def test_title_key(text, key):
    assert title_key(text) == key


@pytest.mark.parametrize(
    ("words", "portfolio"),
    [
        ("forestry and fisheries", True),
        ("international development", True),
        ("natural resources", True),
        ("information", True),
        ("international", True),
        ("health and human services", True),
        ("amnesty international", False),
        ("and", False),
    ],
)
def test_is_portfolio(words, portfolio):
    assert is_portfolio(words.split()) is portfolio


@pytest.mark.parametrize(
    ("canonical", "field", "title"),
    [
        # a one-word office takes a field of portfolio words in front, as a
        # portfolio written before it reads, in the lexicon's form when it has one
        ("Minister", "finance", "Finance Minister"),
        (
            "Secretary",
            "Health and Human Services",
            "Health and Human Services Secretary",
        ),
        ("Secretary", "homeland security", "Homeland Security Secretary"),
        ("Commissioner", "human rights", "Human Rights Commissioner"),
        ("Minister", "foreign affairs", "Foreign Minister"),
        ("Minister", "Defense", "Defence Minister"),
        # "Minister of State" is a rank of its own
        ("Minister", "State", "Minister of State"),
        (
            "Minister",
            "state for european affairs",
            "Minister of State for European Affairs",
        ),
        # a field that is not all portfolio words, a longer office, a field title
        (
            "Minister",
            "public expenditure and reform Paschal",
            "Minister of Public Expenditure and Reform Paschal",
        ),
        ("Secretary", "the treasury", "Secretary of the Treasury"),
        ("Deputy Minister", "commerce", "Deputy Minister of Commerce"),
        ("Professor", "economics", "Professor of Economics"),
        ("Director", "communications", "Director of Communications"),
        ("Minister", "", "Minister"),
    ],
)
def test_portfolio_title(canonical, field, title):
    assert portfolio_title(canonical, field) == title


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Stakeholder Engagement Division", True),
        ("Department of Physics", True),
        ("Cybersecurity and Infrastructure Security Agency", True),
        ("Meridian Bank", False),
        ("Division Street Partners", False),
    ],
)
def test_is_unit_name(name, unit):
    assert is_unit_name(name) is unit


@pytest.mark.parametrize(
    ("name", "generic"),
    [("the Board", True), ("Company", True), ("Meridian Bank", False)],
)
def test_is_generic_org(name, generic):
    assert is_generic_org(name) is generic


@pytest.mark.parametrize(
    "text, n, canonical",
    [
        # The board's kind belongs to the office: what follows is its organisation.
        ("chairman of the board of directors of acme", 6, "Chair"),
        ("member of the board of trustees", 6, "Board Member"),
        ("board chairman of regents", 2, "Chair"),
        # Any title takes "of the board of <kind>" when what it governs follows.
        (
            "vice chairman of the board of trustees of the carnegie fund",
            7,
            "Vice Chair",
        ),
        ("treasurer of the board of governors of acme", 6, "Treasurer"),
        ("treasurer of the board of governors", 1, "Treasurer"),
        ("treasurer of the board of inquiry of acme", 1, "Treasurer"),
        # Not a governing board's kind: the title ends at "board".
        ("chairman of the board of inquiry", 4, "Chair"),
        ("chairman of the board", 4, "Chair"),
        ("chairman of acme", 1, "Chair"),
    ],
)
def test_a_board_title_takes_the_kind_of_board(text, n, canonical):
    length, entry = longest_title(text.split(), 0)
    assert (length, entry.canonical) == (n, canonical)


@pytest.mark.parametrize(
    ("words", "head"),
    [
        (("chief", "executive", "officer"), "officer"),
        (("secretary", "of", "state"), "secretary"),
        (["government", "of", "national", "accord"], "government"),
        (["free", "trade", "agreement"], "agreement"),
        (["of"], "of"),
        ((), ""),
    ],
)
def test_phrase_head_is_the_word_before_of_or_the_last(words, head):
    assert phrase_head(words) == head


def test_a_frame_takes_at_most_its_inside_words():
    # three content words between "chief" and "officer": longer than the frame
    words = ["chief", "global", "digital", "growth", "officer"]
    n, entry = longest_title(words, 0)
    assert (n, entry.canonical) == (1, "Chief")


def test_no_title_starts_past_the_last_word():
    assert longest_title(["chief"], 1) == (0, None)
    assert longest_title([], 0) == (0, None)
