"""The reference times a document's relative expressions resolve against.

``dct`` is the document creation time (deictic expressions: "last year", "today").
``anchor`` is the most recent explicit date of the narrative, kept at the
precision the text gave it ("On January 19" after "January 14, 2010").
``quarter`` is the fiscal quarter the text is reporting on, while no other
date has intervened: earnings news compares it with "a year earlier".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    """A calendar point known to some precision: year, year-month or year-month-day."""

    year: int
    month: int | None = None
    day: int | None = None

    def value(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    @classmethod
    def of(cls, day: dt.date) -> Point:
        return cls(day.year, day.month, day.day)


@dataclass
class Clock:
    """Reference times while a document is read from start to end."""

    dct: dt.date | None
    anchor: Point | None = None
    quarter: tuple[int, int] | None = None  # (year, 1-4)

    def deictic_base(self) -> dt.date | None:
        return self.dct


def padded(point: Point) -> str:
    """A point as a full date value, unknown parts as X: 1984-08-XX."""
    month = f"{point.month:02d}" if point.month else "XX"
    day = f"{point.day:02d}" if point.day else "XX"
    return f"{point.year:04d}-{month}-{day}"
