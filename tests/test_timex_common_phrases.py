"""Phrases of everyday news the grammar misread: "half an hour", "just days after",
"the present law", "the Evening Standard Theatre Awards", a lowercase "election day",
"Easter week", a "since" bound that dates no event, and "a quarter" as a fraction
("a quarter point rise", "a quarter of the shares"), "the mid 1990's" and "the past
fortnight", "thousands of years" (invented text)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

MONDAY = dt.date(2004, 11, 1)


def tags(text, dct=MONDAY):
    tagged = tag_text(text, dct=dct, conventions=TIMEBANK_CONVENTIONS)
    return [(t.text, t.resolution.type, t.resolution.value) for t in tagged]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half of the unit, not the unit
        ("The plan was printed half an hour before the speech.", ("half an hour", "PT30M")),
        ("Half a century ago, the valley was a lake.", ("Half a century ago", "1954")),
        # a short, unstated span
        ("The talks collapsed just days after the vote.", ("just days", "PXD")),
        ("It comes only weeks ahead of the Lagos Water Agency's budget.", ("only weeks", "PXW")),
        ("He left just minutes before the vote.", ("just minutes", "PTXM")),
    ],
)
def test_spans_with_a_quantity_word(text, expected):
    assert [(span, value) for span, _, value in tags(text)] == [expected]


def test_just_before_a_plural_unit_alone_is_no_span():
    # "just days" needs what it is counted from ("after", "away"); a bare one stays out
    assert tags("The strike lasted just days.") == []


def test_the_present_before_a_noun_is_an_adjective():
    assert tags("The agency has ruled out amending the present law.") == []
    assert tags("Until the present, such cases were rare.") == [
        ("the present", "DATE", "PRESENT_REF")
    ]
    assert tags("From 1990 to the present day, it grew.") == [
        ("1990", "DATE", "1990"),
        ("the present", "DATE", "PRESENT_REF"),
    ]


def test_a_capitalised_part_of_the_day_opening_a_name_is_no_time():
    assert tags("Ada Okafor won at the Evening Standard Theatre Awards in London.") == []
    assert tags("Ada Okafor was on the Morning Lagos Show with Obi Ezeh.") == []
    # a Title Case headline says nothing about names and keeps its expressions
    assert tags("Police Arrest Man After Early Morning Shooting In Lagos") == [
        ("Early Morning", "TIME", "XXXX-XX-XXTMO")
    ]
    # a weekday after it is a date, and a lowercase part stays a time
    assert tags("Ada Okafor arrived that evening.") == [("that evening", "TIME", "XXXX-XX-XXTEV")]


def test_a_holiday_is_a_name_written_capitalised():
    assert tags("This was not the place to announce election day, he said.") == []
    assert tags("Voters go to the polls on Election Day.") == [
        ("Election Day", "DATE", "2004-11-02")
    ]


def test_a_holidays_week_is_the_iso_week_it_falls_in():
    # Easter Sunday 2000 is 23 April, in ISO week 16 (17-23 April)
    assert tags("Protesters prayed as Easter week began.", dct=dt.date(2000, 4, 17)) == [
        ("Easter week", "DATE", "2000-W16")
    ]


def test_a_since_bound_dates_no_event_of_an_undated_text():
    # the month takes no year from "since 1998": the bound of a period is no story date
    text = (
        "A review found it had double counted road spending since 1998.\n\n"
        "In January the institute said taxes must rise."
    )
    assert tags(text, dct=None) == [("1998", "DATE", "1998"), ("January", "DATE", "XXXX-01")]
    located = (
        "A review of road spending began in 1998.\n\nIn January the institute said taxes must rise."
    )
    assert tags(located, dct=None)[1] == ("January", "DATE", "1998-01")


def test_lunchtime_is_a_part_of_the_day():
    # TIMEX3 writes mid-day MI; Monday 1 November 2004 is the DCT
    assert tags("The minister resigned on Monday lunchtime.") == [
        ("Monday lunchtime", "DATE", "2004-11-01")
    ]
    # undated: a Monday of no known week
    assert tags("The minister resigned on Monday lunchtime.", dct=None) == [
        ("Monday lunchtime", "DATE", "XXXX-WXX-1")
    ]
    # the article is the speech's, and "a" lunchtime is no particular day's, DCT or not
    assert tags("Ada Okafor will address them in a lunchtime speech.") == [
        ("lunchtime", "TIME", "XXXX-XX-XXTMI")
    ]


def test_at_the_moment_is_the_present_unless_a_moment_is_named():
    assert tags("Everyone is playing politics at the moment.") == [
        ("the moment", "DATE", "PRESENT_REF")
    ]
    assert tags("He was asleep at the moment of impact.") == []
    assert tags("At the moment he arrived, it rained.") == []


def test_that_date_is_the_date_just_named():
    assert tags("The deal was signed on 3 May 2004. On that date, shares rose.") == [
        ("3 May 2004", "DATE", "2004-05-03"),
        ("that date", "DATE", "2004-05-03"),
    ]
    assert tags("He took her out on a date.") == []


def test_the_week_beginning_a_day_is_that_days_iso_week():
    # 4 April 2005 is a Monday, ISO week 14
    assert tags("It comes in the week beginning 4 April.", dct=dt.date(2005, 3, 1)) == [
        ("the week beginning 4 April", "DATE", "2005-W14")
    ]
    # with no year the week cannot be named; the day still can
    assert tags("It comes in the week beginning 4 April.", dct=None) == [
        ("4 April", "DATE", "XXXX-04-04")
    ]


def test_a_narratives_now_is_the_storys_time_not_the_present():
    # ANNOTATION.md: a narrative "Now" (the story's time) is not annotated
    assert tags("Now he himself faced trial in the Lagos court.") == []
    assert tags("Officials said an error was made but now Ada had apologised.") == []
    # the writer's now: a present or modal verb, a verb with no subject, "until now"
    present = ("now", "DATE", "PRESENT_REF")
    assert tags("Officials said they now believe the fire was set.") == [present]
    assert tags("He said he now believed the agency had failed.") == [present]
    assert tags("The matter should now be left to the courts.") == [present]
    assert tags("The promise has now been abandoned.") == [present]
    assert tags("He has until now been described only as a witness.") == [present]


def test_last_month_in_an_undated_text_is_before_the_storys_dated_month():
    # with no DCT, "last December" after "March 14, 2015" is December 2014
    text = "He would have turned 21 on March 14, 2015. Ada found a balloon last December."
    assert tags(text, dct=None)[1] == ("last December", "DATE", "2014-12")
    after = "The plant opened on March 14, 2015. It will reopen next February."
    assert tags(after, dct=None)[1] == ("next February", "DATE", "2016-02")


def test_an_early_or_late_part_of_the_day_is_a_time():
    # "an early morning shooting": some morning's start, the article the shooting's
    assert tags("A suspect was arrested in an early morning shooting in Lagos.") == [
        ("early morning", "TIME", "XXXX-XX-XXTMO")
    ]
    assert tags("Police were called in the late evening.") == [
        ("the late evening", "TIME", "2004-11-01TEV")
    ]
    # "early" alone before a word that is no part of the day stays out
    assert tags("An early riser, she left.") == []


def test_annual_and_quarterly_are_sets_where_the_conventions_mark_them():
    def annotation(text):
        return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=MONDAY)]

    assert annotation("Analysts expect a drop in annual profits.") == [("annual", "SET", "P1Y")]
    # after a list bullet the word opens its sentence: no title
    assert annotation("• Quarterly earnings reports give a glimpse of a firm.") == [
        ("Quarterly", "SET", "P3M")
    ]
    assert annotation("The bi-annual report is late.") == []
    # TimeBank/AQUAINT tags them 3 times in 19: its benchmark leaves them out
    assert tags("Analysts expect a drop in annual profits.") == []


def test_rate_sets_are_a_setting(tmp_path):
    from extract.config import load_params

    params = tmp_path / "params.yaml"
    params.write_text("dates:\n  rate_sets: false\n", encoding="utf-8")
    assert load_params(params).dates.rate_sets is False
    assert load_params(params).timeml_benchmark.rate_sets is False
    assert load_params(None).dates.rate_sets is True


def test_a_year_after_an_amount_of_money_is_the_period_it_recurs_in():
    # "£3bn a year" is a rate's period (SET), as "per year" is; "23 hours a day" keeps
    # only its duration (ANNOTATION.md)
    def annotation(text):
        return [(t.text, t.resolution.type) for t in tag_text(text, dct=MONDAY)]

    for text in (
        "The deal would save poor countries £3bn a year, he said.",
        "The deal would save poor countries £3bn pounds a year, he said.",
        "It costs the agency 10 million dollars a year.",
    ):
        assert annotation(text) == [("a year", "SET")]
    assert annotation("They work 23 hours a day.") == [("23 hours", "DURATION")]
    # TimeBank/AQUAINT mostly leaves a money rate's period out (3 times in 5)
    assert tags("It saves $500 million a year in costs.") == []


def test_two_whole_consecutive_years_in_a_money_sentence_are_a_fiscal_year():
    assert tags("Plans for saving £12bn by 2007-2008 are crucial.", dct=None) == [
        ("2007-2008", "DATE", "FY2007")
    ]
    # a range of years is no fiscal year
    assert tags("Growth of 3% was seen in 1973-1990.", dct=None) == [("1973", "DATE", "1973")]


@pytest.mark.parametrize(
    "text",
    [
        "The Lagos central bank raised its rate by a quarter point to 2%.",
        "Ministers expect a quarter-point cut before the vote.",
        "Borrowing costs are tipped to rise by a quarter of a percentage point.",
        "A quarter of broadband users in Lagos write a blog.",
        "Three quarters of the shares were sold to Ada Okafor.",
        # "in some quarters": among some people
        "The Lagos police were accused in some quarters of bias.",
        "There is concern in many quarters about the plan.",
    ],
)
def test_a_quarter_as_a_fraction_is_no_time(text):
    assert tags(text) == []


def test_a_fraction_of_a_unit_of_time_is_one_duration_and_quarters_of_growth_stay_time():
    assert tags("The meeting lasted a quarter of an hour.") == [
        ("a quarter of an hour", "DURATION", "PT15M")
    ]
    assert tags("She ran the agency for three quarters of a century.") == [
        ("three quarters of a century", "DURATION", "P75Y")
    ]
    assert tags("The economy shrank after two quarters of growth.") == [
        ("two quarters", "DURATION", "P2Q")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decade written with an apostrophe, after the article or an edge word
        ("Lagos has imported oil since the mid 1990's.", ("the mid 1990's", "DATE", "199")),
        ("Prices rose in the 1990’s.", ("the 1990’s", "DATE", "199")),
        # a fortnight is two weeks long; no calendar unit has it
        (
            "After three wins over the past fortnight, she is confident.",
            ("the past fortnight", "DURATION", "P2W"),
        ),
    ],
)
def test_decades_with_an_apostrophe_and_the_past_fortnight(text, expected):
    assert tags(text) == [expected]


def test_a_years_possessive_without_the_article_stays_the_year():
    assert tags("Lagos cut 1990's budget.") == [("1990", "DATE", "1990")]


def test_countless_units_are_a_duration_of_unstated_length():
    assert tags("The river fed Lagos for hundreds of years.") == [
        ("hundreds of years", "DURATION", "PXY")
    ]
    assert tags("Farmers have used the plant for thousands of years.") == [
        ("thousands of years", "DURATION", "PXY")
    ]
    assert tags("Scores of people marched.") == []


def test_a_number_of_hundreds_or_thousands_in_words_counts_the_units():
    assert tags("Lagos families have kept the craft for more than two thousand years.") == [
        ("more than two thousand years", "DURATION", "P2000Y")
    ]
    assert tags("The walls stood for two hundred years.") == [
        ("two hundred years", "DURATION", "P200Y")
    ]
    # a number of people is no time
    assert tags("Two thousand troops left Lagos.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over" as "across": the duration alone
        ("Schools in Lagos will get £14bn over three years.", ("three years", "P3Y")),
        ("The game was developed over four years.", ("four years", "P4Y")),
        # "over" as "more than"
        ("She has lived in Lagos for over three years.", ("over three years", "P3Y")),
        ("I have been waiting over six years for this.", ("over six years", "P6Y")),
        ("It has been a little over a year.", ("over a year", "P1Y")),
    ],
)
def test_over_a_duration_is_across_it_unless_it_means_more_than(text, expected):
    assert [(t, v) for t, _, v in tags(text)] == [expected]
