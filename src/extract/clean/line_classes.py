"""The web-page classifier: one line's clutter, found from its features and patterns.

A line may hold clutter and content at once (a caption with its photo credit run
on, a heading with a wiki's "edit" link, a title printed again with a label), so a
line is cut into parts first: the second copy of the line above, bracketed
interface items, a trailing "edit" or credit. Each remaining part is classified by
extract.clean.clutter_patterns. A line that is only a date or time stamp (a
dateline) is content and is marked so that no context rule removes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.clean.clutter_patterns import (
    bracket_navigation,
    classify_segment,
    credit_tail,
    edit_tail,
    is_dateline,
)
from extract.clean.lexicons import BoilerplateLexicons
from extract.clean.line_features import LineFeatures, line_features
from extract.clean.lines import BoilerplateSpan, Line, trimmed_span
from extract.config import CleanParams

_LABEL = re.compile(r"^[A-Z][A-Za-z]{0,15}:\s*")  # "IMAGE: " before a repeated caption
_MIN_COPY_WORDS = 3  # a shorter line repeated with more text after it is not a copy


@dataclass(frozen=True)
class LineVerdict:
    """What the classifier says of one line."""

    text: str  # the text classified (after a leading date header)
    features: LineFeatures
    parts: tuple[BoilerplateSpan, ...] = ()  # clutter found in the line, by reason
    reason: str | None = None  # set when all of the line is clutter (its main reason)
    dateline: bool = False


def classify_line(
    line: Line, previous: str | None, params: CleanParams, lexicons: BoilerplateLexicons
) -> LineVerdict:
    """Classify ``line`` given the text of the non-blank line above it (``previous``)."""
    features = line_features(line.text, lexicons)
    if is_dateline(line.text):
        return LineVerdict(line.text, features, dateline=True)
    copy = repeated_copy(line.text, previous, params)
    if copy == len(line.text):
        return LineVerdict(line.text, features, reason="repeated-heading")
    parts: list[BoilerplateSpan] = []
    rest = line
    if copy:
        _add(parts, line.part(0, copy), "repeated-heading")
        rest = line.part(copy, len(line.text))
    for piece in _cut_interface(rest, parts):
        same = piece.start == line.start and piece.end == line.end
        piece_features = features if same else line_features(piece.text, lexicons)
        reason = classify_segment(piece.text, piece_features, params, lexicons)
        if reason:
            _add(parts, piece, reason)
    if parts and _all_covered(line, parts):
        reason = max(parts, key=lambda span: span.raw_end - span.raw_start).reason
        return LineVerdict(line.text, features, tuple(parts), reason)
    return LineVerdict(line.text, features, tuple(parts))


def repeated_copy(text: str, previous: str | None, params: CleanParams) -> int:
    """How much of the start of ``text`` repeats the line above: all of it (its length),
    a prefix (the offset after it, e.g. a caption printed again with its credit), or 0."""
    if previous is None or not text.strip():
        return 0
    line, above = _normalized(text), _normalized(previous)
    if line == above:
        return len(text) if len(line.split()) <= params.max_repeated_heading_words else 0
    if len(line.split()) >= _MIN_COPY_WORDS and above.endswith(" " + line):
        return len(text)  # the first copy ran on after a breadcrumb or a date header
    if len(above.split()) < _MIN_COPY_WORDS:
        return 0
    label = _LABEL.match(text.lstrip())
    body_start = len(text) - len(text.lstrip()) + (label.end() if label else 0)
    end = _copy_end(text, body_start, previous)
    if end is None:
        return 0
    while end < len(text) and text[end] in ".,;:":
        end += 1
    return end


def _copy_end(text: str, start: int, copy: str) -> int | None:
    """Where ``text`` from ``start`` has run through ``copy`` (whitespace aside), or None."""
    position = start
    for char in copy:
        if char.isspace():
            continue
        while position < len(text) and text[position].isspace():
            position += 1
        if position == len(text) or text[position] != char:
            return None
        position += 1
    return position


def _normalized(text: str) -> str:
    return " ".join(text.split()).rstrip(" .:")


def _cut_interface(line: Line, parts: list[BoilerplateSpan]) -> list[Line]:
    """Mark bracketed items, a trailing "edit" and a trailing credit of ``line`` in
    ``parts``; return the pieces left to classify."""
    pieces: list[Line] = []
    position = 0
    for start, end in bracket_navigation(line.text):
        pieces.append(line.part(position, start))
        _add(parts, line.part(start, end), "navigation")
        position = end
    last = line.part(position, len(line.text))
    edit = edit_tail(last.text)
    if edit is not None:
        _add(parts, last.part(edit, len(last.text)), "navigation")
        last = last.part(0, edit)
    credit = credit_tail(last.text)
    if credit is not None and last.text[:credit].strip():
        _add(parts, last.part(credit, len(last.text)), "photo-credit")
        last = last.part(0, credit)
    pieces.append(last)
    return [piece for piece in pieces if piece.text.strip()]


def _add(parts: list[BoilerplateSpan], piece: Line, reason: str) -> None:
    span = trimmed_span(piece, reason)
    if span is not None:
        parts.append(span)


def _all_covered(line: Line, parts: list[BoilerplateSpan]) -> bool:
    """Every non-space character of the line lies in one of the parts."""
    covered = bytearray(len(line.text))
    for span in parts:
        covered[span.raw_start - line.start : span.raw_end - line.start] = b"\x01" * (
            span.raw_end - span.raw_start
        )
    return all(covered[i] or char.isspace() for i, char in enumerate(line.text))
