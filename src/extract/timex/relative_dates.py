"""Deictic and relative dates: "now", "yesterday", "last week", "three years ago", "the
next day", "the weekend", resolved against the DCT or the narrative's last date."""

from __future__ import annotations

import datetime as dt
import re
from fractions import Fraction

from extract.timex.clock import Clock, Point, padded
from extract.timex.durations import amount, singular, whole_steps
from extract.timex.narrative import day_narrative_time, narrative_time
from extract.timex.normalize import (
    Resolution,
    Resolved,
    Resolver,
    part_of_day_code,
    shift,
    week_value,
)
from extract.timex.reporting_periods import compares_longer_period, quarter_year_ago
from extract.timex.tense import (
    follows_since,
    is_future,
    narrated_tense,
    sentence_bounds,
    sentence_of,
    tells_past_after,
)


def _relative_unit(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    relation = " ".join((match.group("rel") or "the previous").lower().split())
    unit = (match.group("unit") or match.group("unit_before")).lower()
    steps = {
        "last": -1,
        "this": 0,
        "next": 1,
        "the previous": -1,
        "the following": 1,
        "the same": 0,
        "that": 0,
        "the coming": 1,
        "the next": 1,
        "the past": -1,
        "the last": -1,
    }[relation]
    if unit == "fortnight":  # "the past fortnight": two weeks long, no calendar unit
        return [("t", Resolution("DURATION", "P2W", None, "absolute"))]
    narrative = relation in ("the previous", "the following", "the same", "that")
    # "the next year" of a retrospective passage is the year after the passage's
    passage = narrative_time(clock, text, *match.span("t")) if relation == "the next" else None
    base_point: Point | None
    if passage is not None:
        base_point, anchor = passage.point, "narrative"
    elif narrative:
        base_point, anchor = clock.anchor, "narrative"
    else:
        base_point = Point.of(clock.dct) if clock.dct else None
        anchor = "dct"
    if base_point is None:
        ref = {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[steps]
        return [("t", Resolution("DATE", ref, None, "unresolved"))]
    if unit in ("week", "weekend"):
        day = base_point.as_date()
        if day is None:
            return [("t", Resolution("DATE", "XXXX-WXX", "week", "unresolved"))]
        value = week_value(day + dt.timedelta(weeks=steps))
        return [
            ("t", Resolution("DATE", value + ("-WE" if unit == "weekend" else ""), "week", anchor))
        ]
    point = shift(base_point, unit, steps)
    if unit == "month":
        point = Point(point.year, point.month)
        return [("t", Resolution("DATE", point.value(), "month", anchor, point))]
    if unit == "decade":
        return [("t", Resolution("DATE", str(point.year)[:3], "decade", anchor))]
    if unit == "century":
        return [("t", Resolution("DATE", str(point.year)[:2], "century", anchor))]
    point = Point(point.year)
    return [("t", Resolution("DATE", point.value(), "year", anchor, point))]


def _story_day(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """The story's current day moved by ``steps``, at the precision the story gave it;
    with a part of the day ("the next morning") a TIME of that part."""
    relation = " ".join((match.group("rel") or "that").lower().split())
    steps = {"the next": 1, "the following": 1, "the previous": -1}.get(relation, 0)
    part = match.group("part")
    kind, suffix = ("TIME", f"T{part_of_day_code(part)}") if part else ("DATE", "")
    if clock.anchor is None and relation.endswith("first"):
        return []  # "his first day" with no date of the story is no time expression
    if clock.anchor is None:
        return [("t", Resolution(kind, f"XXXX-XX-XX{suffix}", "day", "unresolved"))]
    day = clock.anchor.as_date()
    if day is None:
        return [("t", Resolution(kind, f"{padded(clock.anchor)}{suffix}", "day", "narrative"))]
    moved = day + dt.timedelta(days=steps)
    value = f"{moved.isoformat()}{suffix}"
    return [("t", Resolution(kind, value, "day", "narrative", Point.of(moved)))]


_PERIOD_ENDING = re.compile(r"\s+(?i:ended|ending|ends|to\s+date)\b")


def _the_year(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the year ended June 30" is a year-long period; "for the year" is the current year."""
    if _PERIOD_ENDING.match(text, match.end("t")):
        return [("t", Resolution("DURATION", "P1Y", None, "absolute"))]
    if clock.dct is not None:
        point = Point(clock.dct.year)
        return [("t", Resolution("DATE", point.value(), "year", "dct", point))]
    if clock.anchor is not None:
        point = Point(clock.anchor.year)
        return [("t", Resolution("DATE", point.value(), "year", "narrative", point))]
    return []


def _period_end(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "by year-end", "the end of the month": the DCT's year or month, whose end the mod
    (END) gives; "since year-end" looks back to the end of the year before."""
    unit = (match.group("unit") or match.group("unit2")).lower()
    if clock.dct is None:
        return [
            ("t", Resolution("DATE", "XXXX" if unit == "year" else "XXXX-XX", None, "unresolved"))
        ]
    since = follows_since(text, match)
    if unit == "year":
        point = Point(clock.dct.year - (1 if since else 0))
        return [("t", Resolution("DATE", point.value(), "year", "dct", point))]
    point = shift(Point(clock.dct.year, clock.dct.month), "month", -1 if since else 0)
    return [("t", Resolution("DATE", point.value(), "month", "dct", point))]


def _the_week(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "For the week": the week of the story's last day, else of the DCT."""
    if clock.day_mention is not None:
        day = clock.day_mention[1]
    elif clock.dct is not None:
        day = clock.dct
    else:
        return [("t", Resolution("DATE", "XXXX-WXX", "week", "unresolved"))]
    anchor = "narrative" if clock.day_mention is not None else "dct"
    return [("t", Resolution("DATE", week_value(day), "week", anchor))]


def _weekend(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the weekend": of the passage's week in a narrative; in news, the one before a
    weekday's DCT when the sentence tells of the past, else the DCT's own."""
    narrative = day_narrative_time(clock, text, *match.span("t"))
    passage_day = narrative.point.as_date() if narrative is not None else None
    if narrative is not None and passage_day is not None:
        day = passage_day
        if narrative.backward and day.isoweekday() < _SATURDAY:
            day -= dt.timedelta(weeks=1)
        return [("t", Resolution("DATE", week_value(day) + "-WE", "week", "narrative"))]
    if clock.dct is not None:
        day = clock.dct
        ahead = _AHEAD_OF.search(text, max(0, match.start("t") - 12), match.start("t"))
        if day.isoweekday() < _SATURDAY and not ahead and not is_future(text, match):
            day -= dt.timedelta(weeks=1)
        return [("t", Resolution("DATE", week_value(day) + "-WE", "week", "dct"))]
    story_day = clock.anchor.as_date() if clock.anchor else None
    if story_day is None:
        return [("t", Resolution("DATE", "XXXX-WXX-WE", "week", "unresolved"))]
    return [("t", Resolution("DATE", week_value(story_day) + "-WE", "week", "narrative"))]


_SATURDAY = 6
# "ahead of the weekend", "before the weekend": the one still to come
_AHEAD_OF = re.compile(r"(?i)\b(?:ahead\s+of|before|until|till)\s+$")


def _ago(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "three years ago" from the DCT; "a year earlier" from the narrative's last date;
    "in two weeks’ time" ahead of the DCT."""
    direction = match.group("direction").strip().lower()
    ahead = direction.endswith("time")
    unit = match.group("unit").lower()
    if direction == "ago" or ahead or clock.anchor is None:
        base, anchor = (Point.of(clock.dct) if clock.dct else None), "dct"
    else:
        base, anchor = clock.anchor, "narrative"
    steps = amount(match.group("quantity"))
    if steps is not None and steps.denominator != 1:
        # "3½ years ago" is 42 months back: a value as precise as the half
        whole = whole_steps(steps, unit)
        if whole is not None:
            steps, unit = Fraction(whole[0]), whole[1]
    calendar_unit = singular(unit) not in ("hour", "minute", "second")
    if base is None or steps is None or steps.denominator != 1 or not calendar_unit:
        return [
            ("t", Resolution("DATE", "FUTURE_REF" if ahead else "PAST_REF", None, "unresolved"))
        ]
    # "ago", "earlier" look back; "later" and "after" follow a duration (see patterns)
    sign = 1 if ahead else -1
    longer_period = compares_longer_period(text, match)
    if unit.startswith("year") and clock.quarter is not None and not longer_period:
        year, number = clock.quarter
        value = f"{year + sign * int(steps)}-Q{number}"
        return [("t", Resolution("DATE", value, "quarter", "narrative"))]
    if (
        unit.startswith("year")
        and not longer_period
        and "quarter" in sentence_of(text, *match.span("t")).lower()
    ):
        # Earnings news compares with "the year-ago quarter": the last completed one.
        return quarter_year_ago(base, sign * int(steps), anchor)
    point = shift(base, unit, sign * int(steps))
    day = point.as_date()
    if singular(unit) == "week" and day is not None:
        return [("t", Resolution("DATE", week_value(day), "week", anchor))]  # "six weeks ago"
    granularity = "day" if point.day else "month" if point.month else "year"
    return [("t", Resolution("DATE", point.value(), granularity, anchor, point))]


_SOON_RELATIVE = re.compile(r"(?i)\s+(?:after|afterwards|thereafter|before)\b")
_MODAL_BEFORE = re.compile(r"(?i)\b(?:may|might|will|would|could|can|should|must)\s+$")

_DEICTIC = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "this day": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "these days": "PRESENT_REF",
    "this moment": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "soon": "FUTURE_REF",
}


def _deictic(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    word = " ".join(match.group("word").lower().split())
    if word.startswith("this ") and word.endswith(" moment"):
        word = "this moment"
    if word.endswith((" season", " academic year", " school year")):
        # a season of sport or school straddles calendar years: only its side of now is known
        ref = {"this": "PRESENT_REF", "last": "PAST_REF", "next": "FUTURE_REF"}[word.split()[0]]
        return [("t", Resolution("DATE", ref, None, "dct" if clock.dct else "unresolved"))]
    if word == "soon" and text[max(0, match.start("t") - 3) : match.start("t")].lower() == "as ":
        return []  # "as soon as": a conjunction
    if word == "soon" and (
        _SOON_RELATIVE.match(text, match.end("t"))
        or (
            narrated_tense(text, *match.span("t")) is not None
            and not _MODAL_BEFORE.search(text, max(0, match.start("t") - 10), match.start("t"))
        )
    ):
        return []  # "soon after the vote", "it soon became": soon after another event
    if word == "now" and _opens_sentence(text, match) and text[match.end("t") :].startswith(","):
        return []  # "Now, the question is ...": a discourse marker, not the present time
    if (
        word == "now"
        and not _NOW_AS_NOUN.search(text, max(0, match.start("t") - 8), match.start("t"))
        and tells_past_after(text, match.end("t"))
    ):
        return []  # "Now he faced execution": the story's now (ANNOTATION.md)
    if word in _DEICTIC:
        return [
            ("t", Resolution("DATE", _DEICTIC[word], None, "dct" if clock.dct else "unresolved"))
        ]
    if clock.dct is None:
        if word == "today":
            return [("t", Resolution("DATE", "PRESENT_REF", None, "unresolved"))]
        if word == "tonight":
            return [("t", Resolution("TIME", "XXXX-XX-XXTNI", None, "unresolved"))]
        ref = "PAST_REF" if word == "yesterday" else "FUTURE_REF"
        return [("t", Resolution("DATE", ref, None, "unresolved"))]
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    day = clock.dct + dt.timedelta(days=offset)
    return [("t", Resolution("DATE", day.isoformat(), "day", "dct", Point.of(day)))]


# "until now been described", "from now on": "now" as the noun, the present; "should now
# be left", "is now": inside a verb group whose tense is already given
_NOW_AS_NOUN = re.compile(
    r"(?i)\b(?:until|till|since|from|by|for|than|right|should|would|will|shall|can|could"
    r"|must|may|might|is|are|am|was|were|has|have|had)\s+$"
)


_SENTENCE_OPENING = re.compile(r"[\s\"“‘'`(]*")


def _opens_sentence(text: str, match: re.Match[str]) -> bool:
    """Does the expression stand first in its sentence (after quotes or a bracket)?"""
    start = match.start("t")
    left, _ = sentence_bounds(text, start, match.end("t"))
    return _SENTENCE_OPENING.fullmatch(text, left, start) is not None


def _day_of_event(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "It's the second day of the talks": the present, the DCT's day in news."""
    if clock.dct is None:
        return [("t", Resolution("DATE", "PRESENT_REF", None, "unresolved"))]
    return [("t", Resolution("DATE", clock.dct.isoformat(), "day", "dct"))]


RESOLVERS: dict[str, Resolver] = {
    "day_of_event": _day_of_event,
    "relative_unit": _relative_unit,
    "the_year": _the_year,
    "period_end": _period_end,
    "story_day": _story_day,
    "weekend": _weekend,
    "the_week": _the_week,
    "ago": _ago,
    "deictic": _deictic,
}
