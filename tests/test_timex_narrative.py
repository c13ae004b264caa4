"""Narrative anchoring: a passage set years before the DCT lends its time to the months,
weekdays and "the weekend" it names without a year; news keeps the DCT's."""

import datetime as dt

from extract.timex.conventions import TimexConventions
from extract.timex.tagger import tag_text

DCT = dt.date(2019, 6, 5)  # a Wednesday


def values(text, dct=DCT, conventions=None):
    found = tag_text(text, dct=dct, **({"conventions": conventions} if conventions else {}))
    return [(t.text, t.resolution.value) for t in found]


def test_month_after_a_dated_setting_takes_the_narrative_year():
    text = "In December 1984, Ada Okafor moved to Lagos. In March she found work at the docks."
    # March nearest after December 1984, as the story moves on: 1985, not 2019
    assert values(text) == [("December 1984", "1984-12"), ("March", "1985-03")]


def test_anaphoric_season_and_month_of_the_setting():
    text = (
        "In August 1984, Ada Okafor moved to Lagos. That winter she worked at the docks. "
        "In early October the agency hired her."
    )
    assert values(text) == [
        ("August 1984", "1984-08"),
        ("That winter", "1984-WI"),
        ("early October", "1984-10"),
    ]


def test_the_narrative_moves_on_with_each_month():
    text = "In December 1984, Ada moved. In March she found work. In December she married."
    assert values(text)[1:] == [("March", "1985-03"), ("December", "1985-12")]


def test_past_perfect_looks_back_from_the_setting():
    text = "In December 1984, Ada Okafor moved to Lagos. She had left Kano in March."
    assert values(text)[-1] == ("March", "1984-03")


def test_news_about_this_year_keeps_the_dct():
    text = "Ada Okafor opened a shop in Lagos in March. In April she hired two clerks."
    assert values(text) == [("March", "2019-03"), ("April", "2019-04")]


def test_background_year_sets_no_scene():
    text = "Ada Okafor, who founded the Lagos Water Agency in 1984, resigned in March."
    assert values(text) == [("1984", "1984"), ("March", "2019-03")]


def test_a_bound_sets_no_scene():
    text = "Sales have not been this low since December 1984. They fell in March."
    assert values(text)[-1] == ("March", "2019-03")


def test_a_present_tense_sentence_brings_the_news_back():
    text = (
        "In August 1984, Ada Okafor moved to Lagos.\n\n"
        "Her museum is the largest in the city. In March she opened a new wing."
    )
    assert values(text)[-1] == ("March", "2019-03")


def test_a_deictic_expression_brings_the_news_back():
    text = "In August 1984, Ada Okafor moved to Lagos. Last year she opened a wing in March."
    assert values(text)[-1] == ("March", "2019-03")


def test_future_tense_in_a_narrative_passage_is_news():
    text = "In August 1984, Ada Okafor moved to Lagos. She will return in September."
    assert values(text)[-1] == ("September", "2019-09")


def test_the_time_of_a_report_is_news():
    text = "In August 1984, Ada Okafor moved to Lagos. Her brother told reporters in March."
    assert values(text)[-1] == ("March", "2019-03")


def test_a_setting_fewer_years_back_than_the_setting_says_is_news():
    text = "In August 2017, Ada Okafor moved to Lagos. In December she found work."
    assert values(text)[-1] == ("December", "2018-12")  # two years back: news
    two_years = TimexConventions(narrative_min_years=2)
    assert values(text, conventions=two_years)[-1] == ("December", "2017-12")


def test_weekday_weekend_and_clock_time_of_a_day_dated_narrative():
    text = (
        "On 30 March 1985, the river burst its banks at 1.45 a.m. "
        "Over the weekend, volunteers pulled 40 people from the houses. "
        "On Monday, the mayor visited."
    )
    assert values(text) == [
        ("30 March 1985", "1985-03-30"),
        ("1.45 a.m.", "1985-03-30T01:45"),
        ("the weekend", "1985-W13-WE"),  # Saturday 30 and Sunday 31 March
        ("Monday", "1985-04-01"),
    ]


def test_weekend_in_the_past_perfect_is_the_one_before():
    # Tuesday 2 April 1985 is in ISO week 14; the weekend before it closes week 13.
    text = "On 2 April 1985, the dam broke. Over the weekend the water had risen."
    assert values(text)[-1] == ("the weekend", "1985-W13-WE")


def test_weekday_in_a_month_dated_narrative_is_news():
    text = "In August 1984, Ada Okafor moved to Lagos. On Monday she found work."
    assert values(text)[-1] == ("Monday", "2019-06-03")  # the Monday before the DCT


def test_holiday_and_season_of_the_narrative():
    text = "In August 1984, Ada Okafor moved to Lagos. She married at Christmas."
    assert values(text)[-1] == ("Christmas", "1984-12-25")
    text = "In August 1984, Ada Okafor moved to Lagos. In the winter the harbour froze."
    assert values(text)[-1] == ("the winter", "1984-WI")


def test_a_fronted_year_sets_the_scene():
    text = "In 1984, Ada Okafor moved to Lagos. In December she found work."
    assert values(text) == [("1984", "1984"), ("December", "1984-12")]


def test_without_dct_the_narrative_rules_of_annotation_hold():
    text = "On January 14, 2010, he heard the news. On January 19, it was all over."
    assert values(text, dct=None) == [
        ("January 14, 2010", "2010-01-14"),
        ("January 19", "2010-01-19"),
    ]


def test_anchor_column_says_narrative():
    text = "In December 1984, Ada Okafor moved to Lagos. In March she found work."
    found = tag_text(text, dct=DCT)
    assert [t.resolution.anchor for t in found] == ["absolute", "narrative"]


def test_the_next_year_of_a_narrative_follows_its_scene():
    text = "In June 1985, the first families left the camp. The next year the rest followed."
    assert values(text)[-1] == ("The next year", "1986")
    assert values("The board will meet again the next year.")[-1] == ("the next year", "2020")


def test_a_dated_event_in_the_past_tense_carries_the_story_on():
    text = (
        "In 1948, Ngozi Eze won a place at a college in Ibadan. "
        "She returned in 1953 and took a post in Kano. In September she opened a library."
    )
    assert values(text)[-1] == ("September", "1953-09")


def test_by_a_date_in_the_past_perfect_looks_ahead():
    text = "In September 1953, she opened the library. By Christmas it had 600 books."
    assert values(text)[-1] == ("Christmas", "1953-12-25")


def test_the_following_and_previous_season_of_the_story():
    text = "In June 1948 she sailed for London, and the following spring she passed."
    assert values(text)[-1] == ("the following spring", "1949-SP")
    text = "In June 1948 she sailed for London; the previous winter she had studied."
    assert values(text)[-1] == ("the previous winter", "1947-WI")
