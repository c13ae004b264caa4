"""Time words inside a title: a programme or a film named by capitalized time words
("the broadcaster's This Week", "a CBS 60 Minutes interview", "the film High Noon",
"the presenters of This Morning", "the Annual General Meeting") names a work or an
event, not a time. In running text a time word is written in lower case, so a
capitalized one after the sentence's first word marks a name, at once where another
Capitalised word follows it; a headline, whose every word is capitalized, tells
nothing and keeps its expressions."""

from __future__ import annotations

import re

from extract.timex.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from extract.timex.tense import sentence_bounds

_CAPITALIZED_TIME_WORD = re.compile(
    r"\b(?:Week|Weeks|Weekend|Minutes?|Hours?|Days?|Months?|Years?|Noon|Midnight|Tonight|Today"
    r"|Morning|Afternoon|Evening|Night|Annual|Quarterly)\b"
)
_WORD = re.compile(r"[A-Za-z][a-z'’]{3,}")
# "the Evening Standard Theatre Awards", "the Morning Lagos Show": a Capitalised word right after
# the time word (a weekday or a month there is a date: "Tuesday Evening, March 3")
_NAME_GOES_ON = re.compile(rf"\s+(?!{WEEKDAY_PATTERN}|{MONTH_PATTERN})[A-Z][a-z]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]+\b")


def in_title(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a capitalized time word that is not the first word
    of a sentence written in lower case?"""
    if not _CAPITALIZED_TIME_WORD.search(text, start, end):
        return False  # most expressions: no sentence to look at
    left, right = sentence_bounds(text, start, end)
    first_word = re.match(r"[\s\"“‘'`(•·▪*–—-]*", text[left:right])  # quotes, list bullets
    sentence_start = left + (first_word.end() if first_word else 0)
    capitalized = [
        found
        for found in _CAPITALIZED_TIME_WORD.finditer(text, start, end)
        if found.start() != sentence_start
    ]
    if not capitalized:
        return False
    if capitalized[-1].end() == end and _NAME_GOES_ON.match(text, end):
        # the name runs on past the expression: a name, in any sentence not all in
        # capitals (a Title Case headline keeps its expressions)
        return any(
            word.end() <= start or word.start() >= end
            for word in _LOWER_WORD.finditer(text, left, right)
        )
    # the words around the expression: in running text most are in lower case, in a
    # title-case headline ("Pumps Fixed After 33 Years Of Use") none is
    words = [
        word.group()
        for word in _WORD.finditer(text, left, right)
        if word.end() <= start or word.start() >= end
    ]
    lower = sum(1 for word in words if word[0].islower())
    return lower >= max(2, len(words) // 2)
