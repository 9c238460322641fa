"""The layers of DESIGN.md §5 hold: no import cycles (function-level imports included), the
command-line layer neither touches files nor holds process rules, and nothing below the
terminal layer prints or prompts."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "regelsyn"


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_there_are_no_import_cycles() -> None:
    graph = grimp.build_graph("regelsyn", exclude_type_checking_imports=True)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(name)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.c")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph) == [["p.a", "p.b", "p.c"]]


def test_the_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    root = SRC.parent.parent
    done = subprocess.run([str(lint)], capture_output=True, text=True, check=False, cwd=root)
    assert done.returncode == 0, done.stdout[-3000:]
    assert "Contracts: 5 kept, 0 broken." in done.stdout


def _modules(layer: str) -> list[Path]:
    return sorted((SRC / layer).rglob("*.py"))


def _calls(path: Path) -> list[tuple[int, str]]:
    """``(line, name)`` of every call in a module: ``print``, ``x.read_text`` ..."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                found.append((node.lineno, func.id))
            elif isinstance(func, ast.Attribute):
                found.append((node.lineno, func.attr))
    return found


DISK = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "mkdir",
        "exists", "is_file", "is_dir", "glob", "iterdir", "rmtree", "copy2"}  # fmt: skip
RECORD_FOLDERS = ("rules/", "reviews/", "cases/", ".regelsyn")


@pytest.mark.parametrize("path", _modules("cli"), ids=lambda p: p.name)
def test_the_command_line_layer_touches_no_file(path: Path) -> None:
    calls = [f"{path.name}:{line}: {name}()" for line, name in _calls(path) if name in DISK]
    assert calls == []
    text = path.read_text(encoding="utf-8")
    assert not [folder for folder in RECORD_FOLDERS if f'"{folder}' in text or f"'{folder}" in text]


PRINTING = {"print", "input", "echo", "secho"}


@pytest.mark.parametrize(
    "path",
    [
        *_modules("app"),
        *_modules("domain"),
        *_modules("store"),
        *_modules("model"),
        *_modules("render"),
    ],
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_below_the_terminal_nothing_prints_or_prompts(path: Path) -> None:
    calls = [f"{line}: {name}()" for line, name in _calls(path) if name in PRINTING]
    assert calls == []
    text = path.read_text(encoding="utf-8")
    assert "sys.stdout" not in text and "sys.stderr" not in text
