"""The rows of entities.parquet, gathered mention by mention as the link stage writes
mentions: the KB entities that were mentioned and every discovered one, with their
surface forms and counts."""

from __future__ import annotations

from collections import Counter, defaultdict

from extract.linking.kb import KnowledgeBase
from extract.linking.linker import Linker


class EntitySummary:
    """Per-entity counts and surface forms, gathered mention by mention (no mention list).

    Documents arrive one after another, so a document count needs only the last
    document seen per entity, not the set of them: memory grows with entities,
    not with the corpus."""

    def __init__(self) -> None:
        self.surfaces: dict[str, set[str]] = defaultdict(set)
        self.mentions: Counter[str] = Counter()
        self.docs: Counter[str] = Counter()
        self._last_doc: dict[str, str] = {}

    def add(self, doc_id: str, text: str, entity_id: str | None) -> None:
        """Count a mention; all mentions of a document must come before the next one's."""
        if entity_id is None:
            return
        self.surfaces[entity_id].add(" ".join(text.split()))
        self.mentions[entity_id] += 1
        if self._last_doc.get(entity_id) != doc_id:
            self._last_doc[entity_id] = doc_id
            self.docs[entity_id] += 1

    def rows(self, kb: KnowledgeBase, linker: Linker) -> list[dict[str, object]]:
        """Rows of entities.parquet: the KB entities that were mentioned, and every
        discovered one."""
        rows = [
            _row(
                e.id,
                e.name,
                e.label,
                set(e.aliases) | self.surfaces[e.id],
                True,
                e.wikidata,
                self.mentions,
                self.docs,
            )
            for e in kb.entities.values()
            if self.mentions[e.id]
        ]
        for found in linker.discovered.values():
            name = max(found.names, key=lambda n: (len(n.split()), found.names[n], n))
            rows.append(
                _row(
                    found.entity_id,
                    name,
                    found.label,
                    self.surfaces[found.entity_id],
                    False,
                    None,
                    self.mentions,
                    self.docs,
                )
            )
        return sorted(rows, key=lambda row: str(row["entity_id"]))


def _row(
    entity_id: str,
    name: str,
    label: str,
    aliases: set[str],
    in_kb: bool,
    wikidata: str | None,
    mentions: Counter[str],
    docs: Counter[str],
) -> dict[str, object]:
    return {
        "entity_id": entity_id,
        "name": name,
        "label": label,
        "aliases": sorted(aliases - {name}),
        "in_kb": in_kb,
        "wikidata": wikidata,
        "n_mentions": mentions[entity_id],
        "n_docs": docs[entity_id],
    }
