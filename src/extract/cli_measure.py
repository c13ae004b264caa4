"""The ``extract`` commands that measure rather than build tables: TempEval-3 figures,
the bare model against the entity stage, retention on news, and the benchmarks."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extract.bench import benchmark, dask_benchmark, format_report
from extract.bench_long import format_long_report, long_benchmark
from extract.cli_common import (
    KbOption,
    ParamsOption,
    RawOption,
    fail,
    kb_path_for,
    setup_command,
)
from extract.errors import ExtractError
from extract.evaluation.evaluate import timex_error_lines
from extract.evaluation.ner_comparison import (
    RETAINED_LABELS,
    compare_with_raw_model,
    losses_table,
    retention_on_news,
)
from extract.evaluation.timeml import read_timeml_folder
from extract.evaluation.timeml_benchmark import format_benchmark, run_benchmark
from extract.gold.loader import load_gold
from extract.ingest.decoding import decode_bytes
from extract.linking.kb import load_kb
from extract.tables.parquet_io import write_json


def evaluate_timeml(
    folder: Annotated[
        Path, typer.Argument(help="Folder of TimeML .tml files (searched recursively).")
    ],
    params: ParamsOption = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write every mismatch to this file.")
    ] = None,
    project_conventions: Annotated[
        bool,
        typer.Option(
            "--project-conventions",
            help="Tag ages as ANNOTATION.md does (params.yaml dates), "
            "instead of leaving them out as TimeBank does (params.yaml timeml_benchmark).",
        ),
    ] = False,
    without_model: Annotated[
        bool,
        typer.Option(
            "--without-model",
            help="Leave out the model's DATE/TIME spans (grammar only), to measure what they add.",
        ),
    ] = False,
) -> None:
    """Run the time-expression stage on TimeML files and print TempEval-3 figures."""
    try:
        settings = setup_command(params)
        documents = read_timeml_folder(folder)
    except (ExtractError, OSError) as err:
        raise fail(err) from err
    conventions = settings.dates if project_conventions else settings.timeml_benchmark
    result = run_benchmark(
        documents,
        clean=settings.clean,
        conventions=conventions,
        ner=None if without_model else settings.ner,
    )
    source = "dates" if project_conventions else "timeml_benchmark"
    typer.echo(f"conventions (params.yaml {source}): ages={conventions.ages}")
    typer.echo(format_benchmark(result))
    if errors is not None:
        texts = {document.doc_id: document.text for document in documents}
        lines = timex_error_lines(result.overall.alignment, texts)
        errors.write_text("# TimeML errors\n" + "\n".join(lines) + "\n", "utf-8")


def compare_ner(
    raw: RawOption = Path("raw"),
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold *.jsonl files.")] = Path(
        "gold"
    ),
    params: ParamsOption = None,
    kb: KbOption = None,
) -> None:
    """Score the bare spaCy model on the raw files and the entity stage, on the same gold."""
    try:
        settings = setup_command(params)
        raw_texts = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(raw.glob("*.txt"))}
        gold_spans = load_gold(gold, raw_texts)
        knowledge = load_kb(path) if (path := kb_path_for(kb)) else None
    except (ExtractError, OSError) as err:
        raise fail(err) from err
    results = compare_with_raw_model(gold_spans, raw_texts, params=settings, kb=knowledge)
    typer.echo(
        f"{'system':20s} {'strict P':>8s} {'strict R':>8s} {'strict F1':>9s} "
        f"{'partial F1':>10s} {'PERSON F1':>9s}"
    )
    for name, scores in results.items():
        person = scores.per_label.get("PERSON", (scores.strict, scores.partial))[0]
        typer.echo(
            f"{name:20s} {scores.strict.precision:8.4f} {scores.strict.recall:8.4f} "
            f"{scores.strict.f1:9.4f} {scores.partial.f1:10.4f} {person.f1:9.4f}"
        )


def ner_retention(
    folder: Annotated[Path, typer.Argument(help="Folder of news .txt files (recursive).")],
    every: Annotated[int, typer.Option("--every", help="Use every n-th file.")] = 10,
    params: ParamsOption = None,
    kb: KbOption = None,
    losses: Annotated[
        Path | None,
        typer.Option("--losses", help="Write each entity the stage loses to this TSV file."),
    ] = None,
) -> None:
    """Share of the bare model's PERSON/ORG/GPE entities the entity stage keeps."""
    try:
        settings = setup_command(params)
        files = sorted(folder.rglob("*.txt"))[::every]
        texts = {p.relative_to(folder).as_posix(): decode_bytes(p.read_bytes()).text for p in files}
        knowledge = load_kb(path) if (path := kb_path_for(kb)) else None
    except (ExtractError, OSError) as err:
        raise fail(err) from err
    retention = retention_on_news(texts, params=settings, kb=knowledge)
    typer.echo(f"{len(texts)} documents")
    for label in RETAINED_LABELS:
        typer.echo(
            f"{label:7s} kept {retention.kept[label]:5d} of {retention.total[label]:5d} "
            f"({retention.share(label):.4f})"
        )
    typer.echo(
        f"{'all':7s} kept {sum(retention.kept.values()):5d} of "
        f"{sum(retention.total.values()):5d} ({retention.share():.4f})"
    )
    typer.echo(
        f"relabelled PERSON as a name of a person the document names in full or as a "
        f"name after a personal title or a role noun: "
        f"{sum(retention.to_person.values())}; relabelled as a party (ORG) or its "
        f"members (NORP, qualifying a noun): {sum(retention.to_party.values())}; "
        f"relabelled FAC, ORG or GPE by a head noun or part of a name so marked "
        f"(or of a newspaper's name): "
        f"{sum(retention.by_head_noun.values())}; "
        f"an event or a law by its head noun (EVENT, LAW: no entity labels): "
        f"{sum(retention.to_event.values())}; "
        f"kept or so relabelled ({retention.share(with_person_names=True):.4f})"
    )
    if losses is not None:
        losses.write_text(losses_table(retention.lost), encoding="utf-8")
        typer.echo(f"{len(retention.lost)} losses written to {losses}")


