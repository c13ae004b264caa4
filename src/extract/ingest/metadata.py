"""Document metadata in the text itself: the leading ``date YYYY-MM-DD`` line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# "date 2017-05-03" at the very start of a text file (the contract's header line).
# Some exports run the first sentence onto the same line; only the header is metadata.
DATE_HEADER = re.compile(r"\A\s*(date:?\s+(\d{4}-\d{2}-\d{2}))(?=\s|\Z)", re.IGNORECASE)


@dataclass(frozen=True)
class DateHeader:
    """The header's date and its raw span (the words ``date YYYY-MM-DD``)."""

    published: dt.date
    raw_start: int
    raw_end: int


def find_date_header(raw_text: str) -> DateHeader | None:
    """The leading date header, or None when the text has none or its date is not a real day."""
    match = DATE_HEADER.match(raw_text)
    if match is None:
        return None
    try:
        published = dt.date.fromisoformat(match.group(2))
    except ValueError:
        return None
    return DateHeader(published, match.start(1), match.end(1))
