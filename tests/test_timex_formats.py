"""Written forms of dates, times and durations beyond the US news style: European numeric
dates, clock times with a dot, apostrophe years, fractions, coordinated durations,
and a quotation's "today"."""

import datetime as dt

import pytest

from extract.timex.conventions import TimexConventions
from extract.timex.tagger import tag_text

DCT = dt.date(2019, 6, 5)  # a Wednesday


def tags(text, dct=DCT, **settings):
    conventions = TimexConventions(**settings)
    found = tag_text(text, dct=dct, conventions=conventions)
    return [(t.text, t.resolution.type, t.resolution.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was on 24.1.2019 in Lagos.", ("24.1.2019", "DATE", "2019-01-24")),
        ("The hearing was on 24/01/2019 in Lagos.", ("24/01/2019", "DATE", "2019-01-24")),
        ("The hearing was on 1.2.2019 in Lagos.", ("1.2.2019", "DATE", "2019-02-01")),
        ("The hearing was on 1/24/19 in Lagos.", ("1/24/19", "DATE", "2019-01-24")),
        ("The hearing was on 24-01-2019 in Lagos.", ("24-01-2019", "DATE", "2019-01-24")),
    ],
)
def test_numeric_dates_whose_numbers_decide_the_order(text, expected):
    assert tags(text) == [expected]


def test_ambiguous_slashed_date_follows_the_setting():
    text = "The hearing was on 04/05/2019."
    assert tags(text) == [("04/05/2019", "DATE", "2019-04-05")]
    assert tags(text, day_first=True) == [("04/05/2019", "DATE", "2019-05-04")]


def test_a_document_s_unambiguous_date_decides_its_other_numeric_dates():
    text = "Filed on 24/01/2019, heard on 04/05/2019."
    assert tags(text)[-1] == ("04/05/2019", "DATE", "2019-05-04")
    text = "Filed on 1/24/2019, heard on 04.05.2019."
    assert tags(text)[-1] == ("04.05.2019", "DATE", "2019-04-05")


@pytest.mark.parametrize(
    "text",
    ["See section 1.2.19 of the code.", "Version 31/31/2019 is wrong.", "Scores were 10-12-15."],
)
def test_numbers_that_are_not_dates(text):
    assert tags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam broke at 1.45 a.m. in Kano.", ("1.45 a.m.", "TIME", "2019-06-05T01:45")),
        ("The dam broke at 9.15pm in Kano.", ("9.15pm", "TIME", "2019-06-05T21:15")),
        ("The dam broke at 9:15pm in Kano.", ("9:15pm", "TIME", "2019-06-05T21:15")),
    ],
)
def test_clock_times_with_a_dot(text, expected):
    assert tags(text) == [expected]


def test_an_hour_past_twelve_is_no_12_hour_clock_time():
    assert tags("The score was 15pm in the table.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flood came in August of ‘84.", [("August of ‘84", "DATE", "1984-08")]),
        ("The flood came in ’84.", [("’84", "DATE", "1984")]),
        ("She graduates with the class of ’21.", [("’21", "DATE", "2021")]),
        ("Music of the ’80s returned.", [("the ’80s", "DATE", "198")]),
        ("A song called ‘84’ played.", []),
        ("He stood 5'11 tall.", []),
    ],
)
def test_apostrophe_years_are_read_near_the_dct(text, expected):
    assert tags(text) == expected


def test_apostrophe_year_without_dct():
    assert tags("The flood came in ’84.", dct=None) == [("’84", "DATE", "1984")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 30 March 1985.", [("30 March 1985", "DATE", "1985-03-30")]),
        (
            "It was Saturday 30 March 1985.",
            [("Saturday 30 March 1985", "DATE", "1985-03-30")],
        ),
    ],
)
def test_day_month_year_in_words_keeps_its_day(text, expected):
    assert tags(text) == expected


