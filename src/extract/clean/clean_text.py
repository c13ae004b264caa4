"""Build the cleaned text from raw text minus boilerplate, keeping an offset map.

Whitespace runs inside a line, with any removed region in them, become one space; a line that
is blank or wholly removed is a paragraph break ("\n\n"); other line breaks stay
single newlines. Characters are never rewritten otherwise (curly quotes stay),
so a cleaned span and its raw slice differ only in whitespace.
"""

from __future__ import annotations

from collections.abc import Iterable

from extract.clean.offsets import OffsetMap
from extract.clean.whitespace import is_horizontal_space


def removal_mask(length: int, removed: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per raw character, 1 where a removed region covers it."""
    mask = bytearray(length)
    for start, end in removed:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def build_clean_text(
    raw_text: str, removed: Iterable[tuple[int, int]] = ()
) -> tuple[str, OffsetMap]:
    """Cleaned text and the raw position of each of its characters."""
    mask = removal_mask(len(raw_text), removed)
    chars: list[str] = []
    positions: list[int] = []
    previous_newline: int | None = None  # raw index of the '\n' ending the last kept line
    blank_since_content = False
    line_start = 0
    while line_start <= len(raw_text):
        newline = raw_text.find("\n", line_start)
        line_end = len(raw_text) if newline == -1 else newline
        line_chars, line_positions = _kept_line(raw_text, mask, line_start, line_end)
        if not line_chars:
            blank_since_content = True
        else:
            if previous_newline is not None:
                chars.append("\n")
                positions.append(previous_newline)
                if blank_since_content:
                    chars.append("\n")
                    positions.append(line_start - 1)
            chars.extend(line_chars)
            positions.extend(line_positions)
            previous_newline = line_end
            blank_since_content = False
        if newline == -1:
            break
        line_start = newline + 1
    return "".join(chars), OffsetMap.from_positions(positions)


def _kept_line(raw_text: str, mask: bytearray, start: int, end: int) -> tuple[list[str], list[int]]:
    """The kept characters of one line, trimmed, with inner gaps made one space."""
    chars: list[str] = []
    positions: list[int] = []
    gap_space: int | None = None  # first whitespace of the gap since the last kept character
    for index in range(start, end):
        char = raw_text[index]
        removed = mask[index]
        if removed or is_horizontal_space(char):
            # A removed region joins its neighbours with a space only if whitespace
            # separated them, so a cleaned space always maps to raw whitespace.
            if gap_space is None and is_horizontal_space(char):
                gap_space = index
            continue
        if gap_space is not None and chars:
            chars.append(" ")
            positions.append(gap_space)
        gap_space = None
        chars.append(char)
        positions.append(index)
    return chars, positions
