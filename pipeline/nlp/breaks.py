"""Sentence breaks the punctuation-based sentencizer cannot see.

A line break, or a run of three spaces or more, ends a sentence: a headline,
a byline or a caption is a line of its own, and boilerplate blanked out of the
text (`lang.boilerplate`) leaves such a run where it stood. Without the break
"Washington (CNN)President Donald Trump", its credit blanked, reads as one
phrase: the President of Washington.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

# News prose puts at most two spaces between words; longer runs are layout or
# blanked text.
LONG_SPACE = 3


def breaks_sentence(text: str) -> bool:
    """True for whitespace that ends a sentence: a line break or a long run."""
    return "\n" in text or len(text) >= LONG_SPACE


@Language.component("newsner_line_breaks", requires=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every whitespace token `breaks_sentence` accepts, as the
    sentencizer starts one at the whitespace after a full stop: no entity ends in
    the break, and the break makes no sentence of whitespace alone."""
    for tok in doc[1:-1]:
        if tok.is_space and breaks_sentence(tok.text):
            tok.is_sent_start = True
    return doc
