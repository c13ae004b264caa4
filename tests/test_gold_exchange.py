"""Gold for a user's own case: export to Label Studio and brat, import the corrections,
compare two gold sets, and gate a corpus on minimums kept beside its gold."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ElementTree

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.evaluation.gate import MinimumsError, gate_minimums, read_minimums
from extract.gold.corpus import load_corpus_gold
from extract.gold.exchange.brat import write_brat
from extract.gold.exchange.documents import AnnotatedText, canonical_order
from extract.gold.exchange.label_studio import (
    ENTITY_ID_NAME,
    TIMEX_VALUE_NAME,
    labeling_config,
    write_label_studio,
)
from extract.gold.exchange.pipeline_spans import pipeline_documents
from extract.gold.loader import load_gold
from extract.gold.records import ENTITY_LABELS, TIMEX_TYPES

from .conftest import CORPORA, RAW, REPO

runner = CliRunner()
GOLD = REPO / "gold"
BBC = CORPORA / "bbc-news"
SEED_TEXTS = {path.name: path.read_text("utf-8") for path in sorted(RAW.glob("*.txt"))}


def _invoke(*args: object):
    return runner.invoke(app, [str(arg) for arg in args])


def _documents(spans, texts):
    docs = sorted({span.doc for span in spans})
    return [
        AnnotatedText(doc, texts[doc], tuple(canonical_order([s for s in spans if s.doc == doc])))
        for doc in docs
    ]


def _submitted(tasks_path):
    """What Label Studio exports after an annotator submits every prediction unchanged."""
    tasks = json.loads(tasks_path.read_text("utf-8"))
    for task_id, task in enumerate(tasks, start=1):
        task["id"] = task_id
        task["annotations"] = [
            {"id": 100 + task_id, "completed_by": 1, "was_cancelled": False,
             "result": task["predictions"][0]["result"]}
        ]  # fmt: skip
    tasks_path.write_text(json.dumps(tasks, ensure_ascii=False), "utf-8")


# --- round trips on the bundled gold -------------------------------------------------


BUNDLED_SETS = [
    pytest.param("seeds", id="seeds"),
    pytest.param(
        "bbc",
        id="bbc-news",
        marks=pytest.mark.skipif(not BBC.is_dir(), reason="../shared/corpora is absent"),
    ),
]


def _load_set(name):
    if name == "seeds":
        return load_gold(GOLD, SEED_TEXTS), SEED_TEXTS
    return load_corpus_gold(GOLD / "bbc-news", BBC)


@pytest.mark.parametrize("name", BUNDLED_SETS)
@pytest.mark.parametrize("tool", ["label-studio", "label-studio-unreviewed", "brat"])
def test_round_trip_gives_back_the_bundled_gold(tmp_path, name, tool):
    spans, texts = _load_set(name)
    documents = _documents(spans, texts)
    exported = tmp_path / "exported"
    if tool == "brat":
        write_brat(documents, exported)
        result = _invoke("gold", "import", exported, "--to", tmp_path / "gold")
    else:
        write_label_studio(documents, exported)
        extra = ["--unreviewed"] if tool.endswith("unreviewed") else []
        if not extra:
            _submitted(exported / "tasks.json")
        result = _invoke(
            "gold", "import", exported / "tasks.json", "--to", tmp_path / "gold", *extra
        )
    assert result.exit_code == 0, result.output
    imported = load_gold(tmp_path / "gold", texts)
    assert sorted(imported, key=repr) == sorted(spans, key=repr)
    if name == "seeds":  # same records in the same order, byte for byte
        for path in sorted(GOLD.glob("*.jsonl")):
            assert (tmp_path / "gold" / path.name).read_bytes() == path.read_bytes(), path.name


def test_brat_writes_a_multi_line_span_as_one_fragment_per_line_and_reads_it_back(tmp_path):
    text = "Follow Us\nFacebook | Twitter\n\nAda Okafor spoke.\n"
    footer = load_gold_from_records(
        tmp_path, text, [{"start": 0, "end": 28, "kind": "boilerplate"}]
    )
    write_brat(_documents(footer, {"page.txt": text}), tmp_path / "brat")
    ann = (tmp_path / "brat" / "page.ann").read_text("utf-8")
    assert ann == "T1\tBOILERPLATE 0 9;10 28\tFollow Us Facebook | Twitter\n"
    result = _invoke("gold", "import", tmp_path / "brat", "--to", tmp_path / "back")
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "back" / "page.jsonl").read_text("utf-8"))
    assert (record["start"], record["end"]) == (0, 28)
    assert record["text"] == "Follow Us\nFacebook | Twitter"


def load_gold_from_records(tmp_path, text, records):
    folder = tmp_path / "records"
    folder.mkdir()
    lines = [
        json.dumps({"doc": "page.txt", "text": text[r["start"] : r["end"]], **r}) + "\n"
        for r in records
    ]
    (folder / "page.jsonl").write_text("".join(lines), "utf-8")
    return load_gold(folder, {"page.txt": text})


# --- a hand-written Label Studio export with deliberate errors -----------------------

LETTER = "Ada Okafor joined the Lagos Water Agency on 12 March 2021.\n"
#         0         1         2         3         4         5
#         012345678901234567890123456789012345678901234567890123456789


def _labels(region, control, start, end, text, label):
    return {"id": region, "from_name": control, "to_name": "text", "type": "labels",
            "origin": "manual",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}  # fmt: skip


def _textarea(region, name, start, end, entry):
    return {"id": region, "from_name": name, "to_name": "text", "type": "textarea",
            "origin": "manual", "value": {"start": start, "end": end, "text": [entry]}}  # fmt: skip


GOOD_RESULT = [
    _labels("r1", "entity", 0, 10, "Ada Okafor", "PERSON"),
    _textarea("r1", "entity_id", 0, 10, "ada-okafor"),
    _labels("r2", "entity", 22, 40, "Lagos Water Agency", "ORG"),
    _textarea("r2", "entity_id", 22, 40, "lagos-water-agency"),
    _labels("r3", "timex", 44, 57, "12 March 2021", "DATE"),
    _textarea("r3", "timex_value", 44, 57, "2021-03-12"),
]


def _export(tmp_path, result, **task_fields):
    task = {
        "id": 41,
        "data": {"text": LETTER, "doc": "letters/a.txt"},
        "annotations": [{"id": 7, "completed_by": 1, "was_cancelled": False, "result": result}],
        "predictions": [],
        **task_fields,
    }
    path = tmp_path / "project-3-at-2024-05-02.json"
    path.write_text(json.dumps([task]), "utf-8")
    return path


def test_label_studio_import_writes_the_records_of_a_correct_export(tmp_path):
    result = _invoke("gold", "import", _export(tmp_path, GOOD_RESULT), "--to", tmp_path / "gold")
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "gold" / "letters-a.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        {"doc": "letters/a.txt", "start": 0, "end": 10, "text": "Ada Okafor",
         "kind": "entity", "label": "PERSON", "entity": "ada-okafor"},
        {"doc": "letters/a.txt", "start": 22, "end": 40, "text": "Lagos Water Agency",
         "kind": "entity", "label": "ORG", "entity": "lagos-water-agency"},
        {"doc": "letters/a.txt", "start": 44, "end": 57, "text": "12 March 2021",
         "kind": "timex", "type": "DATE", "value": "2021-03-12"},
    ]  # fmt: skip


def _without(result, region):
    return [item for item in result if item["id"] != region]


LABEL_STUDIO_ERRORS = {
    "offsets that do not hold the text": (
        [
            *_without(GOOD_RESULT, "r2"),
            _labels("r2", "entity", 22, 39, "Lagos Water Agency", "ORG"),
        ],
        ["task 41, annotation 7, region r2", "'Lagos Water Agenc'", "'Lagos Water Agency'"],
    ),
    "two overlapping names": (
        [*GOOD_RESULT, _labels("r4", "entity", 4, 10, "Okafor", "PERSON")],
        ["region r4", "entity 'Okafor' overlaps 'Ada Okafor'"],
    ),
    "a name inside boilerplate": (
        [*GOOD_RESULT, _labels("b1", "boilerplate", 0, 17, "Ada Okafor joined", "BOILERPLATE")],
        ["region r1", "'Ada Okafor' lies inside boilerplate"],
    ),
    "a label outside the set": (
        [*_without(GOOD_RESULT, "r1"), _labels("r1", "entity", 0, 10, "Ada Okafor", "PERSN")],
        ["region r1", "label 'PERSN' is not one of"],
    ),
    "a date without a value": (
        [*_without(GOOD_RESULT, "r3"), _labels("r3", "timex", 44, 57, "12 March 2021", "DATE")],
        ["region r3", "time expression '12 March 2021' needs a value"],
    ),
    "an entity id on the time field": (
        [*GOOD_RESULT, _textarea("r1", "timex_value", 0, 10, "2021")],
        ["region r1", "a entity region with a value of the other kind's field"],
    ),
}


@pytest.mark.parametrize("case", sorted(LABEL_STUDIO_ERRORS))
def test_label_studio_import_names_the_file_task_annotation_region_and_strings(tmp_path, case):
    result_items, expected = LABEL_STUDIO_ERRORS[case]
    path = _export(tmp_path, result_items)
    result = _invoke("gold", "import", path, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert f"error: {path}: task 41" in result.output
    for fragment in expected:
        assert fragment in result.output
    assert not (tmp_path / "gold").exists()  # nothing written from a refused import


def test_label_studio_norp_with_an_entity_id_is_refused(tmp_path):
    items = [_labels("n1", "entity", 0, 10, "Ada Okafor", "NORP"),
             _textarea("n1", "entity_id", 0, 10, "ada-okafor")]  # fmt: skip
    result = _invoke("gold", "import", _export(tmp_path, items), "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert "region n1: NORP mentions are not linked" in result.output


def test_label_studio_json_min_export_is_refused_with_the_format_to_use(tmp_path):
    path = tmp_path / "min.json"
    path.write_text(json.dumps([{"id": 3, "text": LETTER, "entity": []}]), "utf-8")
    result = _invoke("gold", "import", path, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert f"{path}: task 3: no data.text" in result.output
    assert "JSON format" in result.output


def test_label_studio_two_annotators_need_one_chosen(tmp_path):
    second = {"id": 8, "completed_by": {"id": 2, "email": "b@example.org"}, "result": []}
    path = _export(tmp_path, GOOD_RESULT)
    tasks = json.loads(path.read_text("utf-8"))
    tasks[0]["annotations"].append(second)
    path.write_text(json.dumps(tasks), "utf-8")
    result = _invoke("gold", "import", path, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert "annotations 7, 8" in result.output and "--annotator" in result.output
    chosen = _invoke(
        "gold", "import", path, "--to", tmp_path / "gold", "--annotator", "b@example.org"
    )
    assert chosen.exit_code == 0, chosen.output
    assert (tmp_path / "gold" / "letters-a.jsonl").read_text("utf-8") == ""  # b found nothing


def test_label_studio_task_nobody_annotated_is_left_out(tmp_path):
    path = _export(tmp_path, GOOD_RESULT)
    tasks = json.loads(path.read_text("utf-8"))
    tasks.append({"id": 42, "data": {"text": "Nothing here.\n", "doc": "letters/c.txt"},
                  "annotations": [], "predictions": [{"result": []}]})  # fmt: skip
    path.write_text(json.dumps(tasks), "utf-8")
    result = _invoke("gold", "import", path, "--to", tmp_path / "gold")
    assert result.exit_code == 0, result.output
    assert "task 42 (letters/c.txt): not annotated, left out" in result.output
    assert sorted(p.name for p in (tmp_path / "gold").iterdir()) == ["letters-a.jsonl"]


def test_label_studio_export_with_nothing_submitted_is_refused(tmp_path):
    path = _export(tmp_path, GOOD_RESULT, annotations=[])
    result = _invoke("gold", "import", path, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert "no task has a submitted annotation" in result.output
    assert "--unreviewed" in result.output


# --- a hand-written brat folder with deliberate errors -------------------------------

GOOD_ANN = (
    "T1\tPERSON 0 10\tAda Okafor\n"
    "#1\tAnnotatorNotes T1\tada-okafor\n"
    "T2\tORG 22 40\tLagos Water Agency\n"
    "#2\tAnnotatorNotes T2\tlagos-water-agency\n"
    "T3\tDATE 44 57\t12 March 2021\n"
    "#3\tAnnotatorNotes T3\t2021-03-12\n"
)

BRAT_ERRORS = {
    "offsets that do not hold the text": (
        GOOD_ANN.replace("T2\tORG 22 40\t", "T2\tORG 21 39\t"),
        ["a.ann:3: T2", "raw[21:39] is ' Lagos Water Agenc'", "'Lagos Water Agency'"],
    ),
    "a type outside the sets": (
        GOOD_ANN.replace("PERSON", "PERS"),
        ["a.ann:1: T1", "type 'PERS' is none of the entity labels"],
    ),
    "a relation": (
        GOOD_ANN + "R1\tWorks_for Arg1:T1 Arg2:T2\n",
        ["a.ann:7: R1", "text-bound (T) annotations and AnnotatorNotes only"],
    ),
    "fragments apart": (
        GOOD_ANN.replace("T2\tORG 22 40\tLagos Water Agency", "T2\tORG 22 27;34 40\tLagos Agency"),
        ["a.ann:3: T2", "fragments apart (22 27;34 40)"],
    ),
    "a date without its value": (
        GOOD_ANN.replace("#3\tAnnotatorNotes T3\t2021-03-12\n", ""),
        ["a.ann:5: T3", "time expression '12 March 2021' needs a value"],
    ),
    "overlapping names": (
        GOOD_ANN + "T4\tPERSON 4 10\tOkafor\n",
        ["a.ann:7: T4", "entity 'Okafor' overlaps 'Ada Okafor'"],
    ),
    "a note on a missing annotation": (
        GOOD_ANN + "#9\tAnnotatorNotes T9\tada-okafor\n",
        ["a.ann: notes on T9"],
    ),
}


def _brat_folder(tmp_path, ann):
    folder = tmp_path / "brat" / "letters"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(LETTER, "utf-8")
    (folder / "a.ann").write_text(ann, "utf-8")
    return tmp_path / "brat"


def test_brat_import_reads_a_correct_folder(tmp_path):
    result = _invoke("gold", "import", _brat_folder(tmp_path, GOOD_ANN), "--to", tmp_path / "gold")
    assert result.exit_code == 0, result.output
    spans = load_gold(tmp_path / "gold", {"letters/a.txt": LETTER})
    assert [(s.start, s.end, s.label or s.type, s.entity or s.value) for s in spans] == [
        (0, 10, "PERSON", "ada-okafor"),
        (22, 40, "ORG", "lagos-water-agency"),
        (44, 57, "DATE", "2021-03-12"),
    ]


@pytest.mark.parametrize("case", sorted(BRAT_ERRORS))
def test_brat_import_names_the_file_line_annotation_and_strings(tmp_path, case):
    ann, expected = BRAT_ERRORS[case]
    folder = _brat_folder(tmp_path, ann)
    result = _invoke("gold", "import", folder, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert f"error: {folder / 'letters'}/a.ann" in result.output
    for fragment in expected:
        assert fragment in result.output


def test_brat_import_refuses_a_text_edited_since_export(tmp_path):
    documents = [AnnotatedText("letters/a.txt", LETTER, ())]
    write_brat(documents, tmp_path / "brat")
    (tmp_path / "brat" / "letters" / "a.txt").write_text(LETTER.replace("12", "13"), "utf-8")
    result = _invoke("gold", "import", tmp_path / "brat", "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert "a.txt: differs from the text exported" in result.output


# --- agreement -----------------------------------------------------------------------


@pytest.mark.parametrize("name", BUNDLED_SETS)
def test_compare_bundled_gold_with_itself_agrees_fully(tmp_path, name):
    gold, raw, documents = (GOLD, RAW, 3) if name == "seeds" else (GOLD / "bbc-news", BBC, 36)
    result = _invoke("gold", "compare", gold, gold, "--raw", raw, "--json", tmp_path / "a.json")
    assert result.exit_code == 0, result.output
    figures = json.loads((tmp_path / "a.json").read_text())
    assert figures["documents"] == documents
    assert figures["disagreements"] == 0
    for kind in ("boilerplate", "entity", "timex"):
        if name == "bbc" and kind == "boilerplate":
            assert figures["kinds"][kind] is None  # the BBC gold marks no boilerplate
            continue
        assert figures["kinds"][kind]["span"]["f1"] == 1.0
        for label in figures["kinds"][kind]["per_label"].values():
            assert label["f1"] == 1.0
        for attribute in figures["kinds"][kind]["attributes"].values():
            assert attribute["agreement"] == 1.0
    if name == "seeds":
        assert figures["kinds"]["boilerplate"]["characters"]["f1"] == 1.0
        assert figures["kinds"]["entity"]["per_label"]["PERSON"]["expected"] == 240
    assert "disagreements: 0\n" in result.output


def _edit(records, surface, **changes):
    index = next(i for i, r in enumerate(records) if r["text"] == surface)
    records[index] = {**records[index], **changes}


def test_compare_lists_exactly_the_three_edited_spans(tmp_path):
    edited = tmp_path / "edited"
    shutil.copytree(GOLD, edited, ignore=shutil.ignore_patterns("spec", "bbc-news"))
    path = edited / "000_d779a8941b0b7c86.jsonl"
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    _edit(records, "Chip Harding", start=182, text="Harding")  # boundaries
    _edit(records, "McAuliffe", entity="mcauliffe")  # entity id
    _edit(records, "more than 30 years", value="P31Y")  # TIMEX3 value
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    result = _invoke("gold", "compare", GOLD, edited, "--raw", RAW, "--json", tmp_path / "a.json")
    assert result.exit_code == 0, result.output
    listed = [line for line in result.output.splitlines() if line.startswith("- ")]
    doc = "000_d779a8941b0b7c86.txt"
    # [37:55] counted by hand in raw/000 (" date 2017-05-03 A man who has spent more ..."); the
    # names at the offsets gold/000 gives them (the loader checks them against raw/).
    assert listed == [
        f"- {doc}: timex, value: A [37:55] 'more than 30 years' DURATION P30Y"
        " | B [37:55] 'more than 30 years' DURATION P31Y",
        f"- {doc}: entity, boundaries: A [177:189] 'Chip Harding' PERSON chip-harding"
        " | B [182:189] 'Harding' PERSON chip-harding",
        f"- {doc}: entity, entity: A [224:233] 'McAuliffe' PERSON terry-mcauliffe"
        " | B [224:233] 'McAuliffe' PERSON mcauliffe",
    ]
    assert "disagreements: 3\n" in result.output
    figures = json.loads((tmp_path / "a.json").read_text())["kinds"]
    # docs/annotation.md: 374 mentions, 132 time expressions; one edit each where it hits.
    assert figures["entity"]["span"]["correct"] == 373
    assert figures["entity"]["span"]["f1"] == round(373 / 374, 4)
    assert figures["entity"]["attributes"]["label"]["agreement"] == 1.0
    entity_ids = figures["entity"]["attributes"]["entity"]
    assert entity_ids["compared"] - entity_ids["agreeing"] == 1
    assert figures["timex"]["span"]["f1"] == 1.0
    assert figures["timex"]["attributes"]["value"] == {
        "agreement": round(131 / 132, 4), "agreeing": 131, "compared": 132
    }  # fmt: skip


# --- the labeling config ---------------------------------------------------------------


def test_label_studio_config_in_docs_is_the_one_export_writes():
    assert (REPO / "docs" / "label-studio.xml").read_text("utf-8") == labeling_config()


def test_label_studio_config_offers_exactly_the_gold_labels_and_the_two_attributes():
    root = ElementTree.fromstring(labeling_config())
    labels = {
        control.get("name"): {label.get("value") for label in control.iter("Label")}
        for control in root.iter("Labels")
    }
    assert labels == {"entity": ENTITY_LABELS, "timex": TIMEX_TYPES, "boilerplate": {"BOILERPLATE"}}
    areas = {area.get("name"): area.get("perRegion") for area in root.iter("TextArea")}
    assert areas == {ENTITY_ID_NAME: "true", TIMEX_VALUE_NAME: "true"}
    assert {control.get("toName") for control in root.iter("Labels")} == {"text"}


# --- the loop on a user's own corpus, and the gate beside its gold --------------------

CASE = {
    "letters/a.txt": "Ada Okafor joined the Lagos Water Agency on 12 March 2021.\n"
    "Okafor said the agency would publish its first report in 2022.\n",
    "letters/b.txt": "Home | Contact us\n\nTunde Bello met Ada Okafor in Abuja on 3 May 2019.\n"
    "Bello has worked for the Lagos Water Agency for ten years.\n",
}


@pytest.fixture(scope="module")
def case_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("case")
    for doc, text in CASE.items():
        (root / "raw" / doc).parent.mkdir(parents=True, exist_ok=True)
        (root / "raw" / doc).write_text(text, "utf-8")
    result = _invoke("run", "--raw", root / "raw", "--out", root / "out")
    assert result.exit_code == 0, result.output
    return root


def test_export_from_tables_writes_every_span_of_the_run_in_raw_offsets(case_run, tmp_path):
    result = _invoke("gold", "export", "--out", tmp_path / "ls", "--format", "label-studio",
                     case_run / "out")  # fmt: skip
    assert result.exit_code == 0, result.output
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text("utf-8"))
    assert [task["data"]["doc"] for task in tasks] == ["letters/a.txt", "letters/b.txt"]
    mentions = pq.read_table(case_run / "out" / "mentions.parquet").to_pylist()
    dates = pq.read_table(case_run / "out" / "dates.parquet").to_pylist()
    for task in tasks:
        doc, text = task["data"]["doc"], task["data"]["text"]
        assert text == CASE[doc]
        result_items = task["predictions"][0]["result"]
        labelled = [item for item in result_items if item["type"] == "labels"]
        for item in labelled:
            value = item["value"]
            assert text[value["start"] : value["end"]] == value["text"]
        exported_names = {
            (i["value"]["start"], i["value"]["end"], i["value"]["labels"][0])
            for i in labelled
            if i["from_name"] == "entity"
        }
        assert exported_names == {
            (m["raw_start"], m["raw_end"], m["label"]) for m in mentions if m["doc_id"] == doc
        }
        assert len([i for i in labelled if i["from_name"] == "timex"]) == len(
            [d for d in dates if d["doc_id"] == doc]
        )
    first = {(i["id"], i["from_name"]): i for i in tasks[0]["predictions"][0]["result"]}
    date = next(k for k, i in first.items() if i["value"].get("text") == "12 March 2021")
    assert first[date]["value"] == {
        "start": 44, "end": 57, "text": "12 March 2021", "labels": ["DATE"]
    }  # fmt: skip
    assert first[(date[0], TIMEX_VALUE_NAME)]["value"]["text"] == ["2021-03-12"]
    assert (tmp_path / "ls" / "label-studio.xml").read_text("utf-8") == labeling_config()


def test_export_from_a_raw_folder_runs_the_stages_and_keeps_the_chosen_documents(
    case_run, tmp_path
):
    result = _invoke("gold", "export", "--out", tmp_path / "brat", "--format", "brat",
                     "--docs", "letters/a*", case_run / "raw")  # fmt: skip
    assert result.exit_code == 0, result.output
    folder = tmp_path / "brat"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")) == [
        "annotation.conf", "extract-documents.json", "letters", "letters/a.ann", "letters/a.txt"
    ]  # fmt: skip
    assert (tmp_path / "brat" / "letters" / "a.txt").read_text("utf-8") == CASE["letters/a.txt"]
    ann = (tmp_path / "brat" / "letters" / "a.ann").read_text("utf-8").splitlines()
    date_line = next(line for line in ann if line.endswith("\t12 March 2021"))
    number = date_line.split("\t")[0][1:]
    assert date_line == f"T{number}\tDATE 44 57\t12 March 2021"
    assert f"#{number}\tAnnotatorNotes T{number}\t2021-03-12" in ann


def test_user_corpus_loop_gates_on_the_minimums_beside_its_gold(case_run, tmp_path):
    exported = tmp_path / "ls"
    assert _invoke("gold", "export", "--out", exported, "--format", "label-studio",
                   case_run / "out").exit_code == 0  # fmt: skip
    _submitted(exported / "tasks.json")
    gold = tmp_path / "my-gold"
    imported = _invoke("gold", "import", exported / "tasks.json", "--to", gold)
    assert imported.exit_code == 0, imported.output
    assert sorted(p.name for p in gold.glob("*.jsonl")) == ["letters-a.jsonl", "letters-b.jsonl"]

    # Without minimums of its own the corpus gets the bundled ones, which name sets it lacks.
    bundled = _invoke("evaluate", "--out", case_run / "out", "--gold", gold, "--check")
    assert bundled.exit_code == 1
    assert "below minimum: seeds_no_kb.ner.strict.f1: missing" in bundled.output

    (gold / "minimums.yaml").write_text(
        "# this corpus's own gate\nner.strict.f1: 0.9\ntimex.value.f1: 0.9\n", "utf-8"
    )
    passed = _invoke("evaluate", "--out", case_run / "out", "--gold", gold, "--check")
    assert passed.exit_code == 0, passed.output
    assert f"gate passed: 2 minimums met ({gold / 'minimums.yaml'})" in passed.output

    degraded = tmp_path / "degraded"
    shutil.copytree(case_run / "out", degraded)
    mentions = pq.read_table(degraded / "mentions.parquet")
    pq.write_table(mentions.slice(0, 0), degraded / "mentions.parquet")
    failed = _invoke("evaluate", "--out", degraded, "--gold", gold, "--check")
    assert failed.exit_code == 1
    assert "below minimum: ner.strict.f1: 0.0000 below minimum 0.9" in failed.output
    assert f"minimums from {gold / 'minimums.yaml'}" in failed.output


# --- minimums files ------------------------------------------------------------------


def test_minimums_file_wins_over_the_settings_and_is_absent_by_default(tmp_path):
    assert gate_minimums(tmp_path, {"ner.strict.f1": 0.96}) == (
        {"ner.strict.f1": 0.96},
        "the settings' evaluate.minimums",
    )
    (tmp_path / "minimums.yaml").write_text("linking.accuracy: 0.7\n", "utf-8")
    assert gate_minimums(tmp_path, {"ner.strict.f1": 0.96}) == (
        {"linking.accuracy": 0.7},
        str(tmp_path / "minimums.yaml"),
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("ner.strict.f1: 1.5\n", "ner.strict.f1: 1.5 is outside [0, 1]"),
        ("ner.strict.f1: high\n", "ner.strict.f1: 'high' is not a number"),
        ("- ner.strict.f1\n", "expected a mapping"),
        ("ner..f1: 0.5\n", "'ner..f1' is not a dotted figure name"),
    ],
)
def test_minimums_file_errors_name_the_file_and_the_key(tmp_path, content, problem):
    path = tmp_path / "minimums.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(MinimumsError) as raised:
        read_minimums(path)
    assert str(raised.value).startswith(f"{path}: {problem}")


def test_export_leaves_out_what_the_gold_rules_cannot_hold(case_run, tmp_path):
    """A label outside ANNOTATION.md's set is dropped, and a NORP mention loses its link."""
    tables = tmp_path / "out"
    shutil.copytree(case_run / "out", tables)
    mentions = pq.read_table(tables / "mentions.parquet")
    rows = mentions.to_pylist()
    base = next(m for m in rows if m["doc_id"] == "letters/a.txt" and m["text"] == "Ada Okafor")
    text = CASE["letters/a.txt"]
    agency = text.index("the agency")  # "the agency" is no name; the rows are made up
    made_up = [
        {**base, "mention_id": "x1", "label": "EVENT", "raw_start": agency,
         "raw_end": agency + 10, "text": "the agency"},
        {**base, "mention_id": "x2", "label": "NORP", "raw_start": agency + 4,
         "raw_end": agency + 10, "text": "agency", "entity_id": "agency"},
    ]  # fmt: skip
    pq.write_table(
        pa.Table.from_pylist(rows + made_up, schema=mentions.schema), tables / "mentions.parquet"
    )
    documents, left_out = pipeline_documents(tables, doc_globs=["letters/a.txt"])
    assert [document.doc for document in documents] == ["letters/a.txt"]
    assert left_out == {"mentions labelled EVENT": 1, "links of NORP mentions": 1}
    norp = [s for s in documents[0].spans if s.label == "NORP"]
    assert [(s.start, s.end, s.text, s.entity) for s in norp] == [
        (agency + 4, agency + 10, "agency", None)
    ]
    assert not [s for s in documents[0].spans if s.label == "EVENT"]


def test_export_with_a_glob_that_matches_nothing_names_it(case_run, tmp_path):
    result = _invoke("gold", "export", "--out", tmp_path / "x", "--format", "brat",
                     "--docs", "memos/*", case_run / "out")  # fmt: skip
    assert result.exit_code == 2
    assert "no document id matches ['memos/*']" in result.output


def test_brat_import_names_an_ann_file_that_is_not_utf8(tmp_path):
    folder = _brat_folder(tmp_path, GOOD_ANN)
    (folder / "letters" / "a.ann").write_bytes("T1\tPERSON 0 10\tAda Okafor\n".encode("utf-16"))
    result = _invoke("gold", "import", folder, "--to", tmp_path / "gold")
    assert result.exit_code == 2
    assert f"error: {folder / 'letters' / 'a.ann'}: cannot be read as UTF-8" in result.output
