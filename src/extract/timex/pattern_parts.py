"""The pieces the time-expression grammar is built from: the ``Pattern`` record and
the regex fragments (word edges, days, years, amounts, clock times) that the calendar,
time-of-day and duration patterns all use, so each is written once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.timex.lexicon import NUMBER_PATTERN as NUMBER
from extract.timex.lexicon import QUANTITY_PATTERN
from extract.timex.lexicon import SPOKEN_YEAR_PATTERN as SPOKEN_YEAR
from extract.timex.lexicon import UNIT_PATTERN as UNIT
from extract.timex.lexicon import WEEKDAY_PATTERN as WEEKDAY

WORD_START = r"(?<![\w])"  # no word character right before
WORD_END = r"(?![\w])"  # no word character right after
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
ANY_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"  # a day the resolver reads again (no group)
# "1985", "nineteen eighty-five", "’84" (an apostrophe year: not "’80s", not a quoted "‘84’")
YEAR = rf"(?P<year>1\d{{3}}|20\d{{2}}|{SPOKEN_YEAR}|['‘’]\d{{2}}(?![\w'‘’%]))"
EDGE = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)"
QUANTITY = QUANTITY_PATTERN
APPROXIMATE = (
    r"(?i:no\s+(?:more|less|fewer)\s+than|more\s+than|less\s+than|fewer\s+than|over|under"
    r"|about|around|nearly|almost|roughly"
    r"|at\s+least|at\s+most|up\s+to|some|approximately|well\s+over)"
)
SPAN_WORD = r"(?i:past|last|next|previous|following|coming|first|final|recent)"
PART_OF_DAY = r"(?i:morning|afternoon|evening|night|lunchtime)"
TIME_ZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET)"
PLURAL_WEEKDAY = rf"{WEEKDAY}s"
PLURAL_PART = r"(?i:mornings|afternoons|evenings|nights)"
COMPOUND_AMOUNT = rf"(?:\s*,?\s*(?i:and\s+)?{NUMBER}\s+(?i:{UNIT}))*"
# "9:15pm", "1.45 a.m.", "noon": a time of the 12-hour clock ("15pm" is none)
CLOCK_TIME = (
    r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))|(?P<named>(?i:noon|midnight|midday)))"
)


@dataclass(frozen=True)
class Pattern:
    """A kind of time expression and its regex (group ``t`` is the expression)."""

    name: str
    regex: re.Pattern[str]


def pattern(name: str, regex: str) -> Pattern:
    """A named pattern, compiled once at import."""
    return Pattern(name, re.compile(regex))
