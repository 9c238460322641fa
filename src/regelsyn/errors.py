"""Every exception meant for the user, each with its exit code; one boundary in the CLI turns
them into output (``regelsyn.cli``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from regelsyn.model.finding import Finding

OK = 0
REFUSED = 1  # the registry has errors, or the command was refused
USAGE = 2
UNREADABLE = 3
INTERRUPTED = 130  # Ctrl-C, as shells report it


class RegelsynError(Exception):
    """An error meant for the user: a localised message and an exit code."""

    exit_code = REFUSED

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class Refused(RegelsynError):
    """The command will not do what was asked (exit 1)."""

    exit_code = REFUSED


class UsageProblem(RegelsynError):
    """The command was called wrongly (exit 2)."""

    exit_code = USAGE


class Unreadable(RegelsynError):
    """A file could not be read or parsed (exit 3)."""

    exit_code = UNREADABLE


class BrokenFiles(RegelsynError):
    """One or more files have errors; each is listed as ``path:line:col: field: message``.
    Exit 3 when a file could not be read at all, else 1."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(f.format() for f in findings))
        self.findings = findings
        self.exit_code = UNREADABLE if any(f.unreadable for f in findings) else REFUSED


class Interrupted(RegelsynError):
    """The person stopped the command (Ctrl-C); the message says what was kept (exit 130)."""

    exit_code = INTERRUPTED
