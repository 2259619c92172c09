"""`newsner report`: build the HTML report of an output folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import EXIT_INCOMPLETE, echo_err, main, printable  # noqa: F401
from pipeline.report.limits import Limits


@main.command("report")
@click.argument(
    "out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option(
    "--top-entities",
    default=Limits.top_entities,
    type=click.IntRange(min=0),
    show_default=True,
    help="Entity pages for this many top organisations and as many people.",
)
@click.option(
    "--articles-per-entity",
    default=Limits.articles_per_entity,
    type=click.IntRange(min=0),
    show_default=True,
    help="Articles listed (newest first) and given pages per entity page.",
)
@click.option(
    "--max-articles",
    default=Limits.max_articles,
    type=click.IntRange(min=0),
    show_default=True,
    help="Article pages at most.",
)
def report_cmd(out_dir, top_entities, articles_per_entity, max_articles) -> None:
    """Build the static HTML report of the output folder OUT_DIR (what `newsner run
    --out` wrote) into OUT_DIR/report/; open its index.html in a browser.

    Article texts are re-read from the inputs run.json records. The report is
    published with the run's tables (a reader never sees a report of one run
    beside the tables of another), under the folder's lock: while a run or
    another report holds OUT_DIR this stops with exit status 1.
    """
    from pipeline.report.data import OutputFolderError
    from pipeline.runner.lock import LockedError
    from pipeline.runner.run import publish_report

    def build(folder: Path) -> Path:
        from pipeline.report import build_report

        return build_report(
            folder,
            top_entities=top_entities,
            articles_per_entity=articles_per_entity,
            max_articles=max_articles,
        )

    try:
        index = publish_report(out_dir, build)
    except (OutputFolderError, LockedError) as exc:
        echo_err(f"newsner: error: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    except OSError as exc:
        echo_err(f"newsner: error: cannot write the report: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    click.echo(f"report: {index}")
