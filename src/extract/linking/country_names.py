"""The several names of one country ("UK", "U.K.", "Britain") as one key,
so that without a knowledge base they are one discovered entity. The names are data
(clean/lexicons/country_names.txt), general English usage rather than a case's."""

from __future__ import annotations

from functools import cache

from extract.clean.lexicons import read_lexicon
from extract.linking.names import normalize_name


@cache
def _full_names() -> dict[str, str]:
    """Normalised other name -> normalised full name."""
    full_names: dict[str, str] = {}
    for entry in read_lexicon("country_names"):
        full, _, others = entry.partition("=")
        for other in others.split(","):
            full_names[normalize_name(other)] = normalize_name(full)
    return full_names


def country_key(key: str) -> str:
    """The full name of a country for one of its other normalised names; ``key``
    otherwise."""
    return _full_names().get(key, key)


def leading_country_key(key: str) -> str:
    """``key`` with a country's other name opening it written as the full name ("u s
    army" and "united states army" alike); the longest such opening wins."""
    words = key.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        opening = " ".join(words[:size])
        full = _full_names().get(opening)
        if full is not None:
            return " ".join([full, *words[size:]])
    return key
