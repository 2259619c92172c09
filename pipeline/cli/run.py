"""`newsner run`: parse its options, run the pipeline, report what it wrote."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import EXIT_INCOMPLETE, echo_err, main, printable  # noqa: F401
from pipeline.settings import (
    DEFAULT_MODEL,
    MAX_CHARS,
    MAX_SECONDS,
    OUTPUT_FORMATS,
    Settings,
)


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
