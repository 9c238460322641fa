"""The environment a command runs in: no terminal, an encoding that lacks æøå, a strange
``COLUMNS``, a disk that is full or read-only, files it may not touch. Each ends in a plain
message and a named exit code; none in a traceback or "something unexpected went wrong"."""

from __future__ import annotations

import errno
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


# -- what the operating system refuses -----------------------------------------------------------
def _refused_replace(monkeypatch: pytest.MonkeyPatch, code: int, *, named: bool = True) -> None:
    """Every move of a written file into its place among the records fails with ``code`` (the
    transaction's own journal is written)."""
    replace = os.replace

    def refuse(source: str, target: str) -> None:
        if f"{os.sep}.regelsyn{os.sep}" in str(target):
            return replace(source, target)
        raise OSError(code, os.strerror(code), str(source), None, str(target) if named else None)

    monkeypatch.setattr(os, "replace", refuse)


RULE = "rules/rengoering-log.yaml"
CAUSES = [
    (errno.EACCES, 1, "Fejl: regelsyn fik ikke lov til at læse eller skrive {path} (adgang "
                      "nægtet). Tjek, at du har ret til at skrive i registrets mappe, eller bed "
                      "den, der ejer mappen, om adgang."),
    (errno.EPERM, 1, "Fejl: regelsyn fik ikke lov til at læse eller skrive {path} (adgang "
                     "nægtet). Tjek, at du har ret til at skrive i registrets mappe, eller bed "
                     "den, der ejer mappen, om adgang."),
    (errno.EROFS, 1, "Fejl: {path} ligger på et drev, der kun kan læses, så regelsyn kan ikke "
                     "skrive der. Kør kommandoen i en kopi af registret, som du kan skrive i."),
    (errno.ENOSPC, 1, "Fejl: Disken er fuld, så regelsyn kunne ikke skrive {path}. En fil "
                      "skrives helt eller slet ikke, så ingen fil er halvt skrevet. Frigør "
                      "plads, og kør kommandoen igen."),
    (errno.EDQUOT, 1, "Fejl: Din plads på disken (din kvote) er brugt op, så regelsyn kunne "
                      "ikke skrive {path}. Slet nogle filer, eller bed om mere plads, og kør "
                      "kommandoen igen."),
    (errno.ENOENT, 3, "Fejl: {path} findes ikke (længere); den kan være flyttet eller slettet, "
                      "mens kommandoen kørte. Tjek stien, og kør kommandoen igen."),
    (errno.EISDIR, 3, "Fejl: {path} er en mappe, men regelsyn skulle bruge en fil. Tjek stien, "
                      "og kør kommandoen igen."),
    (errno.ENOTDIR, 3, "Fejl: En del af stien {path} er en fil, men skulle være en mappe. Tjek "
                       "stien, og kør kommandoen igen."),
    (errno.ENAMETOOLONG, 1, "Fejl: Navnet er for langt til filsystemet: {path}. Vælg et kortere "
                            "navn, eller læg registret i en mappe med en kortere sti."),
    (errno.EMFILE, 1, "Fejl: Der er for mange filer åbne på én gang på denne maskine. Luk nogle "
                      "programmer, og kør kommandoen igen."),
    (errno.ENFILE, 1, "Fejl: Der er for mange filer åbne på én gang på denne maskine. Luk nogle "
                      "programmer, og kør kommandoen igen."),
    (errno.ELOOP, 3, "Fejl: {path} er et link, der peger i ring (eller gennem alt for mange "
                     "links). Ret eller slet linket, og kør kommandoen igen."),
    (errno.EIO, 3, "Fejl: Disken kunne ikke læse eller skrive {path} (ind-/uddatafejl). Tjek "
                   "disken eller netværksdrevet, og kør kommandoen igen."),
    (errno.EBUSY, 1, "Fejl: {path} er i brug af et andet program. Luk det, og kør kommandoen "
                     "igen."),
    (errno.EXDEV, 1, "Fejl: Systemet kunne ikke læse eller skrive {path} (Invalid cross-device "
                     "link). Tjek filen og mappen, og kør kommandoen igen."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "exit_code", "line"), CAUSES,
                         ids=[errno.errorcode[c] for c, _, _ in CAUSES])  # fmt: skip
