"""Organisation comparison keys: variants that must meet, names that must not."""

from __future__ import annotations

import pytest

from pipeline.lang.lexicons import rows
from pipeline.lang.orgnames import (
    acronym_key,
    canonical_name,
    initials,
    international_name,
    is_short_name,
    variant_key,
)

SAME = [
    ("Department of Justice", "Justice Department"),
    ("the Ministry of the Interior", "Interior Ministry"),
    ("Ninth Circuit Court", "9th Circuit Court"),
    ("World Health Organisation", "World Health Organization"),
    ("Centre for Marine Studies", "Center for Marine Studies"),
    ("Ministry of Defence", "Defense Ministry"),
    ("Daesh", "Islamic State"),
    ("the Fed", "Federal Reserve"),
    ("Harbour Holdings Ltd", "Harbour Holdings"),
    ("UN Security Council", "United Nations Security Council"),
    ("U.N. Human Rights Council", "UN Human Rights Council"),
    # a hyphenated British spelling (folded into two words) and a word's short form
    ("Harbour Co-operation Council", "Harbor Cooperation Council"),
    ("Norland Co-op Bank", "Norland Co-operative Bank"),
    ("the Co-op", "Cooperative"),
    ("Dept. of Ports", "Ports Department"),
    ("Norland Univ", "Norland University"),
]

DIFFERENT = [
    ("Labour Party", "Labor Party"),  # different parties, not a spelling
    ("Ministry of Justice", "Ministry of Defence"),
    ("First National Bank", "Second National Bank"),
    ("Office Depot", "Depot Office"),  # no "of": no reordering
    ("Norland Co", "Norland Cooperative"),  # a designator, not a short form
    ("Co-operation Council", "Operation Council"),
]


@pytest.mark.parametrize("a,b", SAME)
def test_variants_meet(a, b):
    assert variant_key(a) == variant_key(b) != ""


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_names_stay_apart(a, b):
    assert variant_key(a) != variant_key(b)


def test_a_leading_acronym_is_spelled_out_only_before_a_name_of_its_own():
    assert canonical_name("UN Security Council") == "United Nations Security Council"
    # Too short to be a body of the organisation; not an acronym in capitals.
    assert canonical_name("UN Women") == "UN Women"
    assert canonical_name("Fed Ex Cargo Co") == "Fed Ex Cargo Co"
    assert canonical_name("Daesh") == "Islamic State"


@pytest.mark.parametrize(
    "row", rows("org_aliases"), ids=lambda r: f"{r['alias']}->{r['canonical']}"
)
def test_every_alias_row_meets_its_canonical_name(row):
    assert variant_key(row["alias"]) == variant_key(row["canonical"])
    # An alias is no other organisation's canonical name.
    canonicals = {r["canonical"] for r in rows("org_aliases")}
    assert row["alias"] not in canonicals


@pytest.mark.parametrize("name", [a for a, _ in SAME + DIFFERENT] + ["", "  ", "&"])
def test_variant_key_is_idempotent_on_its_output(name):
    key = variant_key(name)
    assert variant_key(key) == key


@pytest.mark.parametrize(
    "text,want", [("U.N.", "UN"), ("A & P", "A&P"), ("n.a.t.o", "NATO"), ("", "")]
)
def test_acronym_key(text, want):
    assert acronym_key(text) == want


@pytest.mark.parametrize(
    "name,want",
    [
        ("North Atlantic Treaty Organization", "NATO"),
        ("Party of God", "PG"),
        ("Coastal Fisheries Board", "CFB"),
        ("Reuters", ""),  # one word: no initials
        ("", ""),
    ],
)
def test_initials(name, want):
    assert initials(name) == want


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Fed", True),  # org_aliases: Federal Reserve
        ("Duma", True),  # org_aliases: State Duma
        ("UN", True),  # an acronym
        ("Federal Reserve", False),
        ("Islamic State of Iraq and the Levant", False),  # longer than its canonical
        ("Reuters", False),
        ("Group", True),  # a lone generic head (generic_orgs)
        ("The Standard", True),  # a masthead word (masthead_words)
        ("Evening Standard", False),
        ("Acme Group", False),
        ("", False),
    ],
)
def test_short_names_are_acronyms_aliases_and_lone_generic_heads(name, short):
    assert is_short_name(name) is short


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("United Nations", True),
        ("African Union", True),
        # a hyphened word whole, or by its parts
        ("Inter-American Commission on Human Rights", True),
        ("Asia-Pacific Economic Cooperation", True),
        # a country's or a firm's
        ("Norland Foreign Ministry", False),
        ("Worldly Goods Ltd", False),
        ("", False),
    ],
)
def test_an_international_body_is_named_by_its_reach(name, want):
    assert international_name(name) is want
