"""A person whose surname is a month's name ("Ada May", "Mrs June"): the model reads
the month as a date or misses the name. A known given name or a personal title right
before a month's name, with no day number after it, makes it a PERSON mention (the
evidence extract.timex.month_surnames uses to leave such a name out of the dates);
name consistency then finds the surname alone ("May said").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import put_spans
from extract.timex.month_surnames import month_surname_names

M = TypeVar("M")


def add_month_surnames(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The mentions plus each such name that no longer mention covers; a shorter
    mention inside it (the given name alone) gives way."""
    names = ((start, end, "PERSON") for start, _, end in month_surname_names(text))
    kept, _ = put_spans(mentions, names, sentence_starts, span=span, make=make)
    return kept
