"""The grammar of English time expressions: one named regex per kind of expression,
in the order ties between equal spans are broken (``PRIORITY``). Calendar and
relative dates are here; sets and durations in extract.timex.duration_patterns,
times of day in extract.timex.clock_patterns; shared fragments in
extract.timex.pattern_parts.

Each pattern marks the expression itself as group ``t``; text outside it is
context (a preposition that licenses a bare month or plural unit), never part of
the span, as TimeML excludes leading prepositions. Matching is case-sensitive
for month and weekday names (so the verbs "may" and "march" never match) and
case-insensitive elsewhere via (?i:...) groups.
"""

from __future__ import annotations

from extract.timex.clock_patterns import CLOCK_PATTERNS
from extract.timex.duration_patterns import DURATION_PATTERNS, SET_PATTERNS
from extract.timex.holidays import HOLIDAY_PATTERN
from extract.timex.lexicon import MONTH_PATTERN as MONTH
from extract.timex.lexicon import NUMBER_PATTERN as NUMBER
from extract.timex.lexicon import UNIT_PATTERN as UNIT
from extract.timex.lexicon import WEEKDAY_PATTERN as WEEKDAY
from extract.timex.numeric_dates import NUMERIC_DATE_PATTERN
from extract.timex.pattern_parts import (
    APPROXIMATE,
    DAY,
    EDGE,
    PART_OF_DAY,
    QUANTITY,
    WORD_END,
    WORD_START,
    YEAR,
    Pattern,
    pattern,
)

_LICENSE = (
    r"(?i:in|since|until|till|by|from|through|during|before|after|of|on|last|next|this|that"
    r"|every|each|early|late|mid|and|or|to|the|a|an)"
)
# Words that may follow the noun "the present" ("until the present day", "the present is")
_AFTER_PRESENT = (
    r"(?:is|was|and|or|but|of|in|on|at|to|as|for|with|when|where|while|day|time|moment"
    r"|will|would|has|had|can|could|may|might|that|which|it|we|they|he|she|you)"
)
# "the week of March 6", "the week beginning 4 April": the week a day falls in
_WEEK_OF = r"(?i:the\s+week\s+(?:of|beginning|starting|commencing|ending))"
# The nouns of a company's results ("full year profits")
_RESULTS = (
    r"(?i:results?|profits?|earnings|sales|revenues?|figures|losses|pre-tax|operating"
    r"|guidance|forecasts?|outlook|dividends?|passenger)\b"
)


