"""A weekday's part of the day ("Friday night") is a TIME with the part in its value
where the conventions say so (ANNOTATION.md's parts of a day), else the day's DATE, as
most of TimeBank/AQUAINT's gold writes it."""

import datetime as dt

import pytest

from extract.config import load_params
from extract.timex.conventions import TimexConventions
from extract.timex.tagger import tag_text

DCT = dt.date(2024, 3, 6)  # a Wednesday
PARTS = TimexConventions(weekday_parts=True)


def tags(text, dct=DCT, conventions=PARTS):
    found = tag_text(text, dct=dct, conventions=conventions)
    return [(t.text, t.resolution.type, t.resolution.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank Monday night.", [("Monday night", "TIME", "2024-03-04TNI")]),
        ("Ada Okafor spoke Tuesday evening.", [("Tuesday evening", "TIME", "2024-03-05TEV")]),
        (
            "The vote will be held Friday afternoon.",
            [("Friday afternoon", "TIME", "2024-03-08TAF")],
        ),
    ],
)
def test_a_weekday_and_its_part_of_the_day_are_a_time(text, expected):
    assert tags(text) == expected


def test_on_an_undated_page_the_part_goes_with_the_weekday():
    assert tags("The match ended Sunday night.", dct=None) == [
        ("Sunday night", "TIME", "XXXX-WXX-7TNI")
    ]


def test_a_weekday_alone_stays_a_date():
    assert tags("The ferry sank Monday.") == [("Monday", "DATE", "2024-03-04")]


def test_without_the_convention_the_part_is_the_days_date():
    timebank = TimexConventions(weekday_parts=False)
    assert tags("The ferry sank Monday night.", conventions=timebank) == [
        ("Monday night", "DATE", "2024-03-04")
    ]


def test_params_yaml_sets_the_convention_for_the_pipeline(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("dates:\n  weekday_parts: true\n", encoding="utf-8")
    assert load_params(params).dates.weekday_parts is True
    assert load_params(params).timeml_benchmark.weekday_parts is False


def test_the_pipeline_follows_annotation_md_and_the_benchmark_timebank(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("dates: {}\n", encoding="utf-8")
    assert load_params(params).dates.weekday_parts is True
    assert load_params(params).timeml_benchmark.weekday_parts is False
