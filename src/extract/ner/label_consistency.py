"""One label per name in a document: where the model marks a name once and misses it
elsewhere, the other occurrences are mentions too.

Krishnan and Manning's non-local consistency, as a rule: a name the document's
mentions give exactly one label ("Ulster" ORG, "Iraq" GPE) is that entity
wherever else the document writes it, unless that occurrence is part of a
longer capitalised name. A name given two labels is left as the model read it;
a one-word name the document writes more often in lower case is a common noun.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from extract.ner.occurrences import free_occurrences, sentence_index
from extract.ner.word_case import WordCase

M = TypeVar("M")


def propagate_labels(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
    word_case: WordCase | None = None,
) -> list[M]:
    """The document's mentions plus every unmarked occurrence of a one-label name
    (``word_case``: the document's word counts, when the caller has them already)."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        start, end, label = span(mention)
        labels[text[start:end]][label] += 1
    words = word_case or WordCase(text)
    names = {
        name: next(iter(counts))
        for name, counts in labels.items()
        if len(counts) == 1 and _is_name(name, sum(counts.values()), words)
    }
    taken = sorted(span(m)[:2] for m in mentions)
    added = [
        make(start, end, names[text[start:end]], sentence_index(sentence_starts, start))
        for start, end in free_occurrences(text, names, taken)
    ]
    return sorted([*mentions, *added], key=lambda m: span(m)[:2])


def _is_name(name: str, marked: int, words: WordCase) -> bool:
    """A capitalised name; one word only when the model marked it twice and the
    document does not mostly write it in lower case."""
    if len(name) < 2 or not name[0].isupper():
        return False
    if " " in name:
        return True
    return marked >= 2 and not words.is_common_noun(name)
