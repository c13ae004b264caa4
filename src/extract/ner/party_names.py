"""Political groups the corpus names as parties, and their names used as modifiers.

OntoNotes and ANNOTATION.md label a party as an organisation ("Labour said") but
its name used of its members, before the noun it qualifies ("Labour MPs", "a
Labour spokesman"), as NORP. The model reads both as ORG. Which names are
parties is learnt from the corpus itself: a capitalised name written before the
word "party" ("the Labour party", "the Reform Party"); no list of parties is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span

# One or two capitalised words right before "party"/"Party".
_BEFORE_PARTY = re.compile(r"\b((?:[A-Z][\w'-]+ )?[A-Z][\w'-]+) [Pp]arty\b")
# Dependencies of a word that qualifies the noun after it (not "Labour's plans").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
RELABELLED = frozenset({"ORG", "PERSON", "GPE"})


class PartyNames:
    """The names a corpus writes before "party" (both words of "Liberal Democrat"
    and its last word alone, which texts also use of the party)."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> PartyNames:
        parties = cls()
        for text in texts:
            parties.add(text)
        return parties

    def add(self, text: str) -> None:
        for match in _BEFORE_PARTY.finditer(text):
            name = match.group(1)
            # "The Reform Party" opening a sentence: the name may be the last word alone.
            self.names.update({name, name.split()[-1]})

    def modifier_label(self, span: Span, label: str) -> str:
        """NORP for a party's name qualifying the noun after it; ``label`` otherwise."""
        if label not in RELABELLED or span.text not in self.names:
            return label
        root, head = span.root, span.root.head
        qualifies = root.dep_ in _MODIFIER_DEPS and head.i >= span.end
        # "the Reform party" is the party itself: its name qualifies only "party".
        if not qualifies or head.lower_ == "party" or head.pos_ not in ("NOUN", "PROPN"):
            return label
        return "NORP"
