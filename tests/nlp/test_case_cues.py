"""nlp.case_cues on a blank pipeline with hand-set entities."""

from __future__ import annotations

import spacy
from hand_spans import span_of

from pipeline.nlp.case_cues import common_word_by_position, position_capital

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
