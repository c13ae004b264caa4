"""`extract kb draft`: the discovered entities as a KB file that --kb accepts as written."""

from extract.linking.kb import load_kb
from extract.linking.kb_draft import draft_kb
from extract.linking.linker import slug


def _row(entity_id, name, label, aliases, n_mentions, in_kb=False):
    return {
        "entity_id": entity_id,
        "name": name,
        "label": label,
        "aliases": aliases,
        "in_kb": in_kb,
        "n_mentions": n_mentions,
        "n_docs": 1,
    }


ROWS = [
    _row("ada-okafor", "Ada Okafor", "PERSON", ["Okafor", "Ms Okafor"], 5),
    _row("lagos", "Lagos", "GPE", [], 1),
    _row("court-of-appeal", "Court of Appeal", "ORG", ["CoA"], 9),
    _row("curated-one", "Curated One", "PERSON", [], 20, in_kb=True),
]


def test_kb_draft_is_a_valid_kb_most_mentioned_first(tmp_path):
    text = draft_kb(ROWS, {"ada-okafor": "Ada Okafor   told the court."})
    path = tmp_path / "kb.yaml"
    path.write_text(text, "utf-8")
    kb = load_kb(path)
    assert list(kb.entities) == ["court-of-appeal", "ada-okafor", "lagos"]
    assert kb.entities["ada-okafor"].aliases == ("Okafor", "Ms Okafor")
    assert "# 5 mentions in 1 documents; e.g. Ada Okafor told the court." in text


def test_kb_draft_min_mentions_leaves_out_rare_entities():
    text = draft_kb(ROWS, {}, min_mentions=2)
    assert "id: lagos" not in text
    assert "id: ada-okafor" in text


def test_slug_drops_apostrophes_and_diacritics():
    assert slug("Sheriff’s Office") == "sheriffs-office"
    assert slug("Renée O'Hara") == "renee-ohara"
