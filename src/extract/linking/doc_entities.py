"""The entities one document has named so far, indexed by what a short form can match.

A one-word mention looks its candidates up by surname, given name, head word or
initials instead of scanning every entity of the document, and the nearest
earlier mention of a candidate is a bisect, so linking a long document costs
what its mentions cost, not mentions times entities.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.linking.person_names import first_name_variants


@dataclass
class DocEntity:
    entity_id: str
    label: str
    rank: int  # the how-manieth entity its document named
    positions: list[tuple[int, int]] = field(default_factory=list)  # (order, sentence), sorted

    def add_position(self, order: int, sentence: int) -> None:
        insort(self.positions, (order, sentence))

    def latest_before(self, order: int) -> tuple[int, int] | None:
        """(order, sentence) of this entity's last mention before ``order``."""
        index = bisect_left(self.positions, (order, -1)) - 1
        return self.positions[index] if index >= 0 else None


class DocEntities:
    """Entities in the order the document first names them, with look-up indexes."""

    def __init__(self) -> None:
        self._entities: dict[str, DocEntity] = {}
        self._by: dict[tuple[str, str], dict[str, DocEntity]] = defaultdict(dict)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> DocEntity:
        return self._entities[entity_id]

    def remember(
        self,
        entity_id: str,
        label: str,
        *,
        surnames: Iterable[str] = (),
        given: Iterable[str] = (),
        heads: Iterable[str] = (),
        initials: Iterable[str] = (),
    ) -> DocEntity:
        """The document's entity (created on first sight), indexed under the name parts."""
        entity = self._entities.get(entity_id)
        if entity is None:
            entity = self._entities[entity_id] = DocEntity(entity_id, label, len(self._entities))
        for kind, keys in (("surname", surnames), ("given", given)):
            for key in keys:
                self._by[kind, key][entity_id] = entity
        for kind, keys in (("head", heads), ("initials", initials)):
            for key in keys:
                self._by[kind, f"{entity.label}\t{key}"][entity_id] = entity
        return entity

    def with_surname(self, surname: str) -> list[DocEntity]:
        return self._ordered(self._by.get(("surname", surname), {}))

    def with_given(self, name: str) -> list[DocEntity]:
        """Holders of the exact given name, else of a nickname-table variant of it."""
        exact = self._by.get(("given", name), {})
        if exact:
            return self._ordered(exact)
        found: dict[str, DocEntity] = {}
        for variant in first_name_variants(name):
            found.update(self._by.get(("given", variant), {}))
        return self._ordered(found)

    def with_head(self, label: str, word: str) -> list[DocEntity]:
        return self._ordered(self._by.get(("head", f"{label}\t{word}"), {}))

    def with_initials(self, label: str, letters: str) -> list[DocEntity]:
        return self._ordered(self._by.get(("initials", f"{label}\t{letters}"), {}))

    def _ordered(self, found: dict[str, DocEntity]) -> list[DocEntity]:
        """In the order the document first named them (deterministic tie-breaking)."""
        return sorted(found.values(), key=lambda entity: entity.rank)
