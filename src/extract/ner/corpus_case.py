"""How the whole corpus writes each word: lower case or Capitalised, counted in one pass.

A document alone often cannot tell a capitalised common noun from a name: a page
with "Pardon page" four times and "pardon" three times looks like a name, while
the corpus writes "pardon" more often than "Pardon". The corpus counts decide
where they say "common noun"; a word the corpus mostly capitalises is left to
the model and the document.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_WORD = re.compile(r"[^\W\d_][\w-]*")


class CorpusCase:
    """Counts of each word's lower-case and Capitalised forms over a corpus."""

    def __init__(self) -> None:
        self.lower: Counter[str] = Counter()
        self.capitalised: Counter[str] = Counter()

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> CorpusCase:
        counts = cls()
        for text in texts:
            counts.add(text)
        return counts

    def add(self, text: str) -> None:
        """Count one document's words (other forms, such as ALL CAPS, are not evidence)."""
        for word in _WORD.findall(text):
            if word.islower():
                self.lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                self.capitalised[word.lower()] += 1

    def is_common_noun(self, word: str) -> bool:
        """A one-word Capitalised name the corpus writes in lower case more often than
        capitalised (an acronym is not its lower-case word: "US" is not "us")."""
        if " " in word or not (word[:1].isupper() and word[1:].islower()):
            return False
        lowered = word.lower()
        return self.lower[lowered] > self.capitalised[lowered]
