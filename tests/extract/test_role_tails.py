"""continued_rows on hand-built segments and parse-rule rows (no model): the
segment grammar's continuations joined to a row the parse rules read."""

from __future__ import annotations

from pipeline.extract.role_grammar import ROLES_JSONL
from pipeline.extract.role_tails import continued_rows
from pipeline.extract.segment_types import Segment
from pipeline.lang.titles import Title

PARSE_RULE = "role:dep_copula+role:dep_title_of_org"


def _segs(spec: list) -> list[Segment]:
    """Segments from (tag, word-or-name) pairs, one token each; a TITLE's word is
    its raw title, a PERSON's or ORG's its name."""
    out = []
    for i, (tag, word) in enumerate(spec):
        if tag == "TITLE":
            out.append(
                Segment(
                    tag,
                    i,
                    i + 1,
                    "<title>",
                    word,
                    titles=[Title(word.title(), "", word)],
                )
            )
        elif tag in ("PERSON", "ORG"):
            out.append(Segment(tag, i, i + 1, f"<{tag.lower()}>", word))
        else:
            out.append(Segment(tag, i, i + 1, word))
    return out


def _row(title: str, org: str, evidence: str) -> dict:
    return {
        "sentence_index": 0,
        "person_text": "Jane Doe",
        "person_link": "jane doe",
        "title": title.title(),
        "title_raw": title,
        "qualifier": "",
        "country": "",
        "org_text": org,
        "org_link": org.lower(),
        "evidence": evidence,
        "rule_id": PARSE_RULE,
    }


def _read(row: dict, spec: list) -> list[tuple[str, str, str]]:
    rows = continued_rows([row], {0: _segs(spec)}, ROLES_JSONL)
    return [(r["person_text"], r["title"], r["org_text"]) for r in rows]


# Jane Doe is a professor at Acme University, a scholar at the Beta Institute,
LIST = [
    ("PERSON", "Jane Doe"),
    ("BE", "is"),
    ("DET", "a"),
    ("TITLE", "professor"),
    ("PREP", "at"),
    ("ORG", "Acme University"),
    ("COMMA", ","),
    ("DET", "a"),
    ("TITLE", "scholar"),
    ("PREP", "at"),
    ("DET", "the"),
    ("ORG", "Beta Institute"),
    ("COMMA", ","),
]
LIST_TEXT = (
    "Jane Doe is a professor at Acme University, a scholar at the Beta Institute"
)


def test_a_list_of_roles_after_a_parse_row_gives_each_its_title():
    # ... and a trader at Gamma Bank.
    spec = LIST + [("AND", "and"), ("DET", "a"), ("TITLE", "trader")]
    spec += [("PREP", "at"), ("ORG", "Gamma Bank")]
    row = _row(
        "professor", "Acme University", LIST_TEXT + ", and a trader at Gamma Bank."
    )
    assert _read(row, spec) == [
        ("Jane Doe", "Scholar", "Beta Institute"),
        ("Jane Doe", "Trader", "Gamma Bank"),
    ]
    rows = continued_rows([row], {0: _segs(spec)}, ROLES_JSONL)
    assert {r["rule_id"] for r in rows} == {f"{PARSE_RULE}+role:tail_title_org"}
    assert [r["title_raw"] for r in rows] == ["scholar", "trader"]


def test_an_organisation_after_a_continued_title_takes_that_title():
    # ... a scholar at the Beta Institute and Gamma College.
    spec = LIST[:-1] + [("AND", "and"), ("ORG", "Gamma College")]
    row = _row("professor", "Acme University", LIST_TEXT + " and Gamma College.")
    assert _read(row, spec) == [
        ("Jane Doe", "Scholar", "Beta Institute"),
        ("Jane Doe", "Scholar", "Gamma College"),
    ]


def test_an_untitled_row_takes_no_title_after_it():
    # a pupil of Jane Doe at Acme University, and later director of Beta
    spec = [("W", "pupil"), ("PREP", "of"), ("PERSON", "Jane Doe"), ("PREP", "at")]
    spec += [("ORG", "Acme University"), ("COMMA", ","), ("AND", "and")]
    spec += [("TITLE", "director"), ("PREP", "of"), ("ORG", "Beta")]
    row = _row(
        "",
        "Acme University",
        "a pupil of Jane Doe at Acme University, and later director of Beta",
    )
    assert _read(row, spec) == []


def test_a_title_before_the_next_name_is_that_names():
    # ..., former CEO at Beta Tom Roe
    spec = [
        ("TITLE", "director"),
        ("PERSON", "Jane Doe"),
        ("COMMA", ","),
        ("TITLE", "manager"),
    ]
    spec += [
        ("PREP", "of"),
        ("ORG", "Acme"),
        ("COMMA", ","),
        ("TITLE", "chief executive"),
    ]
    spec += [("PREP", "at"), ("ORG", "Beta"), ("PERSON", "Tom Roe")]
    row = _row(
        "manager",
        "Acme",
        "director Jane Doe, manager of Acme, chief executive at Beta Tom Roe",
    )
    assert _read(row, spec) == []


def test_a_title_right_after_the_organisation_is_the_organisations():
    # the UN under-secretary general and executive secretary for Beta
    spec = [("PERSON", "Jane Doe"), ("W", "left"), ("DET", "the"), ("ORG", "UN")]
    spec += [("TITLE", "under-secretary general"), ("PREP", "for"), ("ORG", "Beta")]
    row = _row(
        "under-secretary general",
        "UN",
        "Jane Doe left the UN under-secretary general for Beta",
    )
    assert _read(row, spec) == []


def test_an_organisation_alone_still_continues_an_untitled_row():
    # Jane Doe worked at Acme and Beta.
    spec = [("PERSON", "Jane Doe"), ("W", "worked"), ("PREP", "at"), ("ORG", "Acme")]
    spec += [("AND", "and"), ("ORG", "Beta")]
    row = _row("", "Acme", "Jane Doe worked at Acme and Beta.")
    assert _read(row, spec) == [("Jane Doe", "", "Beta")]


def test_a_title_a_rule_gives_another_person_stays_theirs():
    # Jane Doe is chief executive of Acme, and the chairwoman of Beta is Tom Roe.
    spec = [("PERSON", "Jane Doe"), ("BE", "is"), ("TITLE", "chief executive")]
    spec += [("PREP", "of"), ("ORG", "Acme"), ("COMMA", ","), ("AND", "and")]
    spec += [("DET", "the"), ("TITLE", "chairwoman"), ("PREP", "of"), ("ORG", "Beta")]
    spec += [("BE", "is"), ("PERSON", "Tom Roe")]
    text = "Jane Doe is chief executive of Acme, and the chairwoman of Beta is Tom Roe."
    assert _read(_row("chief executive", "Acme", text), spec) == []
