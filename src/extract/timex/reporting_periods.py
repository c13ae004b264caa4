"""Quarters and reporting periods of earnings news: the quarter being reported on is
tracked, so "the year-ago quarter" and "a year earlier" are that quarter a year back."""

from __future__ import annotations

import re

from extract.timex.calendar_dates import resolve_year
from extract.timex.candidates import Candidate
from extract.timex.clock import Clock, Point
from extract.timex.lexicon import MONTH_PATTERN, year_number
from extract.timex.normalize import (
    Resolution,
    Resolved,
    Resolver,
    month_number,
    ordinal,
)
from extract.timex.tense import sentence_bounds

_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def track_quarter(clock: Clock, candidate: Candidate, resolution: Resolution) -> None:
    """Remember the quarter being reported on; any other calendar date ends it.
    A comparison ("a year earlier", "the year-ago quarter") does not change it."""
    quarter = _QUARTER_VALUE.match(resolution.value)
    if quarter:
        relation = (candidate.match.groupdict().get("rel") or "").lower()
        reported = (int(quarter.group(1)), int(quarter.group(2)))
        if (
            candidate.pattern.name in _REPORTED_QUARTERS
            and relation not in ("year-earlier", "year-ago")
            and not _not_reported(clock, candidate, reported)
        ):
            clock.quarter = reported
    elif (
        resolution.type == "DATE"
        and resolution.point is not None
        and not _keeps_quarter(clock, candidate, resolution.point)
    ):
        text, start = candidate.match.string, candidate.match.start("t")
        if not _PERIOD_BOUND_BEFORE.search(text, max(0, start - 12), start):
            clock.quarter = None


def _keeps_quarter(clock: Clock, candidate: Candidate, point: Point) -> bool:
    """Does a date at ``point`` leave the quarter reported on as it is? The day results
    are reported on or a later one ("NEW YORK, May 4 (Reuters) -", "reported ... on
    Tuesday") does, and so does the full year the quarter is part of ("its full-year
    sales growth", "sales for the full year")."""
    if candidate.pattern.name == "the_year" and "full" in candidate.match.group("t").lower():
        return True
    day = point.as_date()
    return clock.dct is not None and day is not None and day >= clock.dct


def _not_reported(clock: Clock, candidate: Candidate, quarter: tuple[int, int]) -> bool:
    """Is ``quarter`` named without being the one reported on? One not begun by the DCT
    is a forecast ("losses through the third quarter of 1990"); a numbered one before
    the quarter being reported on is background ("posted a gain in third-quarter net
    ... After a flat second quarter"). A company's own fiscal count ("its fiscal second
    quarter ended Sept. 30") and "the latest quarter" name the reported one."""
    match = candidate.match
    if "fiscal" in match.group("t").lower():
        return False  # a company's own count runs ahead of the calendar's
    begins = (quarter[0], 3 * quarter[1] - 2)
    if clock.dct is not None and begins > (clock.dct.year, clock.dct.month):
        return True
    if clock.quarter is None or quarter >= clock.quarter or not match.groupdict().get("ordinal"):
        return False
    return not _ENDED_MONTH.match(match.string, match.end("t"))


# "the quarter ended Sept. 30": the date that closes the period reported on keeps it
_PERIOD_BOUND_BEFORE = re.compile(r"(?i)\b(?:ended|ending|through)\s+$")


