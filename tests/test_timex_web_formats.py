"""Formats of dates and rates common on web pages: a day, a month abbreviation and a
year joined by hyphens ("18-Feb-2012"), "per year" as the period of a rate (SET), and
a number before "times" as a count ("1000 times faster"), not a year, and a quarter
written as a business code ("Q1", "Q3 2019"); "year after year", "each July" and
"every Christmas" are SETs."""

import datetime as dt

import pytest

from extract.timex.tagger import tag_text

DCT = dt.date(2024, 3, 6)


def tags(text):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Released: 7-Jun-2019", [("7-Jun-2019", "DATE", "2019-06-07")]),
        ("Filed 03-MAR-1999 at the registry.", [("03-MAR-1999", "DATE", "1999-03-03")]),
        ("The notice is dated 30-Sept-2008.", [("30-Sept-2008", "DATE", "2008-09-30")]),
    ],
)
def test_a_hyphenated_day_month_year_is_a_date(text, expected):
    assert tags(text) == expected


def test_a_hyphenated_date_inside_a_longer_code_is_none():
    assert tags("Order 12-Jan-2020-77 was shipped.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency tested 400 wells per year.", [("per year", "SET", "P1Y")]),
        (
            "Each pump runs 6 hours per day.",
            [("6 hours", "DURATION", "PT6H"), ("per day", "SET", "P1D")],
        ),
        ("Fees rose twice, to $30 per month.", [("per month", "SET", "P1M")]),
        ("Ada Okafor swims 20 km per week.", [("per week", "SET", "P1W")]),
    ],
)
def test_per_and_a_period_is_a_set(text, expected):
    assert tags(text) == expected


def test_per_before_a_word_that_is_no_period_is_none():
    assert tags("The dividend was $0.58 per share.") == []


def test_a_number_before_times_is_a_count_not_a_year():
    assert tags("Leaks rose to 1500 times the safe level.") == []
    assert tags("The river rose 2000 times faster in 2019.") == [("2019", "DATE", "2019")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the DCT is March 6, 2024: Q1 has begun, Q4 has not (the last one is 2023's)
        ("Lagos Water posts higher Q1 revenue.", [("Q1", "DATE", "2024-Q1")]),
        ("Its Q4 sales fell.", [("Q4", "DATE", "2023-Q4")]),
        (
            "Sales in Q3 2019 beat 2020 Q2.",
            [("Q3 2019", "DATE", "2019-Q3"), ("2020 Q2", "DATE", "2020-Q2")],
        ),
    ],
)
def test_a_quarter_code_is_a_quarter(text, expected):
    assert tags(text) == expected


def test_a_q_inside_a_code_is_no_quarter():
    assert tags("The QQ1 model and the Q7 chip shipped.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Okafor came back year after year.", [("year after year", "SET", "P1Y")]),
        ("Day after day the pumps failed.", [("Day after day", "SET", "P1D")]),
        ("The tanks were checked week after week.", [("week after week", "SET", "P1W")]),
    ],
)
def test_a_unit_after_itself_is_a_set(text, expected):
    assert tags(text) == expected


def test_a_unit_after_another_is_no_set():
    assert [t[1] for t in tags("They waited a year after the flood.")] == ["DURATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fair opens each July.", [("each July", "SET", "XXXX-07")]),
        ("They light lamps every Christmas.", [("every Christmas", "SET", "XXXX-12-25")]),
        (
            "Balloons go up each St. Patrick’s Day in Lagos.",
            [("each St. Patrick’s Day", "SET", "XXXX-03-17")],
        ),
    ],
)
def test_each_month_or_holiday_is_a_set_of_every_year(text, expected):
    assert tags(text) == expected
