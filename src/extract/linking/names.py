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


# A company's legal form and the joining words of a long name: "Kano Mills Ltd" is Kano
# Mills, "the Society for Kano Arts" the Society of Kano Arts (OrthoMatcher's
# corporate designators, as GATE ANNIE strips them).
_LEGAL_FORMS = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "llc"}
)
_JOINING_WORDS = frozenset({"of", "for", "and", "&", "the"})


def organisation_key(key: str) -> str:
    """The comparison key of an organisation's normalised name: without a trailing legal
    form, a trailing "party" ("labour party" is "labour") and the joining words; the key
    itself when nothing else would be left."""
    words = key.split()
    while len(words) > 1 and words[-1] in _LEGAL_FORMS | {"party"}:
        words.pop()
    kept = [word for word in words if word not in _JOINING_WORDS]
    return " ".join(kept) if kept else key


_DIRECTION_AFTER_NUMBER = re.compile(r"(?<=\d) (?:n|s|e|w|ne|nw|se|sw)$")


def facility_key(key: str) -> str:
    """The comparison key of a facility's normalised name: a road's direction after its
    number is the way one travels it, not another road ("highway 12 se" is highway 12)."""
    return _DIRECTION_AFTER_NUMBER.sub("", key)
