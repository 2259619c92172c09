"""newsner: news articles in, normalized tables of organisations, people, dates and
roles out.

The package is layered (DESIGN.md "Layout"): base modules (`settings`,
`schemas`, `dictionary`, `records`, `io`), the language layer (`lang`), the
stages ingest -> nlp -> extract -> reduce -> export -> report, then `runner`
(scheduling), `evaluate` and `cli`. A module imports only its own layer and
those below; `lint-imports` checks it.

`pipeline.load_tables(OUT)` loads an output folder as typed DataFrames.
"""

__version__ = "0.1.0"

__all__ = ["__version__", "load_tables"]


def load_tables(folder="outputs", names=None):
    """Every table of the output folder `folder` (what `newsner run --out` wrote) as
    typed pandas DataFrames, by table name: ids and text as `string` with <NA> for
    missing values, counts `Int64`, dates `datetime64`; the same from CSV or
    Parquet. `names` picks some tables. See `pipeline.export.load`.
    """
    from pipeline.export.load import load_tables as load

    return load(folder, names)
