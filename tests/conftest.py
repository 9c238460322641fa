from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from regelsyn import i18n
from tests.helpers import MINIMAL_CONFIG, build_tree, copy_example

TODAY = "2026-11-27"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test sees the developer's HOME, git identity, editor or regelsyn settings."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("REGELSYN_TODAY", TODAY)
    monkeypatch.setenv("REGELSYN_ID_SEED", "regelsyn-tests")
    monkeypatch.setenv("COLUMNS", "200")
    for name in ("REGELSYN_REGISTRY", "REGELSYN_LANG", "EDITOR", "VISUAL"):
        monkeypatch.delenv(name, raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    i18n.reset()
    yield
    i18n.reset()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A scratch copy of the shipped example registry."""
    return copy_example(tmp_path / "solhaven")


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    """A registry with a three-level ladder and no rules."""
    return build_tree(tmp_path / "mini", {"regelsyn.yaml": MINIMAL_CONFIG, "rules/.gitkeep": ""})
