"""First-level regions of every country by their English names, from the
countrystatecity-countries package (the countries-states-cities database).

ISO 3166-2, as pycountry holds it, names a subdivision in its own language
("Bayern", "Lombardia", "Guangdong Sheng"), so the gazetteer knew neither
Bavaria nor Lombardy nor Guangdong, and "the governor of Bavaria" named no
country. This database names them in English. Only a country's first-level
divisions are read (states, provinces, regions, governorates, oblasts and their
like: `STATE_TYPES`, `REGION_TYPES`), not its districts, municipalities,
parishes or atolls, whose names are often words or people's ("Michael", "Rose",
"Line"); nor is a name English writes mostly in lower case ("Capital",
"Insular": `lang.casing`).
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.lang.casing import is_common_word

# Types of division that are a state of a federation or a province.
STATE_TYPES = frozenset(
    {
        "state",
        "province",
        "land",
        "autonomous community",
        "autonomous region",
        "republic",
        "autonomous republic",
        "special administrative region",
    }
)
# Other first-level divisions.
REGION_TYPES = frozenset(
    {
        "region",
        "administrative region",
        "governorate",
        "oblast",
        "krai",
        "prefecture",
        "county",
        "department",
        "canton",
        "voivodship",
        "division",
        "emirate",
        "autonomous province",
        "federal district",
        "capital district",
        "union territory",
    }
)


def regions() -> Iterator[tuple[str, str, str]]:
    """(English name, "state" or "region", ISO 3166-1 alpha-2 code of its
    country) of each first-level division (module doc)."""
    # Imported here: the gazetteer is built once and kept on disk
    # (`table_cache`), so most processes never load the package.
    from countrystatecity_countries import get_countries, get_states_of_country

    for country in get_countries():
        for division in get_states_of_country(country.iso2):
            kind = (division.type or "").strip().lower()
            if kind in STATE_TYPES:
                kind = "state"
            elif kind in REGION_TYPES:
                kind = "region"
            else:
                continue
            if division.name and not is_common_word(division.name):
                yield division.name, kind, country.iso2
