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
    ["rule", "history"],
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
    ["case", "history"],
    ["sync"],
    ["inbox"],
    ["learn"],
    ["report"],
    ["due"],
    ["import"],
    ["export"],
    ["template", "list"],
    ["template", "export"],
    ["check"],
    ["schema"],
    ["site"],
    ["agenda"],
    ["calendar"],
    ["review", "approve"],
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


@pytest.fixture
def fresh_commands() -> None:
    """The command modules imported anew, in this test's language: their help texts are read
    when a module is imported, once per process, and another test in this process may have
    imported one under ``--lang en``."""
    for name in [n for n in sys.modules if n.startswith("regelsyn.cli.") and n.endswith("_cmd")]:
        del sys.modules[name]


@pytest.mark.usefixtures("fresh_commands")
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


@pytest.mark.parametrize(
    ("argv", "lines"),
    [
        (["rule", "add", "--kidn", "x"],
         ["Fejl: ukendt flag --kidn. Mente du --kind eller --id?",
          "Se 'regelsyn rule add -h' for hjælp."]),
        (["rule", "add", "--kind", "regle"],
         ["Fejl: --kind: 'regle' er ikke et af ordene her; brug et af: regel, dokumentation, "
          "registrering, indberetning, godkendelse, måling",
          "Se 'regelsyn rule add -h' for hjælp."]),
        (["challenge", "list", "--status", "afsl"],
         ["Fejl: --status: 'afsl' kan betyde flere ting: afslået, afsluttet; skriv lidt mere",
          "Se 'regelsyn challenge list -h' for hjælp."]),
        (["rule", "show"],
         ["Fejl: ID mangler; skriv det efter kommandoen", "Se 'regelsyn rule show -h' for hjælp."]),
        (["check", "extra"],
         ["Fejl: for mange argumenter: extra", "Se 'regelsyn check -h' for hjælp."]),
        (["chek"],
         ["Fejl: ukendt kommando 'chek'. Mente du check eller schema?",
          "Se 'regelsyn -h' for hjælp."]),
        (["rule", "add", "--title"],
         ["Fejl: --title skal efterfølges af en værdi", "Se 'regelsyn --help' for hjælp."]),
        (["--lang", "en", "rule", "add", "--kidn", "x"],
         ["Error: no such option --kidn. Did you mean --kind or --id?",
          "Try 'regelsyn rule add -h' for help."]),
        (["--lang", "nb", "rule", "show"],
         ["Feil: ID mangler; skriv det etter kommandoen", "Se 'regelsyn rule show -h' for hjelp."]),
    ],
)  # fmt: skip
def test_command_line_mistakes_are_said_in_the_users_language(
    minimal: Path, argv: list[str], lines: list[str]
) -> None:
    result = run(*argv, registry=minimal)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.err_lines == lines


def test_help_screens_speak_the_users_language() -> None:
    danish = run("rule", "show", "--help").stdout
    assert "Brug: regelsyn rule show [FLAG] {ID}" in danish
    assert "─ Flag ─" in danish and "─ Argumenter ─" in danish
    assert "Vis denne hjælp og afslut." in danish
    assert "[standard: table]" in danish and "[skal angives]" in danish
    assert "ID      TEKST" in danish
    assert "Brug: regelsyn [FLAG] KOMMANDO [ARGUMENTER]..." in run("--help").stdout
    english = run("--lang", "en", "rule", "show", "--help").stdout
    assert "Usage: regelsyn rule show [OPTIONS] {ID}" in english
    assert "─ Options ─" in english and "Show this message and exit." in english
    assert "ID      TEXT" in english
