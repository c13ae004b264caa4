"""A name the corpus marks often, in several documents and always with one label, is a
mention where a document writes it and the model read nothing."""

import pyarrow.parquet as pq
from typer.testing import CliRunner

from extract.cli import app
from extract.linking.corpus_mentions import LABELS, CorpusMentions
from extract.linking.corpus_names import CorpusNames

runner = CliRunner()


def _rows(*marks):
    return [{"doc_id": doc, "text": text, "label": label} for doc, text, label in marks]


def test_only_names_marked_often_in_several_documents_with_one_label_qualify():
    names = CorpusNames.from_mentions(
        _rows(
            ("a", "Lagos", "GPE"),
            ("a", "Lagos", "GPE"),
            ("b", "Lagos", "GPE"),  # 3 marks in 2 documents, one label
            ("a", "Okafor", "PERSON"),
            ("a", "Okafor", "PERSON"),
            ("a", "Okafor", "PERSON"),  # 3 marks, one document only
            ("a", "Kano", "GPE"),
            ("b", "Kano", "GPE"),
            ("c", "Kano", "ORG"),  # two labels
            ("b", "Mensah", "PERSON"),
            ("c", "Mensah", "PERSON"),  # 2 marks only
            ("a", "Yoruba", "LANGUAGE"),
            ("b", "Yoruba", "LANGUAGE"),
            ("c", "Yoruba", "LANGUAGE"),  # a label that is not linked
        )
    )
    assert names.one_label_names(3, 2, LABELS) == {"Lagos": "GPE"}
    assert names.one_label_names(2, 2, LABELS) == {"Lagos": "GPE", "Mensah": "PERSON"}


def test_missed_occurrences_skip_marked_spans_longer_names_and_common_nouns():
    corpus = CorpusMentions({"Lagos": "GPE", "Reform": "ORG"})
    text = (
        "Lagos voted. After the Lagos war, the Lagos Water Agency was reformed. "
        "Reform of the agency is slow; reform is hard, and reform costs money."
    )
    taken = [(0, 5)]  # the model marked the first Lagos
    found = [(text[s:e], label) for s, e, label in corpus.missed(text, taken)]
    # the second Lagos is added; the third is part of a longer name; "Reform" is a
    # common noun in a text that writes "reform" in lower case more often
    assert found == [("Lagos", "GPE")]
    assert text.index("Lagos war") == next(s for s, _, _ in corpus.missed(text, taken))


def test_a_run_adds_the_place_one_article_writes_inside_an_event_name(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "Iraq held elections on Sunday. Voters in Iraq queued for hours.\n", encoding="utf-8"
    )
    (raw / "b.txt").write_text(
        "Troops will stay in Iraq until the new government is formed.\n", encoding="utf-8"
    )
    article = "The inquiry looked at the run-up to the Iraq war and the dossier.\n"
    (raw / "c.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    unlinked = pq.read_table(out / "mentions_unlinked.parquet").to_pylist()
    mentions = pq.read_table(out / "mentions.parquet").to_pylist()
    # the model reads "the Iraq war" as an EVENT, which is not a linked label
    assert not [m for m in unlinked if m["doc_id"] == "c.txt"]
    (added,) = [m for m in mentions if m["doc_id"] == "c.txt"]
    assert (added["text"], added["label"]) == ("Iraq", "GPE")
    assert article[added["raw_start"] : added["raw_end"]] == "Iraq"
    assert added["entity_id"] == next(m["entity_id"] for m in mentions if m["doc_id"] == "a.txt")
