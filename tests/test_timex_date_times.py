"""A date followed by its clock time is one TIME expression, as TimeBank writes the
other order ("9 a.m. Tuesday", "5 p.m. EST, Nov. 6"), with its day and time in the value;
an approximation before a clock time ("around 7:15 p.m.") and a day word after it
("mid-afternoon yesterday") are inside it, as in TimeBank's gold."""

import datetime as dt

import pytest

from extract.timex.tagger import tag_text

DCT = dt.date(2024, 3, 6)  # a Wednesday


def tags(text, dct=DCT):
    return [(t.text, t.resolution.type, t.resolution.value) for t in tag_text(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page stamp: the date with its year, a comma, the time
        (
            "Posted Mar 2, 2024, 4:15 PM by the Lagos Water Agency.",
            [("Mar 2, 2024, 4:15 PM", "TIME", "2024-03-02T16:15")],
        ),
        # "at" between them, the zone word kept inside the span
        (
            "Updated February 28, 2024 at 11:05 AM EST",
            [("February 28, 2024 at 11:05 AM EST", "TIME", "2024-02-28T11:05")],
        ),
        # the day before the month, the British way
        (
            "The gates opened on 4 March 2024, 9.30am.",
            [("4 March 2024, 9.30am", "TIME", "2024-03-04T09:30")],
        ),
        # a weekday: the one before the Wednesday DCT in a past-tense sentence (March 5)
        (
            "Ada Okafor spoke on Tuesday at 10 a.m. in Lagos.",
            [("Tuesday at 10 a.m.", "TIME", "2024-03-05T10:00")],
        ),
        # a date without its year takes the DCT's; noon is 12:00
        (
            "The board met March 1 at noon.",
            [("March 1 at noon", "TIME", "2024-03-01T12:00")],
        ),
    ],
)
def test_a_date_and_its_clock_time_are_one_time(text, expected):
    assert tags(text) == expected


def test_on_an_undated_page_the_weekday_stays_a_weekday_of_no_known_week():
    assert tags("The court rose Thursday at 3 p.m.", dct=None) == [
        ("Thursday at 3 p.m.", "TIME", "XXXX-WXX-4T15:00")
    ]


def test_an_earlier_date_gives_a_later_date_without_a_year_its_year():
    text = "Published June 3, 2019 at 8:00 AM - Updated June 4 at 9:10 PM"
    assert tags(text, dct=None) == [
        ("June 3, 2019 at 8:00 AM", "TIME", "2019-06-03T08:00"),
        ("June 4 at 9:10 PM", "TIME", "2019-06-04T21:10"),
    ]


def test_a_number_after_a_date_that_is_no_clock_time_stays_outside():
    assert tags("On Tuesday, 12 people were hurt.") == [("Tuesday", "DATE", "2024-03-05")]


def mods(text, dct=DCT):
    return [(t.text, t.resolution.value, t.modifiers.mod) for t in tag_text(text, dct=dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank around 6:40 p.m.", [("around 6:40 p.m.", "2024-03-06T18:40", "APPROX")]),
        (
            "Shelling began approximately 4 am near the bridge.",
            [("approximately 4 am", "2024-03-06T04:00", "APPROX")],
        ),
        ("The doors open roughly 8pm.", [("roughly 8pm", "2024-03-06T20:00", "APPROX")]),
    ],
)
def test_an_approximation_before_a_clock_time_is_inside_it(text, expected):
    assert mods(text) == expected


def test_about_and_shortly_before_stay_outside_as_timebank_leaves_them():
    assert mods("She rang at about 5:20 p.m.") == [("5:20 p.m.", "2024-03-06T17:20", None)]
    assert mods("He left shortly before 11 a.m.") == [("11 a.m.", "2024-03-06T11:00", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the DCT is Wednesday March 6: "yesterday" and "last night" are March 5
        ("The road was shut until 7 am this morning.", [("7 am this morning", "2024-03-06T07:00")]),
        ("The siren sounded at 11 p.m. last night.", [("11 p.m. last night", "2024-03-05T23:00")]),
        ("Polls closed at noon yesterday.", [("noon yesterday", "2024-03-05T12:00")]),
        ("The count starts at 9am tomorrow.", [("9am tomorrow", "2024-03-07T09:00")]),
    ],
)
def test_a_clock_time_and_the_day_word_after_it_are_one_time(text, expected):
    assert [(span, value) for span, value, _ in mods(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks broke up early Monday.", [("early Monday", "2024-03-04", "START")]),
        ("Late Sunday, the river rose.", [("Late Sunday", "2024-03-03", "END")]),
        (
            "Early Saturday morning, a tanker overturned.",
            [("Early Saturday morning", "2024-03-02TMO", "START")],  # ANNOTATION.md's part
        ),
    ],
)
def test_early_or_late_before_a_weekday_is_inside_it(text, expected):
    assert mods(text) == expected


def test_on_an_undated_page_a_clock_time_takes_the_day_its_narrative_is_on():
    text = (
        "The Lagos Water Agency opened the dam Thursday.\n\n"
        "Engineers had worked for 20 hours before the gates moved around 6 a.m.\n\n"
        "The first boats passed just after 2:15 p.m."
    )
    assert [(span, value) for span, value, _ in mods(text, dct=None)] == [
        ("Thursday", "XXXX-WXX-4"),
        ("20 hours", "PT20H"),
        ("around 6 a.m.", "XXXX-WXX-4T06:00"),
        ("2:15 p.m.", "XXXX-WXX-4T14:15"),
    ]


def test_with_a_page_date_a_clock_time_alone_is_on_that_date():
    # the DCT, not the Monday of an earlier paragraph (TimeBank: "10:35 a.m." of the DCT)
    text = "The dam opened Monday.\n\nThe first boats passed just after 2:15 p.m."
    assert [(span, value) for span, value, _ in mods(text)] == [
        ("Monday", "2024-03-04"),
        ("2:15 p.m.", "2024-03-06T14:15"),
    ]


def test_an_undated_page_without_a_day_leaves_the_day_of_a_clock_time_unknown():
    assert tags("The boat left at 9 pm.", dct=None) == [("9 pm", "TIME", "XXXX-XX-XXT21:00")]
