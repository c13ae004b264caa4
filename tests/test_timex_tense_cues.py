"""Cues that decide which side of the DCT a date without a year falls on, and words
that look like time expressions without being one (invented news text)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

MONDAY = dt.date(2023, 3, 6)  # the Friday before is 3 March, the one after 10 March


def tags(text, dct=MONDAY):
    tagged = tag_text(text, dct=dct, conventions=TIMEBANK_CONVENTIONS)
    return [(t.text, t.resolution.type, t.resolution.value) for t in tagged]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan in the past perfect: its day has come and gone
        ("The Lagos Water Agency's offer had been due to expire Friday.", "2023-03-03"),
        ("The offer had been scheduled to close Friday.", "2023-03-03"),
        # the same plan in the present is still ahead
        ("The Lagos Water Agency's offer is due to expire Friday.", "2023-03-10"),
    ],
)
def test_a_plan_told_in_the_past_perfect_names_a_past_weekday(text, expected):
    assert tags(text) == [("Friday", "DATE", expected)]


def test_a_planned_thing_after_a_determiner_is_an_adjective_not_a_future_verb():
    text = (
        "On Friday, when Ada Okafor set aside her plans for the hastily planned visit, "
        "the agency lifted its warning."
    )
    assert tags(text) == [("Friday", "DATE", "2023-03-03")]


def test_a_possessive_weekday_names_a_reported_event_even_beside_a_future_verb():
    assert tags("Ada Okafor said she would appeal against Wednesday's ruling.") == [
        ("Wednesday", "DATE", "2023-03-01")
    ]
    assert tags("Ada Okafor will testify Wednesday.") == [("Wednesday", "DATE", "2023-03-08")]


def test_a_clock_time_takes_the_weekday_after_its_conversion_to_another_zone():
    found = tags("The pipe burst at about 10:35 a.m. (0935 GMT) Friday, the agency said.")
    assert found[0] == ("10:35 a.m.", "TIME", "2023-03-03T10:35")


@pytest.mark.parametrize(
    "text",
    [
        "Now, the agency says the pumps work again.",
        '"Now, we wait," said Ada Okafor.',
    ],
)
def test_now_with_a_comma_opening_a_sentence_is_a_discourse_marker(text):
    assert tags(text) == []


def test_now_inside_a_sentence_is_the_present():
    assert tags("The pumps now work, and the agency is pleased.") == [
        ("now", "DATE", "PRESENT_REF")
    ]
    assert tags("The agency said the pumps work now.") == [("now", "DATE", "PRESENT_REF")]


def test_the_year_before_an_amount_is_the_current_year():
    assert tags("Shares rose to a high for the year of $42 in June.")[0] == (
        "the year",
        "DATE",
        "2023",
    )
    assert tags("It was the year of the flood.") == []


def test_a_participle_of_a_future_passive_with_an_adverb_is_no_past_tense():
    text = "He added that the summit would still be held on April 24."
    assert tags(text, dct=dt.date(2023, 2, 10)) == [("April 24", "DATE", "2023-04-24")]


def test_two_days_of_one_month_without_a_year_share_its_year():
    assert tags("The agency will hold hearings on April 24 and 25.") == [
        ("April 24", "DATE", "2023-04-24"),
        ("25", "DATE", "2023-04-25"),
    ]
    # a number after "and" that is no day of the month stays out
    assert tags("The agency fined 12 firms on April 24 and 25 others in May.")[0] == (
        "April 24",
        "DATE",
        "2023-04-24",
    )
    assert "25" not in [text for text, _, _ in tags("Fines fell on April 24 and 25 others.")]


def test_a_season_with_the_in_news_is_the_one_nearest_the_dct_not_the_last_year_named():
    text = (
        "Analysts expect a recovery in 1990. Orders rose from the low levels of the early summer."
    )
    assert tags(text, dct=dt.date(1989, 10, 26))[-1] == ("the early summer", "DATE", "1989-SU")
    # winter 2022 runs from December 2022 into February 2023
    assert tags("Sales fell in the winter.") == [("the winter", "DATE", "2022-WI")]
    assert tags("Sales will rise in the spring.") == [("the spring", "DATE", "2023-SP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lagos will one day have clean water, Ada Okafor said.", ("DATE", "FUTURE_REF")),
        ("Ada Okafor hopes to one day run the agency, and she will.", ("DATE", "FUTURE_REF")),
        ("The strike lasted one day.", ("DURATION", "P1D")),
        ("The agency will close for one day.", ("DURATION", "P1D")),
        ("The agency will reopen one day after the vote.", ("DURATION", "P1D")),
    ],
)
def test_one_day_in_a_future_sentence_is_some_day_to_come_else_a_length(text, expected):
    assert [(kind, value) for found, kind, value in tags(text) if found == "one day"] == [expected]


def test_a_part_of_day_followed_by_yesterday_is_that_part_of_yesterday():
    assert tags("In Lagos at mid-afternoon yesterday, shares were up.") == [
        ("mid-afternoon yesterday", "TIME", "2023-03-05TAF")
    ]


def test_overnight_is_the_night_before_the_day_reported_on():
    assert tags("Shares fell on Friday after overnight losses in Abuja.") == [
        ("Friday", "DATE", "2023-03-03"),
        ("overnight", "TIME", "2023-03-02TNI"),
    ]
    assert tags("Overnight losses hit the shares.") == [("Overnight", "TIME", "2023-03-05TNI")]


def test_a_determined_part_of_day_keeps_a_following_today_apart():
    found = tags("She never spoke of that night today, Ada Okafor said.")
    assert [text for text, _, _ in found] == ["that night", "today"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Monday 6 March 2023 opens ISO week 10 (week 1 began on Monday 2 January)
        ("The hearing is set for the week of March 6.", "2023-W10"),
        # in 2017 too, 1 January was a Sunday: week 1 began on 2 January
        ("The agency met in the week of March 6, 2017.", "2017-W10"),
    ],
)
def test_the_week_of_a_date_is_the_calendar_week_holding_it(text, expected):
    assert tags(text, dct=dt.date(2023, 3, 1)) == [
        (text[text.index("the week") : text.rindex(".")], "DATE", expected)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits will fall in the second half of 2023.", ("the second half of 2023", "2023-H2")),
        ("Sales rose in the first half of 1990.", ("the first half of 1990", "1990-H1")),
        ("Sales fell in the last half of 1989.", ("the last half of 1989", "1989-H2")),
    ],
)
def test_a_half_of_a_year_is_a_half_year(text, expected):
    assert [(found, value) for found, _, value in tags(text)] == [expected]


def test_a_year_after_pre_or_post_is_the_year_that_bounds_the_period():
    assert tags("The post-1959 politics split families.") == [("post-1959", "DATE", "1959")]
    assert tags("The pre-1980 rules ended.") == [("pre-1980", "DATE", "1980")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency will pay within five business days.", ("five business days", "P5D")),
        ("Eight trading days after the crash, shares recovered.", ("Eight trading days", "P8D")),
        ("Ada Okafor left a day-long meeting.", ("day-long", "P1D")),
        ("Workers began a week-long strike.", ("week-long", "P1W")),
        ("It ended a decades-long battle.", ("decades-long", "PXDE")),
        ("She followed a several-year tenure as editor.", ("several-year", "PXY")),
    ],
)
def test_durations_with_a_day_qualifier_or_written_as_an_adjective(text, expected):
    assert [(found, value) for found, kind, value in tags(text) if kind == "DURATION"] == [expected]


def test_for_a_while_is_a_length_nobody_measured():
    assert tags("The town will live without power for a while.") == [("a while", "DURATION", "PXX")]
    assert tags("While the pumps ran, the town slept.") == []


def test_a_spoken_year_after_an_article_is_a_year():
    assert tags("It recalled a nineteen ninety-seven attack on the depot.") == [
        ("nineteen ninety-seven", "DATE", "1997")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales will fall in the weeks ahead.", ("the weeks ahead", "PXW")),
        ("Many were caught in the first hours of the flood.", ("the first hours", "PTXH")),
        ("Sales grew for the first time in years.", ("years", "PXY")),
        ("The river rose to its highest in decades.", ("decades", "PXDE")),
    ],
)
def test_vague_lengths_ahead_in_hours_and_after_a_superlative(text, expected):
    assert [(found, value) for found, _, value in tags(text)] == [expected]


def test_in_years_without_a_superlative_is_no_length():
    assert tags("Ada Okafor is advanced in years.") == []


def test_the_nth_day_of_an_event_said_in_the_present_is_the_dct():
    assert tags("In Lagos, today is the eighth day of the water strike.")[-1] == (
        "the eighth day",
        "DATE",
        "2023-03-06",
    )
    assert tags("It's the second day of talks on the pumps.") == [
        ("the second day", "DATE", "2023-03-06")
    ]
    assert tags("The second day of talks went badly.") == []


def test_the_past_auxiliary_of_a_plan_does_not_make_its_event_past():
    # DCT Monday 6 March: "were planning to" is a plan still ahead, like "planned"
    assert tags(
        "Protesters planned a march in Lagos on Saturday and were planning to drive to the "
        "airport on Sunday.",
    ) == [("Saturday", "DATE", "2023-03-11"), ("Sunday", "DATE", "2023-03-12")]


def test_a_month_after_since_is_already_gone():
    # "was scheduled to return" after it speaks of a plan; "since May" is past May
    assert tags(
        "The ship has been on patrol since May and was scheduled to return in the summer.",
    )[0] == ("May", "DATE", "2022-05")


def test_a_cause_or_a_past_verb_before_to_is_no_plan():
    # "was due to flooding" is a cause: the past Saturday, 4 March
    assert tags("On Saturday, the Lagos bridge closure was due to flooding.") == [
        ("Saturday", "DATE", "2023-03-04")
    ]
    assert tags("On Tuesday he went to meet the man who will lead the talks.")[0] == (
        "Tuesday",
        "DATE",
        "2023-02-28",
    )
