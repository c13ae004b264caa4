"""Resolve a matched time expression to a TIMEX3 type and value.

Absolute dates go through dateparser (``DateDataParser.get_date_data``), keeping
only the parts the text states: "August 1984" is 1984-08, never a day of it.
Relative expressions resolve HeidelTime-style: deictic ones ("last year",
"two days ago") against the document creation time, anaphoric ones ("the same
year", "January 19", "that night") against the narrative anchor; what neither
decides gets PRESENT_REF/PAST_REF/FUTURE_REF or X placeholders, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser

from extract.timex.clock import Clock, Point
from extract.timex.durations import singular
from extract.timex.lexicon import MONTHS, ORDINAL_WORDS, PARTS_OF_DAY, SEASONS, WEEKDAYS


@dataclass(frozen=True)
class Resolution:
    """TIMEX3 type and value, with how it was resolved (``anchor``) and its precision."""

    type: str
    value: str
    granularity: str | None
    anchor: str  # absolute, dct, narrative or unresolved
    point: Point | None = None  # the calendar point it names, to move the narrative anchor


_PARSER = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


# A resolver's answer: (regex group of the span, or the span itself, its resolution)
# per expression found.
Resolved = list[tuple[str | tuple[int, int], Resolution]]


# Reads one grammar match in its text against the reference times.
Resolver = Callable[[re.Match[str], Clock, str], Resolved]


@lru_cache(maxsize=65536)
def parse_absolute(text: str) -> dt.date | None:
    """dateparser's reading of an absolute date text (cached: dateparser is slow)."""
    data = _PARSER.get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def absolute_point(text: str, year: int | None, month: int | None, day: int | None) -> Point | None:
    """The stated parts of an absolute date, dateparser first, the matched groups as fallback."""
    parsed = parse_absolute(text) if year is not None else None
    if parsed is not None and parsed.year == year:
        return Point(parsed.year, parsed.month if month else None, parsed.day if day else None)
    if year is None:
        return None
    return Point(year, month, day)


# A candidate on the side the tense does not point to counts as this many times farther
# (measured on TimeBank/AQUAINT: news names past months and, even more, past weekdays).
MONTH_TENSE_PENALTY = 4
WEEKDAY_TENSE_PENALTY = 7


def nearest_occurrence(
    reference: dt.date, candidates: list[dt.date], *, future: bool, penalty: int
) -> dt.date:
    """The candidate closest to ``reference``, preferring the past (or, if ``future``, ahead)."""

    def cost(day: dt.date) -> int:
        distance = (day - reference).days
        against_tense = distance > 0 if not future else distance < 0
        return abs(distance) * (penalty if against_tense else 1)

    return min(candidates, key=cost)


def resolve_month_day(
    clock: Clock, month: int, day: int | None, *, tense: str | None = None, since: bool = False
) -> Resolution:
    """A date without a year: in news, its occurrence nearest the DCT, biased by the
    ``tense`` of its clause ("future", "past" or None); in an undated text, the anchor's
    year, unless the anchor was told in another tense ("won gold in 2000 ... is due to
    face trial in March": the trial's year is not 2000; see Clock.anchor_told_otherwise).
    ``since`` ("since March") takes the latest occurrence begun by the DCT."""
    future = tense == "future"
    granularity = "day" if day else "month"
    if clock.dct is not None:
        years = (clock.dct.year - 1, clock.dct.year, clock.dct.year + 1)
        if since:  # the latest year whose month (or day) had begun by the DCT
            begun = [
                year
                for year in years
                if (first := _begins(year, month, day)) and first <= clock.dct
            ]
            if begun:
                point = Point(max(begun), month, day)
                return Resolution("DATE", point.value(), granularity, "dct", point)
        candidates = []
        for year in years:
            try:
                candidates.append(dt.date(year, month, day or 15))
            except ValueError:
                continue
        if candidates:
            chosen = nearest_occurrence(
                clock.dct, candidates, future=future, penalty=MONTH_TENSE_PENALTY
            )
            point = Point(chosen.year, month, day)
            return Resolution("DATE", point.value(), granularity, "dct", point)
    if clock.anchor is not None and not clock.anchor_told_otherwise(tense):
        point = Point(clock.anchor.year, month, day)
        return Resolution("DATE", point.value(), granularity, "narrative", point)
    return unresolved_month_day(month, day)


def _begins(year: int, month: int, day: int | None) -> dt.date | None:
    """The first day of ``month`` of ``year``, or the day itself; None for a day the
    year does not have (29 February)."""
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None


def unresolved_month_day(month: int, day: int | None) -> Resolution:
    """A month (and day) whose year nothing decides: XXXX-MM(-DD), never a guessed year."""
    value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
    return Resolution("DATE", value, "day" if day else "month", "unresolved")


def shift(point: Point, unit: str, amount: int) -> Point:
    """``point`` moved by ``amount`` units, keeping the precision the unit implies."""
    unit = singular(unit)
    if unit in ("year", "decade", "century"):
        years = amount * {"year": 1, "decade": 10, "century": 100}[unit]
        return Point(point.year + years)
    if unit in ("month", "quarter"):
        months = amount * (3 if unit == "quarter" else 1)
        total = point.year * 12 + (point.month or 1) - 1 + months
        return Point(total // 12, total % 12 + 1)
    base = point.as_date()
    if base is None:
        return Point(point.year, point.month)
    days = amount * {"week": 7, "day": 1, "fortnight": 14}.get(unit, 0)
    return Point.of(base + dt.timedelta(days=days))


def week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def weekday_date(base: dt.date, weekday: int, relation: str | None, *, future: bool) -> dt.date:
    """The named weekday: explicit "last"/"next", else the nearest one, biased by tense."""
    before = base - dt.timedelta(days=(base.isoweekday() - weekday) % 7)
    after = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7)
    if relation == "next":
        return after if after != base else base + dt.timedelta(days=7)
    if relation == "last":
        return before if before != base else base - dt.timedelta(days=7)
    return nearest_occurrence(base, [before, after], future=future, penalty=WEEKDAY_TENSE_PENALTY)


def part_of_day_code(word: str) -> str:
    return PARTS_OF_DAY[word.lower()]


def season_code(word: str) -> str:
    return SEASONS[word.lower()]


def ordinal(word: str) -> int:
    return ORDINAL_WORDS[word.lower()]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]
