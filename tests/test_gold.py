"""Gold set: the committed JSONL is current with its specs and validates; errors are precise."""

import json

import pytest

from extract.gold.loader import GoldError, load_gold
from extract.gold.spec import GoldSpecError, build_gold

from .conftest import RAW, REPO

GOLD = REPO / "gold"
RAW_TEXTS = {path.name: path.read_text("utf-8") for path in RAW.glob("*.txt")}


def test_gold_committed_files_validate():
    spans = load_gold(GOLD, RAW_TEXTS)
    docs = {span.doc for span in spans}
    assert docs == set(RAW_TEXTS)


@pytest.mark.parametrize("spec_path", sorted((GOLD / "spec").glob("*.yaml")), ids=lambda p: p.stem)
def test_gold_jsonl_is_built_from_current_spec(spec_path):
    """Edit the spec, then run tools/build_gold.py: the JSONL must never drift from it."""
    built = build_gold(spec_path, RAW_TEXTS[spec_path.stem + ".txt"])
    committed = (GOLD / f"{spec_path.stem}.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in committed] == [span.to_record() for span in built]


def _spec(tmp_path, body):
    path = tmp_path / "doc.yaml"
    path.write_text("doc: doc.txt\n" + body, "utf-8")
    return path


def test_build_gold_longest_surface_wins(tmp_path):
    raw = "Jens Soering met Jens. Soering’s case."
    spec = _spec(
        tmp_path,
        "entities:\n  - Jens | PERSON | js\n  - Jens Soering | PERSON | js\n"
        "  - Soering | PERSON | js\n",
    )
    spans = build_gold(spec, raw)
    assert [(s.start, s.end, s.text) for s in spans] == [
        (0, 12, "Jens Soering"),
        (17, 21, "Jens"),
        (23, 30, "Soering"),
    ]


def test_build_gold_context_picks_one_occurrence_and_not_blocks(tmp_path):
    raw = "Mrs. Haysom and the Haysom home. Now we wait. Now he faced it."
    spec = _spec(
        tmp_path,
        "entities:\n  - Haysom | PERSON | nancy-haysom | Mrs. Haysom\n"
        "timexes:\n  - Now | DATE | PRESENT_REF\n"
        "not_timexes:\n  - Now | Now he faced\n",
    )
    spans = build_gold(spec, raw)
    assert [(s.start, s.kind) for s in spans] == [(5, "entity"), (33, "timex")]


def test_build_gold_space_matches_no_break_space(tmp_path):
    raw = "attorney Steve\u00a0Rosenfield sends"
    spec = _spec(tmp_path, "entities:\n  - Steve Rosenfield | PERSON | steve-rosenfield\n")
    (span,) = build_gold(spec, raw)
    assert span.text == "Steve\u00a0Rosenfield"


def test_build_gold_skips_boilerplate(tmp_path):
    raw = "Follow Jens\n\nJens wrote."
    spec = _spec(tmp_path, "boilerplate:\n  - Follow Jens\nentities:\n  - Jens | PERSON | js\n")
    spans = build_gold(spec, raw)
    assert [(s.kind, s.start) for s in spans] == [("boilerplate", 0), ("entity", 13)]


def test_build_gold_skips_regions_given_from_elsewhere(tmp_path):
    """A corpus's boilerplate gold, built by another tool, blocks matches the same way."""
    raw = "By Ada Okafor\n\nAda Okafor wrote."
    spec = _spec(tmp_path, "entities:\n  - Ada Okafor | PERSON | ada-okafor\n")
    spans = build_gold(spec, raw, outside=[(0, 13)])
    assert [(s.kind, s.start, s.end) for s in spans] == [("entity", 15, 25)]


def test_build_gold_entry_matching_nothing_is_an_error(tmp_path):
    spec = _spec(tmp_path, "entities:\n  - Sizemore | PERSON | bill-sizemore\n")
    with pytest.raises(GoldSpecError, match="matches nothing"):
        build_gold(spec, "Jens wrote a book.")


def _write_gold(tmp_path, records):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "doc.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8"
    )
    return folder


RAW = {"doc.txt": "Follow Us\nJens Soering was arrested in London in 1986."}


def _entity(start, end, text, label="PERSON", entity="jens-soering"):
    return {
        "doc": "doc.txt",
        "start": start,
        "end": end,
        "text": text,
        "kind": "entity",
        "label": label,
        "entity": entity,
    }


def test_load_gold_text_mismatch_names_file_line_and_both_strings(tmp_path):
    folder = _write_gold(
        tmp_path, [_entity(10, 22, "Jens Soering"), _entity(10, 22, "Jens Söring")]
    )
    with pytest.raises(GoldError) as caught:
        load_gold(folder, RAW)
    message = str(caught.value)
    assert "doc.jsonl:2" in message and "'Jens Soering'" in message and "'Jens Söring'" in message


def test_load_gold_overlap_is_an_error(tmp_path):
    folder = _write_gold(tmp_path, [_entity(10, 22, "Jens Soering"), _entity(15, 22, "Soering")])
    with pytest.raises(GoldError, match=r"doc\.jsonl:2: entity 'Soering' overlaps 'Jens Soering'"):
        load_gold(folder, RAW)


def test_load_gold_entity_inside_boilerplate_is_an_error(tmp_path):
    boilerplate = {
        "doc": "doc.txt",
        "start": 0,
        "end": 9,
        "text": "Follow Us",
        "kind": "boilerplate",
    }
    folder = _write_gold(tmp_path, [boilerplate, _entity(7, 9, "Us", label="GPE", entity=None)])
    with pytest.raises(GoldError, match="inside boilerplate"):
        load_gold(folder, RAW)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (_entity(10, 22, "Jens Soering", label="MISC"), "label 'MISC'"),
        ({**_entity(10, 22, "Jens Soering"), "entity": "x", "label": "NORP"}, "NORP"),
        ({k: v for k, v in _entity(10, 22, "Jens Soering").items() if k != "entity"}, "needs an"),
        (
            {
                "doc": "doc.txt",
                "start": 49,
                "end": 53,
                "text": "1986",
                "kind": "timex",
                "type": "YEAR",
                "value": "1986",
            },
            "type 'YEAR'",
        ),
        (
            {
                "doc": "doc.txt",
                "start": 49,
                "end": 53,
                "text": "1986",
                "kind": "timex",
                "type": "DATE",
            },
            "needs a value",
        ),
        ({**_entity(10, 22, "Jens Soering"), "doc": "other.txt"}, "not in the raw folder"),
    ],
)
def test_load_gold_rejects_bad_records(tmp_path, record, message):
    with pytest.raises(GoldError, match=message):
        load_gold(_write_gold(tmp_path, [record]), RAW)
