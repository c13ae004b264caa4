"""Days of a news story: a date the DCT only completes ("Aug. 12", "Wednesday") is a
date of the story that later anaphora lean on; a part of the day with no story day
is the DCT's."""

import datetime as dt

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

DCT = dt.date(1989, 10, 27)  # a Friday


def tags(text, dct=DCT):
    found = tag_text(text, dct=dct, conventions=TIMEBANK_CONVENTIONS)
    return [(t.text, t.resolution.type, t.resolution.value) for t in found]


def test_the_following_month_counts_from_a_date_the_dct_completed():
    # "April" in an October story is last April; the month after it is May
    assert tags(
        "In April, the Lagos Water Agency rejected the bid. The following month, it sold."
    ) == [
        ("April", "DATE", "1989-04"),
        ("The following month", "DATE", "1989-05"),
    ]


def test_that_same_day_is_the_weekday_just_named():
    # the Wednesday before the Friday DCT is 1989-10-25
    assert tags("Ada Okafor resigned on Wednesday. Her name was removed that same day.") == [
        ("Wednesday", "DATE", "1989-10-25"),
        ("that same day", "DATE", "1989-10-25"),
    ]


def test_a_part_of_the_day_without_a_story_day_is_the_dcts():
    assert tags("By mid afternoon, the agency had sold its shares.") == [
        ("mid afternoon", "TIME", "1989-10-27TAF")
    ]
    assert tags("By mid afternoon, the agency had sold its shares.", dct=None) == [
        ("mid afternoon", "TIME", "XXXX-XX-XXTAF")
    ]


def test_soon_is_future_ref_only_when_it_is_the_writers_future():
    assert tags("The agency will soon open a second plant.") == [("soon", "DATE", "FUTURE_REF")]
    assert tags("Prosecutors told him they may soon seek an indictment.") == [
        ("soon", "DATE", "FUTURE_REF")
    ]
    # soon after another event, or in a past narrative: no reference to the writer's future
    assert tags("He was probably killed soon after being captured.") == []
    assert tags("A trickle of cash soon became a flood.") == []
    assert tags("She left as soon as possible.") == []


def test_a_possessive_first_day_is_the_storys_day():
    # ANNOTATION.md: a relative expression takes the most recent explicit date of the
    # narrative; "her first day at work" is the day the story has just named
    assert tags(
        "On March 3, 2011, Ada Okafor joined the Lagos Water Agency. She spent her first "
        "day at work reading its files.",
        dct=None,
    ) == [("March 3, 2011", "DATE", "2011-03-03"), ("her first day", "DATE", "2011-03-03")]
    # "the first day" of a thing is not a day of the story, nor a possessive one in a
    # text that has named no date
    assert tags("On the first day of the trial, Okafor spoke.", dct=None) == []
    assert tags("Okafor resigned. His first day as chairman was long ago.", dct=None) == []


def test_the_next_morning_is_that_part_of_the_storys_next_day():
    # the Tuesday before the Friday DCT is 1989-10-24; the morning after it the 25th
    assert tags("Ada Okafor was arrested on Tuesday and freed the next morning.") == [
        ("Tuesday", "DATE", "1989-10-24"),
        ("the next morning", "TIME", "1989-10-25TMO"),
    ]
    assert tags("The strike began on March 3. The previous night, talks had failed.") == [
        ("March 3", "DATE", "1989-03-03"),
        ("The previous night", "TIME", "1989-03-02TNI"),
    ]
    # "the following night of rioting" counts nights, it names none
    assert tags("The following night of rioting left two dead.") == []


def test_later_in_the_day_is_the_storys_day():
    assert tags("Ada Okafor resigned on Wednesday. Later in the day, she left the city.") == [
        ("Wednesday", "DATE", "1989-10-25"),
        ("Later in the day", "DATE", "1989-10-25"),
    ]


def test_the_night_of_a_date_is_that_dates_night():
    # the date after "of" dates the night, not the DCT (1989-10-27)
    assert tags("She was shot on the night of Friday, Oct. 20, police said.") == [
        ("the night", "TIME", "1989-10-20TNI"),
        ("Friday, Oct. 20", "DATE", "1989-10-20"),
    ]


def test_the_past_before_a_count_is_no_past_ref():
    # "the past three summers" counts summers; "in the past" alone is PAST_REF
    assert tags("Riots have flared for the past three summers.") == []
    assert tags("In the past, such riots were rare.") == [("the past", "DATE", "PAST_REF")]


def test_the_previous_weekday_is_the_one_before_the_day_the_story_named():
    # DCT Monday 1989-10-30: "Friday" is October 27, the Friday before it October 20
    assert tags(
        "The Lagos index closed lower Friday, down 4.5% from the previous Friday.",
        dct=dt.date(1989, 10, 30),
    ) == [
        ("Friday", "DATE", "1989-10-27"),
        ("the previous Friday", "DATE", "1989-10-20"),
    ]
    # with no day named yet, it counts back from the DCT (a Friday itself: a week back)
    assert tags("Shares rose from the previous Friday's close.") == [
        ("the previous Friday", "DATE", "1989-10-20")
    ]


def test_the_following_weekday_is_the_one_after_the_day_the_story_named():
    # DCT Thursday 1989-11-02: Tuesday October 31, the Monday after it November 6 is
    # ahead, as the plan says
    assert tags(
        "Ada Okafor left on Tuesday and will come back the following Monday.",
        dct=dt.date(1989, 11, 2),
    ) == [
        ("Tuesday", "DATE", "1989-10-31"),
        ("the following Monday", "DATE", "1989-11-06"),
    ]


def test_a_story_dated_to_a_year_only_gives_the_following_weekday_no_week():
    assert tags("In 1985 the Lagos bank failed. The following Monday, depositors rioted.") == [
        ("1985", "DATE", "1985"),
        ("The following Monday", "DATE", "XXXX-WXX-1"),
    ]


def test_the_day_before_a_named_day_is_one_date():
    # DCT Thursday 2000-02-24: last Tuesday is February 22, the day before it the 21st
    assert tags(
        "The day before last Tuesday's hearing, Ada Okafor went to the agency.",
        dct=dt.date(2000, 2, 24),
    ) == [("The day before last Tuesday", "DATE", "2000-02-21")]
    assert tags("It rained the day after March 3, 2004.") == [
        ("the day after March 3, 2004", "DATE", "2004-03-04")
    ]
    # an event names no date: "the day before the hearing" stays untagged
    assert tags("The day before the hearing, Ada Okafor went home.") == []
    # only "the day" counts: "every day after" and "the seventh day after" leave the date
    # alone, and no two expressions overlap
    assert tags("Every day after March 3, the Lagos price rose.") == [
        ("Every day", "SET", "P1D"),
        ("March 3", "DATE", "1989-03-03"),
    ]
    assert tags("The seventh day after March 3 was calm.") == [("March 3", "DATE", "1989-03-03")]


def test_this_coming_weekday_is_the_next_one_whole():
    # DCT Friday 1989-10-27: the coming Sunday is October 29, "this" inside the span
    assert tags("The vote is this coming Sunday.") == [("this coming Sunday", "DATE", "1989-10-29")]
