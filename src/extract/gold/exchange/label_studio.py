"""Label Studio: pre-annotation tasks out, a project's JSON export back in.

One task per document: ``data.text`` is the raw text (offsets index it) and
``data.doc`` the document id. Every span is a region of one of three Labels
controls (``entity``, ``timex``, ``boilerplate``); an entity id and a TIMEX3 value
are per-region TextAreas (``entity_id``, ``timex_value``) sharing the region's id,
as Label Studio stores a per-region attribute. Export writes the regions as
``predictions``; import reads a task's submitted ``annotations`` (the JSON export,
not JSON-MIN, which drops the link between a region and its attributes).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from extract import __version__
from extract.gold.exchange.documents import (
    BOILERPLATE_LABEL,
    AnnotatedText,
    GoldExchangeError,
    ImportedDocument,
    ImportedRecord,
)
from extract.gold.records import LINKED_LABELS, GoldSpan

TASKS_FILE = "tasks.json"
CONFIG_FILE = "label-studio.xml"
TEXT_NAME = "text"  # the Text object every control labels
ENTITY_ID_NAME = "entity_id"
TIMEX_VALUE_NAME = "timex_value"
# Labels control name -> the gold kind its regions are.
KIND_OF_CONTROL = {"entity": "entity", "timex": "timex", "boilerplate": "boilerplate"}
# OntoNotes order, as ANNOTATION.md lists them, for the annotator's label bar.
ENTITY_LABEL_ORDER = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART")
TIMEX_TYPE_ORDER = ("DATE", "TIME", "DURATION", "SET")


def labeling_config() -> str:
    """The labeling config for the three kinds (docs/label-studio.xml is this text)."""

    def labels(name: str, values: Sequence[str]) -> list[str]:
        lines = [f'  <Labels name="{name}" toName="{TEXT_NAME}" choice="single">']
        lines += [f"    <Label value={quoteattr(value)}/>" for value in values]
        return [*lines, "  </Labels>"]

    def textarea(name: str, header: str) -> list[str]:
        return [
            f'    <Header value={quoteattr(header)} size="6"/>',
            f'    <TextArea name="{name}" toName="{TEXT_NAME}" perRegion="true" '
            'editable="true" maxSubmissions="1" rows="1"/>',
        ]

    lines = [
        "<!-- Labeling config of `extract gold export` for Label Studio; the rules are",
        "     ANNOTATION.md. Offsets index the raw text as it is shown: keep the Style. -->",
        "<View>",
        "  <Style>.htx-text { white-space: pre-wrap; }</Style>",
        '  <Header value="$doc"/>',
        '  <Header value="Names (OntoNotes)" size="5"/>',
        *labels("entity", ENTITY_LABEL_ORDER),
        '  <Header value="Time expressions (TIMEX3 type)" size="5"/>',
        *labels("timex", TIMEX_TYPE_ORDER),
        '  <Header value="Not the document\'s content" size="5"/>',
        *labels("boilerplate", [BOILERPLATE_LABEL]),
        f'  <Text name="{TEXT_NAME}" value="$text"/>',
        '  <View visibleWhen="region-selected">',
        *textarea(ENTITY_ID_NAME, "Entity id of a name (empty: none; NORP: always empty)"),
        *textarea(TIMEX_VALUE_NAME, "TIMEX3 value of a time expression (1985-03-30, P3Y)"),
        "  </View>",
        "</View>",
    ]
    return "\n".join(lines) + "\n"


def tasks_for(documents: Sequence[AnnotatedText]) -> list[dict[str, Any]]:
    """Label Studio import tasks: each document's spans as one prediction."""
    return [
        {
            "data": {"text": document.text, "doc": document.doc},
            "predictions": [
                {
                    "model_version": f"extract {__version__}",
                    "result": [
                        item
                        for number, span in enumerate(document.spans, start=1)
                        for item in _region(span, f"{span.kind}-{number}")
                    ],
                }
            ],
        }
        for document in documents
    ]


