"""Imports only look down: no module of lactabone imports, directly or through others, a module importing it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "lactabone"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports anywhere (module level or inside functions)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules]
            targets = submodules or [base]
        else:
            continue
        # the root package is the public facade that every import runs first; it is not a layer
        found.update(target for target in targets if target in modules and target not in (name, "lactabone"))
    return found


def _graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {_module_name(path) for path in paths}
    return {_module_name(path): _imports(path, modules) for path in paths}


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, stack = set(), [start]
    while stack:
        current = stack.pop()
        if current == goal:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(graph.get(current, ()))
    return False


def _is_package(name: str) -> bool:
    return (PACKAGE.parent / Path(*name.split(".")) / "__init__.py").is_file()


def test_scenario_and_validation_modules_form_no_import_circle() -> None:
    graph = _graph()
    circles = [
        (module, imported)
        for module, imports in graph.items()
        for imported in imports
        if (module.startswith(("lactabone.scenario.", "lactabone.validation."))
            and not _is_package(imported) and _reaches(graph, imported, module))
    ]
    assert circles == []


def test_the_two_reported_circles_are_gone() -> None:
    graph = _graph()
    assert not _reaches(graph, "lactabone.scenario.schema", "lactabone.scenario.io")
    assert not _reaches(graph, "lactabone.validation.rodent_targets", "lactabone.validation.targets")
    assert not _reaches(graph, "lactabone.validation.cow_targets", "lactabone.validation.targets")
    assert not _reaches(graph, "lactabone.validation.targets", "lactabone.validation.rodent_targets")
