"""Annotation conventions that differ between guidelines, applied after tagging.

Two choices are matters of convention, not of understanding the text:
- ages: ANNOTATION.md marks "19 years old" and "a 6-year-old" as DURATION;
  TimeBank leaves ages out;
- decades: ANNOTATION.md writes the 1980s as ``198`` (TIMEX3); TimeBank writes
  ``198X``.
The pipeline follows ANNOTATION.md (params.yaml ``dates``); the TimeML
benchmark runs with TimeBank's (params.yaml ``timeml_benchmark``).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from extract.timex.normalize import Resolution

_AGE_AFTER = re.compile(r"\s+old\b|-old\b", re.IGNORECASE)


@dataclass(frozen=True)
class TimexConventions:
    ages: bool = True  # "19 years old", "6-year-old" are DURATIONs
    decade_x: bool = False  # the 1980s as "198X" rather than "198"


ANNOTATION_CONVENTIONS = TimexConventions()  # ../shared/ANNOTATION.md
TIMEBANK_CONVENTIONS = TimexConventions(ages=False, decade_x=True)


def is_age(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` the length of a life ("19 years old", "6-year-old")?"""
    return text[start:end].lower().endswith("-old") or bool(_AGE_AFTER.match(text, end))


def follows_conventions(
    text: str, start: int, end: int, resolution: Resolution, conventions: TimexConventions
) -> Resolution | None:
    """The resolution as ``conventions`` write it, or None when they do not mark it."""
    if not conventions.ages and resolution.type == "DURATION" and is_age(text, start, end):
        return None
    if conventions.decade_x and resolution.granularity == "decade" and resolution.value.isdigit():
        return dataclasses.replace(resolution, value=resolution.value + "X")
    return resolution
