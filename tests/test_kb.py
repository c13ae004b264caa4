import pytest

from extract.linking.kb import KnowledgeBaseError, load_kb
from extract.linking.names import normalize_name, strip_possessive

from .conftest import REPO
from .factory import small_kb


def test_load_kb_repository_file_validates():
    kb = load_kb(REPO / "kb" / "entities.yaml")
    assert kb.entities["jens-soering"].label == "PERSON"
    assert kb.ids_for("Christopher P. Noe") == {"jens-soering"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- {id: Jens, name: Jens, label: PERSON}\n", "lowercase slug"),
        ("- {id: jens, name: Jens, label: HUMAN}\n", "label must be one of"),
        ("- {id: jens, label: PERSON}\n", "'name' is required"),
        ("- {id: jens, name: Jens, label: PERSON, born: 1966}\n", "unknown field"),
        ("- {id: jens, name: Jens, label: PERSON, wikidata: 123}\n", "wikidata"),
        ("- {id: a, name: A, label: ORG}\n- {id: a, name: B, label: ORG}\n", "duplicate id"),
        ("id: jens\n", "must be a list"),
    ],
)
def test_load_kb_schema_errors_name_file_and_entry(tmp_path, text, message):
    path = tmp_path / "entities.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(KnowledgeBaseError, match=message) as caught:
        load_kb(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Jens Söring", "Jens Soering"),
        ("Soering’s", "soering"),
        ("J.E. “Chip” Harding", 'J. E. "Chip" Harding'),
        ("Steve\u00a0Rosenfield", "Steve Rosenfield"),
        ("Sheriff´s", "Sheriff's"),
    ],
)
def test_normalize_name_variants_are_equal(left, right):
    assert normalize_name(left) == normalize_name(right)


def test_strip_possessive():
    assert [strip_possessive(n) for n in ["Soering’s", "Jens'", "Haysoms"]] == [
        "Soering",
        "Jens",
        "Haysoms",
    ]


def test_alias_index_from_injected_kb():
    kb = small_kb()
    assert kb.ids_for("JENS SÖRING") == {"jens-soering"}
    assert kb.ids_for("US") == {"united-states"}
    assert kb.ids_for("Haysom") == frozenset()
