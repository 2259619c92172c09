"""Which of an article's full names a family name alone stands for.

`partial_names` gathers, for each family name, the full names of the article
that end in it (its owners). Some of those are one person written two ways, and
are counted once (`one_person`): an initialled name beside the spelled-out one
("M. Bevan", "Michael Bevan"), a word written twice by a slip ("Bernard Bernard
Byrne"), the name once written with middle names ("Derek Alton Walcott" beside
"Derek Walcott"), the family name alone that the recognizer once read as a
person ("Diaz-Canel" beside "Miguel Diaz-Canel").

Of two people or more the family name stands for the one the article writes
in full before it first uses the family name alone, when the others come only
after that use (`introduced_owner`): news introduces its subject by full name
and calls relatives by their first names ("Francois Fillon ... Fillon said ...
his son Charles Fillon"). When two are written before, or none, it stands for
no one.
"""

from __future__ import annotations

from pipeline.lang.gender import is_given_name
from pipeline.lang.names import words_in_order


def is_initial(text: str) -> bool:
    """A capital and a full stop: "M."."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def one_person(names: set[str]) -> set[str]:
    """`names` with the ways of writing one person counted once (module doc)."""
    return _spelled_out(_middle_named(_undoubled(_surname_alone(names))))


def introduced_owner(
    names: set[str], first_at: dict[str, int], alone_at: int | None
) -> str:
    """The one of `names` a family name alone stands for (module doc), or "":
    `first_at` is where each full name is first written, `alone_at` where the
    family name is first used alone (None: never)."""
    if len(names) == 1:
        return next(iter(names))
    if alone_at is None:
        return ""
    before = [n for n in names if first_at.get(n, alone_at) < alone_at]
    return before[0] if len(before) == 1 else ""


def _spelled_out(names: set[str]) -> set[str]:
    """`names` without its initialled names when one is spelled out: "M. Bevan"
    beside "Michael Bevan" is one person, and "J. Trump" beside "Donald Trump"
    is more likely a cut "Donald J. Trump" than another Trump."""
    full = {n for n in names if not is_initial(n.split()[0])}
    return full or names


def _undoubled(names: set[str]) -> set[str]:
    """`names` without a name that is another of them with one word written
    twice: "Bernard Bernard Byrne" beside "Bernard Byrne" is a slip of the
    writer's, not a second Byrne."""
    out = set(names)
    for name in names:
        words = name.split()
        for i in range(1, len(words)):
            if (
                words[i] == words[i - 1]
                and " ".join(words[:i] + words[i + 1 :]) in names
            ):
                out.discard(name)
    return out or names


def _middle_named(names: set[str]) -> set[str]:
    """`names` without a name that is another of them with words added in the
    middle or before it: "Derek Alton Walcott" beside "Derek Walcott" is the
    poet named in full once, not a second Walcott, and "Outspoken Derek
    Walcott" the recognizer's slip (`_more_words`)."""
    out = set(names)
    for name in names:
        words = name.split()
        if len(words) >= 3 and any(_more_words(words, o.split()) for o in names):
            out.discard(name)
    return out or names


def _more_words(words: list[str], short: list[str]) -> bool:
    """Whether `words` is `short` with whole words (no initials: "George H. W.
    Bush" is not "George W. Bush") added between its first and last word, or
    before it words that are no given names ("Outspoken")."""
    if not (1 < len(short) < len(words) and short[-1] == words[-1]):
        return False
    if short[0] == words[0]:
        added = [w for w in words[1:-1] if w not in short]
        return words_in_order(short, words) and not any(map(_letter, added))
    # Before it only words that open no one's name: "Man Mohan Bhandari" and
    # "Doan Thi Huong" are whole names, "Mohan Bhandari" their cut form.
    lead = words[: -len(short)]
    return words[-len(short) :] == short and not any(
        _letter(w) or is_given_name(w) for w in lead
    )


def _letter(word: str) -> bool:
    """An initial, with its full stop or without ("H.", "H")."""
    return len(word.rstrip(".")) == 1


def _surname_alone(names: set[str]) -> set[str]:
    """`names` without a one-word name (no space) that another of them ends with:
    "Diaz-Canel", which the recognizer once read as a person beside "Miguel
    Diaz-Canel", is his family name, not a second Diaz-Canel."""
    out = {n for n in names if " " in n or not any(m.endswith(" " + n) for m in names)}
    return out or names
