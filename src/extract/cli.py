"""The ``extract`` command: the pipeline's stages on any folder, without DVC."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from extract import __version__
from extract.bench import benchmark, dask_benchmark, format_report
from extract.bench_long import format_long_report, long_benchmark
from extract.cli_gold import gold_app
from extract.config import Params, load_params
from extract.errors import ExtractError
from extract.evaluation.evaluate import timex_error_lines
from extract.evaluation.gate import gate_failures, gate_minimums
from extract.evaluation.ner_comparison import (
    RETAINED_LABELS,
    compare_with_raw_model,
    retention_on_news,
)
from extract.evaluation.report import format_metrics
from extract.evaluation.timeml import read_timeml_folder
from extract.evaluation.timeml_benchmark import format_benchmark, run_benchmark
from extract.gold.loader import load_gold
from extract.ingest.decoding import decode_bytes
from extract.linking.kb import load_kb
from extract.ner.nlp import check_labels
from extract.stages import files
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.evaluate import run_evaluate
from extract.stages.ingest import run_ingest
from extract.stages.kb_draft import run_kb_draft
from extract.stages.link import run_link
from extract.stages.no_kb_sets import NoKbSet
from extract.stages.report import run_report
from extract.stages.run_record import start_run, write_run_record
from extract.stages.table_check import check_tables
from extract.stages.timeline import run_timeline
from extract.tables.layout import TableLayout, table_layout
from extract.tables.parquet_io import write_json

log = logging.getLogger("extract")
CORPUS_KB_FILE = "kb.yaml"  # a corpus's own knowledge base, beside its documents

# Plain click help: typer's rich help shows every flag as taking a <bool> value.
HELP_STYLE = None
app = typer.Typer(
    add_completion=False, no_args_is_help=True, help=__doc__, rich_markup_mode=HELP_STYLE
)
kb_app = typer.Typer(
    no_args_is_help=True, help="Knowledge-base tools.", rich_markup_mode=HELP_STYLE
)
app.add_typer(kb_app, name="kb")
app.add_typer(gold_app, name="gold")


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"extract {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Turn a folder of raw documents into Parquet tables of entities and time expressions."""


RawOption = Annotated[Path, typer.Option("--raw", help="Folder of raw documents.")]
OutOption = Annotated[Path, typer.Option("--out", help="Folder the tables are written to.")]
ParamsOption = Annotated[
    Path | None,
    typer.Option("--params", help="Settings file; default: ./params.yaml if present."),
]
KbOption = Annotated[
    Path | None,
    typer.Option("--kb", help="Knowledge base file; default: RAW/kb.yaml if present, else none."),
]
StrictOption = Annotated[
    bool, typer.Option("--strict", help="Exit with status 1 when any input file had a problem.")
]


def _setup(params_path: Path | None) -> Params:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if params_path is None and Path("params.yaml").exists():
        params_path = Path("params.yaml")
    return load_params(params_path)


def _kb_path(kb: Path | None, raw: Path | None = None) -> Path | None:
    """The KB given, else the corpus's own ``RAW/kb.yaml``; never one from the current
    folder, so a new case is not silently given another case's names."""
    if kb is not None:
        return kb
    beside = raw / CORPUS_KB_FILE if raw is not None else None
    return beside if beside is not None and beside.is_file() else None


def _settings_file(params: Path | None) -> Path | None:
    """The settings file a command used: --params, else ./params.yaml, else none (defaults)."""
    return params or (Path("params.yaml") if Path("params.yaml").exists() else None)


def _log_setup(params: Path | None, kb: Path | None, settings: Params) -> None:
    log.info(
        "settings: %s; knowledge base: %s; model: %s",
        _settings_file(params) or "defaults",
        kb or "none (entities are discovered)",
        settings.ner.model,
    )


def _fail(err: Exception) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(code=2)


