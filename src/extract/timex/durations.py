"""ISO 8601 duration values for "<quantity> <unit>" expressions.

Amounts are exact fractions: "5 1/2 hours" is PT5H30M and "two and a half
years" P2Y6M, the half carried into the next smaller unit as TimeBank writes
them; decades and centuries are written in years (ISO 8601 has no decade
unit: "three decades" is P30Y). An amount the text does not state ("a few
years", "decades") is X, with the unit kept (PXY, PXDE).
"""

from __future__ import annotations

import re
from fractions import Fraction

from extract.timex.lexicon import QUANTITY_PATTERN, UNIT_PATTERN, VAGUE_QUANTITIES, number_value

# unit -> (ISO letter, time-of-day part, years or weeks it stands for when it has no letter)
_LETTERS = {
    "year": ("Y", False),
    "month": ("M", False),
    "week": ("W", False),
    "day": ("D", False),
    "quarter": ("Q", False),
    "hour": ("H", True),
    "minute": ("M", True),
    "second": ("S", True),
}
# Units written as a multiple of another: a decade is ten years, a fortnight two weeks.
_MULTIPLES = {"decade": ("year", 10), "century": ("year", 100), "fortnight": ("week", 2)}
# Letters kept for an unstated amount of a multiple unit ("decades" -> PXDE).
_VAGUE_LETTERS = {"decade": "DE", "century": "CE", "fortnight": "W"}
# Where a fraction of a unit goes: half a year is six months, half an hour 30 minutes.
_SMALLER = {
    "year": ("month", 12),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
    "quarter": ("month", 3),
}
_ORDER = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")

_QUARTERS_OF = re.compile(r"(a|one|three) quarters? of an?")
_HALF = re.compile(r"(?i)(?:\s+|-)?(?:1/2|½)$|\s+and\s+a\s+half$")
_AMOUNT_AND_UNIT = re.compile(
    rf"(?P<quantity>{QUANTITY_PATTERN})\s+(?:(?:more|additional|further|extra)\s+)?"
    r"(?:(?:trading|business|working)\s+)?"
    rf"(?P<unit>{UNIT_PATTERN})(?P<half>\s+and\s+a\s+half)?",
    re.IGNORECASE,
)


def singular(unit: str) -> str:
    unit = unit.lower()
    if unit == "centuries":
        return "century"
    return unit[:-1] if unit.endswith("s") else unit


def amount(quantity: str | None) -> Fraction | None:
    """The number a quantity states ("5 1/2", "two and a half", "a couple of"), else None."""
    if quantity is None:
        return None
    cleaned = " ".join(quantity.lower().split())
    if cleaned in ("a couple of", "couple of"):
        return Fraction(2)
    if cleaned in VAGUE_QUANTITIES:
        return None
    if cleaned in ("a half", "half", "half a", "half an"):
        return Fraction(1, 2)
    quarters = _QUARTERS_OF.fullmatch(cleaned)
    if quarters:  # "a quarter of an hour", "three quarters of a century"
        return Fraction(3 if quarters.group(1) == "three" else 1, 4)
    half = _HALF.search(cleaned)
    if half:
        whole = amount(cleaned[: half.start()])
        return None if whole is None else whole + Fraction(1, 2)
    if cleaned in ("a", "an"):
        return Fraction(1)
    value = number_value(cleaned)
    if value is not None:
        return Fraction(value)
    try:
        return Fraction(cleaned)
    except ValueError:
        return None


def duration_value(quantity: str | None, unit: str) -> str:
    """ISO 8601 duration of "<quantity> <unit>": P30Y, PT200H, PT5H30M, PXM."""
    return _format([(singular(unit), amount(quantity))])


def compound_duration(text: str) -> str:
    """P33Y6M25D from "33 years, 6 month and 25 Days"; PT1M30S from "a minute and a half"."""
    parts = []
    for match in _AMOUNT_AND_UNIT.finditer(text):
        value = amount(match.group("quantity"))
        if value is not None and match.group("half"):
            value += Fraction(1, 2)
        parts.append((singular(match.group("unit")), value))
    return _format(parts)


def coordinated_spans(text: str) -> list[tuple[int, int]]:
    """Where a matched "<quantity> <unit>, ... and <quantity> <unit>" text holds several
    durations: a compound names each unit once, largest first ("33 years, 6 months and
    25 days"); a unit that is not smaller than the one before starts another duration
    ("26 years and 25 years", "six months and two years"). Offsets are into ``text``;
    the first span starts at 0, keeping what leads it ("more than", "the past")."""
    spans: list[tuple[int, int]] = []
    previous_rank = None
    for match in _AMOUNT_AND_UNIT.finditer(text):
        unit = singular(match.group("unit"))
        unit = _MULTIPLES[unit][0] if unit in _MULTIPLES else unit
        rank = _ORDER.index(unit)
        if previous_rank is None or rank <= previous_rank:
            start = 0 if not spans else match.start()
            spans.append((start, match.end()))
        else:
            spans[-1] = (spans[-1][0], match.end())
        previous_rank = rank
    return spans or [(0, len(text))]


def whole_steps(value: Fraction, unit: str) -> tuple[int, str] | None:
    """A fractional amount as whole steps of the next smaller unit ("3½ years": 42
    months), or None when it comes out whole in none ("2.3 years")."""
    unit = singular(unit)
    if value.denominator == 1:
        return int(value), unit
    if unit in _MULTIPLES:
        unit, factor = _MULTIPLES[unit]
        value *= factor
        if value.denominator == 1:
            return int(value), unit
    if unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        if (value * factor).denominator == 1:
            return int(value * factor), smaller
    return None


def _format(parts: list[tuple[str, Fraction | None]]) -> str:
    totals: dict[str, Fraction] = {}
    vague: list[str] = []
    for unit, value in parts:
        if value is None:
            vague.append(unit)
            continue
        if unit in _MULTIPLES:
            unit, factor = _MULTIPLES[unit]
            value *= factor
        _add(totals, unit, value)
    if vague:  # an unstated amount makes the whole duration's amount unknown
        unit = vague[0]
        letter = _VAGUE_LETTERS.get(unit) or _LETTERS[unit][0]
        return f"P{'T' if unit in _LETTERS and _LETTERS[unit][1] else ''}X{letter}"
    date_part = [
        f"{_number(totals[u])}{_LETTERS[u][0]}"
        for u in _ORDER
        if u in totals and not _LETTERS[u][1]
    ]
    time_part = [
        f"{_number(totals[u])}{_LETTERS[u][0]}" for u in _ORDER if u in totals and _LETTERS[u][1]
    ]
    return "P" + "".join(date_part) + ("T" + "".join(time_part) if time_part else "")


def _add(totals: dict[str, Fraction], unit: str, value: Fraction) -> None:
    """Add ``value`` units, carrying a fractional part into the next smaller unit."""
    whole = Fraction(int(value))
    rest = value - whole
    if rest and unit in _SMALLER and (rest * _SMALLER[unit][1]).denominator == 1:
        smaller, factor = _SMALLER[unit]
        if whole:
            totals[unit] = totals.get(unit, Fraction(0)) + whole
        totals[smaller] = totals.get(smaller, Fraction(0)) + rest * factor
        return
    totals[unit] = totals.get(unit, Fraction(0)) + value


def _number(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}".rstrip("0").rstrip(".")
