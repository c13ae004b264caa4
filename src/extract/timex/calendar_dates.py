"""Calendar dates: written dates, months, weekdays, holidays, years, decades, centuries,
seasons. A date without a year takes the narrative's or the DCT's, by tense."""

from __future__ import annotations

import datetime as dt
import re

from extract.timex.clock import Clock, Point
from extract.timex.holidays import holiday
from extract.timex.lexicon import year_number
from extract.timex.narrative import (
    day_in_passage,
    day_narrative_time,
    month_resolution,
    narrative_time,
)
from extract.timex.normalize import (
    MONTH_TENSE_PENALTY,
    Resolution,
    Resolved,
    Resolver,
    absolute_point,
    month_number,
    nearest_occurrence,
    part_of_day_code,
    resolve_month_day,
    season_code,
    unresolved_month_day,
    week_value,
    weekday_date,
    weekday_number,
)
from extract.timex.split_years import fiscal_year_end
from extract.timex.tense import clause_tense, follows_since, is_future

_YEAR_LICENSE = re.compile(
    r"(?i:\b(?:in|since|by|of|until|till|from|to|before|after|during|circa|c\.|year|the)\s*)$"
)


def _absolute(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    groups = match.groupdict()
    year_text = groups.get("year")
    year = year_number(year_text, reference_year=clock.reference_year()) if year_text else None
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
        narrative = narrative_time(clock, text, *match.span("t"))
        if narrative is not None:
            return [("t", month_resolution(narrative, month, day))]
        return [("t", resolve_yearless(clock, month, day, text, match))]
    point = absolute_point(_date_words(match.group("t")), year, month, day)
    if point is None:
        return []
    granularity = "day" if point.day else "month" if point.month else "year"
    return [("t", Resolution("DATE", point.value(), granularity, "absolute", point))]


def _two_days(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "April 24 and 25": the first day read as a date without a year, the second in
    the same month and year."""
    month, day, day2 = month_number(match.group("month")), int(match.group("day")), None
    if int(match.group("day2")) > day:
        day2 = int(match.group("day2"))
    narrative = narrative_time(clock, text, *match.span("t"))
    if narrative is not None:
        first = month_resolution(narrative, month, day)
    else:
        first = resolve_yearless(clock, month, day, text, match)
    if day2 is None:
        return [("t", first)]
    if first.point is None:
        return [("t", first), ("t2", unresolved_month_day(month, day2))]
    second = Point(first.point.year, month, day2)
    if second.as_date() is None:
        return [("t", first)]
    return [("t", first), ("t2", Resolution("DATE", second.value(), "day", first.anchor, second))]


def _week_of_date(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the week of March 6": the ISO week of the day, read as the date alone would be;
    with no year to place the week in, the day alone ("4 April", XXXX-04-04)."""
    resolved = _absolute(match, clock, text)
    day = resolved[0][1].point.as_date() if resolved and resolved[0][1].point else None
    if day is None:
        return [(match.span("date"), resolved[0][1])] if resolved else []
    return [("t", Resolution("DATE", week_value(day), "week", resolved[0][1].anchor))]


def _half_year(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "the first half of 1990": 1990-H1; "the second", "last" or "latter" half: H2."""
    year = year_number(match.group("year"), reference_year=clock.reference_year())
    half = 1 if match.group("half").lower() == "first" else 2
    return [("t", Resolution("DATE", f"{year}-H{half}", "half", "absolute", Point(year)))]


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
    year = year_number(match.group("year"), reference_year=clock.reference_year())
    month = month_number(match.group("month"))
    first = Point(year, month, int(match.group("day")))
    second = Point(year, month, int(match.group("day2")))
    return [
        ("t", Resolution("DATE", first.value(), "day", "absolute", first)),
        ("t2", Resolution("DATE", second.value(), "day", "absolute", second)),
    ]


def resolve_yearless(
    clock: Clock, month: int, day: int | None, text: str, match: re.Match[str]
) -> Resolution:
    """A month (and day) written without a year, read in its clause's tense; in news,
    the object of "since" ("on patrol since March, and scheduled to return") has begun
    by the DCT whatever the verb. An undated text keeps the clause's tense alone, which
    weighs its anchor's year."""
    since = clock.dct is not None and follows_since(text, match)
    return resolve_month_day(clock, month, day, tense=clause_tense(text, match), since=since)


def _month(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    month = month_number(match.group("month"))
    relation = (match.groupdict().get("rel") or "").lower()
    if relation and clock.dct is not None:
        # "last February": the latest February before the DCT month; "next": the first after.
        point = _relative_month(month, relation, clock.dct.year, clock.dct.month)
        return [("t", Resolution("DATE", point.value(), "month", "dct", point))]
    if relation in ("last", "next") and clock.anchor is not None and clock.anchor.month:
        # undated: the latest such month before the story's dated month, or the first after
        point = _relative_month(month, relation, clock.anchor.year, clock.anchor.month)
        return [("t", Resolution("DATE", point.value(), "month", "narrative", point))]
    narrative = narrative_time(clock, text, *match.span("t")) if not relation else None
    if narrative is not None:
        return [("t", month_resolution(narrative, month, None))]
    return [("t", resolve_yearless(clock, month, None, text, match))]


def _relative_month(month: int, relation: str, year: int, reference_month: int) -> Point:
    """ "last"/"next" ``month`` seen from ``reference_month`` of ``year``; "this" keeps
    the year."""
    if relation == "last" and month >= reference_month:
        year -= 1
    elif relation == "next" and month <= reference_month:
        year += 1
    return Point(year, month)


def _weekday(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """A weekday near the reference day: the coming one in a future-tense sentence."""
    weekday = weekday_number(match.group("weekday"))
    relation = " ".join((match.group("rel") or "").lower().split()) or None
    base = clock.dct or (clock.anchor.as_date() if clock.anchor else None)
    # "Thursday night": TIME XXXX-WXX-4TNI, or the day's DATE, as the conventions say
    part = match.group("part") if clock.conventions.weekday_parts else None
    suffix = f"T{part_of_day_code(part)}" if part else ""
    kind = "TIME" if part else "DATE"
    if base is None:
        return [("t", Resolution(kind, f"XXXX-WXX-{weekday}{suffix}", "day", "unresolved"))]
    if match.group("story_rel"):
        return [("t", _story_weekday(match, clock, base, weekday, kind, suffix))]
    if relation in ("coming", "this coming"):
        relation = "next"
    narrative = day_narrative_time(clock, text, *match.span("t")) if relation is None else None
    passage_day = narrative.point.as_date() if narrative is not None else None
    if narrative is not None and passage_day is not None:
        day = weekday_date(passage_day, weekday, None, future=not narrative.backward)
        value = day.isoformat() + suffix
        return [("t", Resolution(kind, value, "day", "narrative", Point.of(day)))]
    # "Wednesday's ruling" names an event the news has already reported
    future = is_future(text, match) and not _POSSESSIVE.match(text, match.end("t"))
    day = weekday_date(base, weekday, relation, future=future)
    anchor = "dct" if clock.dct else "narrative"
    return [("t", Resolution(kind, day.isoformat() + suffix, "day", anchor, Point.of(day)))]


_POSSESSIVE = re.compile(r"['’]s\b")


def _story_weekday(
    match: re.Match[str], clock: Clock, base: dt.date, weekday: int, kind: str, suffix: str
) -> Resolution:
    """ "the previous Friday", "the following Monday": that weekday strictly before or
    after the day the story last named (the DCT when it named no date; no known week when
    its last date is only a month or a year)."""
    story_day = clock.anchor.as_date() if clock.anchor is not None else None
    if clock.anchor is not None and story_day is None:
        # "In 1985 the bank failed. The following Monday, ...": a day the year does not fix
        return Resolution(kind, f"XXXX-WXX-{weekday}{suffix}", "day", "unresolved")
    reference = story_day or base
    if match.group("story_rel").lower() == "following":
        day = reference + dt.timedelta(days=(weekday - reference.isoweekday() - 1) % 7 + 1)
    else:
        day = reference - dt.timedelta(days=(reference.isoweekday() - weekday - 1) % 7 + 1)
    anchor = "dct" if story_day is None and clock.dct is not None else "narrative"
    return Resolution(kind, day.isoformat() + suffix, "day", anchor, Point.of(day))


def _holiday(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """A named day: in its stated year, else the occurrence nearest the DCT or in the
    narrative's year; without either, only what the name itself fixes."""
    if match.group("holiday").islower():
        return []  # a holiday is a name: "announce election day" is an election's day
    named = holiday(match.group("holiday"))
    relation = (match.group("rel") or "").lower()
    narrative = None
    if not match.group("year") and not relation:
        narrative = narrative_time(clock, text, *match.span("t"))
    if match.group("year"):
        day, anchor = (
            named.date_in(year_number(match.group("year"), reference_year=clock.reference_year())),
            "absolute",
        )
    elif narrative is not None:
        day, anchor = day_in_passage(narrative, named.date_in), "narrative"
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
                clock.dct, candidates, future=is_future(text, match), penalty=MONTH_TENSE_PENALTY
            )
        anchor = "dct"
    elif clock.anchor is not None:
        day, anchor = named.date_in(clock.anchor.year), "narrative"
    else:
        fixed = f"-{named.day:02d}" if named.day is not None else ""
        value = f"XXXX-{named.month:02d}{fixed}" if named.after_easter is None else "XXXX"
        return [("t", Resolution("DATE", value, "day" if fixed else None, "unresolved"))]
    if match.group("week"):
        return [("t", Resolution("DATE", week_value(day), "week", anchor))]
    return [("t", Resolution("DATE", day.isoformat(), "day", anchor, Point.of(day)))]


def _decade(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    decade = match.group("decade") or match.group("decade_apostrophe")
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
        year = year_number(match.group("year"), reference_year=clock.reference_year())
        return [("t", Resolution("DATE", f"{year}-{code}", "season", "absolute", Point(year)))]
    if not relation:
        # A bare "spring" or "fall" is too often not a time; "the summer" is, but
        # "the fall of Rome" and "the spring of water" are not.
        word = match.group("season").lower()
        if not match.group("the") or (
            word in ("spring", "fall") and _OF_AFTER.match(text, match.end("t"))
        ):
            return []
        narrative = narrative_time(clock, text, *match.span("t"))
        if narrative is not None:
            value = f"{narrative.point.year}-{code}"
            return [("t", Resolution("DATE", value, "season", "narrative"))]
        if clock.dct is not None and (
            clock.anchor is None
            or abs(clock.anchor.year - clock.dct.year) < clock.conventions.narrative_min_years
        ):  # news, not a story set years back: the season nearest the DCT
            return [("t", _season_near_dct(clock.dct, code, future=is_future(text, match)))]
        relation = "that" if clock.anchor is not None else "this"
    if relation in ("that", "the same") and clock.anchor is not None:
        return [("t", Resolution("DATE", f"{clock.anchor.year}-{code}", "season", "narrative"))]
    if relation in ("following", "previous") or (relation == "next" and match.group("the")):
        return [("t", _season_beside(clock, code, ahead=relation != "previous"))]
    if clock.dct is not None and relation in ("last", "this", "this past", "next"):
        year = clock.dct.year + {"last": -1, "this": 0, "this past": 0, "next": 1}[relation]
        return [("t", Resolution("DATE", f"{year}-{code}", "season", "dct"))]
    return [("t", Resolution("DATE", f"XXXX-{code}", "season", "unresolved"))]


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_near_dct(dct: dt.date, code: str, *, future: bool) -> Resolution:
    """ "the summer" in news: the one nearest the DCT, biased by tense, as a month is."""
    start = _SEASON_START[code]  # winter YYYY-WI runs from December into the next year
    middles = {
        year: dt.date(year + start // 12, start % 12 + 1, 15)
        for year in (dct.year - 1, dct.year, dct.year + 1)
    }
    chosen = nearest_occurrence(
        dct, list(middles.values()), future=future, penalty=MONTH_TENSE_PENALTY
    )
    year = next(year for year, middle in middles.items() if middle == chosen)
    return Resolution("DATE", f"{year}-{code}", "season", "dct", Point(year))


def _season_beside(clock: Clock, code: str, *, ahead: bool) -> Resolution:
    """ "the following spring", "the previous winter": the first such season after (or
    the last before) the story's last date, else the DCT."""
    reference = clock.anchor or (Point.of(clock.dct) if clock.dct else None)
    if reference is None:
        return Resolution("DATE", f"XXXX-{code}", "season", "unresolved")
    start = _SEASON_START[code]
    if ahead:
        later_this_year = reference.month is not None and start > reference.month
        year = reference.year if later_this_year else reference.year + 1
    else:
        earlier_this_year = reference.month is not None and start < reference.month
        year = reference.year if earlier_this_year and code != "WI" else reference.year - 1
    anchor = "narrative" if clock.anchor else "dct"
    return Resolution("DATE", f"{year}-{code}", "season", anchor, Point(year))


_OF_AFTER = re.compile(r"\s+of\b")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


_ARTICLE_BEFORE = re.compile(r"(?i)\ban?\s+$")


def resolve_year(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    year_text = match.group("year")
    year = year_number(year_text, reference_year=clock.reference_year())
    licensed = _YEAR_LICENSE.search(text[max(0, match.start("t") - 12) : match.start("t")])
    if (year < 1900 or not year_text[0].isalnum()) and not licensed:
        return []  # "’84" alone needs "in", "of", "since" ... before it, as a year before 1900
    if (
        year_text[0].isalpha()
        and not licensed
        and not _CLAUSE_END.match(text, match.end())
        and not _ARTICLE_BEFORE.search(text, max(0, match.start("t") - 4), match.start("t"))
    ):  # "nineteen twenty cars": a spoken year needs a licence, a clause end or an article
        return []  # ("a nineteen ninety-seven attack": one attack, so no count of them)
    point = Point(year)
    fiscal_end = fiscal_year_end(text, match.start("t"), match.end("t"), year)
    if fiscal_end is not None:  # "the budget in 2004/05": the fiscal year
        fiscal = Resolution("DATE", f"FY{year}", "year", "absolute", point)
        return [((match.start("t"), fiscal_end), fiscal)]
    return [("t", Resolution("DATE", point.value(), "year", "absolute", point))]


RESOLVERS: dict[str, Resolver] = {
    "month_day_and_day_year": _two_dates,
    "month_day_and_day": _two_days,
    "week_of_date": _week_of_date,
    "week_of_day_month": _week_of_date,
    "half_year": _half_year,
    "month_day_year": _absolute,
    "day_month_year": _absolute,
    "day_month_year_hyphen": _absolute,
    "iso_date": _absolute,
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
    "year": resolve_year,
}
