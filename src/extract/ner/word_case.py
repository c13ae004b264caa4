"""How often a document writes each word, counted in one pass: the evidence for "a
common noun" and for re-reading a Title Case line, without a scan per entity.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[\w-]+")
# Addresses are not prose: "nick.okafor@example.com" says nothing about "Nick". An
# e-mail address is tried only where a run of non-space starts: tried at every position,
# a long run without "@" costs its length squared.
_ADDRESS = re.compile(r"(?<!\S)\S+@\S+|(?:https?://|www\.)\S+")


class WordCase:
    """Counts of each word form as written ("Pardon" and "pardon" apart)."""

    def __init__(self, text: str) -> None:
        self.counts: Counter[str] = Counter(_WORD.findall(_ADDRESS.sub(" ", text)))

    @classmethod
    def from_counts(cls, counts: Counter[str]) -> WordCase:
        """Counts made elsewhere (the document's less some of its lines)."""
        word_case = cls.__new__(cls)
        word_case.counts = counts
        return word_case

    def is_common_noun(self, word: str) -> bool:
        """A one-word name the text writes in lower case more often than capitalised
        ("Pardon page" beside three "pardon"s)."""
        lowered = word.lower()
        if " " in word or lowered == word:
            return False
        return self.counts[lowered] > self.counts[word]

    def mostly_lower(self, word: str) -> bool:
        """The text writes the word in lower case more often than in any other case."""
        lowered = word.lower()
        others = self.counts[word.capitalize()] + self.counts[word.upper()]
        return self.counts[lowered] > (others if word != lowered else 0)

    def usual_form(self, word: str) -> str:
        """The word as the text writes it most (lower, Capitalised or UPPER); as given
        when the text never writes it."""
        forms = (word.lower(), word.capitalize(), word.upper())
        best = max(forms, key=lambda form: self.counts[form])
        return best if self.counts[best] else word

    def written_capitalised(self, word: str) -> bool:
        """The text writes the word capitalised at least as often as in lower case."""
        capitalised = self.counts[word.capitalize()] + self.counts[word]
        return capitalised > 0 and capitalised >= self.counts[word.lower()]
