"""Political groups the corpus names as parties, and their names used as modifiers.

OntoNotes and ANNOTATION.md label a party as an organisation ("Labour said") but
its name used of its members, before the noun it qualifies ("Labour MPs", "a
Labour spokesman"), as NORP. The model reads both as ORG, reads a party opening a
sentence as a person, or misses it, so every occurrence of a party's name is a
mention, labelled by its place in the sentence, in a document where the model
reads that name as a name at least once (extract.ner.mentions). Which names are
parties is learnt from the corpus itself: a capitalised name written before the
word "party" ("the Labour party", "the Reform Party"); no list of parties is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

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
            words = match.group(1).split()
            if words[0].lower() in STOP_WORDS:
                words = words[1:]  # "The Reform party" names Reform; "His party" none
            if not words:
                continue
            name = " ".join(words)
            # "The Reform Party" opening a sentence: the name may be the last word alone.
            self.names.update({name, name.split()[-1]})

    def party_label(self, span: Span, label: str) -> str:
        """For a party's name: NORP where it qualifies the noun after it ("Reform MPs"),
        ORG where it names the party itself ("Reform said", "under Reform and ..."),
        the model's ORG, PERSON or GPE; ``label`` for any other span."""
        if label not in RELABELLED or span.text not in self.names:
            return label  # the model's NORP is its members, which it reads well
        return "NORP" if _qualifies_next_noun(span) else "ORG"

    def occurrences(self, doc: Doc) -> Iterator[Span]:
        """Every capitalised occurrence of a party's name in ``doc``, the longer name
        first where two overlap ("Liberal Democrat" before "Democrat"). Only a token
        that opens a name is looked at further, so the cost is a set look-up a token."""
        first_words: dict[str, int] = {}  # first word of a name -> its longest name's words
        for name in self.names:
            words = name.split()
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
        position = 0
        while position < len(doc):
            longest = first_words.get(doc[position].text, 0)
            for size in range(min(longest, len(doc) - position), 0, -1):
                span = doc[position : position + size]
                if span.text in self.names and span[0].is_title:
                    yield span
                    position += size
                    break
            else:
                position += 1


def _qualifies_next_noun(span: Span) -> bool:
    """The name stands right before the noun it qualifies ("Reform MPs", "a Reform
    spokesman"), not before "party" (the party itself), a possessive or a verb."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.lower_ == "party" or following.pos_ not in ("NOUN", "PROPN"):
        return False
    return span.root.dep_ in _MODIFIER_DEPS or following.i == span.root.head.i
