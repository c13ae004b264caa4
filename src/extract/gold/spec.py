"""Build gold spans from a spec of surface strings plus context, never from counted offsets.

A spec file (gold/spec/<doc>.yaml) lists, for one raw document:

- ``boilerplate``: ``text``, or ``{text: ..., occurrence: n}`` (1-based);
- ``entities``: ``surface | LABEL | entity-id`` marks every whole-word occurrence
  outside boilerplate; ``surface | LABEL | entity-id | context`` only the one
  inside each occurrence of ``context``; ``-`` as entity id means null;
- ``timexes``: ``surface | TYPE | value`` or ``surface | TYPE | value | context``;
- ``not_entities`` / ``not_timexes``: ``surface | context``, occurrences that are
  not mentions (they block the plain entries).

Context entries claim first, then plain entries longest surface first, so a
longer name is never split by a shorter one. An entry that matches nothing, or
a context entry that collides with another, is an error: the spec is stale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from extract.errors import ExtractError
from extract.gold.records import GoldSpan


class GoldSpecError(ExtractError):
    """A spec entry does not match the raw text as it says it should."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class _Entry:
    surface: str
    fields: tuple[str, ...]  # label+entity, or type+value; empty for "not" entries
    context: str | None
    line: str


def build_gold(
    spec_path: Path, raw_text: str, *, outside: Sequence[tuple[int, int]] = ()
) -> list[GoldSpan]:
    """Gold spans of one document from its spec, sorted by kind and offset. ``outside``:
    boilerplate regions known from elsewhere (a corpus's boilerplate gold), where no
    entry matches; they are not returned."""
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text("utf-8"))
    doc = spec["doc"]
    boilerplate = [
        _boilerplate_span(spec_path, doc, raw_text, line) for line in spec.get("boilerplate", [])
    ]
    content = bytearray(b"\x01") * len(raw_text)
    for span in boilerplate:
        content[span.start : span.end] = bytes(span.end - span.start)
    for start, end in outside:
        content[start:end] = bytes(end - start)
    entities = _resolve(
        spec_path,
        raw_text,
        content,
        [_entry(spec_path, line, 3) for line in spec.get("entities", [])],
        [_entry(spec_path, line, 1) for line in spec.get("not_entities", [])],
    )
    timexes = _resolve(
        spec_path,
        raw_text,
        content,
        [_entry(spec_path, line, 3) for line in spec.get("timexes", [])],
        [_entry(spec_path, line, 1) for line in spec.get("not_timexes", [])],
    )
    spans = list(boilerplate)
    for (start, end), entry in sorted(entities.items()):
        label, entity = entry.fields
        spans.append(
            GoldSpan(
                doc,
                start,
                end,
                raw_text[start:end],
                "entity",
                label=label,
                entity=None if entity == "-" else entity,
            )
        )
    for (start, end), entry in sorted(timexes.items()):
        timex_type, value = entry.fields
        spans.append(
            GoldSpan(doc, start, end, raw_text[start:end], "timex", type=timex_type, value=value)
        )
    return spans


def _entry(spec_path: Path, line: str, n_fields: int) -> _Entry:
    parts = [part.strip() for part in str(line).split(" | ")]
    if len(parts) not in (n_fields, n_fields + 1):
        raise GoldSpecError(spec_path, f"entry {line!r} needs {n_fields} or {n_fields + 1} fields")
    surface, rest = parts[0], parts[1:]
    if n_fields == 1:  # a "not" entry: surface | context
        return _Entry(surface, (), rest[0] if rest else None, line)
    fields = tuple(rest[: n_fields - 1])
    context = rest[n_fields - 1] if len(rest) == n_fields else None
    return _Entry(surface, fields, context, line)


def _boilerplate_span(spec_path: Path, doc: str, raw_text: str, line: Any) -> GoldSpan:
    text, occurrence = (line["text"], line["occurrence"]) if isinstance(line, dict) else (line, 1)
    found = _occurrences(raw_text, text)
    if len(found) < occurrence:
        raise GoldSpecError(spec_path, f"boilerplate {line!r} not found")
    start, end = found[occurrence - 1]
    return GoldSpan(doc, start, end, raw_text[start:end], "boilerplate")


def _whole_word_at(raw_text: str, start: int, end: int) -> bool:
    before = raw_text[start - 1] if start > 0 else " "
    after = raw_text[end] if end < len(raw_text) else " "
    return not before.isalnum() and not after.isalnum()


def _pattern(needle: str) -> re.Pattern[str]:
    """A space in a spec string matches any whitespace run (raw text has no-break spaces)."""
    return re.compile(r"\s+".join(re.escape(part) for part in needle.split(" ")))


def _occurrences(raw_text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _pattern(needle).finditer(raw_text)]


def _resolve(
    spec_path: Path,
    raw_text: str,
    content: bytearray,
    entries: list[_Entry],
    blocked: list[_Entry],
) -> dict[tuple[int, int], _Entry]:
    """Claim spans for entries: context ones and blocks first, then plain ones longest first."""
    claims: dict[tuple[int, int], _Entry | None] = {}

    def overlaps(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in claims)

    def in_content(start: int, end: int) -> bool:
        return all(content[start:end])

    for entry in [e for e in entries if e.context] + blocked:
        context = entry.context or entry.surface
        hits = 0
        for context_start, context_end in _occurrences(raw_text, context):
            found = _find_word(raw_text[context_start:context_end], entry.surface)
            if found is None:
                raise GoldSpecError(spec_path, f"{entry.line!r}: surface not in its context")
            start, end = context_start + found[0], context_start + found[1]
            if not in_content(start, end):
                continue
            if overlaps(start, end):
                raise GoldSpecError(spec_path, f"{entry.line!r}: collides with another entry")
            claims[(start, end)] = entry if entry.fields else None
            hits += 1
        if not hits:
            raise GoldSpecError(spec_path, f"{entry.line!r}: context not found in content")

    plain = sorted((e for e in entries if not e.context), key=lambda e: -len(e.surface))
    for entry in plain:
        hits = 0
        for start, end in _occurrences(raw_text, entry.surface):
            if (
                _whole_word_at(raw_text, start, end)
                and in_content(start, end)
                and not overlaps(start, end)
            ):
                claims[(start, end)] = entry
                hits += 1
        if not hits:
            raise GoldSpecError(spec_path, f"{entry.line!r}: matches nothing new")
    return {span: entry for span, entry in claims.items() if entry is not None}


def _find_word(context: str, surface: str) -> tuple[int, int] | None:
    for start, end in _occurrences(context, surface):
        if _whole_word_at(context, start, end):
            return start, end
    return None
