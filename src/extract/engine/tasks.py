"""What runs on a Dask worker: the survey of a partition of files, and the
per-document stages (ingest, clean, entities, dates) on a work partition.

Tasks are pure functions of the files they name and the settings, so the scheduler
may run one again on another worker when the first is lost. The spaCy pipeline is
loaded once per worker process (``PreloadModel`` at worker start, then
extract.ner.nlp's per-process cache) and reused by every task.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from distributed import WorkerPlugin

from extract.clean.document import CleanText, clean_document
from extract.clean.offsets import OffsetMap
from extract.config import NerParams, Params
from extract.engine.plan import FileEntry, Survey
from extract.engine.rows import PartitionRows
from extract.errors import ExtractError
from extract.ingest.reader import ingest_file
from extract.linking.kb import KnowledgeBase
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.kb_ruler import NamePattern, kb_patterns
from extract.ner.mentions import DocumentEntities, extract_entities
from extract.ner.nlp import load_pipeline
from extract.ner.parallel import chunked
from extract.tables.records import Problem
from extract.timex.shown_date import document_date
from extract.timex.stage import DatedText, extract_timexes

log = logging.getLogger(__name__)

MODEL_ERROR = "model-error"  # problems.parquet kind of a document the entity model failed on


class InputChangedError(ExtractError):
    """A file read differently by the survey and by its work task (it changed mid-run)."""


def model_patterns(params: NerParams, kb: KnowledgeBase | None) -> tuple[NamePattern, ...]:
    """The KB name patterns the entity stage adds after the model (none without a KB)."""
    if kb is None or not params.kb_patterns:
        return ()
    return tuple(kb_patterns(kb, name_parts=params.kb_name_parts))


class PreloadModel(WorkerPlugin):
    """Load the spaCy pipeline when a worker starts, or replaces a lost one, so the first
    task does not pay for it and every task finds it in the process's cache."""

    name = "extract-preload-model"

    def __init__(self, params: NerParams, patterns: tuple[NamePattern, ...]) -> None:
        self.model, self.exclude, self.patterns = params.model, tuple(params.exclude), patterns

    def setup(self, worker: Any) -> None:
        load_pipeline(self.model, self.exclude, self.patterns)


@dataclass(frozen=True)
class SurveyResult:
    """The survey of a partition of files, and the corpus evidence of its texts."""

    surveys: list[Survey]
    evidence: CorpusEvidence


def survey_files(entries: list[FileEntry], params: Params) -> SurveyResult:
    """Read and clean each file, keeping only its digest or problem, whether text is left,
    and what its text adds to the corpus evidence the entity stage reads."""
    surveys = []
    evidence = _no_evidence(params.ner)
    for entry in entries:
        result = ingest_file(
            entry.path, entry.doc_id, params=params.ingest, manifest_row=entry.manifest_row
        )
        if isinstance(result, Problem):
            surveys.append(Survey(entry.doc_id, None, problem=result))
            continue
        cleaned = clean_document(result.raw_text, params=params.clean)
        surveys.append(Survey(entry.doc_id, result.sha256, has_text=bool(cleaned.text)))
        _add_evidence(evidence, CorpusEvidence.from_texts([cleaned.text], **_parts(params.ner)))
    return SurveyResult(surveys, evidence)


def merge_evidence(results: list[SurveyResult], params: NerParams) -> CorpusEvidence:
    """The corpus evidence of every partition: what one pass over all texts would gather
    (counts add up, party names join), as the local entity stage builds it."""
    evidence = _no_evidence(params)
    for result in results:
        _add_evidence(evidence, result.evidence)
    return evidence


def _parts(params: NerParams) -> dict[str, bool]:
    return {"case": params.corpus_case, "parties": params.party_modifiers}


def _no_evidence(params: NerParams) -> CorpusEvidence:
    return CorpusEvidence.from_texts([], **_parts(params))


def _add_evidence(total: CorpusEvidence, part: CorpusEvidence) -> None:
    if total.case is not None and part.case is not None:
        total.case.lower.update(part.case.lower)
        total.case.capitalised.update(part.case.capitalised)
    if total.parties is not None and part.parties is not None:
        total.parties.names |= part.parties.names


