"""segment_folds on hand-built segments (no model): fold_qualifiers (a qualifier
of the whole role written before a title's organisation or country),
fold_title_objects (a title written to another title) and fold_countries (a
country before a government body qualifies the body's title)."""

from __future__ import annotations

import pytest

from pipeline.extract.segment_folds import fold_countries
from pipeline.extract.segment_objects import fold_title_objects
from pipeline.extract.segment_qualifiers import fold_qualifiers
from pipeline.extract.segment_types import Segment
from pipeline.lang.titles import Title


def _title(country: str = "", qualifier: str = "") -> Segment:
    return Segment(
        "TITLE",
        3,
        5,
        "<title>",
        titles=[Title("Chair", qualifier, "chair", country=country)],
    )


def _word(word: str, tag: str = "W") -> Segment:
    return Segment(
        tag, 0, 1, "<cap>" if tag == "CAP" else word, word if tag == "CAP" else ""
    )


ORG = Segment("ORG", 1, 3, "<org>", "Acme")
PERSON = Segment("PERSON", 5, 7, "<person>", "Jo Roe")
STATE = Segment("ENT", 1, 2, "<ent>", "Kentucky")


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        (
            [_word("former"), ORG, _title(), PERSON],
            "former",
        ),  # former Acme chair Jo Roe
        (
            [_word("Former", "CAP"), _title("GB"), PERSON],
            "former",
        ),  # Former British chair
        ([_word("then"), ORG, _title(), PERSON], "then"),
        # before a party or nationality the title does not take as its country
        (
            [
                _word("former"),
                Segment("NAME", 1, 2, "<name>", "Tory"),
                _title(),
                PERSON,
            ],
            "former",
        ),
        ([_word("outgoing"), ORG, _title(), PERSON], "outgoing"),
        # "ex-Acme chair Jo Roe": the qualifier hyphened to the name
        ([_word("ex"), _word("-"), ORG, _title(), PERSON], "former"),
        ([_word("Ex", "CAP"), _word("-"), _title("GB"), PERSON], "former"),
        # a qualifier of the next title before its organisation: "acting FBI
        # director"; no qualifier at all
        ([_word("acting"), ORG, _title(), PERSON], "acting"),
        ([_word("deputy"), ORG, _title(), PERSON], "deputy"),
        ([_word("students"), ORG, _title(), PERSON], ""),
        # right before a title the title phrase did not read it from (a leading
        # portfolio: "former Defense Secretary"), any scope
        ([_word("former"), _title(), PERSON], "former"),
        ([_word("acting"), _title(), PERSON], "acting"),
        # the adverb "then" right before the title only
        ([_word("then", "ADV"), _title(), PERSON], "then"),
        ([_word("then", "ADV"), _word("fired"), _title(), PERSON], ""),
        ([_word("acting"), _word("security"), _title(), PERSON], ""),
        # nothing before the organisation
        ([ORG, _title(), PERSON], ""),
        # before a state or city the model tagged: Former Kentucky Governor
        ([_word("Former", "CAP"), STATE, _title(), PERSON], "former"),
        (
            [
                _word("former"),
                Segment("ENT", 1, 3, "<ent>", "New York"),
                _title(),
                PERSON,
            ],
            "former",
        ),
        # ... not before another entity: "On Monday Governor Jo Roe"
        (
            [
                _word("On", "CAP"),
                Segment("ENT", 1, 2, "<ent>", "Monday"),
                _title(),
                PERSON,
            ],
            "",
        ),
        (
            [_word("former"), Segment("ENT", 1, 2, "<ent>", "2016"), _title(), PERSON],
            "",
        ),
        # lowercase field words between: former national security chair
        (
            [_word("former"), _word("national"), _word("security"), _title(), PERSON],
            "former",
        ),
        # ... an organisation's kind among them: a former oil company chair
        (
            [
                _word("former"),
                _word("oil"),
                _word("company", "ORGNOUN"),
                _title(),
                PERSON,
            ],
            "former",
        ),
        # ... and after the organisation: the former Acme campaign chair
        ([_word("former"), ORG, _word("campaign"), _title(), PERSON], "former"),
        # ... or before it: former state Acme chair
        ([_word("former"), _word("state"), ORG, _title(), PERSON], "former"),
        # the late British chair: "late" is the qualifier, not a field word
        ([_word("the", "DET"), _word("late"), _title("GB"), PERSON], "former"),
        # a function word ends the field: former colleagues of the chair
        (
            [
                _word("former"),
                _word("colleagues"),
                _word("of", "PREP"),
                _title(),
                PERSON,
            ],
            "",
        ),
        ([_word("former"), _word("aides"), _word("say"), _title(), PERSON], ""),
        # at most three field words
        ([_word("former"), *map(_word, ["a1", "b", "c", "d"]), _title(), PERSON], ""),
        (
            [
                _word("former"),
                *map(_word, ["deputy", "national", "security"]),
                _title(),
                PERSON,
            ],
            "former",
        ),
    ],
)
def test_a_whole_roles_qualifier_before_its_organisation_or_country(segs, want):
    got = fold_qualifiers(segs)
    assert [t.qualifier for t in got[-2].titles] == [want]
    # once read, the qualifier word is a modifier (ADV) and nothing else changes
    read = [k for k, s in enumerate(segs) if s.tag != got[k].tag]
    assert len(read) <= bool(want) and all(got[k].tag == "ADV" for k in read)
    assert [s.tag for k, s in enumerate(got) if k not in read] == [
        s.tag for k, s in enumerate(segs) if k not in read
    ]


