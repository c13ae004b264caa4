"""What every ``extract`` command shares: its options, settings loading and error exit."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from extract.config import Params, load_params
from extract.ingest.reader import CORPUS_KB_FILE

log = logging.getLogger("extract")

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


def setup_command(params_path: Path | None) -> Params:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if params_path is None and Path("params.yaml").exists():
        params_path = Path("params.yaml")
    return load_params(params_path)


def kb_path_for(kb: Path | None, raw: Path | None = None) -> Path | None:
    """The KB given, else the corpus's own ``RAW/kb.yaml``; never one from the current
    folder, so a new case is not silently given another case's names."""
    if kb is not None:
        return kb
    beside = raw / CORPUS_KB_FILE if raw is not None else None
    return beside if beside is not None and beside.is_file() else None


def settings_file(params: Path | None) -> Path | None:
    """The settings file a command used: --params, else ./params.yaml, else none (defaults)."""
    return params or (Path("params.yaml") if Path("params.yaml").exists() else None)


def log_setup(params: Path | None, kb: Path | None, settings: Params) -> None:
    log.info(
        "settings: %s; knowledge base: %s; model: %s",
        settings_file(params) or "defaults",
        kb or "none (entities are discovered)",
        settings.ner.model,
    )


def fail(err: Exception) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(code=2)
