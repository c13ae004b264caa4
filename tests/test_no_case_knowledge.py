"""Domain knowledge lives in data (kb/, gold/): no name of the case appears in the library."""

import re

import yaml

from extract.clean.lexicons import read_lexicon

from .conftest import REPO

# Words a name can share with ordinary English: titles (their own lexicon) and articles.
GENERIC = {word.capitalize() for word in read_lexicon("titles")} | {"The", "And", "Of"}


def _case_words() -> set[str]:
    entities = yaml.safe_load((REPO / "kb" / "entities.yaml").read_text("utf-8"))
    words: set[str] = set()
    for entity in entities:
        for name in [entity["name"], *(entity.get("aliases") or [])]:
            words |= set(re.findall(r"[A-ZÀ-Ý][\wÀ-ÿ]{2,}", name))
    return words - GENERIC


def test_no_knowledge_base_name_in_library_code_or_lexicons():
    words = _case_words()
    assert {"Soering", "Haysom"} <= words  # the scan reads the real knowledge base
    found = []
    for path in sorted((REPO / "src" / "extract").rglob("*")):
        if path.suffix not in (".py", ".txt"):
            continue
        text = path.read_text("utf-8")
        found += [
            f"{path.relative_to(REPO)}: {word}"
            for word in sorted(words)
            if re.search(rf"\b{re.escape(word)}\b", text)
        ]
    assert found == []
