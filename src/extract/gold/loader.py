"""Load gold/*.jsonl and check every record against the raw text and the guidelines.

A violation stops with the file, the line and what is wrong (both strings for a
text mismatch): a wrong gold set would make every figure measured on it wrong.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from extract.errors import ExtractError
from extract.gold.records import ENTITY_LABELS, KINDS, LINKED_LABELS, TIMEX_TYPES, GoldSpan


class GoldError(ExtractError):
    """A gold record is malformed or disagrees with the raw text or the guidelines."""

    def __init__(self, path: Path | str, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = Path(path)
        self.line = line
        self.problem = problem


class NoGoldError(ExtractError):
    """The gold folder is missing or holds no *.jsonl file: scores would all be zero."""

    def __init__(self, gold_dir: Path) -> None:
        state = "does not exist" if not gold_dir.is_dir() else "holds no *.jsonl gold file"
        super().__init__(
            f"{gold_dir}: {state}; pass the gold folder with --gold (format: ANNOTATION.md)"
        )


def load_gold(
    gold_dir: Path, raw_texts: Mapping[str, str], *, text_from_raw: bool = False
) -> list[GoldSpan]:
    """Every gold span in ``gold_dir/*.jsonl``, validated against ``raw_texts`` (doc -> text).

    With ``text_from_raw``, records may omit ``text`` (offset-only gold of a corpus
    whose licence forbids copying it); the raw slice stands in for it.
    """
    gold_files = sorted(gold_dir.glob("*.jsonl"))
    if not gold_files:
        raise NoGoldError(gold_dir)
    spans: list[GoldSpan] = []
    where: dict[GoldSpan, tuple[Path, int]] = {}
    for path in gold_files:
        for line_number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            span = _parse(path, line_number, line, raw_texts, text_from_raw)
            spans.append(span)
            where[span] = (path, line_number)
    _check_layout(spans, where)
    return spans


def _parse(
    path: Path, line_number: int, line: str, raw_texts: Mapping[str, str], text_from_raw: bool
) -> GoldSpan:
    def fail(problem: str) -> GoldError:
        return GoldError(path, line_number, problem)

    try:
        record: dict[str, Any] = json.loads(line)
    except json.JSONDecodeError as err:
        raise fail(f"not JSON: {err.msg}") from err
    if text_from_raw and "text" not in record and record.get("doc") in raw_texts:
        record["text"] = raw_texts[record["doc"]][record.get("start", 0) : record.get("end", 0)]
    for key in ("doc", "start", "end", "text", "kind"):
        if key not in record:
            raise fail(f"missing {key!r}")
    doc, start, end, text, kind = (record[k] for k in ("doc", "start", "end", "text", "kind"))
    if kind not in KINDS:
        raise fail(f"kind {kind!r} is not one of {KINDS}")
    if doc not in raw_texts:
        raise fail(f"document {doc!r} is not in the raw folder")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise fail(f"bad offsets [{start}, {end})")
    raw_slice = raw_texts[doc][start:end]
    if raw_slice != text:
        raise fail(f"raw[{start}:{end}] is {raw_slice!r} but the record says {text!r}")
    span = GoldSpan(doc, start, end, text, kind)
    if kind == "entity":
        label = record.get("label")
        if label not in ENTITY_LABELS:
            raise fail(f"label {label!r} is not one of {sorted(ENTITY_LABELS)}")
        if label in LINKED_LABELS and "entity" not in record:
            raise fail(f"{label} mention {text!r} needs an 'entity' (an id or null)")
        if label == "NORP" and record.get("entity") is not None:
            raise fail("NORP mentions are not linked")
        return GoldSpan(doc, start, end, text, kind, label=label, entity=record.get("entity"))
    if kind == "timex":
        timex_type, value = record.get("type"), record.get("value")
        if timex_type not in TIMEX_TYPES:
            raise fail(f"type {timex_type!r} is not one of {sorted(TIMEX_TYPES)}")
        if not isinstance(value, str) or not value:
            raise fail(f"time expression {text!r} needs a value")
        return GoldSpan(doc, start, end, text, kind, type=timex_type, value=value)
    return span


def _check_layout(spans: list[GoldSpan], where: dict[GoldSpan, tuple[Path, int]]) -> None:
    """No two spans of one kind overlap; no entity or time expression inside boilerplate."""
    by_doc_kind: dict[tuple[str, str], list[GoldSpan]] = defaultdict(list)
    for span in spans:
        by_doc_kind[(span.doc, span.kind)].append(span)
    for (doc, kind), group in by_doc_kind.items():
        group.sort(key=lambda s: (s.start, s.end))
        for previous, current in pairwise(group):
            if current.start < previous.end:
                path, line = where[current]
                raise GoldError(
                    path, line, f"{kind} {current.text!r} overlaps {previous.text!r} in {doc}"
                )
        if kind == "boilerplate":
            continue
        for boilerplate in by_doc_kind.get((doc, "boilerplate"), []):
            for span in group:
                if span.start < boilerplate.end and boilerplate.start < span.end:
                    path, line = where[span]
                    raise GoldError(
                        path, line, f"{kind} {span.text!r} lies inside boilerplate in {doc}"
                    )
