"""The curated knowledge base: typed records, validated on load, with an alias index.

The file is data (kb/entities.yaml); adding an entity never needs a code change.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from extract.errors import ExtractError
from extract.linking.names import normalize_name

KB_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")
_FIELDS = {"id", "name", "label", "aliases", "wikidata", "gender", "description"}


class KnowledgeBaseError(ExtractError):
    """The knowledge base file breaks its schema."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class KbEntity:
    """A canonical entity: stable id, canonical name, label and the names it goes by."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str = ""
    gender: str | None = None  # "f" or "m" for people, where a title ("Mrs.") may decide

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class KnowledgeBase:
    """Entities by id, and an index from normalised name to the ids that bear it."""

    entities: Mapping[str, KbEntity]
    alias_index: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def from_entities(cls, entities: Iterable[KbEntity]) -> KnowledgeBase:
        """Build from records (tests inject a small KB this way)."""
        by_id: dict[str, KbEntity] = {}
        index: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            by_id[entity.id] = entity
            for name in entity.names:
                index[normalize_name(name)].add(entity.id)
        return cls(by_id, {key: frozenset(ids) for key, ids in index.items()})

    def genders(self) -> dict[str, str]:
        return {e.id: e.gender for e in self.entities.values() if e.gender}

    def ids_for(self, name: str) -> frozenset[str]:
        return self.alias_index.get(normalize_name(name), frozenset())


def load_kb(path: Path) -> KnowledgeBase:
    """Read and validate kb/entities.yaml; a schema violation names the entry and field."""
    try:
        records = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeBaseError(path, f"cannot be read: {err}") from err
    if not isinstance(records, list):
        raise KnowledgeBaseError(path, "must be a list of entities")
    entities = [_entity(path, number, record) for number, record in enumerate(records, 1)]
    seen: set[str] = set()
    for entity in entities:
        if entity.id in seen:
            raise KnowledgeBaseError(path, f"duplicate id {entity.id!r}")
        seen.add(entity.id)
    return KnowledgeBase.from_entities(entities)


def _entity(path: Path, number: int, record: Any) -> KbEntity:
    where = f"entity {number}"
    if not isinstance(record, dict):
        raise KnowledgeBaseError(path, f"{where} must be a mapping")
    where = f"entity {number} ({record.get('id', '?')})"
    unknown = sorted(set(record) - _FIELDS)
    if unknown:
        raise KnowledgeBaseError(path, f"{where}: unknown field(s) {unknown}")
    for key in ("id", "name", "label"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise KnowledgeBaseError(path, f"{where}: {key!r} is required text")
    if not _SLUG.match(record["id"]):
        raise KnowledgeBaseError(path, f"{where}: id must be a lowercase slug")
    if record["label"] not in KB_LABELS:
        raise KnowledgeBaseError(path, f"{where}: label must be one of {sorted(KB_LABELS)}")
    aliases = record.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise KnowledgeBaseError(path, f"{where}: aliases must be a list of names")
    wikidata = record.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
        raise KnowledgeBaseError(path, f"{where}: wikidata must look like Q123")
    gender = record.get("gender")
    if gender is not None and (gender not in ("f", "m") or record["label"] != "PERSON"):
        raise KnowledgeBaseError(path, f"{where}: gender must be f or m, for a PERSON")
    return KbEntity(
        gender=gender,
        id=record["id"],
        name=record["name"],
        label=record["label"],
        aliases=tuple(aliases),
        wikidata=wikidata,
        description=str(record.get("description") or ""),
    )
