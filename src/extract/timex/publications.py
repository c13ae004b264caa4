"""Newspapers named by a time word: "the Sunday Times", "the Sunday Telegraph", "the
Evening Standard", "the Morning Star". The weekday or part of the day opens the
paper's name; it is no time. The time-expression grammar leaves it out and the
entity stage makes the name an organisation, which the small model misses or cuts
("the Sunday" ORG, "Times" ORG; "Sunday" DATE).

A name is "the", a weekday or "Evening"/"Morning", and one Capitalised word that is
no title of a person ("the Sunday Mr Okafor chose") nor another time word ("the
Sunday Morning"); a further Capitalised word makes a longer name this does not read
("the Evening Standard Theatre Awards"), unless it is a title ("the Sunday Times Mr
Okafor", where the paper's name ends before "Mr").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.clean.lexicons import read_lexicon
from extract.timex.lexicon import WEEKDAY_PATTERN

_TITLES = frozenset(read_lexicon("titles"))
_TIME_WORDS = frozenset({"morning", "afternoon", "evening", "night", "week", "weekend"})
_NAME = re.compile(
    rf"\b[Tt]he (?P<name>(?:{WEEKDAY_PATTERN}|Evening|Morning) (?P<word>[A-Z][a-z]+))\b"
    r"(?: (?P<next>[A-Z][\w.]*))?"
)


def publication_names(text: str) -> list[tuple[int, int]]:
    """The spans of the newspapers' names of ``text``, in order."""
    names = []
    for found in _NAME.finditer(text):
        word = found.group("word").lower()
        if word in _TITLES or word in _TIME_WORDS:
            continue
        following = found.group("next")
        if following is not None and following.rstrip(".").lower() not in _TITLES:
            continue  # a longer name ("the Evening Standard Theatre Awards")
        names.append(found.span("name"))
    return names


def is_publication_name(name: str) -> bool:
    """Is ``name`` ("Sunday Times") a newspaper's name as publication_names reads it?"""
    return publication_names(f"the {name}") == [(4, 4 + len(name))]


def in_publication(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``[start, end)`` overlap one of the names ("the Evening" of "the Evening
    Standard")?"""
    index = bisect_left(names, (end, end)) - 1  # the last name opening before ``end``
    return index >= 0 and start < names[index][1]  # names never overlap one another