@app.command()
def run(
    raw: RawOption,
    out: OutOption,
    params: ParamsOption = None,
    kb: KbOption = None,
    strict: StrictOption = False,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="local (this machine) or dask (a Dask cluster); default: params.yaml engine.name.",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786, tls://...); implies --engine dask. "
            "Default: engine.address, else a LocalCluster of engine.workers processes.",
        ),
    ] = None,
) -> None:
    """Run every stage on RAW, writing every table to OUT, then OUT/run.json.

    Reads RAW (documents, manifest.csv, kb.yaml); writes ingested, problems,
    documents, boilerplate, mentions_unlinked, sentences, model_times, mentions,
    entities, dates and timeline (.parquet, or dataset folders with tables.layout:
    dataset), and run.json, which names the run.
    """
    try:
        settings = _setup(params)
        kb_path = _kb_path(kb, raw)
        _log_setup(params, kb_path, settings)
        # Model, labels and KB checked before any stage writes a table.
        check_labels(settings.ner.model, settings.ner.exclude, settings.ner.labels)
        if kb_path is not None:
            load_kb(kb_path)
        use_dask = scheduler is not None or (engine or settings.engine.name) == "dask"
        if engine not in (None, "local", "dask"):
            raise ExtractError(f"--engine must be local or dask, got {engine!r}")
        started = start_run(out)
        with table_layout(
            TableLayout.from_setting(settings.tables.layout, settings.tables.rows_per_file)
        ):
            if use_dask and engine != "local":
                problems = _dask_stages(raw, out, settings, kb_path, scheduler)
            else:
                problems = run_ingest(raw, out, params=settings, show_progress=True)
                run_clean(out, params=settings, show_progress=True)
                run_entities(out, params=settings, kb_path=kb_path, show_progress=True)
                run_dates(out, params=settings, show_progress=True)
            run_link(out, params=settings, kb_path=kb_path, show_progress=True)
            run_timeline(out)
        write_run_record(
            out,
            settings=settings,
            settings_file=_settings_file(params),
            kb_path=kb_path,
            started=started,
        )
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    if strict and problems:
        typer.echo(f"{problems} input problem(s); see {out / files.PROBLEMS_FILE}", err=True)
        raise typer.Exit(code=1)


def _dask_stages(
    raw: Path, out: Path, settings: Params, kb_path: Path | None, scheduler: str | None
) -> int:
    """Ingest, clean, entities and dates as Dask tasks; returns the problem count."""
    from extract.engine.cluster import dask_client  # distributed loads for a Dask run only
    from extract.engine.dask_run import run_on_dask

    with dask_client(settings.engine, address=scheduler) as client:
        return run_on_dask(
            raw, out, params=settings, kb_path=kb_path, client=client, show_progress=True
        )


@app.command()
def ingest(
    raw: RawOption,
    out: OutOption,
    params: ParamsOption = None,
    strict: StrictOption = False,
) -> None:
    """Decode every document under RAW (writes ingested.parquet, problems.parquet)."""
    try:
        problems = run_ingest(raw, out, params=_setup(params), show_progress=True)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    if strict and problems:
        raise typer.Exit(code=1)


@app.command()
def clean(out: OutOption, params: ParamsOption = None) -> None:
    """Strip boilerplate: reads OUT/ingested.parquet, writes documents.parquet and
    boilerplate.parquet."""
    try:
        run_clean(out, params=_setup(params), show_progress=True)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err


@app.command()
def entities(out: OutOption, params: ParamsOption = None, kb: KbOption = None) -> None:
    """Named entities: reads OUT/documents.parquet, writes mentions_unlinked.parquet,
    sentences.parquet and model_times.parquet."""
    try:
        run_entities(out, params=_setup(params), kb_path=_kb_path(kb), show_progress=True)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err


@app.command()
def link(out: OutOption, params: ParamsOption = None, kb: KbOption = None) -> None:
    """Link mentions: reads OUT/mentions_unlinked.parquet and documents.parquet, writes
    mentions.parquet and entities.parquet."""
    try:
        run_link(out, params=_setup(params), kb_path=_kb_path(kb), show_progress=True)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err


@app.command()
def dates(out: OutOption, params: ParamsOption = None) -> None:
    """Time expressions: reads OUT/documents.parquet, sentences.parquet and
    model_times.parquet, writes dates.parquet."""
    settings = _setup(params)
    try:
        run_dates(out, params=settings, show_progress=True)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err


@app.command()
def report(
    out: OutOption,
    params: ParamsOption = None,
    metrics: Annotated[
        Path | None,
        typer.Option("--metrics", help="Gate figures to show; default: OUT/metrics.json if any."),
    ] = None,
    top_entities: Annotated[
        int, typer.Option("--top-entities", min=1, help="Entity rows of the chronology chart.")
    ] = 15,
) -> None:
    """The report: reads every table in OUT (and metrics.json), writes OUT/report.html,
    one page that opens in a browser with no network."""
    try:
        path = run_report(
            out, params=_setup(params), metrics_path=metrics, top_entities=top_entities
        )
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    typer.echo(f"wrote {path}")


