"""A tiny output folder written by hand (invented text), as `newsner run` would
leave it: the input file, the seven tables and run.json naming the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline import io, schemas

EVIL = "<script>alert(1)</script>"
A1_TITLE = "Acme Widgets hires Dana Smith"
A1_BODY = (
    "Dana Smith, chief engineer of Acme Widgets, said on Monday that the plant "
    "would grow.\nThe rival " + EVIL + " Corp said nothing."
)
A2_BODY = "Acme Widgets is part of Globex Holdings. Dana Smith visited Globex."


def _mention(article_id, field, text, surface, label, entity_id="", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end = start + len(surface)
    return {
        "mention_id": f"m_{article_id}_{field}_{start}",
        "article_id": article_id,
        "field": field,
        "start_char": start,
        "end_char": end,
        "sentence_index": 0,
        "text": surface,
        "label": label,
        "entity_id": entity_id,
        "source": "model",
        "rule_id": "",
    }


def write_tiny_run(folder: Path, confidence: bool = False) -> Path:
    """Write the tiny run into `folder` (its input under folder/input); return the
    output folder.
    """
    inputs = folder / "input"
    inputs.mkdir(parents=True)
    records = [
        {"id": "a1", "published": "2024-03-04", "title": A1_TITLE, "text": A1_BODY},
        {"id": "A/2", "published": "2024-05-10", "title": "", "text": A2_BODY},
    ]
    (inputs / "news.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    out = folder / "out"
    src = (inputs / "news.jsonl").as_posix()
    articles = [
        ("a1", "line 1", "javascript:alert(1)", "2024-03-04", A1_TITLE, "ok", ""),
        ("A/2", "line 2", "https://example.org/a2", "2024-05-10", "", "ok", ""),
        ("loc-0001", "line 3", "", "", "", "failed", "empty text"),
    ]
    tables = {
        "articles": [
            {
                "article_id": a,
                "source_file": src,
                "source_ref": ref,
                "url": url,
                "published": pub,
                "title": title,
                "n_chars": 0,
                "n_words": 0,
                "status": status,
                "error": error,
            }
            for a, ref, url, pub, title, status, error in articles
        ],
        "mentions": [
            _mention("a1", "title", A1_TITLE, "Acme Widgets", "ORG", "org_acme"),
            _mention("a1", "title", A1_TITLE, "Dana Smith", "PERSON", "per_dana"),
            _mention("a1", "body", A1_BODY, "Dana Smith", "PERSON", "per_dana"),
            _mention("a1", "body", A1_BODY, "Acme Widgets", "ORG", "org_acme"),
            _mention("a1", "body", A1_BODY, "Monday", "DATE"),
            _mention("a1", "body", A1_BODY, EVIL + " Corp", "ORG", "org_evil"),
            _mention("A/2", "body", A2_BODY, "Acme Widgets", "ORG", "org_acme"),
            _mention("A/2", "body", A2_BODY, "Globex Holdings", "ORG", "org_globex"),
            _mention("A/2", "body", A2_BODY, "Dana Smith", "PERSON", "per_dana"),
            _mention("A/2", "body", A2_BODY, "Globex", "ORG", "org_globex", nth=1),
        ],
        "organisations": [
            _entity("org_acme", "Acme Widgets", "Acme Widgets|Acme", 3, 2, "ACW"),
            _entity("org_globex", "Globex Holdings", "Globex Holdings|Globex", 2, 1),
            _entity("org_evil", EVIL + " Corp", EVIL + " Corp", 1, 1),
        ],
        "people": [_entity("per_dana", "Dana Smith", "Dana Smith|Smith", 3, 2)],
        "roles": [
            {
                "role_id": "r_1",
                "article_id": "a1",
                "person_id": "per_dana",
                "person_name": "Dana Smith",
                "title": "Chief Engineer",
                "title_raw": "chief engineer",
                "qualifier": "",
                "org_id": "org_acme",
                "org_name": "Acme Widgets",
                "country": "",
                "sentence_index": 0,
                "evidence": A1_BODY.split("\n")[0],
                "rule_id": "role:test",
            }
        ],
        "org_relations": [
            {
                "child_org_id": "org_acme",
                "parent_org_id": "org_globex",
                "relation": "part_of",
                "article_id": "A/2",
                "evidence": "Acme Widgets is part of Globex Holdings.",
            }
        ],
        "dates": [
            {
                "mention_id": f"m_a1_body_{A1_BODY.index('Monday')}",
                "article_id": "a1",
                "text": "Monday",
                "value": "2024-03-04",
                "kind": "DATE",
                "first_day": "2024-03-04",
                "last_day": "2024-03-04",
                "anchor": "published",
            }
        ],
    }
    for name, rows in tables.items():
        table = schemas.TABLES[name]
        df = pd.DataFrame(rows, columns=table.names)
        if confidence and name in ("organisations", "people"):
            df["confidence"] = [0.87] + [0.5] * (len(df) - 1)
            table = schemas.Table(
                table.name, table.columns + (("confidence", "string"),), table.key
            )
        io.write_table(df, table, out, "csv")
    io.write_json_atomic(
        out / "run.json",
        {
            "newsner_version": "test",
            "model": {"name": "test-model", "version": "0"},
            "settings": {"max_chars": 100000},
            "inputs": [str(inputs.resolve())],
            "warnings": ["failed input/news.jsonl:line 3: empty text"],
        },
    )
    return out


def _entity(entity_id, name, aliases, n_mentions, n_articles, acronym=""):
    row = {
        "name": name,
        "aliases": aliases,
        "n_mentions": n_mentions,
        "n_articles": n_articles,
        "first_published": "2024-03-04",
        "last_published": "2024-05-10",
    }
    if entity_id.startswith("org_"):
        return {"org_id": entity_id, "acronym": acronym, **row}
    return {"person_id": entity_id, **row}