def test_a_title_keeps_its_own_qualifier():
    segs = [_word("former"), ORG, _title(qualifier="interim"), PERSON]
    assert fold_qualifiers(segs)[2].titles[0].qualifier == "interim"


def test_a_qualifier_of_the_next_word_qualifies_the_first_title_only():
    both = Segment(
        "TITLE",
        3,
        7,
        "<title>",
        titles=[Title("Chair", "", "chair"), Title("Treasurer", "", "treasurer")],
    )
    for word, want in (("acting", ["acting", ""]), ("former", ["former", "former"])):
        got = fold_qualifiers([_word(word), both, PERSON])
        assert [t.qualifier for t in got[1].titles] == want


def _office(raw: str, canonical: str, start: int) -> Segment:
    return Segment(
        "TITLE",
        start,
        start + 1,
        "<title>",
        raw,
        titles=[Title(canonical, "", raw)],
    )


def _to_the(start: int) -> list[Segment]:
    return [
        Segment("TO", start, start + 1, "to"),
        Segment("DET", start + 1, start + 2, "the"),
    ]


def test_a_lowercase_title_written_to_is_part_of_the_title_before_it():
    # "counselor to the president Jo Roe": Jo Roe is the counselor
    segs = [
        _office("counselor", "Counselor", 0),
        *_to_the(1),
        _office("president", "President", 3),
    ]
    got = fold_title_objects([*segs, PERSON])
    assert [s.tag for s in got] == ["TITLE", "PERSON"]
    assert (got[0].start, got[0].end, got[0].text) == (
        0,
        4,
        "counselor to the president",
    )
    assert [(t.title, t.raw) for t in got[0].titles] == [
        ("Counselor", "counselor to the president")
    ]


@pytest.mark.parametrize(
    "segs",
    [
        # "aide to President Jo Roe": the capitalised title is the name's
        [_office("aide", "Aide", 0), *_to_the(1), _office("President", "President", 3)],
        # "aide to his boss", "a gift to the president": no title, or no "the"
        [
            _office("aide", "Aide", 0),
            Segment("TO", 1, 2, "to"),
            _office("president", "President", 2),
        ],
        [_word("gift"), *_to_the(1), _office("president", "President", 3)],
    ],
)
def test_other_titles_after_to_stay_as_written(segs):
    assert fold_title_objects([*segs, PERSON]) == [*segs, PERSON]


@pytest.mark.parametrize(
    ("place", "the", "raw"),
    [
        ("Norway", False, "Ambassador to Norway"),
        ("United States", True, "Ambassador to the United States"),
        ("Seoul", False, "Ambassador to Seoul"),  # a capital stands for its country
    ],
)
def test_a_place_a_title_is_held_to_joins_the_title(place, the, raw):
    # "Ambassador to Norway Jo Roe": Jo Roe is the ambassador; Norway is where the
    # office is held, not whose office it is (no country)
    to = [Segment("TO", 1, 2, "to")] + [Segment("DET", 2, 3, "the")] * the
    at = 2 + the
    segs = [
        _office("Ambassador", "Ambassador", 0),
        *to,
        Segment("ENT", at, at + 1, "<ent>", place),
    ]
    got = fold_title_objects([*segs, PERSON])
    assert [s.tag for s in got] == ["TITLE", "PERSON"]
    assert (got[0].start, got[0].end) == (0, at + 1)
    assert [(t.title, t.raw, t.country) for t in got[0].titles] == [
        ("Ambassador", raw, "")
    ]


