"""The pattern checker finds each kind of problem it promises to find."""

from __future__ import annotations

import json

import spacy
from check_patterns import check_lexicons, check_rule_file, main

VOCAB = spacy.blank("en").vocab


def _write(path, rules):
    path.write_text("".join(json.dumps(r) + "\n" for r in rules), encoding="utf-8")
    return path


def test_the_shipped_rules_pass():
    assert main() == 0


def test_unknown_key_unknown_attribute_duplicate_and_missing_lexicon(tmp_path):
    good = {"label": "ORG", "pattern": [{"LOWER": "acme"}], "id": "org:x"}
    path = _write(
        tmp_path / "orgs.jsonl",
        [
            good,
            good,
            {**good, "id": "org:y", "colour": "red"},
            {"label": "ORG", "pattern": [{"LOWR": "acme"}], "id": "org:z"},
            {"label": "ORG", "pattern": [{"LOWER": {"IN": "@no_such"}}], "id": "org:w"},
        ],
    )
    problems, ids = check_rule_file("orgs.jsonl", path, VOCAB)
    text = "\n".join(problems)
    assert ids == {"org:x", "org:y", "org:z", "org:w"}
    assert "orgs.jsonl:3: unknown keys ['colour']" in text
    assert "rule written 2 times" in text
    assert "orgs.jsonl:4: invalid pattern" in text
    assert "orgs.jsonl:5: no lexicon named @no_such" in text


def test_unknown_rule_file(tmp_path):
    path = _write(tmp_path / "misc.jsonl", [])
    assert check_rule_file("misc.jsonl", path, VOCAB)[0] == [
        "misc.jsonl: a rule file the checker does not know"
    ]


def test_lexicon_duplicates_blanks_and_unused(tmp_path):
    lex = tmp_path / "lexicons"
    lex.mkdir()
    (lex / "used.csv").write_text("word\nAgency\nagency\n\n", encoding="utf-8")
    (lex / "idle.csv").write_text("word\nbureau\n", encoding="utf-8")
    (lex / "blank.csv").write_text("word,class\n,NOUN\n", encoding="utf-8")
    rules = _write(
        tmp_path / "orgs.jsonl",
        [{"label": "ORG", "pattern": [{"LOWER": {"IN": "@used"}}], "id": "org:x"}],
    )
    code = tmp_path / "code"
    code.mkdir()
    (code / "m.py").write_text('WORDS = words("blank")\n', encoding="utf-8")
    problems = check_lexicons(lex, [rules], code)
    assert problems == [
        "lexicons/blank.csv: 1 row(s) with an empty word",
        "lexicons/idle.csv: no rule file or module uses it",
        "lexicons/used.csv: 'agency' appears 2 times",
    ]
