"""Per-label entity F1 as a DVC plots file."""

from extract.evaluation.plots import per_label_rows, plots_csv


def _ner(person, org):
    return {
        "per_label": {
            "PERSON": {"strict": {"f1": person}, "partial": {"f1": person + 0.01}},
            "ORG": {"strict": {"f1": org}, "partial": {"f1": org}},
        }
    }


METRICS = {
    "ner": _ner(0.99, 0.80),
    "linking": {},
    "seeds_no_kb": {"ner": _ner(0.95, 0.55)},
    "bbc_dev": {"skipped": "../shared/corpora/bbc-news is absent"},
}


def test_one_row_per_scored_set_and_label():
    rows = per_label_rows(METRICS)
    assert [(r["set"], r["entity_label"], r["strict_f1"]) for r in rows] == [
        ("gold", "ORG", 0.80),
        ("gold", "PERSON", 0.99),
        ("seeds_no_kb", "ORG", 0.55),
        ("seeds_no_kb", "PERSON", 0.95),
    ]
    assert rows[1]["label"] == "gold PERSON" and rows[1]["partial_f1"] == 1.0


def test_csv_has_a_header_and_fixed_order():
    lines = plots_csv(METRICS).splitlines()
    assert lines[0] == "label,set,entity_label,strict_f1,partial_f1"
    assert lines[1] == "gold ORG,gold,ORG,0.8,0.8" and len(lines) == 5
