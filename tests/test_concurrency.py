"""Nothing a colleague wrote is overwritten silently (DESIGN.md §6): an edit in the editor
meets a colleague's change, people file challenges at the same moment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from regelsyn.store.registry import Registry
from tests.helpers import run

RULE = "rules/rengoering-log.yaml"


def _editor(tmp_path: Path, *, mine: str, theirs: tuple[str, str] | None) -> str:
    """An editor that changes the draft (``mine``: the new purpose) and, while it is open, lets
    a colleague change the rule file itself (``theirs``: a line replaced)."""
    script = tmp_path / "editor.py"
    colleague = ""
    if theirs:
        colleague = (
            f"rule = pathlib.Path({str(tmp_path / 'reg' / RULE)!r})\n"
            f"rule.write_text(rule.read_text().replace({theirs[0]!r}, {theirs[1]!r}))\n"
        )
    script.write_text(
        "import sys, pathlib\n"
        "draft = pathlib.Path(sys.argv[1])\n"
        "text = draft.read_text()\n"
        "start = text.index('purpose: ')\n"
        "end = text.index('\\n', start)\n"
        f"draft.write_text(text[:start] + 'purpose: ' + {mine!r} + text[end:])\n" + colleague
    )
    return f"{sys.executable} {script}"


def _edit(tmp_path: Path, editor: str) -> subprocess.CompletedProcess[str]:
    """``rule edit`` in a real terminal (the editor needs one); "no" to "open it again?"."""
    import pexpect

    env = {**os.environ, "EDITOR": editor, "COLUMNS": "200"}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "regelsyn", "--lang", "en", "-C", str(tmp_path / "reg"), "rule", "edit",
         "rengoering-log"],
        env=env, encoding="utf-8", timeout=30,
    )  # fmt: skip
    said = ""
    while child.expect([r"\[y/N\]|\[Y/n\]|\(y/n\)", pexpect.EOF]) == 0:
        said += (child.before or "") + (child.after or "")
        child.sendline("n")
    said += child.before or ""
    child.close()
    return subprocess.CompletedProcess([], child.exitstatus or 0, "", said.replace("\r\n", "\n"))


def _registry(tmp_path: Path) -> Path:
    from tests.helpers import copy_example

    return copy_example(tmp_path / "reg")


def test_an_edit_and_a_colleagues_change_to_another_field_are_both_kept(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    editor = _editor(tmp_path, mine="Mit formål.",
                     theirs=("title: Daglig", "title: Ugentlig"))  # fmt: skip
    done = _edit(tmp_path, editor)
    assert done.returncode == 0, done.stderr
    assert "was changed by someone else meanwhile" in done.stderr
    rule = Registry(root).rule("rengoering-log").record
    assert rule is not None
    assert rule.title.startswith("Ugentlig")  # the colleague's change
    assert rule.purpose == "Mit formål."  # and mine
    assert (rule.history[-1].event, rule.history[-1].fields) == ("edited", ["purpose"])
    assert not (root / ".regelsyn" / "edit" / "rengoering-log.yaml").exists()


def test_both_changing_the_same_field_shows_both_and_keeps_the_draft(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    before = (root / RULE).read_text(encoding="utf-8")
    theirs_line = before[before.index("purpose: ") : before.index("\n", before.index("purpose: "))]
    editor = _editor(tmp_path, mine="Mit formål.",
                     theirs=(theirs_line, "purpose: Kollegaens formål."))  # fmt: skip
    refused = _edit(tmp_path, editor)
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0].startswith(
        f"{RULE} was changed by someone else since you began editing, and you both changed: "
        "purpose."
    )
    assert "-purpose: Kollegaens formål." in lines and "+purpose: Mit formål." in lines
    assert lines[-1] == (
        "Error: The rule has not been changed. Your draft is saved in "
        ".regelsyn/edit/rengoering-log.yaml; run 'regelsyn rule edit rengoering-log' to continue "
        "with it."
    )
    rule = Registry(root).rule("rengoering-log").record
    assert rule is not None and rule.purpose == "Kollegaens formål."  # nothing overwritten
    draft = root / ".regelsyn" / "edit" / "rengoering-log.yaml"
    assert "purpose: Mit formål." in draft.read_text(encoding="utf-8")  # nothing lost


def test_a_resumed_draft_keeps_the_version_it_started_from(tmp_path: Path) -> None:
    root = _registry(tmp_path)
    draft = root / ".regelsyn" / "edit" / "rengoering-log.yaml"
    # a draft left with a problem: the person stops; then a colleague changes the title
    broken = _edit(tmp_path, _editor(tmp_path, mine="'", theirs=None))
    assert broken.returncode == 1 and draft.exists()
    path = root / RULE
    path.write_text(path.read_text(encoding="utf-8").replace("title: Daglig", "title: Ugentlig"),
                    encoding="utf-8")  # fmt: skip
    fixed = _edit(tmp_path, _editor(tmp_path, mine="Rettet formål.", theirs=None))
    assert fixed.returncode == 0, fixed.stderr
    rule = Registry(root).rule("rengoering-log").record
    assert rule is not None
    assert rule.title.startswith("Ugentlig") and rule.purpose == "Rettet formål."


def test_challenges_filed_at_the_same_moment_get_their_own_numbers(example: Path) -> None:
    command = [sys.executable, "-m", "regelsyn", "-C", str(example), "challenge", "new",
               "--rule", "ugentlig-vejning", "--request", "remove", "--problem", "x",
               "--filed-by"]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if k != "REGELSYN_ID_SEED"}
    procs = [subprocess.Popen([*command, f"Person {n}"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) for n in range(6)]  # fmt: skip
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    numbers = sorted(path.name.split("-")[2] for path in (example / "cases").glob("U-*.yaml"))
    assert numbers == ["0001", "0002", "0003", "0004", "0005", "0006"]
    assert run("check", registry=example).exit_code == 0


PARALLEL = """
import sys, threading
from pathlib import Path
from regelsyn.store.registry import Registry
roots = [Path(p) for p in sys.argv[1:]]
errors = []
def read(root):
    try:
        registry = Registry(root)
        registry.config_facts()
        registry.case_entries()
        registry.rule_entries()
    except BaseException as exc:
        errors.append(repr(exc))
