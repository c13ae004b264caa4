"""A person whose surname is a month's name ("Ada May", "Mrs June"): the model reads
the month as a date or misses the name. A known given name or a personal title right
before a month's name, with no day number after it, makes it a PERSON mention (the
evidence extract.timex.month_surnames uses to leave such a name out of the dates);
name consistency then finds the surname alone ("May said").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import sentence_index
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
    kept = list(mentions)
    for start, _, end in month_surname_names(text):
        inside = [m for m in kept if span(m)[0] >= start and span(m)[1] <= end]
        if any(span(m)[0] < end and span(m)[1] > start for m in kept if m not in inside):
            continue
        if any(span(m)[:2] == (start, end) for m in inside):
            continue
        kept = [m for m in kept if m not in inside]
        kept.append(make(start, end, "PERSON", sentence_index(sentence_starts, start)))
    return sorted(kept, key=lambda m: span(m)[:2])
