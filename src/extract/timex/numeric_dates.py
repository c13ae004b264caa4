"""Numeric dates ("24/01/2019", "24.1.2019", "1/24/19"): which number is the day.

A document that writes one numeric date only one way reading it ("24/01/2019": there
is no 24th month) decides the order of all of them. Where none decides, a dotted date
is day first, as the countries that write dots do; a slashed or hyphenated one
follows the ``dates.day_first`` setting (month first by default, as US news and
TimeBank write them). Dots and hyphens need a four-digit year: "1.2.19" is a
section number far more often than a date.
"""

from __future__ import annotations

import datetime as dt
import re

from extract.timex.clock import Clock, Point
from extract.timex.lexicon import expand_two_digit_year
from extract.timex.normalize import Resolution, Resolved, Resolver

NUMERIC_DATE_PATTERN = (
    r"(?<![\w./:-])(?P<t>(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d{2}|\d{2}))(?![\w/-]|[.:]\d)"
)
_NUMERIC_DATE = re.compile(NUMERIC_DATE_PATTERN)


def document_day_first(text: str) -> bool | None:
    """True (day first) or False when the document's numeric dates can be read only that
    way; None when none decides or they disagree."""
    votes = set()
    for match in _NUMERIC_DATE.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        if first > 12 >= second:
            votes.add(True)
        elif second > 12 >= first:
            votes.add(False)
    return votes.pop() if len(votes) == 1 else None


def _numeric_date(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    separator, year_text = match.group("sep"), match.group("year")
    if separator != "/" and len(year_text) == 2:
        return []
    first, second = int(match.group("first")), int(match.group("second"))
    day_first = clock.document_day_first
    if day_first is None:
        day_first = separator == "." or clock.conventions.day_first
    day, month = (first, second) if day_first else (second, first)
    year = int(year_text)
    if len(year_text) == 2:
        year = expand_two_digit_year(year, clock.reference_year())
    try:
        dt.date(year, month, day)
    except ValueError:
        return []  # "31/31/2019", "0.5.2019": not a date
    point = Point(year, month, day)
    return [("t", Resolution("DATE", point.value(), "day", "absolute", point))]


RESOLVERS: dict[str, Resolver] = {"numeric_date": _numeric_date}
