"""brat standoff: a folder of .txt/.ann pairs out, the corrected folder back in.

Each document is ``<base>.txt`` (the raw text, byte for byte what offsets index)
and ``<base>.ann``: one text-bound ``T`` annotation per span, typed with the
entity label, the TIMEX3 type or BOILERPLATE, and an ``AnnotatorNotes`` line
holding the entity id (none: no entity) or the TIMEX3 value. ``annotation.conf``
lists the types; ``extract-documents.json`` maps each base name back to its
document id and the sha256 of the text, so an edited .txt is caught. A span
across line breaks is written as brat writes one, a fragment per line
(``T1<TAB>BOILERPLATE 0 12;13 30``), and read back as one span.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from extract.gold.exchange.documents import (
    BOILERPLATE_LABEL,
    AnnotatedText,
    GoldExchangeError,
    ImportedDocument,
    ImportedRecord,
)
from extract.gold.exchange.label_studio import ENTITY_LABEL_ORDER, TIMEX_TYPE_ORDER
from extract.gold.records import ENTITY_LABELS, LINKED_LABELS, TIMEX_TYPES

CONF_FILE = "annotation.conf"
INDEX_FILE = "extract-documents.json"
NOTES = "AnnotatorNotes"


def annotation_conf() -> str:
    """The brat types of the three kinds; overlaps are allowed (the importer checks them)."""
    lines = [
        "# Written by `extract gold export --format brat`; the rules are ANNOTATION.md.",
        "# Names: the entity id goes in the annotation's notes (none: no entity; NORP: none).",
        "# Time expressions: the TIMEX3 value (1985-03-30, P3Y) goes in the notes.",
        "[entities]",
        *ENTITY_LABEL_ORDER,
        *TIMEX_TYPE_ORDER,
        BOILERPLATE_LABEL,
        "[relations]",
        "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
        "[events]",
        "[attributes]",
    ]
    return "\n".join(lines) + "\n"


def base_name(doc: str) -> str:
    """The brat base of a document: ``politics/225.txt`` -> ``politics/225``; a document
    that is not .txt keeps its extension (``page.html`` -> ``page.html``)."""
    return doc.removesuffix(".txt")


def ann_text(document: AnnotatedText) -> str:
    """The .ann content of one document: a T line per span, its notes line after it."""
    lines: list[str] = []
    for number, span in enumerate(document.spans, start=1):
        fragments = _line_fragments(document.text, span.start, span.end)
        offsets = ";".join(f"{start} {end}" for start, end in fragments)
        shown = " ".join(document.text[start:end] for start, end in fragments)
        brat_type = {"entity": span.label, "timex": span.type}.get(span.kind, BOILERPLATE_LABEL)
        lines.append(f"T{number}\t{brat_type} {offsets}\t{shown}")
        note = {"entity": span.entity, "timex": span.value}.get(span.kind)
        if note is not None:
            lines.append(f"#{number}\t{NOTES} T{number}\t{note}")
    return "".join(line + "\n" for line in lines)


def write_brat(documents: Sequence[AnnotatedText], out_dir: Path) -> list[Path]:
    """The .txt/.ann pairs, annotation.conf and the document index under ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    index: dict[str, dict[str, str]] = {}
    written: list[Path] = []
    for document in documents:
        base = base_name(document.doc)
        if base in index:
            raise GoldExchangeError(out_dir / base, f"both {index[base]['doc']} and {document.doc}")
        index[base] = {"doc": document.doc, "sha256": _sha256(document.text)}
        txt, ann = out_dir / f"{base}.txt", out_dir / f"{base}.ann"
        txt.parent.mkdir(parents=True, exist_ok=True)
        txt.write_text(document.text, "utf-8", newline="")  # no newline translation
        ann.write_text(ann_text(document), "utf-8", newline="")
        written += [txt, ann]
    (out_dir / CONF_FILE).write_text(annotation_conf(), "utf-8")
    (out_dir / INDEX_FILE).write_text(
        json.dumps({"documents": index}, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        "utf-8",
    )
    return [*written, out_dir / CONF_FILE, out_dir / INDEX_FILE]


def read_brat(folder: Path) -> list[ImportedDocument]:
    """Every .ann under ``folder`` with its .txt, as gold records (validated later)."""
    if not folder.is_dir():
        raise GoldExchangeError(folder, "not a folder of brat .txt/.ann files")
    index = _read_index(folder)
    ann_paths = sorted(folder.rglob("*.ann"))
    if not ann_paths:
        raise GoldExchangeError(folder, "holds no .ann file")
    documents = []
    for ann_path in ann_paths:
        base = ann_path.relative_to(folder).with_suffix("").as_posix()
        txt_path = ann_path.with_suffix(".txt")
        try:
            text = txt_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise GoldExchangeError(txt_path, f"cannot be read as UTF-8 ({err})") from err
        entry = index.get(base)
        if entry is not None and _sha256(text) != entry.get("sha256"):
            raise GoldExchangeError(
                txt_path, "differs from the text exported: brat offsets would not index it"
            )
        doc = entry["doc"] if entry is not None else f"{base}.txt"
        documents.append(ImportedDocument(doc, text, str(ann_path), _read_ann(ann_path, doc, text)))
    return documents


def _read_index(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / INDEX_FILE
    if not path.is_file():
        return {}  # a folder made by hand: each base.txt is document base.txt
    try:
        return dict(json.loads(path.read_text("utf-8"))["documents"])
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
        raise GoldExchangeError(path, f"not an index `extract gold export` wrote ({err})") from err


def _read_ann(path: Path, doc: str, text: str) -> list[ImportedRecord]:
    spans: dict[str, tuple[str, dict[str, Any]]] = {}
    notes: dict[str, str] = {}
    try:
        content = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldExchangeError(path, f"cannot be read as UTF-8 ({err})") from err
    for line_number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{line_number}"
        annotation_id, _, rest = line.partition("\t")
        if annotation_id.startswith("T"):
            where = f"{where}: {annotation_id}"
            spans[annotation_id] = (where, _text_bound(where, doc, text, rest))
        elif annotation_id.startswith("#") and rest.startswith(NOTES + " "):
            target, _, note = rest.removeprefix(NOTES + " ").partition("\t")
            if target in notes:
                raise GoldExchangeError(f"{where}: {annotation_id}", f"a second note on {target}")
            notes[target] = note.strip()
        else:
            raise GoldExchangeError(
                f"{where}: {annotation_id}",
                "extract reads text-bound (T) annotations and AnnotatorNotes only",
            )
    unknown = sorted(set(notes) - set(spans))
    if unknown:
        raise GoldExchangeError(path, f"notes on {', '.join(unknown)}, which are not annotations")
    records = []
    for annotation_id, (where, record) in spans.items():
        _set_note(where, record, notes.get(annotation_id) or None)
        records.append(ImportedRecord(record, where))
    return records


def _text_bound(where: str, doc: str, text: str, rest: str) -> dict[str, Any]:
    """The record of ``TYPE START END[;START END...]<TAB>TEXT``, fragments joined."""
    type_and_offsets, tab, claimed = rest.partition("\t")
    brat_type, _, offsets = type_and_offsets.partition(" ")
    try:
        fragments = [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]
    except ValueError as err:
        raise GoldExchangeError(where, f"offsets {offsets!r} are not 'START END'") from err
    if not tab:
        raise GoldExchangeError(where, "no text after the offsets")
    for (_, end), (start, _) in pairwise(fragments):
        if end > start or text[end:start].strip():
            raise GoldExchangeError(
                where, f"fragments apart ({offsets}): a span must be one stretch of text"
            )
    start, end = fragments[0][0], fragments[-1][1]
    if len(fragments) > 1:
        raw_reading = " ".join(text[a:b] for a, b in fragments)
        if raw_reading != claimed:
            raise GoldExchangeError(
                where, f"raw[{offsets}] is {raw_reading!r} but the annotation says {claimed!r}"
            )
        claimed = text[start:end]  # the one span the fragments are, line breaks included
    record: dict[str, Any] = {"doc": doc, "start": start, "end": end, "text": claimed}
    if brat_type in ENTITY_LABELS:
        return {**record, "kind": "entity", "label": brat_type}
    if brat_type in TIMEX_TYPES:
        return {**record, "kind": "timex", "type": brat_type}
    if brat_type == BOILERPLATE_LABEL:
        return {**record, "kind": "boilerplate"}
    raise GoldExchangeError(
        where,
        f"type {brat_type!r} is none of the entity labels {sorted(ENTITY_LABELS)}, "
        f"the TIMEX3 types {sorted(TIMEX_TYPES)} or {BOILERPLATE_LABEL}",
    )


def _set_note(where: str, record: dict[str, Any], note: str | None) -> None:
    """The note is the entity id of a name and the value of a time expression."""
    if record["kind"] == "boilerplate" and note is not None:
        raise GoldExchangeError(where, f"a note ({note!r}) on boilerplate, which has no attribute")
    if record["kind"] == "entity":
        if record["label"] in LINKED_LABELS or note is not None:
            record["entity"] = note
    elif record["kind"] == "timex":
        record["value"] = note


def _line_fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at line breaks into the non-empty pieces brat can show."""
    fragments, position = [], start
    while position < end:
        line_end = text.find("\n", position, end)
        stop = end if line_end < 0 else line_end
        if stop > position:
            fragments.append((position, stop))
        position = stop + 1
    return fragments or [(start, end)]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
