"""What the model reads at a time: a document's paragraphs, and a very long paragraph
(a transcript with no blank lines, an OCR dump on one line) cut into pieces.

A piece ends at a line break or a sentence end, so no sentence is split unless a
single "sentence" is longer than a piece (then at a space); spaCy's
``max_length`` is never reached and the parser never holds a huge document.
Offsets are those of the document, so every mention stays exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A sentence end, not an initial ("Ada M. Okafor") or a title's period ("Dr. Okafor").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|vs))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd))"
    r"(?<!\bProf)[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])"
)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph: cleaning puts exactly one blank line between them."""
    found, offset = [], 0
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            found.append((offset, paragraph))
        offset += len(paragraph) + 2
    return found


def model_pieces(text: str, max_chars: int) -> Iterator[tuple[int, str]]:
    """(offset, text) of each piece the model reads: the paragraphs, each cut into
    pieces of at most ``max_chars`` characters where it is longer."""
    for offset, paragraph in paragraphs(text):
        if len(paragraph) <= max_chars:
            yield offset, paragraph
            continue
        for start, end in _cuts(paragraph, max_chars):
            if paragraph[start:end].strip():
                yield offset + start, paragraph[start:end]


def _cuts(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """[start, end) pieces of ``text``, each ending at the last line break, else
    sentence end, else space in the second half of its window."""
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        floor = start + max_chars // 2
        cut = text.rfind("\n", floor, window_end) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, window_end)]
            cut = ends[-1] if ends else text.rfind(" ", floor, window_end) + 1
        if cut <= start:
            cut = window_end  # one unbroken token longer than half a piece
        yield start, cut
        start = cut
    yield start, len(text)
