"""The model reads a typographic apostrophe inside a word as a straight one, and a
capitalised "Co-" word without its hyphen.

Edited news writes names with a typographic apostrophe ("O’Rourke", "D’Souza",
"K’Lynne": U+2019, at times U+2018 or U+02BC) where the model learnt names from
text that writes them straight. Read as they stand, such names were lost or
mislabelled: "Beto O’Rourke spoke" gave no entity, "Shaquille O’Neal" an
organisation, "Dinesh D’Souza" the person "Dinesh". Given the same words
written straight, the model finds each whole person.

`PlainApostropheNer` stands in the pipeline as `ner`: it runs the model's own
`ner` (kept, disabled, as `MODEL_PIPE`) on a copy of a Doc whose words have
every such apostrophe between two letters made straight (the same tokens,
spaces and sentence starts, so an entity still cannot cross a line break),
then sets the copy's entities on the Doc by token position. A Doc without such
a word goes to the model as it is, in the same batches as before. The text,
the tokens and every offset stay as the input gave them: a mention keeps the
apostrophe its article used. Possessives and contractions ("Trump’s",
"don’t") are split off by the tokenizer ("’s", "n’t") and not touched.

The same copy spells a capitalised "co-" word of lexicon `co_hyphen_words`
without its hyphen ("Co-operation" -> "Cooperation"; the tokenizer keeps
each whole: `tokens.keep_co_words`). The model learnt "Co" as the company
designator of "Acme Co", so it ended the name there: "Organisation for
Economic Co-" was an organisation, "Gulf Co-operation Council" none; the
British spelling reads like the American one it knows.
"""

# No `from __future__ import annotations`: spaCy's config validation reads the
# factory's annotations and cannot resolve postponed ones (tests/nlp/test_factories).

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from pipeline.lang.lexicons import words as lexicon_words

# A typographic apostrophe with a letter on each side, inside one token.
_INNER = re.compile(r"(?<=[^\W\d_])[\u2019\u2018\u02bc](?=[^\W\d_])")
# The tokenizer's "n’t" of "don’t", "can’t": a contraction, not a name.
_NOT = re.compile(r"[nN][\u2019\u2018\u02bc][tT]")
# The name the model's own `ner` keeps, disabled, once `PlainApostropheNer` runs
# in its place.
MODEL_PIPE = "ner_model"


# A capitalised "co-" word -> the spelling the model reads it in (module doc).
CO_READINGS = {w: w.replace("-", "") for w in lexicon_words("co_hyphen_words")}


def typographic(word: str) -> bool:
    """The word has a typographic apostrophe between two of its letters and is no
    "n’t" ("O’Rourke", "d’Ivoire"; not "’s", "don’t"'s "n’t")."""
    return _INNER.search(word) is not None and not _NOT.fullmatch(word)


def read_plain(word: str) -> str | None:
    """How the model reads `word` when not as written: a `typographic` word with
    straight apostrophes, a co- word without its hyphen (module doc); else None."""
    if typographic(word):
        return _INNER.sub("'", word)
    return CO_READINGS.get(word)


def _needs_reading(word: str) -> bool:
    return read_plain(word) is not None


def plain_words(doc: Doc) -> list[str] | None:
    """`doc`'s words as the model reads them (`read_plain`: "O’Rourke" ->
    "O'Rourke", "Co-operation" -> "Cooperation"); None when no word changes."""
    words = [t.text for t in doc]
    plain = [read_plain(w) or w for w in words]
    return plain if plain != words else None


def plain_copy(doc: Doc) -> Doc | None:
    """A Doc of `plain_words(doc)` with `doc`'s spaces and sentence starts, or None
    when the words need no change."""
    words = plain_words(doc)
    if words is None:
        return None
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        sent_starts=[t.is_sent_start for t in doc],
    )


def copy_entities(source: Doc, target: Doc) -> Doc:
    """Set `source`'s entities on `target` by token position (the two have the same
    tokens); every other token of `target` is outside an entity."""
    target.ents = [Span(target, e.start, e.end, label=e.label) for e in source.ents]
    return target


class PlainApostropheNer:
    """The model's `ner` reading straight apostrophes (see module doc)."""

    def __init__(self, ner, vocab):
        self.ner = ner
        # A lexeme flag, computed once per distinct word: a Doc with no such word
        # (nearly every one) is found without building its text or tokens.
        self.flag = vocab.add_flag(_needs_reading)

    @property
    def model(self):
        """The model's own network (what code reading a pipe's `model` expects)."""
        return self.ner.model

    def __call__(self, doc: Doc) -> Doc:
        """Recognise the entities of one Doc."""
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Recognise the entities of `docs`, in order, `batch_size` at a time (the
        batches the model would have had)."""
        for batch in minibatch(docs, batch_size):
            copies = [
                plain_copy(doc) if doc.to_array(self.flag).any() else None
                for doc in batch
            ]
            read = [doc if c is None else c for doc, c in zip(batch, copies)]
            for doc, copy, _ in zip(
                batch, copies, self.ner.pipe(read, batch_size=batch_size)
            ):
                yield doc if copy is None else copy_entities(copy, doc)


@Language.factory("newsner_plain_apostrophes", requires=["token.is_sent_start"])
def make_plain_apostrophes(
    nlp: Language, name: str, model_pipe: str = MODEL_PIPE
) -> PlainApostropheNer:
    """Factory for PlainApostropheNer around `nlp`'s component `model_pipe` (the
    model's `ner`, present and disabled). Raises ValueError without it."""
    if model_pipe not in nlp.component_names:
        raise ValueError(
            f"{name}: the pipeline has no component {model_pipe!r} (the model's "
            "ner) to run"
        )
    return PlainApostropheNer(nlp.get_pipe(model_pipe), nlp.vocab)


def read_plain_apostrophes(nlp: Language) -> Language:
    """Put `PlainApostropheNer` in place of `nlp`'s `ner`, under the same name and at
    the same position; the model's `ner` stays, disabled, as `MODEL_PIPE`.
    Returns `nlp`, changed in place."""
    nlp.rename_pipe("ner", MODEL_PIPE)
    nlp.add_pipe("newsner_plain_apostrophes", name="ner", after=MODEL_PIPE)
    nlp.disable_pipe(MODEL_PIPE)
    return nlp
