"""Clock times ("9 a.m.", "noon") with the day written beside them, and parts of the
day ("that night", "Tuesday evening")."""

from __future__ import annotations

import datetime as dt
import re

from extract.timex.calendar_dates import RESOLVERS as CALENDAR_RESOLVERS
from extract.timex.calendar_dates import resolve_yearless
from extract.timex.clock import Clock, Point, is_day_value, padded
from extract.timex.durations_sets import is_rate
from extract.timex.lexicon import WEEKDAY_PATTERN, year_number
from extract.timex.narrative import narrative_time
from extract.timex.normalize import (
    Resolution,
    Resolved,
    Resolver,
    month_number,
    part_of_day_code,
    weekday_date,
    weekday_number,
)
from extract.timex.patterns import PATTERNS
from extract.timex.tense import is_future, sentence_bounds

# "a lunchtime speech", "an evening class": a noun after the part of the day
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|of|on|at|when|with|to|and|or|that)\b)[a-z]{3,}\b")


def _part_of_day(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    word = match.group("part").lower()
    determiner = (match.group("det") or "").lower() or ("the" if match.group("mid") else "")
    if match.group("day_after"):  # "mid-afternoon yesterday": that part of the named day
        determiner = {"today": "this"}.get(match.group("day_after").lower(), "")
        determiner = determiner or match.group("day_after").lower()
    if not determiner and match.group("edge"):
        determiner = "a"  # "early morning fog": some morning, as "a morning" is
    if not determiner and word not in ("tonight", "overnight"):
        return []
    if determiner in ("a", "an") and is_rate(text, match.start("t")):
        return []  # "$55 a night": a price per night
    code = part_of_day_code(word)
    if determiner in ("a", "an", "one") and not match.group("date"):
        # "one morning", "a lunchtime speech": some day's part, which no date names; the
        # article of "a lunchtime speech" is the speech's
        unknown = Resolution("TIME", f"XXXX-XX-XXT{code}", None, "unresolved")
        modifies_noun = determiner != "one" and _NOUN_AFTER.match(text, match.end("t"))
        if not modifies_noun:
            return [("t", unknown)]
        start = match.start("edged") if match.group("edge") else match.start("part")
        return [((start, match.end("part")), unknown)]
    if match.group("date"):
        year = year_number(match.group("year"), reference_year=clock.reference_year())
        month = month_number(match.group("month")) if match.group("month") else None
        day = int(match.group("day")) if match.group("day") else None
        point = Point(year, month, day if month else None)
        return [("t", Resolution("TIME", f"{padded(point)}T{code}", "day", "absolute", point))]
    of_day = _date_after_of(match, clock, text) if determiner == "the" else None
    if of_day is not None:  # "the night of Friday, Oct. 23": that day's night
        value = f"{of_day.value}T{code}"
        return [("t", Resolution("TIME", value, "day", of_day.anchor, of_day.point))]
    if determiner in ("this", "last", "tomorrow", "yesterday") or word in ("tonight", "overnight"):
        if clock.dct is None:
            return [("t", Resolution("TIME", f"XXXX-XX-XXT{code}", None, "unresolved"))]
        offset = {"last": -1 if word == "night" else 0, "yesterday": -1, "tomorrow": 1}.get(
            determiner, 0
        )
        reported_day = clock.dct
        if word == "overnight" and not determiner:
            # the night before the day reported on (the story's last day, else the DCT's)
            offset = -1
            reported_day = clock.day_mention[1] if clock.day_mention else clock.dct
        evening_of = reported_day + dt.timedelta(days=offset)
        return [("t", Resolution("TIME", f"{evening_of.isoformat()}T{code}", "day", "dct"))]
    if clock.anchor is None:
        if clock.dct is not None:  # "by mid afternoon" in news: the day it reports on
            value = f"{clock.dct.isoformat()}T{code}"
            return [("t", Resolution("TIME", value, "day", "dct"))]
        return [("t", Resolution("TIME", f"XXXX-XX-XXT{code}", None, "unresolved"))]
    return [("t", Resolution("TIME", f"{padded(clock.anchor)}T{code}", "day", "narrative"))]


def _time_of(match: re.Match[str]) -> str:
    """The hh:mm of a matched clock time ("9:15pm" 21:15, "noon" 12:00, "1130 GMT" 11:30)."""
    groups = match.groupdict()
    if groups.get("named"):
        return "24:00" if groups["named"].lower() == "midnight" else "12:00"
    if groups.get("ampm"):
        hour = int(match.group("hour")) % 12
        if match.group("ampm").lower().startswith("p"):
            hour += 12
        return f"{hour:02d}:{match.group('minute') or '00'}"
    return f"{int(match.group('hour')):02d}:{match.group('minute')}"


def _clock(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """A clock time of the 12-hour clock ("9:15pm", "noon") or the 24-hour one ("1130
    GMT"), on the day written beside it, the passage's or the reference day."""
    time = _time_of(match)
    narrative = None
    if not match.group("weekday") and not match.group("month") and not _day_word(match):
        narrative = narrative_time(clock, text, *match.span("t"))
    if narrative is not None and narrative.point.as_date() is None:
        value = f"{padded(narrative.point)}T{time}"  # "3am" in a passage dated to a month
        return [("t", Resolution("TIME", value, "day", "narrative"))]
    if narrative is not None:
        date, anchor = narrative.point.as_date(), "narrative"
    else:
        date, anchor = _clock_date(match, clock, text)
    if date is None and clock.dct is None and clock.day_value is not None:
        # an undated page: the day its narrative is on ("Wednesday" ... "around 10 a.m.")
        return [("t", Resolution("TIME", f"{clock.day_value}T{time}", "day", "narrative"))]
    point = Point.of(date) if date else None
    value = f"{date.isoformat() if date else 'XXXX-XX-XX'}T{time}"
    return [("t", Resolution("TIME", value, "day", anchor, point))]


def _clock_date(match: re.Match[str], clock: Clock, text: str) -> tuple[dt.date | None, str]:
    """The day of a clock time: the weekday or date written with it, else the reference day."""
    base = clock.dct or (clock.anchor.as_date() if clock.anchor else None)
    anchor = "dct" if clock.dct else "narrative" if base else "unresolved"
    if match.group("weekday") and base is not None:
        weekday = weekday_number(match.group("weekday"))
        return weekday_date(base, weekday, None, future=is_future(text, match)), anchor
    day_word = _day_word(match)
    if day_word:
        if clock.dct is None:
            return None, "unresolved"
        offset = _DAY_WORD_OFFSET.get(day_word.split()[0], 0)
        return clock.dct + dt.timedelta(days=offset), "dct"
    if match.group("month"):
        month, day = month_number(match.group("month")), int(match.group("day"))
        resolved = resolve_yearless(clock, month, day, text, match)
        if resolved.point is not None and resolved.point.as_date() is not None:
            return resolved.point.as_date(), resolved.anchor
    on_weekday = _ON_WEEKDAY_AFTER.match(text, match.end("t"))
    if on_weekday and base is not None:
        weekday = weekday_number(on_weekday.group("weekday"))
        future = is_future(text, on_weekday)  # the tense of the weekday, as when it stands alone
        return weekday_date(base, weekday, None, future=future), anchor
    sentence_start, _ = sentence_bounds(text, *match.span("t"))
    if clock.day_mention is not None and clock.day_mention[0] >= sentence_start:
        return clock.day_mention[1], "narrative"  # "on 15.3.2021 at 9.30am"
    return base, anchor


def _day_word(match: re.Match[str]) -> str:
    """The deictic day written after a clock time ("9 am this morning"), lower case."""
    return (match.groupdict().get("day_word") or "").lower()


_DAY_WORD_OFFSET = {"yesterday": -1, "tomorrow": 1, "last": -1}


# "5.15pm on Monday"; "10:35 a.m. (0735 GMT) Friday": the same time in another zone between
_ON_WEEKDAY_AFTER = re.compile(
    rf"\s+(?:on\s+|\([^()\n]{{1,24}}\)\s+(?:on\s+)?)(?P<t>(?P<weekday>{WEEKDAY_PATTERN}))\b"
)


# The date patterns that read the date of a "date_clock" match, as it would be read alone.
_DATE_READINGS = tuple(
    pattern
    for pattern in PATTERNS
    if pattern.name in ("month_day_year", "day_month_year", "month_day", "day_month", "weekday")
)


def _date_clock(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "Jul 11, 2023, 3:39 PM", "Tuesday at 10 a.m.": the date resolved as if it stood
    alone, the clock time on it (2023-07-11T15:39)."""
    start, end = match.span("date")
    day: Resolution | None = None
    for pattern in _DATE_READINGS:
        date_match = pattern.regex.match(text, start, end)
        if date_match is None or date_match.span("t") != (start, end):
            continue
        resolved = CALENDAR_RESOLVERS[pattern.name](date_match, clock, text)
        if resolved:
            day = resolved[0][1]
            break
    time = _time_of(match)
    if day is None or not is_day_value(day.value):
        return [("t", Resolution("TIME", f"XXXX-XX-XXT{time}", "day", "unresolved"))]
    return [("t", Resolution("TIME", f"{day.value}T{time}", "day", day.anchor, day.point))]


_OF = re.compile(r"\s+of\s+")


def _date_after_of(match: re.Match[str], clock: Clock, text: str) -> Resolution | None:
    """The day named after "of" ("the night of Friday, Oct. 23"), read as it would be
    alone; None when no day is named there ("the night of the murders")."""
    of = _OF.match(text, match.end("t"))
    if of is None:
        return None
    for pattern in _DATE_READINGS:
        date_match = pattern.regex.match(text, of.end())
        if date_match is None or date_match.start("t") != of.end():
            continue
        resolved = CALENDAR_RESOLVERS[pattern.name](date_match, clock, text)
        if resolved and is_day_value(resolved[0][1].value):
            return resolved[0][1]
    return None


RESOLVERS: dict[str, Resolver] = {
    "date_clock": _date_clock,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "clock_24h": _clock,
}