@app.command()
def check(out: OutOption) -> None:
    """Whether the tables in OUT come from one finished run and match the contract's
    schemas: reads OUT/run.json and every table; exit 1 and each fault when not."""
    record, faults = check_tables(out)
    for fault in faults:
        typer.echo(f"error: {fault}", err=True)
    if faults or record is None:
        raise typer.Exit(code=1)
    typer.echo(
        f"{len(record['tables'])} tables from run {record['run_id']} "
        f"(finished {record['finished']}) match the contract"
    )


@app.command()
def evaluate(
    out: OutOption,
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold *.jsonl files.")] = Path(
        "gold"
    ),
    params: ParamsOption = None,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when a figure is below its minimum.")
    ] = False,
    no_kb: Annotated[
        list[str] | None,
        typer.Option(
            "--no-kb",
            help="NAME:GOLD_DIR:RAW_DIR: also run every stage without a knowledge base on that "
            "gold set's documents and score them under NAME (repeatable).",
        ),
    ] = None,
) -> None:
    """Score the tables in OUT against the gold set (metrics.json, errors.md)."""
    try:
        settings = _setup(params)
        sets = [NoKbSet.parse(text) for text in no_kb or []]
        # A corpus's own minimums (GOLD/minimums.yaml) win over the settings' ones.
        minimums, minimums_source = gate_minimums(gold, settings.evaluate.minimums)
        result = run_evaluate(out, gold, params=settings, no_kb_sets=sets)
    except (ExtractError, OSError, ValueError) as err:
        raise _fail(err) from err
    typer.echo(format_metrics(result.metrics))
    if check:
        failures = gate_failures(result.metrics, minimums)
        for failure in failures:
            typer.echo(f"below minimum: {failure}", err=True)
        if failures:
            typer.echo(f"minimums from {minimums_source}", err=True)
            raise typer.Exit(code=1)
        typer.echo(f"gate passed: {len(minimums)} minimums met ({minimums_source})")


@app.command("evaluate-timeml")
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
        settings = _setup(params)
        documents = read_timeml_folder(folder)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
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


@app.command("compare-ner")
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
        settings = _setup(params)
        raw_texts = {p.name: decode_bytes(p.read_bytes()).text for p in sorted(raw.glob("*.txt"))}
        gold_spans = load_gold(gold, raw_texts)
        knowledge = load_kb(path) if (path := _kb_path(kb)) else None
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
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


@app.command("ner-retention")
def ner_retention(
    folder: Annotated[Path, typer.Argument(help="Folder of news .txt files (recursive).")],
    every: Annotated[int, typer.Option("--every", help="Use every n-th file.")] = 10,
    params: ParamsOption = None,
    kb: KbOption = None,
) -> None:
    """Share of the bare model's PERSON/ORG/GPE entities the entity stage keeps."""
    try:
        settings = _setup(params)
        files = sorted(folder.rglob("*.txt"))[::every]
        texts = {p.relative_to(folder).as_posix(): decode_bytes(p.read_bytes()).text for p in files}
        knowledge = load_kb(path) if (path := _kb_path(kb)) else None
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
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
        f"relabelled PERSON as the surname of a person the document names in full: "
        f"{sum(retention.to_person.values())}; relabelled NORP as a party's name "
        f"qualifying a noun: {sum(retention.to_norp.values())}; kept or so relabelled "
        f"({retention.share(with_person_names=True):.4f})"
    )


@app.command()
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
        settings = _setup(params)
        if long:
            report = long_benchmark(raw, params=settings)
        elif engine == "dask":
            counts = _worker_counts(workers)
            report = dask_benchmark(
                raw,
                params=settings,
                kb_path=_kb_path(kb, raw),
                workers=counts,
                processes=processes if processes > 1 else counts[-1],
                scale=scale,
            )
        elif engine != "local":
            raise ExtractError(f"--engine must be local or dask, got {engine!r}")
        else:
            report = benchmark(
                raw, params=settings, kb_path=_kb_path(kb, raw), processes=processes, scale=scale
            )
    except (ExtractError, OSError, ValueError) as err:
        raise _fail(err) from err
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


@kb_app.command("draft")
def kb_draft(
    out: OutOption,
    to: Annotated[
        Path | None, typer.Option("--to", help="KB file to write; default: OUT/kb-draft.yaml.")
    ] = None,
    min_mentions: Annotated[
        int, typer.Option("--min-mentions", min=1, help="Leave out rarer entities.")
    ] = 1,
) -> None:
    """Write the entities discovered in OUT (entities.parquet, mentions.parquet,
    sentences.parquet, documents.parquet) as a KB to review and pass back with --kb."""
    target = to or out / "kb-draft.yaml"
    try:
        count = run_kb_draft(out, target, min_mentions=min_mentions)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    typer.echo(f"wrote {count} entities to {target}")
