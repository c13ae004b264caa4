"""Multi-word names across the corpus: what a surname or an acronym alone may stand
for in a document that never gives the full name, and which written person names
are one person.

One pass over the mentions before linking; it keeps one entry per distinct name,
not per mention, so memory grows with the names a corpus has, not its size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from extract.linking.acronyms import initials
from extract.linking.name_variants import person_variants
from extract.linking.names import normalize_name
from extract.linking.person_names import parse_person


class CorpusNames:
    """The corpus's full person names: their variant groups and their surnames."""

    def __init__(
        self,
        written: Mapping[str, str],
        canonical: Mapping[str, str],
        acronyms: Mapping[tuple[str, str], Iterable[str]] | None = None,
    ) -> None:
        self._written = written  # normalised name -> the name as first written
        self._canonical = canonical  # normalised person name -> its group's canonical name
        # (acronym letters, label) -> multi-word names of that label with those initials
        self._acronyms = {key: sorted(set(names)) for key, names in (acronyms or {}).items()}
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
        acronyms: dict[tuple[str, str], set[str]] = defaultdict(set)
        for mention in mentions:
            text, label = mention["text"], mention["label"]
            if len(text.split()) < 2:
                continue
            key = normalize_name(text)
            first_written = written.setdefault(key, " ".join(text.split()))
            if label != "PERSON":
                for letters in initials(text):
                    acronyms[letters, label].add(first_written)
            if label == "PERSON" and parse_person(text).last:
                counts[key] += 1
        return cls(written, person_variants(counts, written, threshold=variant_threshold), acronyms)

    def long_forms(self, acronym: str, label: str) -> list[str]:
        """The corpus's multi-word names of ``label`` with these initials, as written."""
        return self._acronyms.get((acronym, label), [])

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
