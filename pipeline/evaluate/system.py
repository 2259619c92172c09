"""newsner itself as a Predictor: `newsner run` over the gold texts, scored from the
tables it wrote.

The gold documents become one JSONL input file (id, published = the gold
dct, text) in a temporary folder; `pipeline.runner.run.run` processes it as
it would any user's corpus (ingest, shards, map, the streaming reduce) and
writes Parquet tables (Parquet, not CSV, because CSV cells are made
spreadsheet-safe and would no longer equal the text). The predictions are
read back from those tables. So the documents of one call are one corpus:
entity ids are resolved across all of them.

Offsets stay valid because ingest keeps the text of a JSONL record exactly:
each line is written with ASCII escapes (`json.dumps` default), so the line
holds no raw carriage return, line separator or non-ASCII character for
ingest's decoding (CR/LF folding, NFC) to touch, and `json.loads` gives back
the very string written, leading and trailing whitespace, "\\r" and
combining characters included. The gold id is the record's own id, so it
must be non-empty, unpadded and unique; `_check_inputs` refuses anything
else rather than score the wrong document. After the run every body mention
is checked against the text it claims to cover (`_check_offsets`): should
ingest ever rewrite text, evaluation fails loudly instead of scoring shifted
offsets.
"""

from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

import pandas as pd

from pipeline import schemas
from pipeline.io import read_table
from pipeline.settings import DEFAULT_MODEL, Settings

from .types import (
    EvalInput,
    PredEntity,
    Prediction,
    Predictor,
    PredRole,
    PredRow,
    PredTimex,
)

log = logging.getLogger(__name__)

NON_EMPLOYMENT_TITLES = frozenset({"Founder", "Owner"})
TABLES = ("mentions", "dates", "roles", "organisations", "people")


def _employment_roles(roles: list[PredRole]) -> list[PredRole]:
    """The roles whose (person, org) pair has at least one title outside
    NON_EMPLOYMENT_TITLES.
    """
    employed = {
        (r.person, r.org) for r in roles if r.title not in NON_EMPLOYMENT_TITLES
    }
    return [r for r in roles if (r.person, r.org) in employed]


def _surface_names(mentions) -> dict[tuple[str, str], list[str]]:
    """(article_id, entity_id) -> the distinct surface forms the entity has in that
    article.
    """
    out: dict[tuple[str, str], list[str]] = {}
    for m in mentions[mentions["entity_id"] != ""].itertuples():
        forms = out.setdefault((m.article_id, m.entity_id), [])
        if m.text not in forms:
            forms.append(m.text)
    return out


def _check_inputs(inputs: list[EvalInput]) -> None:
    """Gold ids become article ids: refuse empty, padded or repeated ones."""
    seen: set[str] = set()
    for x in inputs:
        if not x.doc_id or x.doc_id != x.doc_id.strip():
            raise ValueError(f"gold id {x.doc_id!r} cannot be an article id")
        if x.doc_id in seen:
            raise ValueError(f"gold id {x.doc_id!r} is not unique")
        seen.add(x.doc_id)


def write_input(inputs: list[EvalInput], path: Path) -> None:
    """The gold documents as a newsner JSONL input (ASCII-escaped, see module doc)."""
    with path.open("w", encoding="ascii", newline="\n") as fh:
        for x in inputs:
            rec = {"id": x.doc_id, "published": x.published or "", "text": x.text}
            fh.write(json.dumps(rec, ensure_ascii=True) + "\n")


def run_tables(
    inputs: list[EvalInput], model: str, batch_size: int = 64
) -> dict[str, pd.DataFrame]:
    """Run the pipeline on the documents in a temporary folder; the tables it wrote."""
    from pipeline.runner.run import run  # the runner loads spaCy: import on use

    _check_inputs(inputs)
    with tempfile.TemporaryDirectory(prefix="newsner-eval-") as tmp:
        src = Path(tmp) / "gold.jsonl"
        write_input(inputs, src)
        out = Path(tmp) / "out"
        settings = Settings(
            out_dir=out, model=model, output_format="parquet", batch_size=batch_size
        )
        result = run([src], settings)
        if result.statuses.get("ok", 0) != len(inputs):
            log.warning("not processed: %s", "; ".join(result.warnings))
        return {
            name: read_table(out / f"{name}.parquet", schemas.TABLES[name])
            for name in TABLES
        }


