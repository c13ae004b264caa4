""" "This season", "last season", "this academic year": a season of sport or school,
which straddles calendar years, so only its side of now is known (PRESENT_REF,
PAST_REF, FUTURE_REF), as the BBC set's gold writes "this season"."""

import datetime as dt

import pytest

from extract.timex.tagger import tag_text


def tags(text, dct=None):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lagos Rovers have won twice this season.", [("this season", "DATE", "PRESENT_REF")]),
        ("They were relegated last season.", [("last season", "DATE", "PAST_REF")]),
        ("The new stand opens next season.", [("next season", "DATE", "FUTURE_REF")]),
        (
            "No money reaches the schools this academic year.",
            [("this academic year", "DATE", "PRESENT_REF")],
        ),
    ],
)
def test_a_season_of_play_or_school_is_a_side_of_now(text, expected):
    assert tags(text) == expected
    assert tags(text, dct=dt.date(2024, 3, 6)) == expected


def test_a_season_of_the_year_keeps_its_value():
    assert tags("The dam was built last summer.", dct=dt.date(2024, 3, 6)) == [
        ("last summer", "DATE", "2023-SU")
    ]
