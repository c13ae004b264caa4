"""Tag a text's time expressions: match the grammar, keep the longest, resolve in order.

Expressions are resolved from the start of the text to its end so that each
explicit date moves the narrative anchor that later expressions lean on. Each
family of expression has its resolver module (calendar_dates, relative_dates,
reporting_periods, times_of_day, durations_sets); this one runs them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extract.timex import (
    calendar_dates,
    durations_sets,
    numeric_dates,
    relative_dates,
    reporting_periods,
    times_of_day,
)
from extract.timex.candidates import Candidate, find_candidates, model_licensed, select
from extract.timex.clock import Clock, is_day_value
from extract.timex.conventions import (
    ANNOTATION_CONVENTIONS,
    TimexConventions,
    follows_conventions,
)
from extract.timex.day_offsets import counted_day
from extract.timex.modifiers import NO_MODIFIERS, Modifiers, read_modifiers
from extract.timex.month_surnames import month_surnames, names_the_person
from extract.timex.narrative import is_bound, present_tense_marks, track_passage
from extract.timex.normalize import Resolution, Resolver
from extract.timex.publications import in_publication, publication_names
from extract.timex.quoted_speech import redate_quoted_days
from extract.timex.reporting_periods import track_quarter
from extract.timex.tense import clause_tense
from extract.timex.titles import in_title


@dataclass(frozen=True)
class TaggedTimex:
    """A time expression found in a text: its span, TIMEX3 resolution and mod/quant/freq."""

    start: int
    end: int
    text: str
    resolution: Resolution
    modifiers: Modifiers = NO_MODIFIERS


def tag_text(
    text: str,
    *,
    dct: dt.date | None,
    conventions: TimexConventions = ANNOTATION_CONVENTIONS,
    model_spans: Sequence[tuple[int, int]] = (),
) -> list[TaggedTimex]:
    """Every time expression of ``text``, resolved against ``dct`` and the narrative,
    written as ``conventions`` say (ANNOTATION.md's by default).

    ``model_spans`` are the model's DATE/TIME entities. They are candidates the grammar
    must still read: inside one, an expression that needs date context (a bare month
    name) is accepted. The rest of the model's spans are not taken on their own: on
    TimeBank/AQUAINT those the grammar misses are mostly ages and bare numbers
    ("44" -> 1944) or references without a value ("the weeks"), see the README.
    """
    chosen = select(find_candidates(text) + model_licensed(text, model_spans))
    clock = Clock(
        dct,
        conventions=conventions,
        document_day_first=numeric_dates.document_day_first(text),
        present_marks=present_tense_marks(text) if dct is not None else (),
    )
    surnames = month_surnames(text)  # "Ada May": "May said" is the person
    papers = publication_names(text)  # "the Sunday Times": a newspaper, no Sunday
    tagged: list[TaggedTimex] = []
    for candidate in sorted(chosen, key=lambda c: c.start):
        resolver = _RESOLVERS[candidate.pattern.name]
        for group, resolved in resolver(candidate.match, clock, text):
            start, end = candidate.match.span(group) if isinstance(group, str) else group
            resolution = follows_conventions(text, start, end, resolved, conventions)
            if (
                resolution is None
                or (not _names_holiday(candidate) and in_title(text, start, end))
                or names_the_person(text, start, end, surnames)
                or in_publication(papers, start, end)
            ):  # "Thanksgiving Day" is written capitalized; "This Week" mid-sentence is a show
                continue
            floor = tagged[-1].end if tagged else 0
            if (counted := counted_day(text, start, resolution, floor=floor)) is not None:
                start, resolution = counted  # "the day before last Tuesday"
            tagged.append(TaggedTimex(start, end, text[start:end], resolution))
            if (
                resolution.point is not None
                and (resolution.anchor != "dct" or candidate.pattern.name not in _COUNTED_FROM_DCT)
                and not is_bound(text, start)
            ):
                clock.anchor = resolution.point
                # only an undated text weighs the anchor's tense; one read from the anchor
                # keeps its time
                if clock.dct is None and resolution.anchor != "narrative":
                    clock.anchor_tense = clause_tense(text, candidate.match)
            track_quarter(clock, candidate, resolution)
            track_passage(clock, text, start, end, candidate.pattern.name, resolution)
            day = resolution.point.as_date() if resolution.point is not None else None
            if day is not None and resolution.type == "DATE":
                clock.day_mention = (end, day)
            if resolution.type == "DATE" and is_day_value(resolution.value):
                clock.day_value = resolution.value
    redated = redate_quoted_days(text, [(t.start, t.end, t.resolution) for t in tagged])
    return [
        replace(
            timex,
            resolution=resolution,
            modifiers=read_modifiers(text, timex.start, timex.end, resolution.type),
        )
        for timex, resolution in zip(tagged, redated, strict=True)
    ]


def _names_holiday(candidate: Candidate) -> bool:
    """Does the expression name a holiday ("Christmas Day", "each St. Patrick's Day")?"""
    return candidate.pattern.name == "holiday" or bool(
        candidate.match.groupdict().get("set_holiday")
    )


# Dates counted from the DCT ("today", "last year", "two years ago") are the writer's
# present, not a date of the story; one the DCT only completes ("Aug. 12", "Friday")
# is, and the story's next "that same day" or "the following month" leans on it.
_COUNTED_FROM_DCT = frozenset({"deictic", "relative_unit", "the_year", "period_end", "ago"})


_RESOLVERS: dict[str, Resolver] = {
    **calendar_dates.RESOLVERS,
    **numeric_dates.RESOLVERS,
    **relative_dates.RESOLVERS,
    **reporting_periods.RESOLVERS,
    **times_of_day.RESOLVERS,
    **durations_sets.RESOLVERS,
}
