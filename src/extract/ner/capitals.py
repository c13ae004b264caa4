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

_WORD = re.compile(r"[^\W\d_]+")
_MIN_LETTERS = 4


def recase_capitals(view: str, word_case: WordCase) -> str:
    """``view`` with each such ALL CAPS word the document also writes in lower case or
    Capitalised written in the more frequent of the two (Capitalised on a tie)."""
    pieces, position = [], 0
    line_start = 0
    words = list(_WORD.finditer(view))
    for index, match in enumerate(words):
        word = match.group()
        if len(word) < _MIN_LETTERS or not word.isupper():
            continue
        line_start = view.rfind("\n", 0, match.start()) + 1
        opens_line = not _WORD.search(view, line_start, match.start())
        if not (opens_line or _caps_beside(view, words, index)):
            continue
        form = _usual_form(word, word_case)
        if form != word:
            pieces += [view[position : match.start()], form]
            position = match.end()
    pieces.append(view[position:])
    return "".join(pieces)


def _caps_beside(view: str, words: list[re.Match[str]], index: int) -> bool:
    """The word before or after, on the same line, is ALL CAPS too."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(words):
            neighbour = words[other]
            low, high = sorted((neighbour.start(), words[index].start()))
            between = view[low:high]
            if "\n" not in between and len(neighbour.group()) > 1 and neighbour.group().isupper():
                return True
    return False


def _usual_form(word: str, word_case: WordCase) -> str:
    capitalised, lowered = word.capitalize(), word.lower()
    if word_case.counts[lowered] > word_case.counts[capitalised]:
        return lowered
    return capitalised if word_case.counts[capitalised] else word