def write_label_studio(documents: Sequence[AnnotatedText], out_dir: Path) -> list[Path]:
    """OUT/tasks.json and OUT/label-studio.xml; the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tasks_path, config_path = out_dir / TASKS_FILE, out_dir / CONFIG_FILE
    tasks_path.write_text(
        json.dumps(tasks_for(documents), ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    config_path.write_text(labeling_config(), "utf-8")
    return [tasks_path, config_path]


def _region(span: GoldSpan, region_id: str) -> list[dict[str, Any]]:
    control = span.kind  # each kind's Labels control is named after it
    label = {"entity": span.label, "timex": span.type}.get(span.kind, BOILERPLATE_LABEL)
    value = {"start": span.start, "end": span.end, "text": span.text}
    items: list[dict[str, Any]] = [
        _item(region_id, control, "labels", {**value, "labels": [label]})
    ]
    attribute = {"entity": (ENTITY_ID_NAME, span.entity), "timex": (TIMEX_VALUE_NAME, span.value)}
    name, content = attribute.get(span.kind, ("", None))
    if content is not None:
        items.append(_item(region_id, name, "textarea", {**value, "text": [content]}))
    return items


def _item(region_id: str, from_name: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": region_id,
        "from_name": from_name,
        "to_name": TEXT_NAME,
        "type": kind,
        "value": value,
    }


def read_label_studio(
    path: Path, *, unreviewed: bool = False, annotator: str | None = None
) -> tuple[list[ImportedDocument], list[str]]:
    """The documents of a Label Studio JSON export, and a note per task left out.

    A task's one submitted annotation is read (``annotator``: only those of that
    user id or email). A task nobody annotated is left out, unless ``unreviewed``,
    which reads its prediction as it is (the file ``gold export`` wrote, unedited).
    """
    try:
        tasks = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise GoldExchangeError(path, f"cannot be read ({err})") from err
    except json.JSONDecodeError as err:
        raise GoldExchangeError(path, f"not JSON: {err.msg} at line {err.lineno}") from err
    if isinstance(tasks, dict):  # cloud storage writes one task per file
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise GoldExchangeError(path, "expected a list of tasks (Label Studio's JSON export)")
    documents: list[ImportedDocument] = []
    skipped: list[str] = []
    first_task: dict[str, str] = {}
    for number, task in enumerate(tasks, start=1):
        task = task if isinstance(task, dict) else {}
        label = f"task {task.get('id', f'#{number}')}"  # Label Studio's id, else its position
        name = f"{path}: {label}"
        data = task.get("data")
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise GoldExchangeError(
                name,
                "no data.text; export the project in Label Studio's JSON format "
                "(JSON-MIN drops which region an entity id or value belongs to)",
            )
        doc = data.get("doc")
        if not isinstance(doc, str) or not doc:
            raise GoldExchangeError(name, "no data.doc: not a task `extract gold export` wrote")
        if doc in first_task:
            raise GoldExchangeError(name, f"document {doc!r} is also {first_task[doc]}")
        first_task[doc] = label
        chosen = _chosen_result(name, task, unreviewed=unreviewed, annotator=annotator)
        if chosen is None:
            skipped.append(f"{name} ({doc}): not annotated, left out")
            continue
        source, result = chosen
        documents.append(
            ImportedDocument(
                doc, data["text"], f"{name} ({doc})", _records(f"{name}, {source}", doc, result)
            )
        )
    return documents, skipped


def _chosen_result(
    name: str, task: dict[str, Any], *, unreviewed: bool, annotator: str | None
) -> tuple[str, list[Any]] | None:
    """("annotation 12", its result) for the task's one submitted annotation, else the
    prediction when ``unreviewed``, else None."""
    annotations = [
        a
        for a in task.get("annotations") or []
        if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    if annotator is not None:
        annotations = [a for a in annotations if annotator in _annotator_keys(a)]
    if len(annotations) > 1:
        ids = ", ".join(str(a.get("id")) for a in annotations)
        raise GoldExchangeError(
            name,
            f"annotations {ids} are several annotators' work: import one with --annotator "
            "(a user id or email), and compare them with `extract gold compare`",
        )
    if annotations:
        return f"annotation {annotations[0].get('id')}", _result_list(name, annotations[0])
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if not unreviewed or not predictions:
        return None
    if len(predictions) > 1:
        raise GoldExchangeError(name, f"{len(predictions)} predictions; expected one")
    return f"prediction {predictions[0].get('id', 1)}", _result_list(name, predictions[0])


def _annotator_keys(annotation: dict[str, Any]) -> set[str]:
    """The ways a user can name who completed an annotation: id, or id and email."""
    completed_by = annotation.get("completed_by")
    if isinstance(completed_by, dict):
        return {str(completed_by.get("id")), str(completed_by.get("email"))}
    return {str(completed_by)}


def _result_list(name: str, holder: dict[str, Any]) -> list[Any]:
    result = holder.get("result")
    if not isinstance(result, list):
        raise GoldExchangeError(name, "an annotation without a result list")
    return result


def _records(name: str, doc: str, result: list[Any]) -> list[ImportedRecord]:
    """One gold record per region: its Labels item gives kind, span and label, the
    per-region TextAreas with the same id its entity id or value."""
    regions: dict[str, list[dict[str, Any]]] = {}
    for item in result:
        if not isinstance(item, dict) or "id" not in item:
            raise GoldExchangeError(name, f"a result item without an id: {item!r}")
        regions.setdefault(str(item["id"]), []).append(item)
    records = []
    for region_id, items in regions.items():
        where = f"{name}, region {region_id}"
        records.append(ImportedRecord(_region_record(where, doc, items), where))
    return records


def _region_record(where: str, doc: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    labelled = [item for item in items if item.get("type") == "labels"]
    attributes: dict[str, str | None] = {}
    for item in items:
        if item.get("type") == "labels":
            continue
        if item.get("type") != "textarea" or item.get("from_name") not in (
            ENTITY_ID_NAME,
            TIMEX_VALUE_NAME,
        ):
            raise GoldExchangeError(
                where,
                f"a {item.get('type')!r} result from {item.get('from_name')!r}: the labeling "
                f"config of {CONFIG_FILE} has only the three Labels and two TextAreas",
            )
        attributes[item["from_name"]] = _textarea_text(where, item)
    if len(labelled) != 1:
        raise GoldExchangeError(where, f"{len(labelled)} Labels results; a region has one label")
    control = labelled[0].get("from_name")
    value = labelled[0].get("value") or {}
    kind = KIND_OF_CONTROL.get(str(control))
    if kind is None:
        raise GoldExchangeError(
            where, f"labels from {control!r}, not one of {list(KIND_OF_CONTROL)}"
        )
    labels = value.get("labels") or []
    if len(labels) != 1:
        raise GoldExchangeError(where, f"labels {labels!r}; a region has exactly one")
    record: dict[str, Any] = {"doc": doc, "start": value.get("start"), "end": value.get("end")}
    if "text" in value:  # Label Studio omits it only when told not to save text
        record["text"] = value["text"]
    record["kind"] = kind
    entity_id, timex_value = attributes.get(ENTITY_ID_NAME), attributes.get(TIMEX_VALUE_NAME)
    misplaced = {"entity": timex_value, "timex": entity_id, "boilerplate": entity_id or timex_value}
    if misplaced[kind] is not None:
        raise GoldExchangeError(where, f"a {kind} region with a value of the other kind's field")
    if kind == "entity":
        record["label"] = labels[0]
        if labels[0] in LINKED_LABELS or entity_id is not None:
            record["entity"] = entity_id
    elif kind == "timex":
        record["type"], record["value"] = labels[0], timex_value
    elif labels[0] != BOILERPLATE_LABEL:
        raise GoldExchangeError(where, f"boilerplate label {labels[0]!r}, not {BOILERPLATE_LABEL}")
    return record


def _textarea_text(where: str, item: dict[str, Any]) -> str | None:
    """A TextArea's entry, stripped; None when empty. Several entries are refused."""
    text = (item.get("value") or {}).get("text")
    entries = [text] if isinstance(text, str) else list(text or [])
    filled = [str(entry).strip() for entry in entries if str(entry).strip()]
    if len(filled) > 1:
        raise GoldExchangeError(where, f"{item['from_name']} has {len(filled)} entries {filled}")
    return filled[0] if filled else None
