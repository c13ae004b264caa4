"""Whitespace normalisation shared by cleaning, tests and later comparisons.

Any Unicode space (no-break, thin, tab, ...) is a plain space, runs of spaces are
one, lines are trimmed, and a run of blank lines is one paragraph break. Newlines
are never dropped, so a heading never runs into the next line.
"""

from __future__ import annotations

import re

_HORIZONTAL_RUN = re.compile(r"[^\S\n]+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_BLANK_LINES = re.compile(r"\n{3,}")


def is_horizontal_space(char: str) -> bool:
    """True for whitespace that is not a line break (space, tab, no-break space, ...)."""
    return char.isspace() and char != "\n"


def normalize_whitespace(text: str) -> str:
    """Text with spaces collapsed, lines trimmed and blank-line runs made one break."""
    text = _HORIZONTAL_RUN.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip(" ")
