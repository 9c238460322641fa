"""Catalogs are complete, help shows an example for every command, the README covers them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from regelsyn.cli import app
from regelsyn.i18n import CATALOGS, number
from tests.helpers import GOOD_RULE, build_tree, run

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [
    ["init"],
    ["rule"],
    ["rule", "add"],
    ["rule", "list"],
    ["rule", "show"],
    ["rule", "edit"],
    ["review"],
    ["review", "list"],
    ["review", "show"],
    ["review", "render"],
    ["challenge", "new"],
    ["challenge", "list"],
    ["challenge", "show"],
    ["challenge", "decide"],
    ["challenge", "evaluate"],
    ["escalate"],
    ["case", "reply"],
    ["case", "render"],
    ["inbox"],
    ["report"],
    ["due"],
    ["import"],
    ["export"],
    ["template", "list"],
    ["template", "export"],
    ["check"],
    ["schema"],
]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_catalogs_have_the_same_keys_and_placeholders(lang: str) -> None:
    danish, other = CATALOGS["da"], CATALOGS[lang]
    assert list(other) == list(danish)
    for key, text in danish.items():
        assert sorted(PLACEHOLDER.findall(other[key])) == sorted(PLACEHOLDER.findall(text)), key


def test_every_message_key_used_in_code_exists() -> None:
    used: set[str] = set()
    for path in [*(ROOT / "src").rglob("*.py"), *(ROOT / "templates").rglob("*.j2")]:
        used |= set(re.findall(r"\bt\(\s*\"([a-z_]+\.[a-z_.]+)\"\s*[,)]", path.read_text()))
    missing = sorted(key for key in used if key not in CATALOGS["da"])
    assert missing == []


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert re.search(r"Eksempel(er)?:", result.stdout), result.stdout
    assert "regelsyn" in result.stdout


def test_help_follows_lang_in_a_fresh_process() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "regelsyn", "--lang", "en", "check", "--help"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200"},
    ).stdout
    assert "Example:" in out
    assert "Check the whole registry" in out


def test_readme_shows_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"regelsyn {' '.join(command)}" in readme, command
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\s*(make \w+)\s*$", quickstart, re.MULTILINE) == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_registry_language_is_used(minimal: Path) -> None:
    config = (minimal / "regelsyn.yaml").read_text().replace("language: da", "language: nb")
    (minimal / "regelsyn.yaml").write_text(config)
    build_tree(minimal, {"rules/x.yaml": GOOD_RULE.format(id="y")})
    result = run("check", registry=minimal)
    assert (
        result.out_lines[0] == "rules/x.yaml:1:5: id: id 'y' må være den samme som filnavnet ('x')"
    )


def test_lang_flag_beats_env_and_registry(minimal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGELSYN_LANG", "nb")
    assert run("--lang", "en", "check", registry=minimal).stdout.startswith("The registry is")
    assert run("check", registry=minimal).stdout.startswith("Registeret er")


def test_version() -> None:
    from regelsyn import __version__

    assert run("--version").stdout == f"regelsyn {__version__}\n"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "regelsyn", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("regelsyn ")


@pytest.mark.parametrize(
    ("lang", "value", "text"),
    [("da", 1234.5, "1.234,5"), ("nb", 1234.5, "1\u00a0234,5"), ("en", 1234.5, "1,234.5"),
     ("da", 584.0, "584"), ("da", None, "–")],
)  # fmt: skip
def test_numbers_are_written_as_people_write_them(lang: str, value: float, text: str) -> None:
    assert number(value, lang) == text


def test_app_name() -> None:
    assert app.info.name == "regelsyn"