@pytest.mark.parametrize(
    "segs",
    [
        # an organisation, a person or no place after "to"
        [_office("Ambassador", "Ambassador", 0), Segment("TO", 1, 2, "to"), ORG],
        [_office("Adviser", "Adviser", 0), Segment("TO", 1, 2, "to"), PERSON],
        [_office("Envoy", "Envoy", 0), Segment("TO", 1, 2, "to"), _word("talks")],
        # the place modifies a noun: "adviser to the Turkish military"
        [
            _office("adviser", "Adviser", 0),
            Segment("TO", 1, 2, "to"),
            Segment("DET", 2, 3, "the"),
            Segment("ENT", 3, 4, "<ent>", "Turkish"),
            _word("military"),
        ],
        # the place owns what follows: "envoy to Norway's parliament"
        [
            _office("Envoy", "Envoy", 0),
            Segment("TO", 1, 2, "to"),
            Segment("ENT", 2, 3, "<ent>", "Norway"),
            Segment("POSS", 3, 4, "'s"),
        ],
    ],
)
def test_no_place_after_to_leaves_the_title_as_written(segs):
    assert fold_title_objects(segs) == segs


def test_a_place_for_an_envoy_joins_the_title_but_not_for_a_minister():
    # "Special Envoy for Syria Jo Roe" is the envoy's post; "Minister for Europe"
    # is a portfolio the title phrase reads
    place = Segment("ENT", 2, 3, "<ent>", "Syria")
    envoy = [_office("Special Envoy", "Special Envoy", 0), Segment("PREP", 1, 2, "for")]
    got = fold_title_objects([*envoy, place, PERSON])
    assert [s.tag for s in got] == ["TITLE", "PERSON"]
    assert got[0].titles[0].raw == "Special Envoy for Syria"
    minister = [_office("Minister", "Minister", 0), Segment("PREP", 1, 2, "for")]
    assert fold_title_objects([*minister, place, PERSON]) == [*minister, place, PERSON]


@pytest.mark.parametrize("tag", ["ORG", "ENT", "CAP", "PERSON"])
def test_a_constituency_joins_a_legislators_title(tag):
    # "Jo Roe, MP for Neath,": the seat, whatever the recognizer took it for
    seat = Segment(tag, 2, 3, "<seat>", "Neath")
    mp = [_office("MP", "Member of Parliament", 0), Segment("PREP", 1, 2, "for")]
    got = fold_title_objects([PERSON, *mp, seat, Segment("COMMA", 3, 4, ",")])
    assert [s.tag for s in got] == ["PERSON", "TITLE", "COMMA"]
    assert got[1].titles[0].raw == "MP for Neath"
    # a spokesman "for" an organisation speaks for it
    spokesman = [_office("spokesman", "Spokesperson", 0), mp[1]]
    assert fold_title_objects([*spokesman, seat]) == [*spokesman, seat]


@pytest.mark.parametrize(
    ("words", "want"),
    [
        # "Trump's pick for labor secretary, Jo Roe": named to it, not in it
        (["pick", "for"], "nominee"),
        (["nominee", "for"], "nominee"),
        (["choice", "for"], "nominee"),
        # another word before "for" names no nomination
        (["spoke", "for"], ""),
        (["pick", "as"], ""),
    ],
)
def test_a_title_someone_is_picked_for_is_a_nominees(words, want):
    segs = [ORG, *map(_word, words[:-1]), _word(words[-1], "PREP"), _title(), PERSON]
    got = fold_qualifiers(segs)
    assert [t.qualifier for t in got[-2].titles] == [want]
    assert [s.tag for s in got] == [s.tag for s in segs]


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        # "former shadow home secretary": both qualifiers, in reading order
        ([_word("former"), _word("shadow"), _title(), PERSON], "former shadow"),
        ([_word("former"), _title(qualifier="shadow"), PERSON], "former shadow"),
        ([_word("former"), _title(qualifier="elect"), PERSON], "former elect"),
        # a word that qualifies no role stays out
        ([_word("the"), _title(qualifier="shadow"), PERSON], "shadow"),
    ],
)
def test_a_whole_roles_qualifier_goes_before_the_titles_own(segs, want):
    got = fold_qualifiers(segs)
    assert [t.qualifier for t in got[-2].titles] == [want]


