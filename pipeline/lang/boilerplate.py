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


@functools.cache
def compiled(path=BOILERPLATE_JSONL) -> tuple[tuple[str, re.Pattern], ...]:
    """(rule id, compiled regex) of every boilerplate rule, in file order."""
    out = []
    for line, rule in load_jsonl(path):
        rid = rule.get("id", "")
        if not rid.startswith("boilerplate:"):
            raise ValueError(f"{path}:{line}: id must start with 'boilerplate:'")
        if "regex" in rule:
            out.append((rid, re.compile(rule["regex"])))
        elif str(rule.get("credit", "")).startswith("@"):
            outlets = words(rule["credit"][1:])
            out.append((rid, re.compile(_credit_regex(outlets))))
        elif str(rule.get("starts", "")).startswith("@"):
            openings = words(rule["starts"][1:])
            out.append((rid, re.compile(_sentence_regex(openings))))
        else:
            raise ValueError(
                f"{path}:{line}: need a regex, starts: @lexicon or credit: @lexicon"
            )
    return tuple(out)


def blank_boilerplate(text: str) -> tuple[str, Counter]:
    """`text` with boilerplate replaced by spaces (same length, line breaks kept)
    and the characters removed per rule id."""
    if not text:
        return text, Counter()
    chars = list(text)
    removed: Counter = Counter()
    for rid, rx in compiled():
        for m in rx.finditer(text):
            start, end = m.span("blank") if "blank" in rx.groupindex else m.span()
            n = sum(not c.isspace() for c in chars[start:end])
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
            if n:
                removed[rid] += n
    return ("".join(chars) if removed else text), removed