def _quarter(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    relation = (match.group("rel") or "").lower()
    number = ordinal(match.group("ordinal")) if match.group("ordinal") else None
    year_text = match.group("year") or match.group("lead_year")
    if year_text or match.group("year_rel"):
        if year_text:
            year, anchor = year_number(year_text, reference_year=clock.reference_year()), "absolute"
        elif clock.dct is not None:
            steps = {"last": -1, "this": 0, "next": 1}[match.group("year_rel").lower()]
            year, anchor = clock.dct.year + steps, "dct"
        else:
            return [("t", Resolution("DATE", f"XXXX-Q{number or 'X'}", "quarter", "unresolved"))]
        if number is None and clock.quarter is not None:
            number = clock.quarter[1]  # "the 1988 quarter" beside "the third quarter"
        value = f"{year}-Q{number}" if number else f"{year}-QX"
        return [("t", Resolution("DATE", value, "quarter", anchor))]
    ended = _ENDED_MONTH.match(text, match.end("t"))
    if ended and number is None and relation in ("", "latest", "last", "fiscal", "current"):
        return [("t", _quarter_ended(clock, month_number(ended.group("month"))))]
    if (
        clock.quarter is not None
        and number is None
        and relation in ("", "same", "year-earlier", "year-ago")
    ):
        # "the quarter", "the same quarter": the one being reported on.
        year, reported = clock.quarter
        if relation in ("year-earlier", "year-ago"):
            year -= 1
        return [("t", Resolution("DATE", f"{year}-Q{reported}", "quarter", "narrative"))]
    base = clock.dct or (clock.anchor.as_date() if clock.anchor else None)
    if base is None:
        return [("t", Resolution("DATE", f"XXXX-Q{number or 'X'}", "quarter", "unresolved"))]
    # An unnumbered quarter is the last completed one, as earnings reports use it.
    completed = (base.month - 1) // 3
    year = base.year if completed else base.year - 1
    reported = completed or 4
    if number is None:
        number = reported + 1 if relation == "current" and reported < 4 else reported
    if relation in ("year-earlier", "year-ago"):
        year -= 1
    anchor = "dct" if clock.dct else "narrative"
    return [("t", Resolution("DATE", f"{year}-Q{number}", "quarter", anchor))]


_REPORTED_QUARTERS = frozenset({"quarter", "quarter_code"})


def _quarter_code(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "Q3 2021": that quarter; a bare "Q1": the DCT year's, or the year before if
    that quarter has not begun by the DCT (news reports quarters past)."""
    number = int(match.group("number"))
    year_text = match.group("year") or match.group("lead_year")
    if year_text:
        year = year_number(year_text, reference_year=clock.reference_year())
        return [("t", Resolution("DATE", f"{year}-Q{number}", "quarter", "absolute"))]
    if clock.dct is None:
        return [("t", Resolution("DATE", f"XXXX-Q{number}", "quarter", "unresolved"))]
    begun = (clock.dct.month - 1) // 3 + 1 >= number
    year = clock.dct.year if begun else clock.dct.year - 1
    return [("t", Resolution("DATE", f"{year}-Q{number}", "quarter", "dct"))]


# "the quarter ended Sept. 30": a reporting quarter named by its last month
_ENDED_MONTH = re.compile(rf"\s+(?:ended|ending)\s+(?P<month>{MONTH_PATTERN})")


def _quarter_ended(clock: Clock, month: int) -> Resolution:
    """The calendar quarter holding most of the three months that end with ``month``
    ("ended July 31": May to July, Q2), in the last such month before the DCT."""
    middle = (month - 2) % 12 + 1
    number = (middle - 1) // 3 + 1
    if clock.dct is None:
        return Resolution("DATE", f"XXXX-Q{number}", "quarter", "unresolved")
    year = clock.dct.year if month <= clock.dct.month else clock.dct.year - 1
    if middle > month:  # "ended Jan. 31": November to January
        year -= 1
    return Resolution("DATE", f"{year}-Q{number}", "quarter", "dct")


# A period longer than a quarter before the comparison ("For the nine months, ... a
# year earlier"): the comparison is with the year before, not the quarter.
_LONGER_PERIOD = re.compile(
    r"(?i)\b(?:(?:six|nine|twelve|\d+)[- ]months?|first half|fiscal year|the year)\b"
)


def compares_longer_period(text: str, match: re.Match[str]) -> bool:
    start = match.start("t")
    left, _ = sentence_bounds(text, start, match.end("t"))
    return _LONGER_PERIOD.search(text, left, start) is not None


def _year_ago(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "year-earlier", "the year-ago period": the reported quarter a year back, else last year."""
    if clock.quarter is not None and not compares_longer_period(text, match):
        year, number = clock.quarter
        return [("t", Resolution("DATE", f"{year - 1}-Q{number}", "quarter", "narrative"))]
    if clock.dct is None:
        return [("t", Resolution("DATE", "PAST_REF", None, "unresolved"))]
    point = Point(clock.dct.year - 1)
    return [("t", Resolution("DATE", point.value(), "year", "dct"))]


def _period(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the latest period", "the 1988 period": a quarter when the text reports on one."""
    if clock.quarter is None:
        if match.group("year"):
            return resolve_year(match, clock, text)
        if clock.dct is None:
            return []
        # "the latest period" of an earnings report: its last completed quarter
        return quarter_year_ago(Point.of(clock.dct), 0, "dct")
    year = (
        year_number(match.group("year"), reference_year=clock.reference_year())
        if match.group("year")
        else clock.quarter[0]
    )
    return [("t", Resolution("DATE", f"{year}-Q{clock.quarter[1]}", "quarter", "narrative"))]


def _period_year_back(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the same period last year": what "the year-ago period" is (the quarter reported on
    a year back, else the year before the DCT's); "the quarter a year ago" with no quarter
    reported is the last completed one's; "the same month last year" the story's month."""
    noun = match.group("noun").lower()
    if noun == "month":
        return _month_year_back(clock)
    if noun == "quarter" and clock.quarter is None and clock.dct is not None:
        return quarter_year_ago(Point.of(clock.dct), -1, "dct")
    return _year_ago(match, clock, text)


def _month_year_back(clock: Clock) -> Resolved:
    """The story's month (else the DCT's) a year back; no point, as a comparison does not
    move the story's anchor."""
    story_month = clock.anchor if clock.anchor is not None and clock.anchor.month else None
    base = story_month or (Point.of(clock.dct) if clock.dct is not None else None)
    if base is None or base.month is None:
        return [("t", Resolution("DATE", "PAST_REF", None, "unresolved"))]
    value = Point(base.year - 1, base.month).value()
    anchor = "narrative" if story_month is not None else "dct"
    return [("t", Resolution("DATE", value, "month", anchor))]


def quarter_year_ago(base: Point, years: int, anchor: str) -> Resolved:
    day = base.as_date()
    if day is None:
        return [("t", Resolution("DATE", f"{base.year + years}", "year", anchor))]
    completed = (day.month - 1) // 3
    year = (day.year if completed else day.year - 1) + years
    return [("t", Resolution("DATE", f"{year}-Q{completed or 4}", "quarter", anchor))]


RESOLVERS: dict[str, Resolver] = {
    "quarter": _quarter,
    "quarter_code": _quarter_code,
    "year_ago": _year_ago,
    "period": _period,
    "period_year_back": _period_year_back,
}
