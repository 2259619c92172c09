"""The `newsner` command line. Each command parses options, calls one stage's
plain function and reports; this is the only module that prints."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.report.limits import Limits
from pipeline.settings import (
    DEFAULT_MODEL,
    MAX_CHARS,
    MAX_SECONDS,
    OUTPUT_FORMATS,
    Settings,
)

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
    """
    root = logging.getLogger()
    if not root.handlers:  # as logging.basicConfig: a configured logging stays
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            _PrintableFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(logging.DEBUG if verbose else logging.INFO)


def _check_scheduler(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    from pipeline.runner.cluster import address_problem

    problem = address_problem(value)
    if problem:
        raise click.BadParameter(printable(problem))
    return value


@main.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=Path("outputs"),
    type=click.Path(path_type=Path),
    show_default=True,
    help="Folder for the tables and run.json.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(OUTPUT_FORMATS),
    default="csv",
    show_default=True,
    help="CSV always; Parquet too with parquet or both.",
)
@click.option(
    "--workers",
    default=1,
    type=click.IntRange(min=1),
    show_default=True,
    help="Local worker processes (the model loads once in each).",
)
@click.option(
    "--shard-size",
    default=250,
    type=click.IntRange(min=1),
    show_default=True,
    help="Articles per shard (the unit of resume and parallelism).",
)
@click.option(
    "--scheduler",
    default=None,
    callback=_check_scheduler,
    help="Dask scheduler address (tcp://HOST:PORT, tls://HOST:PORT) to run shards on.",
)
@click.option(
    "--tls-ca-file",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="CA certificate that signed the scheduler's and workers' certificates.",
)
@click.option(
    "--tls-cert",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="This client's certificate (signed by the CA) for a tls:// scheduler.",
)
@click.option(
    "--tls-key",
    default=None,
    type=click.Path(exists=True, dir_okay=False),
    help="The private key of --tls-cert.",
)
@click.option(
    "--work-dir",
    default=None,
    help="Where shard outputs and the manifest go: a path or fsspec URL every worker "
    "can write (default OUT/.work).",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="An installed spaCy pipeline name.",
)
@click.option(
    "--max-chars",
    default=MAX_CHARS,
    type=click.IntRange(min=1),
    show_default=True,
    help="Articles whose title and body together are longer fail with the reason.",
)
@click.option(
    "--max-seconds",
    default=MAX_SECONDS,
    type=click.FloatRange(min=0, min_open=True),
    show_default=True,
    help="Time budget per article; an article over it fails with the reason.",
)
@click.option("--force", is_flag=True, help="Redo every shard, ignoring the manifest.")
def run_cmd(
    paths,
    out_dir,
    output_format,
    workers,
    shard_size,
    scheduler,
    work_dir,
    model,
    max_chars,
    max_seconds,
    force,
    tls_ca_file,
    tls_cert,
    tls_key,
) -> None:
    """Run the pipeline on files and folders PATHS (.txt, .jsonl, .jsonl.gz, .csv,
    .html).

    Exit status: 0 every record processed; 1 the run could not complete
    (nothing is published; e.g. another run holds --out or --work-dir); 2 a
    usage error; 3 it completed but some records failed (see articles.csv and
    run.json).
    """
    from pipeline.ingest import InputError, count_records
    from pipeline.nlp import ModelNotInstalled
    from pipeline.runner.cluster import ClusterUnavailable
    from pipeline.runner.lock import LockedError
    from pipeline.runner.progress import progress_reporter
    from pipeline.runner.run import run

    settings = Settings(
        out_dir=out_dir,
        model=model,
        output_format=output_format,
        workers=workers,
        shard_size=shard_size,
        max_chars=max_chars,
        max_seconds=max_seconds,
        force=force,
        scheduler=scheduler,
        work_dir=work_dir,
        tls_ca_file=tls_ca_file,
        tls_cert=tls_cert,
        tls_key=tls_key,
    )
    try:
        total = count_records(paths, exclude=[out_dir], max_chars=max_chars)
        with progress_reporter(total) as progress:
            result = run(paths, settings, progress)
    except (InputError, ModelNotInstalled, ClusterUnavailable, LockedError) as exc:
        echo_err(f"newsner: error: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    except OSError as exc:
        echo_err(f"newsner: error: cannot write outputs to {out_dir}: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    s = result.statuses
    echo_err(
        f"articles: {s.get('ok', 0)} ok, {s.get('failed', 0)} failed, "
        f"{s.get('skipped_duplicate', 0)} skipped as duplicates; shards run "
        f"{result.shards_run}, "
        f"reused {result.shards_skipped}"
    )
    echo_err("tables: " + ", ".join(f"{k} {v}" for k, v in result.tables.items()))
    for w in result.warnings[:10]:
        echo_err(f"warning: {w}")
    echo_err(f"written to {out_dir}/")
    sys.exit(result.exit_code)


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

    Article texts are re-read from the inputs run.json records.
    """
    from pipeline.report import build_report
    from pipeline.report.data import OutputFolderError

    try:
        index = build_report(
            out_dir,
            top_entities=top_entities,
            articles_per_entity=articles_per_entity,
            max_articles=max_articles,
        )
    except OutputFolderError as exc:
        click.echo(f"newsner: error: {exc}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    except OSError as exc:
        click.echo(f"newsner: error: cannot write the report: {exc}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    click.echo(f"report: {index}")


@main.command("eval")
@click.argument(
    "gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "--out",
    "out_dir",
    default=None,
    type=click.Path(path_type=Path),
    help="Also write the scores as eval.json and eval.txt into this folder.",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="An installed spaCy pipeline name.",
)
@click.option(
    "--baseline",
    is_flag=True,
    help="Score the bare model (no rules, no normalization) instead.",
)
@click.option(
    "--half",
    type=click.Choice(["a", "b"]),
    default=None,
    help="Score one held-out half of each file: a = even records, b = odd "
    "(tune on one, report the other).",
)
def eval_cmd(gold, out_dir, model, baseline, half) -> None:
    """Score the pipeline on gold JSONL files or folders of them (formats of
    ../shared/eval).

    Prints one table: entity P/R/F1 per label (exact and lenient), timex
    detection (strict and overlap) and value accuracy/F1, role pair P/R/F1,
    entity resolution B-cubed on links gold and row precision of the entity
    tables on CoNLL gold. The pipeline runs once per gold file, so each
    file's documents are one corpus.
    """
    from pipeline import io
    from pipeline.evaluate import expand_paths, format_table, run, to_records
    from pipeline.evaluate.baseline import baseline_predictor
    from pipeline.evaluate.system import pipeline_predictor

    paths = expand_paths(gold)
    if not paths:
        click.echo(
            "newsner: error: no gold JSONL files found in " + ", ".join(map(str, gold)),
            err=True,
        )
        sys.exit(EXIT_INCOMPLETE)
    from pipeline.nlp import ModelNotInstalled

    try:
        predict = baseline_predictor(model) if baseline else pipeline_predictor(model)
        rows = run(paths, predict, half=half)
    except ModelNotInstalled as exc:
        click.echo(f"newsner: error: {exc}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    table = format_table(rows)
    click.echo(table)
    if out_dir:
        io.write_json_atomic(
            Path(out_dir) / "eval.json",
            {
                "system": "baseline" if baseline else "newsner",
                "model": model,
                "half": half,
                "scores": to_records(rows),
            },
        )
        io.write_bytes_atomic(Path(out_dir) / "eval.txt", (table + "\n").encode())


if __name__ == "__main__":
    main()
