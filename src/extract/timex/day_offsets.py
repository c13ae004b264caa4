"""A day counted from a named date: "the day before last Tuesday", "the day after
March 3". The whole phrase is one DATE, the named day moved by one (as TimeBank
writes "day before last Tuesday"); "the day before the hearing" names no date and
stays out."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from extract.timex.clock import Point
from extract.timex.normalize import Resolution

# "the" right before "day": "every day after March 3", "the seventh day after" are not it
_DAY_BEFORE_OR_AFTER = re.compile(r"(?i)(?<![\w-])the\s+day\s+(?P<side>before|after)\s+$")
_PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOOK_BACK = 20  # characters: "the day before " and some spacing


def counted_day(
    text: str, start: int, resolution: Resolution, *, floor: int = 0
) -> tuple[int, Resolution] | None:
    """The start and resolution of "the day before/after <date>" when the words before
    the date at ``start`` say so and the date names one day; None otherwise. The words
    must lie after ``floor`` (where the expression before ends), so spans never overlap."""
    day = resolution.point.as_date() if resolution.point is not None else None
    if day is None or resolution.type != "DATE" or not _PLAIN_DAY.fullmatch(resolution.value):
        return None
    words = _DAY_BEFORE_OR_AFTER.search(text, max(floor, start - _LOOK_BACK), start)
    if words is None:
        return None
    moved = day + dt.timedelta(days=-1 if words.group("side").lower() == "before" else 1)
    return words.start(), replace(resolution, value=moved.isoformat(), point=Point.of(moved))
