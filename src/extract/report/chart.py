"""The chronology chart: time across, one row per most-mentioned entity, a mark for
each dated sentence that names it, the sentence on hover.

Built with plotly (its plotly.js is inlined by the page, so the chart draws with no
network). Plotly reads a subset of HTML in hover text and tick labels, so every
piece of document text is escaped here before it enters the figure.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import textwrap
from collections import Counter
from collections.abc import Sequence
from typing import Any

import plotly.graph_objects as go

HOVER_SENTENCE_CHARS = 300  # longer sentences are cut in the hover label (the table has them)
HOVER_LINE_CHARS = 80
ROW_HEIGHT = 28  # pixels per entity row
TRIM_SHARE = 0.025  # the initial x range shows the middle 95% of the marks


def chronology_figure(payload: dict[str, Any], *, top_entities: int = 15) -> go.Figure:
    """The chart of ``payload`` (see payload.build_payload): the ``top_entities`` entities
    with most mentions among those named in a dated sentence, one trace per label."""
    chronology: Sequence[list[Any]] = payload["chronology"]
    entities: Sequence[list[Any]] = payload["entities"]
    dated_rows = Counter(entity for row in chronology for entity in row[8])
    ranked = sorted(dated_rows, key=lambda e: (-entities[e][4], entities[e][1], entities[e][0]))
    chosen = ranked[:top_entities]
    names = _row_names(entities, chosen)
    marks: dict[int, dict[str, list[Any]]] = {}
    for index, row in enumerate(chronology):
        for entity in row[8]:
            if entity in names:
                label = entities[entity][2]
                trace = marks.setdefault(label, {"x": [], "y": [], "text": [], "row": []})
                trace["x"].append(row[0])
                trace["y"].append(names[entity])
                trace["text"].append(_hover(payload, row))
                trace["row"].append(index)  # the page opens that row's document on a click
    figure = go.Figure()
    for label in sorted(marks):
        trace = marks[label]
        figure.add_trace(
            go.Scatter(
                x=trace["x"],
                y=trace["y"],
                hovertext=trace["text"],
                customdata=trace["row"],
                hoverinfo="text",
                mode="markers",
                name=_escape(payload["labels"][label]),
                marker={
                    "color": payload["colors"][label],
                    "size": 10,
                    "line": {"color": "#333333", "width": 1},
                },
            )
        )
    order = [names[entity] for entity in chosen]
    days = sorted(day for trace in marks.values() for day in trace["x"])
    shown, outside = initial_range(days)
    title = "date (start of the interval)"
    if outside:
        title += f"; {outside} outlying marks off-screen: double-click twice to show every mark"
    figure.update_layout(
        height=max(220, 120 + ROW_HEIGHT * len(order)),
        margin={"l": 10, "r": 10, "t": 30, "b": 40},
        xaxis={"type": "date", "title": {"text": title}, **({"range": shown} if shown else {})},
        yaxis={
            "type": "category",
            "categoryorder": "array",
            "categoryarray": list(reversed(order)),  # the most mentioned on top
            "automargin": True,
        },
        hovermode="closest",
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"},
        template="plotly_white",
    )
    return figure


def initial_range(days: Sequence[str]) -> tuple[list[str] | None, int]:
    """The x range first shown: the middle 95% of the marks' days, padded,
    so that a few misread years (a "1130 GMT" read as the year 1130) do not squeeze every
    other mark into a corner; and how many marks it leaves off-screen. None: show all."""
    if not days:
        return None, 0
    low = dt.date.fromisoformat(days[int(TRIM_SHARE * (len(days) - 1))])
    high = dt.date.fromisoformat(days[math.ceil((1 - TRIM_SHARE) * (len(days) - 1))])
    pad = max(dt.timedelta(days=180), (high - low) * 0.03)
    first, last = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    start, end = max(first, _shift(low, -pad)), min(last, _shift(high, pad))
    if (start, end) == (first, last):
        return None, 0
    outside = sum(not start <= dt.date.fromisoformat(day) <= end for day in days)
    return [start.isoformat(), end.isoformat()], outside


def _shift(day: dt.date, delta: dt.timedelta) -> dt.date:
    try:
        return day + delta
    except OverflowError:  # past year 1 or 9999
        return dt.date.min if delta < dt.timedelta(0) else dt.date.max


def _row_names(entities: Sequence[list[Any]], chosen: Sequence[int]) -> dict[int, str]:
    """Escaped row label per entity; two entities of one name get their ids added."""
    counts = Counter(entities[e][1] for e in chosen)
    return {
        e: _escape(
            entities[e][1]
            if counts[entities[e][1]] == 1
            else f"{entities[e][1]} ({entities[e][0]})"
        )
        for e in chosen
    }


def _hover(payload: dict[str, Any], row: list[Any]) -> str:
    """Value, interval and document, then the sentence, escaped and wrapped."""
    doc_id = payload["docs"][row[3]][0]
    text = payload["docs"][row[3]][3]
    sentence = " ".join(text[row[4] : row[5]].split())
    if len(sentence) > HOVER_SENTENCE_CHARS:
        sentence = sentence[: HOVER_SENTENCE_CHARS - 1] + "…"
    interval = row[0] if row[0] == row[1] else f"{row[0]} to {row[1]}"
    lines = textwrap.wrap(sentence, HOVER_LINE_CHARS) or [""]
    head = _escape(f"{row[2]} ({interval}) · {doc_id}")
    return "<b>" + head + "</b><br>" + "<br>".join(_escape(line) for line in lines)


def _escape(text: str) -> str:
    """Plotly reads ``<b>``-style tags and &lt;/&gt;/&amp; entities (not &quot;) in
    labels: escaping those three makes any text show as written."""
    return html.escape(text, quote=False)
