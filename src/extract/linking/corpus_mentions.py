"""A name the whole corpus reads one way is a mention wherever a document writes it.

The document-level passes (extract.ner.label_consistency) add an occurrence the
model missed only when the same document marks that name, and a one-word name
only when it marks it twice. Across a corpus the evidence is larger: a place the
model marks ten times as GPE in other articles, and never as anything else, is a
GPE where one article writes it in "the Lagos war" and the model reads nothing.
One sense per discourse, extended to the corpus. The names come from the
corpus pass over mentions (extract.linking.corpus_names); they are indexed once,
so each document costs a look-up per word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from extract.ner.occurrences import NameIndex, free_occurrences
from extract.ner.word_case import WordCase

LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")


class CorpusMentions:
    """Occurrences of the corpus's one-label names that a document's mentions miss."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self._labels = dict(names)  # name as written -> its one label
        self._index = NameIndex(self._labels)

    def missed(self, text: str, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
        """(start, end, label) of each occurrence of a one-label name outside the sorted
        spans ``taken`` and outside longer capitalised names; a one-word name the
        document writes mostly in lower case is a common noun there."""
        if not self._index:
            return
        words: WordCase | None = None
        for start, end in free_occurrences(text, self._index, taken):
            name = text[start:end]
            if " " not in name:
                words = words or WordCase(text)
                if words.is_common_noun(name):
                    continue
            yield start, end, self._labels[name]
