"""The grammar of English time expressions: one named regex per kind of expression.

Each pattern marks the expression itself as group ``t``; text outside it is
context (a preposition that licenses a bare month or plural unit), never part of
the span, as TimeML excludes leading prepositions. Matching is case-sensitive
for month and weekday names (so the verbs "may" and "march" never match) and
case-insensitive elsewhere via (?i:...) groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.timex.holidays import HOLIDAY_PATTERN
from extract.timex.lexicon import MONTH_PATTERN as MONTH
from extract.timex.lexicon import NUMBER_PATTERN as NUMBER
from extract.timex.lexicon import QUANTITY_PATTERN
from extract.timex.lexicon import SPOKEN_YEAR_PATTERN as SPOKEN_YEAR
from extract.timex.lexicon import UNIT_PATTERN as UNIT
from extract.timex.lexicon import WEEKDAY_PATTERN as WEEKDAY
from extract.timex.numeric_dates import NUMERIC_DATE_PATTERN

_B = r"(?<![\w])"  # no word character right before
_E = r"(?![\w])"  # no word character right after
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ANY_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"  # a day the resolver reads again (no group)
# "1985", "nineteen eighty-five", "’84" (an apostrophe year: not "’80s", not a quoted "‘84’")
_YEAR = rf"(?P<year>1\d{{3}}|20\d{{2}}|{SPOKEN_YEAR}|['‘’]\d{{2}}(?![\w'‘’%]))"
_MOD = r"(?:(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)"
_QUANT = QUANTITY_PATTERN
_APPROX = (
    r"(?i:no\s+(?:more|less|fewer)\s+than|more\s+than|less\s+than|fewer\s+than|over|under"
    r"|about|around|nearly|almost|roughly"
    r"|at\s+least|at\s+most|up\s+to|some|approximately|well\s+over)"
)
_PAST_FUTURE = r"(?i:past|last|next|previous|following|coming|first|final|recent)"
_PART = r"(?i:morning|afternoon|evening|night|lunchtime)"
_ZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET)"
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
_PLURAL_WEEKDAY = rf"{WEEKDAY}s"
_PLURAL_PART = r"(?i:mornings|afternoons|evenings|nights)"
# The nouns of a company's results ("full year profits")
_RESULTS = (
    r"(?i:results?|profits?|earnings|sales|revenues?|figures|losses|pre-tax|operating"
    r"|guidance|forecasts?|outlook|dividends?|passenger)\b"
)
_COMPOUND = rf"(?:\s*,?\s*(?i:and\s+)?{NUMBER}\s+(?i:{UNIT}))*"
# "9:15pm", "1.45 a.m.", "noon": a time of the 12-hour clock ("15pm" is none)
_CLOCK_TIME = (
    r"(?:(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm))|(?P<named>(?i:noon|midnight|midday)))"
)


@dataclass(frozen=True)
class Pattern:
    """A kind of time expression and its regex (group ``t`` is the expression)."""

    name: str
    regex: re.Pattern[str]


def _p(name: str, pattern: str) -> Pattern:
    return Pattern(name, re.compile(pattern))


PATTERNS: tuple[Pattern, ...] = (
    # "May 2 and 7, 2018": two dates sharing a month and a year.
    _p(
        "month_day_and_day_year",
        rf"{_B}(?P<t>(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s+(?i:and|or|&)\s+"
        rf"(?P<t2>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_YEAR}){_E}",
    ),
    # "on April 24 and 25.": two days of one month, the year left to the context
    _p(
        "month_day_and_day",
        rf"{_B}(?P<t>(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)\s+(?i:and|or|&)\s+"
        rf"(?P<t2>(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?){_E}(?=\s*(?:[.;:)]|,(?!\s*\d)))",
    ),
    _p(
        "month_day_year",
        rf"{_B}(?P<t>{_MOD}?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+{_DAY}"
        rf"(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?,?\s+{_YEAR}){_E}",
    ),
    _p(
        "day_month_year",
        rf"{_B}(?P<t>{_MOD}?(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?)?{_DAY}\s+(?i:of\s+)?(?P<month>{MONTH}),?\s+"
        rf"{_YEAR}){_E}",
    ),
    # "18-Feb-2012", "03-MAR-1999": day, month abbreviation and year joined by hyphens
    _p(
        "day_month_year_hyphen",
        rf"{_B}(?P<t>(?P<day>[0-3]?\d)-(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct"
        rf"|nov|dec))-{_YEAR}){_E}(?!-)",
    ),
    _p(
        "iso_date",
        rf"{_B}(?P<t>(?P<year>1\d{{3}}|20\d{{2}})-(?P<month>[01]\d)-(?P<day>[0-3]\d)){_E}",
    ),
    # "the week of March 6": the calendar week holding that day
    _p(
        "week_of_date",
        rf"{_B}(?P<t>{_WEEK_OF}\s+(?P<date>(?P<month>{MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?)){_E}"
        r"(?!,?\s*\d)",
    ),
    # "the week beginning 4 April": the same, the day before the month
    _p(
        "week_of_day_month",
        rf"{_B}(?P<t>{_WEEK_OF}\s+(?P<date>{_DAY}\s+(?P<month>{MONTH})(?:,?\s+{_YEAR})?)){_E}"
        r"(?!,?\s*\d)",
    ),
    # "the last half of 1989": a half year (TIMEX3 1989-H2)
    _p(
        "half_year",
        rf"{_B}(?P<t>(?i:the\s+(?P<half>first|second|last|latter)\s+half\s+of)\s+{_YEAR}){_E}",
    ),
    _p("numeric_date", NUMERIC_DATE_PATTERN),
    _p("month_year", rf"{_B}(?P<t>{_MOD}?(?P<month>{MONTH}),?\s+(?:(?i:of)\s+)?{_YEAR}){_E}"),
    _p(
        "month_day",
        rf"{_B}(?P<t>{_MOD}?(?:{WEEKDAY},?\s+)?(?P<month>{MONTH})\s+{_DAY}){_E}(?!,?\s*\d)",
    ),
    _p(
        "day_month",
        rf"{_B}(?P<t>(?:{WEEKDAY},?\s+(?:(?i:the)\s+)?)?{_DAY}\s+(?i:of\s+)?(?P<month>{MONTH}))"
        rf"{_E}(?!,?\s*\d)",
    ),
    # "January this year", "June 3 last year": a month of the year named relative to now
    _p(
        "month_of_relative_year",
        rf"{_B}(?P<t>{_MOD}?(?P<month>{MONTH})(?:\s+{_DAY})?,?\s+"
        rf"(?P<year_rel>(?i:this|last|next))\s+(?i:year)){_E}",
    ),
    _p(
        "month_relative",
        rf"{_B}(?P<t>{_MOD}?(?P<rel>(?i:last|next|this))\s+(?P<month>{MONTH})){_E}(?!\.?\s*\d)",
    ),
    _p(
        "month",
        rf"{_B}(?:{_LICENSE}\s+)(?P<t>{_MOD}?(?P<month>{MONTH})){_E}(?!\.?\s*\d)"
        # an abbreviation without its period is a name ("Jan Kavan"), not a month
        r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)",
    ),
    # "early Tuesday", "Late Saturday night": the part of the day inside, mod START/END, as
    # TimeBank writes "early Tuesday" and the grammar writes "early March"
    _p(
        "weekday",
        rf"{_B}(?P<t>(?:(?i:early|late)\s+)?(?:(?P<rel>(?i:last|next|this(?:\s+coming)?|coming))\s+"
        # "down 4.5% from the previous Friday": the weekday before the story's day
        rf"|(?i:the)\s+(?P<story_rel>(?i:previous|preceding|following))\s+)?"
        rf"(?P<weekday>{WEEKDAY})"
        rf"(?:\s+(?P<part>{_PART}))?){_E}",
    ),
    _p(
        "holiday",
        rf"{_B}(?P<t>(?:(?P<rel>(?i:last|next|this))\s+)?(?P<holiday>(?i:{HOLIDAY_PATTERN}))"
        # "Easter week", "Christmas week": the week the day falls in
        rf"(?P<week>\s+(?i:week)(?![\w'’-]))?(?:,?\s+{_YEAR})?){_E}",
    ),
    _p(
        "decade",
        rf"{_B}(?P<t>(?i:the\s+)?{_MOD}?(?:(?P<decade>1\d{{2}}0|20\d0)s|['‘’](?P<short>\d)0s)"
        # "the 1990's", "the mid 1990’s": with the article or an edge; "1990's budget" alone
        # is the year's
        rf"|(?:(?i:the\s+){_MOD}?|{_MOD})(?P<decade_apostrophe>1\d{{2}}0|20\d0)['’]s){_E}",
    ),
    # "the nineties", "the late eighties": decades of the 1900s in words
    _p(
        "decade_word",
        rf"{_B}(?P<t>(?i:the\s+){_MOD}?(?P<word>(?i:twenties|thirties|forties|fifties|sixties"
        rf"|seventies|eighties|nineties))){_E}",
    ),
    _p(
        "century",
        rf"{_B}(?P<t>(?i:the\s+)?{_MOD}?(?P<ordinal>\d{{1,2}})(?:st|nd|rd|th)\s+(?i:century)){_E}",
    ),
    _p(
        "season",
        rf"{_B}(?P<t>{_MOD}?(?P<the>(?i:the\s+))?{_MOD}?"
        rf"(?:(?P<rel>(?i:last|this\s+past|this|next|that|the\s+same|following|previous))\s+)?"
        rf"(?P<season>(?i:spring|summer|fall|autumn|winter))"
        rf"(?:\s+(?i:of\s+)?{_YEAR})?){_E}",
    ),
    _p(
        "quarter",
        rf"(?<![\w-])(?P<t>(?i:(?:(?:the\s+)?(?P<rel>latest|last|previous|current|this|same|fiscal"
        rf"|year-earlier|year-ago)(?:\s+|(?<=fiscal)-)|the\s+)?"
        rf"(?:(?P<lead_year>1\d{{3}}|20\d{{2}})\s+|(?P<year_rel>this|last|next)\s+year['’]s\s+)?"
        rf"(?:(?P<ordinal>first|second|third|fourth|1st|2nd"
        rf"|3rd|4th)[\s-]+)?quarter)(?:\s+of\s+{_YEAR})?){_E}(?!-)",
    ),
    # "Q1", "Q3 2021", "2021 Q3": a quarter written as a business code
    _p(
        "quarter_code",
        r"(?<![\w-])(?P<t>(?:(?P<lead_year>1\d{3}|20\d{2})\s+)?Q(?P<number>[1-4])"
        r"(?:[\s-]+(?P<year>1\d{3}|20\d{2}))?)(?![\w-])",
    ),
    # "year-earlier profit", "the year-ago period": the same period a year before.
    _p(
        "year_ago",
        rf"{_B}(?P<t>(?i:(?:the\s+(?:(?:comparable|corresponding)\s+)?)?(?:year-ago|year-earlier"
        rf"|prior-year)\s+period|(?:year-ago|year-earlier|prior-year)(?=\s+[a-z]))){_E}",
    ),
    _p("period", rf"{_B}(?P<t>(?i:the\s+(?:latest|{_YEAR})\s+period)){_E}"),
    # "the same period last year", "the quarter a year ago": the period reported on, a
    # year back, one expression
    _p(
        "period_year_back",
        rf"{_B}(?P<t>(?i:the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<noun>period|quarter|month)"
        r"\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year"
        rf"|the\s+year\s+before))){_E}",
    ),
    _p(
        "relative_unit",
        rf"{_B}(?P<t>(?:(?P<edge>(?i:earlier|later|early|late))\s+)?"
        rf"(?:(?P<rel>(?i:last|this|next|the\s+previous|the\s+following|the\s+same|that"
        rf"|the\s+past|the\s+last|the\s+coming|the\s+next))\s+"
        rf"(?P<unit>(?i:year|month|week|weekend|fortnight|decade|century))"
        # "up from $246bn the year before": the previous one, when no event follows
        rf"|(?i:the)\s+(?P<unit_before>(?i:year|month|week))\s+(?i:before)"
        rf"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?i:and|but|when|while|as)\b))"
        rf"){_E}",
    ),
    # "for the year", "the full year", "the fiscal year ended June 30" (a reporting period)
    _p(
        "the_year",
        rf"{_B}(?P<t>(?i:the\s+(?:(?P<named>current|latest|fiscal|financial)\s+"
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
    _p(
        "period_end",
        rf"{_B}(?P<t>(?:(?i:around|about|approximately)\s+)?(?i:(?P<unit>year)(?:[- ]|['’]s\s+)end"
        rf"|the\s+end\s+of\s+the\s+(?P<unit2>year|month))){_E}(?!-)",
    ),
    # "that day", "the next day", "earlier that day", "on her first day at the bank": a day
    # of the story (ANNOTATION.md: the most recent explicit date of the narrative)
    _p(
        "story_day",
        rf"{_B}(?P<t>(?:(?i:earlier|later)\s+)?(?P<rel>(?i:that\s+same|that|the\s+same|the\s+next"
        rf"|the\s+following|the\s+previous|(?:his|her|their|its)\s+first))\s+"
        # "the next morning": that part of the story's next day
        rf"(?:(?i:day)|(?P<part>{_PART})(?!\s+(?i:of)\b))"
        # "later in the day": the story's day; "on that date": the date just named
        rf"|(?i:earlier|later)\s+(?i:in)\s+the\s+(?i:day)"
        rf"|(?i:that|that\s+same|the\s+same)\s+(?i:date)){_E}",
    ),
    # "Today is the eighth day of the strike", "It's the second day of the talks": the
    # present day, counted within an event
    _p(
        "day_of_event",
        rf"{_B}(?i:is|it's|it’s)\s+(?P<t>(?:(?i:the)\s+)?(?i:first|second|third|fourth|fifth|sixth"
        rf"|seventh|eighth|ninth|tenth|\d{{1,2}}(?:st|nd|rd|th))\s+(?i:day)){_E}(?=\s+(?i:of)\b)",
    ),
    _p("weekend", rf"{_B}(?P<t>(?i:the)\s+(?P<unit>(?i:weekend))){_E}"),
    # "For the week, the index fell", "the week's busiest session": the week reported on
    _p(
        "the_week",
        rf"{_B}(?P<t>(?i:the\s+week)){_E}(?![-’]|'(?!s\b))"
        r"(?!\s+(?i:of|before|after|earlier|later|ago|ahead|that|when|in|to|following|he|she|it)\b)",
    ),
    _p(
        "ago",
        # "in two weeks’ time", "in a year's time": that far ahead of the DCT
        rf"{_B}(?P<t>(?:{_APPROX}\s+)?(?P<quantity>{_QUANT})\s+(?P<unit>(?i:{UNIT}))"
        rf"(?P<direction>\s+(?i:ago|earlier)|['’]s?\s+(?i:time))){_E}"
        r"(?!\s+(?i:the|his|her|their|a)\b)",
    ),
    # "three days later", "20 years after the war": the duration is the expression and the
    # direction word stays outside it, as TimeBank writes them (see the duration pattern)
    _p(
        "deictic",
        rf"{_B}(?P<t>(?P<word>(?i:today|tonight|yesterday|tomorrow|now|currently|nowadays"
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
        rf"{_E}(?![-’'](?!s\b))",  # "today's vote" is today; "today-ish" is not
    ),
    _p(
        "year",
        # "post-1959 politics": the year that bounds the period
        rf"(?<![\w$#.,/:+–-])(?P<t>(?:(?i:pre|post)-(?=\d))?{_MOD}?(?:(?i:fiscal|the\s+year)\s+)?"
        rf"{_YEAR})"
        r"(?![\w%]|[.,]\d|\s*(?i:percent|per\s|hours?|miles?|people|votes?|dollars?|points?|"
        r"pages?|feet|meters?|kilometers?|tons?|units?|times|GMT|BST|UTC|hrs)\b)",
    ),
    _p(
        "set",
        rf"{_B}(?P<t>(?i:every\s+(?:other\s+)?(?:day|week|month|year|morning|afternoon|evening"
        rf"|night|weekday|weekend|quarter|hour|minute|summer|winter|spring|fall)"
        rf"|each\s+(?:day|week|month|year|morning|evening|night|quarter))"
        rf"|(?i:every|each)\s+{WEEKDAY}"
        # "each July", "every Christmas": that month or day of every year (TimeBank: XXXX-07)
        rf"|(?i:every|each)\s+(?:(?P<set_month>{MONTH})|(?P<set_holiday>(?i:{HOLIDAY_PATTERN})))"
        rf"|(?:{_APPROX}\s+)?(?:{NUMBER}\s+times|(?i:once|twice))\s+(?i:a|per|each|every)\s+"
        rf"(?i:day|week|month|year)|daily|weekly|monthly|annually|yearly|nightly|hourly"
        # "e-mail addresses published per year": a rate's period, as "£3bn a year" is
        rf"|(?i:per\s+(?:day|week|month|year|hour|quarter))"
        # "year after year", "day after day": every one of them
        rf"|(?i:(?P<repeated>day|week|month|year)\s+after\s+(?P=repeated))){_E}",
    ),
    # "on Tuesdays and Thursdays", "Monday and Tuesday nights": those weekdays (and that
    # part of them) of every week, one SET per weekday
    _p(
        "weekday_set",
        rf"{_B}(?P<t>(?<=\b[Oo]n\s){_PLURAL_WEEKDAY}(?:(?:,\s*|\s+(?:and|or)\s+){_PLURAL_WEEKDAY})*{_E}"
        rf"|(?<!and\s)(?<!or\s)(?<!,\s){WEEKDAY}\s+{_PLURAL_PART}{_E}"
        # "Monday and Tuesday nights" is plural for two nights; a schedule's start or end
        # after it ("from March 30") makes them recur
        rf"|{WEEKDAY}(?:(?:,\s*|\s+(?:and|or)\s+){WEEKDAY})+\s+{_PLURAL_PART}{_E}"
        r"(?=\s+(?i:from|starting|beginning|until|till|through|each|every)\b))",
    ),
    # "annual profits", "quarterly earnings": the period of a rate (a SET, as "daily" is)
    _p("rate_adjective", rf"(?<![\w-])(?P<t>(?i:annual|quarterly)){_E}(?!-)"),
    _p(
        "part_of_day",
        rf"{_B}(?P<t>(?:(?P<det>(?i:that|the|this|last|one|an|a|same|tomorrow|yesterday))\s+"
        rf"|(?P<mid>(?i:mid))[\s-]?)?"
        # "an early morning shooting", "in the late evening": the part's start or end
        rf"(?P<edged>(?P<edge>(?i:early|late))[\s-]+)?"
        rf"(?P<part>{_PART}|(?i:tonight|overnight))"
        rf"(?:\s+(?i:in|of)\s+(?P<date>(?:(?P<month>{MONTH})(?:\s+{_DAY})?,?\s+)?{_YEAR})"
        # "mid-afternoon yesterday"; not after a determiner ("that night today")
        rf"|(?(det)(?!)|\s+(?P<day_after>(?i:yesterday|today|tomorrow))))?)"
        rf"{_E}",
    ),
    # "Jul 11, 2023, 3:39 PM", "Tuesday at 10 a.m.": a day and the clock time on it are
    # one TIME, as TimeBank writes the other order ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6")
    _p(
        "date_clock",
        rf"{_B}(?P<t>(?P<date>(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{_ANY_DAY}|{_ANY_DAY}\s+{MONTH})"
        rf"(?:,?\s+(?:1\d{{3}}|20\d{{2}}))?|{WEEKDAY})"
        rf"(?:,?\s+(?i:at)|,)?\s+{_CLOCK_TIME}(?:\s+(?P<zone>{_ZONE}))?){_E}",
    ),
    _p(
        "clock",
        # "9:15pm", "9.15pm", "1.45 a.m."; an hour of a 12-hour clock only ("15pm" is none)
        # "around 7:15 p.m." keeps its approximation inside, as TimeBank does ("about" and
        # "shortly before" it leaves outside); "9 am this morning", "noon yesterday": the day
        # named after the time is in the span, as TimeBank's "mid-afternoon yesterday"
        rf"{_B}(?<!\d[.:,])(?P<t>(?:(?i:around|approximately|roughly)\s+)?{_CLOCK_TIME}"
        rf"(?:\s+(?P<zone>{_ZONE}))?"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?!\d))"
        rf"|\s+(?P<day_word>(?i:today|yesterday|tomorrow|tonight|last\s+night"
        rf"|this\s+(?:morning|afternoon|evening))))?)"
        rf"{_E}",
    ),
    # "1130 GMT", "13:00 UTC", "0630 BST": a 24-hour clock time, known as one by its zone
    _p(
        "clock_24h",
        rf"(?<![\w$#.,/:+–-])(?P<t>(?P<hour>[01]?\d|2[0-3])(?:[:.]|(?<=\d\d))(?P<minute>[0-5]\d)"
        rf"\s*(?P<zone>{_ZONE})"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?!\d)))?)"
        rf"{_E}",
    ),
    _p(
        "all_these_years",
        rf"{_B}(?P<t>(?i:all\s+(?:these|those|the)\s+(?P<unit>years|months|weeks|days|decades))){_E}",
    ),
    _p(
        "duration",
        rf"{_B}(?P<t>(?:(?i:the)\s+(?:(?P<span>{_PAST_FUTURE})\s+)?|{_APPROX}\s+(?!(?i:the)\s))?"
        rf"(?P<quantity>{_QUANT})\s+(?:(?i:more|additional|further|extra)\s+)?"
        # "eight trading days", "five business days"
        rf"(?:(?i:trading|business|working)\s+(?=(?i:days?|weeks?|hours?)\b))?"
        rf"(?P<unit>(?i:{UNIT})){_COMPOUND}(?:\s+(?i:and\s+a\s+half))?(?P<or_so>\s+(?i:or\s+so))?)"
        rf"{_E}",
    ),
    _p(
        "duration_hyphen",
        rf"{_B}(?P<t>(?P<quantity>{NUMBER})-(?P<unit>(?i:year|month|week|day|hour|minute|decade))"
        rf"(?:-(?i:old|long))?){_E}",
    ),
    # "a day-long meeting", "a decades-long battle", "a several-year tenure": a length
    # written as an adjective, its number unsaid
    _p(
        "duration_adjective",
        rf"{_B}(?P<t>(?:(?P<unit>(?i:year|month|week|day|hour|decade))(?P<plural>s)?-(?i:long)"
        rf"|(?i:several|many|few)-(?P<unit2>(?i:year|month|week|day|hour|decade)))){_E}",
    ),
    # "for a while", "after a little while": a length nobody measured (TIMEX3 PXX)
    _p(
        "a_while",
        rf"{_B}(?i:for|in|after|within|takes?|took|lasted)\s+"
        rf"(?P<t>(?i:a\s+(?:little\s+|long\s+|short\s+)?while)){_E}",
    ),
    _p(
        "vague_span",
        rf"{_B}(?P<t>(?i:the)\s+(?:(?P<span>{_PAST_FUTURE})\s+(?:(?i:few|several)\s+)?"
        rf"(?P<unit>(?i:years|months|weeks|days|decades|hours))"
        # "in the weeks ahead": the coming ones
        rf"|(?P<unit2>(?i:years|months|weeks|days))\s+(?i:ahead))){_E}",
    ),
    _p(
        "recent_plural",
        rf"{_B}(?P<t>(?i:recent|coming|the\s+coming)\s+(?P<unit>(?i:years|months|weeks|days|decades"
        rf"|quarters))){_E}",
    ),
    _p(
        "bare_plural",
        # "for years"; "the first time in years", "the highest in decades"
        rf"{_B}(?i:for|over|after|within|spent|took|lasted|for\s+the\s+past"
        rf"|(?:time|first|[a-z]{{2,}}est)\s+in)\s+"
        rf"(?P<t>(?P<the>(?i:the)\s+)?(?P<unit>(?i:years|months|weeks|days|decades|centuries|hours)))"
        rf"{_E}(?!\s+(?i:ago|later|earlier))",
    ),
    # "just days after the vote", "only weeks ahead of the Budget": a short, unstated span
    _p(
        "just_plural",
        rf"{_B}(?P<t>(?i:just|only|mere)\s+(?P<unit>(?i:minutes|hours|days|weeks|months|years)))"
        rf"(?=\s+(?i:after|before|ahead|away|into|from)\b)",
    ),
)

# Expressions the grammar reads only where the model's DATE/TIME entity vouches for the
# date context: a bare month name ("The job figures for January") with no licensing word.
MODEL_LICENSED: tuple[Pattern, ...] = (
    _p(
        "model_month",
        rf"{_B}(?P<t>{_MOD}?(?P<month>{MONTH})){_E}(?!\.?\s*\d)"
        r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)",
    ),
)

PRIORITY = {pattern.name: rank for rank, pattern in enumerate((*PATTERNS, *MODEL_LICENSED))}
