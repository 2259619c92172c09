"""`newsner run`: parse its options, run the pipeline, report what it wrote."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from pipeline.cli import EXIT_INCOMPLETE, echo_err, main, printable  # noqa: F401
from pipeline.settings import (
    DEFAULT_MODEL,
    MAX_CHARS,
    MAX_SECONDS,
    Settings,
    parse_formats,
)

# Failed records and warnings the closing summary shows (all are in run.json).
SHOWN = 10


def _check_scheduler(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    from pipeline.runner.cluster import address_problem

    problem = address_problem(value)
    if problem:
        raise click.BadParameter(printable(problem))
    return value


def _check_utf8(ctx, param, value):
    # DuckDB, Arrow and run.json need the folder's name as text: refuse it up front
    # rather than fail after the work is done.
    if value is not None:
        try:
            str(value).encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(str(value)).decode("utf-8", "backslashreplace")
            raise click.BadParameter(
                f"{printable(shown)} holds a byte that is not UTF-8; choose a "
                "folder name in UTF-8"
            ) from None
    return value


def _check_formats(ctx, param, value: str) -> str:
    try:
        return parse_formats(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@main.command("run")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    default=Path("outputs"),
    type=click.Path(path_type=Path),
    callback=_check_utf8,
    show_default=True,
    help="Folder for the tables, run.json and the report.",
)
@click.option(
    "--format",
    "output_format",
    default="csv",
    callback=_check_formats,
    show_default=True,
    help="Comma list of csv, parquet, duckdb (OUT/newsner.duckdb), or all; both = "
    "csv,parquet. CSV and datapackage.json are always written.",
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
    default=None,
    type=click.IntRange(min=1),
    help="Articles per shard (the unit of resume and parallelism) [default: from "
    "the corpus: a 32nd of it, 10 to 250].",
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
    callback=_check_utf8,
    help="Where shard outputs and the manifest go: a path or fsspec URL every worker "
    "can write (default OUT/.work).",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    help="An installed spaCy pipeline name, or the path of a pipeline folder.",
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
@click.option(
    "--no-report",
    is_flag=True,
    help="Do not build the HTML report (OUT/report/; `newsner report OUT` builds it "
    "later).",
)
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
    no_report,
) -> None:
    """Run the pipeline on files and folders PATHS (.txt, .jsonl, .jsonl.gz, .csv,
    .html).

    Exit status: 0 every record processed; 1 the run could not complete
    (nothing is published; e.g. another run holds --out or --work-dir); 2 a
    usage error; 3 it completed but some records failed (see articles.csv and
    run.json).
    """
    import time

    from pipeline.ingest import InputError
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
        shard_size=shard_size or 0,
        max_chars=max_chars,
        max_seconds=max_seconds,
        force=force,
        scheduler=scheduler,
        work_dir=work_dir,
        tls_ca_file=tls_ca_file,
        tls_cert=tls_cert,
        tls_key=tls_key,
        report=not no_report,
    )
    start = time.perf_counter()
    try:
        with progress_reporter() as progress:
            result = run(paths, settings, progress)
    except (InputError, ModelNotInstalled, ClusterUnavailable, LockedError) as exc:
        echo_err(f"newsner: error: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    except OSError as exc:
        echo_err(f"newsner: error: cannot write outputs to {out_dir}: {exc}")
        sys.exit(EXIT_INCOMPLETE)
    for line in summary_lines(result, out_dir, time.perf_counter() - start):
        echo_err(line)
    sys.exit(result.exit_code)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def summary_lines(result, out_dir: Path, seconds: float) -> list[str]:
    """The closing summary a person reads: what was read, what was written and
    where, the failed records, the warnings and where the report is.
    """
    s = result.statuses
    n = sum(s.values())
    lines = [
        f"newsner: {_plural(n, 'article')} in {seconds:.1f} s: "
        f"{s.get('ok', 0):,} processed, {s.get('failed', 0):,} failed, "
        f"{s.get('skipped_duplicate', 0):,} skipped as duplicates "
        f"({_plural(result.shards_run, 'shard')} run, {result.shards_skipped} "
        "reused)",
        f"tables in {out_dir}/: "
        + ", ".join(f"{k} {v:,}" for k, v in result.tables.items()),
    ]
    names = sorted(Path(w).name for w in result.written)
    extra = [x for x in ("newsner.duckdb", "datapackage.json") if x in names]
    fmts = ["CSV"] + (["Parquet"] if any(x.endswith(".parquet") for x in names) else [])
    lines.append(f"  as {' and '.join(fmts)}" + "".join(f", {x}" for x in extra))
    if result.failed:
        lines.append(
            f"failed records ({len(result.failed):,}; reasons also in "
            f"{out_dir}/articles.csv):"
        )
        for place, reason in result.failed[:SHOWN]:
            lines.append(f"  {place}: {reason}")
        if len(result.failed) > SHOWN:
            lines.append(f"  ... and {len(result.failed) - SHOWN:,} more")
    other = [w for w in result.warnings if not w.startswith("failed ")]
    for w in other[:SHOWN]:
        lines.append(f"warning: {w}")
    if len(other) > SHOWN:
        lines.append(f"... and {len(other) - SHOWN} more warnings in run.json")
    if result.report:
        lines.append(f"report: {result.report} (open it in a browser)")
    return lines
