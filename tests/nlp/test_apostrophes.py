"""The model's `ner` reads typographic apostrophes inside words as straight ones.

The mechanism is tested on a blank English pipeline whose "model" is an entity
ruler that knows names only as written straight, so a test says what the
wrapper does, not what the statistical model happens to tag; one end-to-end test
runs the real pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from pipeline.nlp.apostrophes import (
    MODEL_PIPE,
    copy_entities,
    plain_copy,
    plain_words,
    read_plain_apostrophes,
)
from pipeline.nlp.tokens import adapt_tokenizer


@pytest.fixture(scope="module")
def blank():
    # newsner's tokenizer: it keeps a capitalised co- word whole
    return adapt_tokenizer(spacy.blank("en"))


@pytest.mark.parametrize(
    "text,words",
    [
        ("Beto O’Rourke spoke", ["Beto", "O'Rourke", "spoke"]),
        ("Dinesh D‘Souza and K\u02bcLynne", ["Dinesh", "D'Souza", "and", "K'Lynne"]),
        ("O’Rourke’s plan", ["O'Rourke", "’s", "plan"]),
        ("Côte d’Ivoire", ["Côte", "d'Ivoire"]),
        # A capitalised co- word of the lexicon, one token, reads without its hyphen
        ("Harbour Co-operation Council", ["Harbour", "Cooperation", "Council"]),
        # Possessives, contractions and quotes are tokens of their own: untouched.
        ("Trump’s aide", None),
        ("they don’t know", None),
        ("the ’90s and ‘rock’", None),
        ("O'Rourke spoke", None),
        ("their co-operation", None),
        ("no apostrophe at all", None),
        ("", None),
    ],
)
def test_plain_words(blank, text, words):
    assert plain_words(blank(text)) == words


def test_plain_copy_keeps_tokens_spaces_and_sentence_starts(blank):
    doc = blank("Tip O’Neill spoke.\n\nThen D’Souza left.")
    doc[4].is_sent_start = True
    doc[5].is_sent_start = False
    copy = plain_copy(doc)
    assert copy.text == "Tip O'Neill spoke.\n\nThen D'Souza left."
    assert len(copy.text) == len(doc.text)
    assert [t.idx for t in copy] == [t.idx for t in doc]
    assert [t.is_sent_start for t in copy] == [t.is_sent_start for t in doc]
    assert plain_copy(blank("Nothing to change here.")) is None


def test_copy_entities_by_token_position(blank):
    source = blank("Beto O'Rourke met Acme staff")
    target = blank("Beto O’Rourke met Acme staff")
    target.ents = [Span(target, 4, 5, label="PRODUCT")]
    source.ents = [Span(source, 0, 2, label="PERSON"), Span(source, 3, 4, label="ORG")]
    copy_entities(source, target)
    assert [(e.text, e.label_) for e in target.ents] == [
        ("Beto O’Rourke", "PERSON"),
        ("Acme", "ORG"),
    ]
    assert target[4].ent_iob_ == "O"  # what the target had before is replaced


def _ruler_pipeline():
    """A blank pipeline whose "model" knows O'Rourke and D'Souza written straight."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": [{"ORTH": "Beto"}, {"ORTH": "O'Rourke"}]},
            {"label": "PERSON", "pattern": [{"ORTH": "D'Souza"}]},
            {"label": "GPE", "pattern": [{"ORTH": "Texas"}]},
        ]
    )
    return read_plain_apostrophes(nlp)


def test_the_model_reads_the_straight_words_and_the_doc_keeps_its_own():
    nlp = _ruler_pipeline()
    assert nlp.pipe_names == ["ner"]
    assert MODEL_PIPE in nlp.disabled
    texts = [
        "Beto O’Rourke won Texas.",
        "Beto O'Rourke won Texas.",
        "Nobody won Texas.",
        "Dinesh D’Souza and Beto O‘Rourke",
    ]
    docs = list(nlp.pipe(texts, batch_size=3))  # two batches, order kept
    assert [d.text for d in docs] == texts
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [
        [("Beto O’Rourke", "PERSON"), ("Texas", "GPE")],
        [("Beto O'Rourke", "PERSON"), ("Texas", "GPE")],
        [("Texas", "GPE")],
        [("D’Souza", "PERSON"), ("Beto O‘Rourke", "PERSON")],
    ]
    assert [(e.text, e.label_) for e in nlp("Beto O’Rourke").ents] == [
        ("Beto O’Rourke", "PERSON")
    ]


def test_the_factory_needs_the_model_pipe():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match=MODEL_PIPE):
        nlp.add_pipe("newsner_plain_apostrophes")


def _mentions(nlp, text):
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text",
    [
        "Beto O’Rourke spoke to voters in El Paso on Tuesday.",
        "Shaquille O’Neal joined the broadcast from Atlanta.",
        "Dinesh D’Souza made a film about the election.",
    ],
)
def test_a_name_reads_the_same_with_either_apostrophe(nlp, text):
    straight = text.replace("’", "'")
    assert _mentions(nlp, text) == _mentions(nlp, straight)
    assert any(label == "PERSON" for _, _, label in _mentions(nlp, text))


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The Organisation for Economic Co-operation and Development cut its "
            "forecast on Tuesday.",
            "Organisation for Economic Co-operation and Development",
        ),
        (
            "Ministers of the Gulf Co-operation Council met in Riyadh on Monday.",
            "Gulf Co-operation Council",
        ),
        ("The Co-operative Bank was put up for sale.", "Co-operative Bank"),
    ],
)
def test_a_british_co_word_does_not_end_the_name(nlp, text, name):
    # Read as "Co" "-" "operation", the model ended the name at the designator "Co".
    assert (name, "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
