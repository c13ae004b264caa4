"""Entity stage: offsets back to the raw text, stable ids, a clear error for a missing model."""

import dataclasses
import shutil

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.clean.whitespace import normalize_whitespace
from extract.cli import app
from extract.config import NerParams, load_params
from extract.ner.mentions import mention_id
from extract.ner.nlp import ModelNotInstalledError, load_pipeline
from extract.stages import files
from extract.stages.entities import run_entities

from .conftest import RAW, REPO

runner = CliRunner()
KB = REPO / "kb" / "entities.yaml"  # the bundled corpus's curated knowledge base


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert (
        runner.invoke(app, ["run", "--raw", str(RAW), "--out", str(out), "--kb", str(KB)]).exit_code
        == 0
    )
    return out


def test_mentions_raw_slice_equals_text_up_to_whitespace(outputs):
    raw_texts = {p.name: p.read_text("utf-8") for p in RAW.glob("*.txt")}
    mentions = pq.read_table(outputs / "mentions.parquet").to_pylist()
    assert len(mentions) > 100
    for mention in mentions:
        raw_slice = raw_texts[mention["doc_id"]][mention["raw_start"] : mention["raw_end"]]
        assert normalize_whitespace(raw_slice) == normalize_whitespace(mention["text"])


def test_mentions_never_come_from_boilerplate(outputs):
    boilerplate = pq.read_table(outputs / "boilerplate.parquet").to_pylist()
    for mention in pq.read_table(outputs / "mentions.parquet").to_pylist():
        for region in boilerplate:
            if region["doc_id"] == mention["doc_id"]:
                assert not (
                    region["raw_start"] < mention["raw_end"]
                    and mention["raw_start"] < region["raw_end"]
                )


def test_mention_ids_unique_and_from_raw_offsets(outputs):
    mentions = pq.read_table(outputs / "mentions.parquet").to_pylist()
    ids = [m["mention_id"] for m in mentions]
    assert len(ids) == len(set(ids))
    first = mentions[0]
    assert first["mention_id"] == mention_id(first["doc_id"], first["raw_start"], first["raw_end"])


def test_load_pipeline_missing_model_names_the_setting():
    with pytest.raises(ModelNotInstalledError, match=r"ner\.model") as caught:
        load_pipeline("en_core_web_nonexistent")
    assert "pip install" in str(caught.value)


def test_ner_params_default_model_is_installed():
    assert load_pipeline(NerParams().model, ("lemmatizer",)).has_pipe("ner")


def test_worker_processes_give_byte_identical_tables(outputs, tmp_path):
    """Two workers and one process, one document per chunk: the same tables, byte for byte."""
    params = load_params(REPO / "params.yaml")
    tables = {}
    for workers in (1, 2):
        out = tmp_path / f"n{workers}"
        out.mkdir()
        shutil.copy(outputs / files.DOCUMENTS_FILE, out / files.DOCUMENTS_FILE)
        settings = dataclasses.replace(
            params, ner=dataclasses.replace(params.ner, n_process=workers, documents_per_task=1)
        )
        run_entities(out, params=settings, kb_path=REPO / "kb" / "entities.yaml")
        tables[workers] = [
            (out / name).read_bytes()
            for name in (files.UNLINKED_FILE, files.SENTENCES_FILE, files.MODEL_TIMES_FILE)
        ]
    assert tables[1] == tables[2]


def test_model_time_spans_are_dates_inside_one_paragraph(outputs):
    """The model's DATE/TIME entities, kept for the time-expression stage, are spans of
    the cleaned text that never cross a paragraph break, written dates among them."""
    texts = {
        d["doc_id"]: d["text"] for d in pq.read_table(outputs / "documents.parquet").to_pylist()
    }
    spans = pq.read_table(outputs / files.MODEL_TIMES_FILE).to_pylist()
    assert {span["label"] for span in spans} <= {"DATE", "TIME"}
    words = [texts[s["doc_id"]][s["start"] : s["end"]] for s in spans]
    assert all(word.strip() and "\n\n" not in word for word in words)
    assert "August 1984" in words and "1985" in words


def test_a_span_across_a_captions_slash_is_cut_into_its_items():
    from extract.clean.document import CleanText
    from extract.clean.offsets import OffsetMap
    from extract.ner.mentions import _line_pieces, extract_entities

    text = "(Pictures from left: Ada Okafor / Lagos Water Agency / the court in Kano)\n"
    start, end = text.index("Ada"), text.index(" / the court")
    pieces = [text[s:e] for s, e in _line_pieces(text, start, end)]
    assert pieces == ["Ada Okafor", "Lagos Water Agency"]
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    (result,) = extract_entities([document], params=NerParams())
    assert all(" / " not in text[m.start : m.end] for m in result.mentions)
    assert "Ada Okafor" in [text[m.start : m.end] for m in result.mentions]
