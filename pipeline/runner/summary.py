"""What a run tells people and machines about itself: its result, the warnings
(each naming the records it is about), and the run.json document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import pandas as pd

import pipeline
from pipeline.extract.limits import MAX_PARSE_CHARS, MAX_PARSE_TOKENS
from pipeline.nlp.models import model_version
from pipeline.runner.manifest import Manifest
from pipeline.runner.version import pattern_hashes
from pipeline.settings import Settings

# Records a warning names before it says how many more there are.
NAMED = 10
# Failed records listed one by one in run.json's warnings.
LISTED_FAILURES = 50


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
    # The failed records: (where, reason), in article order.
    failed: list[tuple[str, str]] = field(default_factory=list)
    # OUT/report/index.html when the run built the report, else "".
    report: str = ""
    shard_size: int = 0

    @property
    def exit_code(self) -> int:
        """0 when every record was processed, 3 when some failed."""
        return 3 if self.statuses.get("failed", 0) else 0


def where(row) -> str:
    """`file:line N` / `file:row N` / `file` of an articles row."""
    return f"{row.source_file}:{row.source_ref}" if row.source_ref else row.source_file


def named(rows: pd.DataFrame, limit: int = NAMED) -> str:
    """The records of `rows` by place and id, at most `limit`, then how many more."""
    names = [f"{where(r)} ({r.article_id})" for r in rows.head(limit).itertuples()]
    more = len(rows) - limit
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def failed_records(arts: pd.DataFrame) -> list[tuple[str, str]]:
    """(where, reason) of every failed record."""
    failed = arts[arts["status"] == "failed"]
    return [(where(r), r.error) for r in failed.itertuples()]


def warnings(
    arts: pd.DataFrame, notes: list[str], unparsed: int, unparsed_ids=frozenset()
) -> list[str]:
    """The run's warnings; each one names the records it is about."""
    out = list(notes)
    failed = failed_records(arts)
    for place, reason in failed[:LISTED_FAILURES]:
        out.append(f"failed {place}: {reason}")
    if len(failed) > LISTED_FAILURES:
        out.append(
            f"... and {len(failed) - LISTED_FAILURES} more failed records "
            "(see articles.csv)"
        )
    undated = arts[(arts["status"] == "ok") & (arts["published"] == "")]
    if len(undated):
        out.append(
            f"{len(undated)} processed articles have no publication date, so their "
            f"relative dates are not anchored: {named(undated)}"
        )
    if unparsed:
        out.append(
            f"{unparsed} sentences over {MAX_PARSE_TOKENS} tokens (or "
            f"{MAX_PARSE_CHARS} characters) were not parsed for roles; their "
            "segment patterns still ran"
            + (
                f": {named(arts[arts['article_id'].isin(unparsed_ids)])}"
                if unparsed_ids
                else ""
            )
        )
    return out


def boilerplate(manifest: Manifest, keys: list[str]) -> dict[str, int]:
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
        "shards": {
            "run": result.shards_run,
            "skipped": result.shards_skipped,
            "size": result.shard_size,
        },
        "timings_seconds": result.timings,
        "peak_rss_mb_after_stage": result.peak_rss_mb,
        "warnings": result.warnings,
    }
