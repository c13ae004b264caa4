"""The grammar of times of day: clock times ("9:15pm", "1130 GMT"), a date with its
clock time ("Jul 11, 2023, 3:39 PM") and parts of the day ("that night",
"mid-afternoon yesterday").
"""

from __future__ import annotations

from extract.timex.lexicon import MONTH_PATTERN as MONTH
from extract.timex.lexicon import WEEKDAY_PATTERN as WEEKDAY
from extract.timex.pattern_parts import (
    ANY_DAY,
    CLOCK_TIME,
    DAY,
    PART_OF_DAY,
    TIME_ZONE,
    WORD_END,
    WORD_START,
    YEAR,
    Pattern,
    pattern,
)

CLOCK_PATTERNS: tuple[Pattern, ...] = (
    pattern(
        "part_of_day",
        rf"{WORD_START}(?P<t>(?:(?P<det>(?i:that|the|this|last|one|an|a|same|tomorrow|yesterday))\s+"
        rf"|(?P<mid>(?i:mid))[\s-]?)?"
        # "an early morning shooting", "in the late evening": the part's start or end
        rf"(?P<edged>(?P<edge>(?i:early|late))[\s-]+)?"
        rf"(?P<part>{PART_OF_DAY}|(?i:tonight|overnight))"
        rf"(?:\s+(?i:in|of)\s+(?P<date>(?:(?P<month>{MONTH})(?:\s+{DAY})?,?\s+)?{YEAR})"
        # "mid-afternoon yesterday"; not after a determiner ("that night today")
        rf"|(?(det)(?!)|\s+(?P<day_after>(?i:yesterday|today|tomorrow))))?)"
        rf"{WORD_END}",
    ),
    # "Jul 11, 2023, 3:39 PM", "Tuesday at 10 a.m.": a day and the clock time on it are
    # one TIME, as TimeBank writes the other order ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6")
    pattern(
        "date_clock",
        rf"{WORD_START}(?P<t>(?P<date>(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{ANY_DAY}|{ANY_DAY}\s+{MONTH})"
        rf"(?:,?\s+(?:1\d{{3}}|20\d{{2}}))?|{WEEKDAY})"
        rf"(?:,?\s+(?i:at)|,)?\s+{CLOCK_TIME}(?:\s+(?P<zone>{TIME_ZONE}))?){WORD_END}",
    ),
    pattern(
        "clock",
        # "9:15pm", "9.15pm", "1.45 a.m."; an hour of a 12-hour clock only ("15pm" is none)
        # "around 7:15 p.m." keeps its approximation inside, as TimeBank does ("about" and
        # "shortly before" it leaves outside); "9 am this morning", "noon yesterday": the day
        # named after the time is in the span, as TimeBank's "mid-afternoon yesterday"
        rf"{WORD_START}(?<!\d[.:,])(?P<t>(?:(?i:around|approximately|roughly)\s+)?{CLOCK_TIME}"
        rf"(?:\s+(?P<zone>{TIME_ZONE}))?"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?!\d))"
        rf"|\s+(?P<day_word>(?i:today|yesterday|tomorrow|tonight|last\s+night"
        rf"|this\s+(?:morning|afternoon|evening))))?)"
        rf"{WORD_END}",
    ),
    # "1130 GMT", "13:00 UTC", "0630 BST": a 24-hour clock time, known as one by its zone
    pattern(
        "clock_24h",
        rf"(?<![\w$#.,/:+–-])(?P<t>(?P<hour>[01]?\d|2[0-3])(?:[:.]|(?<=\d\d))(?P<minute>[0-5]\d)"
        rf"\s*(?P<zone>{TIME_ZONE})"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?!\d)))?)"
        rf"{WORD_END}",
    ),
)
