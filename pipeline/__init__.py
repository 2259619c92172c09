"""newsner: news articles in, normalized tables of organisations, people, dates and
roles out.

The package is layered (DESIGN.md "Layout"): base modules (`settings`,
`schemas`, `records`, `io`), the language layer (`lang`), the stages ingest ->
nlp -> extract -> reduce, then `runner` (scheduling), `evaluate` and `cli`. A
module imports only its own layer and those below; `lint-imports` checks it.
"""

__version__ = "0.1.0"
