"""Kind cues on a blank pipeline with hand-set model entities: awards, doctrines,
titles alone and bills the model read as people or organisations."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import span_of

from pipeline.nlp.kind_cues import (
    irish_county,
    numbered_name,
    person_with_age,
    word_kind,
)


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _kind(nlp, text, name, label):
    doc = nlp(text)
    out = word_kind(doc, span_of(doc, name, label))
    return None if out is None else [(s.text, s.label_) for s in out]


@pytest.mark.parametrize(
    "text,name,label,expected",
    [
        ("She won an Oscar in March .", "Oscar", "PERSON", [("Oscar", "WORK_OF_ART")]),
        (
            "The Emmys were held in Ostrava .",
            "Emmys",
            "ORG",
            [("Emmys", "WORK_OF_ART")],
        ),
        (
            "It won the prize for Best Short Film .",
            "Best Short Film",
            "ORG",
            [("Best Short Film", "WORK_OF_ART")],
        ),
        # a name ending in a capitalised award head is the prize, whatever else
        (
            "She won the Kestrel Science Prize .",
            "Kestrel Science Prize",
            "ORG",
            [("Kestrel Science Prize", "WORK_OF_ART")],
        ),
        (
            "The Halvorsen Awards were held .",
            "Halvorsen Awards",
            "PERSON",
            [("Halvorsen Awards", "WORK_OF_ART")],
        ),
        ("Kestrel Awards Ltd grew .", "Kestrel Awards Ltd", "ORG", None),
        ("The Prize paid out .", "Prize", "ORG", None),
        ("The spectre of Varnholtism is back .", "Varnholtism", "PERSON", []),
        ("Reports of Varnophobia rose .", "Varnophobia", "ORG", []),
        ("He fears the Varnolization of Europe .", "Varnolization", "ORG", []),
        ("The so-called Varnonomics works .", "Varnonomics", "ORG", []),
        ("Talks on the U.S.-Mexico border resumed .", "U.S.-Mexico", "ORG", []),
        ("India/Pakistan talks resumed .", "India/Pakistan", "ORG", []),
        # a politician's party and state, short or in full
        ("Rep. Lena Holt ( D-Calif. ) said .", "D-Calif.", "ORG", []),
        ("Sen. Ivo Tamm , R-N.Y. , said .", "R-N.Y.", "ORG", []),
        ("Sen. Ivo Tamm ( D-Minnesota ) said .", "D-Minnesota", "PERSON", []),
        ("The R-Kelvin Group grew .", "R-Kelvin Group", "ORG", None),
        ("The CEO told staff on Monday .", "CEO", "ORG", []),
        ("The Secretary of State flew in .", "Secretary of State", "ORG", []),
        (
            "The Grain Levy Bill passed on Monday .",
            "Grain Levy Bill",
            "PERSON",
            [("Grain Levy Bill", "LAW")],
        ),
        ("The Levy ( Grain ) Bill passed .", "Bill", "PERSON", []),
        ("Texas passed House Bill 2 .", "Bill", "PERSON", []),
        ("Critics said the Act goes too far .", "Act", "PERSON", []),
        (
            "He is a Monegasque businessman .",
            "Monegasque",
            "ORG",
            [("Monegasque", "NORP")],
        ),
        ("The Emirati official left .", "Emirati", "PERSON", [("Emirati", "NORP")]),
        (
            "Industry and Trade Minister Ivan Petrov spoke .",
            "Industry and Trade",
            "ORG",
            [],
        ),
        ("The Commerce Secretary flew in .", "Commerce", "ORG", []),
        # the last fields of a listed portfolio, after its comma
        (
            "The Minister for Housing , Planning and Local Government spoke .",
            "Planning and Local Government",
            "ORG",
            [],
        ),
        (
            "Minister of the Environment , Climate Action and Energy Jo Varn spoke .",
            "Climate Action and Energy",
            "ORG",
            [],
        ),
        (
            "Shares of KestrelWorks rose .",
            "KestrelWorks",
            "PERSON",
            [("KestrelWorks", "ORG")],
        ),
        ("FiveHarbors said so .", "FiveHarbors", "PERSON", [("FiveHarbors", "ORG")]),
        # A saint's name before a possessive: a church, a place, a day.
        ("Mass at St Varnan 's Church began .", "St Varnan", "PERSON", []),
        ("Services resumed at St. Varnan 's .", "St. Varnan", "PERSON", []),
        ("Before Saint Varnan ’s weekend .", "Saint Varnan", "PERSON", []),
        ("Crowds at St-Varnan 's Day parades .", "St-Varnan", "ORG", []),
    ],
)
def test_a_name_whose_words_say_what_it_is(nlp, text, name, label, expected):
    assert _kind(nlp, text, name, label) == expected


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Oscar Lindqvist won the race .", "Oscar Lindqvist", "PERSON"),
        ("Best Buy cut prices .", "Best Buy", "ORG"),  # a shop, "Buy" no category
        ("Prism said on Monday .", "Prism", "ORG"),  # too short for a doctrine
        ("Bill Tarrant spoke on Monday .", "Bill Tarrant", "PERSON"),
        ("The Grain Levy Act passed .", "Grain Levy Act", "LAW"),  # not PERSON/ORG
        ("Ministers met Kjell Bill on Monday .", "Kjell Bill", "ORG"),
        ("Dean said the school would stay open .", "Dean", "PERSON"),  # a name too
        ("Officials of the Justice said so .", "Justice", "ORG"),  # a portfolio
        ("Her husband , Bill , said so .", "Bill", "PERSON"),
        ("Anna Holm and Bill said so .", "Bill", "PERSON"),
        ("Monegasque said so .", "Monegasque", "ORG"),  # no article before it
        ("A Monegasque Bank branch .", "Monegasque", "ORG"),  # a name goes on
        ("The Jordan team won .", "Jordan", "ORG"),  # a country's own name
        ("The UAE bought it .", "UAE", "ORG"),  # a country's code, no demonym
        ("The Commerce Department said so .", "Commerce", "ORG"),  # no title after
        # a name in the list, or no "for"/"of" before it: no listed portfolio
        ("Minister of Justice , FBI and CIA spoke .", "FBI and CIA", "ORG"),
        ("He thanked Varnholt , Energy and Trade .", "Energy and Trade", "ORG"),
        ("The Office of Ann Varn , Energy and Trade .", "Energy and Trade", "ORG"),
        ("The Treasury said so .", "Treasury", "ORG"),
        ("Guinea-Bissau voted .", "Guinea-Bissau", "ORG"),  # one country's name
        ("Coca-Cola said so .", "Coca-Cola", "ORG"),
        ("France-Varnholt Bank said so .", "France-Varnholt Bank", "ORG"),
        # Camel case after a name prefix is a person's; two words are no brand's.
        ("McVarn said so .", "McVarn", "PERSON"),
        ("Betsy DeVarnholt said so .", "DeVarnholt", "PERSON"),
        ("LaTonya spoke .", "LaTonya", "PERSON"),
        ("Anna KestrelWorks spoke .", "Anna KestrelWorks", "PERSON"),
        # A saint without a possessive is the saint; a city's possessive its own.
        ("Saint Varnan was a missionary .", "Saint Varnan", "PERSON"),
        ("St. Varnton 's mayor spoke .", "St. Varnton", "GPE"),
        ("Anna Stvarn 's sister spoke .", "Anna Stvarn", "PERSON"),
    ],
)
def test_names_that_stay(nlp, text, name, label):
    assert _kind(nlp, text, name, label) is None


@pytest.mark.parametrize(
    "text,name,label,expected",
    [
        ("He farms in Co Kerry .", "Co Kerry", "PERSON", "Co Kerry"),
        ("He farms in Co. Galway .", "Galway", "PERSON", "Co. Galway"),
        ("Storms hit Co - Mayo .", "Co - Mayo", "ORG", "Co - Mayo"),
        ("He farms in Co Wicklow .", "Co Wicklow", "FAC", "Co Wicklow"),
    ],
)
def test_an_irish_county_is_a_place(nlp, text, name, label, expected):
    doc = nlp(text)
    out = irish_county(doc, span_of(doc, name, label))
    assert (out.text, out.label_) == (expected, "GPE")


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("John Kerry met them .", "John Kerry", "PERSON"),  # no "Co"
        ("Hansen & Co Norvik said so .", "Co Norvik", "ORG"),  # no Irish county
        ("He met Kerry on Monday .", "Kerry", "PERSON"),
    ],
)
def test_names_that_are_no_irish_county(nlp, text, name, label):
    doc = nlp(text)
    assert irish_county(doc, span_of(doc, name, label)) is None


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("A convert , Liesbeth Varga , 34 , says so .", "Liesbeth Varga", "ORG"),
        ("Ostrander , 61 , said so .", "Ostrander", "GPE"),
        ("Their sons Tavio , 27 , and Rian , 22 , left .", "Tavio", "PRODUCT"),
        ("He met Tavio , 7 )", "Tavio", "NORP"),
        ("Rustam Belov , in his late 20 's , came .", "Rustam Belov", "ORG"),
        ("Ana Belov , in her forties , came .", "Ana Belov", "ORG"),
        ("Ana Belov , in her mid-40s , came .", "Ana Belov", "GPE"),
        # an initial is no word in capitals
        ("Ulla T. Varga , 47 , of the agency will fly .", "Ulla T. Varga", "ORG"),
    ],
)
def test_a_name_with_an_age_is_a_person(nlp, text, name, label):
    doc = nlp(text)
    out = person_with_age(doc, span_of(doc, name, label))
    assert (out.text, out.label_, out.id_) == (name, "PERSON", "person:age")


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("People from Yuba Vale , 65,000 in all , left .", "Yuba Vale", "GPE"),
        ("Exports to Norvania , 12 , rose .", "Norvania", "PERSON"),  # a person
        ("The Norvik Club , 150 , won .", "Norvik Club", "ORG"),  # no age
        ("Ship it to Portugal , 12 , now .", "Portugal", "GPE"),  # a known place
        ("The NORVIK , 34 , said .", "NORVIK", "ORG"),  # capitals
        ("Norvik , 34 percent , said .", "Norvik", "ORG"),
        ("Norvik , in its forties , said .", "Norvik", "ORG"),  # no person's age
        ("Norvik , in his view , erred .", "Norvik", "ORG"),
        ("Teams : 4 - Ian Varga , 3 - Olo Brann .", "4 - Ian Varga", "ORG"),
        ("Teams : 4 - Ian Varga , 3 - Olo Brann .", "Ian Varga", "ORG"),  # a dash
    ],
)
def test_names_without_an_age(nlp, text, name, label):
    doc = nlp(text)
    assert person_with_age(doc, span_of(doc, name, label)) is None


@pytest.mark.parametrize(
    "text,name,label,expected",
    [
        (
            "Seeds : 1 - Jansk Varga ( Norvania ) won .",
            "1 - Jansk Varga",
            "QUANTITY",
            "Jansk Varga",
        ),
        (
            "Norvik - 14 - Olo Brann , 13 - Ian Rusk .",
            "14 - Olo Brann",
            "DATE",
            "Olo Brann",
        ),
        (
            "Subs : ( 14 - Sabri Lanto 87th ) .",
            "14 - Sabri Lanto 87th",
            "DATE",
            "Sabri Lanto",
        ),
        ("Norvik - 16 - Gomez , 2 - Ruiz .", "16 - Gomez", "MONEY", "Gomez"),
    ],
)
def test_a_numbered_name_on_a_team_sheet_is_a_person(nlp, text, name, label, expected):
    doc = nlp(text)
    out = numbered_name(doc, span_of(doc, name, label))
    assert (out.text, out.label_, out.id_) == (expected, "PERSON", "person:numbered")


@pytest.mark.parametrize(
    "text,name,label",
    [
        ("Norvik - 4 - German Villa , 2 - Ruiz .", "4 - German", "MONEY"),  # cut
        ("They won 3 - 1 on Sunday .", "3 - 1", "CARDINAL"),
        (
            "It rose 12 - Percent Fund said .",
            "12 - Percent Fund",
            "ORG",
        ),  # no number label
        ("The score was 120 - Norvik .", "120 - Norvik", "CARDINAL"),  # no shirt number
        ("It fell 5 percent .", "5 percent", "PERCENT"),
        ("He was seen on 24-February .", "24-February", "DATE"),  # no spaces
        ("Help opens on 3 - April .", "3 - April", "DATE"),  # a month
    ],
)
def test_numbers_that_name_no_one(nlp, text, name, label):
    doc = nlp(text)
    assert numbered_name(doc, span_of(doc, name, label)) is None
