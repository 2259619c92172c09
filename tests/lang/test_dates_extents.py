"""Table tests for TIMEX3 extent fixing over plain token lists."""

import pytest

from pipeline.lang.timex.extents import fix_extents


def tokens(text: str):
    """Tokens separated by spaces; "|" separates tokens written without a space
    between them.
    """
    words, ws = [], []
    for chunk in text.split(" "):
        parts = chunk.split("|")
        words += parts
        ws += [""] * (len(parts) - 1) + [" "]
    ws[-1] = ""
    return words, ws


def run(text: str, spans):
    words, ws = tokens(text)
    out = fix_extents(words, ws, spans)
    return [
        ("".join(w + s for w, s in zip(words[a:b], ws[a:b])).strip(), label)
        for a, b, label, _ in out
    ]


@pytest.mark.parametrize(
    "text, spans, expected",
    [
        # range words split one model entity into two expressions
        (
            "for the quarter ended Sept. 30 .",
            [(1, 6, "DATE", "")],
            [("the quarter", "DATE"), ("Sept. 30", "DATE")],
        ),
        (
            "from Aug. 26 to Oct. 20 .",
            [(1, 6, "DATE", "")],
            [("Aug. 26", "DATE"), ("Oct. 20", "DATE")],
        ),
        (
            "between 1985 and 1987 .",
            [(0, 4, "DATE", "")],
            [("1985", "DATE"), ("1987", "DATE")],
        ),
        (
            "the first nine months of 1997 .",
            [(0, 6, "DATE", "")],
            [("the first nine months", "DATE"), ("1997", "DATE")],
        ),
        # kept whole
        (
            "the end of November .",
            [(0, 4, "DATE", "")],
            [("the end of November", "DATE")],
        ),
        ("weeks or months .", [(0, 3, "DATE", "")], [("weeks or months", "DATE")]),
        ("Nov. 15|, 2024 .", [(0, 4, "DATE", "")], [("Nov. 15, 2024", "DATE")]),
        (
            "the year|-|earlier quarter",
            [(0, 5, "DATE", "")],
            [("the year-earlier quarter", "DATE")],
        ),
        # trimming
        ("in the past .", [(0, 4, "DATE", "date:past_ref")], [("the past", "DATE")]),
        ("last year 's results", [(0, 3, "DATE", "")], [("last year", "DATE")]),
        ("as early as next year", [(0, 5, "DATE", "")], [("next year", "DATE")]),
        ("just last month", [(0, 3, "DATE", "")], [("last month", "DATE")]),
        # dropped
        ("quarterly profit", [(0, 1, "DATE", "")], []),
        ("58", [(0, 1, "DATE", "")], []),
        # a telephone number the model read as a year and more
        ("call 1800 666 111 now", [(1, 4, "DATE", "")], []),
        ("call 1800|-|666|-|111 now", [(1, 6, "DATE", "")], []),
        ("call 020 7946 0000 now", [(1, 4, "DATE", "")], []),
        # a day, a month and a year written apart stay
        ("on 12 03 2017 .", [(1, 4, "DATE", "")], [("12 03 2017", "DATE")]),
        # merged
        (
            "noon Thursday",
            [(0, 1, "TIME", ""), (1, 2, "DATE", "")],
            [("noon Thursday", "TIME")],
        ),
        (
            "Friday evening",
            [(0, 1, "DATE", ""), (1, 2, "TIME", "")],
            [("Friday evening", "TIME")],
        ),
        (
            "5 p.m. EST|, Nov. 6",
            [(0, 3, "TIME", ""), (4, 6, "DATE", "")],
            [("5 p.m. EST, Nov. 6", "TIME")],
        ),
    ],
)
def test_extents(text, spans, expected):
    assert run(text, spans) == expected


def test_rule_id_is_kept_and_reshaping_is_recorded():
    words, ws = tokens("in the past|.")
    assert (
        fix_extents(words, ws, [(0, 4, "DATE", "date:past_ref")])[0][3]
        == "date:past_ref"
    )
    words = "just last month".split(" ")
    assert (
        fix_extents(words, [" ", " ", ""], [(0, 3, "DATE", "")])[0][3] == "date:extent"
    )
