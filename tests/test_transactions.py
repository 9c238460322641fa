"""A command that writes several files applies all of them or none (DESIGN.md §6): killed at
every step of its commit, or stopped by a full disk, the registry afterwards holds either the
whole operation or nothing of it, and running the command again gives exactly one review and
one case per escalated rule."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import build_tree, copy_example, run

DEMO = Path(__file__).resolve().parent.parent / "scripts" / "demo-decisions.yaml"


def _files(root: Path) -> dict[str, bytes]:
    """Every file of the registry as it stands (the cache and journal aside)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".regelsyn" not in p.parts
    }


def _regelsyn(root: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if fault:
        env["REGELSYN_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "regelsyn", "-C", str(root), *args],
                          env=env, capture_output=True, text=True, check=False)  # fmt: skip


def _outcomes(tmp_path: Path, prepare: object, args: list[str]) -> tuple[dict[str, bytes], ...]:
    """The registry before the command, and after it ran uninterrupted."""
    clean = copy_example(tmp_path / "clean")
    prepare(clean)  # type: ignore[operator]
    before = _files(clean)
    done = _regelsyn(clean, *args)
    assert done.returncode == 0, done.stderr
    return before, _files(clean)


def _no_prep(root: Path) -> None:
    pass


def _with_challenge(root: Path) -> None:
    assert run("challenge", "new", "--rule", "ugentlig-vejning", "--request", "remove",
               "--problem", "x", "--filed-by", "Bo", registry=root).exit_code == 0  # fmt: skip


OPERATIONS = {
    # a review of five rules: five rule files, an escalation case and its document, the review
    # and its decision log
    "review": (_no_prep, ["review", "--decisions", str(DEMO)], 9),
    # a case decision that removes its rule: the case, its document, the rule
    "decide": (
        _with_challenge,
        [
            "challenge",
            "decide",
            "CASE",
            "--outcome",
            "granted",
            "--reasons",
            "Ja.",
            "--by",
            "Anne Holm",
        ],
        3,
    ),
}
STEPS = ["tx-intent", "tx-staged-0", "tx-staged-2", "tx-committed", "tx-applied-0",
         "tx-applied-2"]  # fmt: skip


def _args(root: Path, args: list[str]) -> list[str]:
    cases = sorted((root / "cases").glob("U-*.yaml"))
    return [cases[0].stem if a == "CASE" else a for a in args]


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("step", STEPS)
def test_killed_at_a_step_of_the_commit_all_or_nothing(
    tmp_path: Path, operation: str, step: str
) -> None:
    prepare, args, _ = OPERATIONS[operation]
    before, after = _outcomes(tmp_path, prepare, _args_after(tmp_path, prepare, args))
    root = copy_example(tmp_path / "killed")
    prepare(root)  # type: ignore[operator]
    killed = _regelsyn(root, *_args(root, args), fault=step)
    assert killed.returncode == -9, killed.stderr  # SIGKILL, as a power cut
    # the next command finishes or rolls back what was left, and says which
    checked = _regelsyn(root, "check")
    said = checked.stderr
    state = _files(root)
    assert not [name for name in state if name.endswith(".tmp")]
    if step in ("tx-intent",) or step.startswith("tx-staged"):
        assert state == before
        assert "rolled back" in said or "rullet tilbage" in said
    else:
        assert state == after
        assert "finished" in said or "gjort færdigt" in said
    again = _regelsyn(root, *_args(root, args))
    if state == after and operation == "decide":
        assert again.returncode == 1  # the case is closed: the move is refused, nothing written
    else:
        assert again.returncode == 0, again.stderr
    assert _files(root) == after  # one review, one case per escalated rule: exactly as clean


def _args_after(tmp_path: Path, prepare: object, args: list[str]) -> list[str]:
    probe = copy_example(tmp_path / "probe")
    prepare(probe)  # type: ignore[operator]
    return _args(probe, args)


@pytest.mark.parametrize("number", [0, 1, 4, 8])
def test_a_full_disk_at_any_file_changes_nothing_and_says_so(tmp_path: Path, number: int) -> None:
    root = copy_example(tmp_path / "full")
    before = _files(root)
    full = _regelsyn(root, "--lang", "en", "review", "--decisions", str(DEMO),
                     fault=f"tx-enospc-{number}")  # fmt: skip
    assert full.returncode == 1
    assert full.stderr.splitlines() == [
        "Error: The disk is full, so the review 2026-11-22 could not be written.",
        "Nothing was changed. Remove the cause (free some space, or get write access to the "
        "folder) and run the command again.",
    ]
    assert _files(root) == before
    assert not list((root / ".regelsyn" / "journal").glob("*"))
    assert _regelsyn(root, "review", "--decisions", str(DEMO)).returncode == 0


def test_a_meeting_run_again_is_not_recorded_twice(example: Path) -> None:
    first = run("review", "--decisions", DEMO, registry=example)
    assert first.exit_code == 0, first.stderr
    recorded = _files(example)
    again = run("--lang", "en", "review", "--decisions", DEMO, registry=example)
    assert again.exit_code == 0
    assert again.err_lines[0] == (
        "The meeting is already recorded as the review 2026-11-22; nothing was written again. "
        "Minutes: reviews/2026-11-22.md"
    )
    assert _files(example) == recorded
    assert sorted(p.name for p in (example / "reviews").iterdir()) == [
        "2026-11-22.md", "2026-11-22.yaml"]  # fmt: skip


def test_a_different_meeting_the_same_day_is_its_own_review(example: Path) -> None:
    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0
    other = Path("other.yaml")
    other.write_text(
        "date: 2026-11-22\nparticipants: [{name: Anne Holm, side: ledelse, role: formand}]\n"
        "decided_by: Anne Holm\ndecisions:\n"
        "  - {rule: rengoering-log, verdict: defend, confirmed: [purpose]}\n",
        encoding="utf-8",
    )
    assert run("review", "--decisions", other, registry=example).exit_code == 0
    assert (example / "reviews" / "2026-11-22-2.yaml").is_file()
    history = (example / "rules" / "rengoering-log.yaml").read_text(encoding="utf-8")
    assert "ref: reviews/2026-11-22-2" in history


def test_an_import_is_one_transaction(tmp_path: Path) -> None:
    root = copy_example(tmp_path / "imp")
    rows = "\n".join(f"Ny regel {n};rule;Tekst {n};arbejdsplads" for n in range(60))
    sheet = tmp_path / "ark.csv"
    sheet.write_text("Titel;Type;Tekst;Ejer\n" + rows + "\n", encoding="utf-8")
    before = _files(root)
    killed = _regelsyn(root, "import", str(sheet), fault="tx-staged-30")
    assert killed.returncode == -9
    _regelsyn(root, "rule", "list")
    assert _files(root) == before  # 30 rules staged, none written
    killed = _regelsyn(root, "import", str(sheet), fault="tx-applied-30")
    assert killed.returncode == -9
    listed = _regelsyn(root, "rule", "list", "--format", "json")
    assert len(json.loads(listed.stdout)) == 18 + 60  # finished by the next command
    assert not [p for p in (root / "rules").iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_during_a_commit_writes_nothing(tmp_path: Path) -> None:
    import signal
    import time

    root = copy_example(tmp_path / "intr")
    before = _files(root)
    env = {**os.environ, "REGELSYN_FAULT": "tx-staged-1:pause"}
    child = subprocess.Popen([sys.executable, "-m", "regelsyn", "-C", str(root), "review",
                              "--decisions", str(DEMO)], env=env, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    time.sleep(3)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=20)
    assert child.returncode == 130
    assert "Afbrudt" in err
    assert _files(root) == before
    assert not list((root / ".regelsyn" / "journal").glob("*"))


def test_check_names_a_history_entry_whose_review_is_gone(example: Path) -> None:
    assert run("review", "--decisions", DEMO, registry=example).exit_code == 0
    shutil.rmtree(example / "reviews")
    found = json.loads(run("check", "--format", "json", registry=example).stdout)["findings"]
    missing = sorted(f["file"] for f in found if f["code"] == "ref_missing")
    assert missing == sorted(
        f"rules/{name}.yaml"
        for name in ("ugentlig-vejning", "rengoering-log", "koeletemperatur-log",
                     "besoeg-klokkeslaet", "faldregistrering-dobbelt")
    )  # fmt: skip


def test_leftover_temporary_files_of_a_killed_write_are_cleared(tmp_path: Path) -> None:
    root = copy_example(tmp_path / "tmp")
    build_tree(root, {"rules/.x.yaml.abc123.tmp": "halv"})
    journal = root / ".regelsyn" / "journal"
    journal.mkdir(parents=True)
    (journal / "abc123.json").write_text(json.dumps({
        "id": "abc123", "what": "testen", "state": "staging",
        "files": [{"rel": "rules/x.yaml", "temp": "rules/.x.yaml.abc123.tmp", "new": "0"}],
    }), encoding="utf-8")  # fmt: skip
    said = _regelsyn(root, "--lang", "en", "rule", "list")
    assert "An interrupted step was rolled back: testen." in said.stderr
    assert not (root / "rules" / ".x.yaml.abc123.tmp").exists()
    assert not list(journal.glob("*"))


def test_a_refused_template_in_the_middle_of_a_review_writes_nothing(example: Path) -> None:
    """The case document is rendered inside the review's transaction: a registry template that
    is refused stops the whole review, and nothing is written."""
    build_tree(example, {"templates/case.md.j2": "{% for i in range(10) %}{{ 1/0 }}{% endfor %}"})
    before = _files(example)
    result = run("--lang", "en", "review", "--decisions", DEMO, registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0].startswith("Error: The template case.md.j2:1 cannot be used")
    assert _files(example) == before
