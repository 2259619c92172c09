"""Run settings and the label mapping, each defined once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_md"


# One table maps model labels to the labels we keep in mentions.csv. Labels
# not listed are kept as the model wrote them.
LABEL_MAP: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
}

ENTITY_LABELS = ("ORG", "PERSON")
# Labels of places and peoples: their mentions vote against a name being a person or
# an organisation (cross-document typing), but are not resolved to entities.
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP")
# The mention labels cross-document resolution reads.
RESOLUTION_LABELS = ENTITY_LABELS + PLACE_LABELS
DATE_LABELS = frozenset({"DATE", "TIME"})
# Labels of values rather than names: an acronym is never read inside one.
VALUE_LABELS = DATE_LABELS | {"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"}
# The values whose model spans win over an overlapping name rule; a CARDINAL or
# ORDINAL does not ("Three Rivers Authority", "First National Bank").
RULE_PROOF_LABELS = DATE_LABELS | {"MONEY", "PERCENT"}

# Output formats: CSV is always written; Parquet and one DuckDB file on request.
FORMATS = ("csv", "parquet", "duckdb")
FORMAT_ALIASES = {"both": ("csv", "parquet"), "all": FORMATS}


def parse_formats(text: str) -> str:
    """The canonical form of a `--format` value: a comma list of FORMATS in that
    order, csv always first ("parquet" -> "csv,parquet", "all" -> every format).

    Accepts comma lists of formats and the aliases `both` and `all`; raises
    ValueError naming the unknown ones.
    """
    wanted = {"csv"} | set(format_names(text))
    return ",".join(f for f in FORMATS if f in wanted)


def format_names(text: str) -> tuple[str, ...]:
    """The formats a comma list names, aliases expanded, in FORMATS order (csv only
    when named); ValueError for unknown names."""
    wanted: set[str] = set()
    unknown = []
    for part in str(text).lower().split(","):
        name = part.strip()
        if name in FORMAT_ALIASES:
            wanted.update(FORMAT_ALIASES[name])
        elif name in FORMATS:
            wanted.add(name)
        else:
            unknown.append(part.strip() or "(empty)")
    if unknown:
        choices = ", ".join((*FORMATS, *FORMAT_ALIASES))
        raise ValueError(
            f"unknown output format {', '.join(unknown)}: use a comma list of {choices}"
        )
    return tuple(f for f in FORMATS if f in wanted)


# Limits that keep one record from taking a batch down (DESIGN "Input formats").
MAX_CHARS = 1_000_000
# Seconds one article may take to annotate and extract; generous, since a
# 1M-character article takes about a minute on one core.
MAX_SECONDS = 120.0
# JSON deeper than this is no article (and deep nesting exhausts the parser).
MAX_JSON_DEPTH = 64


def record_byte_limit(max_chars: int) -> int:
    """Bytes one record (a JSONL line, a CSV row, a text or HTML file) may have before
    it is parsed: 8 per allowed character (UTF-8 and JSON escapes need up to 6),
    at least 16 MiB (HTML pages carry markup). Memory follows this, not the record.
    """
    return max(16 * 2**20, 8 * max_chars)


@dataclass(frozen=True)
class Settings:
    """Everything that shapes a run; hashed into the manifest so a change reruns
    shards.
    """

    out_dir: Path = Path("outputs")
    model: str = DEFAULT_MODEL
    output_format: str = "csv"
    workers: int = 1
    # Articles per shard; 0 sizes shards from the corpus (runner.shards).
    shard_size: int = 0
    # Texts per nlp.pipe batch: the NER's working memory grows with a batch's tokens.
    # 16 against 64: a worker's peak RSS on 1,000 News Articles 1,014 -> 703 MiB at
    # the same speed, tables identical.
    batch_size: int = 16
    max_chars: int = MAX_CHARS
    max_seconds: float = MAX_SECONDS
    scheduler: str | None = None
    work_dir: str | None = None
    force: bool = False
    # Build OUT/report/ with the tables (`newsner run` does unless --no-report).
    report: bool = False
    # TLS for the Dask scheduler connection (README "Running on a cluster").
    tls_ca_file: str | None = None
    tls_cert: str | None = None
    tls_key: str | None = None

    def __post_init__(self) -> None:
        # frozen: normalize through object.__setattr__ ("both" -> "csv,parquet")
        object.__setattr__(self, "output_format", parse_formats(self.output_format))
        if self.workers < 1:
            raise ValueError(f"--workers must be at least 1, not {self.workers}")
        if self.shard_size < 0:
            raise ValueError(f"--shard-size must be at least 1, not {self.shard_size}")
        if self.max_chars < 1:
            raise ValueError(f"--max-chars must be at least 1, not {self.max_chars}")
        if not self.max_seconds > 0:
            raise ValueError(f"--max-seconds must be positive, not {self.max_seconds}")

    @property
    def formats(self) -> tuple[str, ...]:
        """The output formats to write, csv first."""
        return tuple(self.output_format.split(","))

    def fingerprint(self) -> dict:
        """The settings that change table content (not where or how fast it runs).

        The time budget is one: a record over it is a failed row.
        """
        return {
            "model": self.model,
            "max_chars": self.max_chars,
            "max_seconds": self.max_seconds,
        }
