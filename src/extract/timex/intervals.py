"""The calendar interval a TIMEX3 DATE value covers, for date_start/date_end."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def calendar_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period ``value`` names, or None when it names none."""
    try:
        return _interval(value)
    except ValueError:
        return None


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = dt.date(*map(int, match.groups()))
        return day, day
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, match.groups())
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := re.fullmatch(r"(\d{4})", value):
        year = int(match.group(1))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if match := re.fullmatch(r"(\d{3})", value):
        decade = int(match.group(1)) * 10
        return dt.date(decade, 1, 1), dt.date(decade + 9, 12, 31)
    if match := re.fullmatch(r"(\d{2})", value):
        century = int(match.group(1)) * 100
        return dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31)
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, season = int(match.group(1)), match.group(2)
        first, last = _SEASON_MONTHS[season]
        end_year = year + 1 if season == "WI" else year
        return dt.date(year, first, 1), dt.date(
            end_year, last, calendar.monthrange(end_year, last)[1]
        )
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, quarter = int(match.group(1)), int(match.group(2))
        first, last = 3 * quarter - 2, 3 * quarter
        return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    if match := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        year, week = int(match.group(1)), int(match.group(2))
        monday = dt.date.fromisocalendar(year, week, 1)
        if match.group(3):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    return None
