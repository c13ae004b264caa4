"""The raw texts a gold set indexes, from a raw folder or from a run's tables.

Gold offsets index ``documents.raw_text``: for a .txt file the decoded file, for
a page the text extracted from it. A raw folder is read through the ingest
reader, one document at a time and only those the gold names, so a gold set of
twenty documents in a corpus of thousands reads twenty files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from extract.config import IngestParams
from extract.gold.corpus import is_corpus_gold, load_corpus_gold
from extract.gold.exchange.documents import GoldExchangeError
from extract.gold.exchange.pipeline_spans import is_tables_folder
from extract.gold.loader import load_gold
from extract.gold.records import GoldSpan
from extract.ingest.reader import ingest_file
from extract.stages.files import DOCUMENTS_FILE
from extract.tables import schemas
from extract.tables.parquet_io import iter_rows
from extract.tables.records import Problem


class RawFolderTexts(Mapping[str, str]):
    """doc id -> raw text of the documents under a raw folder, read when first asked."""

    def __init__(self, raw_dir: Path, *, params: IngestParams | None = None) -> None:
        self.raw_dir = raw_dir
        self.params = params or IngestParams()
        self._texts: dict[str, str] = {}

    def __getitem__(self, doc: str) -> str:
        if doc not in self._texts:
            path = self.raw_dir / doc
            if not path.is_file():
                raise KeyError(doc)
            document = ingest_file(path, doc, params=self.params)
            if isinstance(document, Problem):
                raise GoldExchangeError(path, f"{document.kind}: {document.detail}")
            self._texts[doc] = document.raw_text
        return self._texts[doc]

    def __contains__(self, doc: object) -> bool:
        return isinstance(doc, str) and (doc in self._texts or (self.raw_dir / doc).is_file())

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._texts))  # only what was read: a folder is not listed

    def __len__(self) -> int:
        return len(self._texts)


def document_texts(source: Path) -> Mapping[str, str]:
    """The raw texts of ``source``: a run's tables (documents.parquet) or a raw folder."""
    if is_tables_folder(source):
        return {
            row["doc_id"]: row["raw_text"]
            for row in iter_rows(source / DOCUMENTS_FILE, schemas.DOCUMENTS)
        }
    if not source.is_dir():
        raise GoldExchangeError(source, "neither a raw folder nor a run's tables (--raw)")
    return RawFolderTexts(source)


def load_gold_set(gold_dir: Path, source: Path) -> tuple[list[GoldSpan], Mapping[str, str]]:
    """A gold folder's validated spans and the texts they index (offset-only gold of a
    reference corpus reads and checks its documents from ``source``, the corpus)."""
    if is_corpus_gold(gold_dir):
        return load_corpus_gold(gold_dir, source)
    texts = document_texts(source)
    return load_gold(gold_dir, texts), texts
