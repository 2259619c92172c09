"""Readers for the gold sets of ../shared/eval, turned into one GoldDoc shape.

Each file's format is detected from the keys of its first record, so a user
can point `newsner eval` at their own file in one of these shapes:

| format       | keys that identify it                       | tasks            |
|--------------|---------------------------------------------|------------------|
| meantime     | annotated_end                               | entities, timex  |
| conll        | sentences + entities                        | entities, rows   |
| timebank     | timexes + dct (TimeBank and AQUAINT files)  | timex            |
| knowledgenet | roles + properties                          | roles            |
| links        | links + text (AIDA CoNLL-YAGO with qids)    | resolution       |

Filtering decided here, so the scorers never see out-of-scope gold:
- MEANTIME entities: only named mentions (syntactic_type NAM or PRE.NAM) of
  type PER/ORG/LOC. PRO (products), FIN (financial instruments) and the
  untyped UNLINKED/MIX mentions are dropped: spaCy has no comparable label
  (PRODUCT is rare and MONEY is not a name), so they are in no row, ALL
  included. The extents of UNLINKED/MIX mentions (any syntactic type) are
  kept as entity ignore spans: the annotators marked a mention there but gave
  it no type, so a prediction inside one (and inside no gold mention of its
  own label) cannot be judged and is left out. Mentions or timexes reaching
  past annotated_end are dropped.
- MEANTIME timexes: the CREATION_TIME timex (the date line) is dropped from
  gold and kept as an ignore span, so a prediction on it is neither right
  nor wrong.
- MEANTIME dct: one document writes it day first ("03-02-2009", its date
  line reads February 03, 2009); such a value is turned into ISO here, the
  dataset's convention, so the system under test only ever gets ISO dates.
- KnowledgeNet: gold (person, org) pairs, CEO and EMPLOYEE_OR_MEMBER_OF
  together, duplicates removed; passages with an empty `properties` list are
  skipped (nothing was annotated in them).
- Links: only (start, end, qid, type) of type PER or ORG are kept: LOC and
  OTHER have no organisations or people table to be resolved into.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .halves import check_half, half_name, in_half
from .types import EvalInput

MEANTIME, CONLL, TIMEBANK, KNOWLEDGENET, LINKS = (
    "meantime",
    "conll",
    "timebank",
    "knowledgenet",
    "links",
)

TASKS = {
    MEANTIME: ("entities", "timex", "rows"),
    CONLL: ("entities", "rows"),
    TIMEBANK: ("timex",),
    KNOWLEDGENET: ("roles",),
    LINKS: ("resolution", "rows"),
}
LINK_TYPES = ("PER", "ORG")
ENTITY_LABELS = {MEANTIME: ("PER", "ORG", "LOC"), CONLL: ("PER", "ORG", "LOC", "MISC")}
# spaCy labels a dataset's guidelines put in another class (see entities.py).
LABEL_OVERRIDES = {MEANTIME: {"NORP": "LOC"}}

# MEANTIME's documentation spells the types out; the released file uses the
# short forms. Accept both.
_MEANTIME_TYPES = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
}
_NAMED = {"NAM", "PRE.NAM"}
_UNTYPED = {"UNLINKED", "MIX"}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str  # DATE | TIME | DURATION | SET
    value: str


@dataclass(frozen=True)
class GoldDoc:
    """One gold document, filtered to what is scored.

    scored_end: predictions ending after it are ignored (None = whole text).
    ignore_timex: spans of gold timexes left out of scoring; predictions
    overlapping them are ignored too.
    ignore_entity: spans of untyped gold mentions; a predicted entity inside
    one and inside no gold mention of its label is ignored.
    role_properties: the relations annotated in a KnowledgeNet passage (CEO,
    EMPLOYEE_OR_MEMBER_OF); the gold pairs are complete for these only.
    links: (start, end, qid, type) of the PER/ORG mentions linked to Wikidata.
    """

    input: EvalInput
    entities: tuple[tuple[int, int, str], ...] = ()
    timexes: tuple[GoldTimex, ...] = ()
    ignore_timex: tuple[tuple[int, int], ...] = ()
    ignore_entity: tuple[tuple[int, int], ...] = ()
    roles: tuple[tuple[str, str], ...] = ()
    role_properties: tuple[str, ...] = ()
    scored_end: int | None = None
    links: tuple[tuple[int, int, str, str], ...] = ()


@dataclass(frozen=True)
class GoldSet:
    """A gold file: its dataset name, format, and a way to stream its documents.

    half ("a", "b" or None for all) keeps only that half of the records
    (halves.py; skipped records count, so filtering does not shift the split).
    """

    name: str
    format: str
    path: Path
    half: str | None = None

    @property
    def tasks(self) -> tuple[str, ...]:
        return TASKS[self.format]

    @property
    def entity_labels(self) -> tuple[str, ...]:
        return ENTITY_LABELS.get(self.format, ())

    def docs(self) -> Iterator[GoldDoc]:
        """Stream the documents (one line at a time, so memory stays flat)."""
        parse = _PARSERS[self.format]
        index = -1
        with self.path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                index += 1
                if not in_half(index, self.half):
                    continue
                try:
                    doc = parse(json.loads(line))
                except (KeyError, TypeError, ValueError) as exc:
                    raise ValueError(
                        f"{self.path}:{lineno}: not a valid {self.format} record: {exc}"
                    ) from exc
                if doc is not None:
                    yield doc


def detect_format(record: dict) -> str:
    """Name the gold format of one parsed record; ValueError when it is none of them."""
    if "annotated_end" in record and "text" in record:
        return MEANTIME
    if "sentences" in record and "entities" in record:
        return CONLL
    if "roles" in record and "properties" in record:
        return KNOWLEDGENET
    if "links" in record and "text" in record:
        return LINKS
    if "timexes" in record and "text" in record:
        return TIMEBANK
    raise ValueError(f"unrecognised gold record with keys {sorted(record)}")


def load_gold(path: str | Path, half: str | None = None) -> GoldSet:
    """Open a gold JSONL file and detect its format from its first record.

    The dataset name is the file's stem for the TimeBank format (so
    timebank.jsonl and aquaint.jsonl are reported apart) and the folder's
    name otherwise (meantime, conll2003_dev, knowledgenet_dev), with "/a" or
    "/b" appended for a half. Raises ValueError for an empty or unrecognised
    file or an unknown half.
    """
    check_half(half)
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        first = next((line for line in fh if line.strip()), None)
    if first is None:
        raise ValueError(f"{path}: empty gold file")
    fmt = detect_format(json.loads(first))
    name = path.stem if fmt == TIMEBANK else path.parent.name
    return GoldSet(name=half_name(name, half), format=fmt, path=path, half=half)


def is_gold_file(path: Path) -> bool:
    """True when the file's first record is in one of the gold formats."""
    try:
        load_gold(path)
    except (OSError, ValueError):
        return False
    return True


