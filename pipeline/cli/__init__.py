"""The `newsner` command line. Each command (one module of this package) parses
options, calls one stage's plain function and reports; this package is the only
place that prints."""

from __future__ import annotations

import logging
import os
import sys

import click

from pipeline import __version__

EXIT_INCOMPLETE = 1


def printable(text: object) -> str:
    """`text` safe for a terminal: control and format characters (escape sequences,
    bidi overrides) from ids, file names or content are shown escaped, line by line.
    """
    return "\n".join(
        "".join(c if c.isprintable() else repr(c)[1:-1] for c in line)
        for line in str(text).split("\n")
    )


def echo_err(text: object) -> None:
    """Print one message to stderr, made safe for the terminal."""
    click.echo(printable(text), err=True)


class _PrintableFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsner")
@click.option("-v", "--verbose", is_flag=True, help="Log debug detail to stderr.")
def main(verbose: bool) -> None:
    """newsner: news articles in, tables of organisations, people, dates and roles
    out.

    \b
    Start with:  newsner run corpus/ --out outputs/
    It writes into OUT (default outputs/):
      articles       one row per input record (ok, failed with the reason)
      mentions       every entity, date and value found, with offsets
      organisations  one row per organisation (name, acronym, aliases)
      people         one row per person (name, aliases)
      roles          who holds which title at which organisation
      org_relations  organisations that are part of others
      dates          dates normalized to TIMEX3 values and calendar days
    as CSV (always), Parquet and DuckDB (--format), with datapackage.json,
    run.json and an HTML report: open OUT/report/index.html.
    In Python: pipeline.load_tables("outputs") gives typed DataFrames.
    """
    root = logging.getLogger()
    if not root.handlers:  # as logging.basicConfig: a configured logging stays
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            _PrintableFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(logging.DEBUG if verbose else logging.INFO)


# Importing the command modules registers their commands on `main`.
from pipeline.cli import eval, report, run  # noqa: E402, F401


def entry() -> None:
    """The `newsner` console script: `main`, then its exit status without the
    interpreter's teardown.

    Every output is written, published and closed when a command returns (the
    stages close their files and remove their scratch folders themselves), but
    Python would then still free the model, the lexicons and the tables object
    by object: half a second of a run of 600 articles. So the streams and the
    log are flushed and the process ends at once. Tests call `main` in-process
    and keep the ordinary exit.
    """
    try:
        main()
        code: object = 0
    except SystemExit as stop:
        code = stop.code
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)  # as the interpreter does with a message
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 1  # a closed or broken stream: the output was lost
    os._exit(code)


if __name__ == "__main__":
    main()
