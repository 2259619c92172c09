"""The shard's memory zone (`pipeline.nlp.vocab_zone`) on a blank English pipeline:
words are kept while the vocabulary is under its limit and freed once it is
full."""

from __future__ import annotations

import spacy

from pipeline.nlp.vocab_zone import shard_zone


def test_words_are_kept_while_the_vocabulary_is_under_its_limit():
    nlp = spacy.blank("en")
    with shard_zone(nlp, limit=len(nlp.vocab) + 1_000):
        nlp("Zorblax Quintessa visited Vantablue.")
    assert "Zorblax" in nlp.vocab and "Vantablue" in nlp.vocab
    # kept words are not rebuilt: a second shard adds nothing
    before = len(nlp.vocab)
    with shard_zone(nlp, limit=before + 1_000):
        nlp("Zorblax Quintessa visited Vantablue.")
    assert len(nlp.vocab) == before


def test_a_full_vocabulary_frees_what_a_shard_adds():
    nlp = spacy.blank("en")
    nlp("Ordinary words stay.")
    before = len(nlp.vocab)
    with shard_zone(nlp, limit=before):
        doc = nlp("Quorvath Mellisandre wrote to Ordinary words.")
        assert [t.text for t in doc][:2] == ["Quorvath", "Mellisandre"]
    assert "Quorvath" not in nlp.vocab and "Mellisandre" not in nlp.vocab
    assert "Ordinary" in nlp.vocab
