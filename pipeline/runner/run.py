"""`newsner run`: ingest -> shards (map) -> reduce -> tables + run.json, published at
once.
"""

from __future__ import annotations

import logging
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

import pipeline
from pipeline import io, schemas
from pipeline.extract.limits import MAX_PARSE_CHARS, MAX_PARSE_TOKENS
from pipeline.ingest import iter_articles
from pipeline.ingest.discover import source_name
from pipeline.nlp.build import release_models
from pipeline.nlp.models import model_version
from pipeline.reduce import reduce_to_tables
from pipeline.runner.execute import executor_for
from pipeline.runner.lock import FolderLock, local_path
from pipeline.runner.manifest import Manifest
from pipeline.runner.publish import Staging, check_publishable, clean_leftovers
from pipeline.runner.shards import make_shards
from pipeline.runner.version import pattern_hashes, pipeline_version
from pipeline.settings import Settings

log = logging.getLogger(__name__)

Progress = Callable[
    [int], None
]  # called with the number of articles a finished shard held


@dataclass
class RunResult:
    """What a run did: counts per table and status, paths written, shards
    run/skipped.
    """

    tables: dict[str, int]
    statuses: dict[str, int]
    written: list[str]
    shards_run: int
    shards_skipped: int
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    # Boilerplate blanked before annotation: articles touched, characters per rule.
    boilerplate: dict[str, int] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 when every record was processed, 3 when some failed."""
        return 3 if self.statuses.get("failed", 0) else 0


def run(
    paths: Iterable[Path], settings: Settings, progress: Progress | None = None
) -> RunResult:
    """Run the whole pipeline on `paths` and publish the tables into
    `settings.out_dir`.

    Holds the locks of the output and work folders for the whole run (another
    run on either gets LockedError). Every output is written into a staging
    folder and published at once (`pipeline.runner.publish`). Shards already
    recorded in the manifest (same content, same pipeline version) are not
    processed again unless `settings.force`.
    """
    paths = list(paths)
    out = Path(settings.out_dir)
    # Fail before any work when the output folder cannot be written (OSError -> exit 1).
    out.mkdir(parents=True, exist_ok=True)
    work = settings.work_dir or str(out / ".work")
    with FolderLock(out, "output folder"), FolderLock(work, "work folder"):
        check_publishable(out)
        clean_leftovers(out)
        manifest = Manifest.load(work)
        manifest.clean_temporaries()
        return _run(paths, settings, progress, out, manifest)


def _run(paths, settings, progress, out: Path, manifest: Manifest) -> RunResult:
    t_start = time.perf_counter()
    version = pipeline_version(settings)
    timings = {"annotate": 0.0, "extract": 0.0}
    keys: list[str] = []
    skipped = 0
    notes: list[str] = []
    work_path = local_path(manifest.location)
    exclude = [out] + ([work_path] if work_path is not None else [])

    def jobs():
        nonlocal skipped
        articles = iter_articles(
            paths, settings.max_chars, exclude=exclude, warnings=notes
        )
        for shard in make_shards(articles, settings.shard_size, version):
            keys.append(shard.key)
            if not settings.force and manifest.is_done(shard.key):
                skipped += 1
                if progress:
                    progress(len(shard.articles))
                continue
            yield shard, manifest.shard_dir(shard.key)

    ran = 0
    for shard, info in executor_for(settings)(jobs()):
        manifest.record(
            shard.key,
            {
                "index": shard.index,
                "n_articles": info["n_articles"],
                "rows": info["rows"],
                "notes": info.get("notes", {}),
                "boilerplate": info.get("boilerplate", {}),
            },
        )
        for stage, secs in info["timings"].items():
            timings[stage] = timings.get(stage, 0.0) + secs
        ran += 1
        if progress:
            progress(info["n_articles"])
    t_map = time.perf_counter()
    peaks = {"map": _peak_mb()}

    if settings.workers <= 1 and not settings.scheduler:
        # the reduce needs rows, not the model: give its memory back first
        release_models()
    shards = {k: manifest.shard_dir(k) for k in keys}
    n_mentions = sum(int(manifest.shards[k]["rows"]["mentions"]) for k in keys)
    unparsed = sum(
        int(manifest.shards[k].get("notes", {}).get("long_sentences_not_parsed", 0))
        for k in keys
    )
    with Staging(out) as stage:
        counts, articles, paths_written = reduce_to_tables(
            shards, n_mentions, stage.path, settings.output_format
        )
        t_reduce = time.perf_counter()
        peaks["reduce"] = _peak_mb()
        statuses = {
            s: int((articles["status"] == s).sum()) for s in schemas.ARTICLE_STATUSES
        }
        # map covers ingest, annotation and extraction; reduce covers resolution
        # and writing.
        timings.update({"map": t_map - t_start, "reduce": t_reduce - t_map})
        written = [str(out / p.name) for p in paths_written] + [str(out / "run.json")]
        result = RunResult(
            counts,
            statuses,
            written,
            ran,
            skipped,
            {k: round(v, 3) for k, v in timings.items()},
            _warnings(articles, notes, unparsed),
            peaks,
            _boilerplate(manifest, keys),
        )
        # Absolute, so that `newsner report` can re-read the article texts (a name
        # with bytes that are not UTF-8 is written escaped, as in the tables).
        inputs = [source_name(Path(os.path.abspath(p))) for p in paths]
        io.write_json_atomic(
            stage.path / "run.json", run_report(settings, version, result, inputs)
        )
        stage.publish()
    manifest.prune(set(keys))
    return result


def _peak_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _warnings(arts: pd.DataFrame, notes: list[str], unparsed: int) -> list[str]:
    out = list(notes)
    failed = arts[arts["status"] == "failed"]
    for row in failed.head(50).itertuples():
        where = (
            f"{row.source_file}:{row.source_ref}" if row.source_ref else row.source_file
        )
        out.append(f"failed {where}: {row.error}")
    if len(failed) > 50:
        out.append(f"... and {len(failed) - 50} more failed records (see articles.csv)")
    unknown = int(((arts["status"] == "ok") & (arts["published"] == "")).sum())
    if unknown:
        out.append(
            f"{unknown} processed articles have no publication date: their relative "
            "dates are not anchored"
        )
    if unparsed:
        out.append(
            f"{unparsed} sentences over {MAX_PARSE_TOKENS} tokens (or "
            f"{MAX_PARSE_CHARS} characters) were not parsed for roles; their "
            "segment patterns still ran"
        )
    return out


def _boilerplate(manifest: Manifest, keys: list[str]) -> dict[str, int]:
    """What the map blanked as boilerplate, summed over the run's shards."""
    total: Counter = Counter()
    for k in keys:
        total.update(manifest.shards.get(k, {}).get("boilerplate", {}))
    return dict(sorted(total.items()))


def run_report(
    settings: Settings, version: str, result: RunResult, inputs: Iterable[str] = ()
) -> dict:
    """The run.json document: what ran (inputs included), counts, timings and
    warnings."""
    s = asdict(settings)
    s["out_dir"] = str(s["out_dir"])
    return {
        "newsner_version": pipeline.__version__,
        "pipeline_version": version,
        "model": {"name": settings.model, "version": model_version(settings.model)},
        "patterns": pattern_hashes(),
        "settings": s,
        "inputs": list(inputs),
        "counts": {
            "tables": result.tables,
            "articles_by_status": result.statuses,
            "boilerplate_removed": result.boilerplate,
        },
        "shards": {"run": result.shards_run, "skipped": result.shards_skipped},
        "timings_seconds": result.timings,
        "peak_rss_mb_after_stage": result.peak_rss_mb,
        "warnings": result.warnings,
    }
