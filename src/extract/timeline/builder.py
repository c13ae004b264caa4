"""Timeline rows: each DATE/TIME expression with its sentence and that sentence's entities.

A row answers "what happened in March 1985, and who was involved" without a join:
the sentence is copied in, with the entities its linked mentions name. Documents are
handled one at a time (cost linear in their size); only the finished rows are sorted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from extract.clean.document import CleanText
from extract.timex.intervals import calendar_interval

TIMELINE_TYPES = frozenset({"DATE", "TIME"})  # durations and sets are not points in time
_TIME_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T")  # "2004-11-02T10:00", "2004-11-02TEV"


@dataclass(frozen=True)
class TimexInput:
    """A time expression as dates.parquet holds it (cleaned offsets)."""

    timex_id: str
    start: int
    end: int
    type: str
    value: str
    granularity: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    sentence_id: int


@dataclass(frozen=True)
class TimelineDocument:
    """One document's inputs: text, creation date, sentences by id (cleaned
    ``[start, end)``), time expressions, and ``(sentence_id, entity_id)`` of its
    linked mentions."""

    document: CleanText
    published: dt.date | None
    sentences: Mapping[int, tuple[int, int]]
    timexes: Sequence[TimexInput]
    mentions: Sequence[tuple[int, str]]


@dataclass(frozen=True)
class TimelineRow:
    """One row of timeline.parquet (see CONTRACT.md)."""

    date_start: dt.date | None
    date_end: dt.date | None
    resolved: bool
    value: str
    granularity: str | None
    doc_id: str
    timex_id: str
    published: dt.date | None
    sentence_text: str
    raw_start: int
    raw_end: int
    entity_ids: list[str]
    entity_names: list[str]


def build_timeline(
    documents: Iterable[TimelineDocument], *, entity_names: Mapping[str, str]
) -> list[TimelineRow]:
    """Rows of every DATE/TIME expression: those with a calendar interval ordered by
    (date_start, date_end, doc_id, sentence raw_start, expression start), then the
    unresolved ones in reading order (doc_id, expression start).

    ``entity_names`` maps every entity id the mentions use to its canonical name;
    ``entity_names[i]`` of a row names ``entity_ids[i]``.
    """
    dated: list[tuple[tuple[dt.date, dt.date, str, int, int], TimelineRow]] = []
    undated: list[tuple[tuple[str, int], TimelineRow]] = []
    for item in documents:
        for start, row in _document_rows(item, entity_names):
            if row.date_start is not None and row.date_end is not None:
                key = (row.date_start, row.date_end, row.doc_id, row.raw_start, start)
                dated.append((key, row))
            else:
                undated.append(((row.doc_id, start), row))
    dated.sort(key=lambda pair: pair[0])
    undated.sort(key=lambda pair: pair[0])
    return [row for _, row in dated] + [row for _, row in undated]


def timex_interval(timex: TimexInput) -> tuple[dt.date, dt.date] | None:
    """The calendar interval of a DATE (as the dates stage gave it), or the day a TIME
    value names ("2004-11-02T10:00" is 2 November 2004); None when there is none."""
    if timex.type == "DATE":
        if timex.date_start is None or timex.date_end is None:
            return None
        return timex.date_start, timex.date_end
    match = _TIME_DAY.match(timex.value)
    return calendar_interval(match.group(1)) if match else None


def _document_rows(
    item: TimelineDocument, entity_names: Mapping[str, str]
) -> Iterable[tuple[int, TimelineRow]]:
    document = item.document
    entities_by_sentence: dict[int, set[str]] = defaultdict(set)
    for sentence_id, entity_id in item.mentions:
        entities_by_sentence[sentence_id].add(entity_id)
    for timex in item.timexes:
        if timex.type not in TIMELINE_TYPES:
            continue
        start, end = sentence_span(item.sentences.get(timex.sentence_id), timex)
        raw_start, raw_end = document.offsets.to_raw(start, end)
        entity_ids = sorted(entities_by_sentence.get(timex.sentence_id, ()))
        interval = timex_interval(timex)
        yield (
            timex.start,
            TimelineRow(
                date_start=interval[0] if interval else None,
                date_end=interval[1] if interval else None,
                resolved=interval is not None,
                value=timex.value,
                granularity=timex.granularity,
                doc_id=document.doc_id,
                timex_id=timex.timex_id,
                published=item.published,
                sentence_text=document.text[start:end],
                raw_start=raw_start,
                raw_end=raw_end,
                entity_ids=entity_ids,
                entity_names=[entity_names[entity_id] for entity_id in entity_ids],
            ),
        )


def sentence_span(sentence: tuple[int, int] | None, timex: TimexInput) -> tuple[int, int]:
    """The sentence's cleaned span, widened to hold the whole expression (the model's
    sentences and the grammar's spans are found apart, so one may cross a boundary)."""
    if sentence is None:
        return timex.start, timex.end
    return min(sentence[0], timex.start), max(sentence[1], timex.end)
