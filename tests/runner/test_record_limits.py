"""Bounded work per record in the map: time budget, failures isolated to the record,
no quadratic tokenization, no unbounded role matching.
"""

from __future__ import annotations

import json
import random
import threading
import time

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.nlp import get_annotator
from pipeline.nlp.guard import MAX_RUN, guarded_doc
from pipeline.nlp.tokens import doc_text
from pipeline.records import Article, make_article
from pipeline.runner.budget import RecordTimeout, time_budget
from pipeline.runner.map import annotate_and_extract, field_doc, run_shard
from pipeline.settings import DEFAULT_MODEL


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_time_budget_interrupts_the_main_thread():
    with pytest.raises(RecordTimeout, match="took longer than 0.2 s"):
        with time_budget(0.2):
            _spin(5)
    with time_budget(0.5):
        _spin(0.05)
    _spin(0.6)  # a budget that was not used up never fires later


def test_time_budget_interrupts_another_thread():
    caught = []

    def work():
        try:
            with time_budget(0.2):
                _spin(5)
        except RecordTimeout as exc:
            caught.append(exc)
        with time_budget(0.5):
            _spin(0.05)
        _spin(0.6)
        caught.append("clean")

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert len(caught) == 2
    assert isinstance(caught[0], RecordTimeout) and caught[1] == "clean"


def _articles(n: int) -> list[Article]:
    return [
        make_article(
            own_id=f"a{i}",
            source_file="mem",
            text=f"Maria Costa joined the Bank of Lisbon in March. Report {i}.",
        )
        for i in range(n)
    ]


def test_an_article_that_raises_fails_alone():
    arts = _articles(4)
    # text that is not text: what a bug in a reader would hand the map
    arts[1] = Article("broken", "mem", text=None)
    tables, *_ = annotate_and_extract(tuple(arts), DEFAULT_MODEL)
    got = tables["articles"].set_index("article_id")
    assert got.loc["broken", "status"] == "failed"
    assert got.loc["broken", "error"].startswith("annotation failed: TypeError")
    assert (got.drop("broken")["status"] == "ok").all()
    assert set(tables["mentions"]["article_id"]) == {"a0", "a2", "a3"}


def test_spacy_length_guard_follows_the_ingest_limit():
    nlp = get_annotator(DEFAULT_MODEL).nlp
    before = nlp.max_length
    nlp.max_length = 100
    try:
        arts = (make_article(own_id="x", source_file="m", text="Officials met. " * 20),)
        tables, *_ = annotate_and_extract(arts, DEFAULT_MODEL)
    finally:
        nlp.max_length = before
    assert list(tables["articles"]["status"]) == ["ok"]


def test_article_over_its_time_budget_fails_and_the_run_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    rng = random.Random(1)
    words = ["".join(rng.choice("abcdefghij") for _ in range(6)) for _ in range(25_000)]
    lines = [json.dumps({"id": "slow", "text": " ".join(words) + "."})]
    lines += [json.dumps({"id": f"q{i}", "text": f"Quick note {i}."}) for i in range(3)]
    (src / "a.jsonl").write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(
        main, ["run", str(src), "--out", str(tmp_path / "out"), "--max-seconds", "0.3"]
    )
    assert result.exit_code == 3, result.output
    arts = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False)
    got = dict(zip(arts["article_id"], zip(arts["status"], arts["error"])))
    assert got == {
        "slow": (
            "failed",
            "took longer than 0.3 s to annotate (--max-seconds), not processed",
        ),
        "q0": ("ok", ""),
        "q1": ("ok", ""),
        "q2": ("ok", ""),
    }


def test_long_runs_are_cut_before_the_tokenizer_and_offsets_hold():
    nlp = get_annotator(DEFAULT_MODEL).nlp
    text = "Maria Costa said (" + "(" * 2_000 + " and then left. " + "x" * 1_200
    doc = guarded_doc(nlp, text)
    assert doc.text == text
    assert max(len(t) for t in doc) == MAX_RUN
    assert [t.text for t in doc[:3]] == ["Maria", "Costa", "said"]
    assert doc[-1].text == "x" * (1_200 - 2 * MAX_RUN)
    plain = "Nothing long in here."
    assert guarded_doc(nlp, plain) is plain
    # The runner's Docs hold their field's text for doc_text, cut runs or not.
    for field in (text, plain):
        made = field_doc(nlp, field)
        assert made.text == doc_text(made) == field


@pytest.mark.parametrize("char", ["(", "'", "[", "-", "."])
def test_100k_of_one_punctuation_character_is_processed(char):
    art = make_article(own_id="p", source_file="m", text=char * 100_000)
    tables, *_ = annotate_and_extract((art,), DEFAULT_MODEL)
    assert list(tables["articles"]["status"]) == ["ok"]


def test_a_long_listing_sentence_is_not_parsed_and_is_counted(tmp_path):
    people = ["Maria Costa", "John Reed", "Aiko Tanaka", "Peter Novak"]
    titles = ["chief executive", "director", "chairman"]
    orgs = ["Northern Rail Company", "Bank of Lisbon", "Alpine Energy Group"]
    parts = [
        # Each person at one organisation: the parse is left the other pairs.
        f"{people[i % 4]}, {titles[i % 3]} of the {orgs[i % 4 % 3]}"
        for i in range(120)
    ]
    text = "The meeting was attended by " + ", ".join(parts) + "."
    art = make_article(own_id="long", source_file="m", text=text)
    info = run_shard((art,), str(tmp_path / "shard"), DEFAULT_MODEL)
    assert info["statuses"] == {"ok": 1}
    assert info["notes"] == {
        "long_sentences_not_parsed": 1,
        "long_sentence_articles": ["long"],
    }
    # a short sentence of the same kind is still parsed and counts nothing
    short = make_article(own_id="s", source_file="m", text=parts[0] + " spoke.")
    info = run_shard((short,), str(tmp_path / "shard2"), DEFAULT_MODEL)
    assert info["notes"] == {
        "long_sentences_not_parsed": 0,
        "long_sentence_articles": [],
    }


def test_the_long_sentence_warning_names_its_articles():
    import pandas as pd

    from pipeline.runner.summary import warnings

    arts = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "source_file": ["in.jsonl", "in.jsonl"],
            "source_ref": ["line 1", "line 2"],
            "status": ["ok", "ok"],
            "error": ["", ""],
            "published": ["2025-01-01", "2025-01-02"],
        }
    )
    (line,) = warnings(arts, [], 3, {"a2"})
    assert line.startswith("3 sentences over 150 tokens")
    assert line.endswith(": in.jsonl:line 2 (a2)")
    assert warnings(arts, [], 0, set()) == []


def test_windows_cut_a_stream_into_lists_of_n_keeping_order():
    from pipeline.runner.map import _windows

    assert list(_windows(iter(range(7)), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(_windows(iter(range(6)), 3)) == [[0, 1, 2], [3, 4, 5]]
    assert list(_windows(iter(()), 3)) == []
