"""The TIMEX3 grammar: date and time expressions -> normalized values.

`normalize.normalize_date` is the entry point (an expression, the publication
date and the sentence in, a `Timex` out); the other modules hold its parts:
absolute dates, anchoring to the publication date (`anchor`), calendar
arithmetic, durations and sets, relative expressions, holidays, the story
timeline (`narrative`), extent fixing (`extents`), the word lists (`lexicon`)
and the dateparser fallback. Pure functions of strings and dates; part of the
language layer, so it imports nothing but the standard library, its own
modules and third-party date libraries.
"""
