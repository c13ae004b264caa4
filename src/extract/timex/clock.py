"""The reference times a document's relative expressions resolve against.

``dct`` is the document creation time (deictic expressions: "last year", "today").
``anchor`` is the most recent explicit date of the narrative, kept at the
precision the text gave it ("On January 19" after "January 14, 2010").
``quarter`` is the fiscal quarter the text is reporting on, while no other
date has intervened: earnings news compares it with "a year earlier".
``passage`` is the time the current passage is set at ("In August 1984, ..."),
which a narrative's underspecified expressions take (extract.timex.narrative).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from extract.timex.conventions import ANNOTATION_CONVENTIONS, TimexConventions


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


@dataclass(frozen=True)
class PassageTime:
    """The last explicit date of the text, and whether it sets a scene ("In August
    1984, ...", "On 30 March 1985") rather than naming a background fact ("the 1985
    murders", "since 1981")."""

    point: Point
    setting: bool
    position: int  # where the date ends in the text


@dataclass
class Clock:
    """Reference times while a document is read from start to end, and the conventions
    its dates are written in."""

    dct: dt.date | None
    anchor: Point | None = None
    anchor_tense: str | None = None  # "future" or "past": how the anchor's own clause speaks
    quarter: tuple[int, int] | None = None  # (year, 1-4)
    passage: PassageTime | None = None
    conventions: TimexConventions = field(default=ANNOTATION_CONVENTIONS)
    document_day_first: bool | None = None  # what the document's own numeric dates decide
    present_marks: tuple[int, ...] = ()  # where the text speaks in the present, in order
    day_mention: tuple[int, dt.date] | None = None  # where the last date with a day ends, and it
    # the value of the last date at a day's precision, known or not ("XXXX-WXX-3" on an
    # undated page): the day a clock time of an undated document is on
    day_value: str | None = None

    def deictic_base(self) -> dt.date | None:
        return self.dct

    def anchor_told_otherwise(self, tense: str | None) -> bool:
        """Does the anchor's year not fit an expression told in ``tense``? A plan takes
        only the year of a date also told as ahead; the present (or no verb the markers
        know), none told in the past; the past, any but a forecast's."""
        if tense == "future":
            return self.anchor_tense != "future"
        if tense is None:
            return self.anchor_tense == "past"
        return self.anchor_tense == "future"

    def reference_year(self) -> int | None:
        """The year a two-digit year ("’84", "1/24/19") is read near."""
        if self.dct is not None:
            return self.dct.year
        return self.anchor.year if self.anchor is not None else None


# A value at the precision of a day: 2023-07-11, XXXX-07-11, XXXX-WXX-3 (not XXXX-XX-XX)
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX)-[1-7])")


def is_day_value(value: str) -> bool:
    """Does the DATE value ``value`` name one day, even one of an unknown week or year?"""
    return _DAY_VALUE.fullmatch(value) is not None and value != "XXXX-XX-XX"


def padded(point: Point) -> str:
    """A point as a full date value, unknown parts as X: 1984-08-XX."""
    month = f"{point.month:02d}" if point.month else "XX"
    day = f"{point.day:02d}" if point.day else "XX"
    return f"{point.year:04d}-{month}-{day}"
