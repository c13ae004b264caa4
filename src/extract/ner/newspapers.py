"""Newspapers named by a time word ("the Sunday Times", "the Evening Standard") are
organisations: the small model reads the weekday or part of the day as a DATE and
misses the name, or cuts it in two ("the Sunday" ORG, "Times" ORG). Which names
these are is extract.timex.publications' one definition, which the time-expression
grammar uses to leave their time word out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import put_spans
from extract.timex.publications import publication_names

M = TypeVar("M")


def add_newspapers(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The mentions plus each newspaper's name as an ORG (the model's pieces inside it
    give way to it)."""
    names = ((start, end, "ORG") for start, end in publication_names(text))
    kept, _ = put_spans(mentions, names, sentence_starts, span=span, make=make)
    return kept
