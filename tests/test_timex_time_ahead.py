""" "In two weeks’ time", "in a year's time": a date that far ahead of the DCT, as
"two weeks ago" is that far behind it; with no DCT, the future (FUTURE_REF)."""

import datetime as dt

import pytest

from extract.timex.tagger import tag_text

DCT = dt.date(2024, 3, 6)  # ISO week 10 of 2024


def tags(text, dct=DCT):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dam reopens in two weeks’ time.", [("two weeks’ time", "DATE", "2024-W12")]),
        ("The dam reopens in a year's time.", [("a year's time", "DATE", "2025")]),
        ("Ada Okafor retires in three months' time.", [("three months' time", "DATE", "2024-06")]),
    ],
)
def test_an_amount_of_time_ahead_is_a_date_after_the_dct(text, expected):
    assert tags(text) == expected


def test_without_a_dct_it_is_the_future():
    assert tags("The dam reopens in two weeks’ time.", dct=None) == [
        ("two weeks’ time", "DATE", "FUTURE_REF")
    ]


def test_ago_still_looks_back():
    assert tags("The dam closed two weeks ago.") == [("two weeks ago", "DATE", "2024-W08")]
