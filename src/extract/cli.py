"""The ``extract`` command: the pipeline's stages on any folder, without DVC."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from extract import __version__
from extract.cli_common import (
    KbOption,
    OutOption,
    ParamsOption,
    RawOption,
    StrictOption,
    fail,
    kb_path_for,
    log_setup,
    settings_file,
    setup_command,
)
from extract.cli_gold import gold_app
from extract.cli_measure import register as register_measurements
from extract.config import Params
from extract.errors import ExtractError
from extract.evaluation.gate import gate_failures, gate_minimums
from extract.evaluation.report import format_metrics
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
        settings = setup_command(params)
        kb_path = kb_path_for(kb, raw)
        log_setup(params, kb_path, settings)
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
            settings_file=settings_file(params),
            kb_path=kb_path,
            started=started,
        )
    except (ExtractError, OSError) as err:
        raise fail(err) from err
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
        problems = run_ingest(raw, out, params=setup_command(params), show_progress=True)
    except (ExtractError, OSError) as err:
        raise fail(err) from err
    if strict and problems:
        raise typer.Exit(code=1)


@app.command()
def clean(out: OutOption, params: ParamsOption = None) -> None:
    """Strip boilerplate: reads OUT/ingested.parquet, writes documents.parquet and
    boilerplate.parquet."""
    try:
        run_clean(out, params=setup_command(params), show_progress=True)
    except (ExtractError, OSError) as err:
        raise fail(err) from err


@app.command()
def entities(out: OutOption, params: ParamsOption = None, kb: KbOption = None) -> None:
    """Named entities: reads OUT/documents.parquet, writes mentions_unlinked.parquet,
    sentences.parquet and model_times.parquet."""
    try:
        run_entities(out, params=setup_command(params), kb_path=kb_path_for(kb), show_progress=True)
    except (ExtractError, OSError) as err:
        raise fail(err) from err


@app.command()
def link(out: OutOption, params: ParamsOption = None, kb: KbOption = None) -> None:
    """Link mentions: reads OUT/mentions_unlinked.parquet and documents.parquet, writes
    mentions.parquet and entities.parquet."""
    try:
        run_link(out, params=setup_command(params), kb_path=kb_path_for(kb), show_progress=True)
    except (ExtractError, OSError) as err:
        raise fail(err) from err


@app.command()
def dates(out: OutOption, params: ParamsOption = None) -> None:
    """Time expressions: reads OUT/documents.parquet, sentences.parquet and
    model_times.parquet, writes dates.parquet."""
    settings = setup_command(params)
    try:
        run_dates(out, params=settings, show_progress=True)
    except (ExtractError, OSError) as err:
        raise fail(err) from err


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
            out, params=setup_command(params), metrics_path=metrics, top_entities=top_entities
        )
    except (ExtractError, OSError) as err:
        raise fail(err) from err
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
        settings = setup_command(params)
        sets = [NoKbSet.parse(text) for text in no_kb or []]
        # A corpus's own minimums (GOLD/minimums.yaml) win over the settings' ones.
        minimums, minimums_source = gate_minimums(gold, settings.evaluate.minimums)
        result = run_evaluate(out, gold, params=settings, no_kb_sets=sets)
    except (ExtractError, OSError, ValueError) as err:
        raise fail(err) from err
    typer.echo(format_metrics(result.metrics))
    if check:
        failures = gate_failures(result.metrics, minimums)
        for failure in failures:
            typer.echo(f"below minimum: {failure}", err=True)
        if failures:
            typer.echo(f"minimums from {minimums_source}", err=True)
            raise typer.Exit(code=1)
        typer.echo(f"gate passed: {len(minimums)} minimums met ({minimums_source})")


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
        raise fail(err) from err
    typer.echo(f"wrote {count} entities to {target}")


# After the pipeline's own commands, so --help lists them in that order.
register_measurements(app)
