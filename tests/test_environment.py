"""The environment a command runs in: no terminal, an encoding that lacks æøå, a strange
``COLUMNS``, a disk that is full or read-only, files it may not touch. Each ends in a plain
message and a named exit code; none in a traceback or "something unexpected went wrong"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run

# -- no terminal ----------------------------------------------------------------------------------
NO_TERMINAL = {
    ("rule", "add"): (
        "Fejl: Der er ingen terminal at stille spørgsmål i. Angiv oplysningerne som flag: "
        "--title --kind --text --owner-level."
    ),
    ("challenge", "new"): (
        "Fejl: Der er ingen terminal at stille spørgsmål i. Angiv oplysningerne som flag: "
        "--rule ID --request --problem --filed-by NAME | --anonymous --via NAME."
    ),
    ("review",): (
        "Fejl: Der er ingen terminal at holde mødet i. Skriv afgørelserne i en fil og kør "
        "'regelsyn review --decisions FIL' (formatet står i README)."
    ),
    ("rule", "edit", "rengoering-log"): (
        "Fejl: Der er ingen terminal at åbne en editor i. Angiv ændringerne som flag, fx "
        "'regelsyn rule edit rengoering-log --purpose \"…\"' ('regelsyn rule edit -h' viser "
        "alle flag)."
    ),
}


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test's environment, with an editor that leaves a mark if it is ever started."""
    marker = tmp_path / "editor-started"
    editor = tmp_path / "editor.sh"
    editor.write_text(f"#!/bin/sh\ntouch {marker}\nsleep 30\n", encoding="utf-8")
    editor.chmod(0o755)
    return {**os.environ, "EDITOR": str(editor), "VISUAL": str(editor), **extra}


@pytest.mark.parametrize("stdin", ["devnull", "closed"])
@pytest.mark.parametrize("args", list(NO_TERMINAL))
def test_no_terminal_says_which_flags_to_use(
    example: Path, tmp_path: Path, args: tuple[str, ...], stdin: str
) -> None:
    command = [sys.executable, "-m", "regelsyn", "-C", str(example), *args]
    if stdin == "devnull":
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, env=_env(tmp_path), timeout=20)  # fmt: skip
    else:  # standard input closed altogether: sys.stdin is None
        script = " ".join(f"'{part}'" for part in command) + " 0<&-"
        result = subprocess.run(["sh", "-c", script], capture_output=True, text=True,
                                env=_env(tmp_path), timeout=20)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[0] == NO_TERMINAL[args]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "editor-started").exists()
    assert not (example / ".regelsyn" / "edit").exists()


def test_no_terminal_in_process(example: Path) -> None:
    """The in-process runner gives a stream that is no terminal: the same refusal."""
    for args, line in NO_TERMINAL.items():
        result = run(*args, registry=example)
        assert result.exit_code == 2, args
        assert result.err_lines[0] == line


def test_input_that_ends_names_the_flags(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal whose input ends (Ctrl-D) while a question is asked."""
    monkeypatch.setattr("regelsyn.ui.prompt.has_terminal", lambda: True)

    def ended(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", ended)
    result = run("rule", "add", registry=example)
    assert result.exit_code == 2
    assert result.err_lines[-1] == NO_TERMINAL[("rule", "add")]


# -- encodings and widths -------------------------------------------------------------------------
ASCII_COMMANDS = [
    ("--help",),
    ("rule", "--help"),
    ("rule", "list"),
    ("rule", "list", "--format", "csv"),
    ("rule", "list", "--format", "json"),
    ("rule", "show", "rengoering-log"),
    ("rule", "show", "rengoering-log", "--format", "md"),
    ("check",),
    ("report",),
    ("export",),
    ("no-such-command",),
]


@pytest.mark.parametrize("args", ASCII_COMMANDS)
def test_an_ascii_terminal_gets_question_marks_not_a_traceback(
    example: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "regelsyn", "-C", str(example), *args],
        capture_output=True, env=_env(tmp_path, PYTHONIOENCODING="ascii"), timeout=30,
    )  # fmt: skip
    stderr = result.stderr.decode("ascii")  # nothing else could be written
    assert "Traceback" not in stderr
    assert "uventet" not in stderr
    expected = 2 if args == ("no-such-command",) else 0
    assert result.returncode == expected, stderr
    if args == ("rule", "show", "rengoering-log"):
        assert "Daglig reng?ringslog for f?llesarealer" in result.stdout.decode("ascii")


@pytest.mark.parametrize("columns", ["abc", "0", "-5", "", "1", "99999999"])
@pytest.mark.parametrize("args", [("rule", "list"), ("rule", "show", "rengoering-log")])
def test_any_columns_is_fine(
    example: Path, monkeypatch: pytest.MonkeyPatch, columns: str, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    result = run(*args, registry=example)
    assert result.exit_code == 0, result.stderr
    assert "Rengøring" in result.stdout or "rengoering-log" in result.stdout


@pytest.mark.parametrize(
    "variables",
    [{"COLUMNS": "abc"}, {"COLUMNS": "99999999"}, {"COLUMNS": "-1"}, {"TERMINAL_WIDTH": "abc"},
     {"TERMINAL_WIDTH": "99999999"}],
)  # fmt: skip
def test_help_with_any_width(example: Path, tmp_path: Path, variables: dict[str, str]) -> None:
    """``COLUMNS=99999999`` used to write 1.6 GB of help; ``TERMINAL_WIDTH=abc`` a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "regelsyn", "-C", str(example), "rule", "list", "--help"],
        capture_output=True, text=True, env=_env(tmp_path, **variables), timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "--format" in result.stdout
    assert len(result.stdout) < 100_000
