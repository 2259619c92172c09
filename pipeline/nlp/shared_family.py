"""A given name written before "and" and another person's full name shares that
family name: "Jennifer and Keith Gibbs" are Jennifer Gibbs and Keith Gibbs.

News names couples, siblings and parents this way ("Charles and David Koch",
"Mark and Scott Kelly"), and later calls each by the first name alone. The
recognizer reads "Jennifer" as a person of her own, so without the shared
family name her mentions make a one-word row that merges with every other
Jennifer of the corpus.

Only a plain pair is read: the lone name is one word that gender-guesser
knows as a given name, "and" or "&" stands between, and the full name is two
capitalised words, a known given name (a different one) and a family name
that is no common English word (lexicon common_lowercase_words: "Church"),
nor a word that ends the names of buildings or bodies (lexicons
facility_heads and org_heads: "Bridge", "Institute"). Longer names are left
alone: "Richard and Jerry Lee Lewis" may pair a stage name with a full one.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.lang.gender import is_given_name
from pipeline.lang.lexicons import lower_set
from pipeline.lang.names import canonical_person_name, family_name_first

_AND = frozenset({"and", "&"})


def _capitalised(text: str) -> bool:
    return text.isalpha() and text[:1].isupper()


def shared_family_names(ents: list[Span]) -> dict[str, str]:
    """Lower-case lone given name -> the full name it makes with the family name of
    the full name written right after it and "and" (module doc), for every such
    pair among the entities `ents` (in text order)."""
    out: dict[str, str] = {}
    for lone, full in zip(ents, ents[1:]):
        if (
            lone.label_ != "PERSON"
            or full.label_ != "PERSON"
            or len(lone) != 1
            or len(full) != 2
            or full.start != lone.end + 1
            or lone.doc[lone.end].lower_ not in _AND
        ):
            continue
        given, family = full[0].text, full[1].text
        name = lone.text
        if (
            _capitalised(name)
            and _capitalised(given)
            and _capitalised(family)
            and name != given
            and is_given_name(name)
            and is_given_name(given)
            and not any(
                family.lower() in lower_set(lexicon)
                for lexicon in ("common_lowercase_words", "facility_heads", "org_heads")
            )
            and not family_name_first(full.text)
        ):
            out[name.lower()] = canonical_person_name(f"{name} {family}")
    return out
