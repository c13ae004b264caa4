"""Tag a text's time expressions: match the grammar, keep the longest, resolve in order.

Expressions are resolved from the start of the text to its end so that each
explicit date moves the narrative anchor that later expressions lean on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.timex.clock import Clock, Point
from extract.timex.conventions import (
    ANNOTATION_CONVENTIONS,
    TimexConventions,
    follows_conventions,
)
from extract.timex.durations import amount, compound_duration, duration_value, singular
from extract.timex.holidays import holiday
from extract.timex.lexicon import NUMBER_WORD_PATTERN, year_number
from extract.timex.normalize import (
    MONTH_TENSE_PENALTY,
    Resolution,
    absolute_point,
    month_number,
    nearest_occurrence,
    ordinal,
    part_of_day_code,
    resolve_month_day,
    season_code,
    shift,
    unresolved_month_day,
    week_value,
    weekday_date,
    weekday_number,
)
from extract.timex.patterns import MODEL_LICENSED, PATTERNS, PRIORITY, Pattern

_YEAR_LICENSE = re.compile(
    r"(?i:\b(?:in|since|by|of|until|till|from|to|before|after|during|circa|c\.|year|the)\s*)$"
)


@dataclass(frozen=True)
class TaggedTimex:
    """A time expression found in a text: its span and its TIMEX3 resolution."""

    start: int
    end: int
    text: str
    resolution: Resolution


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    pattern: Pattern
    match: re.Match[str]


def tag_text(
    text: str,
    *,
    dct: dt.date | None,
    conventions: TimexConventions = ANNOTATION_CONVENTIONS,
    model_spans: Sequence[tuple[int, int]] = (),
) -> list[TaggedTimex]:
    """Every time expression of ``text``, resolved against ``dct`` and the narrative,
    written as ``conventions`` say (ANNOTATION.md's by default).

    ``model_spans`` are the model's DATE/TIME entities. They are candidates the grammar
    must still read: inside one, an expression that needs date context (a bare month
    name) is accepted. The rest of the model's spans are not taken on their own: on
    TimeBank/AQUAINT those the grammar misses are mostly ages and bare numbers
    ("44" -> 1944) or references without a value ("the weeks"), see the README.
    """
    chosen = _select(_candidates(text) + _model_licensed(text, model_spans))
    clock = Clock(dct)
    tagged: list[TaggedTimex] = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        resolver = _RESOLVERS[candidate.pattern.name]
        for group, resolved in resolver(candidate.match, clock, text):
            start, end = candidate.match.span(group)
            resolution = follows_conventions(text, start, end, resolved, conventions)
            if resolution is None:
                continue
            tagged.append(TaggedTimex(start, end, text[start:end], resolution))
            if resolution.point is not None and resolution.anchor != "dct":
                clock.anchor = resolution.point
            _track_quarter(clock, candidate, resolution)
    return tagged


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def _track_quarter(clock: Clock, candidate: _Candidate, resolution: Resolution) -> None:
    """Remember the quarter being reported on; any other calendar date ends it.
    A comparison ("a year earlier", "the year-ago quarter") does not change it."""
    quarter = _QUARTER_VALUE.match(resolution.value)
    if quarter:
        relation = (candidate.match.groupdict().get("rel") or "").lower()
        if candidate.pattern.name == "quarter" and relation not in ("year-earlier", "year-ago"):
            clock.quarter = (int(quarter.group(1)), int(quarter.group(2)))
    elif resolution.type == "DATE" and resolution.point is not None:
        clock.quarter = None


def _candidates(text: str) -> list[_Candidate]:
    return [
        _Candidate(match.start("t"), match.end(), pattern, match)
        for pattern in PATTERNS
        for match in pattern.regex.finditer(text)
    ]


def _model_licensed(text: str, model_spans: Sequence[tuple[int, int]]) -> list[_Candidate]:
    """Matches of MODEL_LICENSED patterns inside each span; the regex may still read the
    context after the span (endpos would hide it), but the scan stops at the span's end."""
    found = []
    for start, end in model_spans:
        for pattern in MODEL_LICENSED:
            for match in pattern.regex.finditer(text, start):
                if match.start() >= end:
                    break
                if match.end() <= end:
                    found.append(_Candidate(match.start("t"), match.end(), pattern, match))
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then by pattern priority."""
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), PRIORITY[c.pattern.name], c.start)
    )
    taken: list[tuple[int, int]] = []
    chosen: list[_Candidate] = []
    for candidate in ordered:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        taken.append((candidate.start, candidate.end))
        chosen.append(candidate)
    return chosen


Resolved = list[tuple[str, Resolution]]


def _absolute(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    groups = match.groupdict()
    year = year_number(groups["year"]) if groups.get("year") else None
    if year is not None and year < 100:
        year += 1900 if year >= 50 else 2000
    month_text = groups.get("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else month_number(month_text)
    day = int(groups["day"]) if groups.get("day") else None
    if groups.get("day2"):
        day = None  # a day range ("July 26-29, 2016") is the month that covers it
    if year is None:
        if month is None:
            return []
        future = _is_future(text, match)
        return [("t", resolve_month_day(clock, month, day, future=future))]
    point = absolute_point(_date_words(match.group("t")), year, month, day)
    if point is None:
        return []
    granularity = "day" if point.day else "month" if point.month else "year"
    return [("t", Resolution("DATE", point.value(), granularity, "absolute", point))]


def _month_of_relative_year(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "January this year", "June 3 last year": the month of the year the DCT names."""
    month = month_number(match.group("month"))
    day = int(match.group("day")) if match.group("day") else None
    if clock.dct is None:
        return [("t", unresolved_month_day(month, day))]
    steps = {"last": -1, "this": 0, "next": 1}[match.group("year_rel").lower()]
    point = Point(clock.dct.year + steps, month, day)
    if day and point.as_date() is None:
        return []  # "February 30 last year"
    return [("t", Resolution("DATE", point.value(), "day" if day else "month", "dct", point))]


def _date_words(text: str) -> str:
    """The date itself, without leading modifiers dateparser does not read."""
    return re.sub(r"(?i)^(early|late|mid|the (end|beginning|middle) of)[\s-]+", "", text)


def _two_dates(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    year, month = year_number(match.group("year")), month_number(match.group("month"))
    first = Point(year, month, int(match.group("day")))
    second = Point(year, month, int(match.group("day2")))
    return [
        ("t", Resolution("DATE", first.value(), "day", "absolute", first)),
        ("t2", Resolution("DATE", second.value(), "day", "absolute", second)),
    ]


def _month(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    month = month_number(match.group("month"))
    relation = (match.groupdict().get("rel") or "").lower()
    if relation and clock.dct is not None:
        # "last February": the latest February before the DCT month; "next": the first after.
        year = clock.dct.year
        if relation == "last" and month >= clock.dct.month:
            year -= 1
        elif relation == "next" and month <= clock.dct.month:
            year += 1
        point = Point(year, month)
        return [("t", Resolution("DATE", point.value(), "month", "dct", point))]
    return [("t", resolve_month_day(clock, month, None, future=_is_future(text, match)))]


_FUTURE_MARKERS = re.compile(
    r"(?i)\b(will|won't|'ll|shall|would|could|might|going to|plans? to|planned|scheduled"
    r"|planning|expected to|set to|due to|is to|are to|upcoming|as soon as|as early as"
    r"|no later than)\b"
)
# A date given as a deadline or a start ("by February", "effective Feb. 1") is
# mostly still ahead when the news reports it.
_DEADLINE = re.compile(r"(?i)\b(?:by|until|till|effective|payable|due)\s+$")
# "..., he said" after the expression reports the sentence; it does not date it.
_REPORTING_VERB = re.compile(r"(?i)said|told|added|announced|reported|stated|noted")
# A participle after a determiner is an adjective ("a still unspecified date").
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|its|his|her|their|our|this|these|those)\s+"
    r"(?:(?:[a-z]+ly|still|now|just|once|long|newly|so|very|much|well)\s+)?$"
)
_PAST_PERFECT = re.compile(r"(?i)\b(?:had|hadn't)\b")
# A participle inside a future verb group ("will be named", "would have paid",
# "is expected to be completed") is not past tense.
_FUTURE_VERB_GROUP = re.compile(
    r"(?i)\b(?:will|won't|'ll|shall|would|to)\s+(?:not\s+)?(?:be|have|have been|be being)\s+$"
)
_PAST_MARKERS = re.compile(
    r"(?i)\b(was|were|had|did|said|told|met|came|went|left|took|gave|made|held|began|won|lost"
    r"|saw|sent|led|fell|rose|found|got|spoke|wrote|struck|killed|ago|brought|bought|thought"
    r"|sought|caught|taught|became|chose|drove|flew|grew|knew|threw|ran|sold|paid|heard"
    r"|kept|felt|meant|built|spent|stood|broke|rode|shot|sat|stole|swore|tore|wore|withdrew"
    r"|(?-i:[a-z]+[a-df-z]ed))\b"
)


def _sentence_of(text: str, start: int, end: int) -> str:
    left, right = _sentence_bounds(text, start, end)
    return text[left:right]


# A sentence ends at . ! ? or a line break, but not after an initial or a common
# abbreviation ("Mr. Schwarz", "Daniel P. Davison", "Feb. 1").
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|vs))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd))"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\b(?:Corp|Sept))"
    r"[.!?]+['\"’”]?\s|\n"
)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (searched within 600 characters)."""
    window_start = max(0, start - 600)
    left = window_start
    for found in _SENTENCE_END.finditer(text, window_start, start):
        left = found.end()
    after = _SENTENCE_END.search(text, end, end + 600)
    right = after.start() if after else min(len(text), end + 600)
    return left, right


def _is_future(text: str, match: re.Match[str]) -> bool:
    """Does the verb nearest the expression in its sentence speak of the future ("will
    meet Thursday", "set to resume Monday") rather than the past ("announced Wednesday")?"""
    start, end = match.span("t")
    left, right = _sentence_bounds(text, start, end)

    def distance(found: re.Match[str]) -> int:
        """Characters to the marker; a verb after the expression counts double, as the
        verb a time adverbial belongs to mostly comes before it."""
        word_start, word_end = found.start() + left, found.end() + left
        return start - word_end if word_end <= start else 2 * (word_start - end)

    if _ends_at(_DEADLINE, text, start, floor=left):
        # ... unless the past perfect looks back to it ("by Wednesday, 20 had filed").
        return _PAST_PERFECT.search(text, left, right) is None
    sentence = text[left:right]
    futures = [
        distance(m)
        for m in _FUTURE_MARKERS.finditer(sentence)
        if not _inside(m, start - left, end - left)
    ]
    if not futures:
        return False
    pasts = [
        distance(m)
        for m in _PAST_MARKERS.finditer(sentence)
        if not _FUTURE_MARKERS.fullmatch(m.group())
        and not _inside(m, start - left, end - left)
        and not _ends_at(_FUTURE_VERB_GROUP, sentence, m.start())
        and not (m.start() >= end - left and _REPORTING_VERB.fullmatch(m.group()))
        and not _ends_at(_DETERMINER_BEFORE, sentence, m.start())
    ]
    return not pasts or min(futures) <= min(pasts)


def _ends_at(pattern: re.Pattern[str], text: str, index: int, *, floor: int = 0) -> bool:
    """Does ``pattern`` (anchored with $) match the words right before ``index``? Only a
    short window is searched: these are a few words, and a $-anchored search over the
    whole prefix would try every position of it."""
    return pattern.search(text, max(floor, index - 40), index) is not None


def _inside(found: re.Match[str], start: int, end: int) -> bool:
    return found.start() < end and start < found.end()


def _weekday(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """A weekday near the reference day: the coming one in a future-tense sentence."""
    weekday = weekday_number(match.group("weekday"))
    relation = (match.group("rel") or "").lower() or None
    base = clock.dct or (clock.anchor.as_date() if clock.anchor else None)
    suffix = ""  # "Thursday night" is the day's DATE in TimeML practice
    if base is None:
        return [("t", Resolution("DATE", f"XXXX-WXX-{weekday}{suffix}", "day", "unresolved"))]
    if relation == "coming":
        relation = "next"
    day = weekday_date(base, weekday, relation, future=_is_future(text, match))
    anchor = "dct" if clock.dct else "narrative"
    return [("t", Resolution("DATE", day.isoformat() + suffix, "day", anchor, Point.of(day)))]


def _holiday(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """A named day: in its stated year, else the occurrence nearest the DCT or in the
    narrative's year; without either, only what the name itself fixes."""
    named = holiday(match.group("holiday"))
    relation = (match.group("rel") or "").lower()
    if match.group("year"):
        day, anchor = named.date_in(year_number(match.group("year"))), "absolute"
    elif clock.dct is not None:
        candidates = [named.date_in(year) for year in range(clock.dct.year - 1, clock.dct.year + 2)]
        if relation == "last":
            day = max(d for d in candidates if d < clock.dct)
        elif relation == "next":
            day = min(d for d in candidates if d > clock.dct)
        elif relation == "this":
            day = named.date_in(clock.dct.year)
        else:
            day = nearest_occurrence(
                clock.dct, candidates, future=_is_future(text, match), penalty=MONTH_TENSE_PENALTY
            )
        anchor = "dct"
    elif clock.anchor is not None:
        day, anchor = named.date_in(clock.anchor.year), "narrative"
    else:
        fixed = f"-{named.day:02d}" if named.day is not None else ""
        value = f"XXXX-{named.month:02d}{fixed}" if named.after_easter is None else "XXXX"
        return [("t", Resolution("DATE", value, "day" if fixed else None, "unresolved"))]
    return [("t", Resolution("DATE", day.isoformat(), "day", anchor, Point.of(day)))]


def _decade(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    decade = match.group("decade")
    value = decade[:3] if decade else f"19{match.group('short')}"
    return [("t", Resolution("DATE", value, "decade", "absolute"))]


_DECADE_WORDS = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


def _decade_word(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the nineties": the 1990s (a decade named in words is of the 1900s in English)."""
    tens = _DECADE_WORDS.index(match.group("word").lower()) + 2
    return [("t", Resolution("DATE", f"19{tens}", "decade", "absolute"))]


def _century(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    value = f"{int(match.group('ordinal')) - 1:02d}"
    return [("t", Resolution("DATE", value, "century", "absolute"))]


def _season(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    code = season_code(match.group("season"))
    relation = " ".join((match.group("rel") or "").lower().split())
    if match.group("year"):
        year = year_number(match.group("year"))
        return [("t", Resolution("DATE", f"{year}-{code}", "season", "absolute", Point(year)))]
    if not relation:
        # A bare "spring" or "fall" is too often not a time; "the summer" is, but
        # "the fall of Rome" and "the spring of water" are not.
        word = match.group("season").lower()
        if not match.group("the") or (
            word in ("spring", "fall") and re.match(r"\s+of\b", text[match.end("t") :])
        ):
            return []
        relation = "that" if clock.anchor is not None else "this"
    if relation in ("that", "the same") and clock.anchor is not None:
        return [("t", Resolution("DATE", f"{clock.anchor.year}-{code}", "season", "narrative"))]
    if clock.dct is not None and relation in ("last", "this", "this past", "next"):
        year = clock.dct.year + {"last": -1, "this": 0, "this past": 0, "next": 1}[relation]
        return [("t", Resolution("DATE", f"{year}-{code}", "season", "dct"))]
    return [("t", Resolution("DATE", f"XXXX-{code}", "season", "unresolved"))]


def _quarter(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    relation = (match.group("rel") or "").lower()
    number = ordinal(match.group("ordinal")) if match.group("ordinal") else None
    year_text = match.group("year") or match.group("lead_year")
    if year_text or match.group("year_rel"):
        if year_text:
            year, anchor = year_number(year_text), "absolute"
        elif clock.dct is not None:
            steps = {"last": -1, "this": 0, "next": 1}[match.group("year_rel").lower()]
            year, anchor = clock.dct.year + steps, "dct"
        else:
            return [("t", Resolution("DATE", f"XXXX-Q{number or 'X'}", "quarter", "unresolved"))]
        if number is None and clock.quarter is not None:
            number = clock.quarter[1]  # "the 1988 quarter" beside "the third quarter"
        value = f"{year}-Q{number}" if number else f"{year}-QX"
        return [("t", Resolution("DATE", value, "quarter", anchor))]
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


# A period longer than a quarter before the comparison ("For the nine months, ... a
# year earlier"): the comparison is with the year before, not the quarter.
_LONGER_PERIOD = re.compile(
    r"(?i)\b(?:(?:six|nine|twelve|\d+)[- ]months?|first half|fiscal year|the year)\b"
)


def _compares_longer_period(text: str, match: re.Match[str]) -> bool:
    start = match.start("t")
    left, _ = _sentence_bounds(text, start, match.end("t"))
    return _LONGER_PERIOD.search(text, left, start) is not None


def _year_ago(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "year-earlier", "the year-ago period": the reported quarter a year back, else last year."""
    if clock.quarter is not None and not _compares_longer_period(text, match):
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
            return _year(match, clock, text)
        return []
    year = year_number(match.group("year")) if match.group("year") else clock.quarter[0]
    return [("t", Resolution("DATE", f"{year}-Q{clock.quarter[1]}", "quarter", "narrative"))]


def _relative_unit(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    relation = " ".join(match.group("rel").lower().split())
    unit = match.group("unit").lower()
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
    narrative = relation in ("the previous", "the following", "the same", "that")
    if narrative:
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
    """The story's current day moved by ``steps``, at the precision the story gave it."""
    relation = " ".join(match.group("rel").lower().split())
    steps = {"the next": 1, "the following": 1, "the previous": -1}.get(relation, 0)
    if clock.anchor is None:
        return [("t", Resolution("DATE", "XXXX-XX-XX", "day", "unresolved"))]
    day = clock.anchor.as_date()
    if day is None:
        return [("t", Resolution("DATE", _padded(clock.anchor), "day", "narrative"))]
    moved = day + dt.timedelta(days=steps)
    return [("t", Resolution("DATE", moved.isoformat(), "day", "narrative", Point.of(moved)))]


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


def _weekend(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    day = clock.anchor.as_date() if clock.anchor else clock.dct
    if day is None:
        return [("t", Resolution("DATE", "XXXX-WXX-WE", "week", "unresolved"))]
    anchor = "narrative" if clock.anchor and clock.anchor.as_date() else "dct"
    return [("t", Resolution("DATE", week_value(day) + "-WE", "week", anchor))]


def _ago(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    direction = match.group("direction").lower()
    unit = match.group("unit").lower()
    if direction in ("before", "after") and not clock.anchor:
        value = duration_value(match.group("quantity"), unit)
        return [("t", Resolution("DURATION", value, None, "absolute"))]
    if direction == "ago" or clock.anchor is None:
        base, anchor = (Point.of(clock.dct) if clock.dct else None), "dct"
    else:
        base, anchor = clock.anchor, "narrative"
    steps = amount(match.group("quantity"))
    calendar_unit = singular(unit) not in ("hour", "minute", "second")
    if base is None or steps is None or steps.denominator != 1 or not calendar_unit:
        ref = "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF"
        return [("t", Resolution("DATE", ref, None, "unresolved"))]
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    longer_period = _compares_longer_period(text, match)
    if unit.startswith("year") and clock.quarter is not None and not longer_period:
        year, number = clock.quarter
        value = f"{year + sign * int(steps)}-Q{number}"
        return [("t", Resolution("DATE", value, "quarter", "narrative"))]
    if (
        unit.startswith("year")
        and not longer_period
        and "quarter" in _sentence_of(text, *match.span("t")).lower()
    ):
        # Earnings news compares with "the year-ago quarter": the last completed one.
        return _quarter_year_ago(base, sign * int(steps), anchor)
    point = shift(base, unit, sign * int(steps))
    day = point.as_date()
    if singular(unit) == "week" and day is not None:
        return [("t", Resolution("DATE", week_value(day), "week", anchor))]  # "six weeks ago"
    granularity = "day" if point.day else "month" if point.month else "year"
    return [("t", Resolution("DATE", point.value(), granularity, anchor, point))]


def _quarter_year_ago(base: Point, years: int, anchor: str) -> Resolved:
    day = base.as_date()
    if day is None:
        return [("t", Resolution("DATE", f"{base.year + years}", "year", anchor))]
    completed = (day.month - 1) // 3
    year = (day.year if completed else day.year - 1) + years
    return [("t", Resolution("DATE", f"{year}-Q{completed or 4}", "quarter", anchor))]


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
    "soon": "FUTURE_REF",
}


def _deictic(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    word = " ".join(match.group("word").lower().split())
    if word == "soon" and text[: match.start("t")].lower().endswith("as "):
        return []  # "as soon as": a conjunction
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


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def _year(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    year = year_number(match.group("year"))
    licensed = _YEAR_LICENSE.search(text[: match.start("t")][-12:])
    if year < 1900 and not licensed:
        return []
    if (
        not match.group("year").isdigit()
        and not licensed
        and not _CLAUSE_END.match(text, match.end())
    ):
        return []  # "nineteen twenty cars": a spoken year needs a licence or a clause end
    point = Point(year)
    return [("t", Resolution("DATE", point.value(), "year", "absolute", point))]


def _set(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    phrase = match.group("t").lower()
    unit = "D"
    for word, letter in (
        ("week", "W"),
        ("month", "M"),
        ("year", "Y"),
        ("annual", "Y"),
        ("quarter", "Q"),
        ("hour", "TH"),
    ):
        if word in phrase:
            unit = letter
    step = "2" if "other" in phrase else "1"
    value = f"P{step}{unit}" if not unit.startswith("T") else f"PT{step}H"
    return [("t", Resolution("SET", value, None, "absolute"))]


def _part_of_day(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    word = match.group("part").lower()
    determiner = (match.group("det") or "").lower() or ("the" if match.group("mid") else "")
    if not determiner and word not in ("tonight", "overnight"):
        return []
    if determiner in ("a", "an") and _is_rate(text, match.start("t")):
        return []  # "$55 a night": a price per night
    code = part_of_day_code(word)
    if match.group("date"):
        year = year_number(match.group("year"))
        month = month_number(match.group("month")) if match.group("month") else None
        day = int(match.group("day")) if match.group("day") else None
        point = Point(year, month, day if month else None)
        return [("t", Resolution("TIME", f"{_padded(point)}T{code}", "day", "absolute", point))]
    if determiner in ("this", "last", "tomorrow", "yesterday") or word == "tonight":
        if clock.dct is None:
            return [("t", Resolution("TIME", f"XXXX-XX-XXT{code}", None, "unresolved"))]
        offset = {"last": -1 if word == "night" else 0, "yesterday": -1, "tomorrow": 1}.get(
            determiner, 0
        )
        evening_of = clock.dct + dt.timedelta(days=offset)
        return [("t", Resolution("TIME", f"{evening_of.isoformat()}T{code}", "day", "dct"))]
    if clock.anchor is None:
        return [("t", Resolution("TIME", f"XXXX-XX-XXT{code}", None, "unresolved"))]
    return [("t", Resolution("TIME", f"{_padded(clock.anchor)}T{code}", "day", "narrative"))]


def _padded(point: Point) -> str:
    """A point as a full date value, unknown parts as X: 1984-08-XX."""
    month = f"{point.month:02d}" if point.month else "XX"
    day = f"{point.day:02d}" if point.day else "XX"
    return f"{point.year:04d}-{month}-{day}"


def _clock(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    if match.group("named"):
        time = "24:00" if match.group("named").lower() == "midnight" else "12:00"
    else:
        hour = int(match.group("hour")) % 12
        if match.group("ampm").lower().startswith("p"):
            hour += 12
        time = f"{hour:02d}:{match.group('minute') or '00'}"
    date, anchor = _clock_date(match, clock, text)
    point = Point.of(date) if date else None
    value = f"{date.isoformat() if date else 'XXXX-XX-XX'}T{time}"
    return [("t", Resolution("TIME", value, "day", anchor, point))]


def _clock_date(match: re.Match[str], clock: Clock, text: str) -> tuple[dt.date | None, str]:
    """The day of a clock time: the weekday or date written with it, else the reference day."""
    base = clock.dct or (clock.anchor.as_date() if clock.anchor else None)
    anchor = "dct" if clock.dct else "narrative" if base else "unresolved"
    if match.group("weekday") and base is not None:
        weekday = weekday_number(match.group("weekday"))
        return weekday_date(base, weekday, None, future=_is_future(text, match)), anchor
    if match.group("month"):
        month, day = month_number(match.group("month")), int(match.group("day"))
        resolved = resolve_month_day(clock, month, day, future=_is_future(text, match))
        if resolved.point is not None and resolved.point.as_date() is not None:
            return resolved.point.as_date(), resolved.anchor
    return base, anchor


# What comes right before "a day"/"a year" when it is the rate of an amount: "23 hours a day",
# "$500 million a year", "700 seats a week", "20% a year".
_RATE_BEFORE = re.compile(
    r"(?i:hours?|minutes?|days?|weeks?|times|miles?|dollars?|cents?|million|billion|trillion"
    r"|percent|%|\d"
    rf"|(?:\d[\d,.]*|{NUMBER_WORD_PATTERN})\s+(?:[a-z-]+\s+)?[a-z]+s)\s*$"
)


def _is_rate(text: str, start: int) -> bool:
    return bool(_RATE_BEFORE.search(text[max(0, start - 60) : start]))


_ORDINAL_SECOND = re.compile(
    r"(?<=second)\s+(?!(?i:ago|later|earlier|before|after|or|and|longer|of|in|to)\b)[A-Za-z]"
)


def _duration(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    quantity = match.group("quantity").lower()
    if quantity in ("a", "an") and _is_rate(text, match.start("t")):
        return []  # "23 hours a day": a rate, not a duration of its own
    if quantity in ("a", "an", "one") and _ORDINAL_SECOND.match(text, match.end("t")):
        return []  # "a second betrayal": the ordinal, not a second of time
    return [("t", Resolution("DURATION", compound_duration(match.group("t")), None, "absolute"))]


def _duration_hyphen(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    value = duration_value(match.group("quantity"), match.group("unit"))
    return [("t", Resolution("DURATION", value, None, "absolute"))]


def _vague(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    return [
        ("t", Resolution("DURATION", duration_value(None, match.group("unit")), None, "absolute"))
    ]


RESOLVER = Callable[[re.Match[str], Clock, str], Resolved]
_RESOLVERS: dict[str, RESOLVER] = {
    "month_day_and_day_year": _two_dates,
    "month_day_year": _absolute,
    "day_month_year": _absolute,
    "iso_date": _absolute,
    "numeric_date": _absolute,
    "month_year": _absolute,
    "month_day": _absolute,
    "day_month": _absolute,
    "month": _month,
    "month_relative": _month,
    "model_month": _month,
    "month_of_relative_year": _month_of_relative_year,
    "weekday": _weekday,
    "holiday": _holiday,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "season": _season,
    "quarter": _quarter,
    "year_ago": _year_ago,
    "period": _period,
    "relative_unit": _relative_unit,
    "the_year": _the_year,
    "story_day": _story_day,
    "weekend": _weekend,
    "ago": _ago,
    "deictic": _deictic,
    "year": _year,
    "set": _set,
    "part_of_day": _part_of_day,
    "clock": _clock,
    "all_these_years": _vague,
    "duration": _duration,
    "duration_hyphen": _duration_hyphen,
    "vague_span": _vague,
    "bare_plural": _vague,
    "recent_plural": _vague,
}
