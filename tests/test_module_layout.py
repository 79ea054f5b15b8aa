"""The packages split into modules of one concern (round 48) stay that way.

STYLE.md asks for modules under about 600 lines with one concern each. The
events and dates extractors were split from files of 7,000, 3,500 and 2,000
lines, and the link step (round 49) from one of 2,000; these tests keep a module there from growing back past the bound, and
keep the modules' imports one way (a lower module never imports a higher one,
so the steps can be read, and tested, from the bottom up).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "tally"

#: Packages whose modules were split (round 48; the link step, round 49), and the most lines a module may hold.
SPLIT_PACKAGES = {
    "extract/events": 700,
    "extract/events/acled": 700,
    "extract/dates": 700,
    "link": 700,
}
#: Modules written before the split that the bound does not cover yet (none since round 49).
NOT_YET_SPLIT: set[str] = set()


def _modules(package: str) -> list[Path]:
    return sorted(p for p in (SRC / package).glob("*.py") if p.name != "__init__.py")


@pytest.mark.parametrize("package", sorted(SPLIT_PACKAGES))
def test_layout_modules_of_a_split_package_stay_small(package: str) -> None:
    bound = SPLIT_PACKAGES[package]
    too_long = {
        str(p.relative_to(SRC)): n
        for p in _modules(package)
        if str(p.relative_to(SRC)) not in NOT_YET_SPLIT
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > bound
    }
    assert not too_long, f"split the module by concern (STYLE.md §2): {too_long}"


def _imported_siblings(path: Path, package: str) -> set[str]:
    dotted = "tally." + package.replace("/", ".")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(dotted + "."):
            rest = node.module[len(dotted) + 1 :]
            if "." not in rest:
                out.add(rest)
    return out


@pytest.mark.parametrize("package", sorted(SPLIT_PACKAGES))
def test_layout_sibling_imports_have_no_cycle(package: str) -> None:
    graph = {p.stem: _imported_siblings(p, package) for p in _modules(package)}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path, node, nxt]
            if nxt not in state and (cycle := visit(nxt, [*path, node])):
                return cycle
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            cycle = visit(start, [])
            assert cycle is None, f"modules import each other: {' -> '.join(cycle)}"


def test_layout_cycle_check_sees_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Guard: the cycle test fails on two modules that import each other."""
    pkg = tmp_path / "tally" / "demo"
    pkg.mkdir(parents=True)
    (pkg / "one.py").write_text("from tally.demo.two import b\n", encoding="utf-8")
    (pkg / "two.py").write_text("from tally.demo.one import a\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path / "tally")
    with pytest.raises(AssertionError, match="import each other"):
        test_layout_sibling_imports_have_no_cycle("demo")


def _names_defined_twice(tree: ast.Module) -> dict[str, list[int]]:
    seen: dict[str, list[int]] = {}
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        elif isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names = [node.target.id]
        else:
            names = []
        for name in names:
            seen.setdefault(name, []).append(node.lineno)
    return {name: lines for name, lines in seen.items() if len(lines) > 1 and name != "__all__"}


def test_layout_no_module_defines_a_name_twice() -> None:
    """A second top-level definition silently replaces the first for every reader, also those
    written beside the first (round 48 found three such constants in the figures extractor)."""
    twice = {
        str(path.relative_to(SRC)): found
        for path in sorted(SRC.rglob("*.py"))
        if (found := _names_defined_twice(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert not twice, f"names defined twice: {twice}"


def test_layout_a_name_defined_twice_is_seen() -> None:
    """Guard: the check finds a constant assigned twice at module level."""
    tree = ast.parse("WORDS = {'a'}\n\ndef f():\n    return WORDS\n\nWORDS = {'b'}\n")
    assert _names_defined_twice(tree) == {"WORDS": [1, 6]}
