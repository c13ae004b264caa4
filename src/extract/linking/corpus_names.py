"""Full person names across the corpus: what a surname alone may stand for in a
document that never gives the full name, and which written names are one person.

One pass over the mentions before linking; it keeps one entry per distinct name,
not per mention, so memory grows with the names a corpus has, not its size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from extract.linking.name_variants import person_variants
from extract.linking.names import normalize_name
from extract.linking.person_names import parse_person


class CorpusNames:
    """The corpus's full person names: their variant groups and their surnames."""

    def __init__(self, written: Mapping[str, str], canonical: Mapping[str, str]) -> None:
        self._written = written  # normalised name -> the name as first written
        self._canonical = canonical  # normalised name -> its group's canonical name
        by_surname: dict[str, set[str]] = defaultdict(set)
        for key, group in canonical.items():
            by_surname[parse_person(key).last].add(group)
        self._by_surname = by_surname

    @classmethod
    def from_mentions(
        cls, mentions: Iterable[Mapping[str, Any]], *, variant_threshold: float = 90.0
    ) -> CorpusNames:
        """From rows with ``text`` and ``label`` (mentions_unlinked.parquet)."""
        counts: Counter[str] = Counter()
        written: dict[str, str] = {}
        for mention in mentions:
            if mention["label"] != "PERSON" or len(mention["text"].split()) < 2:
                continue
            if not parse_person(mention["text"]).last:
                continue
            key = normalize_name(mention["text"])
            counts[key] += 1
            written.setdefault(key, " ".join(mention["text"].split()))
        return cls(written, person_variants(counts, written, threshold=variant_threshold))

    def canonical(self, name: str) -> str:
        """The normalised canonical form of a written name (itself when it has no group)."""
        key = normalize_name(name)
        return self._canonical.get(key, key)

    def written(self, key: str) -> str:
        """A normalised name as the corpus first wrote it."""
        return self._written.get(key, key)

    def full_names(self, surname: str) -> list[str]:
        """The canonical full names of the distinct people with that (normalised)
        surname, as written, sorted."""
        return sorted(self.written(key) for key in self._by_surname.get(surname, ()))