_CALENDAR_PATTERNS: tuple[Pattern, ...] = (
    # "May 2 and 7, 2018": two dates sharing a month and a year.
    pattern(
        "month_day_and_day_year",
        rf"{WORD_START}(?P<t>(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s+(?i:and|or|&)\s+"
        rf"(?P<t2>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{YEAR}){WORD_END}",
    ),
    # "on April 24 and 25.": two days of one month, the year left to the context
    pattern(
        "month_day_and_day",
        rf"{WORD_START}(?P<t>(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s+(?i:and|or|&)\s+"
        rf"(?P<t2>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?){WORD_END}(?=\s*(?:[.;:)]|,(?!\s*\d)))",
    ),
    pattern(
        "month_day_year",
        rf"{WORD_START}(?P<t>{EDGE}?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+{DAY}"
        rf"(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?,?\s+{YEAR}){WORD_END}",
    ),
    pattern(
        "day_month_year",
        rf"{WORD_START}(?P<t>{EDGE}?(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?)?{DAY}\s+(?i:of\s+)?(?P<month>{MONTH}),?\s+"
        rf"{YEAR}){WORD_END}",
    ),
    # "18-Feb-2012", "03-MAR-1999": day, month abbreviation and year joined by hyphens
    pattern(
        "day_month_year_hyphen",
        rf"{WORD_START}(?P<t>(?P<day>[0-3]?\d)-(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct"
        rf"|nov|dec))-{YEAR}){WORD_END}(?!-)",
    ),
    pattern(
        "iso_date",
        rf"{WORD_START}(?P<t>(?P<year>1\d{{3}}|20\d{{2}})-(?P<month>[01]\d)-(?P<day>[0-3]\d)){WORD_END}",
    ),
    # "the week of March 6": the calendar week holding that day
    pattern(
        "week_of_date",
        rf"{WORD_START}(?P<t>{_WEEK_OF}\s+(?P<date>(?P<month>{MONTH})\s+{DAY}(?:,?\s+{YEAR})?)){WORD_END}"
        r"(?!,?\s*\d)",
    ),
    # "the week beginning 4 April": the same, the day before the month
    pattern(
        "week_of_day_month",
        rf"{WORD_START}(?P<t>{_WEEK_OF}\s+(?P<date>{DAY}\s+(?P<month>{MONTH})(?:,?\s+{YEAR})?)){WORD_END}"
        r"(?!,?\s*\d)",
    ),
    # "the last half of 1989": a half year (TIMEX3 1989-H2)
    pattern(
        "half_year",
        rf"{WORD_START}(?P<t>(?i:the\s+(?P<half>first|second|last|latter)\s+half\s+of)\s+{YEAR}){WORD_END}",
    ),
    pattern("numeric_date", NUMERIC_DATE_PATTERN),
    pattern(
        "month_year",
        rf"{WORD_START}(?P<t>{EDGE}?(?P<month>{MONTH}),?\s+(?:(?i:of)\s+)?{YEAR}){WORD_END}",
    ),
    pattern(
        "month_day",
        rf"{WORD_START}(?P<t>{EDGE}?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+{DAY}){WORD_END}(?!,?\s*\d)",
    ),
    pattern(
        "day_month",
        rf"{WORD_START}(?P<t>(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?)?{DAY}\s+(?i:of\s+)?(?P<month>{MONTH}))"
        rf"{WORD_END}(?!,?\s*\d)",
    ),
    # "January this year", "June 3 last year": a month of the year named relative to now
    pattern(
        "month_of_relative_year",
        rf"{WORD_START}(?P<t>{EDGE}?(?P<month>{MONTH})(?:\s+{DAY})?,?\s+"
        rf"(?P<year_rel>(?i:this|last|next))\s+(?i:year)){WORD_END}",
    ),
    pattern(
        "month_relative",
        rf"{WORD_START}(?P<t>{EDGE}?(?P<rel>(?i:last|next|this))\s+(?P<month>{MONTH})){WORD_END}(?!\.?\s*\d)",
    ),
    pattern(
        "month",
        rf"{WORD_START}(?:{_LICENSE}\s+)(?P<t>{EDGE}?(?P<month>{MONTH})){WORD_END}(?!\.?\s*\d)"
        # an abbreviation without its period is a name ("Jan Kavan"), not a month
        r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)",
    ),
    # "early Tuesday", "Late Saturday night": the part of the day inside, mod START/END, as
    # TimeBank writes "early Tuesday" and the grammar writes "early March"
    pattern(
        "weekday",
        rf"{WORD_START}(?P<t>(?:(?i:early|late)\s+)?(?:(?P<rel>(?i:last|next|this(?:\s+coming)?|coming))\s+"
        # "down 4.5% from the previous Friday": the weekday before the story's day
        rf"|(?i:the)\s+(?P<story_rel>(?i:previous|preceding|following))\s+)?"
        rf"(?P<weekday>{WEEKDAY})"
        rf"(?:\s+(?P<part>{PART_OF_DAY}))?){WORD_END}",
    ),
    pattern(
        "holiday",
        rf"{WORD_START}(?P<t>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<holiday>(?i:{HOLIDAY_PATTERN}))"
        # "Easter week", "Christmas week": the week the day falls in
        rf"(?P<week>\s+(?i:week)(?![\w'’-]))?(?:,?\s+{YEAR})?){WORD_END}",
    ),
    pattern(
        "decade",
        rf"{WORD_START}(?P<t>(?i:the\s+)?{EDGE}?(?:(?P<decade>1\d{{2}}0|20\d0)s|['‘’](?P<short>\d)0s)"
        # "the 1990's", "the mid 1990’s": with the article or an edge; "1990's budget" alone
        # is the year's
        rf"|(?:(?i:the\s+){EDGE}?|{EDGE})(?P<decade_apostrophe>1\d{{2}}0|20\d0)['’]s){WORD_END}",
    ),
    # "the nineties", "the late eighties": decades of the 1900s in words
    pattern(
        "decade_word",
        rf"{WORD_START}(?P<t>(?i:the\s+){EDGE}?(?P<word>(?i:twenties|thirties|forties|fifties|sixties"
        rf"|seventies|eighties|nineties))){WORD_END}",
    ),
    pattern(
        "century",
        rf"{WORD_START}(?P<t>(?i:the\s+)?{EDGE}?(?P<ordinal>\d{{1,2}})(?:st|nd|rd|th)\s+(?i:century)){WORD_END}",
    ),
    pattern(
        "season",
        rf"{WORD_START}(?P<t>{EDGE}?(?P<the>(?i:the\s+))?{EDGE}?"
        rf"(?:(?P<rel>(?i:last|this\s+past|this|next|that|the\s+same|following|previous))\s+)?"
        rf"(?P<season>(?i:spring|summer|fall|autumn|winter))"
        rf"(?:\s+(?i:of\s+)?{YEAR})?){WORD_END}",
    ),
    pattern(
        "quarter",
        rf"(?<![\w-])(?P<t>(?i:(?:(?:the\s+)?(?P<rel>latest|last|previous|current|this|same|fiscal"
        rf"|year-earlier|year-ago)(?:\s+|(?<=fiscal)-)|the\s+)?"
        rf"(?:(?P<lead_year>1\d{{3}}|20\d{{2}})\s+|(?P<year_rel>this|last|next)\s+year['’]s\s+)?"
        rf"(?:(?P<ordinal>first|second|third|fourth|1st|2nd"
        rf"|3rd|4th)[\s-]+)?quarter)(?:\s+of\s+{YEAR})?){WORD_END}(?!-)",
    ),
    # "Q1", "Q3 2021", "2021 Q3": a quarter written as a business code
    pattern(
        "quarter_code",
        r"(?<![\w-])(?P<t>(?:(?P<lead_year>1\d{3}|20\d{2})\s+)?Q(?P<number>[1-4])"
        r"(?:[\s-]+(?P<year>1\d{3}|20\d{2}))?)(?![\w-])",
    ),
    # "year-earlier profit", "the year-ago period": the same period a year before.
    pattern(
        "year_ago",
        rf"{WORD_START}(?P<t>(?i:(?:the\s+(?:(?:comparable|corresponding)\s+)?)?(?:year-ago|year-earlier"
        rf"|prior-year)\s+period|(?:year-ago|year-earlier|prior-year)(?=\s+[a-z]))){WORD_END}",
    ),
    pattern("period", rf"{WORD_START}(?P<t>(?i:the\s+(?:latest|{YEAR})\s+period)){WORD_END}"),
    # "the same period last year", "the quarter a year ago": the period reported on, a
    # year back, one expression
    pattern(
        "period_year_back",
        rf"{WORD_START}(?P<t>(?i:the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<noun>period|quarter|month)"
        r"\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year"
        rf"|the\s+year\s+before))){WORD_END}",
    ),
    pattern(
        "relative_unit",
        rf"{WORD_START}(?P<t>(?:(?P<edge>(?i:earlier|later|early|late))\s+)?"
        rf"(?:(?P<rel>(?i:last|this|next|the\s+previous|the\s+following|the\s+same|that"
        rf"|the\s+past|the\s+last|the\s+coming|the\s+next))\s+"
        rf"(?P<unit>(?i:year|month|week|weekend|fortnight|decade|century))"
        # "up from $246bn the year before": the previous one, when no event follows
        rf"|(?i:the)\s+(?P<unit_before>(?i:year|month|week))\s+(?i:before)"
        rf"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?i:and|but|when|while|as)\b))"
        rf"){WORD_END}",
    ),
    # "for the year", "the full year", "the fiscal year ended June 30" (a reporting period)
    pattern(
        "the_year",
        rf"{WORD_START}(?P<t>(?i:the\s+(?:(?P<named>current|latest|fiscal|financial)\s+"
        r"(?:(?:fiscal|financial)\s+)?|(?:full|whole|entire)\s+)?year"
        # "full-year profits", "full year results": the year the results are for ("his
        # first full year as president" is a year's length)
        rf"|(?<![Aa]\s)(?<![Oo]ne\s)(?P<full>full-year(?=\s+[a-z])|full\s+year(?=\s+{_RESULTS}))))"
        r"(?![\w'’-])"
        r"(?!\s+(?i:before|after|earlier|later|ago)\b)"
        # "the year that he left" names no year of its own; "the current fiscal year that
        # began in July" does
        r"(?(named)|(?!\s+(?i:in|when|that|which|he|she|they|it|I|we)\b))"
        # "the year of the flood" is none; "a high for the year of $42" is one
        r"(?!\s+(?i:of)\b(?!\s+[$€£¥]))",
    ),
    # "by year-end", "around year end", "by the end of the month": the end of the DCT's
    # year or month (TIMEX3: the year or month, mod END)
    pattern(
        "period_end",
        rf"{WORD_START}(?P<t>(?:(?i:around|about|approximately)\s+)?"
        rf"(?i:(?P<unit>year)(?:[- ]|['’]s\s+)end"
        rf"|the\s+end\s+of\s+the\s+(?P<unit2>year|month))){WORD_END}(?!-)",
    ),
    # "that day", "the next day", "earlier that day", "on her first day at the bank": a day
    # of the story (ANNOTATION.md: the most recent explicit date of the narrative)
    pattern(
        "story_day",
        rf"{WORD_START}(?P<t>(?:(?i:earlier|later)\s+)?(?P<rel>(?i:that\s+same|that|the\s+same|the\s+next"
        rf"|the\s+following|the\s+previous|(?:his|her|their|its)\s+first))\s+"
        # "the next morning": that part of the story's next day
        rf"(?:(?i:day)|(?P<part>{PART_OF_DAY})(?!\s+(?i:of)\b))"
        # "later in the day": the story's day; "on that date": the date just named
        rf"|(?i:earlier|later)\s+(?i:in)\s+the\s+(?i:day)"
        rf"|(?i:that|that\s+same|the\s+same)\s+(?i:date)){WORD_END}",
    ),
    # "Today is the eighth day of the strike", "It's the second day of the talks": the
    # present day, counted within an event
    pattern(
        "day_of_event",
        rf"{WORD_START}(?i:is|it's|it’s)\s+(?P<t>(?:(?i:the)\s+)?(?i:first|second|third|fourth|fifth|sixth"
        rf"|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))\s+(?i:day)){WORD_END}(?=\s+(?i:of)\b)",
    ),
    pattern("weekend", rf"{WORD_START}(?P<t>(?i:the)\s+(?P<unit>(?i:weekend))){WORD_END}"),
    # "For the week, the index fell", "the week's busiest session": the week reported on
    pattern(
        "the_week",
        rf"{WORD_START}(?P<t>(?i:the\s+week)){WORD_END}(?![-’]|'(?!s\b))"
        r"(?!\s+(?i:of|before|after|earlier|later|ago|ahead|that|when|in|to|following|he|she|it)\b)",
    ),
    pattern(
        "ago",
        # "in two weeks’ time", "in a year's time": that far ahead of the DCT
        rf"{WORD_START}(?P<t>(?:{APPROXIMATE}\s+)?(?P<quantity>{QUANTITY})\s+(?P<unit>(?i:{UNIT}))"
        rf"(?P<direction>\s+(?i:ago|earlier)|['’]s?\s+(?i:time))){WORD_END}"
        r"(?!\s+(?i:the|his|her|their|a)\b)",
    ),
    # "three days later", "20 years after the war": the duration is the expression and the
    # direction word stays outside it, as TimeBank writes them (see the duration pattern)
    pattern(
        "deictic",
        rf"{WORD_START}(?P<t>(?P<word>(?i:today|tonight|yesterday|tomorrow|now|currently|nowadays"
        # "the past three summers": "the past" counts what follows, it is no PAST_REF
        # "the present law" is an adjective: "the present" before a noun is no time
        rf"|recently|presently|the\s+present(?!\s+(?!{_AFTER_PRESENT}\b)[a-z]+\b)"
        rf"|the\s+past(?!\s+(?:{NUMBER}|(?i:few|several))\s)"
        rf"|the\s+future|soon|this\s+day"
        rf"|the\s+near\s+(?:future|term)|a\s+later\s+date|these\s+days"
        # "this season", "last season", "this academic year": a season of sport or school
        rf"|(?:this|last|next)\s+(?:season|(?:academic|school)\s+year)"
        rf"|this\s+(?:[a-z]+\s+)?moment"  # "at this crucial moment": the present
        # "playing politics at the moment.": now; "at the moment of impact" is none
        rf"|(?<=(?i:at)\s)the\s+moment(?=[.,;:!?)'\"’”]|\s+(?i:and|but|or|because|so)\b))))"
        rf"{WORD_END}(?![-’'](?!s\b))",  # "today's vote" is today; "today-ish" is not
    ),
    pattern(
        "year",
        # "post-1959 politics": the year that bounds the period
        rf"(?<![\w$#.,/:+–-])(?P<t>(?:(?i:pre|post)-(?=\d))?{EDGE}?(?:(?i:fiscal|the\s+year)\s+)?"
        rf"{YEAR})"
        r"(?![\w%]|[.,]\d|\s*(?i:percent|per\s|hours?|miles?|people|votes?|dollars?|points?|"
        r"pages?|feet|meters?|kilometers?|tons?|units?|times|GMT|BST|UTC|hrs)\b)",
    ),
)

PATTERNS: tuple[Pattern, ...] = (
    *_CALENDAR_PATTERNS,
    *SET_PATTERNS,
    *CLOCK_PATTERNS,
    *DURATION_PATTERNS,
)


# Expressions the grammar reads only where the model's DATE/TIME entity vouches for the
# date context: a bare month name ("The job figures for January") with no licensing word.
MODEL_LICENSED: tuple[Pattern, ...] = (
    pattern(
        "model_month",
        rf"{WORD_START}(?P<t>{EDGE}?(?P<month>{MONTH})){WORD_END}(?!\.?\s*\d)"
        r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)",
    ),
)

PRIORITY = {kind.name: rank for rank, kind in enumerate((*PATTERNS, *MODEL_LICENSED))}
