"""Named days of the calendar ("Thanksgiving Day", "Christmas Eve") and their date in a year.

A holiday is either fixed (a month and day) or moving (the n-th weekday of a
month, or an offset from Easter Sunday, computed with the anonymous Gregorian
algorithm). The names are general English (US and UK usage), not any corpus's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Holiday:
    month: int
    day: int | None = None  # fixed day of the month
    weekday: int | None = None  # ISO weekday (1 = Monday) of a moving holiday...
    nth: int = 0  # ...its n-th occurrence in the month (-1: the last)
    after_easter: int | None = None  # days after Easter Sunday
    day_after: int = 0  # days after the n-th weekday (Election Day: the Monday, plus one)

    def date_in(self, year: int) -> dt.date:
        if self.after_easter is not None:
            return easter_sunday(year) + dt.timedelta(days=self.after_easter)
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        assert self.weekday is not None
        return _nth_weekday(year, self.month, self.weekday, self.nth) + dt.timedelta(
            days=self.day_after
        )


HOLIDAYS: dict[str, Holiday] = {
    "new year's day": Holiday(1, 1),
    "new year's eve": Holiday(12, 31),
    "valentine's day": Holiday(2, 14),
    "st. patrick's day": Holiday(3, 17),
    "good friday": Holiday(3, after_easter=-2),
    "easter": Holiday(3, after_easter=0),
    "easter sunday": Holiday(3, after_easter=0),
    "easter monday": Holiday(3, after_easter=1),
    "memorial day": Holiday(5, weekday=1, nth=-1),
    "independence day": Holiday(7, 4),
    "the fourth of july": Holiday(7, 4),
    "labor day": Holiday(9, weekday=1, nth=1),
    "halloween": Holiday(10, 31),
    "election day": Holiday(11, weekday=1, nth=1, day_after=1),
    "veterans day": Holiday(11, 11),
    "armistice day": Holiday(11, 11),
    "thanksgiving": Holiday(11, weekday=4, nth=4),
    "thanksgiving day": Holiday(11, weekday=4, nth=4),
    "christmas": Holiday(12, 25),
    "christmas day": Holiday(12, 25),
    "christmas eve": Holiday(12, 24),
    "boxing day": Holiday(12, 26),
}
# Longest names first, so "Christmas Eve" wins over "Christmas".
HOLIDAY_PATTERN = (
    "(?:"
    + "|".join(
        name.replace(".", r"\.").replace(" ", r"\s+").replace("'", "['’]")
        for name in sorted(HOLIDAYS, key=len, reverse=True)
    )
    + ")"
)


def holiday(name: str) -> Holiday:
    return HOLIDAYS[" ".join(name.lower().replace("’", "'").split())]


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        offset = (weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (nth - 1))
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
