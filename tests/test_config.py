import pytest

from extract.config import CleanParams, IngestParams, Params, load_params
from extract.errors import ParamsError

from .conftest import REPO


def test_load_params_repository_file_equals_defaults():
    """params.yaml states the defaults explicitly; they must not drift apart."""
    assert load_params(REPO / "params.yaml") == Params()


def test_load_params_overrides_a_key(tmp_path):
    path = tmp_path / "params.yaml"
    path.write_text("ingest:\n  max_bytes: 10\nclean:\n  filler_min_share: 1\n")
    params = load_params(path)
    assert params.ingest == IngestParams(max_bytes=10)
    assert params.clean == CleanParams(filler_min_share=1.0)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ingest:\n  max_bytez: 10\n", "unknown key"),
        ("ingest:\n  max_bytes: lots\n", "ingest.max_bytes must be int"),
        ("ingest:\n  extensions: .txt\n", "must be a list"),
        ("- a\n- b\n", "top level must be a mapping"),
        ("ingest: [1, 2]\n", "section 'ingest' must be a mapping"),
    ],
)
def test_load_params_rejects_bad_values_naming_the_file(tmp_path, text, message):
    path = tmp_path / "params.yaml"
    path.write_text(text)
    with pytest.raises(ParamsError, match=message) as caught:
        load_params(path)
    assert str(path) in str(caught.value)