def test_a_refused_write_is_said_plainly(
    example: Path, monkeypatch: pytest.MonkeyPatch, code: int, exit_code: int, line: str
) -> None:
    before = (example / RULE).read_bytes()
    _refused_replace(monkeypatch, code)
    result = run("rule", "edit", "rengoering-log", "--title", "Ny titel", registry=example)
    assert result.exit_code == exit_code
    assert result.err_lines == [
        line.format(path=example / RULE),
        "Alt, hvad ændringen af reglen rengoering-log skulle skrive, er gemt i registrets journal "
        "og skrives færdigt, næste gang du kører en regelsyn-kommando her (fx 'regelsyn check'), "
        "når årsagen er rettet.",
    ]
    assert (example / RULE).read_bytes() == before
    monkeypatch.undo()  # the cause is fixed: the next command finishes the change
    assert run("check", registry=example).exit_code == 0
    assert "title: Ny titel" in (example / RULE).read_text()
    assert not [p for p in (example / "rules").iterdir() if p.name.endswith(".tmp")]


def test_a_file_not_named_is_a_file(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run("report", "--out", str(tmp_path / "rapport.md"), registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith(
        "Fejl: Disken er fuld, så regelsyn kunne ikke skrive en fil. "
    )
    # a change to the registry says which change could not be written, and that none was
    result = run("rule", "edit", "rengoering-log", "--title", "Ny titel", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [
        "Fejl: Disken er fuld, så ændringen af reglen rengoering-log kunne ikke skrives.",
        "Intet er ændret. Ret årsagen (frigør plads, eller få skriveadgang til mappen), og kør "
        "kommandoen igen.",
    ]


def test_a_temporary_file_is_named_by_its_folder(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def denied(*_args: object, dir: str, **_kwargs: object) -> None:
        raise OSError(errno.EACCES, "Permission denied", f"{dir}/.rapport.md.x1.tmp")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    out = tmp_path / "ud"
    result = run("--lang", "en", "report", "--out", str(out / "rapport.md"), registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == (
        f"Error: regelsyn was not allowed to read or write {out} (permission "
        "denied). Check that you may write in the registry's folder, or ask whoever owns the "
        "folder for access."
    )


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_a_full_disk_in_every_language(
    example: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    _refused_replace(monkeypatch, errno.ENOSPC)
    result = run("--lang", lang, "rule", "edit", "rengoering-log", "--title", "T",
                 registry=example)  # fmt: skip
    assert result.exit_code == 1
    expected = {
        "nb": "Feil: Disken er full, så regelsyn kunne ikke skrive",
        "en": "Error: The disk is full, so regelsyn could not write",
    }[lang]
    assert result.err_lines[0].startswith(expected)


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (RecursionError("maximum recursion depth exceeded"),
         "Fejl: regelsyn kom for dybt ned i noget, der er indlejret i sig selv (lister i lister "
         "i mange lag, eller en skabelon, der bruger sig selv), og stoppede. Find filen med "
         "'regelsyn check', eller tjek registrets skabeloner i templates/."),
        (MemoryError(),
         "Fejl: Der var ikke hukommelse nok til at gøre kommandoen færdig. Luk andre programmer, "
         "og kør den igen; er det et stort regneark, så del det op i flere filer."),
    ],
)  # fmt: skip
def test_what_runs_out_is_said_plainly(
    example: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, line: str
) -> None:
    def fails(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr("regelsyn.app.rules.list_rules", fails)
    result = run("rule", "list", registry=example)
    assert result.exit_code == 1
    assert result.err_lines == [line]


def test_a_recursive_template_is_said_plainly(example: Path) -> None:
    templates = example / "templates"
    templates.mkdir()
    (templates / "rule.md.j2").write_text(
        "{% macro deep(n) %}{{ deep(n + 1) }}{% endmacro %}{{ deep(0) }}\n", encoding="utf-8"
    )
    result = run("rule", "show", "rengoering-log", "--format", "md", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Fejl: ")
    assert "uventet" not in result.stderr


def test_a_read_only_registry_still_reads(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No cache can be written: every read still works, and a write says why it cannot."""
    import sqlite3

    real_connect = sqlite3.connect

    def read_only(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(sqlite3, "connect", read_only)
    _refused_replace(monkeypatch, errno.EROFS)
    for args in (("check",), ("rule", "list"), ("rule", "show", "rengoering-log"), ("report",)):
        result = run(*args, registry=example)
        assert result.exit_code == 0, (args, result.stderr)
    result = run("rule", "edit", "rengoering-log", "--title", "T", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith(f"Fejl: {example / RULE} ligger på et drev, der kun")
    monkeypatch.setattr(sqlite3, "connect", real_connect)


def test_debug_still_shows_the_traceback(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _refused_replace(monkeypatch, errno.ENOSPC)
    with pytest.raises(Exception) as raised:  # the system's error, or what says it
        run("--debug", "rule", "edit", "rengoering-log", "--title", "T", registry=example)
    assert isinstance(raised.value, OSError) or isinstance(raised.value.__cause__, OSError)
