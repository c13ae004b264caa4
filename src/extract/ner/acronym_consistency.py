"""A name's acronym, once the document defines it, carries the name's label.

"the Lagos Water Agency (LWA)" defines LWA: every later "LWA" is an entity of the
long form's label, whether the model labelled it otherwise or missed it, and a
model span that swallowed the definition ("Lagos Water Agency (LWA") is cut into
the name and its acronym. A short form whose
letters are not the long form's initials (extract.linking.acronyms) defines
nothing. One pass for the definitions and one for the uses keep the cost linear
in the document's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.linking.acronyms import is_acronym_of
from extract.ner.occurrences import free_occurrences, sentence_index

M = TypeVar("M")
_DEFINITION = re.compile(r"^\s*\(\s*[\"“]?([A-Z][A-Za-z.&]{1,11})[\"”]?\s*\)")
_SWALLOWED = re.compile(r"^(.+?\S)\s*\(\s*[\"“]?([A-Z][A-Za-z.&]{1,11})[\"”]?\s*\)?$")
_NOT_DEFINING = frozenset({"PERSON"})


def harmonise_acronyms(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The document's mentions with defined acronyms labelled like their long form."""

    def build(start: int, end: int, label: str) -> M:
        return make(start, end, label, sentence_index(sentence_starts, start))

    result: list[M] = []
    labels: dict[str, str] = {}  # acronym as written -> the long form's label
    for mention in mentions:
        start, end, label = span(mention)
        swallowed = _SWALLOWED.match(text[start:end])
        if label not in _NOT_DEFINING and swallowed and is_acronym_of(*swallowed.group(2, 1)):
            end = start + swallowed.end(1)
            mention = build(start, end, label)
        if label not in _NOT_DEFINING and len(text[start:end].split()) >= 2:
            defined = _DEFINITION.match(text[end : end + 20])
            if defined and is_acronym_of(defined.group(1), text[start:end]):
                labels.setdefault(defined.group(1), label)
        result.append(mention)
    if not labels:
        return list(mentions)
    by_span = {span(m)[:2]: i for i, m in enumerate(result)}
    for index, mention in enumerate(result):
        start, end, label = span(mention)
        wanted = labels.get(text[start:end])
        if wanted is not None and wanted != label:
            result[index] = build(start, end, wanted)
    for start, end in free_occurrences(text, labels, sorted(by_span)):
        result.append(build(start, end, labels[text[start:end]]))
    return sorted(result, key=lambda m: span(m)[:2])
