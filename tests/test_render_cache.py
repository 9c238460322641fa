"""The built-in templates, compiled once and kept in the user's cache folder: used when the
template is the same, passed by when the folder is broken, never in the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from regelsyn import __version__, render
from tests.helpers import run

SHOW = ("rule", "show", "ugentlig-vejning", "--format", "md")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, and a process that has not yet opened one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(render, "_COMPILED", [])
    return tmp_path / "cache" / "regelsyn" / f"templates-{__version__}"


def _shown(example: Path) -> str:
    result = run(*SHOW, registry=example)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_a_template_is_compiled_once_and_read_back(example: Path, cache: Path) -> None:
    first = _shown(example)
    kept = sorted(cache.glob("*.cache"))
    assert kept  # rule.md.j2, compiled
    stamps = [p.stat().st_mtime_ns for p in kept]
    render._COMPILED.clear()  # a new command: the same files are read, not written again
    assert _shown(example) == first
    assert [p.stat().st_mtime_ns for p in sorted(cache.glob("*.cache"))] == stamps
    assert not (example / ".regelsyn" / "templates").exists()  # never in the registry


def test_a_damaged_cache_is_passed_by(example: Path, cache: Path) -> None:
    first = _shown(example)
    for path in cache.glob("*.cache"):
        path.write_bytes(b"not bytecode at all")
    render._COMPILED.clear()
    assert _shown(example) == first


def test_a_cache_folder_that_cannot_be_made_is_passed_by(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    monkeypatch.setattr(render, "_COMPILED", [])
    result = run(*SHOW, registry=example)
    assert (result.exit_code, result.stderr) == (0, "")
    assert "# Ugentlig vejning af alle beboere" in result.stdout


def test_the_registry_s_own_templates_are_not_cached(example: Path, cache: Path) -> None:
    (example / "templates").mkdir()
    (example / "templates" / "rule.md.j2").write_text("Egen: {{ rule.title }}\n", "utf-8")
    assert _shown(example) == "Egen: Ugentlig vejning af alle beboere\n"
    assert not cache.exists() or not list(cache.glob("*.cache"))
