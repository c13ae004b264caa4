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
        word_labels: Mapping[str, Counter[str]] | None = None,
        name_counts: Mapping[str, int] | None = None,
        name_labels: Mapping[str, Counter[str]] | None = None,
        name_documents: Mapping[str, int] | None = None,
    ) -> None:
        self._written = written  # normalised name -> the name as first written
        self._canonical = canonical  # normalised person name -> its group's canonical name
        # (acronym letters, label) -> multi-word names of that label with those initials
        self._acronyms = {key: sorted(set(names)) for key, names in (acronyms or {}).items()}
        # one-word name -> its labels over the corpus, a full name's surname voting PERSON
        self._word_labels = word_labels or {}
        # each name as written -> the labels the corpus's mentions of it carry
        self._name_labels = name_labels or {}
        self._name_documents = name_documents or {}  # ...and how many documents mark it
        by_surname: dict[str, set[str]] = defaultdict(set)
        mentions_of: Counter[str] = Counter()  # canonical name -> its full-name mentions
        for key, group in canonical.items():
            by_surname[parse_person(key).last].add(group)
            mentions_of[group] += (name_counts or {}).get(key, 0)
        self._by_surname = by_surname
        self._mentions_of = mentions_of

    @classmethod
    def from_mentions(
        cls, mentions: Iterable[Mapping[str, Any]], *, variant_threshold: float = 90.0
    ) -> CorpusNames:
        """From rows with ``text`` and ``label`` (mentions_unlinked.parquet)."""
        counts: Counter[str] = Counter()
        written: dict[str, str] = {}
        acronyms: dict[tuple[str, str], set[str]] = defaultdict(set)
        word_labels: dict[str, Counter[str]] = defaultdict(Counter)
        name_labels: dict[str, Counter[str]] = defaultdict(Counter)
        name_documents: Counter[str] = Counter()
        last_document: dict[str, str] = {}  # the rows come document by document
        for mention in mentions:
            text, label = mention["text"], mention["label"]
            name_labels[text][label] += 1
            document = mention.get("doc_id", "")
            if last_document.get(text) != document:
                last_document[text] = document
                name_documents[text] += 1
            key = normalize_name(text)
            if len(text.split()) < 2:
                word_labels[key][label] += 1
                continue
            first_written = written.setdefault(key, " ".join(text.split()))
            if label != "PERSON":
                for letters in initials(text):
                    acronyms[letters, label].add(first_written)
            surname = parse_person(text).last if label == "PERSON" else ""
            if surname:
                counts[key] += 1
                word_labels[surname][label] += 1
        variants = person_variants(counts, written, threshold=variant_threshold)
        return cls(written, variants, acronyms, word_labels, counts, name_labels, name_documents)

    def corpus_label(self, text: str, label: str) -> str:
        """PERSON for a one-word name the corpus reads as a person more often than as
        anything else (at least twice: a surname of its full names, or alone), whatever
        the model said in this one sentence; otherwise ``label``."""
        if label == "PERSON" or len(text.split()) != 1:
            return label
        votes = self._word_labels.get(normalize_name(text))
        if not votes:
            return label
        person = votes["PERSON"]
        return "PERSON" if person >= 2 and person > sum(votes.values()) - person else label

    def one_label_names(
        self, min_mentions: int, min_documents: int, labels: Iterable[str]
    ) -> dict[str, str]:
        """Names, as written, that the corpus marks at least ``min_mentions`` times in at
        least ``min_documents`` documents, always with the same one of ``labels``."""
        wanted = frozenset(labels)
        return {
            name: next(iter(counts))
            for name, counts in self._name_labels.items()
            if len(counts) == 1
            and next(iter(counts)) in wanted
            and sum(counts.values()) >= min_mentions
            and self._name_documents.get(name, 0) >= min_documents
            and len(name) > 1
            and name[0].isupper()
        }

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

    def full_name_mentions(self, name: str) -> int:
        """How often the corpus writes this person's full name (any of its variants)."""
        return self._mentions_of.get(self.canonical(name), 0)

    def full_names(self, surname: str) -> list[str]:
        """The canonical full names of the distinct people with that (normalised)
        surname, as written, sorted."""
        return sorted(self.written(key) for key in self._by_surname.get(surname, ()))
