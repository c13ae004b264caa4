"""Acronyms and initialisms of multi-word names: "LWA" of "Lagos Water Agency", "N.W.C."
of "National Water Council", "MoD" of "Ministry of Defence".

A pure string test (Schwartz and Hearst's idea of matching an abbreviation's
letters to its long form, reduced to word initials): the letters of the short
form are the first letters of the long form's words, with or without its small
words ("of", "for", "and").
"""

from __future__ import annotations

import re

from extract.linking.names import normalize_name

_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "de", "du", "la"})
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}\.?){2,8}$|^(?:[A-Z]\.){2,8}$")
_MIN_WORDS = 2


def acronym_key(text: str) -> str | None:
    """The lower-case letters of a written acronym ("N.W.C." -> "nwc", "MoD" -> "mod"), or
    None when the text does not look like one (one word, mostly capitals)."""
    compact = text.strip()
    if not _ACRONYM.match(compact) or sum(c.isupper() for c in compact) < 2:
        return None
    return compact.replace(".", "").lower()


def initials(name: str) -> set[str]:
    """The acronyms a multi-word name can have: its words' first letters with and
    without its small words; empty for a one-word name."""
    words = re.split(r"[\s-]+", normalize_name(name))
    words = [word for word in words if word]
    if len(words) < _MIN_WORDS:
        return set()
    every = "".join(word[0] for word in words)
    content = "".join(word[0] for word in words if word not in _SMALL_WORDS)
    return {key for key in (every, content) if len(key) >= _MIN_WORDS}


def is_acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` is written as an acronym of the multi-word ``name``."""
    key = acronym_key(short)
    return key is not None and key in initials(name)
