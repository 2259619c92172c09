"""Web page boilerplate inside article text: share buttons, "Follow us on Twitter",
"Read more:" lines, photo credits, calls to readers, disclaimers.

The rules are data (patterns/boilerplate.jsonl), one id each:

- `regex`: a regular expression whose matches are boilerplate;
- `starts`: a lexicon of sentence openings ("Do you have information",
  "The views expressed in this article"); the sentence from the opening to
  its end (or the line's end) is boilerplate;
- `credit`: a lexicon of news outlets; an outlet's name in brackets near the
  start of a line ("WASHINGTON (Reuters) -", "(CNN)Turkey's ...") is a source
  credit, blanked without the dateline's place.

A rule may list what it `needs`: lower-case strings one of which every match
holds (a `starts` or `credit` rule needs its lexicon's words). A text holding
none of them is not searched: most rules match nowhere in most articles, and a
pattern that opens with an optional part is tried at every character.

`blank_boilerplate` replaces every match with spaces, keeping line breaks, so
the text keeps its length and every offset into it stays an offset into the
text as the input gave it: the names inside boilerplate ("Send Facebook Twitter
Google+ Tumblr") are simply never read. It returns what it removed, per rule.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from pipeline.lang.lexicons import PATTERNS_DIR, load_jsonl, words

BOILERPLATE_JSONL = PATTERNS_DIR / "boilerplate.jsonl"


def _sentence_regex(openings: tuple[str, ...]) -> str:
    alts = "|".join(re.escape(o) for o in sorted(openings, key=len, reverse=True))
    # From the opening (at a line start or after a sentence end) to the end of its
    # sentence or line.
    return rf"(?im)(?:^|(?<=[.!?]\s))[ \t]*(?:{alts})\b[^\n]*?(?:[.!?](?=\s|$)|$)"


def _credit_regex(outlets: tuple[str, ...]) -> str:
    alts = "|".join(re.escape(o) for o in sorted(outlets, key=len, reverse=True))
    # "WASHINGTON (Reuters) - ", "(CNN)Turkey's ...": the outlet's credit in
    # brackets near the start of a line; only the bracket (group "blank") goes, the
    # dateline's place stays.
    place = r"(?m)^[ \t]*(?:[A-Z][\w.'-]*,?[ \t]+){0,4}"
    return place + rf"(?P<blank>\((?i:{alts})\)[ \t]*[-—–:]*)"


# What a case-insensitive pattern's ASCII letters also match: Python's `re`
# takes the dotless "ı" for "i" and the long "ſ" for "s", which lower() keeps.
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})


def _haystack(text: str) -> str:
    """`text` as the `needs` strings are looked for in it."""
    return text.lower().translate(_FOLD)


def _needs(rule: dict, where: str) -> tuple[str, ...]:
    """A regex rule's `needs` (lower-case strings; none: always searched)."""
    needs = rule.get("needs", [])
    if not isinstance(needs, list) or not all(
        isinstance(n, str) and n and n == _haystack(n) for n in needs
    ):
        raise ValueError(f"{where}: needs must be a list of lower-case strings")
    return tuple(needs)


@functools.cache
def rules(
    path=BOILERPLATE_JSONL,
) -> tuple[tuple[str, re.Pattern, tuple[str, ...]], ...]:
    """(rule id, compiled regex, needs) of every boilerplate rule, in file order."""
    out = []
    for line, rule in load_jsonl(path):
        rid = rule.get("id", "")
        where = f"{path}:{line}"
        if not rid.startswith("boilerplate:"):
            raise ValueError(f"{where}: id must start with 'boilerplate:'")
        if "regex" in rule:
            out.append((rid, re.compile(rule["regex"]), _needs(rule, where)))
        elif str(rule.get("credit", "")).startswith("@"):
            outlets = words(rule["credit"][1:])
            needs = tuple(f"({_haystack(o)})" for o in outlets)
            out.append((rid, re.compile(_credit_regex(outlets)), needs))
        elif str(rule.get("starts", "")).startswith("@"):
            openings = words(rule["starts"][1:])
            needs = tuple(_haystack(o) for o in openings)
            out.append((rid, re.compile(_sentence_regex(openings)), needs))
        else:
            raise ValueError(
                f"{where}: need a regex, starts: @lexicon or credit: @lexicon"
            )
    return tuple(out)


def compiled(path=BOILERPLATE_JSONL) -> tuple[tuple[str, re.Pattern], ...]:
    """(rule id, compiled regex) of every boilerplate rule, in file order."""
    return tuple((rid, rx) for rid, rx, _ in rules(path))


def blank_boilerplate(text: str) -> tuple[str, Counter]:
    """`text` with boilerplate replaced by spaces (same length, line breaks kept)
    and the characters removed per rule id."""
    if not text:
        return text, Counter()
    chars = list(text)
    removed: Counter = Counter()
    hay = _haystack(text)
    for rid, rx, needs in rules():
        if needs and not any(n in hay for n in needs):
            continue
        for m in rx.finditer(text):
            start, end = m.span("blank") if "blank" in rx.groupindex else m.span()
            n = sum(not c.isspace() for c in chars[start:end])
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
            if n:
                removed[rid] += n
    return ("".join(chars) if removed else text), removed
