"""Reporting periods named by their end: "the quarter ended July 31", "by year-end",
"the end of the month" (TIMEX3: the period itself, mod END)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

DCT = dt.date(1989, 10, 30)


def tagged(text, dct=DCT):
    return tag_text(text, dct=dct, conventions=TIMEBANK_CONVENTIONS)


def tags(text, dct=DCT):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tagged(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # May, June, July: most of it in the second calendar quarter
        (
            "In the quarter ended July 31, the agency lost money.",
            ("the quarter", "DATE", "1989-Q2"),
        ),
        ("Sales rose in the quarter ended Sept. 30.", ("the quarter", "DATE", "1989-Q3")),
        # November 1988 to January 1989: the fourth quarter of 1988
        ("Sales rose in the quarter ended Jan. 31.", ("the quarter", "DATE", "1988-Q4")),
        # a stated number is the company's own (fiscal) count, kept
        (
            "Sales rose in the fourth quarter ended Sept. 30.",
            ("the fourth quarter", "DATE", "1989-Q4"),
        ),
    ],
)
def test_a_quarter_named_by_its_end_is_the_calendar_quarter_it_mostly_covers(text, expected):
    assert tags(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "mod"),
    [
        ("The sale should close by year-end.", ("year-end", "DATE", "1989"), "END"),
        ("The rules should be in place by year's end.", ("year's end", "DATE", "1989"), "END"),
        (
            "The deal is expected to close around year end.",
            ("around year end", "DATE", "1989"),
            "APPROX",
        ),
        (
            "Troops will arrive by the end of the month.",
            ("the end of the month", "DATE", "1989-10"),
            "END",
        ),
        ("The index is up 5% since year-end.", ("year-end", "DATE", "1988"), "END"),
    ],
)
def test_the_end_of_the_year_or_month_is_that_period_with_mod_end(text, expected, mod):
    [found] = tagged(text)
    assert (found.text, found.resolution.type, found.resolution.value) == expected
    assert found.modifiers.mod == mod


def test_the_week_is_the_week_of_the_day_reported_on():
    # 1989-10-27 is the Friday of ISO week 43; the Monday DCT is in week 44
    assert tags("The index fell 1.2% on Friday. For the week, it dropped 3.8%.") == [
        ("Friday", "DATE", "1989-10-27"),
        ("the week", "DATE", "1989-W43"),
    ]
    assert tags("For the week, the index dropped 3.8%.") == [("the week", "DATE", "1989-W44")]
    assert tags("It was the week before the vote.") == []


def test_the_latest_period_and_fiscal_year_of_an_earnings_report():
    dct = dt.date(1989, 11, 2)  # the last completed quarter is the third
    assert tags("There were no one-time gains in the latest period.", dct=dct) == [
        ("the latest period", "DATE", "1989-Q3")
    ]
    assert tags("It expects higher sales in the current fiscal year.", dct=dct) == [
        ("the current fiscal year", "DATE", "1989")
    ]
    # a relative clause after a named year keeps it ("the year that he left" names none)
    assert tags("It expects sales in the current fiscal year that are above 1989's.", dct=dct)[
        0
    ] == ("the current fiscal year", "DATE", "1989")
    assert tags("Profits for the current financial year that ends in April rose.", dct=dct)[0] == (
        "the current financial year",
        "DATE",
        "1989",
    )
    assert tags("The year that he left was a hard one.", dct=dct) == []


def test_the_date_that_closes_the_quarter_keeps_it_as_the_period_reported_on():
    text = "Sales rose in the third quarter ended Sept. 30. A year earlier, sales fell."
    assert tags(text) == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("A year earlier", "DATE", "1988-Q3"),
    ]


def test_a_hyphenated_fiscal_ordinal_quarter_is_the_company_s_own_count():
    text = (
        "The Lagos Water Agency posted a profit for the fiscal-first quarter ended Sept. 30. "
        "It had a loss a year ago."
    )
    assert tags(text) == [
        ("the fiscal-first quarter", "DATE", "1989-Q1"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("a year ago", "DATE", "1988-Q1"),
    ]


def test_the_same_period_a_year_back_is_one_expression():
    # the quarter reported on, a year back
    assert tags(
        "Net income rose in the third quarter, compared with a loss in the corresponding "
        "period last year."
    ) == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("the corresponding period last year", "DATE", "1988-Q3"),
    ]
    # no quarter reported: the last completed one (DCT October 30: the third), a year back
    assert tags("For the quarter a year ago, the agency lost $2 million.") == [
        ("the quarter a year ago", "DATE", "1988-Q3")
    ]
    # a period of no named length: the year before the DCT's
    assert tags("Sales rose 5% from the same period last year.") == [
        ("the same period last year", "DATE", "1988")
    ]


def test_the_same_month_a_year_back_is_the_storys_month_and_leaves_it_the_anchor():
    assert tags(
        "Prices rose 2% in September from the same month last year, and fell from the same "
        "month a year earlier."
    ) == [
        ("September", "DATE", "1989-09"),
        ("the same month last year", "DATE", "1988-09"),
        ("the same month a year earlier", "DATE", "1988-09"),
    ]
    # with no month named, the DCT's
    assert tags("Prices rose 2% from the same month last year.") == [
        ("the same month last year", "DATE", "1988-10")
    ]


def test_an_earlier_numbered_quarter_is_background_to_the_one_reported_on():
    # DCT 1989-11-01: the report is on the third quarter; "a flat second quarter" is
    # what came before it, so "a year ago" is still the third quarter's year back
    assert tags(
        "The Lagos Water Agency posted a 20% gain in third-quarter net income. After a flat "
        "second quarter, the agency cut costs. Interest rates were lower than a year ago.",
        dct=dt.date(1989, 11, 1),
    ) == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("second quarter", "DATE", "1989-Q2"),
        ("a year ago", "DATE", "1988-Q3"),
    ]
    # a company's own fiscal count names the period it now reports
    assert tags(
        "Net rose in the third quarter. For its fiscal second quarter, the agency lost money. "
        "A year earlier, it earned $2 million.",
        dct=dt.date(1989, 11, 1),
    )[-1] == ("A year earlier", "DATE", "1988-Q2")


def test_a_quarter_not_yet_begun_is_a_forecast_not_the_period_reported_on():
    assert tags(
        "Sales fell in the third quarter. Analysts expect losses through the third quarter of "
        "1991. In the year-ago period, the agency earned $2 million.",
    )[-1] == ("the year-ago period", "DATE", "1988-Q3")


def test_full_year_results_are_the_year_and_keep_the_quarter_reported_on():
    # DCT 2021-05-04: the dateline and the report day are the DCT, "full-year" the year
    # the quarter is part of; none of them ends the quarter, so "the prior-year period"
    # is the first quarter a year back
    assert tags(
        "Lagos Water reports higher Q1 revenue\n\nLAGOS, May 4 - Lagos Water reported higher "
        "revenue on Tuesday and said its full-year sales growth will be high. Profit rose "
        "from $0.48 a share in the prior-year period.",
        dct=dt.date(2021, 5, 4),
    ) == [
        ("Q1", "DATE", "2021-Q1"),
        ("May 4", "DATE", "2021-05-04"),
        ("Tuesday", "DATE", "2021-05-04"),
        ("full-year", "DATE", "2021"),
        ("the prior-year period", "DATE", "2020-Q1"),
    ]
    # a year's length is no year of results
    assert [t for t in tags("She worked a full year in Lagos.") if t[1] == "DATE"] == []


def test_a_fiscal_quarter_ahead_of_the_calendar_is_still_the_one_reported_on():
    assert tags(
        "Net income in the fiscal 1990 first quarter rose 5%. A year earlier, it earned $2 million."
    )[-1] == ("A year earlier", "DATE", "1989-Q1")


def test_the_same_period_after_a_longer_period_is_that_periods_year():
    assert tags(
        "Net rose in the third quarter. For the first nine months, sales rose from the same "
        "period last year."
    )[-1] == ("the same period last year", "DATE", "1988")


def test_a_year_before_or_after_and_a_first_full_year_are_no_year_of_results():
    assert tags("The fiscal year before, sales fell.") == []
    assert tags("In his first full year as president, he cut taxes.") == []
    assert tags("Full year profits rose.") == [("Full year", "DATE", "1989")]
