"""Offset-only gold for documents of a reference corpus that may not be copied.

A gold folder of this kind holds ``sources.json`` (the corpus name and each
document's sha256) and one ``<doc>.jsonl`` per document whose records carry
offsets, labels and ids but no text; the text is read from the corpus, and a
document whose bytes changed stops the load (its offsets would be wrong).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from extract.gold.loader import GoldError, load_gold
from extract.gold.records import GoldSpan

SOURCES = "sources.json"


def is_corpus_gold(gold_dir: Path) -> bool:
    """True for an offset-only gold folder (one with a sources file)."""
    return (gold_dir / SOURCES).is_file()


def corpus_documents(gold_dir: Path) -> dict[str, str]:
    """Document path -> sha256 of the raw bytes the gold was made on."""
    sources = json.loads((gold_dir / SOURCES).read_text("utf-8"))
    return dict(sources["files"])


def read_corpus_texts(gold_dir: Path, corpus_dir: Path) -> dict[str, str]:
    """The raw texts of the gold's documents, each checked against its sha256."""
    texts: dict[str, str] = {}
    for doc, sha256 in corpus_documents(gold_dir).items():
        path = corpus_dir / doc
        try:
            data = path.read_bytes()
        except OSError as err:
            raise GoldError(gold_dir / SOURCES, 0, f"{path}: cannot read ({err.strerror})") from err
        actual = hashlib.sha256(data).hexdigest()
        if actual != sha256:
            raise GoldError(
                gold_dir / SOURCES, 0, f"{path}: sha256 {actual} differs from the gold's {sha256}"
            )
        texts[doc] = data.decode("utf-8")
    return texts


def load_corpus_gold(gold_dir: Path, corpus_dir: Path) -> tuple[list[GoldSpan], dict[str, str]]:
    """The validated gold spans and the raw texts they index."""
    texts = read_corpus_texts(gold_dir, corpus_dir)
    return load_gold(gold_dir, texts, text_from_raw=True), texts


def gold_file_name(doc: str) -> str:
    """``politics/225.txt`` -> ``politics-225.jsonl``."""
    return doc.removesuffix(".txt").replace("/", "-") + ".jsonl"


def write_corpus_gold(
    gold_dir: Path, *, corpus: Path, spans_by_doc: Mapping[str, Sequence[GoldSpan]]
) -> None:
    """Write offset-only records and the sources file for ``spans_by_doc``."""
    gold_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    for doc, spans in sorted(spans_by_doc.items()):
        files[doc] = hashlib.sha256((corpus / doc).read_bytes()).hexdigest()
        lines = []
        for span in spans:
            record = {**span.to_record(), "doc": doc}
            del record["text"]
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        (gold_dir / gold_file_name(doc)).write_text("".join(lines), "utf-8")
    sources = {"corpus": corpus.name, "files": files}
    (gold_dir / SOURCES).write_text(json.dumps(sources, indent=1, sort_keys=True) + "\n", "utf-8")
