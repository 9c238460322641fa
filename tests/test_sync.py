"""``regelsyn sync`` between two clones of one registry through a bare remote: different fields
of one rule merge without a question; the same field is settled as the person says; no file is
ever left with conflict markers, and nothing changes until every choice is made."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest

from regelsyn.store import fieldmerge
from tests.helpers import build_tree, copy_example, git, git_repo, identify, run

RULE = "rules/rengoering-log.yaml"


@pytest.fixture
def clones(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Anne's and Bo's clones of one registry, and the bare remote between them."""
    shared = tmp_path / "shared.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(shared))
    anne = git_repo(copy_example(tmp_path / "anne"))
    git(anne, "remote", "add", "origin", str(shared))
    assert run("sync", registry=anne).exit_code == 0
    git(tmp_path, "clone", "-q", str(shared), str(tmp_path / "bo"))
    bo = tmp_path / "bo"
    identify(bo, "Bo Jensen")
    return anne, bo, shared


def _edit(root: Path, *flags: str) -> None:
    result = run("rule", "edit", "rengoering-log", *flags, registry=root)
    assert result.exit_code == 0, result.stderr


def _markers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts
            and b"<<<<<<<" in p.read_bytes()]  # fmt: skip


def _clean(root: Path) -> bool:
    return git(root, "status", "--porcelain") == ""