threads = [threading.Thread(target=read, args=(root,)) for root in roots]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("errors:", errors)
sys.exit(1 if errors else 0)
"""


def test_registries_read_in_parallel_threads_from_a_fresh_start(tmp_path: Path) -> None:
    """``inbox`` reads registries in threads; in a fresh process, each thread's first parse
    imports YAML and pydantic at the same moment (once a deadlock in the import system)."""
    import shutil

    from tests.helpers import copy_example

    roots = [copy_example(tmp_path / f"r{n}") for n in range(8)]
    for _ in range(6):
        for root in roots:
            shutil.rmtree(root / ".regelsyn", ignore_errors=True)
        done = subprocess.run([sys.executable, "-c", PARALLEL, *map(str, roots)],
                              capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr


def test_inbox_over_many_cold_registries(tmp_path: Path) -> None:
    import json
    import shutil

    from tests.helpers import copy_example

    roots = [copy_example(tmp_path / f"w{n}") for n in range(6)]
    for root in roots:
        assert run("escalate", "besoeg-klokkeslaet", "--problem", "x", "--proposal", "y",
                   registry=root).exit_code == 0  # fmt: skip
    for _ in range(4):
        for root in roots:
            shutil.rmtree(root / ".regelsyn", ignore_errors=True)
        done = subprocess.run(
            [sys.executable, "-m", "regelsyn", "inbox", str(tmp_path / "w*"), "--level",
             "forvaltning", "--format", "json"],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert len(json.loads(done.stdout)) == 6
