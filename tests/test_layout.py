"""The grader's layout shows its architecture: layers as sub-packages, each mapped, no import circles."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "autograder"
#: the only modules left at the top: the entry point and the checks API assignments import
TOP_LEVEL = {"__init__.py", "__main__.py", "checks.py"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts}
SUBPACKAGES = sorted(p.parent for p in PACKAGE.glob("*/__init__.py"))


def imported(path: Path, name: str) -> set[str]:
    """Every grader module ``path`` imports, at any depth (inside functions too), with the packages
    Python runs on the way (importing ``a.b.c`` runs ``a.b``'s ``__init__``)."""
    targets = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
                base = ".".join(here[:len(here) - node.level + 1] + ([node.module] if node.module else []))
            targets |= {base} | {f"{base}.{a.name}" for a in node.names}
    found = set()
    for target in targets:
        while target.startswith("autograder"):
            if target in MODULES and target != name and not name.startswith(target + "."):
                found.add(target)
            target = target.rpartition(".")[0]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_of_the_grader_imports_another_in_a_circle():
    graph = {name: imported(path, name) for name, path in MODULES.items()}
    assert graph["autograder.course.classrun"], "the gauge reads imports"  # it imports much
    assert cycles(graph) == []


def test_the_grader_is_layers_of_sub_packages_with_few_modules_at_the_top():
    assert {p.name for p in PACKAGE.glob("*.py")} == TOP_LEVEL
    assert {p.name for p in SUBPACKAGES} >= {"assignment", "sandbox", "kernel", "grading", "course", "outputs",
                                             "cli", "common"}


@pytest.mark.parametrize("package", SUBPACKAGES, ids=lambda p: p.name)
def test_every_sub_package_maps_each_of_its_modules_in_its_docstring(package):
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
    parts = [p.stem if p.suffix else p.name for p in package.iterdir()
             if (p.suffix == ".py" and p.name != "__init__.py") or (p.is_dir() and (p / "__init__.py").exists())]
    missing = [part for part in parts if not re.search(rf"\b{re.escape(part)}\b", doc)]
    assert missing == [], f"{package.relative_to(REPO)}/__init__.py does not name {missing}"


def test_the_readme_stage_table_names_every_layer_and_only_paths_that_exist():
    text = (REPO / "README.md").read_text()
    table = text.split("| layer: stage | where |", 1)[1].split("\n\n", 1)[0]
    paths = set(re.findall(r"`(autograder/[\w/.]*)`", table))
    assert paths and all((REPO / p).exists() for p in paths), sorted(p for p in paths if not (REPO / p).exists())
    named = {p.split("/")[1].removesuffix(".py") for p in paths}
    assert {p.name for p in SUBPACKAGES} <= named, sorted({p.name for p in SUBPACKAGES} - named)