def test_different_fields_of_one_rule_merge_without_asking(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    _edit(bo, "--effect", "Ingen fund ved tilsyn 2023-2025.")
    assert run("sync", registry=bo).exit_code == 0
    _edit(anne, "--purpose", "Hygiejnen kan dokumenteres.")
    result = run("sync", registry=anne)
    assert result.exit_code == 0, result.stderr
    assert "✓ Fra origin: 1 regel ændret (af Bo Jensen)." in result.stderr
    assert "✓ 2 ændringer sendt til origin." in result.stderr
    assert f"flettet uden at spørge: {RULE}" in result.stderr
    text = (anne / RULE).read_text(encoding="utf-8")
    assert "purpose: Hygiejnen kan dokumenteres." in text
    assert "effect: Ingen fund ved tilsyn 2023-2025." in text
    assert text.count("event: edited") == 2  # both edits stay in the history
    assert git(anne, "log", "-1", "--format=%s|%p").startswith(
        "Synkroniseret med origin: 1 regel ændret|"
    )
    assert _clean(anne) and not _markers(anne)
    # Bo gets Anne's side by a fast-forward
    back = run("sync", registry=bo)
    assert back.exit_code == 0
    assert "✓ Fra origin: 1 regel ændret (af Anne Holm)." in back.stderr
    assert (bo / RULE).read_bytes() == (anne / RULE).read_bytes()
    assert run("check", registry=anne).exit_code == 0


@pytest.mark.parametrize(("flag", "minutes"), [("--theirs", 3), ("--ours", 5)])
def test_the_same_field_is_settled_as_told(
    clones: tuple[Path, Path, Path], flag: str, minutes: int
) -> None:
    anne, bo, _ = clones
    _edit(bo, "--minutes", "3")
    assert run("sync", registry=bo).exit_code == 0
    _edit(anne, "--minutes", "5")
    head, before = git(anne, "rev-parse", "HEAD"), (anne / RULE).read_bytes()
    # no terminal and no choice: refused, and nothing changed
    asked = run("--lang", "en", "sync", registry=anne)
    assert asked.exit_code == 2
    assert f"{RULE} was changed both here and by a colleague:" in asked.err_lines
    assert "  Burden (minutes):" in asked.err_lines
    assert "    your version (here): 5" in asked.err_lines
    assert "    the colleague's version: 3" in asked.err_lines
    assert asked.err_lines[-1].endswith(f"--ours {RULE} | --theirs {RULE}.")
    assert (git(anne, "rev-parse", "HEAD"), (anne / RULE).read_bytes()) == (head, before)
    assert _clean(anne) and not _markers(anne)
    # told which version holds (a file, or the rule's id)
    told = run("sync", flag, RULE if flag == "--theirs" else "rengoering-log", registry=anne)
    assert told.exit_code == 0, told.stderr
    assert f"burden: {{minutes: {minutes}, per_year: 730, people: 12}}" in (anne / RULE).read_text()
    assert _clean(anne) and not _markers(anne)
    assert run("sync", registry=bo).exit_code == 0
    assert (bo / RULE).read_bytes() == (anne / RULE).read_bytes()


def test_what_came_in_is_said_plainly(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    assert run("rule", "add", "--title", "Nøglebrik", "--kind", "rule", "--text", "x",
               "--owner-level", "arbejdsplads", registry=bo).exit_code == 0  # fmt: skip
    assert run("escalate", "besoeg-klokkeslaet", registry=bo).exit_code == 0
    assert run("sync", registry=bo).exit_code == 0
    assert run("sync", registry=anne).exit_code == 0
    (case,) = [p.stem for p in (anne / "cases").glob("E-*.yaml")]
    assert run("case", "reply", case, "--outcome", "granted", registry=anne).exit_code == 0
    assert run("sync", registry=anne).exit_code == 0
    result = run("sync", registry=bo)
    assert "✓ Fra origin: 1 regel ændret, 1 sag besvaret (af Anne Holm)." in result.stderr


def test_both_sides_changing_a_case_write_its_document_again(
    clones: tuple[Path, Path, Path],
) -> None:
    anne, bo, _ = clones
    assert run("escalate", "besoeg-klokkeslaet", registry=anne).exit_code == 0
    assert run("sync", registry=anne).exit_code == 0
    assert run("sync", registry=bo).exit_code == 0
    (case,) = [p.stem for p in (anne / "cases").glob("E-*.yaml")]
    assert run("case", "reply", case, "--outcome", "redirected", "--by", "Forvaltningen",
               registry=anne).exit_code == 0  # fmt: skip
    path = bo / "cases" / f"{case}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("proposal: null", "proposal: Fjern"))
    git(bo, "commit", "-qam", "Forslag tilføjet")
    assert run("sync", registry=bo).exit_code == 0
    result = run("sync", registry=anne)
    assert result.exit_code == 0, result.stderr
    assert f"cases/{case}.md" in result.stderr
    assert git(anne, "log", "-1", "--format=%s") == (
        f"Dokumenter skrevet igen efter synkronisering: cases/{case}.md\n"
    )
    document = (anne / "cases" / f"{case}.md").read_text(encoding="utf-8")
    assert "Fjern" in document
    assert _clean(anne) and not _markers(anne)


def test_a_plain_text_file_both_changed_is_chosen_whole(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    for root, words in ((bo, "Bos noter\n"), (anne, "Annes noter\n")):
        build_tree(root, {"NOTER.md": words})
        git(root, "add", "NOTER.md")
        git(root, "commit", "-qm", "noter")
        if root == bo:
            assert run("sync", registry=bo).exit_code == 0
    result = run("sync", "--ours", "NOTER.md", registry=anne)
    assert result.exit_code == 0, result.stderr
    assert "NOTER.md: din udgave (her) gælder." in result.stderr
    assert (anne / "NOTER.md").read_text() == "Annes noter\n"
    assert not _markers(anne)


def test_a_change_not_committed_is_never_overwritten(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    _edit(bo, "--effect", "Fra Bo.")
    assert run("sync", registry=bo).exit_code == 0
    path = anne / RULE
    path.write_text(path.read_text(encoding="utf-8") + "# Annes egen note\n")
    result = run("--lang", "en", "sync", registry=anne)
    assert result.exit_code == 1
    assert result.err_lines[-2] == (
        "Error: These files were changed here without being recorded in the history, and your "
        f"colleagues' changes would overwrite them: {RULE}"
    )
    assert path.read_text(encoding="utf-8").endswith("# Annes egen note\n")


def test_without_a_remote_sync_says_so(example: Path) -> None:
    git_repo(example)
    result = run("--lang", "en", "sync", registry=example)
    assert result.exit_code == 1
    assert result.err_lines[0] == "Error: The registry has no shared copy to synchronise with."
    assert run("--lang", "en", "sync", registry=copy_example(example.parent / "x")).err_lines[
        0
    ] == ("Error: The registry is not a git repository, so there is nothing to synchronise.")


def test_field_merge_keeps_our_layout_and_their_changes() -> None:
    base = b"id: x\n# about the title\ntitle: A\nowner: {level: a, body: B}\nhistory: []\n"
    ours = base.replace(b"title: A", b"title: Ours")
    theirs = base.replace(b"body: B", b"body: C").replace(
        b"history: []", b"history:\n  - {date: 2026-01-01, event: edited}"
    )
    merged = fieldmerge.merge_record(base, ours, theirs, ["id", "title", "owner", "history"])
    assert merged.clashes == []
    assert merged.data == (
        b"id: x\n# about the title\ntitle: Ours\nowner: {level: a, body: C}\n"
        b"history:\n  - {date: 2026-01-01, event: edited}\n"
    )
    both = fieldmerge.merge_record(base, ours, base.replace(b"title: A", b"title: B"), [])
    assert (both.data, both.clashes) == (None, [fieldmerge.Clash("title", "Ours", "B")])
    gone = fieldmerge.merge_record(base, None, theirs, [])
    assert gone.whole_file and gone.data is None


def test_the_same_field_settled_at_the_terminal(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    _edit(bo, "--minutes", "3")
    assert run("sync", registry=bo).exit_code == 0
    _edit(anne, "--minutes", "5")
    child = pexpect.spawn(sys.executable, ["-m", "regelsyn", "--lang", "en", "-C", str(anne),
                                           "sync"], env={**os.environ, "COLUMNS": "120"},
                          encoding="utf-8", timeout=30)  # fmt: skip
    child.expect("your version \\(here\\): 5")
    child.expect("Which version holds for rules/rengoering-log.yaml")
    child.sendline("2")  # the colleague's
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "minutes: 3," in (anne / RULE).read_text(encoding="utf-8")
    assert _clean(anne) and not _markers(anne)


def test_a_file_not_in_the_history_is_never_overwritten(clones: tuple[Path, Path, Path]) -> None:
    anne, bo, _ = clones
    build_tree(bo, {"NOTER.md": "Bos noter\n"})
    git(bo, "add", "NOTER.md")
    git(bo, "commit", "-qm", "noter")
    assert run("sync", registry=bo).exit_code == 0
    build_tree(anne, {"NOTER.md": "Annes egne noter\n"})
    head = git(anne, "rev-parse", "HEAD")
    result = run("--lang", "en", "sync", registry=anne)
    assert result.exit_code == 1
    assert "Error: Your colleagues' changes could not be brought in here: " in result.stderr
    assert (anne / "NOTER.md").read_text() == "Annes egne noter\n"
    assert git(anne, "rev-parse", "HEAD") == head