def bench(
    raw: RawOption,
    params: ParamsOption = None,
    kb: KbOption = None,
    processes: Annotated[
        int, typer.Option("--processes", help="Also run with this many processes (1: skip).")
    ] = 1,
    scale: Annotated[
        int, typer.Option("--scale", help="Also run on the corpus repeated this many times.")
    ] = 1,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Write the figures here.")
    ] = None,
    long: Annotated[
        bool,
        typer.Option(
            "--long",
            help="Instead: RAW's leading text at 100 KB, 400 KB, 1.6 MB as many files, "
            "one file and one line.",
        ),
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="dask: instead, the pipeline on LocalClusters of --workers Dask workers "
            "against the local run with --processes (default: the most workers).",
        ),
    ] = "local",
    workers: Annotated[
        str, typer.Option("--workers", help="Dask worker counts, comma-separated (1,2).")
    ] = "1,2",
) -> None:
    """Throughput and peak memory: the bare spaCy model versus the whole pipeline."""
    try:
        settings = setup_command(params)
        if long:
            report = long_benchmark(raw, params=settings)
        elif engine == "dask":
            counts = _worker_counts(workers)
            report = dask_benchmark(
                raw,
                params=settings,
                kb_path=kb_path_for(kb, raw),
                workers=counts,
                processes=processes if processes > 1 else counts[-1],
                scale=scale,
            )
        elif engine != "local":
            raise ExtractError(f"--engine must be local or dask, got {engine!r}")
        else:
            report = benchmark(
                raw, params=settings, kb_path=kb_path_for(kb, raw), processes=processes, scale=scale
            )
    except (ExtractError, OSError, ValueError) as err:
        raise fail(err) from err
    typer.echo(format_long_report(report) if long else format_report(report))
    if json_path is not None:
        write_json(report, json_path)


def _worker_counts(text: str) -> list[int]:
    """``1,2`` as [1, 2]; a count below 1 or a word stops with the option named."""
    try:
        counts = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        counts = []
    if not counts or min(counts) < 1:
        raise ExtractError(f"--workers must be counts such as 1,2, got {text!r}")
    return counts


def register(app: typer.Typer) -> None:
    """Add the measurement commands to the ``extract`` command."""
    app.command("evaluate-timeml")(evaluate_timeml)
    app.command("compare-ner")(compare_ner)
    app.command("ner-retention")(ner_retention)
    app.command()(bench)
