"""Every date rule id matches its positive sentence and not its near miss."""

from __future__ import annotations

import pytest
from date_rule_cases import DATE_CASES

from pipeline.nlp.dates import SPANS_KEY, _regex_spans


def rule_matches(nlp, text: str) -> set[tuple[str, str]]:
    """(rule id, matched text) of the date ruler's phrases and the fixer's regexes."""
    with nlp.select_pipes(enable=["sentencizer", "newsner_date_ruler"]):
        doc = nlp(text)
    spans = list(doc.spans.get(SPANS_KEY, []))
    spans += _regex_spans(doc, nlp.get_pipe("newsner_date_fixer").compiled)
    return {(s.id_, s.text) for s in spans}


@pytest.mark.parametrize("rule_id", sorted(DATE_CASES))
def test_positive(nlp, rule_id):
    text, matched, _ = DATE_CASES[rule_id]
    assert (rule_id, matched) in rule_matches(nlp, text)


@pytest.mark.parametrize("rule_id", sorted(DATE_CASES))
def test_negative(nlp, rule_id):
    _, _, near_miss = DATE_CASES[rule_id]
    assert rule_id not in {rid for rid, _ in rule_matches(nlp, near_miss)}
