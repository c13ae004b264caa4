"""24-hour clock times with a zone, "N years later" as a duration, and century values:
the TIMEX3 conventions TimeBank 1.2 follows (counts in the comments are of its gold)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

DCT = dt.date(2005, 1, 12)  # a Wednesday


def tags(text, dct=DCT):
    found = tag_text(text, dct=dct, conventions=TIMEBANK_CONVENTIONS)
    return [(t.text, t.resolution.type, t.resolution.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trading in Lagos closed at 1130 GMT.", [("1130 GMT", "TIME", "2005-01-12T11:30")]),
        ("The ferry left at 0630 BST.", [("0630 BST", "TIME", "2005-01-12T06:30")]),
        ("The euro rose at 13:00 UTC.", [("13:00 UTC", "TIME", "2005-01-12T13:00")]),
        ("The vote closes at 2200 GMT.", [("2200 GMT", "TIME", "2005-01-12T22:00")]),
    ],
)
def test_a_24_hour_time_with_a_zone_is_a_time_of_the_dct(text, expected):
    assert tags(text) == expected


def test_a_24_hour_time_takes_the_day_of_its_sentence():
    # 2005-01-08 is the Saturday before the Wednesday DCT
    assert tags("Crowds had gathered on Saturday before 1130 GMT.") == [
        ("Saturday", "DATE", "2005-01-08"),
        ("1130 GMT", "TIME", "2005-01-08T11:30"),
    ]
    assert tags("At 0619 GMT on Tuesday, the naira was up.") == [
        ("0619 GMT", "TIME", "2005-01-11T06:19"),
        ("Tuesday", "DATE", "2005-01-11"),
    ]


def test_four_digits_without_a_zone_stay_a_year_or_nothing():
    assert tags("The bridge was built in 1130.") == [("1130", "DATE", "1130")]
    assert tags("Room 2460 GMT was closed.") == []  # no 24th hour, no year before GMT
    assert tags("The Lagos Water Agency sold 1130 units.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeBank: [twenty years] after the first astronauts, [Three days] later, both DURATION
        (
            "The city was rebuilt 1,000 years after its founding.",
            [("1,000 years", "DURATION", "P1000Y")],
        ),
        ("But 34 years later none of the agencies had paid.", [("34 years", "DURATION", "P34Y")]),
        ("Ada Okafor came back two weeks after the flood.", [("two weeks", "DURATION", "P2W")]),
        ("They met again a month later.", [("a month", "DURATION", "P1M")]),
        (
            "He sold it at least 30 days before the deadline.",
            [("at least 30 days", "DURATION", "P30D")],
        ),
    ],
)
def test_an_amount_of_time_before_after_or_later_is_a_duration(text, expected):
    assert tags(text) == expected


def test_ago_and_a_year_earlier_still_name_a_date():
    assert tags("The agency was founded three years ago.") == [("three years ago", "DATE", "2002")]
    assert tags("On March 3, 1999, it opened. A year earlier, it had been a field.") == [
        ("March 3, 1999", "DATE", "1999-03-03"),
        ("A year earlier", "DATE", "1998"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # TIMEX3: a century is its years' first two digits ("the 20th century" is 19;
        # TimeBank writes "11th century" 10), so the 1st century (years 0-99) is 00
        ("Coins of the 1st century were found.", "00"),
        ("Coins of the 11th century were found.", "10"),
        ("Music of the 20th century returned.", "19"),
        ("Music of the 21st century returned.", "20"),
    ],
)
def test_a_century_is_its_two_leading_digits(text, value):
    [(_, kind, found)] = tags(text)
    assert (kind, found) == ("DATE", value)


def test_for_centuries_is_a_duration_of_unstated_length():
    # TIMEX3 writes a century as CE; TimeBank has both PXE and PXC for the same phrase
    assert tags("The town was ruled from the coast for centuries.") == [
        ("centuries", "DURATION", "PXCE")
    ]
