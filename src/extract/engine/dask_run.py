"""The per-document stages of a run as Dask tasks, and their tables written here.

Round one surveys every file (partitions of ``engine.partition_docs`` files, all
submitted at once: their results are small); from it the client names the run and
cuts the work partitions (extract.engine.plan), and a task merges the corpus
evidence the entity stage reads. Round two runs ingest, clean, entities and dates
on each work partition; at most two partitions per worker thread are in flight,
and results are written in document order as they come, so the client holds a
few partitions whatever the corpus. The tables are those of a local run, byte for
byte. The cost of this: every file is read and cleaned twice (ingest and clean
are about 2% of a local run's time on BBC News).

A worker lost mid-run costs only its tasks: the scheduler runs them again on
another worker (Dask's ``distributed.scheduler.allowed-failures``, 3 by default,
bounds how often one task may lose its worker before the run stops).
"""

from __future__ import annotations

import logging
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from distributed import Client, Future, KilledWorker

from extract.config import Params
from extract.engine.cluster import worker_threads
from extract.engine.plan import FileEntry, file_partitions, work_partitions
from extract.engine.rows import PartitionRows, RunTables
from extract.engine.tasks import (
    PreloadModel,
    merge_evidence,
    model_patterns,
    process_files,
    survey_files,
)
from extract.errors import ExtractError
from extract.ingest.reader import discover_files, load_manifest
from extract.linking.kb import KnowledgeBase, load_kb
from extract.ner.corpus_evidence import CorpusEvidence
from extract.progress import progress_bar
from extract.stages.ingest import write_problems
from extract.stages.run_record import inputs_digest, run_identity
from extract.tables.records import Problem

log = logging.getLogger(__name__)

Result = TypeVar("Result")


def run_on_dask(
    raw_dir: Path,
    out_dir: Path,
    *,
    params: Params,
    kb_path: Path | None,
    client: Client,
    show_progress: bool = False,
) -> int:
    """Ingest, clean, entities and dates of ``raw_dir`` on ``client``'s cluster, writing
    their tables to ``out_dir`` as the local stages do; returns the problem count.

    Every worker must read ``raw_dir`` at the same absolute path (shared storage).
    """
    kb = load_kb(kb_path) if kb_path is not None else None
    entries, problems = list_files(raw_dir, params=params)
    inputs = [(problem.doc_id, f"problem:{problem.kind}") for problem in problems]
    client.register_plugin(PreloadModel(params.ner, model_patterns(params.ner, kb)))
    token = uuid.uuid4().hex[:8]  # task keys of this run only
    survey_futures = [
        client.submit(survey_files, part, params=params, key=f"extract-survey-{token}-{index}")
        for index, part in enumerate(file_partitions(entries, params.engine.partition_docs))
    ]
    # The corpus evidence stays on the cluster: every work task reads it, and a worker
    # lost with it is rebuilt from the survey tasks, as any other result.
    corpus = client.submit(
        merge_evidence, survey_futures, params=params.ner, key=f"extract-evidence-{token}"
    )
    surveys = [survey for future in survey_futures for survey in _take(future).surveys]
    for survey in surveys:
        if survey.problem is not None:
            problem = survey.problem
            log.warning("%s: %s: %s", raw_dir / problem.doc_id, problem.kind, problem.detail)
            problems.append(problem)
    inputs += [(survey.doc_id, survey.input_key) for survey in surveys]
    digest = inputs_digest(inputs)
    run_id = run_identity(params, digest)
    partitions = work_partitions(
        entries,
        surveys,
        partition_docs=params.engine.partition_docs,
        chunk_docs=params.ner.documents_per_task,
    )
    digests = {survey.doc_id: str(survey.sha256) for survey in surveys}
    results = _in_order(
        client,
        _process,
        [(partition, [digests[entry.doc_id] for entry in partition]) for partition in partitions],
        key=f"extract-work-{token}",
        params=params,
        kb=kb,
        corpus=corpus,
    )
    written = 0
    with RunTables(out_dir, run_id=run_id, inputs_sha256=digest) as tables:
        for part in progress_bar(results, desc="dask", unit="part", enabled=show_progress):
            tables.write(part)
            problems.extend(part.problems)
            written += len(part.documents)
    corpus.release()  # type: ignore[no-untyped-call]
    write_problems(problems, out_dir, run_id=run_id)
    log.info(
        "ingested %d documents, %d problems, on %d workers into %s",
        written,
        len(problems),
        len(client.scheduler_info(n_workers=-1)["workers"]),
        out_dir,
    )
    return len(problems)


def _process(
    work: tuple[list[FileEntry], list[str]],
    *,
    params: Params,
    kb: KnowledgeBase | None,
    corpus: CorpusEvidence,
) -> PartitionRows:
    """A work partition and the survey's digests of its files."""
    entries, digests = work
    return process_files(entries, digests=digests, params=params, kb=kb, corpus=corpus)


def list_files(raw_dir: Path, *, params: Params) -> tuple[list[FileEntry], list[Problem]]:
    """The document files under ``raw_dir`` as the ingest stage orders them, and the
    problems found before any file is read (unsupported files, manifest faults)."""
    if not raw_dir.is_dir():
        raise NotADirectoryError(f"{raw_dir}: raw folder not found")
    paths, problems = discover_files(raw_dir, params=params.ingest)
    manifest, manifest_problems = load_manifest(raw_dir, params.ingest, paths)
    problems = [*problems, *manifest_problems]
    for problem in problems:
        log.warning("%s: %s: %s", raw_dir / problem.doc_id, problem.kind, problem.detail)
    entries = []
    for path in paths:
        doc_id = path.relative_to(raw_dir).as_posix()
        entries.append(FileEntry(path.resolve(), doc_id, manifest.get(doc_id)))
    return entries, problems


def _in_order(
    client: Client,
    function: Callable[..., Result],
    partitions: list[Any],
    *,
    key: str,
    **arguments: Any,
) -> Iterator[Result]:
    """``function`` over each partition on the cluster, results in partition order, with
    at most two partitions per worker thread submitted and not yet taken."""
    limit = 2 * worker_threads(client)
    pending: deque[Future[Any]] = deque()
    for index, partition in enumerate(partitions):
        pending.append(client.submit(function, partition, key=f"{key}-{index}", **arguments))
        if len(pending) >= limit:
            yield _take(pending.popleft())
    while pending:
        yield _take(pending.popleft())


class WorkerLostError(ExtractError):
    """A task lost its worker more often than the scheduler allows."""


def _take(future: Future[Any]) -> Any:
    try:
        result = future.result()
    except KilledWorker as err:
        raise WorkerLostError(
            f"task {future.key} lost its worker more often than Dask's "
            f"distributed.scheduler.allowed-failures allows; a document of that partition "
            f"may exhaust a worker's memory (engine.partition_docs smaller, or more memory "
            f"per worker, narrows it down): {err}"
        ) from err
    future.release()  # type: ignore[no-untyped-call]
    return result
