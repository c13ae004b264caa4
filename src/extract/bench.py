"""Throughput and memory of the pipeline against the spaCy model it wraps.

Every measured run happens in a fresh child process (one process tree, one
invocation), so each peak resident memory figure belongs to that run alone:
- baseline: the same model and components, ``nlp.pipe`` over the decoded
  documents and nothing else;
- pipeline: ingest, clean, entities, link, dates, with every Parquet write;
- optionally the pipeline with ``n_process`` workers (its tables compared byte
  for byte with the single-process run) and on the corpus repeated N times;
- or (``dask_benchmark``) the pipeline on LocalClusters of 1, 2, ... Dask workers
  against the local ``n_process`` run, with each worker's peak memory.
Model loading (and a cluster's start) is timed apart and left out of throughputs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from extract.config import Params
from extract.ingest.reader import iter_ingest
from extract.linking.kb import load_kb
from extract.ner.kb_ruler import kb_patterns
from extract.ner.nlp import load_pipeline
from extract.stages import files
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.ingest import run_ingest
from extract.stages.link import run_link
from extract.tables.records import RawDocument

OUTPUT_TABLES = (
    files.INGESTED_FILE,
    files.PROBLEMS_FILE,
    files.DOCUMENTS_FILE,
    files.BOILERPLATE_FILE,
    files.MENTIONS_FILE,
    files.ENTITIES_FILE,
    files.SENTENCES_FILE,
    files.MODEL_TIMES_FILE,
    files.DATES_FILE,
)


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_worker_rss_mib() -> float:
    """Largest peak of any finished worker process (0 when there were none)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_baseline(raw_dir: Path, params: Params) -> dict[str, Any]:
    """The bare model over the documents (child process)."""
    started = time.perf_counter()
    nlp = load_pipeline(params.ner.model, tuple(params.ner.exclude))
    load_seconds = time.perf_counter() - started
    texts = [
        r.raw_text for r in iter_ingest(raw_dir, params=params.ingest) if isinstance(r, RawDocument)
    ]
    words = sum(len(text.split()) for text in texts)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=params.ner.batch_size, n_process=params.ner.n_process):
        pass
    seconds = time.perf_counter() - started
    return {
        "documents": len(texts),
        "words": words,
        "model_load_seconds": round(load_seconds, 2),
        "seconds": {"nlp.pipe": round(seconds, 2)},
        "total_seconds": round(seconds, 2),
        "words_per_second": round(words / seconds, 1),
        "peak_rss_mib": round(_peak_rss_mib(), 1),
    }


def run_pipeline(
    raw_dir: Path, out_dir: Path, params: Params, kb_path: Path | None
) -> dict[str, Any]:
    """Every stage with its Parquet writes (child process)."""
    started = time.perf_counter()
    kb = load_kb(kb_path) if kb_path else None
    patterns = tuple(kb_patterns(kb, name_parts=params.ner.kb_name_parts)) if kb else ()
    load_pipeline(
        params.ner.model, tuple(params.ner.exclude), patterns if params.ner.kb_patterns else ()
    )
    load_seconds = time.perf_counter() - started
    seconds: dict[str, float] = {}
    peak_after: dict[str, float] = {}

    def timed(name: str, action: Any) -> None:
        began = time.perf_counter()
        action()
        seconds[name] = round(time.perf_counter() - began, 2)
        peak_after[name] = round(_peak_rss_mib(), 1)  # which stage set the peak

    timed("ingest", lambda: run_ingest(raw_dir, out_dir, params=params))
    timed("clean", lambda: run_clean(out_dir, params=params))
    timed("entities", lambda: run_entities(out_dir, params=params, kb_path=kb_path))
    timed("link", lambda: run_link(out_dir, params=params, kb_path=kb_path))
    timed("dates", lambda: run_dates(out_dir, params=params))
    documents, words = _count_words(raw_dir, params)
    total = sum(seconds.values())
    return {
        "documents": documents,
        "words": words,
        "model_load_seconds": round(load_seconds, 2),
        "seconds": seconds,
        "total_seconds": round(total, 2),
        "words_per_second": round(words / total, 1),
        "peak_rss_mib": round(_peak_rss_mib(), 1),
        "peak_rss_after_stage_mib": peak_after,
        "peak_worker_rss_mib": round(_peak_worker_rss_mib(), 1),
        "tables_sha256": _table_digests(out_dir),
    }


