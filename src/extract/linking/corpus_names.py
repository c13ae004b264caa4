"""Full person names across the corpus, by surname: what a surname alone may stand for
in a document that never gives the full name.

One pass over the mentions before linking; it keeps one entry per distinct name,
not per mention, so memory grows with the names a corpus has, not its size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from extract.linking.names import normalize_name
from extract.linking.person_names import parse_person


class CorpusNames:
    """Surname -> the full names (as first written) that end in it, over the corpus."""

    def __init__(self, by_surname: Mapping[str, Mapping[str, str]]) -> None:
        self._by_surname = by_surname

    @classmethod
    def from_mentions(cls, mentions: Iterable[Mapping[str, Any]]) -> CorpusNames:
        """From rows with ``text`` and ``label`` (mentions_unlinked.parquet)."""
        by_surname: dict[str, dict[str, str]] = defaultdict(dict)
        for mention in mentions:
            if mention["label"] != "PERSON" or len(mention["text"].split()) < 2:
                continue
            surname = parse_person(mention["text"]).last
            if surname:
                key = normalize_name(mention["text"])
                by_surname[surname].setdefault(key, " ".join(mention["text"].split()))
        return cls(by_surname)

    def full_names(self, surname: str) -> list[str]:
        """The distinct full names with that (normalised) surname, sorted."""
        return sorted(self._by_surname.get(surname, {}).values())
