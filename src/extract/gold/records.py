"""Gold span records and the label sets ANNOTATION.md allows."""

from __future__ import annotations

from dataclasses import dataclass

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"})
LINKED_LABELS = ENTITY_LABELS - {"NORP"}
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
KINDS = ("boilerplate", "entity", "timex")


@dataclass(frozen=True)
class GoldSpan:
    """One gold span in raw-file offsets; unused fields are None for its kind."""

    doc: str
    start: int
    end: int
    text: str
    kind: str
    label: str | None = None
    entity: str | None = None
    type: str | None = None
    value: str | None = None

    def to_record(self) -> dict[str, object]:
        """The JSONL record of ANNOTATION.md (only the fields of its kind)."""
        record: dict[str, object] = {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
        }
        if self.kind == "entity":
            record["label"] = self.label
            if self.label in LINKED_LABELS:
                record["entity"] = self.entity
        elif self.kind == "timex":
            record["type"] = self.type
            record["value"] = self.value
        return record
