"""Partial person names whose family name is hyphenated or holds an apostrophe, and
names spread into no rule's non-entity: the consistency rules on a blank pipeline
with hand-set entities."""

from __future__ import annotations

import pytest
import spacy
from hand_spans import spans_in_order
from spacy.tokens import Span

from pipeline.nlp.consistency import make_consistent
from pipeline.nlp.partial_names import last_word
from pipeline.nlp.tokens import adapt_tokenizer


def _doc(text: str, spans: list[tuple[str, str]]):
    """A blank-pipeline Doc whose entities are the given (text, label) runs, in
    text order."""
    doc = spacy.blank("en")(text)
    doc.ents = spans_in_order(doc, spans)
    return doc


def _people(doc):
    return [(e.text, e.label_, e.kb_id_) for e in make_consistent(doc)]


@pytest.mark.parametrize(
    "full, alone",
    [("Miguel Diaz-Canel", "Diaz-Canel"), ("Beto O'Rourke", "O'Rourke")],
)
def test_a_hyphenated_or_apostrophe_family_name_alone_is_the_person(full, alone):
    doc = _doc(
        f"{full} spoke first . Generals defer to {alone} now .",
        [(full, "PERSON"), (alone, "ORG")],
    )
    assert _people(doc) == [(full, "PERSON", full), (alone, "PERSON", full)]


def test_a_family_name_links_to_a_full_name_whose_accents_a_scrape_lost():
    # "Se\ufffd\ufffdn": the replacement characters a scrape left for "á".
    # The project's tokenizer keeps such a word whole, as it does on news.
    full = "Se\ufffd\ufffdn Tallon"
    doc = adapt_tokenizer(spacy.blank("en"))(
        f"Garda Commissioner {full} spoke first . Ms Tallon left ."
    )
    assert doc[2].text == "Se\ufffd\ufffdn"
    doc.ents = spans_in_order(doc, [(full, "PERSON"), ("Tallon", "PERSON")])
    assert _people(doc) == [(full, "PERSON", full), ("Tallon", "PERSON", full)]


def test_a_family_name_also_read_alone_as_a_person_still_links():
    # The recognizer read "Lund-Berg" once as a person of its own: that is his
    # family name, not a second Lund-Berg whose name it could also be.
    doc = _doc(
        "Ivar Lund-Berg spoke first . Generals defer to Lund-Berg now . "
        "Lund-Berg 's aides agreed .",
        [("Ivar Lund-Berg", "PERSON"), ("Lund-Berg", "ORG"), ("Lund-Berg", "PERSON")],
    )
    full = "Ivar Lund-Berg"
    assert _people(doc) == [
        (full, "PERSON", full),
        ("Lund-Berg", "PERSON", full),
        ("Lund-Berg", "PERSON", full),
    ]


def test_two_full_names_sharing_a_family_name_leave_it_unlinked():
    doc = _doc(
        "Ivar Lund spoke . Mette Lund replied . Lund left .",
        [("Ivar Lund", "PERSON"), ("Mette Lund", "PERSON"), ("Lund", "ORG")],
    )
    assert _people(doc)[2][2] == "Lund"


def test_a_full_name_written_once_with_middle_names_is_the_same_person():
    doc = _doc(
        "Ivar Lund spoke . Ivar Tomas Lund was born in 1950 . Lund left .",
        [("Ivar Lund", "PERSON"), ("Ivar Tomas Lund", "PERSON"), ("Lund", "PERSON")],
    )
    assert _people(doc)[2] == ("Lund", "PERSON", "Ivar Lund")
    # another first word is another person: "Mette Tomas Lund" is not Ivar
    doc = _doc(
        "Ivar Lund spoke . Mette Tomas Lund replied . Lund left .",
        [("Ivar Lund", "PERSON"), ("Mette Tomas Lund", "PERSON"), ("Lund", "PERSON")],
    )
    assert _people(doc)[2][2] == "Lund"


def test_a_title_word_that_is_a_family_name_still_links():
    # "Bishop" opens a cleric's name, and ends the name of a Julia Bishop
    doc = _doc(
        "Julia Bishop spoke . Bishop said no .",
        [("Julia Bishop", "PERSON"), ("Bishop", "PERSON")],
    )
    assert _people(doc)[1] == ("Bishop", "PERSON", "Julia Bishop")


def test_post_nominal_letters_are_no_family_name():
    # "Tory MP" read as a person owns no family name "MP"
    doc = _doc("A Tory MP spoke . The MP left .", [("Tory MP", "PERSON")])
    assert [e[0] for e in _people(doc)] == ["Tory MP"]


def test_an_unlabelled_family_name_with_an_apostrophe_becomes_the_person():
    doc = _doc(
        "Senator Beto O'Rourke spoke . Later O'Rourke left .",
        [("Beto O'Rourke", "PERSON")],
    )
    assert _people(doc) == [
        ("Beto O'Rourke", "PERSON", "Beto O'Rourke"),
        ("O'Rourke", "PERSON", "Beto O'Rourke"),
    ]


