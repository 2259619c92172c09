"""nlp.case_cues on a blank pipeline with hand-set entities."""

from __future__ import annotations

import spacy
from hand_spans import span_of

from pipeline.nlp.case_cues import (
    case_cue,
    common_word_by_position,
    common_word_compound,
    position_capital,
)

NLP = spacy.blank("en")


def _org(text: str, word: str, label: str = "ORG", rid: str = ""):
    doc = NLP(text)
    return doc, span_of(doc, word, label, rid)


def test_a_capital_at_a_sentence_start_or_in_capitals_says_nothing():
    doc = NLP('He left. "Unlike his father, ACCIDENT in Paris. KILLED BY ACCIDENT.')
    toks = {(t.text, t.i) for t in doc}
    by_text = {text: doc[i] for text, i in sorted(toks)}
    assert position_capital(by_text["He"])
    assert position_capital(by_text["Unlike"])  # after ". and an opening quote
    assert position_capital(by_text["KILLED"])  # a line in capitals
    assert position_capital(doc[-2])  # its ACCIDENT
    # In ordinary text, capitals make an acronym; mid-sentence, a name.
    assert not position_capital(doc[8])  # the first ACCIDENT
    assert not position_capital(by_text["Paris"])
    assert not position_capital(NLP("UN officials met.")[0])


def test_a_common_word_capitalised_by_its_position_is_no_organisation():
    assert common_word_by_position(*_org("Refugee children are suffering.", "Refugee"))
    assert common_word_by_position(*_org("DIED BY ACCIDENT - Police said", "ACCIDENT"))
    # An acronym in ordinary text, even one spelling a common word.
    assert not common_word_by_position(*_org("The UN's lack of progress.", "UN"))
    assert not common_word_by_position(*_org("Ann Lee, MD, MPH, spoke.", "MPH"))


def test_names_and_evidence_of_a_name_stay():
    # A name in English, at a sentence start.
    assert not common_word_by_position(*_org("Reuters said so.", "Reuters"))
    # The writer capitalised it elsewhere in the text.
    doc, span = _org("Shell said so. Analysts at Shell agreed.", "Shell")
    assert not common_word_by_position(doc, span)
    # Mid-sentence: the capital is the writer's.
    assert not common_word_by_position(
        *_org("The aid from Refugee went out.", "Refugee")
    )
    # An alias the lexicon knows.
    assert not common_word_by_position(*_org("Fed officials met.", "Fed"))
    # A rule's match, a person, two words: not this cue's business.
    assert not common_word_by_position(
        *_org("Refugee children wait.", "Refugee", rid="org:x")
    )
    assert not common_word_by_position(*_org("May said so.", "May", label="PERSON"))


def test_a_common_word_the_model_read_as_a_person_by_its_position_is_none():
    assert common_word_by_position(*_org("Former aides said so.", "Former", "PERSON"))
    # The writer capitalised it mid-sentence: a family name.
    doc, span = _org("Rice said so. Analysts asked Dora Rice.", "Rice", "PERSON")
    assert not common_word_by_position(doc, span)


def _cued(text: str, word: str, label: str = "PERSON"):
    """(label, rule id) of the span after case_cue, None when it is dropped."""
    got = case_cue(*_org(text, word, label))
    return None if got is None else (got.label_, got.id_)


def test_a_person_in_capitals_among_ordinary_text_is_an_acronym():
    assert _cued("The news agency KNRA reported the strike.", "KNRA") == (
        "ORG",
        "org:acronym-not-person",
    )
    # A common word in capitals is no name at all.
    assert _cued("TARGET: a bus. ATTACKERS: two men with guns.", "ATTACKERS") is None


def test_names_in_capitals_stay_people():
    # A transcript's speaker, a given name, a name the text writes in title case.
    assert _cued("HOLLOWAY: We will win. It was late.", "HOLLOWAY") == ("PERSON", "")
    assert _cued("Fans cheered as MARIA waved.", "MARIA") == ("PERSON", "")
    assert _cued("BRENNOCK spoke first. Brennock then left.", "BRENNOCK") == (
        "PERSON",
        "",
    )
    # A line in capitals says nothing of the name.
    assert _cued("HALVORSEN WINS THE TITLE AGAIN", "HALVORSEN") == ("PERSON", "")
    # Organisations are not this cue's business.
    assert _cued("KNRA reported the strike.", "KNRA", "ORG") == ("ORG", "")


def test_after_a_label_in_capitals_and_a_dash_a_word_opens_the_sentence():
    assert common_word_by_position(*_org("ITALY - Refugee aid fell.", "Refugee"))
    assert common_word_by_position(
        *_org("Rates fell.\nROCHESTER, N.H. - Prices rose.", "Prices")
    )
    # A dash after ordinary words, or after a name in title case, is no label.
    assert not common_word_by_position(
        *_org("The deal - Refugee aid said - was off.", "Refugee")
    )
    assert not common_word_by_position(*_org("Italy - Refugee aid fell.", "Refugee"))


def test_a_word_describing_an_organisation_head_is_no_evidence_of_a_name():
    doc = NLP("Fire officials said so. The Rochester Fire Department agreed.")
    doc.ents = [span_of(doc, "Rochester Fire Department", "ORG")]
    assert common_word_by_position(doc, span_of(doc, "Fire", "ORG"))
    # The last word of a longer name, or a word before no head, still is.
    doc = NLP("Shell said so. Royal Dutch Shell agreed.")
    doc.ents = [span_of(doc, "Royal Dutch Shell", "ORG")]
    assert not common_word_by_position(doc, span_of(doc, "Shell", "ORG"))


def test_a_common_word_hyphenated_into_an_adjective_is_no_organisation():
    assert common_word_compound(
        *_org("Loss-making State-owned firms cut jobs.", "State")
    )
    # A name before the hyphen, spaces around it, or a capital after it: kept.
    assert not common_word_compound(
        *_org("A Reuters-backed study came out.", "Reuters")
    )
    assert not common_word_compound(*_org("The State - owned by all - paid.", "State"))
    assert not common_word_compound(*_org("The State-Duma talks ended.", "State"))
    assert not common_word_compound(*_org("A UN-backed plan.", "UN"))