def process_files(
    entries: list[FileEntry],
    *,
    digests: list[str],
    params: Params,
    kb: KnowledgeBase | None,
    corpus: CorpusEvidence,
) -> PartitionRows:
    """Every per-document table's rows of a work partition, in document order.

    ``digests`` are the survey's sha256 of the files: a file that changed since then
    stops the run. A document the entity model raises on is a problem row with no
    entity or date rows; the other documents of its chunk are read without it.
    """
    rows = PartitionRows()
    texts: list[tuple[CleanText, Any]] = []
    for entry, digest in zip(entries, digests, strict=True):
        result = ingest_file(
            entry.path, entry.doc_id, params=params.ingest, manifest_row=entry.manifest_row
        )
        if isinstance(result, Problem) or result.sha256 != digest:
            raise InputChangedError(f"{entry.path}: changed while the run read it; run again")
        cleaned = clean_document(result.raw_text, params=params.clean)
        rows.add_document(result, cleaned)
        offsets = cleaned.offsets  # rebuilt as the entity stage reads it back from Parquet
        document = CleanText(
            entry.doc_id,
            cleaned.text,
            OffsetMap(tuple(offsets.clean_starts), tuple(offsets.raw_starts), len(cleaned.text)),
        )
        dated_by = document_date(
            result.published, result.raw_text, max_lines=params.dates.shown_date_lines
        )
        texts.append((document, dated_by))
    read = _EntityReader(params.ner, kb, corpus)
    found = read.entities([d for d, _ in texts if d.text], rows.problems)
    dated = []
    for document, published in texts:
        entities = found.get(document.doc_id)
        if entities is None:  # no text, or the model failed on it
            continue
        rows.add_entities(entities)
        dated.append(
            DatedText(
                document,
                published,
                [start for start, _ in entities.sentences],
                [(start, end) for start, end, _ in entities.time_spans],
            )
        )
    rows.add_dates(list(extract_timexes(dated, conventions=params.dates)))
    return rows


class _EntityReader:
    """The entity stage on whole chunks in this process; a chunk the model raises on is
    read again without the documents that raise alone (each a problem row)."""

    def __init__(self, params: NerParams, kb: KnowledgeBase | None, corpus: CorpusEvidence) -> None:
        self.params = dataclasses.replace(params, n_process=1)
        self.kb, self.corpus = kb, corpus
        # Not installed or broken: the run stops here, it is not a document's problem.
        load_pipeline(params.model, tuple(params.exclude), model_patterns(params, kb))

    def read(self, documents: list[CleanText]) -> list[DocumentEntities]:
        return list(extract_entities(documents, params=self.params, kb=self.kb, corpus=self.corpus))

    def entities(
        self, documents: list[CleanText], problems: list[Problem]
    ) -> dict[str, DocumentEntities]:
        try:
            return {result.doc_id: result for result in self.read(documents)}
        except ExtractError:
            raise
        except Exception:  # some document of the partition; found chunk by chunk
            found: dict[str, DocumentEntities] = {}
            for chunk in chunked(documents, self.params.documents_per_task):
                kept = self._chunk_without_failures(chunk, problems)
                found.update((result.doc_id, result) for result in kept)
            return found

    def _chunk_without_failures(
        self, chunk: list[CleanText], problems: list[Problem]
    ) -> list[DocumentEntities]:
        try:
            return self.read(chunk)
        except ExtractError:
            raise
        except Exception:  # which document it was is found next
            pass
        kept = []
        for document in chunk:
            try:
                self.read([document])
            except ExtractError:
                raise
            except Exception as err:  # this document is the problem
                detail = f"the entity model raised {type(err).__name__}: {err}"
                log.warning("%s: %s: %s", document.doc_id, MODEL_ERROR, detail)
                problems.append(Problem(document.doc_id, MODEL_ERROR, detail))
                continue
            kept.append(document)
        try:
            return self.read(kept) if kept else []
        except Exception:  # they fail only together: each is read alone
            return [result for document in kept for result in self.read([document])]
