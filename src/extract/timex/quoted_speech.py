"""A deictic day inside a quotation is said on the day the quotation was spoken.

'"Today we lost everything," Ada Okafor said on Sunday' in Monday's paper: "Today"
is that Sunday, not the publication date. The quotation's reporting clause (after
it in its sentence, or before it: 'On Sunday she said: "Today ..."') gives the day
when it has a reporting verb and a date of day precision outside any quotation.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from extract.timex.clock import Point
from extract.timex.normalize import Resolution
from extract.timex.tense import sentence_bounds

# “...”, "...", ``...'' (TimeML's news), and ‘...’ where the closing mark is not an
# apostrophe inside a word ("don’t").
_QUOTATION = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"|``[^\n]*?''|(?<!\w)‘(?:[^‘’\n]|’(?=\w))*’(?!\w)")
_REPORTING_VERB = re.compile(
    r"(?i)\b(?:said|says|told|added|wrote|declared|announced|insisted|explained|recalled"
    r"|replied|asked|shouted|stated|testified)\b"
)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_NO_END = 1 << 62  # sorts after every quotation starting at a position
# Days counted from the day of speaking.
_DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def redate_quoted_days(
    text: str, expressions: Sequence[tuple[int, int, Resolution]]
) -> list[Resolution]:
    """The resolutions of ``expressions`` (start, end, resolution; in text order) with
    each deictic day inside a quotation moved to the day its reporting clause gives."""
    quotations = quotation_spans(text)
    resolutions = [resolution for _, _, resolution in expressions]
    if not quotations:
        return resolutions
    outside = [
        (start, end, day)
        for start, end, resolution in expressions
        if (day := _day_of(resolution)) is not None and _quotation_of(quotations, start) is None
    ]
    speech_days = _speech_days(text, quotations, outside)
    for index, (start, end, resolution) in enumerate(expressions):
        offset = _DEICTIC_DAYS.get(" ".join(text[start:end].lower().split()))
        quotation = _quotation_of(quotations, start)
        if offset is None or quotation is None:
            continue
        spoken = speech_days[quotation]
        if spoken is None:
            continue
        day = spoken + dt.timedelta(days=offset)
        if day.isoformat() == resolution.value[:10]:
            continue
        resolutions[index] = replace(
            resolution,
            value=day.isoformat() + resolution.value[10:],
            granularity="day",
            anchor="narrative",
            point=Point.of(day),
        )
    return resolutions


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Where the text's quotations are, in order (marks included)."""
    return [match.span() for match in _QUOTATION.finditer(text)]


def _day_of(resolution: Resolution) -> dt.date | None:
    found = _DAY_VALUE.match(resolution.value)
    if found is None or resolution.anchor == "unresolved":
        return None
    try:
        return dt.date(*map(int, found.groups()))
    except ValueError:
        return None


def _quotation_of(quotations: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    index = bisect_right(quotations, (position, _NO_END)) - 1
    if index >= 0 and quotations[index][0] < position < quotations[index][1]:
        return quotations[index]
    return None


def _speech_days(
    text: str, quotations: list[tuple[int, int]], outside: list[tuple[int, int, dt.date]]
) -> dict[tuple[int, int], dt.date | None]:
    """The day each quotation was said. A quotation with no reporting clause of its own
    that follows, in the same paragraph, the reporting sentence of the one before
    ('"...," she said on Sunday. "Today ..."') goes on with that speaker's words."""
    days: dict[tuple[int, int], dt.date | None] = {}
    previous: tuple[tuple[int, int], dt.date | None] | None = None
    for quotation in quotations:
        day = _speech_day(text, quotation, outside)
        if day is None and previous is not None:
            (_, previous_end), previous_day = previous
            between = text[previous_end : quotation[0]]
            if "\n" not in between and _REPORTING_VERB.search(between):
                day = previous_day
        days[quotation] = day
        previous = (quotation, day)
    return days


def _speech_day(
    text: str, quotation: tuple[int, int], outside: list[tuple[int, int, dt.date]]
) -> dt.date | None:
    """The day of the reporting clause after the quotation, else of the one before it."""
    start, end = quotation
    _, after_end = sentence_bounds(text, end, end)
    before_start, _ = sentence_bounds(text, start, start)
    # A quotation ending in its own full stop ends the sentence: no clause follows it.
    closes_sentence = text[end - 2 : end - 1] in (".", "!", "?")
    clauses = ((end, end if closes_sentence else after_end), (before_start, start))
    for clause_start, clause_end in clauses:
        if not _REPORTING_VERB.search(text, clause_start, clause_end):
            continue
        first = bisect_left(outside, (clause_start,))  # ``outside`` is in text order
        days = []
        for s, e, day in outside[first:]:
            if s >= clause_end:
                break
            if e <= clause_end:
                days.append(day)
        if days:
            return days[0] if clause_start == end else days[-1]
    return None
