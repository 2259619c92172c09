"""The country of a local office from the place that qualifies it
(pipeline.extract.role_places), and its place in the resolver's country."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.role_places import office_place_country
from pipeline.extract.role_resolve import with_country


def _row(title: str, raw: str, person: str, evidence: str, org: str = "") -> dict:
    return {
        "title": title,
        "title_raw": raw,
        "person_text": person,
        "person_link": "",
        "org_text": org,
        "org_link": "",
        "qualifier": "",
        "country": "",
        "evidence": evidence,
    }


@pytest.mark.parametrize(
    ("title", "raw", "person", "evidence", "country"),
    [
        ("Governor", "Gov.", "Ann Lee", "Colorado Gov. Ann Lee signed the bill.", "US"),
        ("Governor", "Governor", "Ann Lee", "Michigan's Governor Ann Lee spoke.", "US"),
        ("Mayor", "Mayor", "Ann Lee", "Former Cologne Mayor Ann Lee spoke.", "DE"),
        ("Sheriff", "Sheriff", "Ann Lee", "Travis County Sheriff Ann Lee spoke.", "US"),
        ("Senator", "Sen.", "Ann Lee", "Sen. Ann Lee of Maine declined.", "US"),
        # a seat's holder "from" the place, its kind of place named or not
        (
            "Senator",
            "senator",
            "Ann Lee",
            "Ann Lee, the former Republican senator from Ohio, said no.",
            "US",
        ),
        (
            "Congressman",
            "congressman",
            "Ann Lee",
            "Ann Lee, a congressman from the state of Jalisco, spoke.",
            "MX",
        ),
        (
            "Governor",
            "governor",
            "Ann Lee",
            "Ann Lee, the governor of Ohio, left.",
            "US",
        ),
        # a state ISO names in its own language ("Bayern")
        (
            "Governor",
            "governor",
            "Ann Lee",
            "Ann Lee, the governor of Bavaria, left.",
            "DE",
        ),
        # a two-word state wins over its last word alone ("York" is in England)
        ("Governor", "Gov.", "Ann Lee", "New Mexico Gov. Ann Lee spoke.", "US"),
        # the same title twice: each holder's is the one nearest the name
        (
            "Mayor",
            "mayor",
            "Bo Chen",
            "The mayor of Paris, Ann Lee, and the mayor of Leeds, Bo Chen, met.",
            "GB",
        ),
        (
            "Mayor",
            "mayor",
            "Ann Lee",
            "The mayor of Paris, Ann Lee, and the mayor of Leeds, Bo Chen, met.",
            "FR",
        ),
        ("Mayor", "Mayor", "Ann Lee", 'Stay in,"New York Mayor Ann Lee said.', "US"),
        ("Governor", "Gov.", "Ann Lee", "Then-New York Gov. Ann Lee spoke.", "US"),
        # the place before the title wins over the one after the name
        ("Sheriff", "Sheriff", "Ann Lee", "Ohio Sheriff Ann Lee of Paris spoke.", "US"),
        # a US state names itself with a lower-case "state" before the office
        ("Senator", "Sen.", "Ann Lee", "Texas state Sen. Ann Lee spoke.", "US"),
        (
            "Attorney General",
            "Attorney General",
            "Ann Lee",
            "Washington state Attorney General Ann Lee sued.",
            "US",
        ),
    ],
)
def test_a_place_before_or_after_a_local_office_gives_its_country(
    title, raw, person, evidence, country
):
    assert office_place_country(_row(title, raw, person, evidence)) == country


@pytest.mark.parametrize(
    ("title", "raw", "person", "evidence"),
    [
        # a country's name is the country rules' to read
        ("Governor", "Gov.", "Ann Lee", "Georgia Gov. Ann Lee signed the bill."),
        # so is a people's name that a region somewhere shares ("Somali")
        ("Lawmaker", "lawmaker", "Ann Lee", "Ann Lee, a Somali lawmaker, spoke."),
        # lower-case words and acronyms are no place, whatever the gazetteer says
        ("Mayor", "mayor", "Ann Lee", "Ann Lee was mayor of the city."),
        ("Representative", "Rep.", "Ann Lee", "GOP Rep. Ann Lee spoke."),
        # not a local office; nor a premier, read as a prime minister (a state's
        # premier would read as the country's)
        ("Chief Executive Officer", "CEO", "Ann Lee", "Texas CEO Ann Lee spoke."),
        ("Prime Minister", "Premier", "Ann Lee", "Queensland Premier Ann Lee spoke."),
        # a place parted from the title by a comma is the clause's
        ("Governor", "Governor", "Ann Lee", "In Lyon, Governor Ann Lee spoke."),
        ("Member of Parliament", "MP", "Ann Lee", "Ms Reading, MP for Acme, spoke."),
        # common words and government bodies that are also places somewhere
        (
            "Representative",
            "representative",
            "Ann Lee",
            "Duma representative Ann Lee spoke.",
        ),
        (
            "Member of Parliament",
            "TD",
            "Ann Lee",
            "Former Dublin South TD Ann Lee died.",
        ),
        (
            "Chief Constable",
            "chief constable",
            "Ann Lee",
            "The Police chief constable Ann Lee spoke.",
        ),
        # no place at all, or one elsewhere in the sentence
        ("Governor", "Gov.", "Ann Lee", "Gov. Ann Lee spoke in Ohio on Monday."),
        ("Mayor", "Mayor", "Ann Lee", "Mayor Ann Lee, back from Lyon, spoke."),
        ("Senator", "Sen.", "Ann Lee", "Sen. Ann Lee from the Senate spoke."),
        ("Senator", "Sen.", "Ann Lee", "The state Sen. Ann Lee spoke."),
    ],
)
def test_no_country_without_a_place_qualifying_a_local_office(
    title, raw, person, evidence
):
    assert office_place_country(_row(title, raw, person, evidence)) == ""


def test_the_resolver_reads_the_place_only_for_a_row_without_organisation():
    alone = _row("Mayor", "Mayor", "Ann Lee", "Cologne Mayor Ann Lee spoke.")
    assert with_country(alone)["country"] == "DE"
    with_org = {**alone, "org_text": "Acme Party"}
    assert with_country(with_org)["country"] == ""
    # a country the title already names is kept
    named = {**alone, "country": "FR"}
    assert with_country(named)["country"] == "FR"


def test_an_organisation_that_is_a_place_gives_a_local_office_its_country():
    row = _row("Mayor", "Mayor", "Ann Lee", "Berkeley Mayor Ann Lee spoke.", "Berkeley")
    assert with_country(row)["country"] == "US"
    assert with_country(row)["org_text"] == "Berkeley"  # the city stays the employer
    # not a place, or not a local office
    assert with_country({**row, "org_text": "Acme Party"})["country"] == ""
    chief = {**row, "title": "Chief Executive Officer", "title_raw": "CEO"}
    assert with_country(chief)["country"] == ""


_PIECES = ["Colorado", "Gov.", "Mayor", "of", "the", ",", "Police", "South", "Georgia"]
_PIECES += ["New", "York", "Ann", "Lee", '"', "then-New", "'s", "Duma", "Maine,", ""]


@settings(max_examples=300, deadline=None)
@given(
    title=st.sampled_from(["Governor", "Mayor", "Senator", "Chief Executive Officer"]),
    raw=st.sampled_from(["Gov.", "Mayor", ""]) | st.text(max_size=12),
    person=st.text(max_size=12),
    evidence=st.text(max_size=80)
    | st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join),
)
def test_never_raises_and_answers_a_code_or_nothing(title, raw, person, evidence):
    code = office_place_country(_row(title, raw, person, evidence))
    assert code == "" or (len(code) == 2 and code.isupper())
