"""A country's envoy to an international body, on hand-built segments (no model):
the country before "UN envoy" is the title's and leaves the sequence, the body
stays the organisation (segment_envoys, segment_folds.fold_countries); a
qualifier of the next title before the body is the title's (fold_qualifiers);
a nationality the model read as an organisation names its country; the parse
rules read the country the parse hangs on an envoy's title (parsed_envoy)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipeline.extract.segment_envoys import parsed_envoy
from pipeline.extract.segment_folds import fold_countries, segment_country
from pipeline.extract.segment_qualifiers import fold_qualifiers
from pipeline.extract.segment_types import Segment
from pipeline.lang.titles import Title

NORWAY = Segment("ENT", 0, 1, "<ent>", "Norway")
NORWEGIAN = Segment("NAME", 0, 1, "<name>", "Norwegian")
POSS = Segment("POSS", 1, 2, "'s")
PERSON = Segment("PERSON", 6, 8, "<person>", "Jo Roe")


def _org(name: str) -> Segment:
    return Segment("ORG", 3, 4, "<org>", name)


def _title(title: str) -> Segment:
    return Segment("TITLE", 4, 5, "<title>", titles=[Title(title, "", title.lower())])


def _word(word: str, tag: str = "W") -> Segment:
    return Segment(tag, 2, 3, word.lower(), word if tag == "CAP" else "")


def _read(segs: list[Segment]) -> list[tuple[str, str, str]]:
    """(tag, text or word, country of a title) of each segment after both folds."""
    return [
        (s.tag, s.text or s.word, s.titles[0].country if s.titles else "")
        for s in fold_qualifiers(fold_countries(segs))
    ]


@pytest.mark.parametrize("org", ["UN", "NATO", "United Nations", "African Union"])
@pytest.mark.parametrize("country", [[NORWAY, POSS], [NORWEGIAN]])
def test_a_country_before_a_body_and_an_envoys_title_is_the_titles(country, org):
    segs = [*country, _org(org), _title("Ambassador"), PERSON]
    assert _read(segs) == [
        ("ORG", org, ""),
        ("TITLE", "<title>", "NO"),
        ("PERSON", "Jo Roe", ""),
    ]


@pytest.mark.parametrize(
    ("org", "title"),
    [
        # a body of no countries' envoys: the country describes it
        ("Tromso University", "Ambassador"),
        # a title no country sends: "Norway's UN chief economist"
        ("UN", "Chief Economist"),
    ],
)
def test_other_bodies_and_titles_keep_the_country_out_of_the_title(org, title):
    segs = [NORWAY, POSS, _org(org), _title(title), PERSON]
    assert [c for *_, c in _read(segs)] == ["", "", "", "", ""]


def _qualifier(segs: list[Segment]) -> str:
    return next(s.titles[0].qualifier for s in segs if s.tag == "TITLE")


@pytest.mark.parametrize("word", [_word("deputy"), _word("Deputy", "CAP")])
def test_a_qualifier_between_the_country_and_the_body_is_the_titles(word):
    segs = [NORWAY, POSS, word, _org("UN"), _title("Ambassador"), PERSON]
    out = fold_qualifiers(fold_countries(segs))
    assert [s.tag for s in out] == ["ADV", "ORG", "TITLE", "PERSON"]
    assert out[2].titles[0].country == "NO"
    assert _qualifier(out) == "deputy"


def test_a_qualifier_of_the_whole_role_goes_before_the_deputys():
    # "Former Norwegian Deputy UN ambassador Jo Roe"
    segs = [
        _word("Former", "CAP"),
        NORWEGIAN,
        _word("Deputy", "CAP"),
        _org("UN"),
        _title("Ambassador"),
        PERSON,
    ]
    assert _qualifier(fold_qualifiers(fold_countries(segs))) == "former deputy"


@pytest.mark.parametrize(
    ("text", "tag", "want"),
    [
        ("Norwegian", "ORG", "NO"),  # cut from "Norwegian Permanent Representative"
        ("Norwegian", "NAME", "NO"),
        ("Norway", "ENT", "NO"),
        ("Acme", "ORG", ""),
        # a country's name as an organisation is a team or a state's side, not read
        ("Norway", "ORG", ""),
    ],
)
def test_a_nationality_read_as_an_organisation_names_its_country(text, tag, want):
    assert segment_country(Segment(tag, 0, 1, "<x>", text)) == want


def _parsed(words: list[str], heads: list[int], deps: list[str], person: str = ""):
    """A hand-set parse (spaCy's blank English vocabulary); `person` marks the
    PERSON entity of that text, as the role parser's Docs carry only people and
    organisations."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    if person:
        start = words.index(person.split()[0])
        doc.ents = [Span(doc, start, start + len(person.split()), label="PERSON")]
    return doc


AMBASSADOR = Title("Ambassador", "", "ambassador")


def _owned(owner: str, org: str, person: str = ""):
    """'<owner> 's <org> ambassador', parsed: the owner a possessive of the title."""
    return _parsed(
        [owner, "'s", org, "ambassador"],
        [3, 0, 3, 3],
        ["poss", "case", "compound", "ROOT"],
        person,
    )


@pytest.mark.parametrize(
    ("owner", "org", "want"),
    [
        # a possessive country, a body of envoys
        ("Norway", "UN", "NO"),
        ("Norway", "NATO", "NO"),
        # not a body countries send envoys to, or a possessive that is no country
        ("Norway", "Acme", ""),
        ("Acme", "UN", ""),
    ],
)
def test_the_parse_gives_an_envoy_the_possessive_country(owner, org, want):
    assert parsed_envoy(AMBASSADOR, _owned(owner, org)[3], org).country == want


def test_the_parse_gives_an_envoy_a_two_word_country_or_a_nationality():
    # a country of two words, its first a compound of the second
    doc = _parsed(
        ["South", "Sudan", "'s", "UN", "ambassador"],
        [1, 4, 1, 4, 4],
        ["compound", "poss", "case", "compound", "ROOT"],
    )
    assert parsed_envoy(AMBASSADOR, doc[4], "UN").country == "SS"
    doc = _parsed(
        ["the", "Norwegian", "NATO", "ambassador"],
        [3, 3, 3, 3],
        ["det", "amod", "compound", "ROOT"],
    )
    assert parsed_envoy(AMBASSADOR, doc[3], "NATO").country == "NO"


def test_only_an_envoys_title_takes_the_parses_country():
    economist = Title("Economist", "", "economist")
    assert parsed_envoy(economist, _owned("Norway", "UN")[3], "UN") == economist
    # a possessive inside a person's name is no country ("Jordan's")
    doc = _owned("Jordan", "UN", person="Jordan")
    assert parsed_envoy(AMBASSADOR, doc[3], "UN").country == ""
