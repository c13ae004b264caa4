"""What the whole corpus says about its words, gathered in one pass before the model
runs: how it writes each word (extract.ner.corpus_case) and which names it calls
parties (extract.ner.party_names)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from extract.config import NerParams
from extract.ner.corpus_case import CorpusCase
from extract.ner.party_names import PartyNames


@dataclass
class CorpusEvidence:
    """Corpus-level evidence the entity stage uses; a part is None when switched off."""

    case: CorpusCase | None = None
    parties: PartyNames | None = None

    @classmethod
    def from_texts(cls, texts: Iterable[str], *, case: bool, parties: bool) -> CorpusEvidence:
        evidence = cls(CorpusCase() if case else None, PartyNames() if parties else None)
        for text in texts:
            if evidence.case is not None:
                evidence.case.add(text)
            if evidence.parties is not None:
                evidence.parties.add(text)
        return evidence

    @classmethod
    def for_settings(cls, texts: Iterable[str], params: NerParams) -> CorpusEvidence:
        """The evidence the settings switch on (ner.corpus_case, ner.party_modifiers)."""
        return cls.from_texts(texts, case=params.corpus_case, parties=params.party_modifiers)
