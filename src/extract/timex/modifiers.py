"""TIMEX3 ``mod``, ``quant`` and ``freq``: what the words of an expression say beyond its value.

The grammar keeps modifier words inside the span, as ANNOTATION.md and TimeBank both
do ("more than 30 years", "early 2017", "the end of May"), so the mod is read from
the span's first words (or its last: "a week or so", "year end"). Words the grammar
left outside count too: a comparative right before a duration ("nearly" before
"three years"), a part or an approximation right before a date or time ("late
yesterday", "the end of this week", "around 7:15 p.m."); "about" and "over" before a
date do not ("talked about Monday", "over the past year"). The mods are those of the
TimeML 1.2.1 guidelines: "almost" and "nearly" are LESS_THAN, "no more than" and "up
to" EQUAL_OR_LESS (TimeBank itself splits "nearly" between LESS_THAN, EQUAL_OR_LESS
and APPROX).

Sets: "every"/"each" give quant EVERY/EACH; "four times a week", "twice a month"
give freq 4X/2X; "daily", "weekly" and the like are once per period (freq 1X, as
TimeBank writes them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.timex.lexicon import NUMBER_WORDS


@dataclass(frozen=True)
class Modifiers:
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None


NO_MODIFIERS = Modifiers()

_W = r"(?:\s+|-)"
# First words of the span, longest first where one is the start of another.
_LEADING: tuple[tuple[str, str], ...] = (
    (r"no\s+more\s+than", "EQUAL_OR_LESS"),
    (r"no\s+less\s+than|no\s+fewer\s+than", "EQUAL_OR_MORE"),
    (r"more\s+than|well\s+over|over|longer\s+than", "MORE_THAN"),
    (r"less\s+than|fewer\s+than|under|almost|nearly|just\s+under", "LESS_THAN"),
    (r"at\s+least", "EQUAL_OR_MORE"),
    (r"at\s+most|up\s+to", "EQUAL_OR_LESS"),
    (r"about|around|approximately|roughly|some(?=\s+\d)", "APPROX"),
    (
        r"(?:the\s+)?(?:early|earlier|the\s+beginning\s+of|the\s+start\s+of|the\s+dawn\s+of)",
        "START",
    ),
    (r"(?:the\s+)?(?:mid|middle|the\s+middle\s+of)", "MID"),
    (r"(?:the\s+)?(?:late|the\s+end\s+of|the\s+close\s+of)", "END"),
)
_LEADING_RE = [(re.compile(rf"(?i:{words}){_W}"), mod) for words, mod in _LEADING]
_TRAILING_RE = (
    (re.compile(r"(?i:\s+or\s+so)$"), "APPROX"),
    (re.compile(r"(?i:[\s-]+end|'s\s+end|’s\s+end)$"), "END"),
    (re.compile(r"(?i:\s+or\s+(?:later|after)|\s+and\s+beyond)$"), "ON_OR_AFTER"),
)
# A comparative the grammar may leave outside a duration, ending right before the span.
_BEFORE_DURATION = re.compile(
    r"(?i:\b(?:(?P<eqless>no\s+more\s+than|at\s+most|up\s+to)"
    r"|(?P<eqmore>no\s+(?:less|fewer)\s+than|at\s+least)"
    r"|(?P<more>more\s+than)|(?P<less>less\s+than|fewer\s+than|almost|nearly)"
    r"|(?P<approx>about|approximately|roughly))\s+)$"
)
# A part of a date or time the grammar left outside the span: "late yesterday", "early
# Tuesday", "the end of this week", "around 7:15 p.m.".
_BEFORE_POINT = re.compile(
    r"(?i:\b(?:(?P<start>early|earlier|the\s+(?:beginning|start)\s+of)"
    r"|(?P<mid>the\s+middle\s+of)|(?P<end>late|the\s+end\s+of)"
    r"|(?P<approx>around|approximately))\s+)$"
)
_BEFORE_MOD = {
    "start": "START",
    "mid": "MID",
    "end": "END",
    "eqless": "EQUAL_OR_LESS",
    "eqmore": "EQUAL_OR_MORE",
    "more": "MORE_THAN",
    "less": "LESS_THAN",
    "approx": "APPROX",
}
_LOOK_BEHIND = 24  # characters: the longest comparative ("no fewer than ") fits

_TIMES = re.compile(
    r"(?i:(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+times"
    r"|(?P<once>once)|(?P<twice>twice)|(?P<thrice>thrice))\s+(?i:a|an|per|each|every)\b"
)
_PER_PERIOD = re.compile(r"(?i:daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly)$")


def read_modifiers(text: str, start: int, end: int, timex_type: str) -> Modifiers:
    """The mod, quant and freq of the expression ``text[start:end]`` of ``timex_type``."""
    phrase = text[start:end]
    if timex_type == "SET":
        return Modifiers(_span_mod(phrase), _set_quant(phrase), _set_freq(phrase))
    mod = _span_mod(phrase)
    before_words = _BEFORE_DURATION if timex_type == "DURATION" else _BEFORE_POINT
    if mod is None:
        before = before_words.search(text, max(0, start - _LOOK_BEHIND), start)
        if before is not None and before.lastgroup is not None:
            mod = _BEFORE_MOD[before.lastgroup]
    return Modifiers(mod=mod)


def _span_mod(phrase: str) -> str | None:
    for regex, mod in _LEADING_RE:
        if regex.match(phrase):
            return mod
    for regex, mod in _TRAILING_RE:
        if regex.search(phrase):
            return mod
    return None


def _set_quant(phrase: str) -> str | None:
    first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    if first == "every":
        return "EVERY"
    if first == "each":
        return "EACH"
    return None


def _set_freq(phrase: str) -> str | None:
    times = _TIMES.search(phrase)
    if times is not None:
        if times.group("once"):
            return "1X"
        if times.group("twice"):
            return "2X"
        if times.group("thrice"):
            return "3X"
        count = times.group("n").lower()
        return f"{NUMBER_WORDS.get(count, count)}X"
    if _PER_PERIOD.match(phrase.strip()):
        return "1X"
    return None
