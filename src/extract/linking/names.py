"""Name normalisation shared by the NER patterns, candidate generation and linking.

Case, diacritics (Müller/Mueller), quote and apostrophe variants, no-break spaces
and a trailing possessive do not make two names different.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "'’´`ʼ‘"
_QUOTES = str.maketrans({char: "" for char in '"“”„«»' + "‘"})
_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s?$")
_GERMAN = str.maketrans(
    {"ö": "oe", "ü": "ue", "ä": "ae", "ß": "ss", "Ö": "Oe", "Ü": "Ue", "Ä": "Ae"}
)


def strip_possessive(name: str) -> str:
    """ "Carter’s" -> "Carter", "Agnes'" -> "Agnes"."""
    return _POSSESSIVE.sub("", name)


def fold_diacritics(text: str) -> str:
    """ASCII letters for accented ones; German umlauts as their two-letter spelling."""
    text = text.translate(_GERMAN)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=1 << 17)
def normalize_name(name: str) -> str:
    """The comparison key of a name: folded, lower case, no quotes, single spaces (cached:
    linking asks for the keys of the same few thousand names again and again)."""
    name = strip_possessive(" ".join(name.split()))
    name = fold_diacritics(name).translate(_QUOTES).lower()
    name = re.sub(r"\s*\.\s*", ". ", name)  # "J.E." and "J. E." alike
    return " ".join(name.replace(".", "").split())
