"""country_code: names, demonyms and codes -> ISO 3166-1 alpha-2, exact keys only."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.countries import (
    bracketed,
    country_code,
    country_name,
    government_country,
    unbracketed,
    web_country,
)
from pipeline.lang.lexicons import rows


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("Russian", "RU"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("British", "GB"),
        ("South Korean", "KR"),
        ("Cambodia", "KH"),
        ("Viet Nam", "VN"),
        ("Ivory Coast", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Czechia", "CZ"),
        ("Filipino", "PH"),
        ("American", "US"),  # not the Northern Mariana Islands (same demonym)
        ("Chinese", "CN"),  # not Hong Kong or Macau
        ("Saudi", "SA"),
        # News demonyms the libraries lack (they list "Slovene", "Argentinean")
        ("Slovenian", "SI"),
        ("Argentine", "AR"),
        ("Argentinian", "AR"),
        ("Kazakh", "KZ"),
        ("Ecuadorian", "EC"),
    ],
)
def test_names_demonyms_and_news_forms_resolve(text, code):
    assert country_code(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "GE",  # a bare ISO code is rarely a country in news text (General Electric)
        "IT",
        "us",  # a code counts only in capitals
        "Korean",  # two countries of similar size share it
        "Washington",
        "Republican",
        "European",
        "Acme Corp",
        "",
        "Prime Minister of Cambodia",  # a phrase is not a name
        "N.C.",  # North Carolina, not New Caledonia: US states' short forms
        "S.C.",
        "R-S.D.",
    ],
)
def test_what_names_no_one_country_is_empty(text):
    assert country_code(text) == ""


def test_country_name_of_a_code():
    assert country_name("KH") == "Cambodia"
    assert country_name("") == "" and country_name("XX") == ""


@pytest.mark.parametrize(
    "org,code",
    [
        ("US Senate", "US"),
        ("Russian Foreign Ministry", "RU"),
        ("the South Korean government", "KR"),
        ("Government of India", "IN"),
        ("Kenya's parliament", "KE"),
        # a body whose country is not named, a unit of one, no body at all
        ("Senate", ""),
        ("Foreign Ministry", ""),
        ("US Senate Intelligence Committee", ""),
        ("Russian Railways", ""),
        ("", ""),
        # a seat of government named for its government
        ("White House", "US"),
        ("the Kremlin", "RU"),
        ("Elysee Palace", "FR"),
        ("White House Correspondents' Association", ""),
        # a legislature of several words, with and without its country
        ("US House of Representatives", "US"),
        ("Russian State Duma", "RU"),
        ("House of Representatives", ""),
        ("State Duma", ""),
        # a generic body as the organisations table names it, its country after it
        ("Defence Ministry (Norway)", "NO"),
        ("Army (Kenya)", "KE"),
        ("Harbour Authority (Norway)", ""),
        ("Acme (Holdings)", ""),
        # a party's name is no government body, with its country or without
        ("National Democratic Congress (Kenya)", ""),
        ("Kenyan National Democratic Congress", ""),
        ("Kenyan National Congress", "KE"),
    ],
)
def test_the_country_of_a_government_body(org, code):
    assert government_country(org) == code


def test_every_seat_of_government_names_a_country_the_libraries_know():
    seats = rows("government_seats")
    assert seats
    assert all(country_code(r["country"]) for r in seats)


_WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'-.", min_size=1),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(_WORDS, _WORDS)
def test_a_bracketed_name_reads_back(name, qualifier):
    assert unbracketed(bracketed(name, qualifier)) == (name, qualifier)


@pytest.mark.parametrize(
    "text", ["Supreme Court", "Acme (Holdings", "(Israel)", "Acme ()x", ""]
)
def test_a_name_without_a_bracketed_ending_reads_as_itself(text):
    assert unbracketed(text) == (text, "")


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.example.ie/news/1", "IE"),
        ("http://news.example.co.uk/a?b=c", "GB"),  # .uk is not the ISO code
        ("http://europe.example.com.cn/x", "CN"),
        ("example.de", "DE"),
        ("HTTP://EXAMPLE.FR:8080/", "FR"),
        ("https://www.example.com/a", ""),
        ("https://example.tv/a", ""),  # a country code sold as a generic one
        ("https://example.io", ""),
        ("https://example.eu/a", ""),  # no country
        ("http://[bad/", ""),
        ("", ""),
    ],
)
def test_a_web_address_names_its_country_code_domains_country(url, code):
    assert web_country(url) == code


@given(st.text(max_size=60))
def test_web_country_never_raises(text):
    assert web_country(text) in ("",) or len(web_country(text)) == 2
