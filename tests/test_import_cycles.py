"""No import cycles among ``wirecoder`` modules (module-level imports, read with ``ast``).

An edge A -> B means that importing A runs ``import B`` / ``from B import ...`` at module
level (imports inside functions and under ``if TYPE_CHECKING:`` are not counted: they run
later or never). ``from pkg import name`` is an edge to ``pkg.name`` when that is a module,
else to ``pkg``. A parent package's ``__init__`` running first is not an edge.
"""

from __future__ import annotations

import ast
from pathlib import Path

import wirecoder

SRC = Path(wirecoder.__file__).resolve().parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Return the imports that run when the module is imported."""
    found: list[ast.Import | ast.ImportFrom] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):
            if "TYPE_CHECKING" not in ast.unparse(node.test):
                todo.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            todo.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                todo.extend(handler.body)
    return found


def _edges(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _top_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        base = package
        for _ in range(node.level - 1):
            base = base.rpartition(".")[0]
        base = f"{base}.{node.module}" if node.level and node.module else (
            base if node.level else node.module or "")
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            targets.add(sub if sub in modules else base)
    return {t for t in targets if t in modules and t != name}


def import_graph() -> dict[str, set[str]]:
    """Return ``{module: modules it imports at module level}`` for the whole package."""
    modules = _modules()
    return {name: _edges(name, path, modules) for name, path in modules.items()}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_graph_sees_real_imports():
    graph = import_graph()
    assert "wirecoder.codebook" in graph["wirecoder.store.rows"]
    assert "wirecoder.models" in graph["wirecoder.pipeline"]


def test_cycle_finder_finds_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_level_import_cycles():
    assert find_cycles(import_graph()) == []


#: Modules that still import ``__version__`` from the package root; they belong to work
#: in progress elsewhere and should read ``wirecoder.version`` instead. Do not add to it.
_ROOT_IMPORTS_PENDING: set[str] = set()


def test_no_new_module_imports_from_the_package_root():
    importers = {name for name, targets in import_graph().items() if "wirecoder" in targets}
    assert importers <= _ROOT_IMPORTS_PENDING