def _country_of(segs: list[Segment]) -> list[str]:
    """The country of each title after fold_countries ("" for none)."""
    return [s.titles[0].country for s in fold_countries(segs) if s.tag == "TITLE"]


NORWEGIAN = Segment("NAME", 1, 2, "<name>", "Norwegian")
NORWAY = Segment("ENT", 1, 2, "<ent>", "Norway")


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        # a country, then a government body of one or two words: the body's title
        ([NORWEGIAN, _word("government"), _title(), PERSON], ["NO"]),
        ([NORWEGIAN, _word("defence"), _word("ministry"), _title(), PERSON], ["NO"]),
        (
            [
                NORWAY,
                _word("'s", "POSS"),
                _word("foreign"),
                _word("ministry"),
                _title(),
            ],
            ["NO"],
        ),
        # after "a" the body still names the office ...
        (
            [_word("a"), NORWEGIAN, _word("foreign"), _word("ministry"), _title()],
            ["NO"],
        ),
        ([_word("a"), NORWEGIAN, _word("army"), _title()], ["NO"]),
        # ... but a nationality alone, or a body word that is also a field
        # ("a Norwegian military analyst"), describes the person
        ([_word("a"), NORWEGIAN, _title()], [""]),
        ([_word("a"), NORWEGIAN, _word("military"), _title()], [""]),
        # two words that are no body
        ([NORWEGIAN, _word("oil"), _word("industry"), _title()], [""]),
    ],
)
def test_a_country_before_a_government_body_is_its_titles(segs, want):
    assert _country_of(segs) == want


def _of(prep: str, *after: Segment) -> list[Segment]:
    """A title, `prep`, Norway, then `after`."""
    return [_title(), _word(prep, "PREP"), NORWAY, *after]


POSS = _word("'s", "POSS")


@pytest.mark.parametrize(
    ("segs", "want"),
    [
        # "of" a country: its office
        (_of("of"), ["NO"]),
        # "for"/"at" a country's government body: its office too
        (_of("for", POSS, _word("foreign"), _word("ministry")), ["NO"]),
        (_of("at", POSS, _word("embassy")), ["NO"]),
        # ... but not "for" the country itself, nor its other things, nor "to"
        (_of("for"), [""]),
        (_of("for", POSS, _word("largest"), _word("bank")), [""]),
        (_of("to", POSS, _word("government")), [""]),
    ],
)
def test_a_title_for_a_countrys_government_body_is_its_office(segs, want):
    assert _country_of(segs) == want


def _titled(title: str) -> Segment:
    return Segment("TITLE", 3, 4, "<title>", titles=[Title(title, "", title.lower())])


@pytest.mark.parametrize(
    ("title", "adverb", "want"),
    [
        # a title only a state gives, whole or by its last word: the country's
        ("Member of Parliament", False, "NO"),
        ("Senator", False, "NO"),
        ("Foreign Minister", False, "NO"),
        ("Diplomat", True, "NO"),  # past an ADV segment ("first", "then")
        # any other title after "a" and a nationality only describes its holder
        ("Engineer", False, ""),
        ("Journalist", True, ""),
        ("Minister Counsellor", False, ""),
    ],
)
def test_after_a_a_nationality_qualifies_only_a_national_office(title, adverb, want):
    between = [_word("once", "ADV")] if adverb else []
    segs = [_word("a"), NORWEGIAN, *between, _titled(title), PERSON]
    assert _country_of(segs) == [want]


@pytest.mark.parametrize(
    ("between", "article", "want"),
    [
        # words that place the title in the country's politics, one or two
        (["opposition"], False, "NO"),
        (["far-right", "presidential"], False, "NO"),
        # ... so even after "a" ("a Norwegian opposition leader")
        (["opposition"], True, "NO"),
        # a trade's field is no such word; nor are three of them
        (["music"], False, ""),
        (["far-right", "populist", "presidential"], False, ""),
    ],
)
def test_a_nationality_before_political_words_is_the_titles_country(
    between, article, want
):
    lead = [_word("a")] if article else []
    segs = [*lead, NORWEGIAN, *(_word(w) for w in between), _titled("Leader"), PERSON]
    assert _country_of(segs) == [want]
