"""The place of a news dateline: the words opening a line before the agency in
brackets and a dash ("KANO FALLS (AP) —", "LAGOS, Nigeria, May 4 (Reuters) -") name
where the story was filed, a GPE. Written in capitals, the place is often no name the
model knows ("KANO FALLS"), and the document may never write it otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import put_spans

M = TypeVar("M")

_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,3}})"
    # an agency is a name or two: "(AP)", "(CBS/AP)", "(Reuters)", "(Kano Wire)"
    r"(?:,[^()\n]{1,30})?[ \t]+\([A-Z][\w/&.-]*(?:[ /][A-Z][\w/&.-]*){0,2}\)[ \t]*[—–-]",
    re.MULTILINE,
)


def add_dateline_places(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The mentions plus the place of each dateline no mention covers (a mention of the
    model inside it, as "RIVER" of "KANO RIVER", gives way to it)."""
    places = ((*found.span("place"), "GPE") for found in _DATELINE.finditer(text))
    kept, _ = put_spans(mentions, places, sentence_starts, span=span, make=make)
    return kept
