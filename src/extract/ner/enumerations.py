"""The items of a list of names share one label: a team sheet, a cast, a list of places.

A line that is nothing but names separated by commas ("Okafor, Vance, Adeyemi,
A. Bello, Mensah.") is a list of things of one kind, but the model reads each
item alone, out of context: some as PERSON, some as ORG or GPE, some not at all,
and two neighbours as one span ("Vance, Adeyemi"). Where the model gives at
least half of a list's items one label, every item is a mention of that label,
as coordination agreement suggests; a list whose items the model reads in no
clear majority is left as it is. Lines are checked one at a time, so the cost is
linear in the document's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from extract.ner.occurrences import sentence_index

M = TypeVar("M")
MIN_ITEMS = 4
# One to three capitalised words, the first may be an initial: "Okafor", "A. Bello",
# "Van Dijk", "Ada-Grace Okafor".
_ITEM = re.compile(r"(?:[A-Z]\. )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}")
_LINE = re.compile(r"[^\n]+")


def harmonise_enumerations(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
) -> list[M]:
    """The document's mentions with every item of a list of names labelled as the
    model labels most of them (the spans inside a list replaced by its items)."""
    ordered = sorted(mentions, key=lambda m: span(m)[:2])
    starts = [span(m)[0] for m in ordered]
    dropped: set[int] = set()
    added: list[M] = []
    lists = list(_lists(text))
    if not lists:
        return list(mentions)
    elsewhere = _labels_elsewhere(text, [span(m) for m in ordered], lists)
    for items in lists:
        first = bisect_left(starts, items[0][0])
        last = bisect_left(starts, items[-1][1])
        inside = range(first, last)
        label = _majority_label(text, items, [span(ordered[i]) for i in inside], elsewhere)
        if label is None or (first and span(ordered[first - 1])[1] > items[0][0]):
            continue
        if any(span(ordered[i])[1] > items[-1][1] for i in inside):
            continue  # a span runs on past the list's end
        dropped.update(inside)
        added.extend(
            make(start, end, label, sentence_index(sentence_starts, start)) for start, end in items
        )
    if not added:
        return list(mentions)
    kept = [m for i, m in enumerate(ordered) if i not in dropped]
    return sorted([*kept, *added], key=lambda m: span(m)[:2])


def _lists(text: str) -> Iterator[list[tuple[int, int]]]:
    """The items, as [start, end), of each line that is only a list of names."""
    for line in _LINE.finditer(text):
        body = line.group().strip()
        if body.endswith("."):
            body = body[:-1]
        pieces = body.split(", ")
        if len(pieces) < MIN_ITEMS or not all(_ITEM.fullmatch(piece) for piece in pieces):
            continue
        position = line.start() + line.group().index(body)
        items = []
        for piece in pieces:
            items.append((position, position + len(piece)))
            position += len(piece) + 2
        yield items


def _labels_elsewhere(
    text: str, spans: list[tuple[int, int, str]], lists: list[list[tuple[int, int]]]
) -> dict[str, str]:
    """How the document reads a name outside its lists: a one-word mention's label, and
    a full name's label for its last word ("Ada Okafor" PERSON says "Okafor" is one);
    a name read two ways is left out."""
    in_lists = {(start, end) for items in lists for start, end in items}
    labels: dict[str, set[str]] = {}
    for start, end, label in spans:
        if (start, end) in in_lists or ", " in text[start:end]:
            continue
        words = text[start:end].split()
        labels.setdefault(words[-1], set()).add(label)
    return {name: next(iter(found)) for name, found in labels.items() if len(found) == 1}


def _majority_label(
    text: str,
    items: list[tuple[int, int]],
    spans: list[tuple[int, int, str]],
    elsewhere: dict[str, str],
) -> str | None:
    """The label at least half of the items have, each item read as the document reads
    it elsewhere, else as the model's span over it (a span covering two items counts
    for both); None without such a majority."""
    votes: Counter[str] = Counter()
    index = 0  # both are in text order and spans do not overlap: one pass over each
    for item_start, item_end in items:
        while index < len(spans) and spans[index][1] <= item_start:
            index += 1
        known = elsewhere.get(text[item_start:item_end].split()[-1])
        if known is not None:
            votes[known] += 1
        elif index < len(spans):
            start, end, label = spans[index]
            if start <= item_start and item_end <= end:
                votes[label] += 1
    if not votes:
        return None
    label, count = votes.most_common(1)[0]
    return label if 2 * count >= len(items) else None
