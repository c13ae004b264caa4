"""Read TimeML (.tml) files: the <TEXT> body with tags stripped, the DCT, gold TIMEX3 spans.

Only the body's TIMEX3 are gold: the creation time inside <DCT> is the document
date, not an expression of the text, as TempEval-3 scores the body.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ExtractError
from extract.evaluation.timex import Timex


class TimeMLError(ExtractError):
    """A .tml file is not well-formed TimeML."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class TimeMLDocument:
    doc_id: str
    text: str
    dct: dt.date | None
    timexes: list[Timex]


def read_timeml(path: Path, doc_id: str | None = None) -> TimeMLDocument:
    """The body text, creation date and gold time expressions of one TimeML file."""
    doc_id = doc_id or path.name
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise TimeMLError(path, f"not well-formed XML: {err}") from err
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(path, "no <TEXT> element")
    pieces: list[str] = []
    timexes: list[Timex] = []
    _walk(body, pieces, timexes, doc_id)
    return TimeMLDocument(doc_id, "".join(pieces), _creation_date(root), timexes)


def _walk(element: ET.Element, pieces: list[str], timexes: list[Timex], doc_id: str) -> None:
    """Append the element's text to ``pieces``, recording TIMEX3 spans on the way."""
    start = sum(len(piece) for piece in pieces)
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, timexes, doc_id)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        text = "".join(element.itertext())
        timexes.append(
            Timex(
                doc_id,
                start,
                start + len(text),
                text,
                element.get("type", ""),
                element.get("value", ""),
                element.get("mod") or None,
                element.get("quant") or None,
                element.get("freq") or None,
            )
        )


def _creation_date(root: ET.Element) -> dt.date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return dt.date.fromisoformat(timex.get("value", "")[:10])
            except ValueError:
                return None
    return None


def read_timeml_folder(folder: Path) -> list[TimeMLDocument]:
    """Every .tml file under ``folder``, ids relative to it, in path order."""
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: TimeML folder not found")
    return [
        read_timeml(path, path.relative_to(folder).as_posix())
        for path in sorted(folder.rglob("*.tml"))
    ]