def run_dask_pipeline(
    raw_dir: Path, out_dir: Path, params: Params, kb_path: Path | None, workers: int
) -> dict[str, Any]:
    """The pipeline with ingest, clean, entities and dates on a LocalCluster of ``workers``
    processes and link here (child process); each worker's peak memory is read at the end."""
    from extract.engine.cluster import dask_client  # distributed loads for these runs only
    from extract.engine.dask_run import run_on_dask
    from extract.engine.tasks import PreloadModel, model_patterns

    started = time.perf_counter()
    engine = dataclasses.replace(params.engine, workers=workers, address="")
    kb = load_kb(kb_path) if kb_path else None
    seconds: dict[str, float] = {}
    with dask_client(engine) as client:
        client.register_plugin(PreloadModel(params.ner, model_patterns(params.ner, kb)))
        load_seconds = time.perf_counter() - started  # cluster start and model loads
        began = time.perf_counter()
        run_on_dask(raw_dir, out_dir, params=params, kb_path=kb_path, client=client)
        seconds["dask"] = round(time.perf_counter() - began, 2)
        began = time.perf_counter()
        run_link(out_dir, params=params, kb_path=kb_path)
        seconds["link"] = round(time.perf_counter() - began, 2)
        worker_peaks = sorted(client.run(_peak_rss_mib).values())
    documents, words = _count_words(raw_dir, params)
    total = sum(seconds.values())
    return {
        "documents": documents,
        "words": words,
        "workers": workers,
        "model_load_seconds": round(load_seconds, 2),
        "seconds": seconds,
        "total_seconds": round(total, 2),
        "words_per_second": round(words / total, 1),
        "peak_rss_mib": round(_peak_rss_mib(), 1),
        "peak_worker_rss_mib": round(max(worker_peaks), 1),
        "worker_peaks_mib": [round(peak, 1) for peak in worker_peaks],
        "tables_sha256": _table_digests(out_dir),
    }


def _count_words(raw_dir: Path, params: Params) -> tuple[int, int]:
    documents, words = 0, 0
    for record in iter_ingest(raw_dir, params=params.ingest):  # streamed: no corpus-sized list
        if isinstance(record, RawDocument):
            documents += 1
            words += len(record.raw_text.split())
    return documents, words


def _table_digests(out_dir: Path) -> dict[str, str]:
    return {
        name: hashlib.sha256((out_dir / name).read_bytes()).hexdigest() for name in OUTPUT_TABLES
    }


def dask_benchmark(
    raw_dir: Path,
    *,
    params: Params,
    kb_path: Path | None,
    workers: list[int],
    processes: int,
    scale: int = 1,
) -> dict[str, Any]:
    """The local ``n_process`` run, a Dask run per worker count, optionally the largest
    on the corpus repeated ``scale`` times, and the ratios the targets are stated in."""
    local = dataclasses.replace(params, ner=dataclasses.replace(params.ner, n_process=processes))
    report: dict[str, Any] = {"corpus": str(raw_dir)}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        local_name = f"pipeline_n_process_{processes}"
        report[local_name] = in_child(run_pipeline, raw_dir, work / "local", local, kb_path)
        runs = {}
        for count in workers:
            run = in_child(
                run_dask_pipeline, raw_dir, work / f"dask-{count}", params, kb_path, count
            )
            runs[count] = report[f"dask_{count}_workers"] = run
        first, last = runs[workers[0]], runs[workers[-1]]
        for count in workers[1:]:
            report[f"dask_speedup_{count}_over_{workers[0]}"] = round(
                runs[count]["words_per_second"] / first["words_per_second"], 3
            )
        report[f"dask_{workers[-1]}_over_n_process_{processes}"] = round(
            last["words_per_second"] / report[local_name]["words_per_second"], 3
        )
        expected = report[local_name]["tables_sha256"]
        report["dask_tables_identical"] = all(r["tables_sha256"] == expected for r in runs.values())
        if scale > 1:
            corpus = repeated_corpus(raw_dir, scale, work / f"raw-x{scale}")
            name = f"dask_{workers[-1]}_workers_corpus_x{scale}"
            report[name] = in_child(
                run_dask_pipeline, corpus, work / "dask-scaled", params, kb_path, workers[-1]
            )
            report["dask_worker_memory_ratio_scaled"] = round(
                report[name]["peak_worker_rss_mib"] / last["peak_worker_rss_mib"], 3
            )
    return report


