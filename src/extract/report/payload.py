"""The data the report page reads: the tables in compact, index-coded JSON.

Repeated strings (labels, link methods, boilerplate reasons, entity ids) become
indexes into one list each, and a mention is six integers, so the whole BBC News
corpus fits in a page a browser opens at once. Offsets stay cleaned-text offsets;
the page cuts sentences and highlights out of each document's text itself.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from extract.clean.offsets import OffsetMap
from extract.errors import ExtractError
from extract.evaluation.gate import lookup

Row = Mapping[str, Any]
UNKNOWN = -1  # an index for "none": an unlinked mention, a missing sentence

# displaCy's colours per OntoNotes label (spacy.displacy.render.DEFAULT_LABEL_COLORS),
# copied so the report does not import spaCy; other labels get LABEL_FALLBACK.
LABEL_COLORS = {
    "ORG": "#7aecec",
    "PRODUCT": "#bfeeb7",
    "GPE": "#feca74",
    "LOC": "#ff9561",
    "PERSON": "#aa9cfc",
    "NORP": "#c887fb",
    "FAC": "#9cc9cc",
    "EVENT": "#ffeb80",
    "LAW": "#ff8197",
    "LANGUAGE": "#ff8197",
    "WORK_OF_ART": "#f0d0ff",
    "DATE": "#bfe1d9",
    "TIME": "#bfe1d9",
    "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2",
    "ORDINAL": "#e4e7d2",
    "CARDINAL": "#e4e7d2",
    "PERCENT": "#e4e7d2",
}
LABEL_FALLBACK = "#dddddd"


class ReportDataError(ExtractError):
    """The tables disagree (written by different runs): a row names what another lacks."""


@dataclass(frozen=True)
class ReportTables:
    """Rows of every table the report shows, as the stages wrote them."""

    documents: Sequence[Row]
    boilerplate: Sequence[Row]
    problems: Sequence[Row]
    mentions: Sequence[Row]
    entities: Sequence[Row]
    dates: Sequence[Row]
    sentences: Sequence[Row]
    timeline: Sequence[Row]
    metrics: Mapping[str, Any] | None = None
    minimums: Mapping[str, float] = field(default_factory=dict)


def build_payload(tables: ReportTables) -> dict[str, Any]:
    """Everything the page shows, as JSON-ready lists; deterministic for the same tables."""
    doc_index = {row["doc_id"]: index for index, row in enumerate(tables.documents)}
    labels = sorted(
        {row["label"] for row in tables.mentions} | {e["label"] for e in tables.entities}
    )
    label_index = {label: index for index, label in enumerate(labels)}
    methods = sorted({row["link_method"] for row in tables.mentions if row["link_method"]})
    method_index = {method: index for index, method in enumerate(methods)}
    reasons = sorted({row["reason"] for row in tables.boilerplate})
    reason_index = {reason: index for index, reason in enumerate(reasons)}
    entities = sorted(tables.entities, key=lambda row: row["entity_id"])
    entity_index = {row["entity_id"]: index for index, row in enumerate(entities)}

    by_doc = _group(tables, doc_index)
    mentions = [
        _flat_mentions(by_doc.mentions[i], label_index, entity_index, method_index)
        for i in range(len(doc_index))
    ]
    return {
        "labels": labels,
        "colors": [LABEL_COLORS.get(label, LABEL_FALLBACK) for label in labels],
        "methods": methods,
        "reasons": reasons,
        "overview": _overview(tables),
        "entities": [
            [
                row["entity_id"],
                row["name"],
                label_index[row["label"]],
                sorted(row["aliases"]),
                row["n_mentions"],
                row["n_docs"],
                bool(row["in_kb"]),
            ]
            for row in entities
        ],
        "docs": [
            [row["doc_id"], row["title"], _iso(row["published"]), row["text"]]
            for row in tables.documents
        ],
        "mentions": mentions,
        "timexes": [
            [[t["start"], t["end"], t["type"], t["value"]] for t in by_doc.dates[i]]
            for i in range(len(doc_index))
        ],
        "sentences": [_flat_sentences(by_doc.sentences[i]) for i in range(len(doc_index))],
        "boilerplate": [
            _boilerplate(row, by_doc.boilerplate[i], reason_index)
            for i, row in enumerate(tables.documents)
        ],
        "chronology": _chronology(tables, doc_index, entity_index),
    }


@dataclass
class _ByDoc:
    mentions: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))
    dates: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))
    sentences: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))
    boilerplate: dict[int, list[Row]] = field(default_factory=lambda: defaultdict(list))


def _group(tables: ReportTables, doc_index: Mapping[str, int]) -> _ByDoc:
    """Rows of each per-document table by document index, in text order."""
    grouped = _ByDoc()
    for name, rows, target, start_key, end_key in (
        ("mentions", tables.mentions, grouped.mentions, "start", "end"),
        ("dates", tables.dates, grouped.dates, "start", "end"),
        ("sentences", tables.sentences, grouped.sentences, "sentence_id", "sentence_id"),
        ("boilerplate", tables.boilerplate, grouped.boilerplate, "raw_start", "raw_end"),
    ):
        for row in rows:
            if row["doc_id"] not in doc_index:
                raise ReportDataError(
                    f"{name}.parquet names document {row['doc_id']!r} that documents.parquet "
                    "lacks; rerun the stages on one folder"
                )
            target[doc_index[row["doc_id"]]].append(row)
        for doc_rows in target.values():
            doc_rows.sort(key=itemgetter(start_key, end_key))
    return grouped


def _flat_mentions(
    rows: Sequence[Row],
    label_index: Mapping[str, int],
    entity_index: Mapping[str, int],
    method_index: Mapping[str, int],
) -> list[int]:
    """Six integers per mention: start, end, label, entity, link method, sentence id."""
    flat: list[int] = []
    for row in rows:
        entity = row["entity_id"]
        if entity is not None and entity not in entity_index:
            raise ReportDataError(
                f"mentions.parquet links to entity {entity!r} that entities.parquet lacks; "
                "rerun the link stage"
            )
        flat += [
            row["start"],
            row["end"],
            label_index[row["label"]],
            entity_index[entity] if entity is not None else UNKNOWN,
            method_index[row["link_method"]] if row["link_method"] else UNKNOWN,
            row["sentence_id"],
        ]
    return flat


def _flat_sentences(rows: Sequence[Row]) -> list[int]:
    """Start and end of sentence i at 2i and 2i + 1 (UNKNOWN where an id is missing)."""
    count = max((row["sentence_id"] for row in rows), default=-1) + 1
    flat = [UNKNOWN] * (2 * count)
    for row in rows:
        flat[2 * row["sentence_id"]] = row["start"]
        flat[2 * row["sentence_id"] + 1] = row["end"]
    return flat


def clean_position(offsets: OffsetMap, raw_pos: int) -> int:
    """How many cleaned characters come from raw text before ``raw_pos``: where removed
    raw text starting there would sit in the cleaned text."""
    run = bisect_right(offsets.raw_starts, raw_pos) - 1
    if run < 0:
        return 0
    run_end = (
        offsets.clean_starts[run + 1]
        if run + 1 < len(offsets.clean_starts)
        else offsets.clean_length
    )
    run_length = run_end - offsets.clean_starts[run]
    return offsets.clean_starts[run] + min(raw_pos - offsets.raw_starts[run], run_length)


def _boilerplate(
    document: Row, rows: Sequence[Row], reason_index: Mapping[str, int]
) -> list[list[Any]]:
    """Each removed span as [cleaned position it was cut at, reason, its raw text,
    whether it was whole lines (the page shows those as lines of their own)]."""
    if not rows:
        return []
    offsets = OffsetMap(
        tuple(document["map_clean"]), tuple(document["map_raw"]), len(document["text"])
    )
    raw_text = document["raw_text"]
    return [
        [
            clean_position(offsets, row["raw_start"]),
            reason_index[row["reason"]],
            raw_text[row["raw_start"] : row["raw_end"]],
            _whole_lines(raw_text, row["raw_start"], row["raw_end"]),
        ]
        for row in rows
    ]


def _whole_lines(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _chronology(
    tables: ReportTables, doc_index: Mapping[str, int], entity_index: Mapping[str, int]
) -> list[list[Any]]:
    """Dated timeline rows, in the timeline's order: [date_start, date_end, value,
    document, sentence start, sentence end, expression start, expression end, entities]."""
    timexes = {row["timex_id"]: row for row in tables.dates}
    sentences = {(row["doc_id"], row["sentence_id"]): row for row in tables.sentences}
    rows: list[list[Any]] = []
    for row in tables.timeline:
        if not row["resolved"]:
            continue
        timex = timexes.get(row["timex_id"])
        if timex is None:
            raise ReportDataError(
                f"timeline.parquet names {row['timex_id']!r} that dates.parquet lacks; "
                "rerun the timeline stage"
            )
        sentence = sentences.get((row["doc_id"], timex["sentence_id"]))
        start = min(sentence["start"], timex["start"]) if sentence else timex["start"]
        end = max(sentence["end"], timex["end"]) if sentence else timex["end"]
        rows.append(
            [
                _iso(row["date_start"]),
                _iso(row["date_end"]),
                row["value"],
                doc_index[row["doc_id"]],
                start,
                end,
                timex["start"],
                timex["end"],
                [entity_index[entity] for entity in row["entity_ids"]],
            ]
        )
    return rows


def _overview(tables: ReportTables) -> dict[str, Any]:
    published = sorted(row["published"] for row in tables.documents if row["published"])
    label_counts = Counter(row["label"] for row in tables.mentions)
    linked_counts = Counter(row["label"] for row in tables.mentions if row["entity_id"])
    dated = [row for row in tables.timeline if row["resolved"]]
    return {
        "documents": len(tables.documents),
        "published": len(published),
        "published_range": [_iso(published[0]), _iso(published[-1])] if published else None,
        "problems": [[row["doc_id"], row["kind"], row["detail"]] for row in tables.problems],
        "mentions": len(tables.mentions),
        "linked": sum(linked_counts.values()),
        "mentions_per_label": [
            [label, count, linked_counts[label]] for label, count in sorted(label_counts.items())
        ],
        "entities": len(tables.entities),
        "in_kb": sum(bool(row["in_kb"]) for row in tables.entities),
        "timexes_per_type": sorted(Counter(row["type"] for row in tables.dates).items()),
        "timeline_rows": len(tables.timeline),
        "dated": len(dated),
        "dated_range": [_iso(dated[0]["date_start"]), _iso(max(r["date_end"] for r in dated))]
        if dated
        else None,
        "gate": gate_rows(tables.metrics, tables.minimums) if tables.metrics is not None else None,
    }


def gate_rows(metrics: Mapping[str, Any], minimums: Mapping[str, float]) -> list[list[Any]]:
    """[figure, value or None, minimum, pass | below | missing | skipped] per minimum,
    as ``extract evaluate --check`` judges them."""
    rows: list[list[Any]] = []
    for name, minimum in minimums.items():
        section = metrics.get(name.split(".")[0])
        figure = lookup(metrics, name)
        if isinstance(section, Mapping) and "skipped" in section:
            status = "skipped"
        elif figure is None:
            status = "missing"
        else:
            status = "pass" if figure >= minimum else "below"
        rows.append([name, figure, minimum, status])
    return rows


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