def test_the_last_part_of_a_hyphenated_name_still_links():
    doc = _doc(
        "Yasser al-Halabi spoke . Halabi said so .",
        [("Yasser al-Halabi", "PERSON"), ("Halabi", "GPE")],
    )
    assert _people(doc)[1] == ("Halabi", "PERSON", "Yasser al-Halabi")


@pytest.mark.parametrize(
    "text, spans",
    [
        # A hyphenated company no one's name ends with.
        (
            "Sarah Jones spoke . Coca-Cola said so .",
            [("Sarah Jones", "PERSON"), ("Coca-Cola", "ORG")],
        ),
        # A company whose last part is the person's family name is not that person.
        (
            "Henry Royce spoke . Rolls-Royce said so .",
            [("Henry Royce", "PERSON"), ("Rolls-Royce", "ORG")],
        ),
    ],
)
def test_an_organisation_that_only_shares_a_part_stays(text, spans):
    assert [label for _, label, _ in _people(_doc(text, spans))] == [
        label for _, label in spans
    ]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Miguel Diaz-Canel", ("diaz", "-", "canel")),
        ("Beto O'Rourke", ("o'rourke",)),
        ("Mary Reynolds", ("reynolds",)),
        ("the 2nd", ()),
        ("U.S.", ()),
        ("Smith-", ()),
        ("Smith--Jones", ()),
    ],
)
def test_last_word(text, word):
    doc = spacy.blank("en")(text)
    assert last_word(doc[:]) == word


def test_a_rule_non_entity_takes_no_propagated_name():
    """A name the article votes PERSON is not spread into a span a non-entity rule
    claimed ("St Patrick's Day" is a day, whatever "St Patrick" is elsewhere)."""
    from pipeline.nlp.entity_merge import NONENT_SPANS_KEY

    doc = _doc(
        "St Varnan spoke . St Varnan said so . Then St Varnan 's Day came .",
        [("St Varnan", "PERSON"), ("St Varnan", "PERSON")],
    )
    day = [i for i, t in enumerate(doc) if t.text == "Day"][0]
    doc.spans[NONENT_SPANS_KEY] = [Span(doc, day - 3, day + 1, "NONENT")]
    assert [e.start for e in make_consistent(doc)] == [0, 4]
    del doc.spans[NONENT_SPANS_KEY]
    assert [e.start for e in make_consistent(doc)] == [0, 4, day - 3]


def test_a_family_name_spreads_into_a_non_entity():
    """ "Yuan" is a currency's name and a family name: the article's Wei Yuan."""
    from pipeline.nlp.entity_merge import NONENT_SPANS_KEY

    doc = _doc("Wei Yuan spoke . Then Yuan left .", [("Wei Yuan", "PERSON")])
    doc.spans[NONENT_SPANS_KEY] = [Span(doc, 5, 6, "NONENT", span_id="nonent:currency")]
    assert [(e.text, e.kb_id_) for e in make_consistent(doc)] == [
        ("Wei Yuan", "Wei Yuan"),
        ("Yuan", "Wei Yuan"),
    ]


def test_a_country_the_article_names_as_a_place_is_no_family_name():
    """The recognizer ended a name with a country ("Omar Haddad Syria"); the
    article's "in Syria" is the place, and so are its other "Syria"s."""
    doc = _doc(
        "Omar Haddad Syria spoke . Fighting in Syria went on . Syria voted .",
        [("Omar Haddad Syria", "PERSON"), ("Syria", "GPE"), ("Syria", "GPE")],
    )
    assert [e.label_ for e in make_consistent(doc)] == ["PERSON", "GPE", "GPE"]
    # A people the recognizer ended a name with ("Ottoman Turks").
    doc = _doc(
        "The Ottoman Turks ruled . Many Turks left .",
        [("Ottoman Turks", "PERSON"), ("Turks", "NORP")],
    )
    assert [e.label_ for e in make_consistent(doc)] == ["PERSON", "NORP"]
    # A family name in -s the recognizer called a nationality is still one.
    doc = _doc(
        "Gabby Varnolds spoke . Varnolds left .",
        [("Gabby Varnolds", "PERSON"), ("Varnolds", "NORP")],
    )
    assert [e.label_ for e in make_consistent(doc)] == ["PERSON", "PERSON"]


@pytest.mark.parametrize(
    "text, spans",
    [
        # A country never after a locative: a family name ("Trevor Holland").
        (
            "Trevor Syria escaped . Police found Syria at home .",
            [("Trevor Syria", "PERSON"), ("Syria", "GPE")],
        ),
        # A person at least once beside the place reading.
        (
            "Michael Syria scored . In Syria he trained . Syria won .",
            [("Michael Syria", "PERSON"), ("Syria", "GPE"), ("Syria", "PERSON")],
        ),
        # No country: any family name links.
        (
            "Omar Haddad spoke . In Haddad he trained .",
            [("Omar Haddad", "PERSON"), ("Haddad", "GPE")],
        ),
    ],
)
def test_a_family_name_the_article_also_calls_a_place_links(text, spans):
    assert [e.label_ for e in make_consistent(_doc(text, spans))] == ["PERSON"] * len(
        spans
    )
