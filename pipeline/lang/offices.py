"""An office's title with its field, written one way per office.

"Minister for Finance", "Minister of Finance" and "Finance Minister" name one
office: a title written with its field after it ("of"/"for" + capitalised
words, `pipeline.extract.segment_portfolios`) gets one form here. Pure
functions of strings.
"""

from __future__ import annotations

from pipeline.lang.names import is_portfolio
from pipeline.lang.titles import Lexicon, load_lexicon, title_key


def portfolio_title(
    canonical: str, portfolio: str, lexicon: Lexicon | None = None
) -> str:
    """A title with the field written after it, one way per office: a one-word
    office ("Minister", "Secretary", "Commissioner") whose field is all portfolio
    words takes it in front, as news mostly writes it and as a portfolio written
    before the title reads ("Minister for Finance" -> "Finance Minister"), the
    lexicon's form where it has one ("Minister of Defense" -> "Defence
    Minister"); a field that starts with "state" ("Minister of State", a rank of
    its own), any other title and any other field follow it ("Professor of
    Economics", "Deputy Minister of Commerce"). The field is title-cased, small
    words kept low.
    """
    lex = lexicon or load_lexicon()
    small = {"of", "and", "for", "the", "in", "on", "&"}
    words = [
        w if w.lower() in small else w[:1].upper() + w[1:] for w in portfolio.split()
    ]
    if not words:
        return canonical
    field_text = " ".join(words)
    lower = [w.lower() for w in words]
    entry = lex.titles.get(title_key(canonical))
    if (
        entry is not None
        and entry.portfolio == "office"
        and " " not in canonical
        and lower[0] != "state"
        and is_portfolio(lower)
    ):
        written = f"{field_text} {canonical}"
        known = lex.titles.get(title_key(written))
        return known.canonical if known is not None else written
    return f"{canonical} of {field_text}"
