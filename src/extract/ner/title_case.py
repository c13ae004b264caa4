"""Headlines and other Title Case or ALL CAPS lines, re-read in the case running text uses.

The small model takes capitals for names, so "Harbour Fee Vote Expected To Fail"
can give a PERSON "Vote Expected To". Before the model reads a document, each
word of such a line after the first keeps its capitals only where the
document's running text (its other lines) writes it capitalised, where it is an
acronym, or where it is a known given name or the word after one (a byline);
every other word is read in lower case ("expected", "to"). An ALL CAPS line's
words are read as running text writes them most. Only the case of letters
changes, never a length, so every offset still points into the document;
mentions keep the document's own spelling. That re-reading is off by default
(ner.title_case_lines, measured in docs/title-case.md). What is on
(ner.title_case_support): a span the model finds on such a line ends before its
first word that running text writes mostly in lower case, and is dropped when
that is its first word ("Guilty Verdict"; ``TitleCaseLines.supported_part``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cached_property

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from extract.linking.person_names import is_known_given_name
from extract.ner.word_case import WordCase

_SMALL_WORDS: frozenset[str] = frozenset(STOP_WORDS)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_MAX_WORDS = 15
_MIN_CONTENT_WORDS = 2
_CAPITALISED_SHARE = 0.9
_SHORT = 3  # letters of a word too short to be evidence (an initial, a particle)


class TitleCaseLines:
    """A document's Title Case and ALL CAPS lines: the re-cased view the model reads,
    and whether a span found in one of them has support in running text."""

    def __init__(self, text: str, word_case: WordCase | None = None) -> None:
        """``word_case``: the whole document's counts, when the caller has them; the
        running text's are then those less the lines' own words (no second pass)."""
        self.text = text
        self.lines = list(_title_lines(text))
        self._starts = [start for start, _ in self.lines]
        if word_case is None:
            self.running = WordCase(_blank(text, self.lines))
        else:
            lines_only = "\n".join(text[start:end] for start, end in self.lines)
            self.running = WordCase.from_counts(word_case.counts - WordCase(lines_only).counts)

    @cached_property
    def view(self) -> str:
        """The text with its lines re-cased, for the model to read."""
        return _recased(self.text, self.lines, self.running) if self.lines else self.text

    def holds(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside one of the lines."""
        index = bisect_right(self._starts, start) - 1
        return index >= 0 and end <= self.lines[index][1]

    def unsupported(self, word: str) -> bool:
        """A word of a line's span that running text writes mostly in lower case; small
        words ("the", "of"), short ones (an initial, "De", "New") and ALL CAPS words
        (read as the document writes them, extract.ner.capitals) are no evidence
        either way."""
        if len(word) <= _SHORT or word.lower() in _SMALL_WORDS or word.isupper():
            return False
        return self.running.mostly_lower(word)

    def supported_part(self, span: Span) -> Span | None:
        """The span up to its first unsupported word ("Ada Okafor" of a headline's
        "Ada Okafor Sentenced To Life"), without trailing small words; None when its
        first word is unsupported."""
        end = span.start
        for token in span:
            if self.unsupported(token.text):
                break
            end = token.i + 1
        while end > span.start and (
            span.doc[end - 1].lower_ in _SMALL_WORDS or span.doc[end - 1].is_punct
        ):
            end -= 1
        if end == span.start:
            return None
        return span if end == span.end else Span(span.doc, span.start, end, label=span.label_)


def _recased(text: str, lines: list[tuple[int, int]], running: WordCase) -> str:
    pieces, position = [], 0
    for start, end in lines:
        pieces.append(text[position:start])
        pieces.append(_recase_line(text[start:end], running))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _title_lines(text: str) -> Iterator[tuple[int, int]]:
    position = 0
    for line in text.split("\n"):
        if _is_title_line(line):
            yield position, position + len(line)
        position += len(line) + 1


def _is_title_line(line: str) -> bool:
    """Short, and (nearly) every word other than small ones starts with a capital."""
    words = _WORD.findall(line)
    content = [word for word in words if word.lower() not in _SMALL_WORDS]
    if len(words) > _MAX_WORDS or len(content) < _MIN_CONTENT_WORDS:
        return False
    capitalised = sum(1 for word in content if word[0].isupper())
    return bool(capitalised >= _CAPITALISED_SHARE * len(content))


def _blank(text: str, lines: list[tuple[int, int]]) -> str:
    """The text without the given lines (their words do not count as evidence)."""
    pieces, position = [], 0
    for start, end in lines:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    return "\n".join(pieces)


def _recase_line(line: str, running: WordCase) -> str:
    all_caps = line.upper() == line
    words = list(_WORD.finditer(line))
    keep: set[int] = set()  # a known given name and the word after it stay capitalised (a byline)
    for index, match in enumerate(words):
        if index == 0 or is_known_given_name(match.group()):
            keep |= {index, index + 1} if index else {index}
    pieces, position = [], 0
    for index, match in enumerate(words):
        word = match.group()
        if index in keep and not all_caps:
            form = word
        elif all_caps:
            form = running.usual_form(word) if index else word
        elif word.isupper() and len(word) > 1:
            form = word  # an acronym
        else:
            form = word if running.written_capitalised(word) else word.lower()
        pieces += [line[position : match.start()], form if len(form) == len(word) else word]
        position = match.end()
    pieces.append(line[position:])
    return "".join(pieces)
