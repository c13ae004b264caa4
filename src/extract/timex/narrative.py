"""The time a passage is set at, and when an underspecified expression takes it.

News names "December" for the December nearest its publication date (the DCT). A
retrospective passage ("In August 1984, Ada Okafor moved to Lagos. In December she
...") is told at the time of its own dates, as HeidelTime's narrative mode reads a
whole document. Here the choice is made per passage: the passage time is the last
explicit date with a year, and it sets a scene when it has a month or a day, or is a
year at the head of its sentence ("In 1984, ..."); a background year ("the 1985
murders", "founded it in 1982") or a bound ("since 1981") sets none. A deictic
expression ("today", "last year") or a date near the DCT brings the present back.
An expression takes the passage time when the passage is set at least
``narrative_min_years`` before the DCT, no sentence since has spoken in the present
("... are fighting for custody", outside quotations), its own sentence tells of the
past, and it does not date a report ("said in December"). See docs/narrative-dates.md.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from extract.timex.clock import Clock, PassageTime, Point
from extract.timex.normalize import MONTH_TENSE_PENALTY, Resolution, nearest_occurrence
from extract.timex.quoted_speech import quotation_spans
from extract.timex.tense import narrated_tense, sentence_bounds


@dataclass(frozen=True)
class NarrativeTime:
    """The passage time an expression takes, and whether its sentence looks back from
    it (the past perfect: "she had left in March")."""

    point: Point
    backward: bool


# Resolutions the DCT gives to expressions that lack a year or a day: they follow from
# the choice of news over narrative, so they are no evidence for either.
_READ_BY_DCT = frozenset(
    {
        "month",
        "model_month",
        "month_day",
        "day_month",
        "weekday",
        "holiday",
        "season",
        "weekend",
        "clock",
        "part_of_day",
    }
)
# A point the DCT gives that names a time of its own, like an explicit date.
_POINT_FROM_DCT = frozenset({"ago"})

# A date sets a scene as an adverbial of time: "in August 1984", "on 30 March 1985".
# Not as a modifier ("the Dec. 21, 1988, bombing") or a bound of a period reaching the
# present ("since 1981").
_LOCATING_BEFORE = re.compile(r"(?i)\b(?:in|on|during|at|throughout|by)\s+$")
# "since 1998", "since its launch in March 2002": the date of a bound is a bound.
_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till)\s+(?:(?:[\w'’-]+\s+){0,4}(?:in|on)\s+)?$")
# What may stand before a year that heads its sentence: "In 1984, ...", "By 1985 ...".
_FRONTED = re.compile(
    r"(?i)^[\s\"“‘'(]*(?:(?:and|but|then|so)\s+)?(?:(?:in|by|during|throughout|on|at)\s+)?$"
)
_BY_BEFORE = re.compile(r"(?i)\b(?:by|until|till)\s+$")
# A report's own time: "said in December", "told reporters on Monday".
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|announced|reported|added|stated|confirmed|revealed|declared"
    r"|wrote)(?:\s+(?!that\b)[\w'’.-]+){0,3}?\s+$"
)


# A finite verb in the present: the text speaks of now ("are fighting", "has cited").
_PRESENT_AUXILIARY = re.compile(r"(?i)\b(?:is|are|am|isn't|aren't|has|have|hasn't|haven't)\b")


def is_bound(text: str, start: int) -> bool:
    """Is the date at ``start`` a bound of a period ("since 1998", "until its sale in
    2004")? It dates no event, so the expressions after it do not lean on it."""
    return _BOUND_BEFORE.search(text, max(0, start - 60), start) is not None


def present_tense_marks(text: str) -> tuple[int, ...]:
    """Where ``text`` speaks in the present outside quotations (a quotation's present is
    the speaker's), in order."""
    quotations = quotation_spans(text)
    starts = [start for start, _ in quotations]
    marks = []
    for found in _PRESENT_AUXILIARY.finditer(text):
        index = bisect_right(starts, found.start()) - 1
        if index >= 0 and found.start() < quotations[index][1]:
            continue
        marks.append(found.start())
    return tuple(marks)


def track_passage(
    clock: Clock, text: str, start: int, end: int, pattern_name: str, resolution: Resolution
) -> None:
    """Move the passage time after ``resolution`` of the expression at ``text[start:end]``."""
    if clock.dct is None:
        return
    point = resolution.point
    if resolution.anchor == "narrative":
        if point is not None and clock.passage is not None and clock.passage.setting:
            clock.passage = PassageTime(point, True, end)  # the narrative moves on
        return
    if resolution.anchor == "dct" and pattern_name not in _POINT_FROM_DCT:
        if pattern_name not in _READ_BY_DCT:
            clock.passage = None  # "today", "last year": the present
        return
    if resolution.anchor not in ("absolute", "dct") or point is None:
        return
    min_years = clock.conventions.narrative_min_years
    if clock.dct.year - point.year < min_years:
        clock.passage = None
        return
    bounded = is_bound(text, start)
    locating = _LOCATING_BEFORE.search(text, max(0, start - 12), start) is not None
    if not bounded and (_heads_sentence(text, start) or (point.month is not None and locating)):
        clock.passage = PassageTime(point, True, end)
    elif not bounded and locating and _continues(clock, text, start, end):
        clock.passage = PassageTime(point, True, end)  # "She returned in 1953": the story goes on
    elif clock.passage is None or abs(point.year - clock.passage.point.year) >= min_years:
        clock.passage = PassageTime(point, False, end)  # a background date of another time


def _continues(clock: Clock, text: str, start: int, end: int) -> bool:
    """Does a dated event in the past tense carry on the narrative already set?"""
    passage = clock.passage
    if passage is None or not passage.setting or _back_in_present(clock, text, passage, start, end):
        return False
    return narrated_tense(text, start, end) is not None


def _back_in_present(clock: Clock, text: str, passage: PassageTime, start: int, end: int) -> bool:
    """Has a sentence between the passage's date and this expression spoken in the present?"""
    sentence_start, _ = sentence_bounds(text, start, end)
    marks = clock.present_marks
    return bisect_right(marks, sentence_start) > bisect_right(marks, passage.position)


def narrative_time(clock: Clock, text: str, start: int, end: int) -> NarrativeTime | None:
    """The passage time the expression at ``text[start:end]`` takes, or None for the
    news reading (against the DCT)."""
    passage = clock.passage
    if clock.dct is None or passage is None or not passage.setting:
        return None
    if clock.dct.year - passage.point.year < clock.conventions.narrative_min_years:
        return None
    if _REPORTED.search(text, max(0, start - 40), start):
        return None
    if _back_in_present(clock, text, passage, start, end):
        return None
    tense = narrated_tense(text, start, end)
    if tense is None:
        return None
    # "By Christmas it had 600": the past perfect of a result reached by a later date
    looks_back = tense == "past-perfect" and not _BY_BEFORE.search(text, max(0, start - 8), start)
    return NarrativeTime(passage.point, backward=looks_back)


def month_in_passage(narrative: NarrativeTime, month: int, day: int | None) -> Point:
    """A month (and day) of the passage: the occurrence nearest the passage time, ahead
    of it as a story moves on, behind it in the past perfect."""
    reference = narrative.point
    if reference.month is None:
        return Point(reference.year, month, day)
    base = dt.date(reference.year, reference.month, reference.day or 15)
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(dt.date(year, month, day or 15))
        except ValueError:
            continue
    if not candidates:
        return Point(reference.year, month, day)
    chosen = nearest_occurrence(
        base, candidates, future=not narrative.backward, penalty=MONTH_TENSE_PENALTY
    )
    return Point(chosen.year, month, day)


def _heads_sentence(text: str, start: int) -> bool:
    left, _ = sentence_bounds(text, start, start)
    return _FRONTED.match(text[left:start]) is not None


def day_narrative_time(clock: Clock, text: str, start: int, end: int) -> NarrativeTime | None:
    """The passage time for a weekday, "the weekend" or a clock time: only a passage
    dated to its day gives the week they fall in; in any other, news reads them."""
    narrative = narrative_time(clock, text, start, end)
    if narrative is None or narrative.point.as_date() is None:
        return None
    return narrative


def month_resolution(narrative: NarrativeTime, month: int, day: int | None) -> Resolution:
    point = month_in_passage(narrative, month, day)
    return Resolution("DATE", point.value(), "day" if day else "month", "narrative", point)


def day_in_passage(narrative: NarrativeTime, candidates_in: Callable[[int], dt.date]) -> dt.date:
    """A named day ("Christmas") of the passage: its occurrence nearest the passage time,
    ``candidates_in(year)`` giving the day in a year."""
    reference = narrative.point
    if reference.month is None:
        return candidates_in(reference.year)
    base = dt.date(reference.year, reference.month, reference.day or 15)
    candidates = [candidates_in(year) for year in range(reference.year - 1, reference.year + 2)]
    return nearest_occurrence(
        base, candidates, future=not narrative.backward, penalty=MONTH_TENSE_PENALTY
    )
