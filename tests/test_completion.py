"""TAB completion in a real bash: the script ``regelsyn --show-completion bash`` prints (and
``--install-completion`` installs) completes the commands, rule ids, case ids, review ids and
levels of the registry, from its index cache; outside a registry it offers nothing, says nothing
and writes nothing."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regelsyn import cli
from tests.helpers import build_tree, run

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
COMMANDS = [row[0] for row in (*cli.COMMANDS, *cli.GROUPS)]  # as `regelsyn --help` lists them
RULES = sorted(path.stem for path in (ROOT / "rules").glob("*.yaml"))

pytestmark = pytest.mark.skipif(
    shutil.which("bash") is None or not (BIN / "regelsyn").exists(),
    reason="needs bash and the regelsyn script beside this Python",
)


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", **extra}


def _bash(program: str, cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "--norc", "--noprofile", "-c", program], cwd=cwd,
                          env=_env(**extra), capture_output=True, text=True, timeout=60,
                          check=False)  # fmt: skip


def _script(tmp_path: Path) -> Path:
    done = subprocess.run([BIN / "regelsyn", "--show-completion", "bash"], env=_env(),
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    path = tmp_path / "regelsyn-completion.sh"
    path.write_text(done.stdout, encoding="utf-8")
    return path


def complete(script: Path, line: str, cwd: Path) -> tuple[list[str], str]:
    """What TAB offers at the end of ``line`` (a trailing space: a new word), and what was said
    on standard error meanwhile."""
    words = line.split()
    if line.endswith(" "):
        words.append("")
    program = (
        f"source {shlex.quote(str(script))}\n"
        f"COMP_WORDS=({' '.join(shlex.quote(w) for w in words)})\n"
        f"COMP_CWORD={len(words) - 1}\n"
        "_regelsyn_completion regelsyn\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    done = _bash(program, cwd)
    assert done.returncode == 0, done.stderr
    return [word for word in done.stdout.splitlines() if word], done.stderr


def test_the_script_is_shown(tmp_path: Path) -> None:
    text = _script(tmp_path).read_text(encoding="utf-8")
    assert text.splitlines()[0] == "_regelsyn_completion() {"
    assert text.splitlines()[-1] == "complete -o default -F _regelsyn_completion regelsyn"


def test_commands_and_rule_ids(example: Path, tmp_path: Path) -> None:
    script = _script(tmp_path)
    assert complete(script, "regelsyn ", example) == (COMMANDS, "")
    assert complete(script, "regelsyn ch", example) == (["check", "challenge"], "")
    assert complete(script, "regelsyn rule ", example)[0] == [
        "add", "list", "show", "edit", "history",
    ]  # fmt: skip
    assert complete(script, "regelsyn rule show ", example) == (RULES, "")
    assert complete(script, "regelsyn rule edit ugentlig", example) == (["ugentlig-vejning"], "")
    assert complete(script, "regelsyn challenge new --rule rengo", example)[0] == ["rengoering-log"]
    assert complete(script, "regelsyn review ", example)[0] == [
        "run", "list", "show", "render", "approve", *RULES]  # fmt: skip
    assert complete(script, "regelsyn review faldr", example)[0] == [
        "faldregistrering-dobbelt", "faldrisikoscreening",
    ]  # fmt: skip
    assert complete(script, "regelsyn escalate vagt", example)[0] == ["vagtplan-varsling"]


def test_case_ids_review_ids_and_levels(example: Path, tmp_path: Path) -> None:
    for rule in ("ugentlig-vejning", "rengoering-log"):
        filed = run("challenge", "new", "--rule", rule, "--request", "remove", "--problem", "P.",
                    "--filed-by", "Bo Jensen", registry=example)  # fmt: skip
        assert filed.exit_code == 0, filed.stderr
    cases = sorted(path.stem for path in (example / "cases").glob("*.yaml"))
    assert [case[:12] for case in cases] == ["U-2026-0001-", "U-2026-0002-"]
    reviewed = run("review", "--decisions", str(ROOT / "scripts" / "demo-decisions.yaml"),
                   registry=example)  # fmt: skip
    assert reviewed.exit_code == 0, reviewed.stderr
    script = _script(tmp_path)
    everything = sorted(path.stem for path in (example / "cases").glob("*.yaml"))
    assert complete(script, "regelsyn challenge show ", example) == (everything, "")
    assert complete(script, "regelsyn challenge show U-2026-0002", example)[0] == [cases[1]]
    assert complete(script, "regelsyn case reply E", example)[0] == [everything[0]]
    assert complete(script, "regelsyn review show ", example) == (["2026-11-22"], "")
    assert complete(script, "regelsyn rule list --owner ", example) == (
        ["arbejdsplads", "forvaltning", "hoved-med", "kommunalbestyrelse", "overenskomst", "stat",
         "eu"], "",
    )  # fmt: skip
    assert complete(script, "regelsyn escalate besoeg-klokkeslaet --to k", example)[0] == [
        "kommunalbestyrelse"
    ]


def test_the_registry_named_by_C(example: Path, tmp_path: Path) -> None:
    script = _script(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    offered = complete(script, f"regelsyn -C {example} rule show u", elsewhere)
    assert offered == (["udflugt-indkoeb-godkendelse", "ugentlig-vejning",
                        "utilsigtede-haendelser"], "")  # fmt: skip
    offered = complete(script, "regelsyn rule show u", elsewhere)
    assert offered == ([], "")


def test_outside_a_registry_nothing_is_offered_said_or_written(tmp_path: Path) -> None:
    script = _script(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert complete(script, "regelsyn ", empty) == (COMMANDS, "")
    for line in ("regelsyn rule show ", "regelsyn challenge show U", "regelsyn review show ",
                 "regelsyn rule list --owner ", "regelsyn -C nowhere rule show "):  # fmt: skip
        assert complete(script, line, empty) == ([], ""), line
    assert list(empty.iterdir()) == []


def test_a_broken_registry_offers_nothing_and_says_nothing(tmp_path: Path) -> None:
    script = _script(tmp_path)
    broken = build_tree(tmp_path / "broken", {"regelsyn.yaml": "levels: [\n",
                                              "rules/a.yaml": "id: [\n"})  # fmt: skip
    assert complete(script, "regelsyn rule list --owner ", broken) == ([], "")
    assert complete(script, "regelsyn rule show ", broken) == (["a"], "")
    assert complete(script, "regelsyn --lang xx rule show ", broken) == (["a"], "")


def test_install_completion_in_bash(example: Path, tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    (home / ".bashrc").write_text("# mine\n", encoding="utf-8")
    done = subprocess.run(
        [BIN / "regelsyn", "--install-completion", "bash"], cwd=example,
        env=_env(_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1"), capture_output=True,
        text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    installed = home / ".bash_completions" / "regelsyn.sh"
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"✓ Tab-fuldførelse for bash er installeret i {installed}.",
        "Den virker fra næste gang, du åbner en terminal.",
    ]
    assert (home / ".bashrc").read_text(encoding="utf-8") == (f"# mine\n\nsource '{installed}'\n")
    program = (
        "source ~/.bashrc\n"
        "COMP_WORDS=(regelsyn rule show ugentlig)\nCOMP_CWORD=3\n"
        "_regelsyn_completion regelsyn\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    shown = _bash(program, example)
    assert (shown.stdout, shown.stderr) == ("ugentlig-vejning\n", "")
    program = program.replace("(regelsyn rule show ugentlig)", "(regelsyn '')").replace(
        "COMP_CWORD=3", "COMP_CWORD=1"
    )
    shown = _bash(program, example)
    assert (shown.stdout.splitlines(), shown.stderr) == (COMMANDS, "")


def test_the_completion_options_speak_the_users_language() -> None:
    shown = run("--help").stdout
    assert "--install-completion" in shown
    assert "Installér tab-fuldførelse af kommandoer og id'er i din skal" in shown
    assert "Vis skriptet til tab-fuldførelse" in shown
    done = subprocess.run([BIN / "regelsyn", "--lang", "nb", "--help"], capture_output=True,
                          text=True, env=_env(COLUMNS="200"), check=False)  # fmt: skip
    assert "Installer tab-fullføring av kommandoer og id-er i skallet ditt" in done.stdout


def test_zsh_and_fish_show_each_rules_title(example: Path) -> None:
    def offered(shell: str, line: str, **extra: str) -> str:
        done = subprocess.run([BIN / "regelsyn"], cwd=example, capture_output=True, text=True,
                              env=_env(_REGELSYN_COMPLETE=f"complete_{shell}",
                                       _TYPER_COMPLETE_ARGS=line, **extra),
                              check=False)  # fmt: skip
        assert (done.returncode, done.stderr) == (0, "")
        return done.stdout

    assert offered("zsh", "regelsyn rule show ug") == (
        """_arguments '*: :(("ugentlig-vejning":"Ugentlig vejning af alle beboere"))'\n"""
    )
    assert offered("fish", "regelsyn rule history rengo",
                   _TYPER_COMPLETE_FISH_ACTION="get-args") == (
        "rengoering-log\tDaglig rengøringslog for fællesarealer\n"
    )  # fmt: skip
    assert offered("zsh", "regelsyn rule list --owner f") == (
        """_arguments '*: :(("forvaltning":"Sundheds- og Omsorgsforvaltningen"))'\n"""
    )
