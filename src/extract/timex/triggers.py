"""The words a paragraph must hold for each grammar pattern to match in it.

Running every pattern over every character was most of the dates stage's time (23 of 31
seconds on the BBC corpus): Python's regex engine tries each pattern's alternations at
every word start. A paragraph without "ago" or "earlier" holds no "three years ago", so
the grammar runs a pattern only over the paragraphs holding one of its trigger words.
A trigger set must hold a word of every text the pattern can match (a superset is safe,
only slower); ``None`` runs the pattern everywhere. tests/test_timex_triggers.py checks
on real text that the gate drops no match.

Expressions never run across a blank line either: "Tuesday, 1 March" above a "2000 GMT"
line is a date and a clock time, not 1 March 2000.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extract.timex.holidays import HOLIDAYS
from extract.timex.lexicon import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS

DIGIT = "0"  # the trigger word a paragraph holds when it holds any digit

_UNITS = frozenset(
    f"{unit}{plural}"
    for unit in ("year", "month", "week", "day", "decade", "quarter", "fortnight", "hour")
    for plural in ("", "s")
) | {"century", "centuries", "minute", "minutes", "second", "seconds"}
_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(WEEKDAYS)
# "midnight", "midmorning": the part-of-day pattern's "mid" + part, one word here.
_PARTS_OF_DAY = frozenset(PARTS_OF_DAY) | {f"mid{part}" for part in PARTS_OF_DAY}
# One word of each holiday's name, its longest ("the fourth of july": "fourth").
_HOLIDAY_WORDS = frozenset(max(re.findall(r"[^\W\d_]+", name), key=len) for name in HOLIDAYS)
_DECADE_WORDS = frozenset(
    f"{tens}ies" for tens in ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet")
)
# A year in words ("nineteen eighty-five", "two thousand and one") opens with one of these.
_SPOKEN_YEAR_OPENINGS = frozenset(
    {"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"}
    | {"eighteen", "nineteen", "two"}
)

TRIGGERS: dict[str, frozenset[str] | None] = {
    "month_day_and_day_year": _MONTHS,
    "month_day_and_day": _MONTHS,
    "week_of_date": frozenset({"week"}),
    "week_of_day_month": frozenset({"week"}),
    "half_year": frozenset({"half"}),
    "month_day_year": _MONTHS,
    "day_month_year": _MONTHS,
    "day_month_year_hyphen": _MONTHS,
    "iso_date": frozenset({DIGIT}),
    "numeric_date": frozenset({DIGIT}),
    "month_year": _MONTHS,
    "month_day": _MONTHS,
    "day_month": _MONTHS,
    "month_of_relative_year": _MONTHS,
    "month_relative": _MONTHS,
    "month": _MONTHS,
    "weekday": _WEEKDAYS,
    "holiday": _HOLIDAY_WORDS,
    "decade": frozenset({DIGIT}),
    "decade_word": _DECADE_WORDS,
    "century": frozenset({"century"}),
    "season": frozenset(SEASONS),
    "quarter": frozenset({"quarter"}),
    "quarter_code": frozenset({"q"}),
    "year_ago": frozenset({"ago", "earlier", "prior"}),
    "period": frozenset({"period"}),
    "period_year_back": frozenset({"period", "quarter", "month"}),
    "relative_unit": frozenset(
        {"year", "month", "week", "weekend", "fortnight", "decade", "century"}
    ),
    "the_year": frozenset({"year"}),
    "period_end": frozenset({"year", "month"}),
    "story_day": frozenset({"day", "date"}) | _PARTS_OF_DAY,
    "weekend": frozenset({"weekend"}),
    "the_week": frozenset({"week"}),
    "ago": frozenset({"ago", "earlier", "time"}),
    "deictic": frozenset(
        {"today", "tonight", "yesterday", "tomorrow", "now", "currently", "nowadays"}
        | {"recently", "presently", "present", "past", "future", "soon", "day"}
        | {"near", "later", "these", "moment", "season", "academic", "school"}
    ),
    "year": frozenset({DIGIT}) | _SPOKEN_YEAR_OPENINGS,
    "set": frozenset(
        {"every", "each", "daily", "weekly", "monthly", "annually", "yearly", "nightly"}
        | {"hourly", "day", "week", "month", "year", "quarter"}
    ),
    "part_of_day": _PARTS_OF_DAY,
    "date_clock": _MONTHS | _WEEKDAYS,
    "clock": frozenset({DIGIT, "noon", "midnight", "midday"}),
    "clock_24h": frozenset({DIGIT}),
    "all_these_years": frozenset({"years", "months", "weeks", "days", "decades"}),
    "duration": _UNITS,
    "duration_hyphen": _UNITS,
    "duration_adjective": _UNITS,
    "a_while": frozenset({"while"}),
    "day_of_event": frozenset({"day"}),
    "vague_span": _UNITS,
    "recent_plural": _UNITS,
    "bare_plural": _UNITS,
    "just_plural": _UNITS,
    "rate_adjective": frozenset({"annual", "quarterly"}),
    "weekday_set": _WEEKDAYS | frozenset(f"{day}s" for day in _WEEKDAYS),
}

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")
_WORD = re.compile(r"[^\W\d_]+")
_ANY_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Paragraph:
    """A stretch of text between blank lines, and the words (case-folded) it holds."""

    start: int
    end: int
    words: frozenset[str]

    def may_match(self, pattern_name: str) -> bool:
        triggers = TRIGGERS[pattern_name]
        return triggers is None or not self.words.isdisjoint(triggers)


def paragraphs(text: str) -> Iterator[Paragraph]:
    """The paragraphs of ``text`` in order, each with its trigger words."""
    start = 0
    for found in (*_PARAGRAPH_BREAK.finditer(text), None):
        end = found.start() if found is not None else len(text)
        piece = text[start:end]
        words = set(_WORD.findall(piece.casefold()))
        if _ANY_DIGIT.search(piece):
            words.add(DIGIT)
        yield Paragraph(start, end, frozenset(words))
        if found is not None:
            start = found.end()