def find_dev_sets(shared_eval_dir: str | Path) -> list[Path]:
    """Every gold development file under the folder, sorted; [] when it is absent.

    Side files that are not in a gold format (MEANTIME's
    per_name_description_mentions.jsonl, licences) are left out.
    """
    root = Path(shared_eval_dir)
    if not root.is_dir():
        return []
    return [p for p in sorted(root.rglob("*.jsonl")) if p.is_file() and is_gold_file(p)]


def _input(rec: dict, published: str | None = None) -> EvalInput:
    return EvalInput(
        doc_id=str(rec["id"]), text=rec["text"], published=published or None
    )


_DAY_FIRST = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


def meantime_dct(value: str | None) -> str | None:
    """A MEANTIME document creation date as ISO: "03-02-2009" (day first) ->
    "2009-02-03".
    """
    m = _DAY_FIRST.fullmatch(value.strip()) if value else None
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else value


def _parse_meantime(rec: dict) -> GoldDoc:
    end = int(rec["annotated_end"])
    ents = {
        (e["start"], e["end"], _MEANTIME_TYPES[e["type"]])
        for e in rec["entities"]
        if e.get("syntactic_type") in _NAMED
        and e["type"] in _MEANTIME_TYPES
        and e["end"] <= end
    }
    untyped = {(e["start"], e["end"]) for e in rec["entities"] if e["type"] in _UNTYPED}
    timexes, ignore = [], []
    for t in rec["timexes"]:
        if t.get("function") == "CREATION_TIME":
            ignore.append((t["start"], t["end"]))
        elif t["end"] <= end:
            timexes.append(
                GoldTimex(t["start"], t["end"], t["type"], t.get("value") or "")
            )
    return GoldDoc(
        input=_input(rec, meantime_dct(rec.get("dct"))),
        entities=tuple(sorted(ents)),
        timexes=tuple(timexes),
        ignore_timex=tuple(ignore),
        ignore_entity=tuple(sorted(untyped)),
        scored_end=end,
    )


def _parse_conll(rec: dict) -> GoldDoc:
    ents = {(e["start"], e["end"], e["label"]) for e in rec["entities"]}
    return GoldDoc(input=_input(rec), entities=tuple(sorted(ents)))


def _parse_timebank(rec: dict) -> GoldDoc:
    timexes = tuple(
        GoldTimex(t["start"], t["end"], t["type"], t.get("value") or "")
        for t in rec["timexes"]
    )
    return GoldDoc(input=_input(rec, rec.get("dct")), timexes=timexes)


def _parse_knowledgenet(rec: dict) -> GoldDoc | None:
    if not rec.get("properties"):
        return None
    # dict.fromkeys: dedupe (a pair can be both CEO and EMPLOYEE_OR_MEMBER_OF) but keep
    # order.
    pairs = dict.fromkeys((r["person"], r["org"]) for r in rec["roles"])
    return GoldDoc(
        input=_input(rec),
        roles=tuple(pairs),
        role_properties=tuple(sorted(rec["properties"])),
    )


def _parse_links(rec: dict) -> GoldDoc:
    links = {
        (int(x["start"]), int(x["end"]), str(x["qid"]), x["type"])
        for x in rec["links"]
        if x["type"] in LINK_TYPES
    }
    return GoldDoc(input=_input(rec, rec.get("dct")), links=tuple(sorted(links)))


_PARSERS = {
    MEANTIME: _parse_meantime,
    CONLL: _parse_conll,
    TIMEBANK: _parse_timebank,
    KNOWLEDGENET: _parse_knowledgenet,
    LINKS: _parse_links,
}
