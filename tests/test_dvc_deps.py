"""dvc.yaml declares, for every stage, each library module its script imports (directly or
through other modules), so `dvc repro` reruns a stage whenever code it runs changes."""

import ast
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

SRC = REPO / "src"


def _module_file(module: str) -> Path | None:
    """The file of an ``extract.*`` module (a package's ``__init__.py``), or None."""
    base = SRC.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported_modules(path: Path) -> set[str]:
    """Every ``extract.*`` module named by an import anywhere in ``path``, with the
    packages that hold it (importing a module runs its parents' ``__init__``)."""
    names: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    found = set()
    for name in names:
        if not name.startswith("extract"):
            continue
        parts = name.split(".")
        found |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
    return {name for name in found if _module_file(name) is not None}


def _runtime_nodes(tree: ast.AST):
    """Every node but those under ``if TYPE_CHECKING:`` (imports for type hints only)."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and getattr(child.test, "id", "") == "TYPE_CHECKING":
            continue
        yield child
        yield from _runtime_nodes(child)


def _import_closure(script: Path) -> set[Path]:
    files: set[Path] = set()
    pending = [script]
    while pending:
        path = pending.pop()
        for module in _imported_modules(path):
            module_file = _module_file(module)
            if module_file is not None and module_file not in files:
                files.add(module_file)
                pending.append(module_file)
    return files


def _stages() -> dict[str, dict]:
    return yaml.safe_load((REPO / "dvc.yaml").read_text("utf-8"))["stages"]


def _covered(path: Path, deps: list[str]) -> bool:
    relative = path.relative_to(REPO)
    return any(relative == Path(dep) or Path(dep) in relative.parents for dep in deps)


@pytest.mark.parametrize("stage", sorted(_stages()))
def test_dvc_deps_cover_every_module_the_stage_imports(stage):
    spec = _stages()[stage]
    script = REPO / spec["cmd"].split()[1]
    assert _covered(script, spec["deps"]), f"{stage}: its script is not a dep"
    missing = sorted(
        str(path.relative_to(REPO))
        for path in _import_closure(script)
        if not _covered(path, spec["deps"])
    )
    assert missing == [], f"{stage} imports modules dvc.yaml does not list"


def test_dvc_deps_closure_follows_imports_through_modules():
    """The closure is transitive: the link stage reaches the knowledge base through the
    linker, and the clean stage reaches the word lists' reader through the rules."""
    link = _import_closure(REPO / "pipeline" / "link.py")
    assert SRC / "extract" / "linking" / "kb.py" in link
    clean = _import_closure(REPO / "pipeline" / "clean.py")
    assert SRC / "extract" / "clean" / "lexicons.py" in clean
    assert SRC / "extract" / "ner" / "mentions.py" not in clean
