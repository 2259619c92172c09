"""`newsner eval`: score the pipeline on gold files and print one table."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli import EXIT_INCOMPLETE, echo_err, main, printable  # noqa: F401
from pipeline.settings import (
    DEFAULT_MODEL,
)


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
    help="An installed spaCy pipeline name, or the path of a pipeline folder.",
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
