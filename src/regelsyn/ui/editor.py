"""The person's own editor, for ``rule edit`` without flags."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from regelsyn.errors import UsageProblem
from regelsyn.i18n import t
from regelsyn.model.finding import Finding


def editor_command() -> list[str]:
    """``$VISUAL``, ``$EDITOR``, else nano or vi."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name)
        if value:
            return shlex.split(value)
    for fallback in ("nano", "vi"):
        if shutil.which(fallback):
            return [fallback]
    raise UsageProblem(t("err.no_editor"))


def edit(command: list[str], path: Path) -> int:
    """Open ``path`` in the editor and wait for it; the editor's exit code."""
    return subprocess.run([*command, str(path)], check=False).returncode


class TerminalEditor:
    """``rule edit`` at a terminal: the editor, the problems found, and "open it again?".
    Without a terminal there is no one to edit: refused, with the flags to use instead."""

    def __init__(self, rule_id: str) -> None:
        from regelsyn.ui.prompt import has_terminal

        if not has_terminal():
            raise UsageProblem(t("err.edit_no_terminal", id=rule_id))
        self.command = editor_command()

    def resuming(self, draft: str) -> None:
        from regelsyn.ui import console

        console.note(t("edit.resume_draft", path=draft))

    def open(self, path: Path) -> int:
        return edit(self.command, path)

    def problems(self, findings: list[Finding]) -> None:
        from regelsyn.ui import console

        for finding in findings:
            console.note(finding.format())

    def conflict(self, message: str, diff: str) -> None:
        from regelsyn.ui import console

        console.note(message)
        console.note(diff)

    def merged(self, path: str) -> None:
        from regelsyn.ui import console

        console.note(t("edit.merged", path=path))

    def reopen(self, question: str) -> bool:
        from regelsyn.ui.prompt import TerminalPrompter, has_terminal

        return has_terminal() and TerminalPrompter("").confirm(question)
