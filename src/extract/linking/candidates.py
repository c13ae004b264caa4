"""Candidate generation: a batch of mentions to scored knowledge-base candidates.

Methods (the ``method`` string that lands in Parquet):
- ``kb-alias``: the normalised mention equals a KB name or alias (case, diacritics,
  quotes, possessives, titles already removed by the span rules);
- ``kb-nickname``: a person's full name whose first name is a nickname of the KB
  one, or whose quoted nickname is the KB first name ("Peggy Carter" for Margaret
  Carter, "J.R. “Bud” Carter" for Bud Carter);
- ``kb-fuzzy``: a multi-word name within the fuzzy threshold of a KB name (typos);
- ``kb-surname`` / ``kb-first-name``: one word that is the surname (or first name)
  of KB people; ambiguous when several share it, which the linker decides.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from extract.linking.kb import KnowledgeBase
from extract.linking.names import normalize_name
from extract.linking.person_names import first_name_variants, given_name_matches, parse_person


@dataclass(frozen=True)
class MentionKey:
    """What candidate generation needs of a mention."""

    text: str
    label: str


@dataclass(frozen=True)
class Candidate:
    entity_id: str
    score: float
    method: str


FULL_NAME_METHODS = frozenset({"kb-alias", "kb-nickname", "kb-fuzzy"})


class CandidateGenerator:
    """Indexes a KB once; ``generate`` scores a batch of mentions against it."""

    def __init__(self, kb: KnowledgeBase, *, fuzzy_threshold: float) -> None:
        self.kb = kb
        self.fuzzy_threshold = fuzzy_threshold
        self._surnames: dict[str, set[str]] = defaultdict(set)
        self._first_names: dict[str, set[str]] = defaultdict(set)
        self._people: dict[str, list[tuple[str, str]]] = defaultdict(list)  # last -> (id, given)
        self._names_by_label: dict[str, dict[str, str]] = defaultdict(dict)  # key -> id
        for entity in kb.entities.values():
            for name in entity.names:
                self._names_by_label[entity.label][normalize_name(name)] = entity.id
                if entity.label != "PERSON" or len(name.split()) < 2:
                    continue
                parts = parse_person(name)
                if parts.last:
                    self._surnames[parts.last].add(entity.id)
                    for given in parts.given_names:
                        self._people[parts.last].append((entity.id, given))
                for given in {parts.first, parts.nickname} - {""}:
                    self._first_names[given].add(entity.id)

    def generate(self, mentions: Sequence[MentionKey]) -> list[list[Candidate]]:
        """Scored candidates for each mention, best first (empty when nothing fits)."""
        return [self._candidates(mention) for mention in mentions]

    def _candidates(self, mention: MentionKey) -> list[Candidate]:
        key = normalize_name(mention.text)
        if not key:
            return []
        exact = self.kb.ids_for(mention.text)
        if exact:
            return [Candidate(entity_id, 1.0, "kb-alias") for entity_id in sorted(exact)]
        words = key.split()
        if mention.label == "PERSON" and len(words) >= 2:
            found = self._nickname_candidates(mention.text)
            if found:
                return found
        if len(words) >= 2:
            fuzzy = self._fuzzy(key, mention.label)
            if fuzzy:
                return fuzzy
        if len(words) == 1 and mention.label == "PERSON":
            return self._single_word(words[0])
        return []

    def _nickname_candidates(self, text: str) -> list[Candidate]:
        parts = parse_person(text)
        matches = {
            entity_id
            for entity_id, given in self._people.get(parts.last, [])
            if any(given_name_matches(name, {given}) for name in parts.given_names)
        }
        return [Candidate(entity_id, 0.9, "kb-nickname") for entity_id in sorted(matches)]

    def _fuzzy(self, key: str, label: str) -> list[Candidate]:
        names = self._names_by_label.get(label, {})
        best = process.extractOne(key, list(names), scorer=fuzz.ratio)
        if best is None or best[1] < self.fuzzy_threshold:
            return []
        return [Candidate(names[best[0]], round(best[1] / 100, 4), "kb-fuzzy")]

    def _single_word(self, word: str) -> list[Candidate]:
        base = word[:-1] if word.endswith("s") and word[:-1] in self._surnames else word
        if base in self._surnames:
            ids = sorted(self._surnames[base])
            return [Candidate(i, 0.8 if len(ids) == 1 else 0.5, "kb-surname") for i in ids]
        ids_by_first = set(self._first_names.get(word, set()))
        if not ids_by_first:  # an exact first name wins over a nickname-table variant
            for formal in first_name_variants(word):
                ids_by_first |= self._first_names.get(formal, set())
        ids = sorted(ids_by_first)
        return [Candidate(i, 0.7 if len(ids) == 1 else 0.4, "kb-first-name") for i in ids]
