"""Link stage: mentions_unlinked.parquet into mentions.parquet and entities.parquet."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from extract.clean.document import CleanText
from extract.config import Params
from extract.linking.corpus_mentions import LABELS, CorpusMentions
from extract.linking.corpus_names import CorpusNames
from extract.linking.entity_summary import EntitySummary
from extract.linking.kb import KnowledgeBase, load_kb
from extract.linking.linker import Linker, LinkInput
from extract.ner.mentions import make_mention
from extract.ner.occurrences import sentence_index
from extract.progress import progress_bar
from extract.stages.files import (
    DOCUMENTS_FILE,
    ENTITIES_FILE,
    MENTIONS_FILE,
    SENTENCES_FILE,
    UNLINKED_FILE,
)
from extract.stages.reading import DocGroups, iter_clean_texts
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id, table_rows, write_table

log = logging.getLogger(__name__)


def run_link(
    out_dir: Path, *, params: Params, kb_path: Path | None, show_progress: bool = False
) -> None:
    """Link mentions_unlinked.parquet into mentions.parquet and entities.parquet.

    Documents are linked one at a time; what crosses documents (discovered names,
    per-entity counts and surface forms) is kept per entity, not per mention.
    """
    kb = load_kb(kb_path) if kb_path is not None else KnowledgeBase.from_entities([])
    linker = Linker(
        kb,
        fuzzy_threshold=params.link.fuzzy_threshold,
        window_sentences=params.link.window_sentences,
        prior_share=params.link.prior_share,
        prior_min_mentions=params.link.prior_min_mentions,
        genders=kb.genders(),
        corpus_names=CorpusNames.from_mentions(
            iter_rows(out_dir / UNLINKED_FILE, schemas.MENTIONS, batch_rows=2048),
            variant_threshold=params.link.variant_threshold,
        ),
    )
    summary = EntitySummary()
    corpus_mentions = CorpusMentions(
        linker.corpus_names.one_label_names(
            params.link.corpus_min_mentions, params.link.corpus_min_documents, LABELS
        )
        if params.link.corpus_min_mentions > 0
        else {}
    )
    documents = progress_bar(
        (document for document, _ in iter_clean_texts(out_dir)),
        desc="link",
        unit="doc",
        enabled=show_progress,
        total=table_rows(out_dir / DOCUMENTS_FILE),
    )
    run_id = read_run_id(out_dir / UNLINKED_FILE)
    grouped = DocGroups(iter_rows(out_dir / UNLINKED_FILE, schemas.MENTIONS, batch_rows=2048))
    sentences = DocGroups(iter_rows(out_dir / SENTENCES_FILE, schemas.SENTENCES, batch_rows=4096))
    linked = 0
    with TableWriter(out_dir / MENTIONS_FILE, schemas.MENTIONS, run_id=run_id) as writer:
        for document in documents:
            doc_id, text = document.doc_id, document.text
            rows = sorted(grouped.take(doc_id), key=lambda r: (r["start"], r["end"]))
            sentence_starts = [r["start"] for r in sentences.take(doc_id)]
            rows = [
                {**r, "label": linker.corpus_names.corpus_label(r["text"], r["label"])}
                for r in rows
            ]
            rows = _with_corpus_mentions(rows, document, sentence_starts, corpus_mentions)
            if not rows:
                continue
            inputs = [
                LinkInput(
                    r["mention_id"],
                    r["text"],
                    r["label"],
                    r["sentence_id"],
                    preceding_text=text[max(0, r["start"] - 24) : r["start"]],
                    following_text=text[r["end"] : r["end"] + 24],
                )
                for r in rows
            ]
            for row, link in zip(rows, linker.link_document(inputs), strict=True):
                summary.add(doc_id, row["text"], link.entity_id)
                linked += link.entity_id is not None
                writer.write(
                    [
                        {
                            **row,
                            "entity_id": link.entity_id,
                            "link_method": link.method,
                            "link_score": link.score,
                        }
                    ]
                )
    entities = summary.rows(kb, linker)
    write_table(entities, schemas.ENTITIES, out_dir / ENTITIES_FILE, run_id=run_id)
    log.info(
        "linked %d of %d mentions; wrote %d entities to %s",
        linked,
        writer.rows_written,
        len(entities),
        out_dir / ENTITIES_FILE,
    )


def _with_corpus_mentions(
    rows: list[dict[str, Any]],
    document: CleanText,
    sentence_starts: list[int],
    corpus_mentions: CorpusMentions,
) -> list[dict[str, Any]]:
    """The document's mention rows plus the occurrences of the corpus's one-label names
    that its mentions miss, in text order."""
    taken = [(r["start"], r["end"]) for r in rows]
    added = []
    for start, end, label in corpus_mentions.missed(document.text, taken):
        sentence = sentence_index(sentence_starts, start)
        added.append(dataclasses.asdict(make_mention(document, start, end, label, sentence)))
    if not added:
        return rows
    return sorted([*rows, *added], key=lambda r: (r["start"], r["end"]))
