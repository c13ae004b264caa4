"""The date a document shows in a stamp near its top, for one that carries no date.

Press releases, blog posts and archived pages copied as text keep their stamp
("For Immediate Release - September 13, 1999", "Saturday, February 18, 2012",
"Posted on May 4, 2021") though no header line, manifest or HTML meta dates them;
a reader takes that stamp as the page's date, and so does the web-pages gold
(docs/annotation.md). Without it, "today" and "this year" stay PRESENT_REF.
The first of the document's first non-empty lines that is only a date or time
stamp (extract.clean.clutter_patterns.is_dateline) and names a whole day gives it;
a line with other words ("Austin died Dec. 14, 2010") is the narrative, not a stamp.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extract.clean.clutter_patterns import is_dateline
from extract.timex.tagger import tag_text

_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T|$)")  # "1999-09-13", "2023-07-11T15:39"


def document_date(published: dt.date | None, raw_text: str, *, max_lines: int) -> dt.date | None:
    """What a document's relative dates are resolved against: its published date, else
    the date its text shows."""
    return published if published is not None else shown_date(raw_text, max_lines=max_lines)


def shown_date(raw_text: str, *, max_lines: int) -> dt.date | None:
    """The day of the first stamp among the first ``max_lines`` non-empty lines, or None."""
    for line in _first_lines(raw_text, max_lines):
        if not is_dateline(line):
            continue
        for timex in tag_text(line, dct=None):
            day = _day(timex.resolution.value)
            if day is not None:
                return day
    return None


def _first_lines(text: str, count: int) -> Iterator[str]:
    """The first ``count`` non-empty lines, stripped, without splitting the whole text."""
    start = 0
    while count > 0 and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        line = text[start:end].strip()
        if line:
            count -= 1
            yield line
        start = end + 1


def _day(value: str) -> dt.date | None:
    match = _DAY_VALUE.match(value)
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
