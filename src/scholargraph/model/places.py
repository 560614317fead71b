"""Where a meeting was held, as venues are written with it: "Cognitive Computational Neuroscience, Berlin, UK" is
the meeting, then a city and a country. Countries and the states or provinces of a few countries come from ISO 3166
(``pycountry``), so any country is known, not only those of the pages seen so far."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

__all__ = ["is_region", "without_place"]

_STATES_OF = ("US", "CA", "AU", "IN", "CN", "DE", "BR")
"""Countries whose states or provinces are written after a city ("San Diego, CA", "Hyderabad, Telangana")."""
_ALSO = (
    "UK",
    "USA",
    "U.S.A",
    "U.S",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Korea",
    "South Korea",
    "Taiwan",
    "Russia",
    "Iran",
    "Vietnam",
    "The Netherlands",
    "Czech Republic",
    "Turkey",
    "Hong Kong",
    "Macau",
)
_NOT_A_CITY = re.compile(
    r"\d|\b(?:conference|workshop|symposium|meeting|journal|proceedings|society|congress|forum|school|university|"
    r"institute|press|letters|review|transactions|annual|international|national|section|part|series|edition|volume)\b",
    re.IGNORECASE,
)
"""Words of a venue's own name, never of the city it met in."""


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    names: set[str] = set(_ALSO)
    for country in pycountry.countries:
        names |= {country.name, getattr(country, "common_name", country.name), getattr(country, "official_name", country.name)}
    for part in pycountry.subdivisions:
        if part.country_code in _STATES_OF:
            names |= {part.name, part.code.split("-")[1]} if part.country_code in ("US", "CA", "AU") else {part.name}
    return frozenset(name.lower() for name in names)


def is_region(text: str) -> bool:
    """Whether ``text`` names a country, or a state or province written after a city ("Germany", "UK", "CA")."""
    return text.strip(" .").lower() in _regions()


def without_place(venue: str) -> str:
    """A venue without the city and country it met in: "Cognitive Computational Neuroscience, Berlin, UK" →
    "Cognitive Computational Neuroscience"; a venue ending in no country is kept whole."""
    parts = [part.strip() for part in venue.split(",")]
    if len(parts) < 2 or not is_region(parts[-1]):
        return venue
    parts.pop()
    while len(parts) >= 2 and is_region(parts[-1]):
        parts.pop()  # "San Diego, CA, USA": the state, then the city
    last = parts[-1]
    if len(parts) >= 2 and len(last.split()) <= 3 and last[:1].isupper() and not _NOT_A_CITY.search(last):
        parts.pop()
    kept = ", ".join(parts)
    return kept if re.search(r"[^\W\d]{3}", kept) else venue
