"""ALL CAPS words of datelines and headings read as the document writes them elsewhere.

A dateline ("LAGOS (AP) —") or a shouted heading puts names in capitals, and the
small model reads capitals poorly: "LAGOS" becomes a person or nothing, and
"OKAFOR FAMILY STATEMENT" one name. Before the model reads a document, an ALL
CAPS word of four letters or more that opens a line or stands beside another ALL
CAPS word is read as the document writes it more often, in lower case or
Capitalised ("Lagos", "family"). An acronym the document never writes otherwise
("NASA") stays as it is; so does an acronym inside running text ("the WADA code"
beside a "Wada" elsewhere), and every word of three letters or fewer ("IT", "WHO"
beside "It", "Who"). Only the case of letters changes, never a length, so every
offset still points into the document; mentions keep its own spelling.
"""

from __future__ import annotations

import re

from extract.ner.word_case import WordCase

_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")
_LINE_OPENING = re.compile(r"(?:^|\n)[^\w\n]*\Z")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\w\n]*$")
_NEXT_WORD = re.compile(r"[^\w\n]*([^\W\d_]+)")
_LOOK_BACK = 40  # characters searched for the word before


def recase_capitals(view: str, word_case: WordCase) -> str:
    """``view`` with each such ALL CAPS word the document also writes in lower case or
    Capitalised written in the more frequent of the two (Capitalised on a tie).
    Only ALL CAPS words are looked at, so the cost is a scan of the text."""
    pieces, position = [], 0
    for match in _CAPITALS.finditer(view):
        start, end = match.span()
        opens_line = _opens_line(view, start)
        if not (opens_line or _caps_beside(view, start, end)):
            continue
        form = _usual_form(match.group(), word_case)
        if form != match.group():
            pieces += [view[position:start], form]
            position = end
    pieces.append(view[position:])
    return "".join(pieces)


def _opens_line(view: str, start: int) -> bool:
    """Only punctuation stands between the line's start and ``start`` (looked for in
    a short window, so a long line costs no more than a short one)."""
    window = max(0, start - _LOOK_BACK)
    found = _LINE_OPENING.search(view[window:start])
    return found is not None and (window == 0 or found.group().startswith("\n"))


def _caps_beside(view: str, start: int, end: int) -> bool:
    """The word before or after, on the same line, is ALL CAPS too."""
    before = _PREVIOUS_WORD.search(view, max(0, start - _LOOK_BACK), start)
    after = _NEXT_WORD.match(view, end)
    return any(
        found is not None and len(found.group(1)) > 1 and found.group(1).isupper()
        for found in (before, after)
    )


def _usual_form(word: str, word_case: WordCase) -> str:
    capitalised, lowered = word.capitalize(), word.lower()
    if word_case.counts[lowered] > word_case.counts[capitalised]:
        return lowered
    return capitalised if word_case.counts[capitalised] else word
