"""English words for numbers, calendar units, months, weekdays, seasons and parts of day."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "a": 1,
    "an": 1,
    "single": 1,
    "dozen": 12,
    "half": 0,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
# Quantifiers that make a duration's amount unknown ("a few years" -> PXY).
# "thousands of years": a count nobody gives (TIMEX3 PXY), as "several years"
_COUNTLESS = ("dozens of", "scores of", "hundreds of", "thousands of", "millions of")
VAGUE_QUANTITIES = ("a few", "several", "many", "few", "some", "numerous", *_COUNTLESS)

UNIT_PATTERN = (
    r"(?:years?|months?|weeks?|days?|decades?|century|centuries|quarters?|fortnights?"
    r"|hours?|minutes?|seconds?)"
)

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Capitalised only: "may" and "march" in lower case are a verb, never a month.
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
WEEKDAYS = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}
WEEKDAY_PATTERN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "lunchtime": "MI",  # TIMEX3's mid-day
    "tonight": "NI",
    "overnight": "NI",
}


def number_value(text: str) -> int | None:
    """The integer a number written in digits or English words stands for, else None."""
    cleaned = text.lower().replace(",", "").replace("-", " ").strip()
    digits = cleaned.replace(" ", "")
    if digits.isdigit():
        return int(digits)
    total, current = 0, 0
    for word in cleaned.split():
        if word == "and":
            continue
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        if value in (100, 1000):
            current = max(current, 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
    return total + current


def _capitalisable(word: str) -> str:
    """``word`` in lower case or with a capital, as at the start of a sentence
    ("Three days later"); cheaper for the regex engine than (?i:...)."""
    return f"[{word[0]}{word[0].upper()}]{word[1:]}"


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES_TEENS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen"
)
NUMBER_WORD_PATTERN = (
    rf"(?:(?:(?:{'|'.join(map(_capitalisable, _TENS.split('|')))})"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|{'|'.join(map(_capitalisable, _ONES_TEENS.split('|')))})"
    # "two hundred", "two thousand" (years): number_value multiplies
    r"(?:[\s-](?:hundred|thousand))?"
    r"|[aA]\s+dozen|dozen|[aA]\s+hundred|[aA]\s+thousand|hundreds)"
)
# 208,680 / 751,248 000 / 3 / 2.5 / twenty five
DIGITS_PATTERN = r"(?:\d{1,3}(?:,\d{3})+(?:\s\d{3})*|\d+(?:\.\d+)?)"
NUMBER_PATTERN = rf"(?:{DIGITS_PATTERN}|{NUMBER_WORD_PATTERN})"


def compile_ci(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A duration's amount: a number, an article or a vague quantifier.
# "5 1/2", "2½", "two and a half" ("half an hour", "a quarter of a century" are
# quantities below)
FRACTION_PATTERN = (
    rf"(?:{NUMBER_PATTERN}(?:\s+|-)?(?:1/2|½)|{NUMBER_PATTERN}\s+(?i:and\s+a\s+half))"
)
QUANTITY_PATTERN = (
    rf"(?:(?i:(?:a|one|three)\s+quarters?\s+of\s+an?)|{FRACTION_PATTERN}|{NUMBER_PATTERN}"
    r"|(?i:a|an|one|a\s+few|a\s+couple\s+of|couple\s+of"
    r"|several|many|few|some"
    r"|numerous|a\s+half|half\s+an?|(?:dozens|scores|hundreds|thousands|millions)\s+of))"
)


_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{_UNITS_WORD})?)"
)
# A year said in words, as transcripts write it: "nineteen ninety-six", "nineteen oh five",
# "two thousand and one". Two parts are needed, so a lone "nineteen" stays a number.
SPOKEN_YEAR_PATTERN = (
    rf"(?i:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[\s-]"
    rf"(?:hundred|oh[\s-]{_UNITS_WORD}|{_TEENS_WORD}|{_TENS_WORD})"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_TEENS_WORD}|{_UNITS_WORD}))?)"
)


def year_number(text: str, *, reference_year: int | None = None) -> int:
    """The year a matched year text names: "1985", "nineteen eighty-five", or "’84" read
    near ``reference_year`` (the DCT's)."""
    if text.isdigit():
        return int(text)
    if text[0] in "'‘’":
        return expand_two_digit_year(int(text[1:]), reference_year)
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(word for word in words[2:] if word != "and") or "zero")
        return 2000 + (rest or 0)
    century = NUMBER_WORDS[words[0]]
    if words[1] == "hundred":
        return century * 100
    if words[1] == "oh":
        return century * 100 + NUMBER_WORDS[words[2]]
    return century * 100 + (number_value(" ".join(words[1:])) or 0)


def expand_two_digit_year(short: int, reference_year: int | None) -> int:
    """The year ending in ``short`` nearest ``reference_year`` ("’84" in a 2019 story is
    1984, "’21" is 2021); with no reference, 1950-2049, as the short years of news run."""
    if reference_year is None:
        return short + (1900 if short >= 50 else 2000)
    century = reference_year - reference_year % 100
    candidates = (century - 100 + short, century + short, century + 100 + short)
    return min(candidates, key=lambda year: (abs(year - reference_year), year))
