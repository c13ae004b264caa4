"""``extract gold``: gold for your own case (pre-annotate, import the corrections, compare)."""

from __future__ import annotations

import logging
import tempfile
from collections import ChainMap
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from extract.config import load_params
from extract.errors import ExtractError
from extract.gold.exchange.agreement import compare_gold, format_agreement
from extract.gold.exchange.brat import read_brat, write_brat
from extract.gold.exchange.documents import GoldExchangeError
from extract.gold.exchange.importing import validated_spans, write_gold
from extract.gold.exchange.label_studio import read_label_studio, write_label_studio
from extract.gold.exchange.pipeline_spans import is_tables_folder, pipeline_documents, run_pipeline
from extract.gold.exchange.texts import load_gold_set
from extract.ingest.reader import CORPUS_KB_FILE
from extract.tables.parquet_io import write_json

log = logging.getLogger("extract")

gold_app = typer.Typer(
    no_args_is_help=True,
    help="Gold for your own case: pre-annotate for Label Studio or brat, import the "
    "corrected annotations as gold JSONL, compare two gold sets.",
)


class ExportFormat(StrEnum):
    label_studio = "label-studio"
    brat = "brat"


def _fail(err: Exception) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(code=2)


@gold_app.command("export")
def export(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="DIR",
            help="A run's tables (the OUT of `extract run`), or a raw folder, on which every "
            "stage is then run first.",
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder the annotation files go to.")],
    format: Annotated[ExportFormat, typer.Option("--format", help="Annotation tool.")],
    docs: Annotated[
        list[str] | None,
        typer.Option("--docs", help="Only documents whose id matches this glob (repeatable)."),
    ] = None,
    params: Annotated[
        Path | None, typer.Option("--params", help="Settings, when DIR is a raw folder.")
    ] = None,
    kb: Annotated[
        Path | None,
        typer.Option("--kb", help="KB, when DIR is a raw folder; default: DIR/kb.yaml if present."),
    ] = None,
) -> None:
    """Write the pipeline's spans of DIR's documents as pre-annotations to correct."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        with tempfile.TemporaryDirectory(prefix="extract-gold-export-") as scratch:
            tables = folder
            if not is_tables_folder(folder):
                if not folder.is_dir():
                    raise NotADirectoryError(f"{folder}: neither a run's tables nor a raw folder")
                settings = load_params(params or _default_params())
                beside = folder / CORPUS_KB_FILE
                kb_path = kb or (beside if beside.is_file() else None)
                log.info("%s is a raw folder: running every stage (KB: %s)", folder, kb_path)
                tables = Path(scratch)
                run_pipeline(folder, tables, params=settings, kb_path=kb_path)
            documents, _ = pipeline_documents(tables, doc_globs=docs or [])
        writer = write_label_studio if format is ExportFormat.label_studio else write_brat
        written = writer(documents, out)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    spans = sum(len(document.spans) for document in documents)
    typer.echo(f"wrote {len(documents)} documents, {spans} spans: {len(written)} files in {out}")


@gold_app.command("import")
def import_(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="FILE_OR_DIR",
            help="A Label Studio JSON export (file) or a brat folder (.txt/.ann pairs).",
        ),
    ],
    to: Annotated[Path, typer.Option("--to", help="Gold folder the JSONL files go to.")],
    unreviewed: Annotated[
        bool,
        typer.Option(
            "--unreviewed", help="Label Studio: a task nobody annotated gives its prediction."
        ),
    ] = False,
    annotator: Annotated[
        str | None,
        typer.Option("--annotator", help="Label Studio: only this user's annotations (id/email)."),
    ] = None,
) -> None:
    """Check corrected annotations against the gold rules and write them as gold JSONL."""
    try:
        skipped: list[str] = []
        if source.is_dir():
            documents = read_brat(source)
        else:
            documents, skipped = read_label_studio(
                source, unreviewed=unreviewed, annotator=annotator
            )
        if not documents:
            raise GoldExchangeError(
                source,
                "no task has a submitted annotation: export the project from Label Studio "
                "after submitting, or pass --unreviewed to take the predictions as they are",
            )
        spans_by_doc = validated_spans(documents)
        written = write_gold(spans_by_doc, to)
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    for note in skipped:
        typer.echo(f"skipped: {note}", err=True)
    spans = sum(len(spans) for spans in spans_by_doc.values())
    typer.echo(f"wrote {spans} spans of {len(written)} documents to {to}")


@gold_app.command("compare")
def compare(
    a: Annotated[Path, typer.Argument(help="Gold folder A (the reference).")],
    b: Annotated[Path, typer.Argument(help="Gold folder B, of the same documents.")],
    raw: Annotated[
        Path,
        typer.Option(
            "--raw",
            help="The documents: a raw folder, a run's tables, or the corpus of offset-only gold.",
        ),
    ] = Path("raw"),
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures here.")
    ] = None,
) -> None:
    """Span and attribute agreement of two gold sets, per kind and label, and every
    disagreement."""
    try:
        gold_a, texts_a = load_gold_set(a, raw)
        gold_b, texts_b = load_gold_set(b, raw)
        agreement = compare_gold(gold_a, gold_b, ChainMap(dict(texts_a), dict(texts_b)))
    except (ExtractError, OSError) as err:
        raise _fail(err) from err
    typer.echo(format_agreement(agreement, a_name=str(a), b_name=str(b)), nl=False)
    if json_path is not None:
        write_json(agreement.as_dict(), json_path)


def _default_params() -> Path | None:
    """./params.yaml when present, as every extract command reads it."""
    return Path("params.yaml") if Path("params.yaml").exists() else None