def test_coordinated_durations_are_two_expressions():
    assert tags("They served 26 years and 25 years.") == [
        ("26 years", "DURATION", "P26Y"),
        ("25 years", "DURATION", "P25Y"),
    ]
    assert tags("It took six months and two years.") == [
        ("six months", "DURATION", "P6M"),
        ("two years", "DURATION", "P2Y"),
    ]
    assert tags("He served 33 years, 6 months and 25 days.") == [
        ("33 years, 6 months and 25 days", "DURATION", "P33Y6M25D")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 42 months before June 2019
        ("She retired 3½ years ago.", ("3½ years ago", "DATE", "2015-12")),
        ("She retired two and a half years ago.", ("two and a half years ago", "DATE", "2016-12")),
        # 10.5 days is no whole number of days
        ("She retired 1½ weeks ago.", ("1½ weeks ago", "DATE", "PAST_REF")),
    ],
)
def test_fractions_ago_move_in_the_smaller_unit(text, expected):
    assert tags(text) == [expected]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # 1990-08-13 is a Monday: the weekend it reports on is the one before, week 32
        ("Officials said over the weekend that ships sailed.", dt.date(1990, 8, 13), "1990-W32-WE"),
        ("Traders had squared ahead of the weekend.", dt.date(1989, 11, 1), "1989-W44-WE"),
        ("They will meet at the weekend.", dt.date(1989, 11, 1), "1989-W44-WE"),
    ],
)
def test_the_weekend_of_news_follows_the_tense(text, dct, expected):
    assert tags(text, dct=dct)[-1][2] == expected


def test_a_clock_time_in_figures_is_not_a_year():
    # a 24-hour time with its zone (tests/test_timex_clock_spans.py), on the Monday before
    assert tags("By 1200 GMT on Monday, shares were down.") == [
        ("1200 GMT", "TIME", "2019-06-03T12:00"),
        ("Monday", "DATE", "2019-06-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # DCT 2019-06-05 is a Wednesday: Sunday before it is 2019-06-02.
        ('"Today we lost everything," Ada Okafor said on Sunday.', "2019-06-02"),
        ("On Sunday, Ada Okafor said: “Tomorrow we rebuild.”", "2019-06-03"),
        ("``Yesterday was the worst,'' Ada Okafor said Sunday.", "2019-06-01"),
        ('"Today we rebuild," Ada Okafor said.', "2019-06-05"),
        ("“Today we rebuild.” Ada Okafor left on Sunday.", "2019-06-05"),
    ],
)
def test_a_deictic_day_in_a_quotation_is_of_the_day_it_was_said(text, expected):
    [quoted] = [t for t in tags(text) if t[0] in ("Today", "Tomorrow", "Yesterday")]
    assert quoted[2] == expected


def test_a_quotation_that_goes_on_after_its_reporting_sentence_keeps_its_day():
    text = '"We are proud of it," the mayor said on Sunday. "Tomorrow we light it up."'
    assert tags(text)[-1] == ("Tomorrow", "DATE", "2019-06-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing will resume on 15.3.2021 at 9.30am.", "2021-03-15T09:30"),
        ("The court sat until 5.15pm on Monday.", "2019-06-03T17:15"),
        ("On Monday the court sat until after 6 p.m.", "2019-06-03T18:00"),
        ("The court sat until 6 p.m.", "2019-06-05T18:00"),
    ],
)
def test_a_clock_time_takes_the_day_its_sentence_gives(text, expected):
    [time] = [t for t in tags(text) if t[1] == "TIME"]
    assert time[2] == expected


def test_every_weekday_is_that_weekday_of_every_week():
    assert tags("She came in every Tuesday.") == [("every Tuesday", "SET", "XXXX-WXX-2")]


def test_weekdays_in_the_plural_are_those_weekdays_of_every_week():
    assert tags("The Lagos show moves from Fridays and airs on Tuesdays and Thursdays.") == [
        ("Tuesdays", "SET", "XXXX-WXX-2"),
        ("Thursdays", "SET", "XXXX-WXX-4"),
    ]
    assert tags("She works Tuesday nights in Lagos.") == [
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI")
    ]
    # two weekdays share a plural part: recurring only with a schedule's start or end
    assert tags("Two flights will leave Lagos on Monday and Tuesday nights from March 30.")[:2] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]
    assert [t[1] for t in tags("Fighting on Friday and Saturday nights killed 12 people.")] == [
        "DATE",
        "DATE",
    ]
    # a name in the plural is no time ("the Happy Mondays")
    assert tags("The Happy Mondays played in Lagos.") == []


def test_an_amount_of_money_a_year_is_a_rate():
    assert tags("Repairs cost 12 million naira a year.") == []
