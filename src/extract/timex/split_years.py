"""A year written with the next one's last digits in a sentence about money: a fiscal
year ("the current budget in 2004/05", "borrowing of £35bn in 2003/4", "saving £12bn by
2007-2008").

Governments, companies and statistics offices outside the calendar year write their
financial years so, and TIMEX3 values them FY2004 (ANNOTATION.md's BBC calls: fiscal
years are FY2005). The same form also names a sports season ("the 2006/07 season") or
a span of two years ("the 1924-5 tourists"); only a sentence that speaks of money or
the economy (a currency amount, a percentage, or a word of public finance) and not of a
season makes it a fiscal year. Anything else keeps the first year alone, as before.
"""

from __future__ import annotations

import re

from extract.timex.tense import sentence_of

# "/05", "/5", "-2008": the next year's last digits, or the whole of it
_NEXT_YEAR = re.compile(r"[/-](\d{1,2}|\d{4})(?![\w/-]|[.,]\d)")
_MONEY = re.compile(
    r"[£$€]\s?\d|\d(?:[\d,.]*\d)?\s?(?:%|bn\b|billion\b|m\b|million\b)"
    r"|\b(?:budgets?|spending|borrowing|fiscal|financial|tax|taxes|deficits?|economy"
    r"|economic|growth|revenues?|contributions?|grants?|exports?|exported|profits?)\b",
    re.IGNORECASE,
)
_SEASON = re.compile(r"\bseasons?\b", re.IGNORECASE)


def fiscal_year_end(text: str, start: int, end: int, year: int) -> int | None:
    """Where a fiscal year written as ``text[start:end]`` (a year) and the next year's
    last digits ends ("2004/05", "1998/9", "2007-2008"), or None when it is not one."""
    found = _NEXT_YEAR.match(text, end)
    if found is None:
        return None
    digits = found.group(1)
    if int(digits) != (year + 1) % 10 ** len(digits):
        return None  # "1973-90": a range of years, not one year and the next
    sentence = sentence_of(text, start, found.end())
    if _SEASON.search(sentence) or not _MONEY.search(sentence):
        return None
    return found.end()