def in_child(function: Any, *args: Any) -> dict[str, Any]:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        result: dict[str, Any] = pool.submit(function, *args).result()
        return result


def repeated_corpus(raw_dir: Path, copies: int, target: Path) -> Path:
    """``raw_dir`` repeated ``copies`` times as subfolders of symbolic links."""
    for copy in range(1, copies + 1):
        for path in sorted(raw_dir.rglob("*")):
            if path.is_file():
                link = target / f"copy-{copy}" / path.relative_to(raw_dir)
                link.parent.mkdir(parents=True, exist_ok=True)
                link.symlink_to(path.resolve())
    return target


def benchmark(
    raw_dir: Path, *, params: Params, kb_path: Path | None, processes: int = 1, scale: int = 1
) -> dict[str, Any]:
    """All runs and the ratios the targets are stated in."""
    single = dataclasses.replace(params, ner=dataclasses.replace(params.ner, n_process=1))
    report: dict[str, Any] = {"corpus": str(raw_dir)}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        report["baseline"] = in_child(run_baseline, raw_dir, single)
        report["pipeline"] = in_child(run_pipeline, raw_dir, work / "one", single, kb_path)
        report["throughput_ratio"] = round(
            report["pipeline"]["words_per_second"] / report["baseline"]["words_per_second"], 3
        )
        if processes > 1:
            parallel = dataclasses.replace(
                params, ner=dataclasses.replace(params.ner, n_process=processes)
            )
            run = in_child(run_pipeline, raw_dir, work / "parallel", parallel, kb_path)
            report[f"pipeline_n_process_{processes}"] = run
            report["parallel_speedup"] = round(
                run["words_per_second"] / report["pipeline"]["words_per_second"], 3
            )
            report["parallel_tables_identical"] = (
                run["tables_sha256"] == report["pipeline"]["tables_sha256"]
            )
        if scale > 1:
            corpus = repeated_corpus(raw_dir, scale, work / f"raw-x{scale}")
            run = in_child(run_pipeline, corpus, work / "scaled", single, kb_path)
            report[f"pipeline_corpus_x{scale}"] = run
            report["memory_ratio_scaled"] = round(
                run["peak_rss_mib"] / report["pipeline"]["peak_rss_mib"], 3
            )
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"{'run':28s} {'docs':>6s} {'words':>9s} {'seconds':>8s} {'words/s':>9s} {'peak MiB':>9s}"
    ]
    for name, run in report.items():
        if isinstance(run, dict) and "words_per_second" in run:
            lines.append(
                f"{name:28s} {run['documents']:6d} {run['words']:9d} {run['total_seconds']:8.1f} "
                f"{run['words_per_second']:9.1f} {run['peak_rss_mib']:9.1f}"
            )
            stage_times = ", ".join(f"{k} {v:.1f}s" for k, v in run["seconds"].items())
            workers = run.get("peak_worker_rss_mib", 0.0)
            worker_note = f", worker peak {workers:.0f} MiB" if workers else ""
            lines.append(
                f"{'':28s} {stage_times} (model load {run['model_load_seconds']:.1f}s{worker_note})"
            )
            peaks = run.get("peak_rss_after_stage_mib", {})
            if peaks:
                after = ", ".join(f"{k} {v:.0f}" for k, v in peaks.items())
                lines.append(f"{'':28s} peak MiB after {after}")
    for key, value in report.items():  # the ratios, in the order they were measured
        if key != "corpus" and not isinstance(value, dict):
            lines.append(f"{key}: {value}")
    return "\n".join(lines)
