"""Anonymised people: a personal title before a single capital letter ("Mr X").

Ombudsman decisions, court judgments and case reports name the parties "Mr X",
"Mrs B" or "Dr K". The letter stands for a person's name and is the mention
(ANNOTATION.md: the title is outside the span), but the span rules reject a name
of one character and the model rarely marks one. Every such letter not inside
another mention is a PERSON mention; an initial that opens a longer name ("Mr J.
Okafor", "Mr J Okafor") is not one, and a letter with a full stop inside a line
("Mr X. Okafor said") is taken for such an initial.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.linking.person_names import PERSONAL_TITLES
from extract.ner.occurrences import sentence_index

M = TypeVar("M")
_TITLES = "|".join(sorted(title.capitalize() for title in PERSONAL_TITLES))
_TITLE_AND_LETTER = re.compile(rf"\b(?:{_TITLES})\.? ([A-Z])")
# After the letter: a possessive, or a full stop that ends the line; not a letter
# of a longer word, and not (after a space or a full stop) the next capitalised
# word of a name ("Mr J Okafor", "Mr J. Okafor").
_LETTER_ENDS = re.compile(r"[’']s\b|\.?(?:\n|$)|(?![\w.’'-]| [A-Z])")
NAME_LABEL = "PERSON"


def add_anonymised_names(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The document's mentions with each "Mr X" letter outside them added as PERSON."""
    taken = sorted(span(mention)[:2] for mention in mentions)
    starts = [start for start, _ in taken]
    added = []
    for match in _TITLE_AND_LETTER.finditer(text):
        start, end = match.span(1)
        if not _LETTER_ENDS.match(text, end):
            continue
        index = bisect_right(starts, start) - 1
        if index >= 0 and taken[index][1] > start:
            continue  # inside a mention already
        added.append(make(start, end, NAME_LABEL, sentence_index(sentence_starts, start)))
    if not added:
        return list(mentions)
    return sorted([*mentions, *added], key=lambda mention: span(mention)[:2])
