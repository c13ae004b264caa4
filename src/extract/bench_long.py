"""Long documents against many short ones: the same text, three layouts, three sizes.

For each size the first documents of RAW (sorted paths) up to that many bytes are
written as one file per document (``many``), as one file with a blank line
between documents (``one-file``), and as one file on one line (``one-line``,
every line break a space: a transcript with no breaks, read in pieces by
extract.ner.pieces). Each layout runs the whole pipeline in a fresh child
process (extract.bench), so seconds and peak memory belong to that run; the
ratio one-file / many says whether a long document costs more than its length.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

from extract.bench import in_child, run_pipeline
from extract.config import Params
from extract.ingest.reader import iter_ingest
from extract.tables.records import RawDocument

SIZES_KB = (100, 400, 1600)
LAYOUTS = ("many", "one-file", "one-line")


def leading_texts(raw_dir: Path, params: Params, size_bytes: int) -> list[str]:
    """Texts of the first documents of ``raw_dir`` until ``size_bytes`` of UTF-8."""
    texts, total = [], 0
    for record in iter_ingest(raw_dir, params=params.ingest):
        if not isinstance(record, RawDocument):
            continue
        texts.append(record.raw_text.strip())
        total += len(texts[-1].encode("utf-8")) + 2
        if total >= size_bytes:
            return texts
    raise ValueError(f"{raw_dir} holds fewer than {size_bytes} bytes of documents")


def write_layout(texts: list[str], layout: str, folder: Path) -> Path:
    """The texts as ``layout`` under ``folder`` (which becomes the raw folder)."""
    folder.mkdir(parents=True)
    if layout == "many":
        for index, text in enumerate(texts):
            (folder / f"doc-{index:05d}.txt").write_text(text + "\n", "utf-8")
    elif layout == "one-file":
        (folder / "all.txt").write_text("\n\n".join(texts) + "\n", "utf-8")
    else:
        (folder / "all.txt").write_text(" ".join(" ".join(texts).split()) + "\n", "utf-8")
    return folder


def long_benchmark(
    raw_dir: Path, *, params: Params, sizes_kb: tuple[int, ...] = SIZES_KB
) -> dict[str, Any]:
    """Every size and layout, and the ratios the targets are stated in."""
    single = dataclasses.replace(params, ner=dataclasses.replace(params.ner, n_process=1))
    report: dict[str, Any] = {"corpus": str(raw_dir), "runs": {}}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for size in sizes_kb:
            texts = leading_texts(raw_dir, single, size * 1000)
            for layout in LAYOUTS:
                name = f"{size} KB {layout}"
                raw = write_layout(texts, layout, work / f"{size}-{layout}" / "raw")
                run = in_child(run_pipeline, raw, work / f"{size}-{layout}" / "out", single, None)
                run.pop("tables_sha256")
                report["runs"][name] = run
            runs = report["runs"]
            for layout in ("one-file", "one-line"):
                report[f"{size} KB {layout} / many (seconds)"] = round(
                    runs[f"{size} KB {layout}"]["total_seconds"]
                    / runs[f"{size} KB many"]["total_seconds"],
                    3,
                )
        first, last = sizes_kb[0], sizes_kb[-1]
        for layout in ("one-file", "one-line"):
            report[f"words/s {last} KB / {first} KB ({layout})"] = round(
                report["runs"][f"{last} KB {layout}"]["words_per_second"]
                / report["runs"][f"{first} KB {layout}"]["words_per_second"],
                3,
            )
    return report


def format_long_report(report: dict[str, Any]) -> str:
    lines = [
        f"{'run':22s} {'docs':>5s} {'words':>8s} {'seconds':>8s} {'words/s':>8s} {'peak MiB':>9s}"
    ]
    for name, run in report["runs"].items():
        lines.append(
            f"{name:22s} {run['documents']:5d} {run['words']:8d} {run['total_seconds']:8.1f} "
            f"{run['words_per_second']:8.1f} {run['peak_rss_mib']:9.1f}"
        )
    lines += [f"{key}: {value}" for key, value in report.items() if key not in ("corpus", "runs")]
    return "\n".join(lines)
