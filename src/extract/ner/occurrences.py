"""Where a document writes a known name outside every mention: the shared search of the
consistency passes (name parts, acronyms, one label per name).

One pass over the text's words finds every occurrence of every name (the names
indexed by their first word), and a bisect over the sorted mention spans tells
whether one is already marked, so the cost is linear in the document's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)(\.?)\s+$")
_CAPITALISED_WORD_AFTER = re.compile(r"^\s+([A-Z][\w-]*)")
_HEAD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w’'.-])\w+")
_CONTINUES = re.compile(r"[\w-]")
_NEXT_WORD = re.compile(r"\W{1,3}(\w+)")
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|to|near|across|outside|inside)\s+)$")


M = TypeVar("M")


def put_spans(
    mentions: Sequence[M],
    spans: Iterable[tuple[int, int, str]],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> tuple[list[M], list[tuple[int, int]]]:
    """The mentions, in text order, with each of ``spans`` (start, end, label) added as
    a mention, the mentions inside it giving way; not where a mention or an added span
    crosses it or runs past it (a longer name is read there), nor where a mention has
    exactly its span (its label stands). Also the spans added. One sweep over both in
    text order, so the cost grows with their number, not with its product."""
    ordered = sorted(mentions, key=lambda m: span(m)[:2])
    result: list[M] = []
    added: list[tuple[int, int]] = []
    position, added_end = 0, -1
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        while position < len(ordered) and span(ordered[position])[1] <= start:
            result.append(ordered[position])
            position += 1
        if start < added_end:
            continue  # inside or across a span added just before
        over = position
        overlapping = []
        while over < len(ordered) and span(ordered[over])[0] < end:
            if span(ordered[over])[1] > start:
                overlapping.append(ordered[over])
            over += 1
        if any(span(m)[0] < start or span(m)[1] > end for m in overlapping):
            continue
        if any(span(m)[:2] == (start, end) for m in overlapping):
            continue
        result.extend(m for m in ordered[position:over] if m not in overlapping)
        position = over
        result.append(make(start, end, label, sentence_index(sentence_starts, start)))
        added.append((start, end))
        added_end = end
    result.extend(ordered[position:])
    return sorted(result, key=lambda m: span(m)[:2]), added


class SpanPass(Protocol):
    """A pass of the entity stage: the document's mentions, changed (mentions.py)."""

    def __call__(
        self,
        text: str,
        mentions: Sequence[M],
        sentence_starts: Sequence[int],
        *,
        span: Callable[[M], tuple[int, int, str]],
        make: Callable[[int, int, str, int], M],
    ) -> list[M]: ...


def adding_spans(find: Callable[[str], Iterable[tuple[int, int]]], label: str) -> SpanPass:
    """The pass that adds each span ``find`` gives in a text as a ``label`` mention, as
    ``put_spans`` places it (the mentions inside it give way)."""

    def add(
        text: str,
        mentions: Sequence[M],
        sentence_starts: Sequence[int],
        *,
        span: Callable[[M], tuple[int, int, str]],
        make: Callable[[int, int, str, int], M],
    ) -> list[M]:
        names = ((start, end, label) for start, end in find(text))
        kept, _ = put_spans(mentions, names, sentence_starts, span=span, make=make)
        return kept

    return add


def sentence_index(sentence_starts: Sequence[int], start: int) -> int:
    """The sentence holding offset ``start`` (by bisect over the sentence starts)."""
    return max(0, bisect_right(sentence_starts, start) - 1)


def covered(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans ``taken``."""
    index = bisect_right(taken, (start, 1 << 62)) - 1
    if index >= 0 and taken[index][1] > start:
        return True
    return index + 1 < len(taken) and taken[index + 1][0] < end


def after_place_preposition(text: str, start: int) -> bool:
    """The word is written right after "in", "at", "from"... ("in Okafor")."""
    return _PLACE_BEFORE.search(text[max(0, start - 12) : start]) is not None


class NameIndex:
    """Names indexed by their first two runs of letters, built once and searched in
    many texts: each word of a text then costs a look-up or two (an alternation of
    every name would try each name at each position, and one index level would try
    every "Mr ..." at each "Mr")."""

    def __init__(self, names: Collection[str]) -> None:
        self.by_key: dict[tuple[str, str | None], list[str]] = defaultdict(list)
        for name in sorted(names, key=len, reverse=True):
            words = _HEAD.findall(name)
            if words:
                self.by_key[words[0], words[1] if len(words) > 1 else None].append(name)
        self.first_words = frozenset(first for first, _ in self.by_key)

    def __bool__(self) -> bool:
        return bool(self.by_key)

    def occurrences(self, text: str) -> Iterator[tuple[int, int]]:
        """Whole-word occurrences of the names in ``text``, the longest at each place."""
        position = 0
        for word in _WORD_START.finditer(text):
            if word.start() < position or word.group() not in self.first_words:
                continue
            following = _NEXT_WORD.match(text, word.end())
            keys = [(word.group(), following.group(1))] if following else []
            for key in [*keys, (word.group(), None)]:
                found = next(
                    (
                        name
                        for name in self.by_key.get(key, ())
                        if text.startswith(name, word.start())
                        and not _CONTINUES.match(text, word.start() + len(name))
                    ),
                    None,
                )
                if found is not None:
                    yield word.start(), word.start() + len(found)
                    position = word.start() + len(found)
                    break


def free_occurrences(
    text: str,
    names: Collection[str] | NameIndex,
    taken: list[tuple[int, int]],
    *,
    titles: Collection[str] = (),
) -> Iterator[tuple[int, int]]:
    """Whole-word occurrences of ``names`` that overlap no span of the sorted ``taken``
    and are not part of a longer capitalised name (a capitalised word right before,
    unless a title, a small word such as "The" or the end of a sentence; one right
    after, unless a small word)."""
    if not names:
        return
    index = names if isinstance(names, NameIndex) else NameIndex(names)
    small_before = frozenset(titles) | STOP_WORDS
    for start, end in index.occurrences(text):
        if covered(taken, start, end):
            continue
        before = _CAPITALISED_WORD_BEFORE.search(text[max(0, start - 30) : start])
        if before and not before.group(2) and before.group(1).lower() not in small_before:
            continue  # "Ada Okafor"; not "Dr. Okafor", "The Okafor", "in Lagos. Okafor said"
        after = _CAPITALISED_WORD_AFTER.match(text[end : end + 30])
        if after and after.group(1).lower() not in STOP_WORDS:
            continue
        yield start, end
