"""A month's name that the document uses as a person's surname ("Ada May", "Mrs
June"): alone, not after a word that introduces a time ("in May", "last June"), it is
the person ("May told reporters"), not the month. One pass finds the surnames; each
month alone then costs a look-back of a few characters.
"""

from __future__ import annotations

import re

from extract.linking.person_names import is_known_given_name
from extract.timex.lexicon import MONTHS

_FULL_MONTHS = "|".join(
    name.capitalize() for name, number in MONTHS.items() if len(name) > 3 or name == "may"
)
_NAMED = re.compile(rf"\b(Mrs?|Ms|Miss|Dr|[A-Z][a-z]+)\.?[ \t]+({_FULL_MONTHS})\b(?![ \t]*\d)")
_TIME_WORD_BEFORE = re.compile(
    r"(?i)\b(?:in|on|by|since|until|till|through|during|from|to|of|last|next|this|that"
    r"|early|mid|late|each|every|before|after|between|and|or)[ \t]*[-–]?[ \t]*$"
)
_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr"}


def month_surname_names(text: str) -> list[tuple[int, int, int]]:
    """(start, month start, end) of each month name written as a surname, after a
    personal title ("Mrs May": start is the month's) or a known given name ("Ada
    May": start is the given name's)."""
    names = []
    for found in _NAMED.finditer(text):
        before, month = found.group(1), found.span(2)
        if before in _TITLES:
            names.append((month[0], *month))
        elif is_known_given_name(before) and before.lower() not in MONTHS:
            names.append((found.start(1), *month))
    return names


def month_surnames(text: str) -> frozenset[str]:
    """The month names the text writes after a personal title or a known given name."""
    return frozenset(text[start:end] for _, start, end in month_surname_names(text))


def names_the_person(text: str, start: int, end: int, surnames: frozenset[str]) -> bool:
    """``text[start:end]`` is a month alone that the document uses as a surname, with no
    word before it that introduces a time."""
    word = text[start:end]
    return word in surnames and _TIME_WORD_BEFORE.search(text, max(0, start - 12), start) is None
