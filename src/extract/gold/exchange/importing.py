"""Imported annotations through the gold loader, then gold JSONL (ANNOTATION.md).

The records are written one per line to scratch files and loaded with
``extract.gold.loader.load_gold``, so an import obeys exactly the rules every
gold set does (raw text matches, no overlaps of one kind, nothing inside
boilerplate, allowed labels and types); a violation is reported with the tool
file, task or annotation id the record came from.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from extract.gold.corpus import SOURCES, gold_file_name
from extract.gold.exchange.documents import (
    GoldExchangeError,
    ImportedDocument,
    canonical_order,
)
from extract.gold.loader import GoldError, load_gold
from extract.gold.records import GoldSpan


def validated_spans(documents: Sequence[ImportedDocument]) -> dict[str, list[GoldSpan]]:
    """Each document's spans in gold file order, once the loader accepts every record."""
    texts: dict[str, str] = {}
    for document in documents:
        if document.doc in texts:
            raise GoldExchangeError(document.source, f"document {document.doc!r} read twice")
        texts[document.doc] = document.text
    spans_by_doc: dict[str, list[GoldSpan]] = {document.doc: [] for document in documents}
    if not any(document.records for document in documents):
        return spans_by_doc
    with tempfile.TemporaryDirectory(prefix="extract-gold-import-") as scratch:
        where: dict[tuple[str, int], str] = {}
        for number, document in enumerate(documents):
            path = Path(scratch) / f"{number:06d}.jsonl"
            lines = []
            for line_number, imported in enumerate(document.records, start=1):
                where[(path.name, line_number)] = imported.where
                lines.append(json.dumps(imported.record, ensure_ascii=False) + "\n")
            path.write_text("".join(lines), "utf-8")
        try:
            spans = load_gold(Path(scratch), texts)
        except GoldError as err:
            raise GoldExchangeError(where[(err.path.name, err.line)], err.problem) from err
    for span in spans:
        spans_by_doc[span.doc].append(span)
    return {doc: canonical_order(doc_spans) for doc, doc_spans in spans_by_doc.items()}


def write_gold(spans_by_doc: dict[str, list[GoldSpan]], gold_dir: Path) -> list[Path]:
    """One ``<doc>.jsonl`` per document (empty when it has no span); other files stay."""
    if (gold_dir / SOURCES).is_file():
        raise GoldExchangeError(
            gold_dir, f"holds {SOURCES}: offset-only gold of a reference corpus, not yours"
        )
    by_file: dict[str, list[str]] = defaultdict(list)
    for doc in spans_by_doc:
        by_file[gold_file_name(doc)].append(doc)
    for file_name, docs in by_file.items():
        if len(docs) > 1:
            raise GoldExchangeError(gold_dir / file_name, f"would hold {' and '.join(docs)}")
    gold_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for doc, spans in sorted(spans_by_doc.items()):
        path = gold_dir / gold_file_name(doc)
        lines = [json.dumps(span.to_record(), ensure_ascii=False) + "\n" for span in spans]
        path.write_text("".join(lines), "utf-8")
        written.append(path)
    return written
