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
