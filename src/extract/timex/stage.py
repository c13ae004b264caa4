"""Time expressions of cleaned documents, with raw offsets, resolution and sentence."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from extract.clean.document import CleanText
from extract.timex.conventions import ANNOTATION_CONVENTIONS, TimexConventions
from extract.timex.intervals import calendar_interval
from extract.timex.tagger import tag_text


@dataclass(frozen=True)
class DatedText:
    """A cleaned document, its creation time and where its sentences start (cleaned offsets)."""

    document: CleanText
    dct: dt.date | None
    sentence_starts: Sequence[int]
    model_spans: Sequence[tuple[int, int]] = ()  # the model's DATE/TIME entities


@dataclass(frozen=True)
class TimexRecord:
    doc_id: str
    timex_id: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    type: str
    value: str
    granularity: str | None
    anchor: str
    date_start: dt.date | None
    date_end: dt.date | None
    sentence_id: int
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None
    # What the document's relative expressions were resolved against: its published
    # date, else the day a stamp near its top shows (extract.timex.shown_date).
    document_date: dt.date | None = None


def extract_timexes(
    documents: Iterable[DatedText], *, conventions: TimexConventions = ANNOTATION_CONVENTIONS
) -> Iterator[TimexRecord]:
    """Every time expression of every document, in document order."""
    for dated in documents:
        document = dated.document
        for timex in tag_text(
            document.text, dct=dated.dct, conventions=conventions, model_spans=dated.model_spans
        ):
            raw_start, raw_end = document.offsets.to_raw(timex.start, timex.end)
            resolution = timex.resolution
            interval = calendar_interval(resolution.value) if resolution.type == "DATE" else None
            yield TimexRecord(
                doc_id=document.doc_id,
                timex_id=f"{document.doc_id}:{raw_start}-{raw_end}",
                start=timex.start,
                end=timex.end,
                raw_start=raw_start,
                raw_end=raw_end,
                text=timex.text,
                type=resolution.type,
                value=resolution.value,
                granularity=resolution.granularity,
                anchor=resolution.anchor,
                date_start=interval[0] if interval else None,
                date_end=interval[1] if interval else None,
                sentence_id=max(bisect_right(dated.sentence_starts, timex.start) - 1, 0),
                mod=timex.modifiers.mod,
                quant=timex.modifiers.quant,
                freq=timex.modifiers.freq,
                document_date=dated.dct,
            )
