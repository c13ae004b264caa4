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
from extract.ner.occurrences import put_spans

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
    mention of the abbreviation without its period ("Colo") gives way to it."""
    states = []
    for mention in mentions:
        _, end, label = span(mention)
        found = _AFTER_PLACE.match(text, end) if label == "GPE" else None
        if found is not None:
            states.append((*found.span(1), "GPE"))
    kept, _ = put_spans(mentions, states, sentence_starts, span=span, make=make)
    return kept
