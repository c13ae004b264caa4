"""Durations ("three decades", "5 1/2 hours") and sets ("every other morning"); a rate
after an amount ("$500 million a year") is neither."""

from __future__ import annotations

import re

from extract.timex.clock import Clock
from extract.timex.durations import compound_duration, coordinated_spans, duration_value, singular
from extract.timex.holidays import holiday
from extract.timex.lexicon import NUMBER_WORD_PATTERN, WEEKDAY_PATTERN, WEEKDAYS
from extract.timex.normalize import (
    Resolution,
    Resolved,
    Resolver,
    month_number,
    part_of_day_code,
)
from extract.timex.tense import is_future


def _set(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    phrase = match.group("t").lower()
    if match.group("set_month"):  # "each July": that month of every year
        month = month_number(match.group("set_month"))
        return [("t", Resolution("SET", f"XXXX-{month:02d}", None, "absolute"))]
    if match.group("set_holiday"):  # "every Christmas": that day of every year
        named = holiday(match.group("set_holiday"))
        fixed = f"-{named.day:02d}" if named.day is not None else ""
        value = f"XXXX-{named.month:02d}{fixed}" if named.after_easter is None else "XXXX"
        return [("t", Resolution("SET", value, None, "absolute"))]
    weekday = next((number for name, number in WEEKDAYS.items() if name in phrase), None)
    if weekday is not None:  # "every Tuesday": that weekday of every week (ANNOTATION.md)
        return [("t", Resolution("SET", f"XXXX-WXX-{weekday}", None, "absolute"))]
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


_WEEKDAY_WORD = re.compile(WEEKDAY_PATTERN, re.IGNORECASE)
_PLURAL_PART = re.compile(r"(?i)\s+(mornings|afternoons|evenings|nights)")


def _weekday_set(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "on Tuesdays and Thursdays": XXXX-WXX-2 and XXXX-WXX-4; "Monday and Tuesday
    nights": XXXX-WXX-1TNI and XXXX-WXX-2TNI, the last span holding the part's word."""
    start, end = match.span("t")
    part = _PLURAL_PART.search(text, start, end)
    suffix = f"T{part_of_day_code(part.group(1)[:-1])}" if part else ""
    days = list(_WEEKDAY_WORD.finditer(text, start, end))
    found: Resolved = []
    for index, day in enumerate(days):
        weekday = WEEKDAYS[day.group().lower()]
        last = index == len(days) - 1
        span_end = end if last and part else day.end() + (0 if part else 1)
        value = f"XXXX-WXX-{weekday}{suffix}"
        found.append(((day.start(), span_end), Resolution("SET", value, None, "absolute")))
    return found


# What comes right before "a day"/"a year" when it is the rate of an amount: "23 hours a day",
# "$500 million a year", "700 seats a week", "20% a year", "£3bn a year", "£3bn pounds a year".
_RATE_BEFORE = re.compile(
    r"(?i:hours?|minutes?|days?|weeks?|times|miles?|dollars?|cents?|million|billion|trillion"
    r"|percent|%|\d(?:bn|m|k)?|(?:million|billion|trillion|thousand)\s+[a-z]+"
    rf"|(?:\d[\d,.]*(?:bn|m|k)?|{NUMBER_WORD_PATTERN})\s+(?:[a-z-]+\s+)?[a-z]+s)\s*$"
)


def is_rate(text: str, start: int) -> bool:
    return bool(_RATE_BEFORE.search(text[max(0, start - 60) : start]))


_ORDINAL_SECOND = re.compile(
    r"(?<=second)\s+(?!(?i:ago|later|earlier|before|after|or|and|longer|of|in|to)\b)[A-Za-z]"
)


# A rate whose amount is money: "£3bn a year", "$10m a year", "20 million euros a year".
_MONEY_BEFORE = re.compile(
    r"(?i:[£$€¥]\s?\d[\d,.]*\s*(?:bn|m|k|million|billion|trillion)?(?:\s+[a-z]+)?"
    r"|\d[\d,.]*\s*(?:bn|m|million|billion|trillion)?\s+(?:dollars|pounds|euros|yen|rupees))\s+$"
)


def _duration(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    quantity = match.group("quantity").lower()
    start = match.start("t")
    if quantity in ("a", "an") and is_rate(text, start):
        if clock.conventions.rate_sets and _MONEY_BEFORE.search(text, max(0, start - 40), start):
            # "£3bn a year": the period money recurs in, a SET (as "per year" is)
            value = compound_duration(match.group("t"))
            return [("t", Resolution("SET", value, None, "absolute"))]
        return []  # "23 hours a day": a rate, not a duration of its own
    if quantity in ("a", "an", "one") and _ORDINAL_SECOND.match(text, match.end("t")):
        return []  # "a second betrayal": the ordinal, not a second of time
    if (
        quantity in ("a", "an", "one", "three")
        and singular(match.group("unit")) == "quarter"
        and _FRACTION_OF.match(text, match.end("t"))
    ):  # "a quarter of the shares", "a quarter point rise": a fraction; "two quarters of
        return []  # growth" are two quarters of a year
    if (
        quantity in ("some", "many")
        and match.group("unit").lower() == "quarters"
        and _AMONG_BEFORE.search(text, max(0, start - 12), start)
    ):
        return []  # "criticised in some quarters": among some people
    if _is_some_day(match, text):  # "Lagos will one day have clean water": an unknown future day
        return [("t", Resolution("DATE", "FUTURE_REF", None, "absolute"))]
    phrase, phrase_start = match.group("t"), match.start("t")
    over = _OVER.match(phrase)
    if over and not _MORE_THAN_BEFORE.search(text, max(0, phrase_start - 20), phrase_start):
        # "£14bn over three years": across them; "for over three years" is more than
        phrase, phrase_start = phrase[over.end() :], phrase_start + over.end()
    if match.group("or_so"):  # "two years or so": the last duration keeps its "or so"
        phrase = phrase[: match.start("or_so") - phrase_start]
    spans = coordinated_spans(phrase)
    if match.group("or_so"):
        spans[-1] = (spans[-1][0], match.end("t") - phrase_start)
    return [
        (
            (phrase_start + start, phrase_start + end),
            Resolution("DURATION", compound_duration(phrase[start:end]), None, "absolute"),
        )
        for start, end in spans
    ]


_OVER = re.compile(r"(?i)over\s+")
# Before "over", what makes it "more than": "for over", "just over", "well over", "took over"
_MORE_THAN_BEFORE = re.compile(
    r"(?i)\b(?:for|of|in|after|within|by|than|just|lasted|lasting|lasts|last|took|takes"
    r"|take|spent|spend|aged|little|well|already|been|wait|waited|waiting)\s+$|^\s*$|[.!?\"“(]\s*$"
)
_AMONG_BEFORE = re.compile(r"(?i)\b(?:in|from|among)\s+$")
# After "a quarter", "three quarters": what makes them a fraction of something other
# than time (a fraction of a unit of time, "a quarter of an hour", is a quantity).
_FRACTION_OF = re.compile(r"(?i)\s+of\b|(?:\s+|-)(?:percentage\s+|basis\s+)?points?\b")


# A preposition or determiner before "one day" makes it a length ("for one day", "only
# one day"); a word after it a point in a sequence ("one day later", "one day of talks").
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:for|in|within|after|than|of|by|over|about|only|just|the|every|each|per|least)\s+$"
)
_LENGTH_AFTER = re.compile(r"(?i)(?:\s+(?:later|after|before|earlier|ago|of|and|or)\b|['’-])")


def _is_some_day(match: re.Match[str], text: str) -> bool:
    """Is "one day" the adverb of a future sentence ("will one day be"), some day to come?"""
    start, end = match.span("t")
    if text[start:end].lower() != "one day":
        return False
    if _LENGTH_BEFORE.search(text, max(0, start - 12), start) or _LENGTH_AFTER.match(text, end):
        return False
    return is_future(text, match)


def _duration_hyphen(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    value = duration_value(match.group("quantity"), match.group("unit"))
    return [("t", Resolution("DURATION", value, None, "absolute"))]


def _duration_adjective(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "day-long": one day; "decades-long", "several-year": some years, their number unsaid."""
    unit = match.group("unit") or match.group("unit2")
    quantity = "one" if match.group("unit") and not match.group("plural") else None
    return [("t", Resolution("DURATION", duration_value(quantity, unit), None, "absolute"))]


def _a_while(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    return [("t", Resolution("DURATION", "PXX", None, "absolute"))]


def _vague(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    unit = match.groupdict().get("unit") or match.group("unit2")
    return [("t", Resolution("DURATION", duration_value(None, unit), None, "absolute"))]


def _rate_adjective(match: re.Match[str], clock: Clock, text: str) -> Resolved:
    """ "annual", "quarterly": a SET where the conventions mark the adjective of a rate."""
    if not clock.conventions.rate_sets:
        return []
    value = "P1Y" if match.group("t").lower() == "annual" else "P3M"  # TimeBank writes P3M
    return [("t", Resolution("SET", value, None, "absolute"))]


RESOLVERS: dict[str, Resolver] = {
    "set": _set,
    "weekday_set": _weekday_set,
    "rate_adjective": _rate_adjective,
    "all_these_years": _vague,
    "duration": _duration,
    "duration_hyphen": _duration_hyphen,
    "duration_adjective": _duration_adjective,
    "a_while": _a_while,
    "vague_span": _vague,
    "bare_plural": _vague,
    "just_plural": _vague,
    "recent_plural": _vague,
}
