"""Time-expression tagger: spans follow TimeML, values follow TIMEX3, no invented parts."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.holidays import holiday
from extract.timex.intervals import calendar_interval
from extract.timex.tagger import tag_text

DCT = dt.date(2017, 5, 3)  # a Wednesday


def tags(text, dct=None):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on March 30, 1985, at night.", ("March 30, 1985", "DATE", "1985-03-30")),
        ("They met in August 1984.", ("August 1984", "DATE", "1984-08")),
        ("Born 1 August 1966 in Thailand.", ("1 August 1966", "DATE", "1966-08-01")),
        ("The murders in 1985 shocked them.", ("1985", "DATE", "1985")),
        ("Filmed in the summer of 2016.", ("the summer of 2016", "DATE", "2016-SU")),
        ("Music of the 1980s returned.", ("the 1980s", "DATE", "198")),
        (
            "Results for the third quarter of 1989.",
            ("the third quarter of 1989", "DATE", "1989-Q3"),
        ),
        ("The hearing opened on 2019-11-25.", ("2019-11-25", "DATE", "2019-11-25")),
    ],
)
def test_tag_absolute_dates(text, expected):
    assert tags(text) == [expected]


def test_tag_day_range_is_the_covering_month():
    assert tags("On July 26-29, 2016, new evidence came.") == [
        ("July 26-29, 2016", "DATE", "2016-07")
    ]


def test_tag_two_days_sharing_month_and_year():
    assert tags("On May 2 and 7, 2018, the paper ran op-eds.") == [
        ("May 2", "DATE", "2018-05-02"),
        ("7, 2018", "DATE", "2018-05-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spent more than 30 years behind bars.", ("more than 30 years", "DURATION", "P30Y")),
        (
            "He served 33 years, 6 month and 25 Days.",
            ("33 years, 6 month and 25 Days", "DURATION", "P33Y6M25D"),
        ),
        ("the equivalent of 208,680 hours", ("208,680 hours", "DURATION", "PT208680H")),
        ("After a few months they met.", ("a few months", "DURATION", "PXM")),
        ("Investigations over the past 3 years found it.", ("the past 3 years", "DURATION", "P3Y")),
        ("He was 19 years old then.", ("19 years", "DURATION", "P19Y")),
        ("She is serving a 90-year sentence.", ("90-year", "DURATION", "P90Y")),
        ("She admitted it for years afterwards.", ("years", "DURATION", "PXY")),
        ("after three decades in prison", ("three decades", "DURATION", "P30Y")),
        ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("It lasted two and a half years.", ("two and a half years", "DURATION", "P2Y6M")),
        ("It lasted a minute and a half.", ("a minute and a half", "DURATION", "PT1M30S")),
        ("He waited a couple of years.", ("a couple of years", "DURATION", "P2Y")),
        ("They stayed for a fortnight.", ("a fortnight", "DURATION", "P2W")),
        ("Expect it for decades.", ("decades", "DURATION", "PXDE")),
    ],
)
def test_tag_durations(text, expected):
    assert tags(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He runs every other morning.", ("every other morning", "SET", "P2D")),
        ("He trains four times a week.", ("four times a week", "SET", "P1W")),
        ("She called each day.", ("each day", "SET", "P1D")),
    ],
)
def test_tag_sets(text, expected):
    assert tags(text) == [expected]


def test_tag_rate_after_duration_is_not_a_duration():
    assert tags("He spent 23 hours a day alone.") == [("23 hours", "DURATION", "PT23H")]


@pytest.mark.parametrize(
    "text",
    [
        "Call (+44) 871.075.0336 today or write to 12550 New York.",
        "Derek Haysom was 71, but still strong.",
        "Denied parole 12 times, he waits.",
        "Soering may be innocent.",
        "They march on the capital.",
        "Inmate #1161655 has been locked away.",
        "He did 220 pull-ups and 1500 push-ups.",
        "Pardon him as soon as possible.",
        "The route adds 700 seats a week.",
        "Rooms will cost $55 a night.",
        "Martonyi and Jan Kavan signed.",
        "It was a second betrayal.",
        "They failed a four-quarter test and the quarter-to-quarter comparison.",
    ],
)
def test_tag_rejects_numbers_codes_ages_and_modal_may(text):
    assert [t for t in tags(text) if t[0] not in ("today",)] == []


def test_tag_text_without_time_expressions():
    assert tags("The sheriff read the file and wrote a letter.") == []


def test_tag_deictic_resolves_against_dct():
    assert tags("Last year, a detective spoke.", dct=DCT) == [("Last year", "DATE", "2016")]
    assert tags("It ended two days ago.", dct=DCT) == [("two days ago", "DATE", "2017-05-01")]
    assert tags("He is currently serving.", dct=DCT) == [("currently", "DATE", "PRESENT_REF")]


def test_tag_deictic_without_dct_is_a_reference_not_a_guess():
    assert tags("Last year, a detective spoke.") == [("Last year", "DATE", "PAST_REF")]
    assert tags("He is free now.") == [("now", "DATE", "PRESENT_REF")]


def test_tag_month_without_year_in_news_is_the_last_one_before_dct():
    assert tags("He told the station in December.", dct=DCT) == [("December", "DATE", "2016-12")]


def test_tag_month_without_year_in_future_sentence_is_the_next_one():
    assert tags("The board will meet in June.", dct=DCT) == [("June", "DATE", "2017-06")]


def test_tag_date_without_year_follows_the_narrative():
    text = "On January 14, 2010, he heard the news. On January 19, it was all over."
    assert tags(text) == [
        ("January 14, 2010", "DATE", "2010-01-14"),
        ("January 19", "DATE", "2010-01-19"),
    ]


def test_tag_date_without_year_and_no_anchor_keeps_x():
    assert tags("Letters dated December 20 arrived.") == [("December 20", "DATE", "XXXX-12-20")]


def test_tag_part_of_day_takes_the_narrative_date():
    text = "Then on March 30, 1985, they died. She came back that night."
    assert tags(text)[-1] == ("that night", "TIME", "1985-03-30TNI")


def test_tag_part_of_day_with_explicit_month():
    assert tags("It was an evening in August 1984.") == [
        ("an evening in August 1984", "TIME", "1984-08-XXTEV")
    ]


def test_tag_weekday_uses_tense():
    assert tags("The jury met on Friday.", dct=DCT) == [("Friday", "DATE", "2017-04-28")]
    assert tags("The jury will meet on Friday.", dct=DCT) == [("Friday", "DATE", "2017-05-05")]


def test_tag_weekend_of_the_narrative_date():
    text = "On March 30, 1985, they died. They were in Washington on the weekend."
    assert tags(text)[-1] == ("the weekend", "DATE", "1985-W13-WE")


def test_tag_bare_year_needs_no_units_after_it():
    assert tags("The plant made 1985 tons of steel.") == []


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("1985-03-30", (dt.date(1985, 3, 30), dt.date(1985, 3, 30))),
        ("1984-08", (dt.date(1984, 8, 1), dt.date(1984, 8, 31))),
        ("1985", (dt.date(1985, 1, 1), dt.date(1985, 12, 31))),
        ("198", (dt.date(1980, 1, 1), dt.date(1989, 12, 31))),
        ("2016-SU", (dt.date(2016, 6, 1), dt.date(2016, 8, 31))),
        ("1989-Q3", (dt.date(1989, 7, 1), dt.date(1989, 9, 30))),
        ("1985-W13-WE", (dt.date(1985, 3, 30), dt.date(1985, 3, 31))),
        ("PRESENT_REF", None),
        ("XXXX-12-20", None),
    ],
)
def test_calendar_interval(value, interval):
    assert calendar_interval(value) == interval


def test_tag_last_month_name_is_the_latest_before_dct():
    assert tags("Prices rose last February.", dct=dt.date(1998, 3, 1)) == [
        ("last February", "DATE", "1998-02")
    ]
    assert tags("Prices rose last June.", dct=dt.date(1998, 3, 1)) == [
        ("last June", "DATE", "1997-06")
    ]


def test_tag_year_ago_in_quarterly_results_is_the_year_ago_quarter():
    text = "Third-quarter profit rose 5% from a year ago."
    assert tags(text, dct=dt.date(1989, 11, 2))[-1] == ("a year ago", "DATE", "1988-Q3")


EARNINGS_DCT = dt.date(1989, 10, 26)


def test_tag_year_earlier_in_earnings_news_is_the_reported_quarter_a_year_back():
    text = (
        "Third-quarter profit rose to $5 million from $4 million a year earlier. "
        "Sales in the latest period rose 5%, and year-earlier results included a gain."
    )
    assert tags(text, dct=EARNINGS_DCT) == [
        ("Third-quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
        ("the latest period", "DATE", "1989-Q3"),
        ("year-earlier", "DATE", "1988-Q3"),
    ]


def test_tag_year_earlier_without_a_quarter_is_last_year():
    text = "Membership fell from a peak a year earlier; the year-ago figures were higher."
    assert tags(text, dct=EARNINGS_DCT) == [
        ("a year earlier", "DATE", "1988"),
        ("year-ago", "DATE", "1988"),
    ]


def test_tag_another_date_ends_the_reported_quarter():
    text = "Third-quarter net rose. Assets as of Sept. 30 fell from a year earlier."
    assert tags(text, dct=EARNINGS_DCT)[-1] == ("a year earlier", "DATE", "1988")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net fell in the 1988 second quarter.", ("the 1988 second quarter", "DATE", "1988-Q2")),
        (
            "It expects gains in this year's third quarter.",
            ("this year's third quarter", "DATE", "1989-Q3"),
        ),
        (
            "It expects gains in next year's first quarter.",
            ("next year's first quarter", "DATE", "1990-Q1"),
        ),
    ],
)
def test_tag_quarter_with_its_year_before_it(text, expected):
    assert tags(text, dct=EARNINGS_DCT) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT 1989-10-26 is a Thursday; the sentence is in the past tense.
        ("Trading halted at noon Tuesday.", ("noon Tuesday", "TIME", "1989-10-24T12:00")),
        ("The offer expires 5 p.m. EST Nov. 9.", ("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")),
        ("The meeting ended at 10 p.m.", ("10 p.m.", "TIME", "1989-10-26T22:00")),
    ],
)
def test_tag_clock_time_takes_the_day_written_with_it(text, expected):
    assert tags(text, dct=EARNINGS_DCT) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Atlanta, nineteen ninety-six. A bomb exploded.",
            [("nineteen ninety-six", "DATE", "1996")],
        ),
        (
            "January nineteen ninety-seven. Atlanta again.",
            [("January nineteen ninety-seven", "DATE", "1997-01")],
        ),
        (
            "The goal was set for the year two thousand.",
            [("the year two thousand", "DATE", "2000")],
        ),
        ("He was born in nineteen oh five.", [("nineteen oh five", "DATE", "1905")]),
        ("Nineteen twenty cars were sold.", []),
    ],
)
def test_tag_years_said_in_words(text, expected):
    assert tags(text) == expected


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("Easter", 2000, dt.date(2000, 4, 23)),
        ("Easter Sunday", 2024, dt.date(2024, 3, 31)),
        ("Good Friday", 1985, dt.date(1985, 4, 5)),
        ("Thanksgiving Day", 1999, dt.date(1999, 11, 25)),
        ("Election Day", 1998, dt.date(1998, 11, 3)),
        ("Memorial Day", 1999, dt.date(1999, 5, 31)),
        ("Christmas Eve", 1984, dt.date(1984, 12, 24)),
    ],
)
def test_holiday_dates(name, year, expected):
    assert holiday(name).date_in(year) == expected


def test_tag_holidays_resolve_like_dates():
    assert tags("He was rescued on Thanksgiving Day.", dct=dt.date(2000, 1, 6)) == [
        ("Thanksgiving Day", "DATE", "1999-11-25")
    ]
    assert tags("Polls close on Election Day.", dct=dt.date(1998, 10, 26)) == [
        ("Election Day", "DATE", "1998-11-03")
    ]
    assert tags("They married on Christmas Eve 1984.") == [
        ("Christmas Eve 1984", "DATE", "1984-12-24")
    ]
    assert tags("They met at Christmas and parted in the Eastern bloc.") == [
        ("Christmas", "DATE", "XXXX-12-25")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT 2000-01-07 is a Friday.
        (
            "Since the decision was announced Wednesday, they have said they will appeal.",
            "2000-01-05",
        ),
        ("The monarch will meet Bush on Thursday in Maine.", "2000-01-13"),
        ("He could come to the U.S. as early as Tuesday.", "2000-01-11"),
        ("Protesters were planning to drive around the airport on Monday.", "2000-01-10"),
    ],
)
def test_tag_weekday_follows_the_tense_of_the_nearest_verb(text, expected):
    [(_, _, value)] = tags(text, dct=dt.date(2000, 1, 7))
    assert value == expected


def test_tag_past_year_weeks_ago_and_abbreviated_month_before_a_day():
    dct = dt.date(1999, 4, 19)
    assert tags("Sales grew over the past year.", dct=dct) == [("the past year", "DATE", "1998")]
    assert tags("It happened six weeks ago.", dct=dct) == [("six weeks ago", "DATE", "1999-W10")]
    assert tags("He was killed last Oct. 23 at home.", dct=dct) == [
        ("Oct. 23", "DATE", "1998-10-23")
    ]


def test_timebank_conventions_drop_ages_only():
    text = "A 6-year-old and a man 19 years old grew up here, after 19 years abroad."
    assert tags(text) == [
        ("6-year-old", "DURATION", "P6Y"),
        ("19 years", "DURATION", "P19Y"),
        ("19 years", "DURATION", "P19Y"),
    ]
    timebank = [
        (t.text, t.resolution.value)
        for t in tag_text(text, dct=None, conventions=TIMEBANK_CONVENTIONS)
    ]
    assert timebank == [("19 years", "P19Y")]


def test_tag_the_year_as_reporting_period():
    assert tags("For the year ended June 30, it earned $5 million.", dct=EARNINGS_DCT)[0] == (
        "the year",
        "DURATION",
        "P1Y",
    )
    assert tags("Sales for the full year rose 13%.", dct=EARNINGS_DCT) == [
        ("the full year", "DATE", "1989")
    ]
    # "the year before" is the year before the story's (none here), never the DCT's
    assert tags("Sales rose 3% from the year before.", dct=EARNINGS_DCT) == [
        ("the year before", "DATE", "PAST_REF")
    ]
    assert tags("Sales were $3bn in 1988, up from $2bn the year before.", dct=EARNINGS_DCT) == [
        ("1988", "DATE", "1988"),
        ("the year before", "DATE", "1987"),
    ]
    assert tags("The year before the election, he left.", dct=EARNINGS_DCT) == []


def test_tag_tense_sentence_spans_abbreviations():
    text = "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the company said."
    assert tags(text, dct=EARNINGS_DCT) == [("Feb. 1", "DATE", "1990-02-01")]


def test_tag_seasons_with_the_and_months_after_an_article():
    dct = dt.date(1989, 10, 26)
    assert tags("Demand held well into the summer.", dct=dct) == [("the summer", "DATE", "1989-SU")]
    assert tags("Costs fell this past spring.", dct=dct) == [
        ("this past spring", "DATE", "1989-SP")
    ]
    assert tags("They studied the fall of Rome and the spring of water.", dct=dct) == []
    assert tags("The October slaying shocked them.", dct=dct) == [("October", "DATE", "1989-10")]


def test_tag_days_of_the_story():
    text = "On Oct. 23, 1998, he was shot. Earlier that day, a fax came. The next day police came."
    assert tags(text) == [
        ("Oct. 23, 1998", "DATE", "1998-10-23"),
        ("Earlier that day", "DATE", "1998-10-23"),
        ("The next day", "DATE", "1998-10-24"),
    ]
    assert tags("On his last day in office he left; the ban persists until this day.") == [
        ("this day", "DATE", "PRESENT_REF")
    ]


def test_tag_centuries_decades_in_words_and_midday():
    dct = dt.date(1998, 3, 6)
    assert tags("the fabled 11th century temple", dct=dct) == [("11th century", "DATE", "10")]
    assert tags("Numbers dropped through the nineties.", dct=dct) == [
        ("the nineties", "DATE", "199")
    ]
    assert tags("Men in their forties came.", dct=dct) == []
    assert tags("He appeared in court at midday.", dct=dct) == [
        ("midday", "TIME", "1998-03-06T12:00")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a participle inside a future verb group is not past tense
        (
            "Collins will be named commander of a mission in December.",
            dt.date(1998, 3, 4),
            "1998-12",
        ),
        # irregular past forms are past tense
        (
            "In January, the company brought in a chief who will remain chairman.",
            dt.date(1989, 10, 27),
            "1989-01",
        ),
        # a participle after a determiner is an adjective
        (
            "The split would be paid on a still unspecified date in January.",
            dt.date(1989, 10, 25),
            "1990-01",
        ),
        # a deadline or start date lies ahead, unless the past perfect looks back to it
        (
            "The trust created an office of the chairman, effective Feb. 1.",
            dt.date(1989, 10, 25),
            "1990-02-01",
        ),
        ("By Wednesday, twenty members had filed reports.", dt.date(1990, 8, 16), "1990-08-15"),
        # a past perfect in a clause of its own before a present verb does not
        (
            "The sale, which had been expected, is part of a plan to repay the loan by February.",
            dt.date(1989, 10, 30),
            "1990-02",
        ),
        # a capitalised word ending in -ed ("United") is a name, not a verb
        ("He would be traveling to the United States Thursday.", dt.date(2000, 4, 5), "2000-04-06"),
        # "..., Castro said" after a quotation does not date what the quotation says
        ("''He will leave at dawn Thursday,'' Castro said.", dt.date(2000, 4, 5), "2000-04-06"),
    ],
)
def test_tag_tense_markers_of_the_verb_group(text, dct, expected):
    assert tags(text, dct=dct)[-1][2] == expected


def test_tag_year_earlier_after_a_longer_period_is_the_year_before():
    text = (
        "Third-quarter profit rose. For the nine months, net fell from $5 million a year earlier."
    )
    assert tags(text, dct=EARNINGS_DCT)[-1] == ("a year earlier", "DATE", "1988")


def test_tag_month_of_a_year_named_relative_to_the_dct():
    dct = dt.date(1998, 12, 3)
    assert tags("The house approved it in early October this year.", dct=dct) == [
        ("early October this year", "DATE", "1998-10")
    ]
    assert tags("They join in April next year.", dct=dct) == [
        ("April next year", "DATE", "1999-04")
    ]
    assert tags("It closed on June 3 last year.", dct=dct) == [
        ("June 3 last year", "DATE", "1997-06-03")
    ]
    assert tags("It closed on June 3 last year.") == [("June 3 last year", "DATE", "XXXX-06-03")]


def test_tag_model_date_span_licenses_a_bare_month_only():
    text = "The job figures for January extended a surge. He was 44 then."
    dct = dt.date(1998, 2, 6)
    assert tags(text, dct=dct) == []  # "for" does not license a bare month name
    month = (text.index("January"), text.index("January") + len("January"))
    age = (text.index("44"), text.index("44") + 2)
    found = tag_text(text, dct=dct, model_spans=[month, age])
    assert [(t.text, t.resolution.value) for t in found] == [("January", "1998-01")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeBank: the duration is the expression, "later" stays outside ([Three days] P3D)
        ("Three days later, the index fell.", ("Three days", "DURATION", "P3D")),
        (
            "He will stay for at least two more weeks.",
            ("at least two more weeks", "DURATION", "P2W"),
        ),
        ("The loan may run for an additional year.", ("an additional year", "DURATION", "P1Y")),
        (
            "Over the next couple of years, sales grew.",
            ("the next couple of years", "DURATION", "P2Y"),
        ),
    ],
)
def test_tag_number_words_at_sentence_start_and_more_units(text, expected):
    assert tags(text, dct=DCT) == [expected]
