"""Conventions that differ between guidelines and between writers, as settings.

ANNOTATION.md marks ages ("19 years old", "a 6-year-old") as DURATION;
TimeBank leaves them out. Whether an age is a time expression is a matter of
convention, not of understanding the text, so it is a setting: the pipeline
follows ANNOTATION.md (params.yaml ``dates``), the TimeML benchmark TimeBank
(params.yaml ``timeml_benchmark``). Likewise the order of a numeric date that its
document does not decide ("04/05/2019"), how many years before the publication
date a passage must be set to be read as a narrative (docs/narrative-dates.md),
whether a weekday's part of the day ("Friday night") is a TIME or the day's DATE, and
whether "annual", "quarterly" and the "a year" of "£3bn a year" are SETs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # settings load without the resolver modules (config imports this)
    from extract.timex.normalize import Resolution

_AGE_AFTER = re.compile(r"\s+old\b|-old\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimexConventions:
    ages: bool = True  # "19 years old", "6-year-old" are DURATIONs
    # "04/05/2019" is 4 May where the document gives no date that decides (24/01/2019
    # does); dotted dates ("24.1.2019") are day first unless the document says otherwise.
    day_first: bool = False
    # A passage set this many years before the DCT is a narrative: "in December" takes
    # its year, not the DCT's (extract.timex.narrative).
    narrative_min_years: int = 3
    # "Thursday night" is a TIME with the part in its value (XXXX-WXX-4TNI), as
    # ANNOTATION.md marks a part of a day; TimeBank/AQUAINT's gold types 19 of its 25
    # as DATE and leaves the part out of 10 values, so its benchmark keeps the day's DATE.
    weekday_parts: bool = True
    # "annual profits", "quarterly earnings", "£3bn a year": the period of a rate is a SET
    # (P1Y, P3M), as ANNOTATION.md's gold marks it and "daily" always is; TimeBank/AQUAINT
    # tag "annual" 2 times in 8, "quarterly" once in 11 and a money rate's "a year" 2
    # times in 5, so its benchmark leaves them out.
    rate_sets: bool = True
    # A document without a published date is dated by a stamp among its first this
    # many non-empty lines ("For Immediate Release - September 13, 1999";
    # extract.timex.shown_date); 0 turns that off.
    shown_date_lines: int = 40


ANNOTATION_CONVENTIONS = TimexConventions()  # ../shared/ANNOTATION.md
# TimeBank/AQUAINT's choices where they differ from ANNOTATION.md
TIMEBANK_CHOICES = {"ages": False, "weekday_parts": False, "rate_sets": False}
TIMEBANK_CONVENTIONS = TimexConventions(**TIMEBANK_CHOICES)


def is_age(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the length of a life ("19 years old", "6-year-old")?"""
    return text[start:end].lower().endswith("-old") or bool(_AGE_AFTER.match(text, end))


def follows_conventions(
    text: str, start: int, end: int, resolution: Resolution, conventions: TimexConventions
) -> Resolution | None:
    """The resolution if ``conventions`` mark such an expression, else None."""
    if not conventions.ages and resolution.type == "DURATION" and is_age(text, start, end):
        return None
    return resolution
