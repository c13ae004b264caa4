"""The grammar of lengths of time and of recurring times: "three years", "for decades",
"every Tuesday", "on Tuesdays", "annual profits". Durations come last in the
grammar's order (extract.timex.patterns), sets before the times of day.
"""

from __future__ import annotations

from extract.timex.holidays import HOLIDAY_PATTERN
from extract.timex.lexicon import MONTH_PATTERN as MONTH
from extract.timex.lexicon import NUMBER_PATTERN as NUMBER
from extract.timex.lexicon import UNIT_PATTERN as UNIT
from extract.timex.lexicon import WEEKDAY_PATTERN as WEEKDAY
from extract.timex.pattern_parts import (
    APPROXIMATE,
    COMPOUND_AMOUNT,
    PLURAL_PART,
    PLURAL_WEEKDAY,
    QUANTITY,
    SPAN_WORD,
    WORD_END,
    WORD_START,
    Pattern,
    pattern,
)

SET_PATTERNS: tuple[Pattern, ...] = (
    pattern(
        "set",
        rf"{WORD_START}(?P<t>(?i:every\s+(?:other\s+)?(?:day|week|month|year|morning|afternoon|evening"
        rf"|night|weekday|weekend|quarter|hour|minute|summer|winter|spring|fall)"
        rf"|each\s+(?:day|week|month|year|morning|evening|night|quarter))"
        rf"|(?i:every|each)\s+{WEEKDAY}"
        # "each July", "every Christmas": that month or day of every year (TimeBank: XXXX-07)
        rf"|(?i:every|each)\s+(?:(?P<set_month>{MONTH})|(?P<set_holiday>(?i:{HOLIDAY_PATTERN})))"
        rf"|(?:{APPROXIMATE}\s+)?(?:{NUMBER}\s+times|(?i:once|twice))\s+(?i:a|per|each|every)\s+"
        rf"(?i:day|week|month|year)|daily|weekly|monthly|annually|yearly|nightly|hourly"
        # "e-mail addresses published per year": a rate's period, as "£3bn a year" is
        rf"|(?i:per\s+(?:day|week|month|year|hour|quarter))"
        # "year after year", "day after day": every one of them
        rf"|(?i:(?P<repeated>day|week|month|year)\s+after\s+(?P=repeated))){WORD_END}",
    ),
    # "on Tuesdays and Thursdays", "Monday and Tuesday nights": those weekdays (and that
    # part of them) of every week, one SET per weekday
    pattern(
        "weekday_set",
        rf"{WORD_START}(?P<t>(?<=\b[Oo]n\s){PLURAL_WEEKDAY}(?:(?:,\s*|\s+(?:and|or)\s+){PLURAL_WEEKDAY})*{WORD_END}"
        rf"|(?<!and\s)(?<!or\s)(?<!,\s){WEEKDAY}\s+{PLURAL_PART}{WORD_END}"
        # "Monday and Tuesday nights" is plural for two nights; a schedule's start or end
        # after it ("from March 30") makes them recur
        rf"|{WEEKDAY}(?:(?:,\s*|\s+(?:and|or)\s+){WEEKDAY})+\s+{PLURAL_PART}{WORD_END}"
        r"(?=\s+(?i:from|starting|beginning|until|till|through|each|every)\b))",
    ),
    # "annual profits", "quarterly earnings": the period of a rate (a SET, as "daily" is)
    pattern("rate_adjective", rf"(?<![\w-])(?P<t>(?i:annual|quarterly)){WORD_END}(?!-)"),
)

DURATION_PATTERNS: tuple[Pattern, ...] = (
    pattern(
        "all_these_years",
        rf"{WORD_START}(?P<t>(?i:all\s+(?:these|those|the)\s+(?P<unit>years|months|weeks|days|decades))){WORD_END}",
    ),
    pattern(
        "duration",
        rf"{WORD_START}(?P<t>(?:(?i:the)\s+(?:(?P<span>{SPAN_WORD})\s+)?|{APPROXIMATE}\s+(?!(?i:the)\s))?"
        rf"(?P<quantity>{QUANTITY})\s+(?:(?i:more|additional|further|extra)\s+)?"
        # "eight trading days", "five business days"
        rf"(?:(?i:trading|business|working)\s+(?=(?i:days?|weeks?|hours?)\b))?"
        rf"(?P<unit>(?i:{UNIT})){COMPOUND_AMOUNT}(?:\s+(?i:and\s+a\s+half))?(?P<or_so>\s+(?i:or\s+so))?)"
        rf"{WORD_END}",
    ),
    pattern(
        "duration_hyphen",
        rf"{WORD_START}(?P<t>(?P<quantity>{NUMBER})-(?P<unit>(?i:year|month|week|day|hour|minute|decade))"
        rf"(?:-(?i:old|long))?){WORD_END}",
    ),
    # "a day-long meeting", "a decades-long battle", "a several-year tenure": a length
    # written as an adjective, its number unsaid
    pattern(
        "duration_adjective",
        rf"{WORD_START}(?P<t>(?:(?P<unit>(?i:year|month|week|day|hour|decade))(?P<plural>s)?-(?i:long)"
        rf"|(?i:several|many|few)-(?P<unit2>(?i:year|month|week|day|hour|decade)))){WORD_END}",
    ),
    # "for a while", "after a little while": a length nobody measured (TIMEX3 PXX)
    pattern(
        "a_while",
        rf"{WORD_START}(?i:for|in|after|within|takes?|took|lasted)\s+"
        rf"(?P<t>(?i:a\s+(?:little\s+|long\s+|short\s+)?while)){WORD_END}",
    ),
    pattern(
        "vague_span",
        rf"{WORD_START}(?P<t>(?i:the)\s+(?:(?P<span>{SPAN_WORD})\s+(?:(?i:few|several)\s+)?"
        rf"(?P<unit>(?i:years|months|weeks|days|decades|hours))"
        # "in the weeks ahead": the coming ones
        rf"|(?P<unit2>(?i:years|months|weeks|days))\s+(?i:ahead))){WORD_END}",
    ),
    pattern(
        "recent_plural",
        rf"{WORD_START}(?P<t>(?i:recent|coming|the\s+coming)\s+(?P<unit>(?i:years|months|weeks|days|decades"
        rf"|quarters))){WORD_END}",
    ),
    pattern(
        "bare_plural",
        # "for years"; "the first time in years", "the highest in decades"
        rf"{WORD_START}(?i:for|over|after|within|spent|took|lasted|for\s+the\s+past"
        rf"|(?:time|first|[a-z]{{2,}}est)\s+in)\s+"
        rf"(?P<t>(?P<the>(?i:the)\s+)?(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours)))"
        rf"{WORD_END}(?!\s+(?i:ago|later|earlier))",
    ),
    # "just days after the vote", "only weeks ahead of the Budget": a short, unstated span
    pattern(
        "just_plural",
        rf"{WORD_START}(?P<t>(?i:just|only|mere)\s+(?P<unit>(?i:minutes|hours|days|weeks|months|years)))"
        rf"(?=\s+(?i:after|before|ahead|away|into|from)\b)",
    ),
)
