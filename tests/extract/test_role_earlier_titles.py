"""A title taken from an earlier role of the sentence (role_earlier_titles), on
hand-written rows."""

from __future__ import annotations

from pipeline.extract.role_earlier_titles import earlier_titles


def _row(person: str, title: str = "", qualifier: str = "", org: str = "") -> dict:
    return {
        "person_text": person,
        "title": title,
        "title_raw": title.lower(),
        "qualifier": qualifier,
        "org_text": org,
    }


def _got(row, earlier):
    return [(r["title"], r["qualifier"]) for r in earlier_titles([row], earlier)]


def test_the_nearest_earlier_titled_role_of_another_person_gives_the_title():
    earlier = [
        _row("Ann Lee", "President"),
        _row("Bo Chen"),  # untitled: skipped
        _row("Cy Dunn", "Foreign Minister"),
        _row("Dee Roe", "Mayor"),  # the counterpart's own: skipped
    ]
    assert _got(_row("Dee Roe", org="Turkish"), earlier) == [("Foreign Minister", "")]
    got = earlier_titles([_row("Dee Roe", org="Turkish")], earlier)[0]
    assert got["title_raw"] == "" and got["org_text"] == "Turkish"


def test_no_earlier_title_no_row():
    assert _got(_row("Dee Roe"), []) == []
    assert _got(_row("Dee Roe"), [_row("Ann Lee"), _row("Dee Roe", "Mayor")]) == []


def test_an_office_named_its_own_way_is_the_others_usual_one():
    assert _got(_row("Dee Roe"), [_row("Ann Lee", "Secretary of State")]) == [
        ("Foreign Minister", "")
    ]


def test_the_offices_qualifier_carries_over_not_the_holders_tenure():
    earlier = [_row("Ann Lee", "Foreign Minister", "former deputy")]
    assert _got(_row("Dee Roe"), earlier) == [("Foreign Minister", "deputy")]
    assert _got(_row("Dee Roe"), [_row("Ann Lee", "President", "former")]) == [
        ("President", "")
    ]