def _check_offsets(inputs: list[EvalInput], mentions: pd.DataFrame) -> None:
    """Every body mention must cover its own text in the gold document."""
    text = {x.doc_id: x.text for x in inputs}
    for m in mentions.itertuples():
        if text[m.article_id][m.start_char : m.end_char] != m.text:
            raise ValueError(
                f"{m.article_id}: mention {m.text!r} at {m.start_char}-{m.end_char} "
                "is not the gold text there; ingest changed the text"
            )


def _rows(tables: dict[str, pd.DataFrame]) -> dict[str, PredRow]:
    """entity id -> its organisations or people row (confidence read if present)."""
    out: dict[str, PredRow] = {}
    for name, id_col, kind in (
        ("organisations", "org_id", "ORG"),
        ("people", "person_id", "PER"),
    ):
        df = tables[name]
        conf = (
            pd.to_numeric(df["confidence"], errors="coerce")
            if "confidence" in df.columns
            else pd.Series([None] * len(df), dtype="float64")
        )
        for eid, c in zip(df[id_col], conf):
            out[eid] = PredRow(eid, kind, None if pd.isna(c) else float(c))
    return out


def pipeline_predictor(model: str = DEFAULT_MODEL, batch_size: int = 64) -> Predictor:
    """A Predictor that runs the full pipeline; gold text is the article body, dct its
    date.

    Entities are the body mentions (with their entity ids), timexes the dates
    rows (with their normalized values), roles the roles rows (person and
    organisation names), rows the organisations and people rows the
    document's mentions point at.

    Scoring policy for roles: the gold pairs say "is CEO of" or "is employed
    by / a member of". Every roles row counts, with one exception: a (person,
    organisation) pair whose only titles are in NON_EMPLOYMENT_TITLES
    (Founder, Owner) is not passed on, since founding or owning an
    organisation does not make one its employee or member. The pair still
    counts when another row gives the same person a title, or an untitled
    affiliation, at that organisation. The roles table itself keeps every row.

    A role is passed once per pair of surface names its person and
    organisation have in the article ("Qatar Petroleum" and "QP", "Tom
    Maniatis" and "Maniatis"): the table links all of them to one id, and the
    gold lists a pair per name the passage uses.
    """

    def predict(inputs: list[EvalInput]) -> list[Prediction]:
        tables = run_tables(inputs, model, batch_size)
        mentions = tables["mentions"]
        mentions = mentions[mentions["field"] == "body"]
        _check_offsets(inputs, mentions)
        dates = tables["dates"].merge(
            mentions[["mention_id", "start_char", "end_char"]], on="mention_id"
        )
        rows = _rows(tables)
        ents: dict[str, list] = {x.doc_id: [] for x in inputs}
        doc_rows: dict[str, dict[str, PredRow]] = {x.doc_id: {} for x in inputs}
        for m in mentions.itertuples():
            ents[m.article_id].append(
                PredEntity(int(m.start_char), int(m.end_char), m.label, m.entity_id)
            )
            if m.entity_id in rows:
                doc_rows[m.article_id][m.entity_id] = rows[m.entity_id]
        tx: dict[str, list] = {x.doc_id: [] for x in inputs}
        for d in dates.itertuples():
            tx[d.article_id].append(
                PredTimex(int(d.start_char), int(d.end_char), d.kind, d.value)
            )
        roles: dict[str, list] = {x.doc_id: [] for x in inputs}
        names = _surface_names(mentions)
        for r in tables["roles"].itertuples():
            for person in names.get((r.article_id, r.person_id), [r.person_name]):
                for org in names.get((r.article_id, r.org_id), [r.org_name]):
                    roles[r.article_id].append(
                        PredRole(person, org, r.title, f"{r.person_id} {r.org_id}")
                    )
        roles = {k: _employment_roles(v) for k, v in roles.items()}
        return [
            Prediction(
                x.doc_id,
                tuple(ents[x.doc_id]),
                tuple(tx[x.doc_id]),
                tuple(roles[x.doc_id]),
                tuple(doc_rows[x.doc_id].values()),
            )
            for x in inputs
        ]

    return predict
