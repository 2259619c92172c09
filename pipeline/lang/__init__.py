"""The language layer: pure functions over strings that every stage may use.

Owns the TIMEX3 date grammar (`pipeline.lang.timex`), canonical names and
comparison keys of organisations and people (`names`), Schwartz–Hearst acronym
pairing (`acronyms`), job titles and their qualifiers (`titles`) and the loader
of the word lists under `pipeline/patterns/lexicons/` (`lexicons`). Nothing here
reads a spaCy Doc, a file of the run or a table: inputs are strings, offsets and
the rule data shipped in the package. It imports no stage (ingest, nlp, extract,
reduce, report, runner, evaluate) and no module above `records`, `schemas` and
`settings`; the import-linter contract in pyproject.toml checks it.
"""
