"""`regelsyn init`: presets, the example registry, git, and refusing to overwrite."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from regelsyn.domain.presets import PRESETS
from regelsyn.store.registry import Registry
from tests.helpers import git, run


@pytest.mark.parametrize("preset", sorted(PRESETS))
def test_every_preset_inits_and_passes_check(tmp_path: Path, preset: str) -> None:
    target = tmp_path / preset
    result = run("init", target, "--preset", preset, "--workplace", "Enhed Ø", "--no-git")
    assert result.exit_code == 0, result.stderr
    assert run("check", "--strict", registry=target).exit_code == 0
    config = Registry(target).config()
    ladder = PRESETS[preset].levels
    assert config.level_ids() == [level.id for level in ladder]
    assert config.local_level == ladder[0].id
    assert config.levels[0].name == "Enhed Ø"
    assert config.levels[-1].dispensable is False
    assert config.language == PRESETS[preset].language
    assert (target / "rules").is_dir()
    assert (target / ".gitignore").read_text() == ".regelsyn/\n"


def test_init_writes_a_commented_config(tmp_path: Path) -> None:
    target = tmp_path / "solhaven"
    run(
        "init", target, "--workplace", "Plejecenter Solhaven", "--organisation", "Eksempel Kommune",
        "--committee", "Lokal-MED Solhaven", "--language", "en", "--no-git",
    )  # fmt: skip
    text = (target / "regelsyn.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[:7] == [
        "# regelsyn: the registry's settings (template: dk-kommune). Adjust the names to fit "
        "your organisation.",
        "schema: 1",
        "workplace: Plejecenter Solhaven",
        "organisation: Eksempel Kommune",
        "language: en",
        "committee: {name: Lokal-MED Solhaven, kind: MED}",
        "# Rules owned at this level can be removed by the workplace itself.",
    ]
    assert "  - {id: eu, name: EU-retten, dispensable: false}" in text.splitlines()


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "r"
    assert run("init", target, "--no-git").exit_code == 0
    before = (target / "regelsyn.yaml").read_bytes()
    result = run("--lang", "en", "init", target, "--preset", "dk-stat", "--no-git")
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        f"Error: There is already a registry: {target / 'regelsyn.yaml'} exists. regelsyn will "
        "not overwrite it; choose another folder."
    )
    assert (target / "regelsyn.yaml").read_bytes() == before


def test_init_example_copies_the_example_registry(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = run("init", target, "--example", "--no-git")
    assert result.exit_code == 0, result.stderr
    assert len(list((target / "rules").glob("*.yaml"))) >= 15
    assert run("check", registry=target).exit_code == 0
    again = run("init", target, "--example", "--no-git")
    assert again.exit_code == 1


def _who_am_i(name: str = "Anne Holm") -> None:
    """git's own configuration names the person (the test's HOME is its own)."""
    for key, value in (("user.name", name), ("user.email", "anne@example.dk")):
        subprocess.run(["git", "config", "--global", key, value], check=True)


def test_init_runs_git_init_and_commits_the_registry(tmp_path: Path) -> None:
    _who_am_i()
    target = tmp_path / "withgit"
    result = run("--lang", "en", "init", target, "--workplace", "Solhaven")
    assert result.exit_code == 0
    assert (target / ".git").is_dir()
    assert "git repository created." in result.stderr
    assert "Recorded in the history: Register oprettet: Solhaven" in result.stderr
    assert git(target, "log", "--format=%an|%s") == "Anne Holm|Register oprettet: Solhaven\n"
    assert git(target, "status", "--porcelain") == ""
    tracked = git(target, "ls-files").split()
    assert tracked == [".gitignore", "regelsyn.yaml", "rules/.gitkeep"]


def test_init_without_a_git_identity_says_how_before_writing_anything(tmp_path: Path) -> None:
    target = tmp_path / "nobody"
    result = run("--lang", "en", "init", target)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        "Error: git does not know who you are, so regelsyn cannot record the change in the "
        "history. Nothing was written."
    )
    assert 'git config --global user.name "Your Name"' in result.stderr
    assert not target.exists()
    # --author, or --no-commit, says it for this command
    named = run("--author", "Bo Jensen <bo@example.dk>", "init", target)
    assert named.exit_code == 0
    assert git(target, "log", "--format=%an <%ae>|%cn") == "Bo Jensen <bo@example.dk>|Bo Jensen\n"
    other = tmp_path / "uncommitted"
    assert run("--no-commit", "init", other).exit_code == 0
    assert (other / ".git").is_dir()
    assert git(other, "status", "--porcelain", "--untracked-files=all").count("??") == 3


def test_init_inside_a_repository_does_not_nest_one(tmp_path: Path) -> None:
    _who_am_i()
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    (tmp_path / "repo" / "notes.txt").write_text("the person's own file\n")
    target = tmp_path / "repo" / "registry"
    result = run("--lang", "en", "init", target)
    assert result.exit_code == 0
    assert not (target / ".git").exists()
    committed = git(tmp_path / "repo", "show", "--name-only", "--format=", "HEAD").split()
    assert committed == ["registry/.gitignore", "registry/regelsyn.yaml", "registry/rules/.gitkeep"]


def test_gitignore_is_extended_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "g"
    target.mkdir()
    (target / ".gitignore").write_text("*.pdf")
    run("init", target, "--no-git")
    assert (target / ".gitignore").read_text() == "*.pdf\n.regelsyn/\n"
