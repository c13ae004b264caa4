"""Titles of programmes, films and books the model misses: a Capitalised phrase after
a possessive and before the kind of work it names ("Channel 9's Morning Desk
programme", "the author's Quiet Harbour novel"), or one after a possessive that
ends in a capitalised time word ("the network's Good Evening"), which in running
text is written in lower case unless it names something (as ``timex.titles`` reads
it for time expressions).

The small model rarely labels a one-word title ("Today", "Splash") and often
cuts a longer one at a preposition. The frame — an owner's possessive, then the
title, then a lower-case noun naming a kind of work — is evidence on its own; a
span the model already labelled exactly is left as the model read it. A title of
several words so found is a title wherever else the document writes it ("on Good
Evening").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import free_occurrences, put_spans, sentence_index

M = TypeVar("M")

_TITLE_WORD = r"(?:[A-Z0-9][\w'’]*(?:-[A-Z0-9][\w'’]*)*)"
_LETTER_TITLE_WORD = r"(?:[A-Z][\w'’]*(?:-[A-Z0-9][\w'’]*)*)"
_JOINING = r"(?:of|the|and|with|on|in|a|an|for|to|at)"
WORK_TITLE = re.compile(
    # A one-word title starts with a letter: "his 2003 film" names a year, not a film.
    rf"(?:'s|’s) ({_TITLE_WORD}(?: (?:{_TITLE_WORD}|{_JOINING}))*? {_TITLE_WORD}"
    rf"|{_LETTER_TITLE_WORD})"
    r" (?:programme|show|series|documentary|film|album|novel|book|play|musical|sitcom|drama)\b"
)
# A possessive, then Capitalised words ending in a time word that is not a calendar
# unit (a "Day" or "Year" after a possessive is a holiday: "the nation's Founders Day").
TIME_WORD_TITLE = re.compile(
    rf"(?:'s|’s) ((?:{_TITLE_WORD} )*"
    r"(?:Week|Weekend|Minutes|Hours|Tonight|Today|Morning|Afternoon|Evening|Night))"
    r"(?![\w-]| [A-Z0-9]| of\b)"  # "Friday's Night of Music" is an event
)


def add_work_titles(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The mentions plus each framed title as WORK_OF_ART, replacing the model's
    shorter spans inside it; a title the model labelled exactly keeps its label."""
    framed = {
        (*found.span(1), "WORK_OF_ART")
        for pattern in (WORK_TITLE, TIME_WORD_TITLE)
        for found in pattern.finditer(text)
    }
    kept, added = put_spans(mentions, framed, sentence_starts, span=span, make=make)
    titles = {text[start:end] for start, end in added if " " in text[start:end]}
    taken = sorted(span(m)[:2] for m in kept)
    kept += [
        make(start, end, "WORK_OF_ART", sentence_index(sentence_starts, start))
        for start, end in free_occurrences(text, titles, taken)
    ]
    return sorted(kept, key=lambda m: span(m)[:2])
