"""Lines of a raw text with their raw spans, and the boilerplate spans found in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class BoilerplateSpan:
    """A raw span that is not content, and the rule that found it."""

    raw_start: int
    raw_end: int
    reason: str


@dataclass(frozen=True)
class Line:
    """One line of the raw text (or a part of one): its raw span and its text."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text.lower())

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    def part(self, start: int, end: int) -> Line:
        """The part of the line between two offsets relative to its start."""
        return Line(self.start + start, self.start + end, self.text[start:end])


def split_lines(raw_text: str) -> list[Line]:
    """The lines of the text with their raw spans."""
    lines: list[Line] = []
    start = 0
    for text in raw_text.split("\n"):
        lines.append(Line(start, start + len(text), text))
        start += len(text) + 1
    return lines


def trimmed_span(line: Line, reason: str) -> BoilerplateSpan | None:
    """The line's span without surrounding whitespace; None for a blank part."""
    leading = len(line.text) - len(line.text.lstrip())
    trailing = len(line.text) - len(line.text.rstrip())
    if leading == len(line.text):
        return None
    return BoilerplateSpan(line.start + leading, line.end - trailing, reason)
