"""A US state's abbreviation after a place's name ("Fresno, CA", "Denver, Colo.") is a
place of its own: the model rarely reads a two-letter code as a name, and cuts the
period off an abbreviation it does read. The abbreviations are data
(clean/lexicons/us_state_abbreviations.txt); only the place-comma-state frame is
taken, so "OR" and "IN" elsewhere stay words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.clean.lexicons import read_lexicon
from extract.ner.occurrences import sentence_index

M = TypeVar("M")

ABBREVIATIONS = frozenset(read_lexicon("us_state_abbreviations"))
_ALTERNATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_AFTER_PLACE = re.compile(rf",[ \t]+({_ALTERNATION})(?![\w.])")


def add_state_abbreviations(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The mentions plus each state abbreviation written after a GPE mention; a
    mention of the abbreviation without its period gets it back."""
    kept = list(mentions)
    by_start = {span(m)[0]: m for m in kept}
    for mention in list(kept):
        _, end, label = span(mention)
        if label != "GPE":
            continue
        found = _AFTER_PLACE.match(text, end)
        if found is None:
            continue
        start, stop = found.span(1)
        there = by_start.get(start)
        if there is not None and span(there)[1] < stop:
            kept.remove(there)  # "Colo" of "Colo.": the period is the abbreviation's
        elif there is not None or any(span(m)[0] < stop and span(m)[1] > start for m in kept):
            continue
        kept.append(make(start, stop, "GPE", sentence_index(sentence_starts, start)))
    return sorted(kept, key=lambda m: span(m)[:2])
